/* gnuplot.c - quoting for gnuplot scripts, running gnuplot (see gnuplot.h). */
#include "gnuplot.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

void zb_gp_quote(FILE *fp, const char *s)
{
	putc('\'', fp);
	for (; *s; s++) {
		if (*s == '\'')
			putc('\'', fp);
		putc((unsigned char)*s < 0x20 || *s == 0x7f ? ' ' : *s, fp);
	}
	putc('\'', fp);
}

/* All of fp (from the start) as a string, trailing newlines removed. */
static char *slurp(FILE *fp)
{
	size_t cap = 256, len = 0, n;
	char *s = malloc(cap);
	if (!s)
		return NULL;
	rewind(fp);
	while ((n = fread(s + len, 1, cap - len - 1, fp)) > 0) {
		len += n;
		if (cap - len - 1 == 0) {
			char *t = realloc(s, cap *= 2);
			if (!t)
				break;
			s = t;
		}
	}
	while (len > 0 && (s[len - 1] == '\n' || s[len - 1] == '\r'))
		len--;
	s[len] = '\0';
	return s;
}

/* The child: stdin from in, stdout to /dev/null, stderr to err; an exec
 * failure is reported as errno on the close-on-exec pipe report. */
static _Noreturn void child(const char *prog, int in, int err, int report)
{
	int null = open("/dev/null", O_WRONLY);
	if (dup2(in, 0) < 0 || (null >= 0 && dup2(null, 1) < 0) || dup2(err, 2) < 0) {
		int e = errno;
		(void)!write(report, &e, sizeof e);
		_exit(127);
	}
	signal(SIGPIPE, SIG_DFL);
	/* The script is UTF-8: without a UTF-8 locale (cron's) gnuplot warns
	 * that iconv cannot convert its degree sign. */
	setenv("LC_ALL", "C.UTF-8", 1);
	execlp(prog, prog, (char *)NULL);
	int e = errno;
	(void)!write(report, &e, sizeof e);
	_exit(127);
}

/* Feed len bytes of s to fd; a reader that quit early (EPIPE) is not an
 * error here: its exit status tells. */
static void feed(int fd, const char *s, size_t len)
{
	while (len > 0) {
		ssize_t w = write(fd, s, len);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return;
		s += w;
		len -= (size_t)w;
	}
}

int zb_gp_run(const char *prog, const char *script, size_t len, char **errtext)
{
	int in[2], report[2], status = -1, e = 0;
	FILE *err = tmpfile();
	*errtext = NULL;
	if (!err)
		return -1;
	if (pipe(in) != 0) {
		e = errno;
		goto out_err;
	}
	if (pipe(report) != 0) {
		e = errno;
		goto out_in;
	}
	fcntl(report[1], F_SETFD, FD_CLOEXEC);
	fcntl(in[1], F_SETFD, FD_CLOEXEC);
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0) {
		e = errno;
		close(report[0]);
		close(report[1]);
		goto out_in;
	}
	if (pid == 0)
		child(prog, in[0], fileno(err), report[1]);
	close(report[1]);
	close(in[0]);
	in[0] = -1;

	struct sigaction ign, old;
	memset(&ign, 0, sizeof ign);
	ign.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &ign, &old);
	feed(in[1], script, len);
	close(in[1]);
	in[1] = -1;
	sigaction(SIGPIPE, &old, NULL);

	int exec_errno = 0;
	ssize_t got;
	while ((got = read(report[0], &exec_errno, sizeof exec_errno)) < 0 && errno == EINTR)
		;
	close(report[0]);
	int st;
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR) {
			e = errno;
			goto out_in;
		}
	if (got == (ssize_t)sizeof exec_errno) {
		e = exec_errno;
		goto out_in;
	}
	status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
out_in:
	if (in[0] >= 0)
		close(in[0]);
	if (in[1] >= 0)
		close(in[1]);
out_err:
	*errtext = slurp(err);
	fclose(err);
	if (status < 0)
		errno = e;
	return status;
}
