/* classify.c - the decisions of zb-classify for one row (see classify.h):
 * type from kind, unit and the cue words before the mention; scope of a
 * claim; basis of a change; period and subject from the clause. */
#include "classify.h"

#include "claims.h"
#include "grow.h"
#include "numeral.h"
#include "units.h"
#include "utf8.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The keyword indexes, built once. */
struct zb_classifier {
	const zb_kw_index *cue, *cue_after, *basis, *period, *ref, *mark, *name_mark, *span, *brk;
	zb_subject_finder *subject;
	zb_kw_leads both_marks;   /* first bytes of the marks that open and close (the ASCII "): the map does not look for them */
	zb_clause_map map;   /* of the clause of the last row: read again only for another */
	char *clause;        /* a copy of that clause (the reader's buffer is reused) */
	size_t clause_len, clause_cap;
	int mapped;
};

/* Map the row's clause unless it is the last row's.  Returns -1 when out of memory. */
static int map_clause(zb_classifier *c, zb_span clause)
{
	if (c->mapped && c->clause_len == clause.n && memcmp(c->clause, clause.p, clause.n) == 0) {
		c->map.text = clause;
		return 0;
	}
	if (zb_grow((void **)&c->clause, &c->clause_cap, clause.n + 1, 1))
		return -1;
	memcpy(c->clause, clause.p, clause.n);
	c->clause_len = clause.n;
	c->mapped = zb_clause_map_read(&c->map, c->brk, c->mark, clause) == 0;
	return c->mapped ? 0 : -1;
}

/* Parse the offset column; place the mention in its clause.  Returns an
 * error message, or NULL. */
const char *zb_cls_locate(zb_cls_row *r, zb_span offset)
{
	size_t off = 0;
	if (offset.n == 0) {   /* no offset: look for the mention */
		for (size_t i = 0; r->mention.n && i + r->mention.n <= r->clause.n; i++)
			if (memcmp(r->clause.p + i, r->mention.p, r->mention.n) == 0) {
				off = i;
				break;
			}
	} else {
		int past = 0;
		for (size_t i = 0; i < offset.n; i++) {
			if (offset.p[i] < '0' || offset.p[i] > '9')
				return "offset is not a byte position in clause";
			off = off * 10 + (size_t)(offset.p[i] - '0');
			past |= off > r->clause.n;
			if (past)
				off = r->clause.n + 1;   /* no overflow */
		}
		if (past)
			return "offset is past the end of clause";
	}
	while (off > 0 && off < r->clause.n && ((unsigned char)r->clause.p[off] & 0xC0) == 0x80)
		off--;   /* a character boundary */
	r->off = off;
	r->end = off + r->mention.n <= r->clause.n &&
		 memcmp(r->clause.p + off, r->mention.p, r->mention.n) == 0 ? off + r->mention.n : off;
	return NULL;
}

/* ---- reading a clause ------------------------------------------------------ */

/* The cue of the mention, read from the start of its segment to its end (连续
 * is inside 连续两年): the last
 * change, level or duration word wins; 至/到 right after a change word make
 * it the new level; neutral words leave the cue as it was. */
static enum zb_cue cue_before(const zb_classifier *c, const zb_cls_row *r)
{
	size_t from = zb_map_seg_start(&c->map, r->off, 0);
	enum zb_cue cue = ZB_CUE_NONE;
	size_t change_end = (size_t)-1;
	for (zb_kw_hit h = zb_kw_next(c->cue, r->clause.p, r->end, from); h.row;
	     h = zb_kw_next(c->cue, r->clause.p, r->end, h.off + h.len)) {
		switch (h.row->cls) {
		case ZB_CUE_TO:
			if (cue == ZB_CUE_CHANGE && h.off == change_end)
				cue = ZB_CUE_LEVEL;
			break;
		case ZB_CUE_NEUTRAL:
			break;
		default:
			cue = (enum zb_cue)h.row->cls;
			change_end = h.off + h.len;
			break;
		}
	}
	return cue;
}

/* Is the mention inside a quoted name: an open quote before it in the
 * clause not closed before it, and a close quote after it (or an odd number
 * of ASCII quotes before it, and one after it). */
