/* ocrin.h - scanned pages read by OCR: tesseract with its chi_sim data,
 * run as a program; its word boxes (TSV) go into a layout (layout.h). */
#ifndef ZB_OCRIN_H
#define ZB_OCRIN_H

#include "formats.h"
#include "layout.h"

/* OCR the image file at path (each of its pages), or with pdf_page > 0 that
 * page of the PDF at path (rendered by pdftoppm at dpi), into L.  Returns 0,
 * or -1 with d->err set (naming the package when tesseract is missing). */
int zb_ocr_into(zb_doc *d, zb_layout *L, const char *path, long pdf_page, long dpi);

/* Mend what OCR of the genre gets wrong, in place (*n may shrink):
 * full-width digits ０-９ become 0-9; l, I and | next to a digit become 1;
 * O, o and 〇 next to a digit become 0 (二〇二三 stays). */
void zb_ocr_fix(char *s, size_t *n);

#endif
