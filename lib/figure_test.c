/* figure_test.c - the figure grammar: finding a figure in running text, and
 * reading back the number and unit_text columns zb-extract writes of it. */
#include "figure.h"
#include "testing.h"

#include <stdio.h>
#include <string.h>

static zb_kw_index *marks;

/* The figure at the first digit of text as "kind mention [number|qualifier|magnitude|unit]",
 * "-" when the number there makes none, "" when no number starts there. */
static const char *figure_of(const char *text, const char *digits, int quoted)
{
	static char buf[256];
	size_t at = (size_t)(strstr(text, digits) - text);
	zb_figure_where w = {marks, 0, quoted, NULL};
	zb_figure f;
	size_t end = zb_figure_at(text, strlen(text), at, &w, &f);
#define P(p) (int)(p).len, text + (p).off
	if (!end)
		return "";
	if (!f.mention.len)
		return "-";
	snprintf(buf, sizeof buf, "%s %.*s [%.*s|%.*s|%.*s|%.*s]", zb_kinds[f.kind].name, P(f.mention), P(f.number),
		 P(f.qualifier), P(f.magnitude), P(f.unit));
#undef P
	return buf;
}

static void finding(void)
{
	static const struct { const char *text, *at, *want; int quoted; } cases[] = {
		{"调解矛盾4500余件", "4500", "number 4500余件 [4500|余||件]", 0},
		{"争取资金约6.07亿元", "6.07", "number 约6.07亿元 [6.07|约|亿|元]", 0},
		{"服务71万余人次", "71", "number 71万余人次 [71|余|万|人次]", 0},
		{"同比增长-3.4%", "3.4", "number -3.4% [-3.4|||%]", 0},
		{"1-9月", "9", "date 9月 [9|||月]", 0},
		{"增速2.2%左右", "2.2", "number 2.2%左右 [2.2|左右||%]", 0},
		{"差距比1.23：1", "1.23", "number 1.23：1 [1.23：1|||]", 0},
		{"约1/3的村", "1", "number 约1/3 [1/3|约||]", 0},
		{"2/3以上", "2", "number 2/3以上 [2/3|以上||]", 0},
		{"2023/5/1", "2023", "number 2023 [2023|||]", 0},
		{"价格2800元/吨", "2800", "number 2800元/吨 [2800|||元/吨]", 0},
		{"1至5月份", "1", "period 1至5月份 [1至5|||月份]", 0},
		{"2023年", "2023", "date 2023年 [2023|||年]", 0},
		{"连续8年", "8", "number 8年 [8|||年]", 0},
		{"第三届", "三", "edition 三届 [三|||届]", 0},
		{"二期工程", "二", "edition 二期 [二|||期]", 0},
		{"两期工程", "两", "number 两期 [两|||期]", 0},
		{"五个一工程", "五", "name 五个 [五|||个]", 0},
		{"建成5G基站", "5", "name 5 [5|||]", 0},
		{"1＋N体系", "1", "name 1 [1|||]", 0},
		{"“123工程”", "123", "name 123 [123|||]", 1},
		{"二十大", "二十", "-", 0},
		{"一批项目", "一", "-", 0},
		{"增长一倍", "一", "number 一倍 [一|||倍]", 0},
		{"万家灯火", "万", "-", 0},
		{"上百家企业", "百", "number 上百家 [百|上||家]", 0},
		{"八届二次全会", "二", "-", 0},
		{"节能3万吨标煤", "3", "number 3万吨标煤 [3||万|吨标煤]", 0},
		{"装机1.6亿千瓦", "1.6", "number 1.6亿千瓦 [1.6||亿|千瓦]", 0},
		{"七分之二的企业", "七", "number 七分之二 [七分之二|||]", 0},
		{"增长", "增", "", 0},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char name[200];
		snprintf(name, sizeof name, "figure in %s", cases[i].text);
		CHECK_STR(name, figure_of(cases[i].text, cases[i].at, cases[i].quoted), cases[i].want);
	}
}

