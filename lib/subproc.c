/* subproc.c - external converters through pipes (see subproc.h). */
#include "subproc.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

/* What a converter may use: a page of OCR takes about 300 MB and a few
 * seconds; a hostile file must not take the machine. */
#define TOOL_MEMORY (4ull << 30)
#define TOOL_CPU_SECONDS 600

static void limit(int resource, rlim_t value)
{
	struct rlimit r;
	if (getrlimit(resource, &r) == 0 && (r.rlim_max == RLIM_INFINITY || r.rlim_max > value)) {
		r.rlim_cur = value;
		setrlimit(resource, &r);
	}
}

static _Noreturn void child(char *const argv[], int in, int out, int err, int report)
{
	if (in < 0)
		in = open("/dev/null", O_RDONLY);
	if (in < 0 || dup2(in, 0) < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0) {
		int e = errno;
		(void)!write(report, &e, sizeof e);
		_exit(127);
	}
	signal(SIGPIPE, SIG_DFL);
	limit(RLIMIT_AS, (rlim_t)TOOL_MEMORY);
	limit(RLIMIT_CPU, TOOL_CPU_SECONDS);
	execvp(argv[0], argv);
	int e = errno;
	(void)!write(report, &e, sizeof e);
	_exit(127);
}

int zb_tool_start(zb_tool *t, char *const argv[], int in_fd, int out_fd)
{
	char name[] = "/tmp/zb-tool-err.XXXXXX";
	const char *dir = getenv("TMPDIR");
	char *path = NULL;
	if (dir && *dir && (path = malloc(strlen(dir) + sizeof name)) != NULL)
		sprintf(path, "%s/%s", dir, name + 5);
	int err = mkstemp(path ? path : name);
	if (err < 0 && path) {     /* TMPDIR not writable: /tmp */
		free(path);
		path = NULL;
		err = mkstemp(name);
	}
	if (err < 0) {
		free(path);
		return -1;
	}
	unlink(path ? path : name);
	free(path);
	int report[2];
	if (pipe(report) != 0) {
		close(err);
		return -1;
	}
	fcntl(report[1], F_SETFD, FD_CLOEXEC);
	fcntl(err, F_SETFD, FD_CLOEXEC);
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0) {
		int e = errno;
		close(report[0]);
		close(report[1]);
		close(err);
		errno = e;
		return -1;
	}
	if (pid == 0)
		child(argv, in_fd, out_fd, err, report[1]);
	close(report[1]);
	int exec_errno = 0;
	ssize_t got;
	while ((got = read(report[0], &exec_errno, sizeof exec_errno)) < 0 && errno == EINTR)
		;
	close(report[0]);
	t->pid = pid;
	t->err_fd = err;
	if (got == (ssize_t)sizeof exec_errno) {
		zb_tool_wait(t, NULL, 0);
		if (exec_errno == ENOENT)
			return ZB_TOOL_MISSING;
		errno = exec_errno;
		return -1;
	}
	return 0;
}

int zb_tool_wait(zb_tool *t, char *errbuf, size_t errlen)
{
	int st, status;
	while (waitpid(t->pid, &st, 0) < 0)
		if (errno != EINTR) {
			status = -1;
			goto out;
		}
	status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
out:
	if (errbuf && errlen) {
		ssize_t n = pread(t->err_fd, errbuf, errlen - 1, 0);
		n = n < 0 ? 0 : n;
		while (n > 0 && (errbuf[n - 1] == '\n' || errbuf[n - 1] == '\r'))
			n--;
		errbuf[n] = '\0';
		for (char *p = errbuf; *p; p++)   /* one line for a message */
			if (*p == '\n' || *p == '\r' || *p == '\t')
				*p = ' ';
	}
	close(t->err_fd);
	t->err_fd = -1;
	return status;
}

int zb_tool_drain(int fd, zb_tool_out_fn out, void *ctx)
{
	static char buf[1 << 16];
	for (;;) {
		ssize_t n = read(fd, buf, sizeof buf);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -1;
		if (n == 0)
			return 0;
		if (out(ctx, buf, (size_t)n) != 0)
			return 1;
	}
}

int zb_tool_run(char *const argv[], int in_fd, zb_tool_out_fn out, void *ctx,
		char *errbuf, size_t errlen)
{
	int p[2];
	if (errlen)
		errbuf[0] = '\0';
	if (pipe(p) != 0)
		return -1;
	fcntl(p[0], F_SETFD, FD_CLOEXEC);
	zb_tool t;
	int r = zb_tool_start(&t, argv, in_fd, p[1]);
	close(p[1]);
	if (r != 0) {
		int e = errno;
		close(p[0]);
		errno = e;
		return r;
	}
	int drained = zb_tool_drain(p[0], out, ctx);
	int e = errno;
	close(p[0]);   /* a child still writing gets SIGPIPE */
	int status = zb_tool_wait(&t, errbuf, errlen);
	if (drained < 0) {
		errno = e;
		return -1;
	}
	return status;
}
