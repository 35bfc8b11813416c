/* docfacts_test.c - a document's place and period from opening lines
 * written for the test (titles of the genre's kinds), period words as
 * doc_period writes them, every row of the period table (keywords.h) read
 * back, and period keys in time order. */
#include "docfacts.h"
#include "keywords.h"
#include "places.h"
#include "testing.h"

#include <stdlib.h>

static zb_docfacts facts_of(const char *a, const char *b, const char *c)
{
	const char *lines[3] = {a, b, c};
	size_t lens[3], n = 0;
	for (; n < 3 && lines[n]; n++)
		lens[n] = strlen(lines[n]);
	zb_docfacts f;
	zb_docfacts_read(&f, lines, lens, n);
	return f;
}

static void opening(const char *name, const char *a, const char *b, const char *c, const char *place,
		    const char *period)
{
	zb_docfacts f = facts_of(a, b, c);
	char what[160];
	snprintf(what, sizeof what, "%s: place", name);
	CHECK_STR(what, f.place, place);
	snprintf(what, sizeof what, "%s: period", name);
	CHECK_STR(what, f.period, period);
}

/* A period as a title writes it, as doc_period writes it, its last month
 * and its span. */
struct period_case {
	const char *written, *period;
	int end_month, months;
};

static void period_case(struct period_case c)
{
	char title[96], want[64], what[160];
	snprintf(title, sizeof title, "2025年%s工作情况", c.written);
	snprintf(want, sizeof want, "2025年%s", c.period);
	zb_docfacts f = facts_of(title, NULL, NULL);
	snprintf(what, sizeof what, "period %s is %s", c.written, want);
	CHECK_STR(what, f.period, want);
	snprintf(what, sizeof what, "period %s: month %d, %d months", c.written, c.end_month, c.months);
	CHECK(what, zb_period_key(f.period) == (2025L * 100 + c.end_month) * 100 + c.months);
}

