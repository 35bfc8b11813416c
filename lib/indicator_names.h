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

/* The compiled-in table (zb_places_load() must have been called); NULL when
 * out of memory. */
zb_indicator_names *zb_indicator_names_new(void);
/* Add the rows of a TSV file (indicator, alias[, example]).  Returns 0; -1
 * with errno set (cannot read, or out of memory); ZB_TSV_BAD with *line
 * set (a row of fewer than two fields, or not UTF-8). */
int zb_indicator_names_add_file(zb_indicator_names *m, const char *path, long *line);
void zb_indicator_names_free(zb_indicator_names *m);

/* The indicator of a subject (s, n bytes) into out (cap bytes, NUL-ended,
 * "" when none).  Returns its length. */
size_t zb_indicator_of(const zb_indicator_names *m, const char *s, size_t n, char *out, size_t cap);

/* The table as --list-indicators prints it: indicator, alias, example, one
 * row a line (tab-separated, as the file).  Returns 0 or -1 (a write error). */
int zb_indicator_names_print(const zb_indicator_names *m, FILE *fp);

#endif
