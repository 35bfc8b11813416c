/* subject.h - what a figure measures: zb-classify's subject column.
 *
 * The rules are those of the annotation guide's last section: the head noun
 * phrase of the figure's clause (争取上级资金6.07亿元), the thing counted after
 * a count (建设17处“亲子美育实践基地”), one item of an enumeration for each
 * respective figure (对东盟、欧盟进出口分别增长16.7%、40.2%), the thing ranked
 * for a claim, and, when the own clause names nothing, what an earlier
 * figure of the sentence measures or what the clause before names
 * (农业增加值达到164.59亿元，稳居全省第1位).  The words it reads are the
 * subject tables of keywords.h.
 *
 * A finder remembers the figures of the sentence being read, so rows must
 * come in text order, as zb-extract writes them. */
#ifndef ZB_SUBJECT_H
#define ZB_SUBJECT_H

#include "clause.h"
#include "keywords.h"

typedef struct {
	zb_span doc, clause, mention, scope_text;
	const zb_clause_map *map;   /* the breaks of clause */
	long clause_no;        /* zb-extract's clause_no: the clause's place in its
	                          sentence, from 1; 0 when the input has none, and a
	                          clause within CARRY_LINES lines of the one before is
	                          taken to go on its sentence */
	zb_span prev_clause;   /* the clause before, when it holds no mention (may be empty) */
	long line;             /* the input line of the mention, or -1 */
	size_t off, end;       /* the mention in clause */
	enum zb_type type;
} zb_subject_row;

typedef struct zb_subject_finder zb_subject_finder;

/* NULL when out of memory. */
zb_subject_finder *zb_subject_finder_new(void);
void zb_subject_finder_free(zb_subject_finder *f);

/* The subject of row r into *subject (empty when the row names none; valid
 * until the next call), remembered for the rows after it.  Returns 0, or -1
 * when out of memory. */
int zb_subject_find(zb_subject_finder *f, const zb_subject_row *r, zb_span *subject);

#endif
