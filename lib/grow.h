/* grow.h - a buffer that grows by doubling. */
#ifndef ZB_GROW_H
#define ZB_GROW_H

#include <stdlib.h>

/* Make *p hold at least need elements of elem bytes (*cap of them now).
 * Returns 0, or -1 when out of memory (*p and *cap unchanged). */
static inline int zb_grow(void **p, size_t *cap, size_t need, size_t elem)
{
	if (need <= *cap)
		return 0;
	size_t n = *cap ? *cap : 16;
	while (n < need)
		n *= 2;
	void *q = realloc(*p, n * elem);
	if (!q)
		return -1;
	*p = q;
	*cap = n;
	return 0;
}

#endif
