/* testing.h - the few macros lib/ unit tests use.  Each check prints one
 * "PASS: name" or "FAIL: name: detail" line; tests/run counts them. */
#ifndef ZB_TESTING_H
#define ZB_TESTING_H

#include <stdio.h>
#include <string.h>

static int zb_test_failures;

#define CHECK(name, cond) do { fflush(stdout); \
	if (cond) printf("PASS: %s\n", (name)); \
	else { printf("FAIL: %s (%s:%d: %s)\n", (name), __FILE__, __LINE__, #cond); zb_test_failures++; } \
} while (0)

#define CHECK_STR(name, got, want) do { \
	const char *g_ = (got), *w_ = (want); \
	if (g_ && w_ && strcmp(g_, w_) == 0) printf("PASS: %s\n", (name)); \
	else { printf("FAIL: %s: got '%s', want '%s'\n", (name), g_ ? g_ : "(null)", w_ ? w_ : "(null)"); \
	       zb_test_failures++; } \
} while (0)

#define TEST_EXIT() (zb_test_failures ? 1 : 0)

#endif
