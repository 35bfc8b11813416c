/* wordtable.c - longest-match lookup in a table of words (see wordtable.h). */
#include "wordtable.h"
#include "utf8.h"

#include <string.h>

static const char *word_of(const zb_word_index *ix, size_t i)
{
	const char *const *surface = (const char *const *)((const char *)ix->rows + i * ix->stride);
	return *surface;
}

const void *zb_word_longest(zb_word_index *ix, const char *s, size_t n)
{
	if (!ix->built) {
		for (size_t i = 0; i < ix->nrows; i++) {
			const char *w = word_of(ix, i);
			ix->keys[i] = zb_key(w, strlen(w));
			ix->any[ix->keys[i] >> 3] |= (unsigned char)(1u << (ix->keys[i] & 7));
		}
		ix->built = 1;
	}
	unsigned char key = zb_key(s, n);
	if (!(ix->any[key >> 3] & (1u << (key & 7))))
		return NULL;
	const void *best = NULL;
	size_t best_len = 0, l;
	for (size_t i = 0; i < ix->nrows; i++)
		if (ix->keys[i] == key && (l = zb_prefix(s, n, word_of(ix, i))) > best_len) {
			best = (const char *)ix->rows + i * ix->stride;
			best_len = l;
		}
	return best;
}
