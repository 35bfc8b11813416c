/* clause.h - reading the clause around a mention: spans of it, and its
 * segments between the breaks of the break table (keywords.h: ，。；： and
 * the list break 、).  A pair of parentheses holding no digit is read
 * through, as words of the phrase around it (村（社区）妇联主席, 试点学校
 * （幼儿园）100个); a pair holding a figure breaks (汽车（增长35.8%）).
 *
 * A zb_clause_map holds the breaks of one text, found in one scan, for the
 * several questions zb-classify asks of each clause. */
#ifndef ZB_CLAUSE_H
#define ZB_CLAUSE_H

#include "keywords.h"

#include <stddef.h>

typedef struct {
	const char *p;
	size_t n;
} zb_span;

static inline zb_span zb_sub(zb_span s, size_t from, size_t to)
{
	return (zb_span){s.p + from, to - from};
}

typedef struct {
	size_t off, len;
	enum zb_break_cls cls;
	size_t through;   /* an opening bracket read through: the index of its closing one; else 0 */
} zb_break;

typedef struct {
	zb_span text;
	zb_break *breaks;
	size_t nbreaks, cap;
	int quotes;       /* the text holds a quote mark (zb_kw_quote open or close) */
} zb_clause_map;

/* Read the breaks of text into m (its buffer grows and is kept for the next
 * text); brk indexes zb_kw_break, mark zb_kw_quote.  Returns 0, or -1 when
 * out of memory. */
int zb_clause_map_read(zb_clause_map *m, const zb_kw_index *brk, const zb_kw_index *mark, zb_span text);
void zb_clause_map_free(zb_clause_map *m);

/* Start of the segment holding byte pos: just after the last break before
 * it; list breaks count only when list is set. */
size_t zb_map_seg_start(const zb_clause_map *m, size_t pos, int list);
/* End of the segment starting at pos: the next break (list breaks only when
 * list is set), or the text's end. */
size_t zb_map_seg_end(const zb_clause_map *m, size_t pos, int list);
/* Is pos inside parentheses that hold a figure (汽车（增长35.8%）)?  Their
 * opening bracket's offset in *open. */
int zb_map_in_parens(const zb_clause_map *m, size_t pos, size_t *open);
/* When an opening bracket at pos is read through, the offset just past its
 * closing one; else 0. */
size_t zb_map_paren_past(const zb_clause_map *m, size_t pos);

/* Does s hold a mark of zb_kw_quote that opens or closes (mark indexes
 * it)?  Not the ASCII ", which does both: the map does not look for it. */
int zb_has_quote_mark(const zb_kw_index *mark, zb_span s);

/* The same for a text read once (a part of a clause): a map on the stack,
 * read and freed.  On running out of memory they answer as if the text had
 * no breaks. */
size_t zb_seg_start(const zb_kw_index *brk, zb_span s, size_t pos, int list);
size_t zb_seg_end(const zb_kw_index *brk, zb_span s, size_t pos, int list);
size_t zb_paren_past(const zb_kw_index *brk, zb_span s, size_t pos);

#endif
