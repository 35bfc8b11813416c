/* textin.h - lines of report text, decoded to UTF-8.
 *
 * UTF-8 or GB18030 (through iconv); auto picks UTF-8 while the text is valid
 * UTF-8 and GB18030 when the first non-ASCII line is not.  A BOM and CR
 * before LF are removed.  Lines of any length. */
#ifndef ZB_TEXTIN_H
#define ZB_TEXTIN_H

#include <stdio.h>

enum zb_encoding { ZB_ENC_AUTO, ZB_ENC_UTF8, ZB_ENC_GB18030 };
extern const char *const zb_encoding_names[];  /* indexed by enum, NULL-terminated */

typedef struct zb_textin zb_textin;

zb_textin *zb_textin_new(FILE *fp, enum zb_encoding enc);
/* Bytes already read from fp (to tell its format), read again first: call
 * before zb_textin_next.  Returns 0, -1 when out of memory. */
int zb_textin_unread(zb_textin *t, const void *bytes, size_t n);
void zb_textin_free(zb_textin *t);

/* Next line, without its end of line, in UTF-8: 1 and *line, *len set, 0 at
 * the end, -1 on error (zb_textin_error says what, with the byte offset). */
int zb_textin_next(zb_textin *t, const char **line, size_t *len);
long zb_textin_lineno(const zb_textin *t);
const char *zb_textin_error(const zb_textin *t);

#endif
