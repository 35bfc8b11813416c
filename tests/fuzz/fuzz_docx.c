/* fuzz_docx.c - libFuzzer target: bytes as a Word file (lib/docxin.c:
 * libzip from memory, numbering.xml, styles.xml and document.xml through
 * libxml2's SAX parser) -> zb_extractor.  Every line handed out must be
 * valid UTF-8 and numbered. */
#include "extract.h"
#include "formats.h"
#include "lines.h"

#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static zb_doc d;
	memset(&d, 0, sizeof d);
	d.path = "fuzz.docx";
	d.copy_fd = -1;
	zb_extractor *x = zb_extractor_new(on_mention, NULL);
	d.line = on_line;
	d.ctx = x;
	zb_read_docx_buffer(&d, data, size);
	zb_extractor_finish(x);
	zb_extractor_free(x);
	zb_doc_close(&d);
	return 0;
}
