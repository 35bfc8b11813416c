/* numeral_test.c - the numeral parser on text written for the test.
 *
 * Each row: the text, the part zb_num_scan takes ("" when it is not a
 * number), the value as zb_num_format writes it, the form. */
#include "numeral.h"
#include "testing.h"

#include <math.h>
#include <stdlib.h>

#define A ZB_NUM_ARABIC
#define C ZB_NUM_CHINESE
#define M ZB_NUM_MAGNITUDE
#define F ZB_NUM_FRACTION
#define P ZB_NUM_PERCENT

static const struct {
	const char *text, *taken, *value;
	enum zb_num_form form;
} cases[] = {
	/* Arabic, ASCII and full-width */
	{"4500余件", "4500", "4500", A},
	{"0", "0", "0", A},
	{"007个", "007", "7", A},
	{"12.6%", "12.6", "12.6", A},
	{"6.07亿元", "6.07", "6.07", A},
	{"3.5万家", "3.5", "3.5", A},
	{"0.05", "0.05", "0.05", A},
	{"１２３", "１２３", "123", A},
	{"１２．５％", "１２．５", "12.5", A},
	{"１２.５", "１２.５", "12.5", A},
	{"2023年", "2023", "2023", A},
	/* thousands separators: a comma before exactly three digits */
	{"1,234.5万元", "1,234.5", "1234.5", A},
	{"12,345,678元", "12,345,678", "12345678", A},
	{"1,23", "1", "1", A},
	{"1,2345", "1", "1", A},
	{"3,5", "3", "3", A},
	{"1,234,", "1,234", "1234", A},
	/* a point not followed by a digit ends the number */
	{"5.", "5", "5", A},
	{"5.亿", "5", "5", A},
	{"1.2.3", "1.2", "1.2", A},
	{"1.23：1", "1.23", "1.23", A},
	{"2.5个百分点", "2.5", "2.5", A},
	/* Chinese digits */
	{"一", "一", "1", C},
	{"二", "二", "2", C},
	{"三", "三", "3", C},
	{"四", "四", "4", C},
	{"五", "五", "5", C},
	{"六", "六", "6", C},
	{"七", "七", "7", C},
	{"八", "八", "8", C},
	{"九", "九", "9", C},
	{"两个", "两", "2", C},
	{"〇", "〇", "0", C},
	{"零", "零", "0", C},
	/* with magnitudes */
	{"十", "十", "10", M},
	{"十二个", "十二", "12", C},
	{"二十", "二十", "20", C},
	{"二十二、", "二十二", "22", C},
	{"一百二十人", "一百二十", "120", C},
	{"一百零五", "一百零五", "105", C},
	{"三千五百名", "三千五百", "3500", C},
	{"一千零一", "一千零一", "1001", C},
	{"两千", "两千", "2000", C},
	{"一万", "一万", "10000", C},
	{"两万", "两万", "20000", C},
	{"十二万", "十二万", "120000", C},
	{"五十万", "五十万", "500000", C},
	{"三千五百万", "三千五百万", "35000000", C},
	{"一亿", "一亿", "100000000", C},
	{"一亿二千万", "一亿二千万", "120000000", C},
	/* digit by digit: years */
	{"二〇二三年", "二〇二三", "2023", C},
	{"一九九八年", "一九九八", "1998", C},
	{"二〇〇八", "二〇〇八", "2008", C},
	/* a decimal part */
	{"三点五", "三点五", "3.5", C},
	{"零点五", "零点五", "0.5", C},
	{"两点", "两", "2", C},
	/* bare magnitudes: the unit owns 万 after Arabic digits, alone it is a number */
	{"百", "百", "100", M},
	{"千人", "千", "1000", M},
	{"百万", "百万", "1000000", M},
	{"千亿", "千亿", "100000000000", M},
	{"万亿", "万亿", "1000000000000", M},
	{"亿亿", "亿亿", "10000000000000000", M},
	/* fractions and percentages */
	{"七分之二", "七分之二", "0.285714", F},
	{"十分之一", "十分之一", "0.1", F},
	{"三分之一", "三分之一", "0.333333", F},
	{"四分之三", "四分之三", "0.75", F},
	{"百分之三十", "百分之三十", "30", P},
	{"百分之十二点五", "百分之十二点五", "12.5", P},
	{"百分之12.5", "百分之12.5", "12.5", P},
	{"百分之百", "百分之百", "100", P},
	{"零分之三", "零", "0", C},          /* no zero denominator */
	/* not numbers */
	{"", "", NULL, A},
	{"abc", "", NULL, A},
	{"点五", "", NULL, A},
	{"分之二", "", NULL, A},
	{"百分之", "", NULL, A},
	{"百分之x", "", NULL, A},
	{"，", "", NULL, A},
	{"．5", "", NULL, A},
	{"第三", "", NULL, A},
};

