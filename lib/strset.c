/* strset.c - strings numbered in order of first appearance (see strset.h). */
#include "strset.h"

#include <stdlib.h>
#include <string.h>

static size_t hash(const char *s, size_t len)
{
	size_t h = 2166136261u;  /* FNV-1a */
	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

/* Double the table when it is half full. */
static int grow(zb_strset *set)
{
	size_t ns = set->nslot ? 2 * set->nslot : 64;
	size_t *slot = calloc(ns, sizeof *slot);
	if (!slot)
		return -1;
	for (size_t i = 0; i < set->n; i++) {
		size_t h = hash(set->v[i], strlen(set->v[i])) & (ns - 1);
		while (slot[h])
			h = (h + 1) & (ns - 1);
		slot[h] = i + 1;
	}
	free(set->slot);
	set->slot = slot;
	set->nslot = ns;
	return 0;
}

size_t zb_strset_add(zb_strset *set, const char *s, size_t len, int *added)
{
	if (added)
		*added = 0;
	if (2 * (set->n + 1) > set->nslot && grow(set) != 0)
		return ZB_STRSET_NOMEM;
	size_t h = hash(s, len) & (set->nslot - 1);
	for (; set->slot[h]; h = (h + 1) & (set->nslot - 1)) {
		const char *k = set->v[set->slot[h] - 1];
		if (strlen(k) == len && memcmp(k, s, len) == 0)
			return set->slot[h] - 1;
	}
	if (set->n == set->cap) {
		size_t cap = set->cap ? 2 * set->cap : 16;
		char **v = realloc(set->v, cap * sizeof *v);
		if (!v)
			return ZB_STRSET_NOMEM;
		set->v = v;
		set->cap = cap;
	}
	char *k = malloc(len + 1);
	if (!k)
		return ZB_STRSET_NOMEM;
	memcpy(k, s, len);
	k[len] = '\0';
	set->v[set->n] = k;
	set->slot[h] = ++set->n;
	if (added)
		*added = 1;
	return set->n - 1;
}

void zb_strset_free(zb_strset *set)
{
	for (size_t i = 0; i < set->n; i++)
		free(set->v[i]);
	free(set->v);
	free(set->slot);
	*set = (zb_strset)ZB_STRSET_INIT;
}
