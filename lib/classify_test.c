/* classify_test.c - zb_classify on the examples of the classify issue:
 * type, scope, basis, period and subject of one row. */
#include "classify.h"
#include "testing.h"

#include <stdio.h>
#include <string.h>

static zb_span S(const char *s) { return (zb_span){s, strlen(s)}; }

struct want {
	const char *kind, *clause, *mention, *unit, *scope_text, *unit_text;
	const char *type, *scope, *basis, *period, *subject;
};

static const struct want cases[] = {
	/* kind    clause                                   mention          unit      scope  unit_text */
	{"number", "同比增长12.6%", "12.6%", "percent", "", "%", "change", "", "yoy", "", ""},
	{"number", "道路交通事故死亡人数同比下降59%", "59%", "percent", "", "%", "change", "", "yoy", "", "道路交通事故死亡人数"},
	{"number", "增速比4月份提高17.4个百分点", "17.4个百分点", "pp", "", "个百分点", "change", "", "", "", "增速"},
	{"number", "外企满意率100%", "100%", "percent", "", "%", "percent", "", "", "", "外企满意率"},
	{"number", "可再生能源装机占比5%", "5%", "percent", "", "%", "percent", "", "", "", "可再生能源装机占比"},
	{"number", "工业投资比重5%", "5%", "percent", "", "%", "percent", "", "", "", "工业投资比重"},
	{"number", "上半年营收环比增长3%", "3%", "percent", "", "%", "change", "", "mom", "上半年", "营收"},
	{"number", "1至5月份同比增长2.2%左右", "2.2%左右", "percent", "", "%", "change", "", "yoy", "1至5月份", ""},
	{"number", "今年5月份销售额增长8%", "8%", "percent", "", "%", "change", "", "", "今年5月份", "销售额"},
	{"number", "占去年全年的68%", "68%", "percent", "", "%", "percent", "", "", "", ""},
	{"number", "为1300户困难重度残疾人家庭实施无障碍改造", "1300户", "count", "", "户", "count", "", "", "",
	 "困难重度残疾人家庭"},
	{"number", "争取资金6.07亿元", "6.07亿元", "CNY", "", "亿元", "amount", "", "", "", "争取资金"},
	{"number", "连续8年保持在80%以上", "8年", "year", "", "年", "duration", "", "", "", ""},
	{"number", "过去的五年极不寻常", "五年", "year", "", "年", "period", "", "", "", ""},
	{"number", "三年内实现全覆盖", "三年", "year", "", "年", "period", "", "", "", ""},
	{"number", "审批时限压缩至5个工作日内", "5个工作日", "day", "", "个工作日", "duration", "", "", "", "审批时限"},
	{"number", "推进“六个一”服务", "六个", "count", "", "个", "name", "", "", "", ""},
	{"number", "建设5G基站", "5", "none", "", "", "name", "", "", "", ""},
	{"number", "构建1＋N政策体系", "1", "none", "", "", "name", "", "", "", ""},
	{"number", "PM2.5浓度", "2.5", "none", "", "", "name", "", "", "", ""},
	{"number", "开展\"3个一\"活动", "3个", "count", "", "个", "name", "", "", "", ""},
	{"number", "『12大行动』", "12大", "count", "", "大", "name", "", "", "", ""},
	{"date", "2023年职教活动周", "2023年", "date", "", "年", "date", "", "", "", ""},
	{"period", "1至5月份", "1至5月份", "period", "", "月份", "period", "", "", "", ""},
	{"edition", "第37届青少年科技创新大赛", "第37届", "ordinal", "", "届", "edition", "", "", "", ""},
	{"rank", "数量居全省第3位", "居全省第3位", "rank", "全省", "", "rank", "province", "", "", "数量"},
	{"rank", "均居全省各地市首位", "均居全省各地市首位", "rank", "全省各地市", "", "rank", "province", "", "", ""},
	{"rank", "争取4个项目全省最多", "全省最多", "rank", "全省", "", "rank", "province", "", "", "项目"},
	{"rank", "列全国工商联系统第2名", "全国工商联系统第2名", "rank", "全国工商联系统", "", "rank", "nation", "", "", ""},
	{"first", "成立全市首家服务站", "全市首家", "rank", "全市", "", "first", "city", "", "", "服务站"},
	{"first", "建成国内首个储能电站", "国内首个", "rank", "国内", "", "first", "nation", "", "", "储能电站"},
	{"rank", "粮食产量中部地区第一", "中部地区第一", "rank", "中部地区", "", "rank", "region", "", "", "粮食产量"},
	{"first", "全球首台轴承", "全球首台", "rank", "全球", "", "first", "world", "", "", "轴承"},
	{"top", "主要指标均排名前五", "前五", "rank", "", "", "top", "other", "", "", "主要指标"},
	{"rank", "全省课业负担调查成绩最优", "成绩最优", "rank", "", "", "rank", "province", "", "",
	 "课业负担调查"},
};

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	zb_classifier *c = zb_classifier_new();
	CHECK("classifier built", c != NULL);
	if (!c)
		return 1;
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		const struct want *w = &cases[i];
		zb_cls_row r = {.kind = S(w->kind), .mention = S(w->mention), .scope_text = S(w->scope_text),
				.clause = S(w->clause), .unit = S(w->unit), .unit_text = S(w->unit_text),
				.has_unit_text = 1};
		const char *bad = zb_cls_locate(&r, S(""));
		zb_cls_result res;
		zb_classify(c, &r, &res);
		char name[300], got[300];
		snprintf(name, sizeof name, "%s: %s", w->clause, w->mention);
		CHECK(name, bad == NULL && r.end == r.off + strlen(w->mention));
		snprintf(got, sizeof got, "%s/%s/%s/%.*s/%.*s", zb_types[res.type].name, zb_scopes[res.scope].name,
			 zb_bases[res.basis].name, (int)res.period.n, res.period.p, (int)res.subject.n, res.subject.p);
		char want[300];
		snprintf(want, sizeof want, "%s/%s/%s/%s/%s", w->type, w->scope, w->basis, w->period, w->subject);
		CHECK_STR(name, got, want);
	}

	/* The lead: the period when the clause has none; never a base; never
	 * over the clause's own. */
	static const struct { const char *clause, *lead, *period; } leads[] = {
		{"全市完成投资100亿元", "上半年", "上半年"},
		{"税收增长3%", "与去年同期相比", ""},
		{"5月份增长3%", "上半年", "5月份"},
		{"税收增长3%", "", ""},
	};
	for (size_t i = 0; i < sizeof leads / sizeof *leads; i++) {
		zb_cls_row lr = {.kind = S("number"), .mention = S("3%"), .clause = S(leads[i].clause),
				 .unit = S("percent"), .unit_text = S("%"), .has_unit_text = 1, .lead = S(leads[i].lead)};
		if (strstr(leads[i].clause, "亿元"))
			lr.mention = S("100亿元"), lr.unit = S("CNY"), lr.unit_text = S("亿元");
		zb_cls_result res;
		char name[200];
		snprintf(name, sizeof name, "lead %s, clause %s: period '%s'", leads[i].lead, leads[i].clause,
			 leads[i].period);
		CHECK(name, zb_cls_locate(&lr, S("")) == NULL);
		zb_classify(c, &lr, &res);
		CHECK(name, res.period.n == strlen(leads[i].period) && !memcmp(res.period.p, leads[i].period, res.period.n));
	}

	/* The offset column: a byte position in the clause, or empty. */
	zb_cls_row r = {.mention = S("5%"), .clause = S("增长5%")};
	CHECK("offset given", zb_cls_locate(&r, S("6")) == NULL && r.off == 6 && r.end == 8);
	CHECK("offset empty: looked up", zb_cls_locate(&r, S("")) == NULL && r.off == 6);
	CHECK("offset not a number", zb_cls_locate(&r, S("6a")) != NULL);
	CHECK("offset past the end", zb_cls_locate(&r, S("99999999999999999999999")) != NULL);
	CHECK("offset inside a character: snapped", zb_cls_locate(&r, S("4")) == NULL && r.off == 3);
	zb_classifier_free(c);
	zb_classifier_free(NULL);
	return TEST_EXIT();
}
