/* outfile.c - write to a temporary file, rename when complete. */
#define _GNU_SOURCE  /* F_SETPIPE_SZ */
#include "outfile.h"
#include "diag.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The temporary file a signal handler must remove (one output per process). */
static char *volatile pending_tmp;

static void on_fatal_signal(int sig)
{
	char *t = pending_tmp;
	if (t)
		unlink(t);
	signal(sig, SIG_DFL);
	raise(sig);
}

/* exit() on an error path (zb_die) after zb_out_open: no temp file left. */
static void unlink_pending(void)
{
	char *t = pending_tmp;
	if (t)
		unlink(t);
}

static void catch_signals(void)
{
	static int registered;
	if (!registered++)
		atexit(unlink_pending);
	static const int sigs[] = {SIGINT, SIGTERM, SIGHUP};
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_fatal_signal;
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
		sigaction(sigs[i], &sa, NULL);
}

/* A filter writes one stream, in full buffers: the first output opened gets
 * this one (64 KiB: fewer writes through a pipe than stdio's 4 KiB). */
static void buffer(FILE *fp)
{
	static char buf[1 << 16];
	static int taken;
	if (!taken++)
		setvbuf(fp, buf, _IOFBF, sizeof buf);
}

/* Stages run four or five to a pipeline on fewer cores: a pipe of 64 KiB
 * (Linux's default) switches between them every 64 KiB, and each switch
 * refills the caches.  1 MiB (the most an unprivileged process may ask for,
 * by default) cut the bench's pipeline by a tenth.  A hint only: a file, a
 * terminal or a refusal leaves the stream as it was. */
static void grow_pipe(FILE *fp)
{
#ifdef F_SETPIPE_SZ
	struct stat st;
	int fd = fileno(fp);
	if (fd >= 0 && fstat(fd, &st) == 0 && S_ISFIFO(st.st_mode))
		(void)fcntl(fd, F_SETPIPE_SZ, 1 << 20);
#else
	(void)fp;
#endif
}

int zb_out_open(zb_out *o, const char *path)
{
	memset(o, 0, sizeof *o);
	if (!path || strcmp(path, "-") == 0) {
		o->fp = stdout;
		buffer(stdout);
		grow_pipe(stdout);
		return 0;
	}
	size_t n = strlen(path);
	o->path = strdup(path);
	o->tmp = malloc(n + 16);
	if (!o->path || !o->tmp) {
		free(o->path);
		free(o->tmp);
		errno = ENOMEM;
		return -1;
	}
	snprintf(o->tmp, n + 16, "%s.tmp.XXXXXX", path);
	catch_signals();
	int fd = mkstemp(o->tmp);
	if (fd < 0) {
		int e = errno;
		free(o->path);
		free(o->tmp);
		errno = e;
		return -1;
	}
	fchmod(fd, 0644);
	pending_tmp = o->tmp;
	o->fp = fdopen(fd, "w");
	if (!o->fp) {
		int e = errno;
		close(fd);
		zb_out_abort(o);
		errno = e;
		return -1;
	}
	buffer(o->fp);
	return 0;
}

void zb_out_abort(zb_out *o)
{
	if (o->tmp) {
		pending_tmp = NULL;
		if (o->fp && o->fp != stdout)
			fclose(o->fp);
		unlink(o->tmp);
	}
	free(o->tmp);
	free(o->path);
	o->tmp = o->path = NULL;
	o->fp = NULL;
}

int zb_out_close(zb_out *o)
{
	if (!o->path) {
		if (fflush(stdout) != 0 || ferror(stdout))
			return -1;
		return 0;
	}
	int bad = fflush(o->fp) != 0 || ferror(o->fp);
	int e = errno;
	if (fclose(o->fp) != 0 && !bad) {
		bad = 1;
		e = errno;
	}
	o->fp = NULL;
	if (!bad && rename(o->tmp, o->path) != 0) {
		bad = 1;
		e = errno;
	}
	if (bad) {
		unlink(o->tmp);
	}
	pending_tmp = NULL;
	free(o->tmp);
	free(o->path);
	o->tmp = o->path = NULL;
	errno = e;
	return bad ? -1 : 0;
}

int zb_out_finish(zb_out *o, int status)
{
	const char *name = o->path ? o->path : "standard output";
	char *copy = strdup(name);
	if (status != ZB_EXIT_OK) {
		if (o->path)
			zb_out_abort(o);
		else
			fflush(stdout);
		free(copy);
		return status;
	}
	if (zb_out_close(o) != 0) {
		if (errno != EPIPE)
			zb_warn(copy, 0, "write failed: %s", strerror(errno));
		free(copy);
		return ZB_EXIT_DATA;
	}
	free(copy);
	return status;
}
