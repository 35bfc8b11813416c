/* docfacts_test.c - a document's place and period from opening lines
 * written for the test (titles of the genre's kinds), every period word
 * read back as itself, and period keys in time order. */
#include "docfacts.h"
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

	int words = 1;
	for (const zb_period_word *w = zb_period_words; w->word; w++) {
		char title[64];
		snprintf(title, sizeof title, "2025年%s工作情况", w->word);
		zb_docfacts f = facts_of(title, NULL, NULL);
		char want[64];
		snprintf(want, sizeof want, "2025年%s", w->canonical);
		if (strcmp(f.period, want) != 0 || !w->example || !*w->example) {
			printf("period word %s: got '%s', want '%s'\n", w->word, f.period, want);
			words = 0;
		}
	}
	CHECK("every period word reads as its canonical form, and has an example", words);
	for (const zb_doc_kind *k = zb_doc_kinds; k->word; k++)
		CHECK("every document kind has an example", k->example && *k->example);

	const char *order[] = {"一季度", "2024年", "2025年一季度", "2025年1-5月", "2025年二季度", "2025年上半年",
			       "2025年三季度", "2025年前三季度", "2025年四季度", "2025年", "2025年某时"};
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
