/* docfacts.c - a document's place and period from its opening lines (see
 * docfacts.h). */
#include "docfacts.h"
#include "chars.h"
#include "keywords.h"
#include "numeral.h"
#include "places.h"
#include "utf8.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const zb_doc_kind zb_doc_kinds[] = {
	{"工作报告", -1, "2026年河南省政府工作报告 reviews 2025年"},
	{NULL, 0, NULL}
};

/* The last character of a date or period a title puts before its place
 * (2026年桃源县, 一季度平江县): a name starts after it, never with it. */
static const char *const date_ends[] = {"年", "月", "度", NULL};

/* A period found in the text: months first to last of a year. */
struct period {
	int first, last;
};

static uint32_t cp_at(const char *s, size_t n, size_t i, size_t *k) { return zb_utf8_at(s, n, i, k); }

/* 0-9, full-width digits, and the Chinese digits of a year (二〇二五). */
static int digit_value(uint32_t c)
{
	if (c >= '0' && c <= '9')
		return (int)(c - '0');
	if (c >= ZB_CH_FW_DIGIT_ZERO && c <= ZB_CH_FW_DIGIT_NINE)
		return (int)(c - ZB_CH_FW_DIGIT_ZERO);
	return c == ZB_CH_LIANG ? -1 : zb_cn_digit(c);   /* 两 writes no year */
}

/* A year at s[i]: four digits and 年 (1949-2100).  Its length in *len. */
static int year_at(const char *s, size_t n, size_t i, size_t *len)
{
	int year = 0;
	size_t j = i, k;
	for (int d = 0; d < 4; d++) {
		int v = digit_value(cp_at(s, n, j, &k));
		if (v < 0 || k == 0)
			return 0;
		year = year * 10 + v;
		j += k;
	}
	if (digit_value(cp_at(s, n, j, &k)) >= 0 || strncmp(s + j, "年", strlen("年")) != 0 ||
	    (i > 0 && digit_value(zb_utf8_before(s, i)) >= 0) || year < 1949 || year > 2100)
		return 0;
	*len = j + strlen("年") - i;
	return year;
}

/* Bytes of w standing at s[i], or 0. */
static int word_at(const char *s, size_t n, size_t i, const char *w)
{
	return i <= n ? (int)zb_prefix(s + i, n - i, w) : 0;
}

/* A number a period row took as a month or a quarter (1-12), or -1. */
static int month_or_quarter(long v) { return v >= 1 && v <= 12 ? (int)v : -1; }

/* The months a row of zb_kw_period names by its class, its numbers read
 * from its match s[0..len); 0 when it names none. */
static int months_of(const zb_keyword *row, const char *s, size_t len, struct period *p)
{
	long num[2] = {-1, -1};
	zb_kw_numbers(row->word, s, len, num, 2);
	int a = month_or_quarter(num[0]), b = month_or_quarter(num[1]);
	struct period m = {a, a};
	switch (row->cls) {
	case ZB_PERIOD_MONTH: break;
	case ZB_PERIOD_MONTHS: m.last = b; break;
	case ZB_PERIOD_FIRST_MONTHS: m.first = 1; break;
	case ZB_PERIOD_QUARTER: m = (struct period){3 * a - 2, 3 * a}; break;
	case ZB_PERIOD_FIRST_QUARTERS: m = (struct period){1, 3 * a}; break;
	case ZB_PERIOD_FIRST_QUARTER: m = (struct period){1, 3}; break;
	case ZB_PERIOD_FIRST_HALF: m = (struct period){1, 6}; break;
	case ZB_PERIOD_SECOND_HALF: m = (struct period){7, 12}; break;
	case ZB_PERIOD_YEAR: m = (struct period){1, 12}; break;
	default: return 0;
	}
	if (m.first < 1 || m.first > m.last || m.last > 12)
		return 0;
	*p = m;
	return 1;
}

/* A period of zb_kw_period at s[i]; its length, or 0. */
static size_t period_at(const char *s, size_t n, size_t i, struct period *p)
{
	/* the index zb_extractor_new built already: NULL only out of memory */
	const zb_kw_index *periods = zb_kw_index_of(&zb_kw_period);
	zb_kw_hit h = periods ? zb_kw_at(periods, s + i, n - i) : (zb_kw_hit){NULL, 0, 0};
	if (!h.row || !months_of(h.row, s + i, h.len, p))
		return 0;
	size_t k;
	if (h.row->cls == ZB_PERIOD_MONTH && digit_value(cp_at(s, n, i + h.len, &k)) >= 0)
		return 0;   /* 1月26 of 1月26-28日 is a date's */
	return h.len;
}

