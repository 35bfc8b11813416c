/* units_test.c - the vocabulary tables of units.c and claims.c.
 *
 * Every row of every table is walked: non-empty, known vocabulary, and its
 * surface round-trips through the lookup to the same row.  Then longest
 * match on text written for the test, magnitudes, qualifiers with bounds,
 * scope and rank words. */
#include "claims.h"
#include "units.h"
#include "testing.h"

#include <stdlib.h>

static int in_list(const char *s, const char *const *list)
{
	for (size_t i = 0; list[i]; i++)
		if (strcmp(s, list[i]) == 0)
			return 1;
	return 0;
}

static void walk_units(void)
{
	static const char *const vocab[] = {
		"CNY", "USD", "EUR", "percent", "pp", "times", "permille", "kW", "kWh", "t", "tce",
		"mu", "m2", "km", "m3", "tkm", "pkm", "year", "month", "day", "week", "hour", "minute", "age",
		"count", "date", "period", "ordinal", NULL,
	};
	int empty = 0, unknown = 0, trip = 0, longest = 0, dup = 0, factor = 0, measure = 0;
	for (size_t i = 0; i < zb_nunits; i++) {
		const zb_unit *u = &zb_units[i];
		size_t l = u->surface ? strlen(u->surface) : 0;
		if (!l || !u->unit || !u->unit[0]) {
			empty++;
			continue;
		}
		if (!in_list(u->unit, vocab)) {
			printf("unknown unit '%s' for '%s'\n", u->unit, u->surface);
			unknown++;
		}
		if (!(u->factor > 0))
			factor++;
		if (u->measure && (strcmp(u->unit, "count") || u->kind != ZB_UK_METRIC))
			measure++;
		if (zb_unit_find(u->surface, l) != u)
			trip++;
		if (zb_unit_match(u->surface, l) != u) {
			printf("'%s' does not match its own row\n", u->surface);
			longest++;
		}
		for (size_t j = i + 1; j < zb_nunits; j++)
			if (strcmp(u->surface, zb_units[j].surface) == 0)
				dup++;
	}
	CHECK("units: no empty row", empty == 0);
	CHECK("units: unit in the known vocabulary (README plus USD EUR kWh m3 ...)", unknown == 0);
	CHECK("units: factor > 0", factor == 0);
	CHECK("units: measure words are counts", measure == 0);
	CHECK("units: surface -> zb_unit_find -> same row", trip == 0);
	CHECK("units: surface -> zb_unit_match -> same row", longest == 0);
	CHECK("units: surfaces unique", dup == 0);
	CHECK("units: a prefix of a surface is not found", zb_unit_find("个百分", strlen("个百分")) == NULL);
	CHECK("units: nothing in empty text", zb_unit_match("", 0) == NULL && zb_unit_find("", 0) == NULL);
}

static void walk_qualifiers(void)
{
	int empty = 0, trip = 0, bound = 0;
	for (size_t i = 0; i < zb_nqualifiers; i++) {
		const zb_qualifier *q = &zb_qualifiers[i];
		size_t l = q->surface ? strlen(q->surface) : 0;
		if (!l) {
			empty++;
			continue;
		}
		const zb_qualifier *got = q->place == ZB_QUAL_BEFORE
			? zb_qualifier_before(q->surface, l, q->place)
			: zb_qualifier_at(q->surface, l, q->place);
		if (got != q) {
			printf("qualifier '%s' does not find its own row\n", q->surface);
			trip++;
		}
		if (zb_qualifier_bound(q->surface, l) != q->bound || q->bound > ZB_UPPER ||
		    !zb_bound_names[q->bound])
			bound++;
	}
	CHECK("qualifiers: no empty row", empty == 0);
	CHECK("qualifiers: surface -> lookup -> same row", trip == 0);
	CHECK("qualifiers: surface -> bound", bound == 0);
	CHECK_STR("bound names", zb_bound_names[ZB_EXACT], "exact");
	CHECK("unknown qualifier is exact", zb_qualifier_bound("很多", strlen("很多")) == ZB_EXACT);
}

