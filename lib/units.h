/* units.h - what follows a number: magnitudes, units and measure words,
 * qualifiers.  All of it is data in units.c; add a row there to teach every
 * stage a new unit. */
#ifndef ZB_UNITS_H
#define ZB_UNITS_H

#include <stddef.h>

/* What a unit says about the number before it. */
enum zb_unit_kind {
	ZB_UK_METRIC,   /* a quantity: 亿元, 吨, 件 */
	ZB_UK_DATE,     /* a calendar point: 月 (5月), 日, 号 */
	ZB_UK_YEAR,     /* 年: a date when the number is a year (2023年), else a duration */
	ZB_UK_PERIOD,   /* 月份, 年度, 季度 */
	ZB_UK_EDITION   /* 届: an edition, never a metric */
};

/* What a Chinese numeral before the unit makes of it (an Arabic number
 * always counts): most units count, a few make words. */
enum zb_cn_rule {
	ZB_CN_COUNTS,       /* 三千五百名 */
	ZB_CN_NAME,         /* 二十大, 七大专项: names of congresses and programmes */
	ZB_CN_PHASE,        /* 二期工程: a phase, an ordinal (两期 still counts) */
	ZB_CN_SLOGAN_YI,    /* 五个一工程: N个一 is a slogan */
	ZB_CN_ONE_COUNTS    /* 一倍, 一个百分点: counts even after a lone 一 (一批 does not) */
};

typedef struct {
	const char *surface;   /* as written: 亿元 is 亿 (magnitude) + 元 (this row) */
	const char *unit;      /* GUIDE vocabulary: CNY percent pp ... count; or outside it */
	double factor;         /* to the base unit: 斤 -> t is 0.0005 */
	enum zb_unit_kind kind;
	int measure;           /* a measure word: unit count, measure column = surface */
	enum zb_cn_rule cn;    /* after a Chinese numeral */
} zb_unit;

extern const zb_unit zb_units[];
extern const size_t zb_nunits;

/* Longest unit row whose surface starts s, or NULL. */
const zb_unit *zb_unit_match(const char *s, size_t n);
/* The row whose surface is exactly s[0..n), or NULL. */
const zb_unit *zb_unit_find(const char *s, size_t n);

/* Magnitude words written after a number: 万 亿 千 百. */
typedef struct {
	const char *surface;
	long double factor;
} zb_magnitude;
extern const zb_magnitude zb_magnitudes[];
extern const size_t zb_nmagnitudes;

/* Words that make a bare 亿 money when they come before it in the clause:
 * 固定资产投资突破60亿 is 60亿元 (the 元 left out in headlines). */
int zb_money_context(const char *text, size_t n);
typedef struct {
	const char *surface;
	const char *example;
} zb_money_word;
extern const zb_money_word zb_money_words[];
extern const size_t zb_nmoney_words;

/* Magnitude words written after a number: 万 亿 千 百.  Returns the bytes of
 * the magnitude word at s (0 if none) and its factor. */
size_t zb_magnitude_match(const char *s, size_t n, long double *factor);

/* Bounds, as the GUIDE names them. */
enum zb_bound { ZB_EXACT, ZB_APPROX, ZB_LOWER, ZB_UPPER };
extern const char *const zb_bound_names[];

/* Where a qualifier stands. */
enum zb_qual_place {
	ZB_QUAL_BEFORE,       /* 超过 55% */
	ZB_QUAL_AFTER_NUMBER, /* 4500 余 件 */
	ZB_QUAL_AFTER_UNIT,   /* 2.2% 左右 */
	ZB_QUAL_BEFORE_MAGNITUDE  /* 上 百家: only before a bare 百 千 万 */
};

typedef struct {
	const char *surface;
	enum zb_qual_place place;
	enum zb_bound bound;
} zb_qualifier;

extern const zb_qualifier zb_qualifiers[];
extern const size_t zb_nqualifiers;

/* Longest qualifier of the given place starting at s (or, for
 * ZB_QUAL_BEFORE, ending at s + n: pass the text before the number). */
const zb_qualifier *zb_qualifier_at(const char *s, size_t n, enum zb_qual_place place);
const zb_qualifier *zb_qualifier_before(const char *text, size_t end, enum zb_qual_place place);
/* The bound a qualifier surface stands for (ZB_EXACT when unknown). */
enum zb_bound zb_qualifier_bound(const char *s, size_t n);

#endif
