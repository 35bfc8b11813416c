/* places.h - the places of China a report can be about, and the province
 * each lies in: data/places.tsv (provinces, prefecture-level cities,
 * prefectures, leagues), one row each: place, province, short form.
 *
 *   鹤壁市	河南省	鹤壁
 *
 * Read by zb-extract (a document's place, doc_place), zb-classify (a
 * subject's leading place: 大庆市地区生产总值) and the conflicts report
 * (two cities of one province). */
#ifndef ZB_PLACES_H
#define ZB_PLACES_H

#include <stddef.h>

typedef struct {
	const char *name;       /* 鹤壁市 */
	const char *province;   /* 河南省; a province's is itself */
	const char *short_name; /* 鹤壁, or "" when ambiguous (吉林) */
	long line;              /* in data/places.tsv */
} zb_place;

/* Read the compiled-in table once.  Returns 0, or -1 when out of memory. */
int zb_places_load(void);
/* Every row (after zb_places_load), *n of them. */
const zb_place *zb_places(size_t *n);

/* The place whose full name (or, when short_ok, short form) starts s[0..n),
 * the longest one; its length in *len.  NULL when none. */
const zb_place *zb_place_at(const char *s, size_t n, int short_ok, size_t *len);
/* The place whose full name or short form is s, or NULL. */
const zb_place *zb_place_named(const char *s);
/* The province of a place as a report names it: the table's for a place of
 * it, else the province its name starts with (湖南省桃源县), else NULL. */
const char *zb_place_province(const char *place);

#endif