static int in_quotes(const zb_classifier *c, const zb_cls_row *r)
{
	if (!c->map.quotes && zb_kw_leads_next(&c->both_marks, r->clause.p, 0, r->off) == r->off)
		return 0;   /* no mark before it: the map has seen no “ 「 …, and no " is there */
	zb_quote_state before = zb_quotes_open(c->mark, r->clause.p, r->off);
	int open = before.depth > 0, ascii = before.ascii, depth = 0;
	if (!open && !ascii)
		return 0;
	for (zb_kw_hit h = zb_kw_next(c->mark, r->clause.p, r->clause.n, r->end); h.row;
	     h = zb_kw_next(c->mark, r->clause.p, r->clause.n, h.off + h.len)) {
		if (h.row->cls == ZB_MARK_OPEN)
			depth++;
		else if (h.row->cls == ZB_MARK_CLOSE && open && depth-- == 0)
			return 1;
		else if (h.row->cls == ZB_MARK_BOTH && ascii)
			return 1;
	}
	return 0;
}

/* A bare number (no unit written) with a name mark next to it: 5G, 1+N. */
static int name_next_to(const zb_classifier *c, const zb_cls_row *r)
{
	if (!r->has_unit_text || r->unit_text.n > 0)
		return 0;
	return zb_kw_at(c->name_mark, r->clause.p + r->end, r->clause.n - r->end).row ||
	       zb_kw_suffix(c->name_mark, r->clause.p, r->off).row;
}

static enum zb_type decide_type(const zb_classifier *c, const zb_cls_row *r)
{
	int k = zb_kind_find(r->kind.p, r->kind.n);
	int t = k >= 0 ? zb_kinds[k].type : ZB_TYPE_BY_UNIT;
	if (t == ZB_TYPE_BY_UNIT) {
		const zb_unit_rule *u = zb_unit_rule_find(r->unit.p, r->unit.n);
		if (!u)
			return ZB_TYPE_OTHER;
		zb_span after = {r->clause.p + r->end, r->clause.n - r->end};
		enum zb_cue cue = cue_before(c, r);
		zb_kw_hit h;
		if (cue == ZB_CUE_NONE && (h = zb_kw_at(c->cue_after, after.p, after.n)).row)
			cue = (enum zb_cue)h.row->cls;   /* 实现8%的增长 */
		if (cue != ZB_CUE_DURATION && zb_minus_sign_at(r->clause.p + r->off, r->end - r->off))
			cue = ZB_CUE_CHANGE;   /* 为-0.5%: a level or share is never below zero */
		t = u->type[cue];
		if (t == ZB_TYPE_DURATION && cue != ZB_CUE_DURATION && (h = zb_kw_at(c->span, after.p, after.n)).row &&
		    (h.row->cls == ZB_SPAN_ANY || (r->unit.n == 4 && !memcmp(r->unit.p, "year", 4))))
			t = ZB_TYPE_PERIOD;   /* 五年来, 三年行动计划, 三年内; not 5个工作日内 */
		if ((zb_types[t].metric || t == ZB_TYPE_OTHER) && name_next_to(c, r))
			return ZB_TYPE_NAME;
		if (zb_types[t].metric && in_quotes(c, r))
			return ZB_TYPE_NAME;
	}
	return (enum zb_type)t;
}

/* The scope of a claim (claims.c's scope words): the word in scope_text,
 * else one in the mention, else the last one before it in the clause. */
static enum zb_scope scope_word_in(zb_span s, int last, int *found)
{
	const zb_scope_word *w = NULL;
	for (size_t i = 0; i < s.n; i += zb_utf8_len(s.p + i, s.n - i)) {
		const zb_scope_word *at = zb_scope_at(s.p + i, s.n - i);
		if (at) {
			w = at;
			if (!last)
				break;
			i += strlen(at->surface) - 1;
		}
	}
	*found = w != NULL;
	int k = w ? zb_scope_find(w->scope, strlen(w->scope)) : -1;
	return k > 0 ? (enum zb_scope)k : ZB_SCOPE_OTHER;
}

static enum zb_scope decide_scope(const zb_cls_row *r, int *written)
{
	int found;
	enum zb_scope s = scope_word_in(r->scope_text, 0, &found);
	*written = 1;
	if (found || r->scope_text.n > 0)
		return s;
	s = scope_word_in(r->mention, 0, &found);
	if (found)
		return s;
	s = scope_word_in((zb_span){r->clause.p, r->off}, 1, &found);
	*written = found;
	return s;
}

