/* clause.c - segments of a clause (see clause.h). */
#include "clause.h"

#include "chars.h"
#include "grow.h"
#include "utf8.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static int has_digit(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i += zb_utf8_len(s + i, n - i)) {
		uint32_t cp = 0;
		zb_utf8_decode((const unsigned char *)s + i, n - i, &cp);
		if (zb_is_digit(cp))
			return 1;
	}
	return 0;
}

/* The first two bytes of the quote table's marks that open or close (“ is
 * E2 80 9C, 《 E3 80 8A), read from the table once. */
static const zb_kw_leads *open_close_leads(void)
{
	static zb_kw_leads leads;
	static int made;
	if (!made) {
		zb_kw_leads_add(&leads, &zb_kw_quote, ZB_MARK_OPEN);
		zb_kw_leads_add(&leads, &zb_kw_quote, ZB_MARK_CLOSE);
		made = 1;
	}
	return &leads;
}

/* memchr finds the first bytes of the marks, their second byte tells most
 * other characters (、 and 。 share E3 80 with 《》) from them, and the
 * index has the last word. */
int zb_has_quote_mark(const zb_kw_index *mark, zb_span s)
{
	const zb_kw_leads *leads = open_close_leads();
	const char *end = s.p + s.n;
	for (int l = 0; l < leads->n; l++)
		for (const char *p = s.p; p < end && (p = memchr(p, leads->bytes[l], (size_t)(end - p))); p++)
			if (zb_kw_leads_pair(leads, p, (size_t)(end - p))) {
				zb_kw_hit h = zb_kw_at(mark, p, (size_t)(end - p));
				if (h.row && (h.row->cls == ZB_MARK_OPEN || h.row->cls == ZB_MARK_CLOSE))
					return 1;
			}
	return 0;
}

int zb_clause_map_read(zb_clause_map *m, const zb_kw_index *brk, const zb_kw_index *mark, zb_span text)
{
	m->text = text;
	m->nbreaks = 0;
	m->quotes = mark ? zb_has_quote_mark(mark, text) : 0;
	for (zb_kw_hit h = zb_kw_next(brk, text.p, text.n, 0); h.row; h = zb_kw_next(brk, text.p, text.n, h.off + h.len)) {
		if (zb_grow((void **)&m->breaks, &m->cap, m->nbreaks + 1, sizeof *m->breaks))
			return -1;
		m->breaks[m->nbreaks++] = (zb_break){h.off, h.len, (enum zb_break_cls)h.row->cls, 0};
	}
	/* A bracket pair with no digit between, and no break but 、 (县（市、区）): read through. */
	for (size_t i = 0; i < m->nbreaks; i++) {
		if (m->breaks[i].cls != ZB_BREAK_OPEN)
			continue;
		size_t j = i + 1;
		while (j < m->nbreaks && m->breaks[j].cls == ZB_BREAK_LIST)
			j++;
		size_t from = m->breaks[i].off + m->breaks[i].len;
		if (j < m->nbreaks && m->breaks[j].cls == ZB_BREAK_CLOSE && !has_digit(text.p + from, m->breaks[j].off - from))
			m->breaks[i].through = j;
	}
	return 0;
}

void zb_clause_map_free(zb_clause_map *m)
{
	free(m->breaks);
	m->breaks = NULL;
	m->nbreaks = m->cap = 0;
}

size_t zb_map_seg_start(const zb_clause_map *m, size_t pos, int list)
{
	size_t start = 0;
	for (size_t i = 0; i < m->nbreaks && m->breaks[i].off < pos; i++) {
		const zb_break *b = &m->breaks[i];
		if (b->through && m->breaks[b->through].off < pos) {
			i = b->through;   /* the pair is part of the phrase */
			continue;
		}
		if (list || b->cls != ZB_BREAK_LIST)
			start = b->off + b->len;
	}
	return start;
}

size_t zb_map_seg_end(const zb_clause_map *m, size_t pos, int list)
{
	for (size_t i = 0; i < m->nbreaks; i++) {
		const zb_break *b = &m->breaks[i];
		if (b->off < pos)
			continue;
		if (b->through) {
			i = b->through;
			continue;
		}
		if (list || b->cls != ZB_BREAK_LIST)
			return b->off;
	}
	return m->text.n;
}

int zb_map_in_parens(const zb_clause_map *m, size_t pos, size_t *open)
{
	int inside = 0;
	for (size_t i = 0; i < m->nbreaks && m->breaks[i].off < pos; i++) {
		const zb_break *b = &m->breaks[i];
		if (b->cls == ZB_BREAK_OPEN) {
			if (b->through && m->breaks[b->through].off < pos) {
				i = b->through;
				continue;
			}
			inside = 1;
			*open = b->off;
		} else if (b->cls == ZB_BREAK_CLOSE) {
			inside = 0;
		}
	}
	return inside;
}

size_t zb_map_paren_past(const zb_clause_map *m, size_t pos)
{
	for (size_t i = 0; i < m->nbreaks && m->breaks[i].off <= pos; i++)
		if (m->breaks[i].off == pos && m->breaks[i].through) {
			const zb_break *close = &m->breaks[m->breaks[i].through];
			return close->off + close->len;
		}
	return 0;
}

/* A map of s on the stack for one question; with no memory, no breaks. */
static zb_clause_map read_once(const zb_kw_index *brk, zb_span s)
{
	zb_clause_map m = {0};
	if (zb_clause_map_read(&m, brk, NULL, s) != 0)
		m.nbreaks = 0;
	return m;
}

size_t zb_seg_start(const zb_kw_index *brk, zb_span s, size_t pos, int list)
{
	zb_clause_map m = read_once(brk, s);
	size_t start = zb_map_seg_start(&m, pos, list);
	zb_clause_map_free(&m);
	return start;
}

size_t zb_seg_end(const zb_kw_index *brk, zb_span s, size_t pos, int list)
{
	zb_clause_map m = read_once(brk, s);
	size_t end = zb_map_seg_end(&m, pos, list);
	zb_clause_map_free(&m);
	return end;
}

size_t zb_paren_past(const zb_kw_index *brk, zb_span s, size_t pos)
{
	zb_clause_map m = read_once(brk, s);
	size_t past = zb_map_paren_past(&m, pos);
	zb_clause_map_free(&m);
	return past;
}
