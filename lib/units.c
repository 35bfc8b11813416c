/* units.c - the unit, magnitude and qualifier tables (see units.h). */
#include "units.h"
#include "cpset.h"
#include "utf8.h"
#include "wordtable.h"

#include <stdint.h>
#include <string.h>

#define M(s, u, f) {s, u, f, ZB_UK_METRIC, 0, ZB_CN_COUNTS}
#define W(s) {s, "count", 1, ZB_UK_METRIC, 1, ZB_CN_COUNTS}   /* measure word */
#define W_CN(s, rule) {s, "count", 1, ZB_UK_METRIC, 1, rule}
#define M_ONE(s, u, f) {s, u, f, ZB_UK_METRIC, 0, ZB_CN_ONE_COUNTS}   /* 一倍 counts */

const zb_unit zb_units[] = {
	/* money */
	M("元", "CNY", 1), M("美元", "USD", 1), M("欧元", "EUR", 1),
	/* rates */
	M("%", "percent", 1), M("％", "percent", 1), M_ONE("个百分点", "pp", 1), M_ONE("百分点", "pp", 1),
	M_ONE("倍", "times", 1), M("‰", "permille", 1), M_ONE("成", "percent", 10),
	/* power and energy */
	M("千瓦", "kW", 1), M("兆瓦", "kW", 1e3), M("吉瓦", "kW", 1e6), M("瓦", "kW", 1e-3),
	M("千瓦时", "kWh", 1), M("度电", "kWh", 1),
	M("吨标煤", "tce", 1), M("吨标准煤", "tce", 1),
	/* mass */
	M("吨", "t", 1), M("公斤", "t", 1e-3), M("千克", "t", 1e-3), M("斤", "t", 5e-4),
	/* area and length */
	M("亩", "mu", 1), M("平方米", "m2", 1), M("平米", "m2", 1), M("公顷", "m2", 1e4),
	M("平方公里", "m2", 1e6), M("平方千米", "m2", 1e6),
	M("公里", "km", 1), M("千米", "km", 1), M("米", "km", 1e-3),
	M("立方米", "m3", 1),
	/* freight and passenger turnover: not tonnes, not people */
	M("吨公里", "tkm", 1), M("人公里", "pkm", 1),
	/* time */
	{"年", "year", 1, ZB_UK_YEAR, 0, ZB_CN_COUNTS}, M_ONE("个月", "month", 1), M_ONE("个多月", "month", 1),
	M("天", "day", 1), M("个工作日", "day", 1), M("工作日", "day", 1), M("周", "week", 1),
	M("个星期", "week", 1), M("小时", "hour", 1), M("个小时", "hour", 1), M("分钟", "minute", 1),
	M("岁", "age", 1), M("周岁", "age", 1),
	{"月", "date", 1, ZB_UK_DATE, 0, ZB_CN_COUNTS}, {"日", "date", 1, ZB_UK_DATE, 0, ZB_CN_COUNTS}, {"号", "date", 1, ZB_UK_DATE, 0, ZB_CN_COUNTS},
	{"月份", "period", 1, ZB_UK_PERIOD, 0, ZB_CN_COUNTS}, {"月末", "date", 1, ZB_UK_DATE, 0, ZB_CN_COUNTS},
	{"月底", "date", 1, ZB_UK_DATE, 0, ZB_CN_COUNTS}, {"年度", "period", 1, ZB_UK_PERIOD, 0, ZB_CN_COUNTS},
	{"季度", "period", 1, ZB_UK_PERIOD, 0, ZB_CN_COUNTS}, {"届", "ordinal", 1, ZB_UK_EDITION, 0, ZB_CN_COUNTS},
	/* measure words: unit count, the word kept as the measure */
	W_CN("个", ZB_CN_SLOGAN_YI), W("件"), W("户"), W("名"), W("人"), W("家"), W("处"), W("辆"), W("场"), W("项"),
	W("篇"), W("所"), W("座"), W("枚"), W_CN("期", ZB_CN_PHASE), W("条"), W("人次"), W("户次"), W("次"),
	W("起"), W("批"), W("宗"), W("套"), W("台"), W("支"), W("只"), W("头"), W("位"), W("份"),
	W("张"), W("部"), W("本"), W("册"), W("种"), W("类"), W("株"), W("棵"), W("间"), W("栋"),
	W("幢"), W("艘"), W("架"), W("列"), W("对"), W("组"), W("轮"), W("笔"), W("场次"),
	W("家次"), W("个次"), W("辆次"), W("架次"), W("班次"), W("门"), W("所次"), W("例"),
	W("批次"), W("剂次"), W("标箱"), W("剂"), W("车次"), W("航次"), W("台次"), W("趟"), W("趟次"),
	W("块"), W("片"), W("段"), W("道"), W("盏"), W("口"), W("眼"), W("床"), W("部门"),
	/* 7大产业集群: a count with no measure word (the guide's X大Y) */
	{"大", "count", 1, ZB_UK_METRIC, 0, ZB_CN_NAME},
};
#undef M
#undef W
#undef W_CN
#undef M_ONE

