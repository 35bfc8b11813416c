/* lines.h - what the reader fuzz targets (fuzz_html, fuzz_docx) check of
 * every line a reader hands out and every mention found in them: lines are
 * valid UTF-8 with a position, the mention lies inside its clause. */
#ifndef ZB_FUZZ_LINES_H
#define ZB_FUZZ_LINES_H

#include "extract.h"
#include "utf8.h"

static void on_mention(void *ctx, const zb_mention *m)
{
	(void)ctx;
	if (m->offset > m->clause.len || m->mention.len > m->clause.len - m->offset)
		__builtin_trap();
}

/* ctx is the zb_extractor the lines go on to. */
static void on_line(void *ctx, const char *s, size_t n, long pos)
{
	if (zb_utf8_invalid_at(s, n) != n || pos < 1)
		__builtin_trap();
	zb_extractor_line(ctx, s, n, pos);
}

#endif
