/* parabuf.h - the text of one paragraph of a converted document, put
 * together from pieces (HTML text nodes, Word runs, PDF and OCR words) and
 * handed out as one line that starts with the full-width indent 　　.
 *
 * Blanks collapse to one as a browser shows them, except that a line break
 * next to a Chinese character or full-width mark goes (the source of a web
 * page wraps Chinese text anywhere: that is no word gap).  A paragraph longer than
 * ZB_PARA_MAX is handed out in pieces, the later ones not indented, which
 * the extractor joins again: memory stays bounded. */
#ifndef ZB_PARABUF_H
#define ZB_PARABUF_H

#include "formats.h"

#include <stddef.h>
#include <stdint.h>

#define ZB_PARA_MAX (1u << 20)

typedef struct {
	char *s;
	size_t len, cap;
	int space;        /* a blank or a line break since the last character */
	uint32_t last;    /* the last character kept, 0 at the start */
	int continued;    /* a piece of this paragraph was handed out */
	long count;       /* paragraphs handed out: the next one's number - 1 */
	int oom;
} zb_parabuf;

void zb_para_init(zb_parabuf *p);
void zb_para_free(zb_parabuf *p);

/* Add UTF-8 text (a stray byte becomes U+FFFD). */
void zb_para_text(zb_parabuf *p, zb_doc *d, const char *s, size_t n);
/* A word gap (a tab): one blank. */
void zb_para_gap(zb_parabuf *p);
/* End of the paragraph: hand it out when it holds text, numbered. */
void zb_para_end(zb_parabuf *p, zb_doc *d);
/* End of the paragraph, handed out at the position given. */
void zb_para_end_at(zb_parabuf *p, zb_doc *d, long pos);
/* Is there text in it? */
static inline int zb_para_empty(const zb_parabuf *p) { return p->last == 0; }

/* Chinese characters, kana, hangul, CJK and full-width punctuation, and
 * the quotes and dashes Chinese text uses: no blank goes next to them. */
int zb_is_wide(uint32_t c);
/* Blanks of every kind: ASCII, no-break, ideographic, zero-width. */
int zb_is_blank(uint32_t c);

#endif
