/* diag.c - messages and exits shared by every stage. */
#include "diag.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *progname = "zhibiao";

void zb_diag_init(const char *name)
{
	const char *slash = strrchr(name, '/');
	progname = slash ? slash + 1 : name;
}

const char *zb_progname(void) { return progname; }

void zb_vwarn(const char *file, long line, const char *fmt, va_list ap)
{
	fflush(stdout);
	fprintf(stderr, "%s: ", progname);
	if (file && line > 0)
		fprintf(stderr, "%s:%ld: ", file, line);
	else if (file)
		fprintf(stderr, "%s: ", file);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void zb_warn(const char *file, long line, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	zb_vwarn(file, line, fmt, ap);
	va_end(ap);
}

void zb_die(int status, const char *file, long line, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	zb_vwarn(file, line, fmt, ap);
	va_end(ap);
	exit(status);
}

void zb_version(void)
{
	printf("%s (zhibiao) %s\n", progname, ZB_VERSION);
	exit(fflush(stdout) == 0 && !ferror(stdout) ? ZB_EXIT_OK : ZB_EXIT_DATA);
}

void zb_usage_error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	zb_vwarn(NULL, 0, fmt, ap);
	va_end(ap);
	fprintf(stderr, "Try '%s --help' for more information.\n", progname);
	exit(ZB_EXIT_USAGE);
}

void zb_bad_option(char *const *argv, int optind)
{
	const char *arg = optind > 0 ? argv[optind - 1] : "?";
	zb_usage_error("unknown option, or an option without its argument: '%s'", arg);
}

const char *zb_one_input(int argc, char *const *argv, int optind)
{
	if (optind + 1 < argc)
		zb_usage_error("one input at most, not '%s' too", argv[optind + 1]);
	return optind < argc ? argv[optind] : "-";
}

long long zb_opt_number(const char *opt, const char *s, long long min, long long max)
{
	char *end;
	errno = 0;
	long long v = strtoll(s, &end, 10);
	if (end == s || *end != '\0' || errno == ERANGE)
		zb_usage_error("%s: '%s' is not a whole number", opt, s);
	if (v < min || v > max)
		zb_usage_error("%s: %s is out of range %lld..%lld", opt, s, min, max);
	return v;
}

const char *zb_excerpt(const char *s, size_t len, size_t n)
{
	static char buf[256];
	if (n > sizeof buf - 4)
		n = sizeof buf - 4;
	if (len <= n) {
		memcpy(buf, s, len);
		buf[len] = '\0';
		return buf;
	}
	while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;  /* do not cut a UTF-8 sequence */
	memcpy(buf, s, n);
	memcpy(buf + n, "...", 4);
	return buf;
}