static void next(void)
{
	const char *s = "5G基站为10.3万名低保人员发放1,234亿元";
	zb_figure_where w = {marks, 0, 0, NULL};
	zb_figure f;
	int found = zb_figure_next(s, strlen(s), 0, &w, &f);
	CHECK("next: skips the name 5G, finds 10.3万名",
	      found && f.number.off == strlen("5G基站为") && f.mention.len == strlen("10.3万名"));
	found = zb_figure_next(s, strlen(s), f.mention.off + f.mention.len, &w, &f);
	CHECK("next: 1,234亿元 is one figure", found && f.mention.len == strlen("1,234亿元"));
	CHECK("next: none after the last", !zb_figure_next(s, strlen(s), f.mention.off + f.mention.len, &w, &f));
	CHECK("next: Chinese numerals are not looked for", !zb_figure_next("三千五百名", strlen("三千五百名"), 0, &w, &f));
}

static void reading(void)
{
	static const struct { const char *s; int ok; long double value; enum zb_num_form form; int ratio; } numbers[] = {
		{"4500", 1, 4500, ZB_NUM_ARABIC, 0},
		{"-3.4", 1, -3.4L, ZB_NUM_ARABIC, 0},
		{"－0.5", 1, -0.5L, ZB_NUM_ARABIC, 0},
		{"三千五百", 1, 3500, ZB_NUM_CHINESE, 0},
		{"百分之三十", 1, 30, ZB_NUM_PERCENT, 0},
		{"1/4", 1, 0.25L, ZB_NUM_FRACTION, 0},
		{"1.23：1", 1, 1.23L, ZB_NUM_ARABIC, 1},
		{"87:9:4", 1, 87, ZB_NUM_ARABIC, 1},
		{"1至5", 0, 0, 0, 0},
		{"-三", 0, 0, 0, 0},
		{"1/0", 0, 0, 0, 0},
		{"abc", 0, 0, 0, 0},
	};
	for (size_t i = 0; i < sizeof numbers / sizeof *numbers; i++) {
		zb_number v;
		int ok = zb_number_read(numbers[i].s, strlen(numbers[i].s), &v) == 0;
		long double d = ok ? v.value - numbers[i].value : 0;
		char name[120];
		snprintf(name, sizeof name, "number column %s", numbers[i].s);
		CHECK(name, ok == numbers[i].ok && (!ok || (d < 1e-9L && d > -1e-9L && v.form == numbers[i].form &&
							    v.ratio == numbers[i].ratio)));
	}
	static const struct { const char *s; long double factor; const char *unit, *per; int other; } units[] = {
		{"亿元", 1e8L, "元", "", 0},
		{"万亿元", 1e12L, "元", "", 0},
		{"个百分点", 1, "个百分点", "", 0},
		{"万千瓦", 1e4L, "千瓦", "", 0},
		{"万元/亩", 1e4L, "元", "亩", 0},
		{"吨标准煤/万元", 1, "吨标准煤", "万元", 0},
		{"万", 1e4L, NULL, "", 0},
		{"", 1, NULL, "", 0},
		{"亿元亿", 1e8L, NULL, "", 1},
		{"公斤每天", 1, NULL, "", 1},
	};
	for (size_t i = 0; i < sizeof units / sizeof *units; i++) {
		zb_unit_text u;
		zb_unit_text_read(units[i].s, strlen(units[i].s), &u);
		char name[120];
		snprintf(name, sizeof name, "unit_text column '%s'", units[i].s);
		CHECK(name, u.factor == units[i].factor && u.other == units[i].other &&
		      (u.unit ? units[i].unit && !strcmp(u.unit->surface, units[i].unit) : !units[i].unit) &&
		      u.per.len == strlen(units[i].per) && !memcmp(units[i].s + u.per.off, units[i].per, u.per.len));
	}
}

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	marks = zb_kw_index_new(&zb_kw_name_mark);
	CHECK("name-mark index built", marks != NULL);
	if (!marks)
		return 1;
	finding();
	next();
	reading();
	zb_kw_index_free(marks);
	return TEST_EXIT();
}
