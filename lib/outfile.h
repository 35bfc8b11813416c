/* outfile.h - output that appears whole or not at all.
 *
 * zb_out_open("-") is stdout.  Any other path is written to a temporary file
 * beside it and renamed over it by zb_out_close() when everything was written;
 * on failure, SIGINT, SIGTERM or SIGHUP the temporary file is removed.  The
 * first output of a process is fully buffered (64 KiB). */
#ifndef ZB_OUTFILE_H
#define ZB_OUTFILE_H

#include <stdio.h>

typedef struct {
	FILE *fp;
	char *path;   /* final name, NULL for stdout */
	char *tmp;    /* temporary name */
} zb_out;

/* Returns 0, or -1 with errno set. */
int zb_out_open(zb_out *o, const char *path);
/* Flush, check for write errors, rename into place.  Returns 0, or -1 with
 * errno set (the temporary file is removed). */
int zb_out_close(zb_out *o);
/* Give up: remove the temporary file. */
void zb_out_abort(zb_out *o);

/* Standard exit for a stage: close o, report a failed write naming what, and
 * return the exit status to use (status if the close went well). */
int zb_out_finish(zb_out *o, int status);

#endif
