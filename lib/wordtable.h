/* wordtable.h - longest-match lookup in a table of words.
 *
 * The tables of units.c and claims.c are arrays of structs whose first
 * member is the word (const char *surface).  A zb_word_index, built on first
 * use, groups the rows by a one-byte key of their word's first character
 * (table order kept within a key): a lookup compares only the rows of the
 * text's key, and most text positions, whose key no row has, none. */
#ifndef ZB_WORDTABLE_H
#define ZB_WORDTABLE_H

#include <stddef.h>

typedef struct {
	const void *rows;      /* the table */
	size_t nrows, stride;  /* its length and sizeof one row */
	unsigned short *order;       /* nrows row numbers grouped by key, filled on first use */
	unsigned short start[257];   /* the rows of key k: order[start[k] .. start[k + 1]) */
	int built;
} zb_word_index;

/* order: static unsigned short order[number of rows of table] */
#define ZB_WORD_INDEX(table, order) \
	{(table), sizeof (table) / sizeof (table)[0], sizeof (table)[0], (order), {0}, 0}

/* The row with the longest word that starts s[0..n), or NULL. */
const void *zb_word_longest(zb_word_index *ix, const char *s, size_t n);

#endif