static const struct {
	long double v;
	const char *want;   /* NULL: not writable */
} formats[] = {
	{0, "0"}, {-0.0L, "0"}, {2.5L, "2.5"}, {2.50L, "2.5"}, {100, "100"},
	{0.1234567L, "0.123457"}, {0.0000004L, "0"}, {-3.25L, "-3.25"},
	{607000000, "607000000"}, {1e20L, "100000000000000000000"},
	{10.36L * 1e2L * 1e8L * 1e8L, "10360000000000000000"}, {-2.5e19L, "-25000000000000000000"},
	{123456789012345678901.0L, "123456789012345679000"},
	{1e30L, NULL}, {-1e30L, NULL}, {INFINITY, NULL}, {-INFINITY, NULL}, {NAN, NULL},
};

static void check_scan(const char *text, const char *taken, const char *value, enum zb_num_form form)
{
	char name[200], buf[64];
	zb_num num;
	size_t k = zb_num_scan(text, strlen(text), &num);
	if (!value) {
		snprintf(name, sizeof name, "'%s' is not a number", text);
		CHECK(name, k == 0);
		return;
	}
	snprintf(name, sizeof name, "'%s' scans '%s'", text, taken);
	CHECK(name, k == strlen(taken));
	snprintf(name, sizeof name, "'%s' value", text);
	CHECK_STR(name, zb_num_format(num.value, buf, sizeof buf), value);
	snprintf(name, sizeof name, "'%s' form %d", text, (int)form);
	CHECK(name, num.form == form);
}

/* Every numeral word is found in its example, where it starts. */
static void numeral_words(void)
{
	int bad = 0;
	for (size_t i = 0; i < zb_nnumeral_words; i++) {
		const char *ex = zb_numeral_words[i].example, *at = strstr(ex, zb_numeral_words[i].surface);
		bad += !at || zb_numeral_word_at(at, strlen(at)) < strlen(zb_numeral_words[i].surface);
	}
	CHECK("numeral words: each found in its example", bad == 0);
}

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	numeral_words();
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		check_scan(cases[i].text, cases[i].taken, cases[i].value, cases[i].form);

	/* Scanning stops at n: a number cut by the buffer end. */
	zb_num num;
	CHECK("n bounds the scan", zb_num_scan("12345", 3, &num) == 3 && num.value == 123);
	CHECK("n cuts a full-width digit", zb_num_scan("１２", 4, &num) == 3 && num.value == 1);
	CHECK("n cuts 百分之: 百 alone", zb_num_scan("百分之三十", 6, &num) == 3 && num.form == M);
	CHECK("integer flag", zb_num_scan("12", 2, &num) && num.integer &&
	      zb_num_scan("1.5", 3, &num) && !num.integer);
	CHECK("significant digits", zb_num_scan("0.050", 5, &num) && num.digits == 2);

	/* 400 digits: scanned whole, too large to write. */
	char big[420], buf[64];
	memset(big, '9', 400);
	strcpy(big + 400, "元");
	CHECK("400 digits scanned", zb_num_scan(big, strlen(big), &num) == 400);
	CHECK("400 digits not formatted", zb_num_format(num.value, buf, sizeof buf) == NULL);
	/* 6000 digits overflow long double: no crash, inf refused by the formatter */
	char *huge = malloc(6001);
	memset(huge, '9', 6000);
	huge[6000] = '\0';
	CHECK("6000 digits scanned", zb_num_scan(huge, 6000, &num) == 6000);
	CHECK("6000 digits not formatted", zb_num_format(num.value, buf, sizeof buf) == NULL);
	huge[0] = '0';
	huge[1] = '.';
	CHECK("6000 decimals", zb_num_scan(huge, 6000, &num) == 6000 && isfinite(num.value));
	free(huge);

	for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++) {
		char name[80];
		const char *got = zb_num_format(formats[i].v, buf, sizeof buf);
		snprintf(name, sizeof name, "format %Lg", formats[i].v);
		if (formats[i].want)
			CHECK_STR(name, got, formats[i].want);
		else
			CHECK(name, got == NULL);
	}
	CHECK("format into a small buffer fails", zb_num_format(123456789, buf, 5) == NULL);

	CHECK("cn digit 两", zb_cn_digit(0x4E24) == 2);
	CHECK("cn digit 〇", zb_cn_digit(0x3007) == 0);
	CHECK("cn digit of a non-digit", zb_cn_digit('1') == -1 && zb_cn_digit(0x5341) == -1);
	CHECK("cn magnitude 亿", zb_cn_magnitude(0x4EBF) == 1e8L);
	CHECK("cn magnitude of a digit", zb_cn_magnitude(0x4E00) == 0);
	CHECK("starts: 1 ９ 十 〇", zb_num_starts('1') && zb_num_starts(0xFF19) && zb_num_starts(0x5341) &&
	      zb_num_starts(0x3007));
	CHECK("starts: not 第 点 a", !zb_num_starts(0x7B2C) && !zb_num_starts(0x70B9) && !zb_num_starts('a'));
	return TEST_EXIT();
}
