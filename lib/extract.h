/* extract.h - from lines of report text to numeric mentions.
 *
 * Lines go in one at a time; paragraphs are joined (OCR text is wrapped
 * mid-word: a paragraph starts at an indented line or a heading, a blank
 * line does not end it), headings set the section, department and item, and
 * each mention found is handed to a callback with its context. */
#ifndef ZB_EXTRACT_H
#define ZB_EXTRACT_H

#include "types.h"

#include <stddef.h>

typedef struct {
	const char *ptr;
	size_t len;
} zb_text;

/* What zb-extract writes for one mention; the order of zb_mention_columns. */
typedef struct {
	long section;
	zb_text department, chapter;
	long item;
	zb_text title;
	long line;
	enum zb_kind kind;
	zb_text mention, number, qualifier, unit_text, scope_text, clause;
	size_t offset;         /* of mention in clause, in bytes */
	zb_text lead;          /* the sentence's first clause when it is short, holds a
				  period word and no figure (上半年, 1—6月) and the mention
				  stands in a later one; else empty.  zb-classify reads
				  its period. */
	long clause_no;        /* the clause's place in its sentence, from 1 */
	zb_text prev_clause;   /* the head of the clause before this one in its sentence
				  when that one holds no mention (else empty: zb-classify
				  has read it):
				  zb-classify reads a subject there when the mention's own
				  clause names none */
	long sentence;         /* the sentence's number in the document, from 1: the
				  mentions of one sentence share it */
} zb_mention;

extern const char *const zb_mention_columns[];  /* NULL-terminated, after doc */

typedef void (*zb_mention_fn)(void *ctx, const zb_mention *m);

typedef struct zb_extractor zb_extractor;

zb_extractor *zb_extractor_new(zb_mention_fn emit, void *ctx);
void zb_extractor_free(zb_extractor *x);
/* Feed one line (UTF-8, no end of line) with its line number.  Returns 0,
 * or -1 when out of memory (the line is lost: stop). */
int zb_extractor_line(zb_extractor *x, const char *s, size_t n, long lineno);
/* End of document: the last paragraph is scanned; state is reset. */
void zb_extractor_finish(zb_extractor *x);

#endif
