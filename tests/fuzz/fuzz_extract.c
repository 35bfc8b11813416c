/* fuzz_extract.c - libFuzzer target: bytes -> zb_textin (auto encoding, over
 * fmemopen) -> zb_extractor.  The callback reads every field of every
 * mention and checks what a consumer relies on: fields are valid UTF-8, the
 * mention lies inside its clause, the kind is one of zb_kinds. */
#include "extract.h"
#include "textin.h"
#include "utf8.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static volatile unsigned sink;

static void touch(zb_text t)
{
	if (t.len && !t.ptr)
		__builtin_trap();
	for (size_t i = 0; i < t.len; i++)
		sink += (unsigned char)t.ptr[i];
	if (zb_utf8_invalid_at(t.ptr, t.len) != t.len)
		__builtin_trap();  /* a field cut inside a character */
}

static void on_mention(void *ctx, const zb_mention *m)
{
	(void)ctx;
	touch(m->department);
	touch(m->chapter);
	touch(m->title);
	touch(m->mention);
	touch(m->number);
	touch(m->qualifier);
	touch(m->unit_text);
	touch(m->scope_text);
	touch(m->clause);
	sink += (unsigned)(m->section + m->item + m->line);
	if ((unsigned)m->kind >= ZB_NKINDS || m->line < 1)
		__builtin_trap();
	if (m->offset > m->clause.len || m->mention.len > m->clause.len - m->offset)
		__builtin_trap();  /* the mention must lie inside its clause */
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	FILE *fp = fmemopen((void *)data, size, "rb");
	if (!fp)
		return 0;
	zb_textin *in = zb_textin_new(fp, ZB_ENC_AUTO);
	zb_extractor *x = zb_extractor_new(on_mention, NULL);
	const char *line;
	size_t len;
	while (zb_textin_next(in, &line, &len) > 0)
		zb_extractor_line(x, line, len, zb_textin_lineno(in));
	zb_extractor_finish(x);
	zb_extractor_free(x);
	zb_textin_free(in);
	fclose(fp);
	return 0;
}