/* The last period in text[0, limit) that is not a comparison base (比去年,
 * 去年全年的, 比2016年全年); periods written next to each other join. */
static zb_span period_in(const zb_classifier *c, zb_span text, size_t limit)
{
	const char *s = text.p;
	size_t from = 0, to = 0, ref_end = (size_t)-1;
	int found = 0;
	if (!zb_kw_may_end_in(c->period, s, limit))
		return (zb_span){"", 0};   /* most clauses: no 年 月 季 … at all */
	for (zb_kw_hit h = zb_kw_next(c->period, s, limit, 0); h.row; h = zb_kw_next(c->period, s, limit, h.off + h.len)) {
		size_t end = h.off + h.len;
		zb_kw_hit before = zb_kw_suffix(c->ref, s, h.off);
		zb_kw_hit after = zb_kw_at(c->ref, s + end, text.n - end);
		if ((before.row && before.row->cls == ZB_REF_BEFORE) || (after.row && after.row->cls == ZB_REF_AFTER) ||
		    h.off == ref_end) {   /* 比2016年全年: all of it is the base */
			ref_end = end;
			continue;
		}
		if (!found || h.off != to)
			from = h.off;
		to = end;
		found = 1;
	}
	return found ? zb_sub(text, from, to) : (zb_span){"", 0};
}

/* The period of the mention's clause, else of its sentence's lead (上半年，
 * ...增长5%). */
static zb_span decide_period(const zb_classifier *c, const zb_cls_row *r)
{
	zb_span own = period_in(c, r->clause, r->off);
	return own.n || !r->lead.n ? own : period_in(c, r->lead, r->lead.n);
}

int zb_classify(zb_classifier *c, const zb_cls_row *r, zb_cls_result *out)
{
	if (map_clause(c, r->clause) != 0)
		return -1;
	out->type = decide_type(c, r);
	out->scope = ZB_SCOPE_NONE;
	if (zb_types[out->type].claim) {
		int written;
		out->scope = decide_scope(r, &written);
		if (zb_types[out->type].scoped && !written) {   /* 首批, 唯一代表: no scope, no claim */
			out->type = ZB_TYPE_OTHER;
			out->scope = ZB_SCOPE_NONE;
		}
	}
	out->basis = ZB_BASIS_NONE;
	if (zb_types[out->type].basis) {
		zb_kw_hit h = zb_kw_last(c->basis, r->clause.p, r->off);
		if (h.row)
			out->basis = (enum zb_basis)h.row->cls;
	}
	int metric = zb_types[out->type].metric;
	out->period = metric ? decide_period(c, r) : (zb_span){"", 0};
	zb_subject_row row = {
		.doc = r->doc, .clause = r->clause, .mention = r->mention, .scope_text = r->scope_text,
		.map = &c->map, .prev_clause = r->prev_clause, .clause_no = r->clause_no, .line = r->line,
		.off = r->off, .end = r->end, .type = out->type,
	};
	return zb_subject_find(c->subject, &row, &out->subject);
}

zb_classifier *zb_classifier_new(void)
{
	zb_classifier *c = calloc(1, sizeof *c);
	if (!c)
		return NULL;
	struct { const zb_kw_index **ix; const zb_keyword_table *t; } build[] = {
		{&c->cue, &zb_kw_cue}, {&c->cue_after, &zb_kw_cue_after}, {&c->basis, &zb_kw_basis},
		{&c->period, &zb_kw_period}, {&c->ref, &zb_kw_period_ref}, {&c->mark, &zb_kw_quote},
		{&c->name_mark, &zb_kw_name_mark}, {&c->span, &zb_kw_span_after}, {&c->brk, &zb_kw_break},
	};
	for (size_t i = 0; i < sizeof build / sizeof *build; i++)
		if (!(*build[i].ix = zb_kw_index_of(build[i].t))) {
			zb_classifier_free(c);
			return NULL;
		}
	zb_kw_leads_add(&c->both_marks, &zb_kw_quote, ZB_MARK_BOTH);
	if (!(c->subject = zb_subject_finder_new())) {
		zb_classifier_free(c);
		return NULL;
	}
	return c;
}

void zb_classifier_free(zb_classifier *c)
{
	if (!c)
		return;
	zb_subject_finder_free(c->subject);
	zb_clause_map_free(&c->map);
	free(c->clause);
	free(c);
}