const size_t zb_nunits = sizeof zb_units / sizeof zb_units[0];

static int prefix(const char *s, size_t n, const char *w, size_t *len)
{
	return (*len = zb_prefix(s, n, w)) > 0;
}

/* Words that start with a unit but are none: 双11期间 is no 11 期.  (个人
 * and 名单 are not here: 5个人参加, 3名单位负责人.) */
static const struct not_unit {
	const char *surface;   /* first, for wordtable.h */
	const char *example;
} not_units[] = {{"期间", "双11期间"}, {"期限", "3年期限"}};

const zb_unit *zb_unit_match(const char *s, size_t n)
{
	static zb_word_slot slots[sizeof zb_units / sizeof zb_units[0]];
	static zb_word_index ix = ZB_WORD_INDEX(zb_units, slots);
	static zb_word_slot not_slots[sizeof not_units / sizeof not_units[0]];
	static zb_word_index not_ix = ZB_WORD_INDEX(not_units, not_slots);
	const zb_unit *u = zb_word_longest(&ix, s, n);
	return u && zb_word_longest(&not_ix, s, n) ? NULL : u;
}

const zb_unit *zb_unit_find(const char *s, size_t n)
{
	/* The longest row starting s[0..n) is the one equal to it, if any
	 * (surfaces are unique: units_test checks). */
	const zb_unit *u = zb_unit_match(s, n);
	return u && strlen(u->surface) == n ? u : NULL;
}

const zb_money_word zb_money_words[] = {
	{"投资", "固定资产投资突破60亿"}, {"资金", "争取资金6亿"}, {"收入", "财政收入12亿"},
	{"产值", "工业产值超百亿"}, {"总额", "进出口总额15亿"}, {"增加值", "工业增加值80亿"},
	{"销售额", "网络销售额3亿"}, {"营收", "营收突破10亿"}, {"利润", "实现利润2亿"},
	{"税收", "税收收入5亿"}, {"贷款", "发放贷款20亿"}, {"存款", "存款余额300亿"},
	{"余额", "贷款余额150亿"}, {"消费", "拉动消费1亿"}, {"零售额", "网络零售额80亿"},
	{"出口", "出口额突破40亿"}, {"进口", "进口12亿"}, {"金额", "签约金额50亿"},
	{"经费", "研发经费4亿"}, {"补贴", "发放补贴1.2亿"}, {"补助", "补助资金3亿"},
	{"债券", "发行债券20亿"}, {"融资", "融资8亿"}, {"基金", "设立基金10亿"},
	{"生产总值", "地区生产总值626.9亿"}, {"GDP", "GDP突破千亿"}, {"财政", "财政投入2亿"},
	{"预算", "预算安排5亿"}, {"支出", "民生支出30亿"}, {"交易额", "交易额超百亿"},
	{"成交额", "成交额6亿"}, {"营业额", "营业额2亿"},
};
const size_t zb_nmoney_words = sizeof zb_money_words / sizeof zb_money_words[0];

int zb_money_context(const char *text, size_t n)
{
	for (size_t at = 0; at < n; at++)
		for (size_t i = 0; i < zb_nmoney_words; i++)
			if (zb_prefix(text + at, n - at, zb_money_words[i].surface))
				return 1;
	return 0;
}

const zb_magnitude zb_magnitudes[] = {
	{"万", 1e4L}, {"亿", 1e8L}, {"千", 1e3L}, {"百", 1e2L},
};
const size_t zb_nmagnitudes = sizeof zb_magnitudes / sizeof zb_magnitudes[0];

size_t zb_magnitude_match(const char *s, size_t n, long double *factor)
{
	size_t l;
	for (size_t i = 0; i < zb_nmagnitudes; i++)
		if (prefix(s, n, zb_magnitudes[i].surface, &l)) {
			*factor = zb_magnitudes[i].factor;
			return l;
		}
	return 0;
}

const char *const zb_bound_names[] = {
	[ZB_EXACT] = "exact", [ZB_APPROX] = "approx", [ZB_LOWER] = "lower", [ZB_UPPER] = "upper",
};

