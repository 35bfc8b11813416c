/* keywords_test.c - the classify tables are complete and the matcher finds
 * what they say. */
#include "keywords.h"
#include "testing.h"

#include <stdio.h>
#include <string.h>

static char name[200];

static const char *label(const char *what, const char *word)
{
	snprintf(name, sizeof name, "%s: %s", what, word);
	return name;
}

/* The text matched by the longest row at the start of s, or "". */
static const char *at(const zb_kw_index *ix, const char *s)
{
	static char buf[64];
	zb_kw_hit h = zb_kw_at(ix, s, strlen(s));
	snprintf(buf, sizeof buf, "%.*s", (int)h.len, s);
	return buf;
}

static void tables(void)
{
	for (int i = 1; i < ZB_NSCOPES; i++) {
		CHECK(label("scope has help and example", zb_scopes[i].name), *zb_scopes[i].help && *zb_scopes[i].example);
		CHECK(label("scope name round-trips", zb_scopes[i].name),
		      zb_scope_find(zb_scopes[i].name, strlen(zb_scopes[i].name)) == i);
	}
	CHECK("unknown scope name", zb_scope_find("county", 6) == -1);

	/* The unit vocabulary of zb-normalize (README) has a rule each. */
	const char *units[] = {"CNY", "percent", "pp", "times", "ratio", "kW", "t", "tce", "mu", "m2", "km",
			       "count", "year", "month", "day", "rank", "date", "period", "ordinal", "name", "other"};
	for (size_t i = 0; i < sizeof units / sizeof *units; i++)
		CHECK(label("unit has a rule", units[i]), zb_unit_rule_find(units[i], strlen(units[i])) != NULL);
	for (size_t i = 0; i < zb_nunit_rules; i++) {
		int ok = *zb_unit_rules[i].help != '\0';
		for (int c = 0; c < ZB_NCUES; c++)
			ok &= zb_unit_rules[i].type[c] >= 0 && zb_unit_rules[i].type[c] < ZB_NTYPES;
		CHECK(label("unit rule types are valid", zb_unit_rules[i].unit), ok);
	}
	CHECK("USD is not a metric unit", zb_unit_rule_find("USD", 3) == NULL);
	/* Every unit zb-normalize gives a kind has a rule. */
	for (int i = 0; i < ZB_NKINDS; i++)
		if (zb_kinds[i].unit)
			CHECK(label("kind's unit has a rule", zb_kinds[i].name),
			      zb_unit_rule_find(zb_kinds[i].unit, strlen(zb_kinds[i].unit)) != NULL);

	for (size_t t = 0; t < zb_nkeyword_tables; t++) {
		const zb_keyword_table *k = zb_keyword_tables[t];
		CHECK(label("table has a name and help", k->name), *k->name && *k->help && k->nrows > 0);
		for (size_t i = 0; i < k->nrows; i++) {
			const zb_keyword *row = &k->rows[i];
			snprintf(name, sizeof name, "%s row '%s' has an example and a class", k->name, row->word);
			CHECK(name, *row->word && *row->example && row->cls >= 0 && row->cls < k->ncls);
			/* A literal word matches itself (the longest row at its start). */
			if (!strpbrk(row->word, "#%@^")) {
				snprintf(name, sizeof name, "%s row '%s' matches itself", k->name, row->word);
				CHECK(name, zb_kw_match(row->word, row->word, strlen(row->word)) == strlen(row->word));
			}
		}
	}
}

