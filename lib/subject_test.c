/* subject_test.c - zb_subject_find over sentences of several clauses: what
 * the finder remembers of a sentence (an earlier figure, the clause before,
 * a respective list), when it forgets (a new sentence, another document),
 * and how a long subject is cut. */
#include "subject.h"
#include "testing.h"

#include <stdio.h>
#include <string.h>

static zb_span S(const char *s) { return (zb_span){s, strlen(s)}; }

/* One row: its clause (clause_no in the sentence), the mention, its type,
 * the clause before when that has no mention, the subject wanted. */
struct row {
	const char *doc;
	long clause_no;
	const char *clause, *mention;
	enum zb_type type;
	const char *prev, *want;
};

static const struct row rows[] = {
	/* an earlier figure's subject for a clause naming nothing */
	{"a", 1, "农业增加值达到164.59亿元", "164.59亿元", ZB_TYPE_AMOUNT, "", "农业增加值"},
	{"a", 2, "稳居全省第1位", "稳居全省第1位", ZB_TYPE_RANK, "", "农业增加值"},
	/* a new sentence forgets it */
	{"a", 1, "增长5%", "5%", ZB_TYPE_CHANGE, "", ""},
	/* the clause before, when it holds no mention */
	{"a", 2, "为全省首次", "全省首次", ZB_TYPE_FIRST, "成功承办乡村振兴高峰论坛", "乡村振兴高峰论坛"},
	/* the figures of the clause before, for a respective list */
	{"a", 1, "营业收入45亿元、利润总额3.2亿元", "45亿元", ZB_TYPE_AMOUNT, "", "营业收入"},
	{"a", 1, "营业收入45亿元、利润总额3.2亿元", "3.2亿元", ZB_TYPE_AMOUNT, "", "利润总额"},
	{"a", 2, "分别增长9.1%、15.4%", "9.1%", ZB_TYPE_CHANGE, "", "营业收入"},
	{"a", 2, "分别增长9.1%、15.4%", "15.4%", ZB_TYPE_CHANGE, "", "利润总额"},
	/* a claim all figures of the clause before share */
	{"a", 1, "累计达17个集群、25家企业", "17个", ZB_TYPE_COUNT, "", "集群"},
	{"a", 1, "累计达17个集群、25家企业", "25家", ZB_TYPE_COUNT, "", "企业"},
	{"a", 2, "均居全省第二", "均居全省第二", ZB_TYPE_RANK, "", "17个集群、25家企业"},
	/* past a subject measuring the one before it */
	{"a", 1, "地区生产总值626.9亿元", "626.9亿元", ZB_TYPE_AMOUNT, "", "地区生产总值"},
	{"a", 2, "现价总量比同期增加73.5亿元", "73.5亿元", ZB_TYPE_AMOUNT, "", "现价总量"},
	{"a", 3, "同比增长2%", "2%", ZB_TYPE_CHANGE, "", "地区生产总值"},
	/* another document forgets the sentence */
	{"b", 2, "同比增长2%", "2%", ZB_TYPE_CHANGE, "", ""},
	/* the verb of a subject stays in its clause, not in the next */
	{"b", 1, "争取国家企业技术中心1家", "1家", ZB_TYPE_COUNT, "", "争取国家企业技术中心"},
	{"b", 2, "累计达15家", "15家", ZB_TYPE_COUNT, "", "国家企业技术中心"},
	/* a long subject read before the number starts after 的 */
	{"b", 1, "在国家科技志愿服务信息平台实名注册的科技志愿者、科普员数量均居全省各地市首位",
	 "均居全省各地市首位", ZB_TYPE_RANK, "", "科技志愿者、科普员数量"},
	/* and one read after it ends before 的 */
	{"b", 1, "完成7000余个村（社区）妇联主席的家庭教育指导员公益培训工作", "7000余个", ZB_TYPE_COUNT, "",
	 "村（社区）妇联主席"},
	/* a subject of signs only is none */
	{"b", 1, "-3.5%", "3.5%", ZB_TYPE_PERCENT, "", ""},
};

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	zb_subject_finder *f = zb_subject_finder_new();
	const zb_kw_index *brk = zb_kw_index_of(&zb_kw_break), *mark = zb_kw_index_of(&zb_kw_quote);
	CHECK("finder built", f != NULL && brk && mark);
	if (!f || !brk || !mark)
		return 1;
	zb_clause_map map = {0};
	for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
		const struct row *w = &rows[i];
		zb_span clause = S(w->clause);
		const char *at = strstr(w->clause, w->mention);
		CHECK("mention in clause", at != NULL && zb_clause_map_read(&map, brk, mark, clause) == 0);
		if (!at)
			continue;
		zb_subject_row r = {
			.doc = S(w->doc), .clause = clause, .mention = S(w->mention), .map = &map,
			.clause_no = w->clause_no, .prev_clause = S(w->prev), .line = -1,
			.off = (size_t)(at - w->clause), .end = (size_t)(at - w->clause) + strlen(w->mention), .type = w->type,
		};
		zb_span s;
		char name[300], got[200];
		snprintf(name, sizeof name, "%s: %s", w->clause, w->mention);
		CHECK(name, zb_subject_find(f, &r, &s) == 0);
		snprintf(got, sizeof got, "%.*s", (int)s.n, s.p);
		CHECK_STR(name, got, w->want);
	}
	/* the clause map's quote flag: open and close marks of the quote table */
	const char *quoted[] = {"打造“六个一”品牌", "《十四五规划》提出", "「一网通办」事项", "‘两创’", "评为“", "”之首"};
	const char *unquoted[] = {"增长5%、完成3项。", "——其中…", "“", "\"12345\"热线", "→3个", ""};
	int all_quoted = 1, none_quoted = 1;
	for (size_t i = 0; i < sizeof quoted / sizeof *quoted; i++)
		all_quoted &= zb_has_quote_mark(mark, S(quoted[i])) == 1;
	for (size_t i = 0; i < sizeof unquoted / sizeof *unquoted; i++)
		none_quoted &= zb_has_quote_mark(mark, i == 2 ? (zb_span){unquoted[2], 2} : S(unquoted[i])) == 0;
	CHECK("zb_has_quote_mark: each open or close mark of the table", all_quoted);
	CHECK("zb_has_quote_mark: not 、 。 — … →, a cut mark, the ASCII \" (both ways), nothing", none_quoted);
	zb_clause_map_free(&map);
	zb_subject_finder_free(f);
	zb_subject_finder_free(NULL);
	return TEST_EXIT();
}
