/* diag.h - the one place zhibiao stages report problems.
 *
 * Every message has the shape  "zb-stage: FILE:LINE: message"  (FILE:LINE
 * left out when unknown).  lib/ code returns status codes; only stages decide
 * to print and exit. */
#ifndef ZB_DIAG_H
#define ZB_DIAG_H

#include <stdarg.h>
#include <stddef.h>

enum zb_exit {
	ZB_EXIT_OK = 0,    /* success */
	ZB_EXIT_DATA = 1,  /* bad input data or I/O failure */
	ZB_EXIT_USAGE = 2  /* bad command line */
};

#define ZB_VERSION "0.1.0"

/* Set the program name used as message prefix (call first in main). */
void zb_diag_init(const char *progname);
const char *zb_progname(void);

/* "prog: file:line: msg"; file may be NULL, line <= 0 leaves it out. */
void zb_warn(const char *file, long line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
_Noreturn void zb_die(int status, const char *file, long line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void zb_vwarn(const char *file, long line, const char *fmt, va_list ap);

/* Print "prog (zhibiao) VERSION" to stdout and exit 0. */
_Noreturn void zb_version(void);

/* Usage error: message, then "Try 'prog --help'." and exit 2. */
_Noreturn void zb_usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* getopt_long turned down argv[optind - 1] (set opterr = 0 before the
 * loop): one message naming it, then the usage hint, exit 2. */
_Noreturn void zb_bad_option(char *const *argv, int optind);

/* The one operand after the options, or "-" (standard input) when there is
 * none; a second one is a usage error. */
const char *zb_one_input(int argc, char *const *argv, int optind);

/* Checked number from a command-line option, strtonum's contract: the whole
 * string must be a number within [min, max]; else a usage error naming opt. */
long long zb_opt_number(const char *opt, const char *s, long long min, long long max);

/* Copy at most n bytes of s into a static buffer for quoting in messages,
 * cut at a UTF-8 character boundary with "..." when longer. */
const char *zb_excerpt(const char *s, size_t len, size_t n);

#endif