static void walk_claims(void)
{
	static const char *const scopes[] = {"province", "nation", "city", "region", "world", "other", NULL};
	int empty = 0, trip = 0, cat = 0, example = 0;
	for (size_t i = 0; i < zb_nscope_words; i++) {
		const zb_scope_word *w = &zb_scope_words[i];
		size_t l = w->surface ? strlen(w->surface) : 0;
		if (!l || !w->example || !w->example[0]) {
			empty++;
			continue;
		}
		if (zb_scope_at(w->surface, l) != w)
			trip++;
		if (!in_list(w->scope, scopes) || strcmp(zb_scope_of(w->surface, l), w->scope))
			cat++;
		if (!strstr(w->example, w->surface))
			example++;
	}
	CHECK("scope words: no empty row", empty == 0);
	CHECK("scope words: surface -> zb_scope_at -> same row", trip == 0);
	CHECK("scope words: scope category known", cat == 0);
	CHECK("scope words: example uses the word", example == 0);
	CHECK_STR("unknown scope is other", zb_scope_of("本地", strlen("本地")), "other");

	empty = trip = cat = 0;
	for (size_t i = 0; i < zb_nrank_words; i++) {
		const zb_rank_word *w = &zb_rank_words[i];
		size_t l = w->surface ? strlen(w->surface) : 0;
		if (!l || !w->value) {
			empty++;
			continue;
		}
		if (zb_rank_word_at(w->surface, l) != w)
			trip++;
		if ((unsigned)w->kind >= ZB_NKINDS || !zb_kinds[w->kind].claim ||
		    (w->takes_number && w->value[0]) || (!w->takes_number && w->kind != ZB_CLAIM_TOP && !w->value[0]))
			cat++;
	}
	CHECK("rank words: no empty row", empty == 0);
	CHECK("rank words: surface -> zb_rank_word_at -> same row", trip == 0);
	CHECK("rank words: value fixed unless a number follows", cat == 0);

	empty = trip = 0;
	for (size_t i = 0; zb_claim_leads[i]; i++) {
		size_t l = strlen(zb_claim_leads[i]);
		empty += l == 0;
		trip += zb_claim_lead_before(zb_claim_leads[i], l) != l;
	}
	CHECK("claim leads: non-empty, each found before its end", empty == 0 && trip == 0);
	empty = trip = 0;
	for (size_t i = 0; zb_ordinal_nouns[i]; i++) {
		size_t l = strlen(zb_ordinal_nouns[i]);
		empty += l == 0;
		trip += zb_ordinal_noun_at(zb_ordinal_nouns[i], l) != l;
	}
	CHECK("ordinal nouns: non-empty, each found", empty == 0 && trip == 0);
}

/* Longest match on text: what zb_unit_match takes from the front. */
static const struct {
	const char *text, *surface;  /* surface NULL: no unit */
	const char *unit;
} matches[] = {
	{"元", "元", "CNY"}, {"元钱", "元", "CNY"}, {"美元", "美元", "USD"},
	{"千瓦", "千瓦", "kW"}, {"千瓦时", "千瓦时", "kWh"}, {"兆瓦", "兆瓦", "kW"},
	{"吨标煤", "吨标煤", "tce"}, {"吨标准煤", "吨标准煤", "tce"}, {"吨钢", "吨", "t"},
	{"吨公里", "吨公里", "tkm"}, {"人公里", "人公里", "pkm"},
	{"斤", "斤", "t"}, {"公斤", "公斤", "t"}, {"公顷", "公顷", "m2"}, {"公里", "公里", "km"},
	{"平方米", "平方米", "m2"}, {"平方公里", "平方公里", "m2"}, {"亩", "亩", "mu"},
	{"人次", "人次", "count"}, {"人", "人", "count"}, {"户次", "户次", "count"},
	{"户", "户", "count"}, {"个百分点", "个百分点", "pp"}, {"百分点", "百分点", "pp"},
	{"个月", "个月", "month"}, {"个", "个", "count"}, {"倍", "倍", "times"},
	{"件", "件", "count"}, {"名", "名", "count"}, {"家", "家", "count"}, {"处", "处", "count"},
	{"辆", "辆", "count"}, {"场", "场", "count"}, {"场次", "场次", "count"}, {"项", "项", "count"},
	{"%", "%", "percent"}, {"％", "％", "percent"}, {"月份", "月份", "period"}, {"月", "月", "date"},
	{"年度", "年度", "period"}, {"年", "年", "year"}, {"届", "届", "ordinal"},
	{"期间", NULL, NULL}, {"期限", NULL, NULL}, {"期", "期", "count"}, {"个人", "个", "count"},
	{"万元", NULL, NULL}, {"亿", NULL, NULL}, {"企业", NULL, NULL}, {"", NULL, NULL},
};

/* unit_text as zb-normalize reads it: magnitude words, then a unit row. */
static const struct {
	const char *unit_text, *unit;
	double factor;
} composed[] = {
	{"亿元", "CNY", 1e8}, {"万元", "CNY", 1e4}, {"万亿元", "CNY", 1e12}, {"亿亿元", "CNY", 1e16},
	{"万千瓦", "kW", 1e4}, {"亿千瓦时", "kWh", 1e8}, {"万吨标煤", "tce", 1e4}, {"亿斤", "t", 5e4},
	{"亿吨公里", "tkm", 1e8}, {"亿人公里", "pkm", 1e8},
	{"万亩", "mu", 1e4}, {"万公顷", "m2", 1e8}, {"万平方米", "m2", 1e4}, {"千米", "km", 1},
	{"万人次", "count", 1e4}, {"百万人", "count", 1e6}, {"千人", "count", 1e3}, {"万户", "count", 1e4},
};

