/* gnuplot_test.c - quoting for gnuplot, and running a program on a script
 * (sh and cat stand in for gnuplot). */
#include "gnuplot.h"
#include "testing.h"

#include <errno.h>
#include <stdlib.h>

static char *quoted(const char *s)
{
	static char buf[256];
	FILE *fp = fmemopen(buf, sizeof buf, "w");
	zb_gp_quote(fp, s);
	fclose(fp);
	return buf;
}

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	CHECK_STR("plain text in single quotes", quoted("市妇联"), "'市妇联'");
	CHECK_STR("a quote is doubled", quoted("it's"), "'it''s'");
	CHECK_STR("backslashes stay as they are", quoted("a\\tb"), "'a\\tb'");
	CHECK_STR("line breaks become spaces", quoted("two\nlines\r"), "'two lines '");

	char *err;
	const char *s = "echo one; echo 'line 3: bad' >&2; exit 3\n";
	int st = zb_gp_run("sh", s, strlen(s), &err);
	CHECK("exit status returned", st == 3);
	CHECK_STR("standard error captured, trailing newline gone", err, "line 3: bad");
	free(err);

	s = "exit 0\n";
	CHECK("success", zb_gp_run("sh", s, strlen(s), &err) == 0 && err && *err == '\0');
	free(err);

	s = "kill -TERM $$\n";
	CHECK("killed by a signal: 128 + signal", zb_gp_run("sh", s, strlen(s), &err) == 128 + 15);
	free(err);

	size_t big = 4u << 20;  /* more than a pipe holds */
	char *text = malloc(big);
	memset(text, 'x', big);
	CHECK("a large script is fed whole", zb_gp_run("cat", text, big, &err) == 0);
	free(err);
	s = "exit 1\n";  /* quits without reading: no SIGPIPE for us */
	char *script = malloc(big + 8);
	memcpy(script, s, strlen(s));
	memset(script + strlen(s), '#', big);
	CHECK("a reader that quits early is its exit status", zb_gp_run("sh", script, big, &err) == 1);
	free(err);
	free(script);
	free(text);

	errno = 0;
	st = zb_gp_run("./no-such-gnuplot", "", 0, &err);
	CHECK("a missing program: -1 and ENOENT", st == -1 && errno == ENOENT);
	free(err);
	return TEST_EXIT();
}