/* How doc_period writes a period (zb_period_key reads it back): a
 * quarter, a half year or the first three quarters by its name, the whole
 * year as nothing (2025年), other months by number (1-5月, 5月). */
static void write_period(char *buf, size_t size, struct period p)
{
	static const char quarters[] = "一二三四";   /* three bytes each */
	int span = p.last - p.first + 1;
	if (span == 12)
		buf[0] = '\0';
	else if (span == 3 && p.last % 3 == 0)
		snprintf(buf, size, "%.3s季度", quarters + (p.last / 3 - 1) * 3);
	else if (span == 6 && p.last % 6 == 0)
		snprintf(buf, size, "%s", p.last == 6 ? "上半年" : "下半年");
	else if (p.first == 1 && p.last % 3 == 0)
		snprintf(buf, size, "前%.3s季度", quarters + (p.last / 3 - 1) * 3);
	else if (span == 1)
		snprintf(buf, size, "%d月", p.last);
	else
		snprintf(buf, size, "%d-%d月", p.first, p.last);
}

static int clause_start(const char *s, size_t i)
{
	static const uint32_t opens[] = {ZB_CH_FW_COMMA, ZB_CH_IDEO_FULL_STOP, ZB_CH_FW_SEMICOLON, ZB_CH_FW_COLON,
					 ZB_CH_IDEO_COMMA, ZB_CH_FW_RIGHT_PAREN};
	uint32_t c = zb_utf8_before(s, i);
	if (i == 0 || zb_is_blank(c))
		return 1;
	for (size_t k = 0; k < sizeof opens / sizeof *opens; k++)
		if (c == opens[k])
			return 1;
	return 0;
}

/* The first period word of a line (anywhere, or only opening a clause),
 * never starting inside a number (3月 of 1-13月). */
static int find_period(const char *s, size_t n, int at_clause_start, struct period *p)
{
	size_t k;
	for (size_t i = 0; i < n; i += k) {
		cp_at(s, n, i, &k);
		if ((!at_clause_start || clause_start(s, i)) && (i == 0 || digit_value(zb_utf8_before(s, i)) < 0) &&
		    period_at(s, n, i, p))
			return 1;
	}
	return 0;
}

static int find_year(const char *s, size_t n)
{
	size_t k, len;
	for (size_t i = 0; i < n; i += k) {
		cp_at(s, n, i, &k);
		int y = year_at(s, n, i, &len);
		if (y)
			return y;
	}
	return 0;
}

static int contains(const char *s, size_t n, const char *w)
{
	for (size_t i = 0; i < n; i++)
		if (zb_prefix(s + i, n - i, w))
			return 1;
	return 0;
}

static int date_end_at(const char *s, size_t n, size_t i)
{
	for (int w = 0; date_ends[w]; w++)
		if (word_at(s, n, i, date_ends[w]))
			return 1;
	return 0;
}

/* A county, district or city name at s[i] by its shape: two or three Han
 * characters and a place ending of keywords.c's place table (县, 区, 旗,
 * 市), the name not ending in one of its common nouns (城区, 园区, 各县,
 * 示范市); its length, or 0. */
static size_t county_at(const char *s, size_t n, size_t i)
{
	const zb_keyword_table *t = &zb_kw_subject_place;
	if (date_end_at(s, n, i))
		return 0;
	size_t j = i, k;
	for (int chars = 0; chars < 4; chars++) {
		const zb_keyword *end;
		size_t e = chars >= 2 ? zb_kw_prefix(t, s + j, n - j, &end) : 0;
		if (e && end->cls == ZB_PLACE_END) {
			size_t len = j + e - i;
			for (size_t r = 0; r < t->nrows; r++) {
				size_t w = strlen(t->rows[r].word);
				if (t->rows[r].cls == ZB_PLACE_NOT && w <= len && !memcmp(s + i + len - w, t->rows[r].word, w))
					return 0;
			}
			return len;
		}
		if (!zb_is_han(cp_at(s, n, j, &k)))
			return 0;
		j += k;
	}
	return 0;
}

