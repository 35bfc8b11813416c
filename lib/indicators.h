/* indicators.h - the key figures (zb-aggregate --report indicators): one row
 * per subject a sentence speaks of, with what that sentence says of it:
 *
 *   全省地区生产总值5.3万亿元、增长5.5%      地区生产总值 | 5.3万亿元 | +5.5%
 *   农业增加值达到164.59亿元，稳居全省第1位   农业增加值 | 164.59亿元 | | | 稳居全省第1位
 *
 * A row has four places, each filled once: the level (an amount, quantity
 * or count), the change (signed: 下降3.5% is -3.5; with its basis), the
 * share (a percent level: 比重, 率) and the claim (rank, first, top).
 * zb-classify's type says which place a figure takes (roles[] in
 * indicators.c), its subject whose row it is.  Rules, in order, each with
 * a case in tests/cases/zb-aggregate/indicators-*:
 *
 * 1. same subject: a figure goes to the row of the same subject in its
 *    sentence whose place is free (the latest such row);
 * 2. respective lists: a figure after 分别/依次 (zb_kw_respective) whose
 *    clause does not name its subject waits for the sentence's end, then
 *    the waiting figures go to the sentence's last rows, one each in order,
 *    when that many rows at the end lack their place (else they go);
 * 3. carried subject: a figure whose subject its own clause does not name
 *    (carried over by zb-classify) goes to the sentence's latest row when
 *    its place there is free, else nowhere; one with no subject at all
 *    likewise, but never as a level (a level of nothing named);
 * 4. else a figure with a subject starts a row of its own (so does a
 *    carried one in a sentence with no row yet);
 * 5. a change in percentage points right after a change in percent in the
 *    same sentence compares that growth rate (增长2%，比同期高0.8个百分点)
 *    and is left out;
 * A change's subject ending in a word that names the change (增速, 增幅:
 * zb_kw_growth) stands for what comes before it (地方财政收入增速 ->
 * 地方财政收入).
 *
 * 6. rows of the same subject from several sentences of one item (a
 *    heading and its body) are one row when no place holds two different
 *    figures and their periods agree: the places filled from both, the
 *    lines of both.
 *
 * Sentences come from zb-extract's sentence column; without it (CSVs of
 * earlier versions) each clause is a sentence.  The direction of a change
 * is the last change cue before it in its clause (zb_kw_cue): a down word
 * (zb_kw_down below) makes it negative. */
#ifndef ZB_INDICATORS_H
#define ZB_INDICATORS_H

#include "keywords.h"
#include "rowreport.h"

extern const zb_row_engine zb_indicators_engine;

/* The columns the engine reads, in order (the across reports read them
 * first, then their own). */
#define ZB_INDICATORS_INPUTS "doc", "section", "department", "chapter", "item", "title", "line", \
	"sentence", "type", "mention", "value", "unit", "basis", "period", "subject", "clause", "offset", \
	"indicator"
#define ZB_INDICATORS_NINPUT 18
/* Those that may be missing: section chapter item title sentence basis
 * period offset indicator (bits by place above). */
#define ZB_INDICATORS_OPTIONAL (1u << 1 | 1u << 3 | 1u << 4 | 1u << 5 | 1u << 7 | 1u << 12 | 1u << 13 | \
				1u << 16 | 1u << 17)

/* Change cue words that mean less (下降, 减少): each is a change cue of
 * zb_kw_cue too. */
extern const zb_keyword_table zb_kw_down;
/* Words ending a change's subject that name the change (增速). */
extern const zb_keyword_table zb_kw_growth;

/* What place each type takes in an indicator row. */
enum zb_place { ZB_PLACE_NONE = -1, ZB_PLACE_LEVEL, ZB_PLACE_CHANGE, ZB_PLACE_SHARE, ZB_PLACE_CLAIM, ZB_NPLACES };
typedef struct {
	const char *type;    /* zb-classify's type */
	enum zb_place place;
	const char *example;
} zb_place_rule;
extern const zb_place_rule zb_place_rules[];   /* ended by type NULL */
/* The place of type (len bytes): its rule's, ZB_PLACE_CLAIM for the claim
 * types of zb_types, else ZB_PLACE_NONE. */
enum zb_place zb_place_of(const char *type, size_t len);

#endif