static void patterns(void)
{
	CHECK("# takes a run of digits", zb_kw_match("#至#月份", "1至5月份同比", 17) == strlen("1至5月份"));
	CHECK("# takes Chinese numerals", zb_kw_match("#季度", "一季度末", 12) == strlen("一季度"));
	CHECK("# backtracks", zb_kw_match("“十#五”", "“十四五”时期", 20) == strlen("“十四五”"));
	CHECK("# needs a numeral", zb_kw_match("#月", "本月", 6) == 0);
	CHECK("% is one digit: 2023年", zb_kw_match("%%%%年", "2023年", 7) == 7);
	CHECK("^ is a range mark: 至", zb_kw_match("#^#月", "1至5月", strlen("1至5月")) == strlen("1至5月"));
	CHECK("^ is a range mark: en dash", zb_kw_match("#^#月", "1–5月", strlen("1–5月")) == strlen("1–5月"));
	CHECK("^ is no other word", zb_kw_match("#^#月", "1和5月", strlen("1和5月")) == 0);
	CHECK("^ needs a mark", zb_kw_match("%%%%^%%%%年", "20232025年", 11) == 0);
	CHECK("% is one digit: not 23年", zb_kw_match("%%%%年", "23年", 5) == 0);
	CHECK("% is not 两", zb_kw_match("%%%%年", "两两两两年", 15) == 0);
	CHECK("full-width digits", zb_kw_match("#月份", "５月份", strlen("５月份")) == strlen("５月份"));
	CHECK("@ is a letter", zb_kw_match("@", "G基站", 7) == 1);
	CHECK("@ is not a digit", zb_kw_match("@", "5", 1) == 0);
	CHECK("text shorter than the word", zb_kw_match("增长", "增", 3) == 0);
}

/* The numbers pattern word takes at the start of s, as "a b", or "none". */
static const char *numbers(const char *word, const char *s)
{
	long num[2];
	int k = zb_kw_numbers(word, s, strlen(s), num, 2);
	if (k < 0)
		snprintf(name, sizeof name, "none");
	else if (k == 1)
		snprintf(name, sizeof name, "%ld", num[0]);
	else
		snprintf(name, sizeof name, "%ld %ld", k > 0 ? num[0] : 0, k > 1 ? num[1] : 0);
	return name;
}

static void pattern_numbers(void)
{
	CHECK_STR("numbers: digits", numbers("#至#月份", "1至5月份同比"), "1 5");
	CHECK_STR("numbers: around a range mark", numbers("#^#月份", "1～5月份同比"), "1 5");
	CHECK_STR("numbers: Chinese numerals", numbers("前#季度", "前三季度"), "3");
	CHECK_STR("numbers: 十二", numbers("#月", "十二月份"), "12");
	CHECK_STR("numbers: full-width digits", numbers("#月", "１２月"), "12");
	CHECK_STR("numbers: # backtracks as the match does", numbers("“十#五”", "“十四五”"), "4");
	CHECK_STR("numbers: no number written", numbers("上半年", "上半年"), "0 0");
	CHECK_STR("numbers: no match", numbers("#季度", "本季度"), "none");
	CHECK_STR("numbers: %s are no numbers", numbers("%%%%年", "2023年"), "0 0");
}