static void check_matches(void)
{
	char name[160];
	for (size_t i = 0; i < sizeof matches / sizeof matches[0]; i++) {
		const zb_unit *u = zb_unit_match(matches[i].text, strlen(matches[i].text));
		snprintf(name, sizeof name, "unit match '%s' -> '%s'", matches[i].text,
			 matches[i].surface ? matches[i].surface : "(none)");
		if (!matches[i].surface)
			CHECK(name, u == NULL);
		else
			CHECK(name, u && !strcmp(u->surface, matches[i].surface) && !strcmp(u->unit, matches[i].unit));
	}
	for (size_t i = 0; i < sizeof composed / sizeof composed[0]; i++) {
		const char *s = composed[i].unit_text;
		size_t n = strlen(s), j = 0, ml;
		long double f = 1, m;
		while ((ml = zb_magnitude_match(s + j, n - j, &m)) > 0 && !zb_unit_find(s + j, n - j)) {
			f *= m;
			j += ml;
		}
		const zb_unit *u = zb_unit_find(s + j, n - j);
		if (u)
			f *= u->factor;
		snprintf(name, sizeof name, "unit_text '%s' = %g %s", s, composed[i].factor, composed[i].unit);
		long double want = composed[i].factor;
		CHECK(name, u && !strcmp(u->unit, composed[i].unit) && f > want * 0.999999L && f < want * 1.000001L);
	}
	long double m;
	CHECK("magnitude 万", zb_magnitude_match("万元", strlen("万元"), &m) == 3 && m == 1e4L);
	CHECK("magnitude 亿", zb_magnitude_match("亿", 3, &m) == 3 && m == 1e8L);
	CHECK("magnitude 千 百", zb_magnitude_match("千", 3, &m) == 3 && m == 1e3L &&
	      zb_magnitude_match("百", 3, &m) == 3 && m == 1e2L);
	CHECK("no magnitude in 元", zb_magnitude_match("元", 3, &m) == 0);
	CHECK("magnitude cut by n", zb_magnitude_match("万", 2, &m) == 0);
}

static void check_qualifiers(void)
{
	static const struct {
		const char *before;          /* text ending with a qualifier before the number */
		const char *want;
		enum zb_bound bound;
	} before[] = {
		{"超", "超", ZB_LOWER}, {"超过", "超过", ZB_LOWER}, {"已超过", "超过", ZB_LOWER},
		{"近", "近", ZB_UPPER}, {"将近", "将近", ZB_UPPER}, {"约", "约", ZB_APPROX},
		{"大约", "大约", ZB_APPROX}, {"逾", "逾", ZB_LOWER}, {"突破", "突破", ZB_LOWER},
		{"不足", "不足", ZB_UPPER}, {"达", NULL, ZB_EXACT}, {"", NULL, ZB_EXACT},
	};
	static const struct {
		const char *after;
		enum zb_qual_place place;
		const char *want;
		enum zb_bound bound;
	} after[] = {
		{"余件", ZB_QUAL_AFTER_NUMBER, "余", ZB_LOWER}, {"多人", ZB_QUAL_AFTER_NUMBER, "多", ZB_LOWER},
		{"左右。", ZB_QUAL_AFTER_UNIT, "左右", ZB_APPROX}, {"以上", ZB_QUAL_AFTER_UNIT, "以上", ZB_LOWER},
		{"以内", ZB_QUAL_AFTER_UNIT, "以内", ZB_UPPER}, {"以下", ZB_QUAL_AFTER_UNIT, "以下", ZB_UPPER},
		{"上下", ZB_QUAL_AFTER_UNIT, "上下", ZB_APPROX}, {"左", ZB_QUAL_AFTER_UNIT, NULL, ZB_EXACT},
		{"余件", ZB_QUAL_AFTER_UNIT, NULL, ZB_EXACT}, {"左右", ZB_QUAL_AFTER_NUMBER, NULL, ZB_EXACT},
	};
	char name[120];
	for (size_t i = 0; i < sizeof before / sizeof before[0]; i++) {
		const zb_qualifier *q = zb_qualifier_before(before[i].before, strlen(before[i].before), ZB_QUAL_BEFORE);
		snprintf(name, sizeof name, "qualifier before a number in '%s'", before[i].before);
		if (before[i].want)
			CHECK(name, q && !strcmp(q->surface, before[i].want) && q->bound == before[i].bound);
		else
			CHECK(name, q == NULL);
	}
	for (size_t i = 0; i < sizeof after / sizeof after[0]; i++) {
		const zb_qualifier *q = zb_qualifier_at(after[i].after, strlen(after[i].after), after[i].place);
		snprintf(name, sizeof name, "qualifier at '%s' place %d", after[i].after, (int)after[i].place);
		if (after[i].want)
			CHECK(name, q && !strcmp(q->surface, after[i].want) && q->bound == after[i].bound);
		else
			CHECK(name, q == NULL);
	}
}