static void periods_read(void)
{
	static const struct period_case cases[] = {
		{"第一季度", "一季度", 3, 3}, {"一季度", "一季度", 3, 3}, {"1季度", "一季度", 3, 3},
		{"首季度", "一季度", 3, 3}, {"一季度末", "一季度", 3, 3}, {"第二季度", "二季度", 6, 3},
		{"二季度", "二季度", 6, 3}, {"第三季度", "三季度", 9, 3}, {"三季度", "三季度", 9, 3},
		{"3季度", "三季度", 9, 3}, {"第四季度", "四季度", 12, 3}, {"四季度", "四季度", 12, 3},
		{"上半年", "上半年", 6, 6}, {"下半年", "下半年", 12, 6}, {"前三季度", "前三季度", 9, 9},
		{"前两季度", "上半年", 6, 6}, {"全年", "", 12, 12}, {"1-6月", "上半年", 6, 6},
		{"1至3月份", "一季度", 3, 3}, {"1—9月", "前三季度", 9, 9}, {"1-12月", "", 12, 12},
		{"1—5月", "1-5月", 5, 5}, {"1～5月份", "1-5月", 5, 5}, {"1－5月", "1-5月", 5, 5},
		{"1~5月", "1-5月", 5, 5}, {"1到5月", "1-5月", 5, 5}, {"一至五月", "1-5月", 5, 5},
		{"3-5月", "3-5月", 5, 3}, {"前两个月", "1-2月", 2, 2}, {"5月份", "5月", 5, 1},
		{"十二月", "12月", 12, 1}, {"3月末", "3月", 3, 1},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
		period_case(cases[i]);
	opening("a date is no month", "2025年5月26日工作情况", NULL, NULL, "", "2025年");
	opening("nor a day of a range of days", "2025年5月26-28日工作情况", NULL, NULL, "", "2025年");
	opening("no fifth quarter", "2025年五季度工作情况", NULL, NULL, "", "2025年");
	opening("no thirteenth month, nor the 3月 inside it", "2025年1-13月工作情况", NULL, NULL, "", "2025年");
}

/* Every row of zb_kw_period whose class names months reads, in its example,
 * as a period doc_period writes and reads back as itself; a row that names
 * none gives no period. */
static void every_period_row(void)
{
	const zb_kw_index *periods = zb_kw_index_of(&zb_kw_period);
	CHECK("the period index builds", periods);
	if (!periods)
		return;
	int rows = 1;
	for (size_t r = 0; r < zb_kw_period.nrows; r++) {
		const zb_keyword *row = &zb_kw_period.rows[r];
		if (zb_kw_at(periods, row->example, strlen(row->example)).row != row)
			continue;   /* an example that shows its row in a context (比年初) */
		char title[160];
		snprintf(title, sizeof title, "2025年%s工作情况", row->example);
		zb_docfacts f = facts_of(title, NULL, NULL);
		zb_docfacts again = facts_of(f.period, NULL, NULL);
		int names = row->cls != ZB_PERIOD_SPAN, year_only = strcmp(f.period, "2025年") == 0;
		int ok = names ? (year_only == (row->cls == ZB_PERIOD_YEAR)) && strcmp(again.period, f.period) == 0 &&
				     zb_period_key(f.period) % 10000 != 9999
			       : year_only;
		if (!ok) {
			printf("period row %s (%s): got '%s', read back '%s'\n", row->word, row->example, f.period,
			       again.period);
			rows = 0;
		}
	}
	CHECK("every period row reads as the months its class names, or as none", rows);
}

int main(void)
{
	CHECK("the places load", zb_places_load() == 0);
	opening("a province's work report reviews the year before", "2026年河南省政府工作报告",
		"——2026年1月26日在河南省第十四届人民代表大会第四次会议上", NULL, "河南省", "2025年");
	opening("a work report without a year in its title: the meeting's, less one", "政府工作报告",
		"——2025年1月10日在鹤壁市第十一届人民代表大会第四次会议上", "鹤壁市市长 某某", "鹤壁市", "2024年");
	opening("a quarter of a city", "2017年一季度大庆市经济运行情况", "大庆市统计局", NULL, "大庆市", "2017年一季度");
	opening("第一季度 is 一季度", "2025年第一季度全市经济运行分析", "岳阳市统计局", NULL, "岳阳市", "2025年一季度");
	opening("a department's half year: the city it names", "鹤壁市文联2025年上半年工作总结", NULL, NULL, "鹤壁市",
		"2025年上半年");
	opening("months 1-5", "2024年1—5月全市经济运行简况", "株洲市统计局", NULL, "株洲市", "2024年1-5月");
	opening("months 1-6 are 上半年", "2024年1-6月份全市主要经济指标", "衡阳市统计局", NULL, "衡阳市", "2024年上半年");
	opening("a statistics bulletin", "常德市2024年国民经济和社会发展统计公报", NULL, NULL, "常德市", "2024年");
	opening("a short form in the title", "大庆经济运行开局良好", "一季度全市实现地区生产总值626.9亿元", NULL, "大庆市",
		"一季度");
	opening("a province then a city: the city", "河南省鹤壁市2025年上半年经济运行情况", NULL, NULL, "鹤壁市",
		"2025年上半年");
	opening("a city then its county: the county", "岳阳市平江县2025年政府工作报告", NULL, NULL, "平江县", "2024年");
	opening("a county not in the table, by its shape", "2026年桃源县政府工作报告", "——2026年1月8日", NULL, "桃源县",
		"2025年");
	opening("a town by its shape", "石门镇2025年工作总结", NULL, NULL, "石门镇", "2025年");
	opening("a common noun ending like a place is none (产业园区, 示范区)", "2026年产业园区工作要点",
		"2025年示范区建设情况", NULL, "", "2026年");
	opening("全市 and 全县 name no place", "2025年前三季度全市经济运行情况", "全县上下", NULL, "", "2025年前三季度");
	opening("a date is no month period", "关于2025年工作的报告", "2026年1月26日", NULL, "", "2025年");
	opening("nothing said", "各位代表：", "现在，我代表市人民政府作报告。", NULL, "", "");
	opening("a year in Chinese digits", "二〇二五年上半年工作总结", "宜昌市人民政府", NULL, "宜昌市", "2025年上半年");

	periods_read();
	every_period_row();
	for (const zb_doc_kind *k = zb_doc_kinds; k->word; k++)
		CHECK("every document kind has an example", k->example && *k->example);

	const char *order[] = {"一季度", "2024年", "2025年一季度", "2025年3-5月", "2025年1-5月", "2025年二季度",
			       "2025年上半年", "2025年三季度", "2025年前三季度", "2025年四季度", "2025年下半年", "2025年",
			       "2025年某时"};
	int sorted = 1;
	for (size_t i = 1; i < sizeof order / sizeof *order; i++)
		if (zb_period_key(order[i - 1]) >= zb_period_key(order[i])) {
			printf("%s (%ld) sorts after %s (%ld)\n", order[i - 1], zb_period_key(order[i - 1]), order[i],
			       zb_period_key(order[i]));
			sorted = 0;
		}
	CHECK("period keys sort in time, a period not understood last", sorted);
	CHECK("上半年 and 1-6月 are one period", zb_period_key("2025年上半年") == zb_period_key("2025年1-6月"));
	return TEST_EXIT();
}
