/* wordtable.h - longest-match lookup in a table of words.
 *
 * The tables of units.c and claims.c are arrays of structs whose first
 * member is the word (const char *surface).  A zb_word_index, built on first
 * use, keeps a one-byte key of each word's first character and a bit per key
 * in use, so that most text positions are turned down without a comparison. */
#ifndef ZB_WORDTABLE_H
#define ZB_WORDTABLE_H

#include <stddef.h>

typedef struct {
	const void *rows;      /* the table */
	size_t nrows, stride;  /* its length and sizeof one row */
	unsigned char *keys;   /* nrows bytes, filled on first use */
	unsigned char any[32]; /* a bit per key in use */
	int built;
} zb_word_index;

#define ZB_WORD_INDEX(table, nrows, keys) \
	{(table), (nrows), sizeof (table)[0], (keys), {0}, 0}

/* The row with the longest word that starts s[0..n), or NULL. */
const void *zb_word_longest(zb_word_index *ix, const char *s, size_t n);

#endif