static void check_claim_words(void)
{
	static const struct {
		const char *text, *scope_word, *scope;
	} scopes[] = {
		{"全省第3位", "全省", "province"}, {"全省各地市首位", "全省各地市", "province"},
		{"全国唯一", "全国", "nation"}, {"中部地区首位", "中部地区", "region"},
		{"中部第2", "中部", "region"}, {"全市首家", "全市", "city"}, {"全球首台", "全球", "world"},
		{"省委", NULL, NULL},
	};
	static const struct {
		const char *text, *word;
		enum zb_claim_kind kind;
		int takes_number;
	} ranks[] = {
		{"第3位", "第", ZB_CLAIM_RANK, 1}, {"第一个", "第一个", ZB_CLAIM_FIRST, 0},
		{"首位", "首位", ZB_CLAIM_RANK, 0}, {"最多", "最多", ZB_CLAIM_RANK, 0},
		{"唯一", "唯一", ZB_CLAIM_FIRST, 0}, {"首家", "首家", ZB_CLAIM_FIRST, 0},
		{"率先", "率先", ZB_CLAIM_FIRST, 0}, {"前五", "前", ZB_CLAIM_TOP, 1},
		{"前列", "前列", ZB_CLAIM_TOP, 0}, {"领先", "领先", ZB_CLAIM_TOP, 0},
		{"首都", NULL, 0, 0}, {"第", "第", ZB_CLAIM_RANK, 1},
	};
	char name[120];
	for (size_t i = 0; i < sizeof scopes / sizeof scopes[0]; i++) {
		const zb_scope_word *w = zb_scope_at(scopes[i].text, strlen(scopes[i].text));
		snprintf(name, sizeof name, "scope word in '%s'", scopes[i].text);
		if (scopes[i].scope_word)
			CHECK(name, w && !strcmp(w->surface, scopes[i].scope_word) && !strcmp(w->scope, scopes[i].scope));
		else
			CHECK(name, w == NULL);
	}
	for (size_t i = 0; i < sizeof ranks / sizeof ranks[0]; i++) {
		const zb_rank_word *w = zb_rank_word_at(ranks[i].text, strlen(ranks[i].text));
		snprintf(name, sizeof name, "rank word in '%s'", ranks[i].text);
		if (ranks[i].word)
			CHECK(name, w && !strcmp(w->surface, ranks[i].word) && w->kind == ranks[i].kind &&
			      w->takes_number == ranks[i].takes_number);
		else
			CHECK(name, w == NULL);
	}
	CHECK("lead 均居 before 全省", zb_claim_lead_before("均居全省", strlen("均居")) == strlen("均居"));
	CHECK("lead 居 alone", zb_claim_lead_before("仍居", strlen("仍居")) == strlen("居"));
	CHECK("no lead", zb_claim_lead_before("达到", strlen("达到")) == 0);
	CHECK("ordinal noun 届", zb_ordinal_noun_at("届会员", strlen("届会员")) == strlen("届"));
	CHECK("ordinal noun 阶段", zb_ordinal_noun_at("阶段", strlen("阶段")) == strlen("阶段"));
	CHECK("not an ordinal noun: 名", zb_ordinal_noun_at("名", strlen("名")) == 0);
}

/* Every money word makes its example money; the words that start like a unit
 * are none. */
static void money_and_not_units(void)
{
	int bad = 0;
	for (size_t i = 0; i < zb_nmoney_words; i++) {
		const char *ex = zb_money_words[i].example;
		bad += !strstr(ex, zb_money_words[i].surface) || !zb_money_context(ex, strlen(ex));
	}
	CHECK("money words: each in its example, which speaks of money", bad == 0);
	CHECK("not a unit: 期间 of 双11期间", zb_unit_match("期间", strlen("期间")) == NULL);
	CHECK("not a unit: 期限 of 3年期限", zb_unit_match("期限", strlen("期限")) == NULL);
	CHECK("期 alone is a measure word", zb_unit_match("期工程", strlen("期工程")) != NULL);
}

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	money_and_not_units();
	walk_units();
	walk_qualifiers();
	walk_claims();
	check_matches();
	check_qualifiers();
	check_claim_words();
	return TEST_EXIT();
}
