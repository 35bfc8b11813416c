/* fuzz_html.c - libFuzzer target: bytes as a web page (lib/htmlin.c: the
 * charset sniffed, textin, libxml2's HTML parser over SAX, chrome dropped)
 * -> zb_extractor.  Every line handed out must be valid UTF-8. */
#include "extract.h"
#include "formats.h"
#include "lines.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	static zb_doc d;
	memset(&d, 0, sizeof d);
	d.path = "fuzz.html";
	d.copy_fd = -1;
	if (!(d.fp = fmemopen((void *)data, size, "rb")))
		return 0;
	d.head_len = fread(d.head, 1, sizeof d.head, d.fp);
	zb_extractor *x = zb_extractor_new(on_mention, NULL);
	zb_doc_read(&d, zb_format_named("html"), on_line, x);
	zb_extractor_finish(x);
	zb_extractor_free(x);
	zb_doc_close(&d);
	return 0;
}
