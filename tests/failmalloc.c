/* failmalloc.c - an LD_PRELOAD library that makes memory allocation fail,
 * for tests/oom.test (the Makefile builds BINDIR/failmalloc.so).
 *
 *   ZB_FAIL_ALLOC=N       the Nth call of malloc, calloc or realloc (from 1)
 *                         and every one after it return NULL (errno ENOMEM)
 *   ZB_FAIL_ALLOC_ONCE=1  only the Nth fails; the ones after it work
 *   ZB_ALLOC_COUNT=FILE   at exit, write the number of calls to FILE
 *
 * It counts every allocation of the process, the C library's own (stdio,
 * iconv, strdup) included, and hands the rest to glibc's allocator. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);

static unsigned long calls, fail_at;
static int once, configured;

static void configure(void)
{
	const char *n = getenv("ZB_FAIL_ALLOC"), *o = getenv("ZB_FAIL_ALLOC_ONCE");
	fail_at = n ? strtoul(n, NULL, 10) : 0;
	once = o && *o == '1';
	configured = 1;
}

/* Does this call fail? */
static int failing(void)
{
	if (!configured)
		configure();
	calls++;
	if (fail_at && (once ? calls == fail_at : calls >= fail_at)) {
		errno = ENOMEM;
		return 1;
	}
	return 0;
}

void *malloc(size_t size) { return failing() ? NULL : __libc_malloc(size); }
void *calloc(size_t n, size_t size) { return failing() ? NULL : __libc_calloc(n, size); }
void *realloc(void *p, size_t size) { return failing() ? NULL : __libc_realloc(p, size); }

__attribute__((destructor)) static void report(void)
{
	const char *path = getenv("ZB_ALLOC_COUNT");
	if (!path)
		return;
	char buf[24], *p = buf + sizeof buf;
	unsigned long v = calls;
	*--p = '\n';
	do
		*--p = (char)('0' + v % 10);
	while (v /= 10);
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd >= 0) {
		ssize_t w = write(fd, p, (size_t)(buf + sizeof buf - p));
		(void)w;
		close(fd);
	}
}
