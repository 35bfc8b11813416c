/* numeral.h - numbers as Chinese reports write them.
 *
 * Arabic digits (ASCII or full-width) with thousands separators and a
 * decimal point; Chinese numerals (一 两 十二 一百二十 三千五百 二〇二三
 * 三点五); fractions (七分之二) and 百分之三十.  Magnitude words written
 * after Arabic digits (3.5万, 1.8亿) are not part of the number: they belong
 * to the unit (see units.h), so that 6.07亿元 reads as 6.07 + 亿元. */
#ifndef ZB_NUMERAL_H
#define ZB_NUMERAL_H

#include <stddef.h>
#include <stdint.h>

enum zb_num_form {
	ZB_NUM_ARABIC,     /* 4500, 1,234.5, ４５ */
	ZB_NUM_CHINESE,    /* 三千五百, 两, 十二万 */
	ZB_NUM_MAGNITUDE,  /* a bare magnitude: 万, 百万, 千亿 (= 1e4, 1e6, 1e11) */
	ZB_NUM_FRACTION,   /* 七分之二: value is the quotient */
	ZB_NUM_PERCENT     /* 百分之三十: value is 30 */
};

typedef struct {
	long double value;
	enum zb_num_form form;
	int digits;        /* significant digits written (Arabic), numeral characters (Chinese) */
	int integer;       /* no decimal part written */
} zb_num;

/* Scan the number starting at s.  Returns the bytes it takes, 0 when s does
 * not start with a number. */
size_t zb_num_scan(const char *s, size_t n, zb_num *out);

/* Value of a Chinese digit character (零〇一二两三四五六七八九), or -1. */
int zb_cn_digit(uint32_t cp);
/* Multiplier of a Chinese magnitude character (十百千万亿), or 0. */
long double zb_cn_magnitude(uint32_t cp);
/* True for a character that can start a number. */
int zb_num_starts(uint32_t cp);

/* Words that begin with a numeral but count nothing (三次产业, 一次性):
 * the table, and the length of the one starting s, or 0. */
typedef struct {
	const char *surface;   /* first, for wordtable.h */
	const char *example;
} zb_numeral_word;
extern const zb_numeral_word zb_numeral_words[];
extern const size_t zb_nnumeral_words;
size_t zb_numeral_word_at(const char *s, size_t n);

/* The length of the minus sign (- － −) at s, or 0.  zb-extract takes one
 * into a number (增长-3.4%) only where no digit stands before it (1-9月). */
size_t zb_minus_sign_at(const char *s, size_t n);

/* The length of the slash (/ ／) at s, or 0: 1/3, 2800元/吨. */
size_t zb_slash_at(const char *s, size_t n);

/* Format v as a plain decimal: no exponent, at most 6 decimals, trailing
 * zeros trimmed.  Returns buf, or NULL when v is not finite or too large to
 * write in size bytes. */
char *zb_num_format(long double v, char *buf, size_t size);

#endif
