/* numeral.c - scanning and valuing numbers (see numeral.h). */
#include "numeral.h"
#include "chars.h"
#include "digits.h"
#include "utf8.h"
#include "wordtable.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int zb_cn_digit(uint32_t cp)
{
	switch (cp) {
	case 0x96F6: /* 零 */ case 0x3007: /* 〇 */ return 0;
	case 0x4E00: /* 一 */ return 1;
	case 0x4E8C: /* 二 */ case 0x4E24: /* 两 */ return 2;
	case 0x4E09: /* 三 */ return 3;
	case 0x56DB: /* 四 */ return 4;
	case 0x4E94: /* 五 */ return 5;
	case 0x516D: /* 六 */ return 6;
	case 0x4E03: /* 七 */ return 7;
	case 0x516B: /* 八 */ return 8;
	case 0x4E5D: /* 九 */ return 9;
	}
	return -1;
}

long double zb_cn_magnitude(uint32_t cp)
{
	switch (cp) {
	case 0x5341: /* 十 */ return 10;
	case 0x767E: /* 百 */ return 100;
	case 0x5343: /* 千 */ return 1000;
	case 0x4E07: /* 万 */ return 1e4L;
	case 0x4EBF: /* 亿 */ return 1e8L;
	}
	return 0;
}

static int ascii_digit(const unsigned char *s, size_t n, size_t *len)
{
	if (n >= 1 && s[0] >= '0' && s[0] <= '9') {
		*len = 1;
		return s[0] - '0';
	}
	/* full-width ０-９: EF BC 90-99 */
	if (n >= 3 && s[0] == 0xEF && s[1] == 0xBC && s[2] >= 0x90 && s[2] <= 0x99) {
		*len = 3;
		return s[2] - 0x90;
	}
	return -1;
}

int zb_num_starts(uint32_t cp)
{
	return zb_is_digit(cp) ||
	       zb_cn_digit(cp) >= 0 || zb_cn_magnitude(cp) > 0;
}

/* Arabic digits: 1,234.56 (ASCII comma only before exactly three digits). */
static size_t scan_arabic(const unsigned char *s, size_t n, zb_num *out)
{
	size_t i = 0, k;
	int d, seen = 0, frac = 0;
	long double v = 0, scale = 1;
	out->digits = 0;
	out->integer = 1;
	for (;;) {
		if ((d = ascii_digit(s + i, n - i, &k)) >= 0) {
			if (frac) {
				scale /= 10;
				v += d * scale;
			} else {
				v = v * 10 + d;
			}
			if (d || out->digits)
				out->digits++;
			seen = 1;
			i += k;
			continue;
		}
		if (!seen)
			return 0;
		if (!frac && s[i] == ',' && i + 3 < n + 0 && i + 3 <= n - 0) {
			size_t j = i + 1, m = 0;
			while (m < 3 && j < n && s[j] >= '0' && s[j] <= '9')
				j++, m++;
			if (m == 3 && (j >= n || s[j] < '0' || s[j] > '9')) {
				i++;
				continue;
			}
		}
		/* decimal point: '.', full-width '．' (EF BC 8E) */
		size_t pl = 0;
		if (i < n && s[i] == '.')
			pl = 1;
		else if (i + 2 < n && s[i] == 0xEF && s[i + 1] == 0xBC && s[i + 2] == 0x8E)
			pl = 3;
		if (!frac && pl && ascii_digit(s + i + pl, n - i - pl, &k) >= 0) {
			frac = 1;
			out->integer = 0;
			i += pl;
			continue;
		}
		break;
	}
	out->value = v;
	out->form = ZB_NUM_ARABIC;
	return i;
}

