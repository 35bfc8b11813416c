/* types.h - the two vocabularies that travel between stages: the kind of a
 * mention (zb-extract's kind column) and its type (zb-classify's type
 * column).  One row per kind and per type, with every property a stage
 * reads of it and the help text --help prints; stages compare enums, and
 * names only where a CSV cell is read or written. */
#ifndef ZB_TYPES_H
#define ZB_TYPES_H

#include <stddef.h>

/* Metric types (and the non-metric types zb-classify writes). */
enum zb_type {
	ZB_TYPE_AMOUNT, ZB_TYPE_COUNT, ZB_TYPE_QUANTITY, ZB_TYPE_PERCENT, ZB_TYPE_CHANGE,
	ZB_TYPE_RATIO, ZB_TYPE_RANK, ZB_TYPE_FIRST, ZB_TYPE_TOP, ZB_TYPE_DURATION,
	ZB_TYPE_DATE, ZB_TYPE_PERIOD, ZB_TYPE_EDITION, ZB_TYPE_NAME, ZB_TYPE_OTHER,
	ZB_NTYPES,
	ZB_TYPE_BY_UNIT = -1   /* in zb_kinds: decided by the unit and the cue words */
};

typedef struct {
	const char *name;
	int metric;        /* a metric type (scored), else a non-metric one */
	int claim;         /* a rank, first or top claim: has a scope */
	int scoped;        /* a claim only with a scope word written (首批 alone is other) */
	int basis;         /* a change: has a basis (yoy, mom) */
	const char *help;
	const char *example;
} zb_type_info;

extern const zb_type_info zb_types[ZB_NTYPES];

/* The index of a type name, or -1. */
int zb_type_find(const char *name, size_t len);

/* Kinds of mention. */
enum zb_kind {
	ZB_KIND_NUMBER, ZB_KIND_RANK, ZB_KIND_FIRST, ZB_KIND_TOP,
	ZB_KIND_DATE, ZB_KIND_PERIOD, ZB_KIND_EDITION, ZB_KIND_NAME,
	ZB_NKINDS
};

typedef struct {
	const char *name;
	int claim;            /* a rank, first or top claim: found from a scope or rank word */
	int figure;           /* a figure of its own: a sentence's lead holds none */
	int lends_unit;       /* gives its unit to the list items before it (732.8万、198.4万人) */
	const char *unit;     /* zb-normalize's unit column; NULL: read from unit_text */
	int type;             /* zb-classify's type (enum zb_type), or ZB_TYPE_BY_UNIT */
	const char *help;
	const char *example;
} zb_kind_info;

extern const zb_kind_info zb_kinds[ZB_NKINDS];

/* The index of a kind name, or -1. */
int zb_kind_find(const char *name, size_t len);

#endif
