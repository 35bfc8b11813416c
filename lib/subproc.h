/* subproc.h - running the external converters (pdftotext, pdftoppm,
 * tesseract) with their output read through a pipe.
 *
 * A program is looked up in PATH; one that is not there is told apart from
 * one that failed (ZB_TOOL_MISSING), so that the caller can name the Debian
 * package to install.  Children get bounded memory and CPU time. */
#ifndef ZB_SUBPROC_H
#define ZB_SUBPROC_H

#include <stddef.h>
#include <sys/types.h>

#define ZB_TOOL_MISSING (-2)   /* the program is not installed (not in PATH) */

/* Takes n bytes of the child's standard output; returns 0, or -1 to stop
 * reading (the child then gets SIGPIPE). */
typedef int (*zb_tool_out_fn)(void *ctx, const char *buf, size_t n);

typedef struct {
	pid_t pid;
	int err_fd;        /* what it writes to standard error (a temporary file) */
} zb_tool;

/* Start argv[0] with standard input from in_fd (-1: /dev/null), standard
 * output into out_fd.  Returns 0, ZB_TOOL_MISSING, or -1 with errno set. */
int zb_tool_start(zb_tool *t, char *const argv[], int in_fd, int out_fd);

/* Wait for it: its exit status (128 + signal when killed), or -1 with errno.
 * Its standard error, first line(s) up to errlen - 1 bytes, goes to errbuf. */
int zb_tool_wait(zb_tool *t, char *errbuf, size_t errlen);

/* Start argv, hand all its output to out, wait.  Returns its exit status,
 * ZB_TOOL_MISSING, or -1 with errno set (out's -1 stops reading: the status
 * is then what the child ended with). */
int zb_tool_run(char *const argv[], int in_fd, zb_tool_out_fn out, void *ctx,
		char *errbuf, size_t errlen);

/* Copy everything readable from fd to out.  Returns 0, 1 when out asked to
 * stop, -1 on a read error. */
int zb_tool_drain(int fd, zb_tool_out_fn out, void *ctx);

#endif
