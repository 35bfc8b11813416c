/* indicator_names.h - canonical names of indicators (zb-classify's
 * indicator column): data/indicators.tsv, compiled in, and the rows of
 * files users add (--indicators FILE), one alias a row:
 *
 *   规模以上工业增加值	规上工业增加值	规上工业增加值增长8.5%
 *
 * A subject is looked up as it is, then without a leading place or scope
 * word (全市GDP, 大庆市地区生产总值); a growth word ending it (增速,
 * zb_kw_growth) is kept after the name (规上工业增加值增速 ->
 * 规模以上工业增加值增速).  A later row of an alias replaces an earlier one,
 * so a user's file can change the table's. */
#ifndef ZB_INDICATOR_NAMES_H
#define ZB_INDICATOR_NAMES_H

#include <stddef.h>
#include <stdio.h>

typedef struct zb_indicator_names zb_indicator_names;

/* The compiled-in table (and the places, for leading place names); NULL
 * when out of memory. */
zb_indicator_names *zb_indicator_names_new(void);
/* Add the rows of a TSV file (indicator, alias[, example]).  Returns 0; -1
 * with errno set (cannot read, or out of memory); ZB_TSV_BAD with *line
 * set (a row of fewer than two fields, or not UTF-8). */
int zb_indicator_names_add_file(zb_indicator_names *m, const char *path, long *line);
void zb_indicator_names_free(zb_indicator_names *m);

/* The indicator of a subject (s, n bytes) into out (cap bytes, NUL-ended,
 * "" when none).  Returns its length. */
size_t zb_indicator_of(const zb_indicator_names *m, const char *s, size_t n, char *out, size_t cap);

/* The indicator of each row of a document in turn, as zb-classify's
 * indicator column: zb_indicator_of, but a subject that is a growth word
 * alone takes the last indicator of its sentence, with the word
 * (进出口总额增长8.9%，增速居全国第4位: 增速 -> 进出口总额增速).  The carry
 * starts zeroed and is kept from row to row. */
typedef struct {
	char doc[256], sentence[32];   /* where the last indicator stood */
	size_t doc_len, sentence_len;
	char base[256];                /* that indicator, without a growth word */
	int set;
} zb_indicator_carry;
size_t zb_indicator_of_row(const zb_indicator_names *m, zb_indicator_carry *k, const char *doc, size_t doc_len,
			   const char *sentence, size_t sentence_len, const char *subject, size_t subject_len,
			   char *out, size_t cap);

/* The table as --list-indicators prints it: indicator, alias, example, one
 * row a line (tab-separated, as the file).  Returns 0 or -1 (a write error). */
int zb_indicator_names_print(const zb_indicator_names *m, FILE *fp);

#endif
