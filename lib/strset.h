/* strset.h - a set of strings numbered in the order first added (labels,
 * series, distinct column values), found by hash: O(1) per lookup whatever
 * the number of strings. */
#ifndef ZB_STRSET_H
#define ZB_STRSET_H

#include <stddef.h>

typedef struct {
	char **v;         /* v[i]: the i-th distinct string, NUL-terminated */
	size_t n, cap;
	size_t *slot;     /* hash table of index + 1; 0 = free */
	size_t nslot;
} zb_strset;

#define ZB_STRSET_INIT {NULL, 0, 0, NULL, 0}
#define ZB_STRSET_NOMEM ((size_t)-1)

/* Index of s (len bytes, no NUL) in set, added when new (*added set
 * to 1 then, else 0; added may be NULL).  ZB_STRSET_NOMEM when out of
 * memory. */
size_t zb_strset_add(zb_strset *set, const char *s, size_t len, int *added);
void zb_strset_free(zb_strset *set);

#endif