/* Chinese numeral: 三千五百, 十二, 两, 二〇二三 (digit by digit), 三点五. */
static size_t scan_chinese(const unsigned char *s, size_t n, zb_num *out)
{
	size_t i = 0;
	long double total = 0, section = 0, digit = 0;
	int have_digit = 0, ndigit_run = 0, positional = 1, chars = 0, mags_only = 1;
	long double positional_value = 0;
	while (i < n) {
		uint32_t cp;
		size_t k = zb_utf8_decode(s + i, n - i, &cp);
		if (!k)
			break;
		int d = zb_cn_digit(cp);
		long double m = zb_cn_magnitude(cp);
		if (d >= 0) {
			if (have_digit)
				ndigit_run++;
			else
				ndigit_run = 1;
			positional_value = positional_value * 10 + d;
			digit = d;
			have_digit = 1;
			mags_only = 0;
		} else if (m > 0) {
			positional = 0;
			if (m >= 1e4L) {
				long double part = section + digit;
				if (m >= 1e8L)
					total = (total + (part ? part : (total ? 0 : 1))) * m;
				else
					total += (part ? part : 1) * m;
				section = 0;
			} else {
				section += (have_digit ? digit : 1) * m;
			}
			digit = 0;
			have_digit = 0;
		} else if (cp == ZB_CH_DIAN && chars > 0 && !mags_only) {
			/* 三点五: a decimal part, digit by digit */
			size_t j = i + k;
			long double frac = 0, scale = 1;
			int got = 0;
			while (j < n) {
				uint32_t c2;
				size_t k2 = zb_utf8_decode(s + j, n - j, &c2);
				int d2 = k2 ? zb_cn_digit(c2) : -1;
				if (d2 < 0 || c2 == ZB_CH_LIANG)
					break;
				scale /= 10;
				frac += d2 * scale;
				j += k2;
				got++;
			}
			if (!got)
				break;
			long double whole = total + section + digit;
			out->value = whole + frac;
			out->form = ZB_NUM_CHINESE;
			out->digits = chars + got;
			out->integer = 0;
			return j;
		} else {
			break;
		}
		chars++;
		i += k;
	}
	if (chars == 0)
		return 0;
	if (positional && ndigit_run >= 2)
		out->value = positional_value;
	else
		out->value = total + section + digit;
	out->form = mags_only ? ZB_NUM_MAGNITUDE : ZB_NUM_CHINESE;
	out->digits = chars;
	out->integer = 1;
	return i;
}

static int starts_with(const unsigned char *s, size_t n, const char *w)
{
	size_t l = strlen(w);
	return n >= l && memcmp(s, w, l) == 0;
}

size_t zb_num_scan(const char *str, size_t n, zb_num *out)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t k;
	memset(out, 0, sizeof *out);
	if (starts_with(s, n, "百分之")) {
		size_t l = strlen("百分之");
		k = scan_arabic(s + l, n - l, out);
		if (!k)
			k = scan_chinese(s + l, n - l, out);
		if (!k)
			return 0;
		out->form = ZB_NUM_PERCENT;
		return l + k;
	}
	if ((k = scan_arabic(s, n, out)) > 0)
		return k;
	if ((k = scan_chinese(s, n, out)) == 0)
		return 0;
	/* X分之Y */
	const char *fen = "分之";
	if ((out->form == ZB_NUM_CHINESE || out->form == ZB_NUM_MAGNITUDE) && starts_with(s + k, n - k, fen)) {
		zb_num num;
		size_t l = k + strlen(fen);
		size_t k2 = scan_chinese(s + l, n - l, &num);
		if (k2 && out->value > 0 && num.form == ZB_NUM_CHINESE) {
			out->value = num.value / out->value;
			out->form = ZB_NUM_FRACTION;
			out->integer = 0;
			return l + k2;
		}
	}
	return k;
}

size_t zb_minus_sign_at(const char *s, size_t n)
{
	static const char *const minus_signs[] = {"-", "－", "−", NULL};
	for (int m = 0; minus_signs[m]; m++)
		if (zb_prefix(s, n, minus_signs[m]))
			return strlen(minus_signs[m]);
	return 0;
}

size_t zb_slash_at(const char *s, size_t n)
{
	return zb_prefix(s, n, "/") ? 1 : zb_prefix(s, n, "／") ? strlen("／") : 0;
}

