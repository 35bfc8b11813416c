/* classify.h - what a row of zb-extract | zb-normalize is: its metric type,
 * the scope of a rank claim, the basis of a change, the period and the
 * subject.  The words it reads are the tables of keywords.h (and the scope
 * words of claims.h); zb-classify streams rows through zb_classify(). */
#ifndef ZB_CLASSIFY_H
#define ZB_CLASSIFY_H

#include "clause.h"
#include "keywords.h"
#include "subject.h"

#include <stddef.h>

/* One row as the classifier sees it: the mention at clause[off, end). */
typedef struct {
	zb_span kind, mention, scope_text, clause, unit, unit_text;
	zb_span lead;          /* the start of the sentence when the clause is not (may be empty) */
	zb_span doc, prev_clause;  /* the document, the clause before (subject.h) */
	size_t off, end;
	int has_unit_text;     /* the input has a unit_text column */
	long clause_no;        /* zb-extract's clause_no, or 0 */
	long line;             /* the line column, or -1 */
} zb_cls_row;

typedef struct {
	enum zb_type type;
	enum zb_scope scope;   /* ZB_SCOPE_NONE unless a claim */
	enum zb_basis basis;   /* ZB_BASIS_NONE unless a change */
	zb_span period, subject;   /* within the clause; empty for non-metrics */
} zb_cls_result;

typedef struct zb_classifier zb_classifier;

/* The keyword indexes, built once, and the subject finder's memory of the
 * sentence being read; NULL when out of memory. */
zb_classifier *zb_classifier_new(void);
void zb_classifier_free(zb_classifier *c);

/* Place the mention in its clause from the offset column (a byte position;
 * empty: look the mention up).  Returns NULL, or what is wrong with it. */
const char *zb_cls_locate(zb_cls_row *r, zb_span offset);

/* Rows in text order (subject.h).  Returns 0, or -1 when out of memory. */
int zb_classify(zb_classifier *c, const zb_cls_row *r, zb_cls_result *out);

#endif
