/* clause.h - reading the clause around a mention: spans of it, and its
 * segments between the breaks of the break table (keywords.h: ，。；： and
 * the list break 、).  A pair of parentheses holding no digit is read
 * through, as words of the phrase around it (村（社区）妇联主席, 试点学校
 * （幼儿园）100个); a pair holding a figure breaks (汽车（增长35.8%）). */
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

/* Start of the segment of s holding byte pos: just after the last break
 * before it; list breaks count only when list is set.  brk indexes
 * zb_kw_break. */
size_t zb_seg_start(const zb_kw_index *brk, zb_span s, size_t pos, int list);

/* End of the segment starting at pos: the next break (list breaks only when
 * list is set), or s.n. */
size_t zb_seg_end(const zb_kw_index *brk, zb_span s, size_t pos, int list);

/* When an opening bracket at pos is read through, the offset just past its
 * closing one; else 0. */
size_t zb_paren_past(const zb_kw_index *brk, zb_span s, size_t pos);

/* Is pos inside parentheses that hold a figure (汽车（增长35.8%）)?  Their
 * opening bracket's offset in *open. */
int zb_in_parens(const zb_kw_index *brk, zb_span s, size_t pos, size_t *open);

#endif