const zb_numeral_word zb_numeral_words[] = {
	{"三次产业", "三次产业结构"}, {"一二三产业", "一二三产业融合"}, {"第一产业", "第一产业增加值"},
	{"第二产业", "第二产业投资"}, {"第三产业", "第三产业占比"}, {"一次性", "一次性补助"},
	{"一揽子", "一揽子政策"}, {"一站式", "一站式服务"}, {"一把手", "一把手负责"}, {"一张网", "全省一张网"},
	{"一盘棋", "全市一盘棋"}, {"一条龙", "一条龙服务"}, {"两手抓", "两手抓两手硬"},
	{"两不愁", "两不愁三保障"}, {"三保障", "两不愁三保障"}, {"千家万户", "走进千家万户"},
	{"千方百计", "千方百计稳就业"}, {"万无一失", "确保万无一失"}, {"四面八方", "来自四面八方"},
	/* political watchwords, quoted or not: no count of anything */
	{"两个维护", "做到“两个维护”"}, {"两个确立", "深刻领悟“两个确立”"}, {"四个意识", "增强“四个意识”"},
	{"四个自信", "坚定“四个自信”"}, {"四个全面", "“四个全面”战略布局"}, {"两个责任", "落实两个责任"},
	{"两个务必", "牢记“两个务必”"}, {"三个务必", "践行“三个务必”"}, {"两个一百年", "两个一百年奋斗目标"},
	{"三个代表", "三个代表重要思想"}, {"两个毫不动摇", "坚持“两个毫不动摇”"},
	{"两个大局", "统筹两个大局"}, {"两个结合", "坚持“两个结合”"}, {"三个区分开来", "落实“三个区分开来”"},
	{"四个最严", "落实“四个最严”"}, {"四下基层", "推行“四下基层”"}, {"五位一体", "五位一体总体布局"},
	{"两个健康", "促进“两个健康”"},
};
const size_t zb_nnumeral_words = sizeof zb_numeral_words / sizeof zb_numeral_words[0];

size_t zb_numeral_word_at(const char *s, size_t n)
{
	static zb_word_slot slots[sizeof zb_numeral_words / sizeof zb_numeral_words[0]];
	static zb_word_index ix = ZB_WORD_INDEX(zb_numeral_words, slots);
	const zb_numeral_word *w = zb_word_longest(&ix, s, n);
	return w ? strlen(w->surface) : 0;
}

char *zb_num_format(long double v, char *buf, size_t size)
{
	if (!isfinite(v) || fabsl(v) >= 1e30L)
		return NULL;
	if (fabsl(v) < 1e18L && (long double)(long long)v == v) {
		/* A whole number (most values): its digits, without printf's
		 * long double conversion; the size check as for "%.6Lf". */
		char tmp[24];
		long long x = (long long)v;
		char *p = zb_digits_before(tmp + sizeof tmp, x < 0 ? 0ull - (unsigned long long)x : (unsigned long long)x);
		size_t digits = (size_t)(tmp + sizeof tmp - p);
		int neg = signbit(v) != 0;
		if (neg + digits + 7 >= size)
			return NULL;
		if (neg && x != 0)
			*--p = '-', digits++;
		memcpy(buf, p, digits);
		buf[digits] = '\0';
		return buf;
	}
	if (fabsl(v) >= 1e18L) {
		/* 18 significant digits, then zeros: what a long double holds of
		 * 10.36百亿亿次, not the noise of its last bits (…0001) */
		char e[40], *p = buf;
		snprintf(e, sizeof e, "%.17Le", fabsl(v));   /* d.ddd…e+XX */
		int exp = atoi(strchr(e, 'e') + 1);
		if ((size_t)(exp + 3) > size)
			return NULL;
		if (v < 0)
			*p++ = '-';
		for (int i = 0; i <= exp; i++)
			*p++ = i <= 17 ? e[i == 0 ? 0 : i + 1] : '0';
		*p = '\0';
		return buf;
	}
	int len = snprintf(buf, size, "%.6Lf", v);
	if (len < 0 || (size_t)len >= size)
		return NULL;
	char *dot = strchr(buf, '.');
	if (dot) {
		char *end = buf + len - 1;
		while (end > dot && *end == '0')
			*end-- = '\0';
		if (end == dot)
			*end = '\0';
	}
	if (strcmp(buf, "-0") == 0)
		strcpy(buf, "0");
	return buf;
}