const zb_qualifier zb_qualifiers[] = {
	{"超过", ZB_QUAL_BEFORE, ZB_LOWER}, {"超", ZB_QUAL_BEFORE, ZB_LOWER},
	{"逾", ZB_QUAL_BEFORE, ZB_LOWER}, {"突破", ZB_QUAL_BEFORE, ZB_LOWER},
	{"多达", ZB_QUAL_BEFORE, ZB_LOWER}, {"高达", ZB_QUAL_BEFORE, ZB_LOWER},
	{"近", ZB_QUAL_BEFORE, ZB_UPPER}, {"将近", ZB_QUAL_BEFORE, ZB_UPPER},
	{"接近", ZB_QUAL_BEFORE, ZB_UPPER}, {"不足", ZB_QUAL_BEFORE, ZB_UPPER},
	{"不到", ZB_QUAL_BEFORE, ZB_UPPER}, {"约", ZB_QUAL_BEFORE, ZB_APPROX},
	{"大约", ZB_QUAL_BEFORE, ZB_APPROX},
	{"余", ZB_QUAL_AFTER_NUMBER, ZB_LOWER}, {"多", ZB_QUAL_AFTER_NUMBER, ZB_LOWER},
	{"左右", ZB_QUAL_AFTER_UNIT, ZB_APPROX}, {"上下", ZB_QUAL_AFTER_UNIT, ZB_APPROX},
	{"以上", ZB_QUAL_AFTER_UNIT, ZB_LOWER}, {"之多", ZB_QUAL_AFTER_UNIT, ZB_LOWER},
	{"以内", ZB_QUAL_AFTER_UNIT, ZB_UPPER}, {"以下", ZB_QUAL_AFTER_UNIT, ZB_UPPER},
	{"上", ZB_QUAL_BEFORE_MAGNITUDE, ZB_LOWER},
};

const size_t zb_nqualifiers = sizeof zb_qualifiers / sizeof zb_qualifiers[0];

/* The first and the last character of every qualifier, a bit per code
 * point, and each one's length: these run before and after every number,
 * and most characters there start or end none. */
static struct {
	unsigned char first[ZB_CPSET_BYTES], last[ZB_CPSET_BYTES];
	size_t len[sizeof zb_qualifiers / sizeof zb_qualifiers[0]];
	int made;
} qualifier_ends;

/* Could a qualifier start (end) with cp?  Yes above U+FFFF, not in the sets. */
static int may_be(const unsigned char *set, uint32_t cp)
{
	return cp >= 0x10000 || zb_cpset_has(set, cp);
}

static void make_qualifier_ends(void)
{
	for (size_t i = 0; i < zb_nqualifiers; i++) {
		const char *w = zb_qualifiers[i].surface;
		size_t len = strlen(w), last = zb_utf8_prev(w, len);
		uint32_t cp;
		qualifier_ends.len[i] = len;
		if (zb_utf8_decode((const unsigned char *)w, len, &cp))
			zb_cpset_add(qualifier_ends.first, cp);
		if (zb_utf8_decode((const unsigned char *)w + last, len - last, &cp))
			zb_cpset_add(qualifier_ends.last, cp);
	}
	qualifier_ends.made = 1;
}

const zb_qualifier *zb_qualifier_at(const char *s, size_t n, enum zb_qual_place place)
{
	const zb_qualifier *best = NULL;
	size_t best_len = 0, l;
	uint32_t cp = 0;
	if (!qualifier_ends.made)
		make_qualifier_ends();
	if (!zb_utf8_decode((const unsigned char *)s, n, &cp) || !may_be(qualifier_ends.first, cp))
		return NULL;
	for (size_t i = 0; i < zb_nqualifiers; i++)
		if (zb_qualifiers[i].place == place && prefix(s, n, zb_qualifiers[i].surface, &l) && l > best_len) {
			best = &zb_qualifiers[i];
			best_len = l;
		}
	return best;
}

const zb_qualifier *zb_qualifier_before(const char *text, size_t end, enum zb_qual_place place)
{
	const zb_qualifier *best = NULL;
	size_t best_len = 0;
	uint32_t cp = 0;
	if (end == 0)
		return NULL;
	if (!qualifier_ends.made)
		make_qualifier_ends();
	size_t last = zb_utf8_prev(text, end);
	if (zb_utf8_decode((const unsigned char *)text + last, end - last, &cp) != end - last ||
	    !may_be(qualifier_ends.last, cp))
		return NULL;
	for (size_t i = 0; i < zb_nqualifiers; i++) {
		const char *w = zb_qualifiers[i].surface;
		size_t l = qualifier_ends.len[i];
		if (zb_qualifiers[i].place == place && l <= end && l > best_len && memcmp(text + end - l, w, l) == 0) {
			best = &zb_qualifiers[i];
			best_len = l;
		}
	}
	return best;
}

enum zb_bound zb_qualifier_bound(const char *s, size_t n)
{
	for (size_t i = 0; i < zb_nqualifiers && n > 0; i++)
		if (strncmp(zb_qualifiers[i].surface, s, n) == 0 && zb_qualifiers[i].surface[n] == '\0')
			return zb_qualifiers[i].bound;
	return ZB_EXACT;
}
