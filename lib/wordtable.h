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
#include <stdint.h>

/* A row of the index: its word, the word's length, its zb_head8 and
 * zb_head_mask (utf8.h), so that most rows are told apart by one compare. */
typedef struct {
	const char *word;
	size_t len;
	uint64_t head, mask;
	unsigned short row;
} zb_word_slot;

typedef struct {
	const void *rows;      /* the table */
	size_t nrows, stride;  /* its length and sizeof one row */
	zb_word_slot *slots;         /* nrows rows grouped by key, filled on first use */
	unsigned short start[257];   /* the rows of key k: slots[start[k] .. start[k + 1]) */
	int built;
} zb_word_index;

/* slots: static zb_word_slot slots[number of rows of table] */
#define ZB_WORD_INDEX(table, slots) \
	{(table), sizeof (table) / sizeof (table)[0], sizeof (table)[0], (slots), {0}, 0}

/* The row with the longest word that starts s[0..n), or NULL; of two as
 * long, the first in the table. */
const void *zb_word_longest(zb_word_index *ix, const char *s, size_t n);

#endif
