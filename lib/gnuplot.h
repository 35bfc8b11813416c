/* gnuplot.h - talking to gnuplot, the external chart renderer. */
#ifndef ZB_GNUPLOT_H
#define ZB_GNUPLOT_H

#include <stddef.h>
#include <stdio.h>

/* Write s to fp as a gnuplot single-quoted string ('it''s'): no escapes
 * are interpreted inside, a quote is doubled. */
void zb_gp_quote(FILE *fp, const char *s);

/* Run program prog (looked up in PATH when it has no slash) with script
 * (len bytes) on its standard input, its standard output discarded.
 * Returns its exit status (128 + signal when killed), or -1 with errno set
 * when it could not be started.  What it wrote to standard error is put in
 * *errtext (malloc'd, NUL-terminated, trailing newlines removed; the caller
 * frees), also on failure to start (empty then). */
int zb_gp_run(const char *prog, const char *script, size_t len, char **errtext);

#endif
