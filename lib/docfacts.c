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

const zb_period_word zb_period_words[] = {
	{"第一季度", "一季度", 3, 3, "2025年第一季度经济运行情况"},
	{"一季度", "一季度", 3, 3, "一季度全市实现地区生产总值626.9亿元"},
	{"1季度", "一季度", 3, 3, "2025年1季度全市经济运行"},
	{"首季度", "一季度", 3, 3, "首季度经济运行开局良好"},
	{"第二季度", "二季度", 6, 3, "2025年第二季度"},
	{"二季度", "二季度", 6, 3, "二季度全市经济"},
	{"上半年", "上半年", 6, 6, "2025年上半年工作总结"},
	{"前三季度", "前三季度", 9, 9, "2025年前三季度全市经济运行情况"},
	{"第三季度", "三季度", 9, 3, "2025年第三季度"},
	{"三季度", "三季度", 9, 3, "三季度全市经济"},
	{"第四季度", "四季度", 12, 3, "2025年第四季度"},
	{"四季度", "四季度", 12, 3, "四季度全市经济"},
	{"下半年", "下半年", 12, 6, "2025年下半年工作总结"},
	{"全年", "", 12, 12, "2025年全年经济运行情况"},
	{NULL, NULL, 0, 0, NULL}
};

const zb_doc_kind zb_doc_kinds[] = {
	{"工作报告", -1, "2026年河南省政府工作报告 reviews 2025年"},
	{NULL, 0, NULL}
};

/* The last character of a date or period a title puts before its place
 * (2026年桃源县, 一季度平江县): a name starts after it, never with it. */
static const char *const date_ends[] = {"年", "月", "度", NULL};

/* A period found in the text. */
struct period {
	char canonical[32];
	int end_month, months;
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

/* A number of ASCII or full-width digits at s[i] (1-12 for a month). */
static int month_number(const char *s, size_t n, size_t *i)
{
	int v = 0, digits = 0;
	size_t k;
	uint32_t c;
	while ((c = cp_at(s, n, *i, &k)) && zb_is_digit(c) && digits < 3) {
		v = v * 10 + digit_value(c);
		*i += k;
		digits++;
	}
	return digits && v >= 1 && v <= 12 ? v : 0;
}

/* Bytes of w standing at s[i], or 0. */
static int word_at(const char *s, size_t n, size_t i, const char *w)
{
	return i <= n ? (int)zb_prefix(s + i, n - i, w) : 0;
}

/* Months written with numbers at s[i]: 1-5月 (1—5月, 1～5月, 1至5月), or one
 * month, 5月, when no day follows (1月26日 is a date). */
static size_t months_at(const char *s, size_t n, size_t i, struct period *p)
{
	static const char *const joiners[] = {"-", "—", "－", "～", "~", "至", "到", NULL};
	size_t j = i;
	int first = month_number(s, n, &j), last = 0;
	if (!first)
		return 0;
	for (int w = 0; joiners[w] && !last; w++) {
		int k = word_at(s, n, j, joiners[w]);
		size_t after = j + (size_t)k;
		if (k && (last = month_number(s, n, &after)))
			j = after;
	}
	int k = word_at(s, n, j, "月");
	if (!k)
		return 0;
	j += (size_t)k;
	j += (size_t)word_at(s, n, j, "份");
	if (last) {
		if (first != 1 || last < first)
			return 0;
		for (const zb_period_word *pw = zb_period_words; pw->word; pw++)   /* 1-6月 is 上半年 */
			if (pw->months == last && pw->end_month == last) {
				snprintf(p->canonical, sizeof p->canonical, "%s", pw->canonical);
				p->end_month = p->months = last;
				return j - i;
			}
		snprintf(p->canonical, sizeof p->canonical, "1-%d月", last);
		p->end_month = p->months = last;
		return j - i;
	}
	size_t kk;
	if (digit_value(cp_at(s, n, j, &kk)) >= 0)
		return 0;
	snprintf(p->canonical, sizeof p->canonical, "%d月", first);
	p->end_month = first;
	p->months = 1;
	return j - i;
}

/* A period word or months at s[i]; its length, or 0. */
static size_t period_at(const char *s, size_t n, size_t i, struct period *p)
{
	const zb_period_word *best = NULL;
	size_t best_len = 0;
	for (const zb_period_word *pw = zb_period_words; pw->word; pw++) {
		size_t k = (size_t)word_at(s, n, i, pw->word);
		if (k > best_len) {
			best = pw;
			best_len = k;
		}
	}
	if (best) {
		snprintf(p->canonical, sizeof p->canonical, "%s", best->canonical);
		p->end_month = best->end_month;
		p->months = best->months;
		return best_len;
	}
	return months_at(s, n, i, p);
}

static int clause_start(const char *s, size_t i)
{
	static const uint32_t opens[] = {ZB_CH_FW_COMMA, ZB_CH_IDEO_FULL_STOP, ZB_CH_FW_SEMICOLON, ZB_CH_FW_COLON,
					 0x3001 /* 、 */, 0xFF09 /* ） */};
	uint32_t c = zb_utf8_before(s, i);
	if (i == 0 || zb_is_blank(c))
		return 1;
	for (size_t k = 0; k < sizeof opens / sizeof *opens; k++)
		if (c == opens[k])
			return 1;
	return 0;
}

/* The first period word of a line (anywhere, or only opening a clause). */
static int find_period(const char *s, size_t n, int at_clause_start, struct period *p)
{
	size_t k;
	for (size_t i = 0; i < n; i += k) {
		cp_at(s, n, i, &k);
		if ((!at_clause_start || clause_start(s, i)) && period_at(s, n, i, p))
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
	struct period p = {"", 0, 0};
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
	if (year)
		snprintf(f->period, sizeof f->period, "%d年%s", year, has_period ? p.canonical : "");
	else if (has_period)
		snprintf(f->period, sizeof f->period, "%s", p.canonical);
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
	if (rn) {
		struct period p = {"", 0, 0};
		size_t k = period_at(rest, rn, 0, &p);
		if (k == rn) {
			end = p.end_month;
			months = p.months;
		} else {
			end = months = 99;
		}
	}
	return ((long)year * 100 + end) * 100 + months;
}