static void indexes(void)
{
	zb_kw_index *cue = zb_kw_index_new(&zb_kw_cue);
	zb_kw_index *period = zb_kw_index_new(&zb_kw_period);
	zb_kw_index *brk = zb_kw_index_new(&zb_kw_break);
	CHECK("indexes built", cue && period && brk);
	if (!cue || !period || !brk)
		return;
	CHECK_STR("longest cue: 增加值, not 增加", at(cue, "增加值5亿元"), "增加值");
	CHECK_STR("longest cue: 增长率", at(cue, "增长率为5%"), "增长率");
	CHECK_STR("no cue", at(cue, "资金"), "");
	CHECK_STR("longest period: 去年全年", at(period, "去年全年的68%"), "去年全年");
	CHECK_STR("period pattern: 1至5月份", at(period, "1至5月份同比增长"), "1至5月份");
	CHECK_STR("period pattern: 2023年", at(period, "2023年上半年"), "2023年");
	CHECK_STR("period: 5月份 before 5月", at(period, "5月份，"), "5月份");

	const char *s = "同比分别增长210.8%";
	zb_kw_hit h = zb_kw_next(cue, s, strlen(s), 0);
	CHECK("next: first cue", h.row && h.off == 0 && h.row->cls == ZB_CUE_CHANGE);
	h = zb_kw_next(cue, s, strlen(s), h.off + h.len);
	CHECK("next: second cue", h.row && h.off == strlen("同比分别") && h.row->cls == ZB_CUE_CHANGE);
	h = zb_kw_next(cue, s, strlen(s), h.off + h.len);
	CHECK("next: no more", h.row == NULL && h.off == strlen(s));
	h = zb_kw_last(cue, "开工率96.2%", strlen("开工率"));
	CHECK("last: level word", h.row && h.row->cls == ZB_CUE_LEVEL);
	h = zb_kw_last(cue, "", 0);
	CHECK("last of nothing", h.row == NULL);

	const char *t = "增速比4月份提高";
	h = zb_kw_suffix(cue, t, strlen(t));
	CHECK("suffix: 提高 ends the text", h.row && h.off == strlen("增速比4月份"));
	h = zb_kw_suffix(period, t, strlen("增速比4月份"));
	CHECK("suffix: a pattern ends the text", h.row && h.off == strlen("增速比"));
	h = zb_kw_suffix(cue, "资金", strlen("资金"));
	CHECK("suffix: none", h.row == NULL);
	h = zb_kw_suffix(cue, "", 0);
	CHECK("suffix of nothing", h.row == NULL);

	const char *u = "5月份，全市增长12.6%、";
	h = zb_kw_next(brk, u, strlen(u), 0);
	CHECK("break: comma", h.row && h.row->cls == ZB_BREAK_HARD && h.off == strlen("5月份"));
	h = zb_kw_last(brk, u, strlen(u));
	CHECK("break: list", h.row && h.row->cls == ZB_BREAK_LIST);
	/* Invalid UTF-8 is stepped over a byte at a time. */
	h = zb_kw_next(cue, "\xff\xfe增长", 8, 0);
	CHECK("invalid bytes skipped", h.row && h.off == 2);

	zb_kw_index_free(cue);
	zb_kw_index_free(period);
	zb_kw_index_free(brk);
	zb_kw_index_free(NULL);
}

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	tables();
	patterns();
	pattern_numbers();
	indexes();
	/* first bytes of rows, for memchr scans */
	zb_kw_leads both = {0}, all = {0};
	zb_kw_leads_add(&both, &zb_kw_quote, ZB_MARK_BOTH);
	zb_kw_leads_add(&all, &zb_kw_quote, -1);
	zb_kw_leads_add(&all, &zb_kw_quote, -1);   /* twice: each byte once */
	CHECK("zb_kw_leads_add: the ASCII quote alone opens and closes", both.n == 1 && both.bytes[0] == '"');
	CHECK("zb_kw_leads_add: distinct first bytes of every quote mark (E2 E3 \")", all.n == 3);
	const char *text = "增长5%，“十四五”\"热线\"";
	size_t len = strlen(text);
	CHECK("zb_kw_leads_next: the first byte a row starts with", zb_kw_leads_next(&both, text, 0, len) == strlen("增长5%，“十四五”"));
	CHECK("zb_kw_leads_next: from past it, the next", zb_kw_leads_next(&both, text, strlen("增长5%，“十四五”") + 1, len) == len - 1);
	CHECK("zb_kw_leads_next: none before the end asked for", zb_kw_leads_next(&both, text, 0, 6) == 6);
	zb_kw_leads open = {0};
	zb_kw_leads_add(&open, &zb_kw_quote, ZB_MARK_OPEN);
	CHECK("zb_kw_leads_pair: the first two bytes of an open mark (“ 《)", zb_kw_leads_pair(&open, "“十", 4) &&
	      zb_kw_leads_pair(&open, "《", 3));
	CHECK("zb_kw_leads_pair: the same first byte, another second (→ E2 86, 中)", !zb_kw_leads_pair(&open, "→", 3) &&
	      !zb_kw_leads_pair(&open, "中", 3));
	CHECK("zb_kw_leads_pair: a lead byte alone at the end, or nothing", !zb_kw_leads_pair(&open, "“", 1) &&
	      !zb_kw_leads_pair(&open, "", 0));
	CHECK("zb_kw_leads_pair: a one-byte row passes with any byte after it, or none", zb_kw_leads_pair(&both, "\"1", 2) &&
	      zb_kw_leads_pair(&both, "\"", 1) && !zb_kw_leads_pair(&both, "1\"", 2));
	return TEST_EXIT();
}