static void set_place(zb_docfacts *f, const char *s, size_t len)
{
	if (len >= sizeof f->place)
		len = 0;
	memcpy(f->place, s, len);
	f->place[len] = '\0';
}

/* The place named at s[i] by the table, made finer by what follows it. */
static void take_place(zb_docfacts *f, const char *s, size_t n, size_t i, const zb_place *p, size_t len)
{
	size_t k;
	const zb_place *inner = zb_place_at(s + i + len, n - i - len, 0, &k);
	if (inner && strcmp(p->name, p->province) == 0 && strcmp(inner->province, p->name) == 0 && inner != p) {
		p = inner;   /* 河南省鹤壁市 */
		i += len;
		len = k;
	}
	size_t county = county_at(s, n, i + len);
	if (county && !zb_place_at(s + i + len, n - i - len, 0, &k)) {
		set_place(f, s + i + len, county);   /* 岳阳市平江县 */
		return;
	}
	snprintf(f->place, sizeof f->place, "%s", p->name);
}

static void read_place(zb_docfacts *f, const char *const *lines, const size_t *lens, size_t n)
{
	for (size_t l = 0; l < n; l++) {
		size_t k, len;
		for (size_t i = 0; i < lens[l]; i += k) {
			cp_at(lines[l], lens[l], i, &k);
			const zb_place *p = zb_place_at(lines[l] + i, lens[l] - i, l == 0, &len);
			if (p) {
				take_place(f, lines[l], lens[l], i, p, len);
				return;
			}
		}
	}
	if (n == 0)   /* the title's county or district by its shape */
		return;
	size_t k;
	for (size_t i = 0; i < lens[0]; i += k) {
		cp_at(lines[0], lens[0], i, &k);
		size_t prev = zb_utf8_prev(lines[0], i);
		if (i > 0 && zb_is_han(zb_utf8_before(lines[0], i)) && !date_end_at(lines[0], i, prev))
			continue;   /* a name starts after a non-Han character, 年 or 度 */
		size_t len = county_at(lines[0], lens[0], i);
		if (len) {
			set_place(f, lines[0] + i, len);
			return;
		}
	}
}

static void read_period(zb_docfacts *f, const char *const *lines, const size_t *lens, size_t n)
{
	const char *title = n ? lines[0] : "";
	size_t tlen = n ? lens[0] : 0;
	struct period p = {1, 12};
	int year = find_year(title, tlen);
	int has_period = find_period(title, tlen, 0, &p);
	for (const zb_doc_kind *dk = zb_doc_kinds; dk->word && !has_period; dk++)
		if (contains(title, tlen, dk->word)) {
			for (size_t l = 1; l < n && l < 3 && !year; l++)   /* ——2026年1月26日在…会议上 */
				year = find_year(lines[l], lens[l]);
			if (year)
				snprintf(f->period, sizeof f->period, "%d年", year + dk->year_shift);
			return;
		}
	for (size_t l = 1; l < n && !has_period; l++)
		has_period = find_period(lines[l], lens[l], 1, &p);
	char name[32] = "";
	if (has_period)
		write_period(name, sizeof name, p);
	if (year)
		snprintf(f->period, sizeof f->period, "%d年%s", year, name);
	else
		snprintf(f->period, sizeof f->period, "%s", name);
}

void zb_docfacts_read(zb_docfacts *f, const char *const *lines, const size_t *lens, size_t n)
{
	f->place[0] = f->period[0] = '\0';
	read_place(f, lines, lens, n);
	read_period(f, lines, lens, n);
}

long zb_period_key(const char *period)
{
	size_t n = strlen(period), len = 0;
	int year = year_at(period, n, 0, &len);
	const char *rest = period + len;
	size_t rn = n - len;
	int end = 12, months = 12;
	if (rn && !zb_kw_index_of(&zb_kw_period))
		return -1;   /* period_at would find nothing: every key 99, a wrong order */
	if (rn) {
		struct period p;
		if (period_at(rest, rn, 0, &p) == rn) {
			end = p.last;
			months = p.last - p.first + 1;
		} else {
			end = months = 99;
		}
	}
	return ((long)year * 100 + end) * 100 + months;
}
