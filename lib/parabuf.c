/* parabuf.c - a paragraph of a converted document (see parabuf.h). */
#include "parabuf.h"
#include "grow.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

#define INDENT "\u3000\u3000"
#define INDENT_LEN (sizeof INDENT - 1)

enum { NONE, SPACE, BREAK };   /* what stands since the last character */

int zb_is_wide(uint32_t c)
{
	return (c >= 0x2E80 && c <= 0x9FFF) ||    /* radicals, CJK marks, kana, Han */
	       (c >= 0xAC00 && c <= 0xD7AF) ||    /* hangul */
	       (c >= 0xF900 && c <= 0xFAFF) ||    /* compatibility ideographs */
	       (c >= 0xFE30 && c <= 0xFE4F) ||    /* vertical forms */
	       (c >= 0xFF01 && c <= 0xFF65) ||    /* full-width forms: ，（）０-９ */
	       (c >= 0x2010 && c <= 0x2027) ||    /* — “ ” ‘ ’ … */
	       c == 0x00B7 || c >= 0x20000;       /* · and the supplementary Han */
}

int zb_is_blank(uint32_t c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
	       c == 0xA0 || c == 0x3000 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F ||
	       c == 0x205F || c == 0xFEFF;
}

void zb_para_init(zb_parabuf *p)
{
	memset(p, 0, sizeof *p);
}

void zb_para_free(zb_parabuf *p)
{
	free(p->s);
	p->s = NULL;
	p->cap = p->len = 0;
}

static void reset(zb_parabuf *p)
{
	p->len = 0;
	p->space = 0;
	p->last = 0;
	p->continued = 0;
}

static int room(zb_parabuf *p, size_t n)
{
	if (zb_grow((void **)&p->s, &p->cap, p->len + n, 1) != 0) {
		p->oom = 1;
		return -1;
	}
	return 0;
}

/* Hand out what is kept: indented when it is the paragraph's first piece. */
static void hand_out(zb_parabuf *p, zb_doc *d, long pos)
{
	size_t skip = p->continued ? INDENT_LEN : 0;
	zb_doc_line(d, p->s + skip, p->len - skip, pos);
}

static void put(zb_parabuf *p, zb_doc *d, const char *s, size_t n, uint32_t c)
{
	if (p->last == 0) {
		if (room(p, INDENT_LEN) != 0)
			return;
		memcpy(p->s, INDENT, INDENT_LEN);
		p->len = INDENT_LEN;
	} else if (p->space == SPACE || (p->space == BREAK && !zb_is_wide(p->last) && !zb_is_wide(c))) {
		if (room(p, 1) != 0)
			return;
		p->s[p->len++] = ' ';
	}
	p->space = 0;
	if (room(p, n) != 0)
		return;
	memcpy(p->s + p->len, s, n);
	p->len += n;
	p->last = c;
	if (p->len >= ZB_PARA_MAX) {
		hand_out(p, d, ZB_POS(0, p->count + 1));
		p->len = INDENT_LEN;   /* later pieces: the same paragraph, not indented */
		p->continued = 1;
	}
}

void zb_para_text(zb_parabuf *p, zb_doc *d, const char *s, size_t n)
{
	for (size_t i = 0, k; i < n; i += k) {
		uint32_t c;
		k = zb_utf8_decode((const unsigned char *)s + i, n - i, &c);
		if (k == 0) {   /* a stray byte: U+FFFD, so that what goes on is UTF-8 */
			put(p, d, "\xEF\xBF\xBD", 3, 0xFFFD);
			k = 1;
		} else if (c == '\n' || c == '\r') {
			p->space = BREAK;
		} else if (zb_is_blank(c) || c < 0x20 || c == 0x7F) {
			if (p->space != BREAK)
				p->space = SPACE;
		} else {
			put(p, d, s + i, k, c);
		}
	}
}

void zb_para_gap(zb_parabuf *p)
{
	if (p->space != BREAK)
		p->space = SPACE;
}

void zb_para_end_at(zb_parabuf *p, zb_doc *d, long pos)
{
	if (p->last != 0 && !p->oom && p->len > (p->continued ? INDENT_LEN : 0))
		hand_out(p, d, pos);
	reset(p);
}

void zb_para_end(zb_parabuf *p, zb_doc *d)
{
	if (p->last != 0)
		p->count++;
	zb_para_end_at(p, d, ZB_POS(0, p->count));
}
