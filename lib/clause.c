/* clause.c - segments of a clause (see clause.h). */
#include "clause.h"

#include <stdint.h>

#include "utf8.h"

static int has_digit(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i += zb_utf8_len(s + i, n - i)) {
		uint32_t cp = 0;
		zb_utf8_decode((const unsigned char *)s + i, n - i, &cp);
		if ((cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19))
			return 1;
	}
	return 0;
}

/* The closing bracket of the opening one at open, when the pair holds no
 * digit (and no other bracket): the hit of the closing one, else row NULL. */
static zb_kw_hit read_through(const zb_kw_index *brk, zb_span s, zb_kw_hit open)
{
	size_t from = open.off + open.len;
	for (zb_kw_hit h = zb_kw_next(brk, s.p, s.n, from); h.row; h = zb_kw_next(brk, s.p, s.n, h.off + h.len)) {
		if (h.row->cls == ZB_BREAK_LIST)
			continue;   /* 县（市、区） */
		if (h.row->cls == ZB_BREAK_CLOSE && !has_digit(s.p + from, h.off - from))
			return h;
		break;
	}
	return (zb_kw_hit){NULL, s.n, 0};
}

size_t zb_seg_start(const zb_kw_index *brk, zb_span s, size_t pos, int list)
{
	size_t start = 0;
	for (zb_kw_hit h = zb_kw_next(brk, s.p, pos, 0); h.row; h = zb_kw_next(brk, s.p, pos, h.off + h.len)) {
		if (h.row->cls == ZB_BREAK_OPEN) {
			zb_kw_hit close = read_through(brk, s, h);
			if (close.row && close.off < pos) {
				h = close;   /* the pair is part of the phrase */
				continue;
			}
		}
		if (list || h.row->cls != ZB_BREAK_LIST)
			start = h.off + h.len;
	}
	return start;
}

size_t zb_seg_end(const zb_kw_index *brk, zb_span s, size_t pos, int list)
{
	for (zb_kw_hit h = zb_kw_next(brk, s.p, s.n, pos); h.row; h = zb_kw_next(brk, s.p, s.n, h.off + h.len)) {
		if (h.row->cls == ZB_BREAK_OPEN) {
			zb_kw_hit close = read_through(brk, s, h);
			if (close.row) {
				h = close;
				continue;
			}
		}
		if (list || h.row->cls != ZB_BREAK_LIST)
			return h.off;
	}
	return s.n;
}

size_t zb_paren_past(const zb_kw_index *brk, zb_span s, size_t pos)
{
	zb_kw_hit open = zb_kw_at(brk, s.p + pos, s.n - pos);
	if (!open.row || open.row->cls != ZB_BREAK_OPEN)
		return 0;
	open.off = pos;
	zb_kw_hit close = read_through(brk, s, open);
	return close.row ? close.off + close.len : 0;
}

int zb_in_parens(const zb_kw_index *brk, zb_span s, size_t pos, size_t *open)
{
	int inside = 0;
	for (zb_kw_hit h = zb_kw_next(brk, s.p, pos, 0); h.row; h = zb_kw_next(brk, s.p, pos, h.off + h.len)) {
		if (h.row->cls == ZB_BREAK_OPEN) {
			zb_kw_hit close = read_through(brk, s, h);
			if (close.row && close.off < pos) {
				h = close;
				continue;
			}
			inside = 1;
			*open = h.off;
		} else if (h.row->cls == ZB_BREAK_CLOSE) {
			inside = 0;
		}
	}
	return inside;
}
