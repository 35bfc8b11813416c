/* keywords.c - the tables zb-classify reads, and a matcher over them
 * (see keywords.h).  Adding a word is one row. */
#include "keywords.h"

#include "chars.h"
#include "cpset.h"
#include "numeral.h"
#include "utf8.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define N(a) (sizeof (a) / sizeof (a)[0])

/* ---- scopes, bases ------------------------------------------------------ */

const zb_name_info zb_scopes[ZB_NSCOPES] = {
	[ZB_SCOPE_NONE]     = {"", "not a claim", ""},
	[ZB_SCOPE_PROVINCE] = {"province", "among the province's cities", "全省第一"},
	[ZB_SCOPE_NATION]   = {"nation", "in the country", "全国首个"},
	[ZB_SCOPE_CITY]     = {"city", "within the city", "全市首家"},
	[ZB_SCOPE_REGION]   = {"region", "a group of provinces", "中部地区第一"},
	[ZB_SCOPE_WORLD]    = {"world", "in the world", "全球首台"},
	[ZB_SCOPE_OTHER]    = {"other", "another scope word, or none (ranks and tops)", "居重点服务业前列"},
};

const zb_name_info zb_bases[ZB_NBASES] = {
	[ZB_BASIS_NONE] = {"", "no basis written", "增长4.3%"},
	[ZB_BASIS_YOY]  = {"yoy", "against the same time last year", "同比增长12.6%"},
	[ZB_BASIS_MOM]  = {"mom", "against the month before", "环比增长36.2%"},
};

/* ---- units -------------------------------------------------------------- */

#define ALL(t) {t, t, t, t, t}
const zb_unit_rule zb_unit_rules[] = {
	/* type by cue: none, change, level, duration, span */
	{"CNY",      ALL(ZB_TYPE_AMOUNT), "money"},
	{"count",    ALL(ZB_TYPE_COUNT), "a count"},
	{"kW",       ALL(ZB_TYPE_QUANTITY), "power"},
	{"t",        ALL(ZB_TYPE_QUANTITY), "mass"},
	{"tce",      ALL(ZB_TYPE_QUANTITY), "energy"},
	{"mu",       ALL(ZB_TYPE_QUANTITY), "area"},
	{"m2",       ALL(ZB_TYPE_QUANTITY), "area"},
	{"km",       ALL(ZB_TYPE_QUANTITY), "length"},
	{"percent",  {ZB_TYPE_PERCENT, ZB_TYPE_CHANGE, ZB_TYPE_PERCENT, ZB_TYPE_PERCENT, ZB_TYPE_PERCENT},
	             "a level, or a change after 增长/下降/提高..."},
	{"pp",       ALL(ZB_TYPE_CHANGE), "percentage points: always a change"},
	{"times",    {ZB_TYPE_RATIO, ZB_TYPE_CHANGE, ZB_TYPE_RATIO, ZB_TYPE_RATIO, ZB_TYPE_RATIO},
	             "a multiple, or a change after 增长"},
	{"ratio",    ALL(ZB_TYPE_RATIO), "X:Y or a fraction"},
	{"year",     {ZB_TYPE_DURATION, ZB_TYPE_CHANGE, ZB_TYPE_DURATION, ZB_TYPE_DURATION, ZB_TYPE_PERIOD},
	             "a duration (连续两年), a change after 增加/缩短, a period after 过去/未来 or before 来/内/行动 (五年来)"},
	{"month",    {ZB_TYPE_DURATION, ZB_TYPE_CHANGE, ZB_TYPE_DURATION, ZB_TYPE_DURATION, ZB_TYPE_PERIOD},
	             "the same as year"},
	{"day",      {ZB_TYPE_DURATION, ZB_TYPE_CHANGE, ZB_TYPE_DURATION, ZB_TYPE_DURATION, ZB_TYPE_PERIOD},
	             "the same as year (优良天数增加25天)"},
	{"rank",     ALL(ZB_TYPE_RANK), "a rank position"},
	{"date",     ALL(ZB_TYPE_DATE), "not a metric"},
	{"period",   ALL(ZB_TYPE_PERIOD), "not a metric"},
	{"ordinal",  ALL(ZB_TYPE_EDITION), "not a metric"},
	{"name",     ALL(ZB_TYPE_NAME), "not a metric"},
	{"other",    ALL(ZB_TYPE_OTHER), "not a metric"},
	{"none",     ALL(ZB_TYPE_OTHER), "a bare number: not a metric"},
};
#undef ALL
const size_t zb_nunit_rules = N(zb_unit_rules);

static int same(const char *name, const char *s, size_t len)
{
	return strlen(name) == len && memcmp(name, s, len) == 0;
}

const zb_unit_rule *zb_unit_rule_find(const char *unit, size_t len)
{
	for (size_t i = 0; i < zb_nunit_rules; i++)
		if (same(zb_unit_rules[i].unit, unit, len))
			return &zb_unit_rules[i];
	return NULL;
}

int zb_scope_find(const char *name, size_t len)
{
	for (int i = 0; i < ZB_NSCOPES; i++)
		if (same(zb_scopes[i].name, name, len))
			return i;
	return -1;
}

/* ---- keyword tables ------------------------------------------------------ */

static const char *const cue_cls[] = {"none", "change", "level", "duration", "span", "to", "neutral"};

static const zb_keyword cue_rows[] = {
	{"增长",   ZB_CUE_CHANGE, "同比增长12.6%"},
	{"增长率", ZB_CUE_CHANGE, "增长率为5%"},
	{"年均增长", ZB_CUE_CHANGE, "农民收入年均增长7.9% (not 均)"},
	{"负增长", ZB_CUE_CHANGE, "经济负增长3.2%"},
	{"增加",   ZB_CUE_CHANGE, "营收同比增加38%"},
	{"增",     ZB_CUE_CHANGE, "同比增3.5%"},
	{"净增",   ZB_CUE_CHANGE, "规上工业企业净增148家"},
	{"净减少", ZB_CUE_CHANGE, "净减少12户"},
	{"减收",   ZB_CUE_CHANGE, "减税降费政策合计减收2.3亿元"},
	{"下降",   ZB_CUE_CHANGE, "同比下降59%"},
	{"降",     ZB_CUE_CHANGE, "同比降3.5%"},
	{"降低",   ZB_CUE_CHANGE, "能耗降低3%"},
	{"减少",   ZB_CUE_CHANGE, "减少12%"},
	{"减",     ZB_CUE_CHANGE, "同比减2%"},
	{"提高",   ZB_CUE_CHANGE, "增速比4月份提高17.4个百分点"},
	{"提升",   ZB_CUE_CHANGE, "效率提升20%"},
	{"上升",   ZB_CUE_CHANGE, "同比上升33%"},
	{"上涨",   ZB_CUE_CHANGE, "同比上涨42%"},
	{"涨",     ZB_CUE_CHANGE, "同比涨2%"},
	{"回落",   ZB_CUE_CHANGE, "回落1.2个百分点"},
	{"回升",   ZB_CUE_CHANGE, "回升0.5个百分点"},
	{"下跌",   ZB_CUE_CHANGE, "下跌3%"},
	{"下滑",   ZB_CUE_CHANGE, "下滑2%"},
	{"攀升",   ZB_CUE_CHANGE, "攀升5%"},
	{"增速",   ZB_CUE_CHANGE, "增速达到19.8%"},
	{"增幅",   ZB_CUE_CHANGE, "增幅为5%"},
	{"降幅",   ZB_CUE_CHANGE, "降幅收窄2个百分点"},
	{"涨幅",   ZB_CUE_CHANGE, "涨幅3%"},
	{"跌幅",   ZB_CUE_CHANGE, "跌幅3%"},
	{"拉动",   ZB_CUE_CHANGE, "拉动GDP增长1.1个百分点"},
	{"扩大",   ZB_CUE_CHANGE, "扩大5%"},
	{"缩小",   ZB_CUE_CHANGE, "缩小2个百分点"},
	{"收窄",   ZB_CUE_CHANGE, "降幅收窄2个百分点"},
	{"加快",   ZB_CUE_CHANGE, "加快1.2个百分点"},
	{"放缓",   ZB_CUE_CHANGE, "放缓0.3个百分点"},
	{"压缩",   ZB_CUE_CHANGE, "压缩审批时间65%以上"},
	{"压减",   ZB_CUE_CHANGE, "压减20%"},
	{"缩减",   ZB_CUE_CHANGE, "缩减15%"},
	{"缩短",   ZB_CUE_CHANGE, "缩短3天"},
	{"延长",   ZB_CUE_CHANGE, "延长2天"},
	{"高出",   ZB_CUE_CHANGE, "高出全省2.1个百分点"},
	{"高于",   ZB_CUE_CHANGE, "高于全省2%"},
	{"低于",   ZB_CUE_CHANGE, "低于全省1%"},
	{"快于",   ZB_CUE_CHANGE, "快于全国1.2个百分点"},
	{"同比",   ZB_CUE_CHANGE, "同比+5%"},
	{"环比",   ZB_CUE_CHANGE, "环比36.2%"},
	{"翻",     ZB_CUE_CHANGE, "翻了2倍"},
	{"提速",   ZB_CUE_CHANGE, "审批提速30%"},
	{"下调",   ZB_CUE_CHANGE, "下调0.25个百分点"},
	{"上调",   ZB_CUE_CHANGE, "上调5%"},
	{"率",     ZB_CUE_LEVEL, "满意率100%, 开工率96.2%"},
	{"占比",   ZB_CUE_LEVEL, "占比超过55%"},
	{"比重",   ZB_CUE_LEVEL, "占GDP比重达到5%"},
	{"占",     ZB_CUE_LEVEL, "占全省的43%"},
	{"比例",   ZB_CUE_LEVEL, "面积比例达54%"},
	{"份额",   ZB_CUE_LEVEL, "市场份额20%"},
	{"水平",   ZB_CUE_LEVEL, "达到全国平均水平的80%"},
	{"满意度", ZB_CUE_LEVEL, "群众满意度提升到98%"},
	{"贡献度", ZB_CUE_LEVEL, "对增长的贡献度40%"},
	{"集中度", ZB_CUE_LEVEL, "产业集中度60%"},
	{"强度",   ZB_CUE_LEVEL, "研发经费投入强度2.5%"},
	{"连续",   ZB_CUE_DURATION, "连续两年"},
	{"提前",   ZB_CUE_DURATION, "提前1个月"},
	{"历时",   ZB_CUE_DURATION, "历时3个月"},
	{"用时",   ZB_CUE_DURATION, "用时15天"},
	{"耗时",   ZB_CUE_DURATION, "耗时2年"},
	{"过去",   ZB_CUE_SPAN, "过去的五年"},
	{"未来",   ZB_CUE_SPAN, "未来五年"},
	{"今后",   ZB_CUE_SPAN, "今后五年"},
	{"这",     ZB_CUE_SPAN, "这五年"},
	{"至",     ZB_CUE_TO, "下降至3% (after a change word: the new level)"},
	{"到",     ZB_CUE_TO, "提高到60%"},
	{"增加值", ZB_CUE_NEUTRAL, "工业增加值 (not 增加)"},
	{"增值",   ZB_CUE_NEUTRAL, "增值税"},
	{"新增",   ZB_CUE_NEUTRAL, "新增就业"},
	{"增强",   ZB_CUE_NEUTRAL, "增强活力"},
	{"增效",   ZB_CUE_NEUTRAL, "降本增效"},
	{"增收",   ZB_CUE_NEUTRAL, "农民增收"},
	{"减税",   ZB_CUE_NEUTRAL, "减税降费"},
	{"率先",   ZB_CUE_NEUTRAL, "全省率先 (not 率)"},
	{"达到",   ZB_CUE_NEUTRAL, "增速达到19.8% (not 到)"},
	{"到位",   ZB_CUE_NEUTRAL, "资金到位率"},
	{"直到",   ZB_CUE_NEUTRAL, "直到"},
	{"这些",   ZB_CUE_NEUTRAL, "这些 (not 这)"},
	{"幅度",   ZB_CUE_NEUTRAL, "增长幅度为5% (the change word before it stands)"},
	{"速度",   ZB_CUE_NEUTRAL, "增长速度为5%"},
};
const zb_keyword_table zb_kw_cue = {
	"cue", "words before a number that make it a change, a level or a duration (the last one before the number wins)",
	cue_rows, N(cue_rows), cue_cls, N(cue_cls)};

static const zb_keyword cue_after_rows[] = {
	{"的增长", ZB_CUE_CHANGE, "实现8%的增长"},
	{"的增速", ZB_CUE_CHANGE, "保持6.5%左右的增速"},
	{"的增幅", ZB_CUE_CHANGE, "以12%的增幅领跑"},
	{"的降幅", ZB_CUE_CHANGE, "实现3%的降幅"},
	{"的涨幅", ZB_CUE_CHANGE, "2%的涨幅"},
	{"的下降", ZB_CUE_CHANGE, "5%的下降"},
	{"的比重", ZB_CUE_LEVEL,  "30%的比重"},
	{"的份额", ZB_CUE_LEVEL,  "20%的份额"},
};
const zb_keyword_table zb_kw_cue_after = {
	"cue-after", "words right after a number that make it a change or a level, when no cue comes before it",
	cue_after_rows, N(cue_after_rows), cue_cls, N(cue_cls)};

static const char *const basis_cls[ZB_NBASES] = {"", "yoy", "mom"};

static const zb_keyword basis_rows[] = {
	{"同比",     ZB_BASIS_YOY, "同比增长12.6%"},
	{"比去年",   ZB_BASIS_YOY, "比去年增长5%"},
	{"比上年",   ZB_BASIS_YOY, "比上年提高2个百分点"},
	{"较去年",   ZB_BASIS_YOY, "较去年下降3%"},
	{"较上年",   ZB_BASIS_YOY, "较上年增长4%"},
	{"比同期",   ZB_BASIS_YOY, "比同期增加73.5亿元"},
	{"较同期",   ZB_BASIS_YOY, "较同期增长5%"},
	{"去年同期", ZB_BASIS_YOY, "与去年同期相比增长6%"},
	{"上年同期", ZB_BASIS_YOY, "上年同期为100"},
	{"比上年同期", ZB_BASIS_YOY, "比上年同期增长6%"},
	{"比去年同期", ZB_BASIS_YOY, "比去年同期增长6%"},
	{"较上年同期", ZB_BASIS_YOY, "较上年同期下降2%"},
	{"较去年同期", ZB_BASIS_YOY, "较去年同期下降2%"},
	{"环比",     ZB_BASIS_MOM, "环比增长36.2%"},
	{"比上月",   ZB_BASIS_MOM, "比上月提高2个百分点"},
	{"较上月",   ZB_BASIS_MOM, "较上月下降1%"},
};
const zb_keyword_table zb_kw_basis = {
	"basis", "what a change is measured against (the last one before the number wins)",
	basis_rows, N(basis_rows), basis_cls, ZB_NBASES};

static const char *const period_cls[ZB_PERIOD_NCLS] = {
	"span", "month", "months", "first-months", "quarter", "first-quarters", "first-quarter", "first-half",
	"second-half", "year"};

static const char *const word_cls[] = {"word"};

static const zb_keyword range_mark_rows[] = {
	{"至", 0, "1至5月份"}, {"到", 0, "3到5年"}, {"—", 0, "2023—2025年度"}, {"－", 0, "1－6月"},
	{"-", 0, "1-9月"}, {"~", 0, "1~5月"}, {"～", 0, "1～5月份"}, {"–", 0, "2023–2025年"},
};
const zb_keyword_table zb_kw_range_mark = {
	"range-mark", "marks between the ends of a range of time (a period, not two numbers); ^ in a pattern",
	range_mark_rows, N(range_mark_rows), word_cls, 1};

static const zb_keyword period_rows[] = {
	{"上半年",       ZB_PERIOD_FIRST_HALF, "上半年"},
	{"下半年",       ZB_PERIOD_SECOND_HALF, "下半年"},
	{"全年",         ZB_PERIOD_YEAR, "全年"},
	{"今年",         ZB_PERIOD_SPAN, "今年"},
	{"今年以来",     ZB_PERIOD_SPAN, "今年以来"},
	{"年初以来",     ZB_PERIOD_SPAN, "年初以来"},
	{"去年",         ZB_PERIOD_SPAN, "去年"},
	{"去年全年",     ZB_PERIOD_SPAN, "去年全年"},
	{"年初",         ZB_PERIOD_SPAN, "比年初增加263.8亿元"},
	{"年末",         ZB_PERIOD_SPAN, "年末"},
	{"上年末",       ZB_PERIOD_SPAN, "比上年末净增87家"},
	{"去年末",       ZB_PERIOD_SPAN, "去年末"},
	{"上年底",       ZB_PERIOD_SPAN, "上年底"},
	{"上年",         ZB_PERIOD_SPAN, "上年"},
	{"当年",         ZB_PERIOD_SPAN, "当年"},
	{"年内",         ZB_PERIOD_SPAN, "年内"},
	{"当月",         ZB_PERIOD_SPAN, "6月当月"},
	{"本月",         ZB_PERIOD_SPAN, "本月"},
	{"#季度",        ZB_PERIOD_QUARTER, "一季度"},
	{"#季度末",      ZB_PERIOD_QUARTER, "一季度末"},
	{"首季度",       ZB_PERIOD_FIRST_QUARTER, "首季度经济运行开局良好"},
	{"第#季度",      ZB_PERIOD_QUARTER, "第二季度"},
	{"前#季度",      ZB_PERIOD_FIRST_QUARTERS, "前三季度"},
	{"前#个月",      ZB_PERIOD_FIRST_MONTHS, "前5个月"},
	{"#月份",        ZB_PERIOD_MONTH, "5月份"},
	{"#月",          ZB_PERIOD_MONTH, "3月"},
	{"#月末",        ZB_PERIOD_MONTH, "3月末"},
	{"#月底",        ZB_PERIOD_MONTH, "5月底"},
	{"#月初",        ZB_PERIOD_MONTH, "5月初"},
	{"#月#日",       ZB_PERIOD_SPAN, "6月20日"},
	{"#^#月份",      ZB_PERIOD_MONTHS, "1至5月份"},
	{"#^#月",        ZB_PERIOD_MONTHS, "1-5月"},
	{"截至#月末",    ZB_PERIOD_MONTH, "截至3月末"},
	{"截至#月底",    ZB_PERIOD_MONTH, "截至5月底"},
	{"截至#月#日",   ZB_PERIOD_SPAN, "截至6月30日"},
	{"截至目前",     ZB_PERIOD_SPAN, "截至目前"},
	{"%%%%年",       ZB_PERIOD_SPAN, "2023年"},
	{"%%%%年度",     ZB_PERIOD_SPAN, "2023年度"},
	{"%%%%年底",     ZB_PERIOD_SPAN, "2022年底"},
	{"%%%%^%%%%年",  ZB_PERIOD_SPAN, "2023—2025年"},
	{"%%%%和%%%%年", ZB_PERIOD_SPAN, "2015和2016年同期"},
	{"“十#五”",      ZB_PERIOD_SPAN, "“十四五”"},
	{"“五一”假期",   ZB_PERIOD_SPAN, "“五一”假期接待游客47.3万人次"},
	{"五一假期",     ZB_PERIOD_SPAN, "五一假期"},
	{"“十一”假期",   ZB_PERIOD_SPAN, "“十一”假期"},
	{"国庆假期",     ZB_PERIOD_SPAN, "国庆假期"},
	{"春节假期",     ZB_PERIOD_SPAN, "春节假期"},
	{"春节",         ZB_PERIOD_SPAN, "春节、“五一”假期游客接待量"},
	{"元旦",         ZB_PERIOD_SPAN, "元旦假期"},
	{"国庆",         ZB_PERIOD_SPAN, "国庆期间"},
	{"春节期间",     ZB_PERIOD_SPAN, "春节期间"},
	{"国庆期间",     ZB_PERIOD_SPAN, "国庆期间"},
	{"十#五时期",    ZB_PERIOD_SPAN, "十四五时期"},
};
const zb_keyword_table zb_kw_period = {
	"period", "the time a figure refers to (the last one before it in the clause; adjacent ones join: 今年1至5月份)",
	period_rows, N(period_rows), period_cls, ZB_PERIOD_NCLS};

static const char *const ref_cls[ZB_REF_NCLS] = {"before", "after"};

static const zb_keyword ref_rows[] = {
	{"比",     ZB_REF_BEFORE, "比2016年全年增速高0.3个百分点"},
	{"较",     ZB_REF_BEFORE, "较上年"},
	{"占",     ZB_REF_BEFORE, "占去年全年的68%"},
	{"与",     ZB_REF_BEFORE, "与去年同期相比"},
	{"同",     ZB_REF_BEFORE, "同2022年相比"},
	{"达到",   ZB_REF_BEFORE, "达到去年全年的75%"},
	{"相当于", ZB_REF_BEFORE, "相当于去年全年的"},
	{"的",     ZB_REF_AFTER,  "去年全年的75%"},
	{"同期",   ZB_REF_AFTER,  "2016年同期"},
	{"相比",   ZB_REF_AFTER,  "与去年相比"},
};
const zb_keyword_table zb_kw_period_ref = {
	"period-ref", "words around a period that make it a comparison base, not the figure's own time",
	ref_rows, N(ref_rows), ref_cls, ZB_REF_NCLS};

static const char *const mark_cls[ZB_MARK_NCLS] = {"open", "close", "both"};

static const zb_keyword quote_rows[] = {
	{"“", ZB_MARK_OPEN,  "“六个一”"},
	{"”", ZB_MARK_CLOSE, "“六个一”"},
	{"《", ZB_MARK_OPEN,  "《十四五规划》"},
	{"》", ZB_MARK_CLOSE, "《十四五规划》"},
	{"「", ZB_MARK_OPEN,  "「一网通办」"},
	{"」", ZB_MARK_CLOSE, "「一网通办」"},
	{"『", ZB_MARK_OPEN,  "『双百』"},
	{"』", ZB_MARK_CLOSE, "『双百』"},
	{"‘", ZB_MARK_OPEN,  "‘两创’"},
	{"’", ZB_MARK_CLOSE, "‘两创’"},
	{"\"", ZB_MARK_BOTH,  "\"12345\"热线"},
};
const zb_keyword_table zb_kw_quote = {
	"quote", "quote marks around names and slogans: a number inside is part of the name",
	quote_rows, N(quote_rows), mark_cls, ZB_MARK_NCLS};

static const char *const name_mark_cls[] = {"name"};

static const zb_keyword name_mark_rows[] = {
	{"@", 0, "5G, 3D, PM2.5, G20 (a letter right before or after a bare number)"},
	{"+", 0, "1+N, 9+2+N"},
	{"＋", 0, "1＋N"},
};
const zb_keyword_table zb_kw_name_mark = {
	"name-mark", "what right before or after a bare number makes it part of a name",
	name_mark_rows, N(name_mark_rows), name_mark_cls, 1};

static const char *const span_cls[] = {"span", "span-of-years"};

static const zb_keyword span_rows[] = {
	{"来",     0, "五年来"},
	{"以来",   0, "三年以来"},
	{"内",     ZB_SPAN_OF_YEARS, "三年内"},     /* 5个工作日内 is a time limit */
	{"之内",   ZB_SPAN_OF_YEARS, "两年之内"},
	{"间",     0, "五年间"},
	{"期间",   0, "五年期间"},
	{"中",     0, "五年中"},
	{"后",     0, "两年后"},
	{"之后",   0, "两年之后"},
	{"前",     0, "十年前"},
	{"以前",   0, "十年以前"},
	{"行动",   0, "三年行动计划"},
	{"计划",   0, "五年计划"},
	{"规划",   0, "五年规划"},
	{"方案",   0, "三年方案"},
	{"攻坚",   0, "三年攻坚行动"},
	{"时期",   0, "五年时期"},
	{"平均",   0, "两年平均增长5.3%"},
};
const zb_keyword_table zb_kw_span_after = {
	"span-after", "words right after a length of time that make it a span or a name (五年来, 三年行动计划)",
	span_rows, N(span_rows), span_cls, 2};

static const zb_keyword respective_rows[] = {
	{"分别", 0, "同比分别增长210.8%、29.5%"},
	{"依次", 0, "依次为5%、3%"},
	{"分获", 0, "甲、乙分获第1名、第3名"},
	{"分居", 0, "两项指标分居全省第一和第二"},
	{"分列", 0, "分列全省第二、第三位"},
	{"各为", 0, "各为10%、20%"},
};
const zb_keyword_table zb_kw_respective = {
	"respective", "words before a number that make it one of several respective figures (no subject carried over)",
	respective_rows, N(respective_rows), span_cls, 1};

static const char *const break_cls[ZB_BREAK_NCLS] = {"hard", "list", "open", "close"};

static const zb_keyword break_rows[] = {
	{"，", ZB_BREAK_HARD, "增长4.3%，二产..."},
	{"。", ZB_BREAK_HARD, "增长5%。二产..."},
	{"；", ZB_BREAK_HARD, "增长4.3%；二产..."},
	{"：", ZB_BREAK_HARD, "其中：..."},
	{"！", ZB_BREAK_HARD, "成效显著！"},
	{"？", ZB_BREAK_HARD, "如何？"},
	{"（", ZB_BREAK_OPEN, "汽车（增长35.8%）; read through in 试点学校（幼儿园）"},
	{"）", ZB_BREAK_CLOSE, "（全省共10个）"},
	{",",  ZB_BREAK_HARD, "half-width comma"},
	{";",  ZB_BREAK_HARD, "half-width semicolon"},
	{":",  ZB_BREAK_HARD, "half-width colon"},
	{"(",  ZB_BREAK_OPEN, "half-width parenthesis"},
	{")",  ZB_BREAK_CLOSE, "half-width parenthesis"},
	{"、", ZB_BREAK_LIST, "同比分别增长210.8%、29.5% (a cue carries over)"},
};
const zb_keyword_table zb_kw_break = {
	"break", "punctuation ending the words a cue or a subject is read from (cues read across list breaks; brackets holding no figure are read through)",
	break_rows, N(break_rows), break_cls, ZB_BREAK_NCLS};

static const char *const subj_cls[ZB_SUBJECT_NCLS] = {"trim", "keep", "lead"};

static const zb_keyword subject_head_rows[] = {
	{"其中", ZB_SUBJECT_TRIM, "其中一产..."},
	{"全市", ZB_SUBJECT_TRIM, "全市生猪出栏"},
	{"全省", ZB_SUBJECT_TRIM, "全省PM2.5浓度"},
	{"全县", ZB_SUBJECT_TRIM, "全县粮食产量"},
	{"全区", ZB_SUBJECT_TRIM, "全区粮食产量"},
	{"全国", ZB_SUBJECT_TRIM, "获全国和省最美家庭称号"},
	{"我市", ZB_SUBJECT_TRIM, "我市16个项目"},
	{"我省", ZB_SUBJECT_TRIM, "我省粮食产量"},
	{"我县", ZB_SUBJECT_TRIM, "我县粮食产量"},
	{"我区", ZB_SUBJECT_TRIM, "我区粮食产量"},
	{"本市", ZB_SUBJECT_TRIM, "本市常住人口"},
	{"共", ZB_SUBJECT_TRIM, "共获..."},
	{"共计", ZB_SUBJECT_TRIM, "共计投入"},
	{"累计", ZB_SUBJECT_TRIM, "累计整改隐患"},
	{"并", ZB_SUBJECT_TRIM, "并发放补贴"},
	{"和", ZB_SUBJECT_TRIM, "和企业"},
	{"及", ZB_SUBJECT_TRIM, "及30个村"},
	{"以及", ZB_SUBJECT_TRIM, "以及残疾大学新生"},
	{"同时", ZB_SUBJECT_TRIM, "同时新增"},
	{"已", ZB_SUBJECT_TRIM, "已发行134.6亿元"},
	{"先后", ZB_SUBJECT_TRIM, "先后5次"},
	{"此外", ZB_SUBJECT_TRIM, "此外新建"},
	{"目前", ZB_SUBJECT_TRIM, "目前已完成"},
	{"为", ZB_SUBJECT_TRIM, "为1300户..."},
	{"对", ZB_SUBJECT_TRIM, "对76家..."},
	{"向", ZB_SUBJECT_TRIM, "向企业发放"},
	{"在", ZB_SUBJECT_TRIM, "在地市举办"},
	{"的", ZB_SUBJECT_TRIM, "360万元的助听器"},
	{"完成", ZB_SUBJECT_TRIM, "完成固定资产投资63.8亿元"},
	{"实现", ZB_SUBJECT_TRIM, "实现增加值"},
	{"同期", ZB_SUBJECT_TRIM, "2015和2016年同期增速分别为3.3%、0.5%"},
	{"达", ZB_SUBJECT_TRIM, "累计达17个集群、25家企业，均居全省第二"},
	{"达到", ZB_SUBJECT_TRIM, "达到3个"},
	{"达州", ZB_SUBJECT_KEEP, "达州市 (not 达)"},
	{"首批", ZB_SUBJECT_TRIM, "首批120万千瓦在全省率先并网发电 (a batch, not a thing)"},
	{"力争", ZB_SUBJECT_TRIM, "力争全年新设经营主体9万户以上 (a target's verb)"},
	{"确保", ZB_SUBJECT_TRIM, "确保粮食产量稳定在35亿斤以上"},
	{"预计", ZB_SUBJECT_TRIM, "预计全年实现营收50亿元"},
	{"努力", ZB_SUBJECT_TRIM, "努力实现增长6%"},
	{"连续#年", ZB_SUBJECT_TRIM, "连续两年全省第一 (a duration of its own)"},
	{"连续#个月", ZB_SUBJECT_TRIM, "连续3个月全省第一"},
	{"连续#个季度", ZB_SUBJECT_TRIM, "连续5个季度居全省首位"},
	{"、", ZB_SUBJECT_TRIM, "贷款18.23亿元、授信20.24亿元 (the next item's words)"},
	{"）", ZB_SUBJECT_TRIM, "发酵酒（增长87%）、汽车（增长35.8%）"},
	{"并网", ZB_SUBJECT_KEEP, "并网发电 (not 并)"},
	{"并购", ZB_SUBJECT_KEEP, "并购重组"},
	{"共同", ZB_SUBJECT_KEEP, "共同富裕 (not 共)"},
	{"共建", ZB_SUBJECT_KEEP, "共建项目"},
	{"共享", ZB_SUBJECT_KEEP, "共享单车"},
	{"对外", ZB_SUBJECT_KEEP, "对外贸易 (not 对)"},
	{"对口", ZB_SUBJECT_KEEP, "对口支援资金"},
	{"及时", ZB_SUBJECT_KEEP, "及时办结率 (not 及)"},
	{"和谐", ZB_SUBJECT_KEEP, "和谐社区 (not 和)"},
	{"在线", ZB_SUBJECT_KEEP, "在线办理率 (not 在)"},
	{"在建", ZB_SUBJECT_KEEP, "在建项目"},
	{"在校", ZB_SUBJECT_KEEP, "在校学生"},
	{"在岗", ZB_SUBJECT_KEEP, "在岗职工"},
	{"在册", ZB_SUBJECT_KEEP, "在册党员"},
	{"为民", ZB_SUBJECT_KEEP, "为民办实事"},
	{"完成率", ZB_SUBJECT_KEEP, "完成率"},
	{"实现率", ZB_SUBJECT_KEEP, "实现率"},
};
const zb_keyword_table zb_kw_subject_head = {
	"subject-head", "words trimmed from the head of a subject (其中, 全市, 为), and words kept there (并网)",
	subject_head_rows, N(subject_head_rows), subj_cls, ZB_SUBJECT_NCLS};

static const zb_keyword subject_tail_rows[] = {
	{"达到", ZB_SUBJECT_TRIM, "海外机构总量达到"},
	{"达", ZB_SUBJECT_TRIM, "到位率达"},
	{"为", ZB_SUBJECT_TRIM, "贡献率为"},
	{"是", ZB_SUBJECT_TRIM, "总量是"},
	{"约", ZB_SUBJECT_TRIM, "人口约"},
	{"共", ZB_SUBJECT_TRIM, "争取专项资金共"},
	{"共计", ZB_SUBJECT_TRIM, "投资共计"},
	{"合计", ZB_SUBJECT_TRIM, "资金合计"},
	{"总计", ZB_SUBJECT_TRIM, "总计"},
	{"累计", ZB_SUBJECT_TRIM, "资金累计"},
	{"分别", ZB_SUBJECT_TRIM, "同比分别增长"},
	{"均", ZB_SUBJECT_TRIM, "均居全省第二"},
	{"都", ZB_SUBJECT_TRIM, "指标都"},
	{"双双", ZB_SUBJECT_TRIM, "出口和进口双双居全国第一"},
	{"居", ZB_SUBJECT_TRIM, "数量居全省第3位"},
	{"位居", ZB_SUBJECT_TRIM, "增速位居"},
	{"位列", ZB_SUBJECT_TRIM, "考核位列"},
	{"列", ZB_SUBJECT_TRIM, "列全国工商联系统第2名"},
	{"排名", ZB_SUBJECT_LEAD, "指标排名第一 (城市信用监测排名上升至全国第36位 keeps it)"},
	{"已", ZB_SUBJECT_TRIM, "项目已"},
	{"了", ZB_SUBJECT_TRIM, "购买了"},
	{"近", ZB_SUBJECT_TRIM, "人数近"},
	{"超", ZB_SUBJECT_TRIM, "营收超"},
	{"超过", ZB_SUBJECT_TRIM, "占比超过"},
	{"逾", ZB_SUBJECT_TRIM, "投资逾"},
	{"突破", ZB_SUBJECT_TRIM, "浏览量突破"},
	{"不足", ZB_SUBJECT_TRIM, "占比不足"},
	{"仅", ZB_SUBJECT_TRIM, "全省仅"},
	{"在", ZB_SUBJECT_TRIM, "保持在"},
	{"走在", ZB_SUBJECT_TRIM, "科技志愿服务工作走在全省前列"},
	{"至", ZB_SUBJECT_TRIM, "扩容至"},
	{"到", ZB_SUBJECT_TRIM, "提高到"},
	{"从", ZB_SUBJECT_TRIM, "进出口总额从全国第13位升至第9位"},
	{"由", ZB_SUBJECT_TRIM, "排名由第8位升至第5位"},
	{"的", ZB_SUBJECT_TRIM, "占全省的"},
	{"和", ZB_SUBJECT_TRIM, "19条新产业赛道和133项举措"},
	{"及", ZB_SUBJECT_TRIM, "12家医院及30个村"},
	{"与", ZB_SUBJECT_TRIM, "5个园区与8家企业"},
	{"之一", ZB_SUBJECT_TRIM, "全省3个示范市之一"},
	{"保持", ZB_SUBJECT_TRIM, "占比保持在80%以上"},
	{"平均", ZB_SUBJECT_TRIM, "两年平均增长5.3%"},
	{"以", ZB_SUBJECT_TRIM, "新兴产业以30%的比重领先"},
	{"完成", ZB_SUBJECT_TRIM, "中直投资完成50.2亿元"},
	{"实现", ZB_SUBJECT_TRIM, "安全利用率实现100%"},
	{"稳居", ZB_SUBJECT_TRIM, "综合实力稳居中部第一"},
	{"名列", ZB_SUBJECT_TRIM, "考核名列全省前茅"},
	{"排", ZB_SUBJECT_TRIM, "甲指标排全省第2"},
	{"排在", ZB_SUBJECT_TRIM, "增速排在全省第5位"},
	{"获评", ZB_SUBJECT_TRIM, "获评全国百强区"},
	{"荣获", ZB_SUBJECT_TRIM, "荣获全省第一"},
	{"进入", ZB_SUBJECT_TRIM, "进入全国前50强"},
	{"跻身", ZB_SUBJECT_TRIM, "跻身全国前十"},
	{"入选", ZB_SUBJECT_TRIM, "入选全国首批"},
	{"中", ZB_SUBJECT_TRIM, "纳入统计的82种工业产品中"},
	{"首次", ZB_SUBJECT_TRIM, "营业收入首次突破100亿元"},
	{"全省", ZB_SUBJECT_TRIM, "增速高于全省2.6个百分点 (the base)"},
	{"占", ZB_SUBJECT_TRIM, "数量占全省七分之二"},
	{"全国", ZB_SUBJECT_TRIM, "增速快于全国1.2个百分点"},
	{"全市", ZB_SUBJECT_TRIM, "增速高于全市平均"},
	{"第", ZB_SUBJECT_TRIM, "跃升至第5位 (the ordinal of a rank after it)"},
	{"、", ZB_SUBJECT_TRIM, "新建、 (list punctuation at the end)"},
	{"升", ZB_SUBJECT_TRIM, "从全国第13位升至第9位"},
	{"跃升", ZB_SUBJECT_TRIM, "从第8位跃升至第5位"},
	{"跃居", ZB_SUBJECT_TRIM, "跃居全省第2位"},
	{"比", ZB_SUBJECT_TRIM, "增速比4月份提高17.4个百分点 (the base's 比)"},
	{"较", ZB_SUBJECT_TRIM, "增速较上月提高"},
	{"占比", ZB_SUBJECT_KEEP, "税收占比 (not 比)"},
	{"之比", ZB_SUBJECT_KEEP, "城乡居民收入之比"},
	{"收入比", ZB_SUBJECT_KEEP, "城乡居民收入比为1.96：1"},
	{"增速", ZB_SUBJECT_KEEP, "主要指标增速居全国前列 (the growth is ranked, not the level)"},
	{"用时", ZB_SUBJECT_KEEP, "平均用时压缩至0.5个工作日以内 (the time taken)"},
	{"历时", ZB_SUBJECT_KEEP, "审批历时"},
	{"耗时", ZB_SUBJECT_KEEP, "办理耗时"},
	{"增幅", ZB_SUBJECT_KEEP, "出口增幅居全省第2位"},
	{"涨幅", ZB_SUBJECT_KEEP, "涨幅"},
	{"降幅", ZB_SUBJECT_KEEP, "降幅"},
	{"增长率", ZB_SUBJECT_KEEP, "增长率"},
	{"高中", ZB_SUBJECT_KEEP, "新建3所高中 (not 中)"},
	{"初中", ZB_SUBJECT_KEEP, "初中"},
	{"集中", ZB_SUBJECT_KEEP, "集中"},
	{"其中", ZB_SUBJECT_KEEP, "其中"},
};
const zb_keyword_table zb_kw_subject_tail = {
	"subject-tail", "words trimmed from the tail of a subject, besides change and basis words (达到, 均居), and words kept there (增速)",
	subject_tail_rows, N(subject_tail_rows), subj_cls, ZB_SUBJECT_NCLS};

static const zb_keyword subject_stop_rows[] = {
	{"实施", 0, "1300户困难重度残疾人家庭实施无障碍改造"},
	{"开展", 0, "30个村开展网上议事协商"},
	{"进行", 0, "76家盲人按摩机构进行规范提升"},
	{"提供", 0, "8家企业提供担保"},
	{"获", 0, "9户获全国和省最美家庭称号"},
	{"获得", 0, "6家企业获得奖励"},
	{"获评", 0, "52家单位获评典型"},
	{"荣获", 0, "6个参评项目荣获一、二等奖"},
	{"参加", 0, "5件作品参加全国大赛"},
	{"参与", 0, "100家企业参与"},
	{"入选", 0, "19家企业产品入选"},
	{"入围", 0, "26家企业研发机构入围"},
	{"推荐", 0, "5件作品推荐参加"},
	{"得到", 0, "1733名残疾儿童得到康复救助"},
	{"受到", 0, "16个项目受到表彰"},
	{"被", 0, "11个县被认定"},
	{"在", 0, "2项创新做法在全国推广"},
	{"与", 0, "8家国企与我市签订协议"},
	{"作为", 0, "2篇案例作为典型"},
	{"通过", 0, "242个专项债项目通过国家审核"},
	{"实现", 0, "6个县市区镇街文联实现全覆盖"},
	{"完成", 0, "2395家完成改造"},
	{"达成", 0, "86个项目达成意向贷款"},
	{"签订", 0, "22家企业签订战略合作协议"},
	{"签署", 0, "10家海外商协会签署合作协议"},
	{"建成", 0, "4个县市建成文艺之家"},
	{"落户", 0, "3项国家级资源落户"},
	{"落地", 0, "1125个重点项目落地"},
	{"投产", 0, "165个项目投产"},
	{"入住", 0, "旅客入住"},
	{"出席", 0, "20名院士专家出席有关活动"},
	{"购买", 0, "为22.48万名残疾人购买了意外伤害保险金"},
	{"发放", 0, "为180名残疾人发放助听器"},
	{"举办", 0, "5部门联合举办"},
	{"召开", 0, "5次召开现场会"},
	{"成立", 0, "4家商会成立"},
	{"建立", 0, "30家机构建立联系"},
	{"进入", 0, "3家企业进入全国前列"},
	{"纳入", 0, "推动北部风光储输基地纳入国家规划"},
	{"免费", 0, "65名困难残疾儿童免费实施手术"},
	{"按月", 0, "为1.42万名城乡老年居民按月发放基础养老金"},
	{"按时", 0, "12家企业按时完成整改"},
	{"按期", 0, "30个项目按期完工"},
	{"中有", 0, "37个工业大类行业中有26个行业增加值保持增长"},
	{"位列", 0, "其中3个位列前50位"},
	{"位居", 0, "2家企业位居全国前十"},
	{"均居", 0, "3项指标均居全省第一"},
	{"排名", 0, "5个县排名前十"},
	{"争取", 0, "45个项目争取上级预算内资金"},
	{"保障", 0, "21个项目保障能耗"},
	{"带动", 0, "10个项目带动就业"},
	{"支持", 0, "48个项目支持授信"},
	{"成功", 0, "全球最大直径竖井掘进机成功下线"},
	{"全部", 0, "32.8万台（套）农业机械全部完成检修"},
	{"深入", 0, "7所高校“双一流”创建深入推进"},
	{"稳步", 0, "5个项目稳步推进"},
	{"顺利", 0, "3个项目顺利投产"},
	{"正式", 0, "2条线路正式开通"},
	{"已", 0, "12个项目已开工"},
	{"均", 0, "8家企业均通过验收"},
	{"双双", 0, "两项指标双双居全省第一"},
	{"均衡", ZB_SUBJECT_KEEP, "义务教育优质均衡发展 (not 均)"},
	{"均等", ZB_SUBJECT_KEEP, "基本公共服务均等化 (not 均)"},
	{"在线", ZB_SUBJECT_KEEP, "在线办理 (not 在)"},
	{"在建", ZB_SUBJECT_KEEP, "5个在建项目 (not 在)"},
	{"在校", ZB_SUBJECT_KEEP, "12万名在校学生 (not 在)"},
	{"在岗", ZB_SUBJECT_KEEP, "300名在岗职工 (not 在)"},
	{"被服", ZB_SUBJECT_KEEP, "被服 (not 被)"},
};
const zb_keyword_table zb_kw_subject_stop = {
	"subject-stop", "words ending a subject read after a count (为1300户困难重度残疾人家庭实施...), and words that are no stop though they start with one (均衡)",
	subject_stop_rows, N(subject_stop_rows), subj_cls, ZB_SUBJECT_NCLS};

static const char *const verb_cls[ZB_VERB_NCLS] = {"verb", "per"};

static const zb_keyword subject_verb_rows[] = {
	{"人均", ZB_VERB_PER, "人均每月提高20元 (人均可支配收入 keeps it)"},
	{"户均", ZB_VERB_PER, "户均增收2000元"},
	{"每月", ZB_VERB_PER, "人均每月提高20元"},
	{"每年", ZB_VERB_PER, "每年安排500万元"},
	{"每人", ZB_VERB_PER, "每人补助300元"},
	{"每户", ZB_VERB_PER, "每户补助300元"},
	{"年均", ZB_VERB_PER, "年均增长8%"},
	{"争取", 0, "新争取430万千瓦容量"},
	{"新争取", 0, "新争取430万千瓦容量"},
	{"发行", 0, "已发行134.6亿元"},
	{"投入", 0, "投入468万元为65名困难残疾儿童..."},
	{"解决", 0, "收集外企反映诉求355个、解决354个"},
	{"办结", 0, "受理诉求120件、办结118件"},
	{"受理", 0, "受理"},
	{"处理", 0, "处理"},
	{"化解", 0, "化解"},
	{"调解", 0, "调解"},
	{"举办", 0, "累计举办57期"},
	{"承办", 0, "成功承办第五届...决赛"},
	{"主办", 0, "主办"},
	{"开展", 0, "开展"},
	{"组织", 0, "组织"},
	{"召开", 0, "召开"},
	{"发放", 0, "发放180套、价值360多万元助听器"},
	{"价值", 0, "价值360多万元助听器"},
	{"收集", 0, "收集外企反映诉求355个"},
	{"推动", 0, "推动北部风光储输基地纳入国家规划"},
	{"推进", 0, "推进"},
	{"成功", 0, "成功承办"},
	{"稳定", 0, "粮食总产量连续9年稳定在1300亿斤以上"},
	{"保持", 0, "保持"},
	{"升", 0, "从全国第13位升至第9位"},
	{"跃升", 0, "跃升至第5位"},
	{"提升", 0, "提升至第3位"},
	{"上升", 0, "上升至第4位"},
	{"前移", 0, "前移至第6位"},
	{"开行", 0, "班列累计开行1.7万列"},
	{"开工", 0, "项目开工"},
	{"新开工", 0, "新开工保障性租赁住房1860套、基本建成1240套"},
	{"基本", 0, "基本建成1240套"},
	{"名义", 0, "名义增长5.4%、实际增长5.1%"},
	{"实际", 0, "名义增长5.4%、实际增长5.1%"},
	{"投产", 0, "项目投产"},
	{"新建", 0, "新建改造高标准农田"},
	{"改造", 0, "新建改造高标准农田"},
	{"建设", 0, "建设"},
	{"建成", 0, "建成"},
	{"完成", 0, "完成"},
	{"实现", 0, "实现"},
	{"引进", 0, "引进"},
	{"培育", 0, "培育"},
	{"打造", 0, "打造"},
	{"新增", 0, "新增"},
	{"培训", 0, "培训"},
	{"接待", 0, "接待"},
	{"走访", 0, "走访"},
	{"慰问", 0, "慰问"},
	{"帮扶", 0, "帮扶"},
	{"救助", 0, "救助"},
	{"办理", 0, "办理"},
	{"查处", 0, "查处"},
	{"整改", 0, "整改"},
	{"签约", 0, "签约"},
	{"签订", 0, "签订"},
	{"获得", 0, "获得"},
	{"获批", 0, "获批"},
	{"获", 0, "获"},
	{"达成", 0, "达成"},
	{"落实", 0, "落实"},
	{"筹集", 0, "筹集"},
	{"募集", 0, "募集"},
	{"拨付", 0, "拨付"},
	{"下达", 0, "下达"},
	{"安排", 0, "安排"},
	{"捐赠", 0, "捐赠"},
	{"提供", 0, "提供"},
	{"惠及", 0, "惠及"},
	{"覆盖", 0, "覆盖"},
	{"带动", 0, "带动"},
	{"吸引", 0, "吸引"},
	{"挽回", 0, "挽回"},
	{"追回", 0, "追回"},
	{"节约", 0, "节约"},
	{"达", 0, "累计达15家"},
	{"达到", 0, "达到"},
	{"共", 0, "共"},
	{"累计", 0, "累计"},
	{"已", 0, "已"},
	{"均", 0, "均"},
	{"都", 0, "都"},
};
const zb_keyword_table zb_kw_subject_verb = {
	"subject-verb", "verbs and adverbs naming no thing: a phrase of nothing else is no subject (解决354个); verbs are dropped from the ends of a subject taken from another clause",
	subject_verb_rows, N(subject_verb_rows), verb_cls, ZB_VERB_NCLS};

static const char *const base_cls[ZB_BASE_NCLS] = {"of", "than"};

static const zb_keyword subject_base_rows[] = {
	{"占", ZB_BASE_OF, "完成投资96.4亿元、占年度计划的58.3%"},
	{"完成", ZB_BASE_OF, "建成高标准农田3.5万亩、完成年度任务的116.7%"},
	{"相当于", ZB_BASE_OF, "相当于去年全年的80%"},
	{"达到", ZB_BASE_OF, "达到去年全年的75%"},
	{"高于", ZB_BASE_THAN, "装备制造业增加值增长9.2%，高于规上工业3.1个百分点"},
	{"低于", ZB_BASE_THAN, "低于全国平均0.5个百分点"},
	{"快于", ZB_BASE_THAN, "快于全省1.2个百分点"},
	{"慢于", ZB_BASE_THAN, "慢于全国0.3个百分点"},
	{"高出", ZB_BASE_THAN, "高出全省2.1个百分点"},
};
const zb_keyword_table zb_kw_subject_base = {
	"subject-base", "a base a share is of, up to 的 (占年度计划的58.3%), or of a comparison (高于规上工业3.1个百分点): the figure's subject is the one before",
	subject_base_rows, N(subject_base_rows), base_cls, ZB_BASE_NCLS};

static const char *const link_cls[ZB_LINK_NCLS] = {"place-open", "place-close", "all", "join", "purpose", "of"};

static const zb_keyword subject_link_rows[] = {
	{"在", ZB_LINK_PLACE_OPEN, "庞天宇、赵文丽在第七届全国残疾人职业技能大赛上分获第1名、第3名"},
	{"上", ZB_LINK_PLACE_CLOSE, "在第七届全国残疾人职业技能大赛上"},
	{"中", ZB_LINK_PLACE_CLOSE, "空气质量综合指数在“2+26”城市中排第七名"},
	{"里", ZB_LINK_PLACE_CLOSE, "在同类城市里"},
	{"期间", ZB_LINK_PLACE_CLOSE, "在“十四五”期间"},
	{"均", ZB_LINK_ALL, "累计达17个集群、25家企业，均居全省第二"},
	{"都", ZB_LINK_ALL, "两项指标都居全省第一"},
	{"双双", ZB_LINK_ALL, "出口和进口双双居全国第一"},
	{"和", ZB_LINK_JOIN, "金牌总数和团体总分分居全市第一和第二"},
	{"及", ZB_LINK_JOIN, "甲、乙及丙分别增长"},
	{"与", ZB_LINK_JOIN, "甲与乙分别增长"},
	{"为", ZB_LINK_PURPOSE, "投入468万元为65名困难残疾儿童免费实施人工耳蜗植入和肢体矫治手术"},
	{"用于", ZB_LINK_PURPOSE, "安排500万元用于农村道路改造"},
	{"的", ZB_LINK_OF, "村（社区）妇联主席的家庭教育指导员公益培训工作"},
};
const zb_keyword_table zb_kw_subject_link = {
	"subject-link", "small words the subject rules turn on: place phrases, shared claims, list joins, purposes, 的",
	subject_link_rows, N(subject_link_rows), link_cls, ZB_LINK_NCLS};

static const char *const place_cls[ZB_PLACE_NCLS] = {"place-end", "not-place", "agency-end"};

static const zb_keyword subject_place_rows[] = {
	{"县", ZB_PLACE_END, "青崖县接待游客628.4万人次"},
	{"市", ZB_PLACE_END, "澜泽市新增就业1.2万人"},
	{"区", ZB_PLACE_END, "淇滨区招商引资实际到位资金156亿元"},
	{"旗", ZB_PLACE_END, "某某旗新建牧区公路"},
	{"镇", ZB_PLACE_END, "柳湾镇新建农家书屋"},
	{"乡", ZB_PLACE_END, "石门乡完成造林"},
	{"小区", ZB_PLACE_NOT, "老旧小区改造412个"},
	{"地区", ZB_PLACE_NOT, "拉美地区出口"},
	{"城区", ZB_PLACE_NOT, "中心城区建成区面积"},
	{"社区", ZB_PLACE_NOT, "城乡社区"},
	{"园区", ZB_PLACE_NOT, "产业园区"},
	{"景区", ZB_PLACE_NOT, "旅游景区"},
	{"市区", ZB_PLACE_NOT, "市区出租车"},
	{"县区", ZB_PLACE_NOT, "各县区"},
	{"区县", ZB_PLACE_NOT, "各区县"},
	{"市县", ZB_PLACE_NOT, "各市县"},
	{"城市", ZB_PLACE_NOT, "城市书房"},
	{"都市", ZB_PLACE_NOT, "都市圈"},
	{"郊区", ZB_PLACE_NOT, "郊区"},
	{"山区", ZB_PLACE_NOT, "山区道路"},
	{"林区", ZB_PLACE_NOT, "林区"},
	{"老区", ZB_PLACE_NOT, "革命老区"},
	{"新区", ZB_PLACE_NOT, "新区"},
	{"辖区", ZB_PLACE_NOT, "辖区企业"},
	{"片区", ZB_PLACE_NOT, "片区"},
	{"街区", ZB_PLACE_NOT, "历史街区"},
	{"矿区", ZB_PLACE_NOT, "矿区"},
	{"库区", ZB_PLACE_NOT, "库区移民"},
	{"港区", ZB_PLACE_NOT, "港区"},
	{"厂区", ZB_PLACE_NOT, "厂区"},
	{"校区", ZB_PLACE_NOT, "校区"},
	{"牧区", ZB_PLACE_NOT, "牧区"},
	{"湖区", ZB_PLACE_NOT, "湖区"},
	{"灾区", ZB_PLACE_NOT, "灾区"},
	{"棚户区", ZB_PLACE_NOT, "棚户区改造"},
	{"示范区", ZB_PLACE_NOT, "示范区"},
	{"保护区", ZB_PLACE_NOT, "自然保护区"},
	{"试验区", ZB_PLACE_NOT, "自贸试验区"},
	{"功能区", ZB_PLACE_NOT, "功能区"},
	{"集聚区", ZB_PLACE_NOT, "产业集聚区"},
	{"城镇", ZB_PLACE_NOT, "城镇新增就业"},
	{"乡镇", ZB_PLACE_NOT, "乡镇卫生院"},
	{"村镇", ZB_PLACE_NOT, "村镇银行"},
	{"城乡", ZB_PLACE_NOT, "城乡居民"},
	{"下乡", ZB_PLACE_NOT, "送戏下乡"},
	{"家乡", ZB_PLACE_NOT, "家乡"},
	{"全市", ZB_PLACE_NOT, "拉动全市工业增长 (a scope word)"},
	{"全县", ZB_PLACE_NOT, "全县"},
	{"全区", ZB_PLACE_NOT, "全区"},
	{"我市", ZB_PLACE_NOT, "我市"},
	{"我县", ZB_PLACE_NOT, "我县"},
	{"我区", ZB_PLACE_NOT, "我区"},
	{"本市", ZB_PLACE_NOT, "本市"},
	{"各市", ZB_PLACE_NOT, "各市"},
	{"各县", ZB_PLACE_NOT, "各县"},
	{"各区", ZB_PLACE_NOT, "各区"},
	{"省市", ZB_PLACE_NOT, "实施省市重点项目"},
	{"示范市", ZB_PLACE_NOT, "示范市"},
	{"市场", ZB_PLACE_NOT, "农贸市场 (a word starting with 市)"},
	{"市民", ZB_PLACE_NOT, "广大市民"},
	{"市级", ZB_PLACE_NOT, "省市级"},
	{"市域", ZB_PLACE_NOT, "市域产教联合体"},
	{"市容", ZB_PLACE_NOT, "市容"},
	{"市政", ZB_PLACE_NOT, "市政道路"},
	{"市直", ZB_PLACE_NOT, "市直部门"},
	{"市属", ZB_PLACE_NOT, "市属国企"},
	{"县级", ZB_PLACE_NOT, "县级医院"},
	{"县域", ZB_PLACE_NOT, "县域经济"},
	{"县城", ZB_PLACE_NOT, "县城"},
	{"县委", ZB_PLACE_NOT, "县委"},
	{"区域", ZB_PLACE_NOT, "区域医疗中心"},
	{"区级", ZB_PLACE_NOT, "区级"},
	{"乡村", ZB_PLACE_NOT, "乡村振兴"},
	{"镇村", ZB_PLACE_NOT, "镇村"},
	{"局", ZB_PLACE_AGENCY, "青崖县税务局累计组织税费收入"},
	{"委", ZB_PLACE_AGENCY, "县发改委"},
	{"会", ZB_PLACE_AGENCY, "石栎县总工会"},
	{"办", ZB_PLACE_AGENCY, "县委办"},
	{"院", ZB_PLACE_AGENCY, "县人民法院"},
	{"厅", ZB_PLACE_AGENCY, "省教育厅"},
	{"站", ZB_PLACE_AGENCY, "县农技站"},
	{"所", ZB_PLACE_AGENCY, "镇司法所"},
	{"队", ZB_PLACE_AGENCY, "县综合执法大队"},
	{"中心", ZB_PLACE_AGENCY, "县融媒体中心"},
	{"政府", ZB_PLACE_AGENCY, "县政府"},
};
const zb_keyword_table zb_kw_subject_place = {
	"subject-place", "a place or agency named at the head of a subject, left out (青崖县接待游客): the ends of place names, words ending like one that are none, agency endings",
	subject_place_rows, N(subject_place_rows), place_cls, ZB_PLACE_NCLS};

static const zb_keyword subject_opener_rows[] = {
	{"的有", 0, "其中增幅较大的有发酵酒（增长87%）"},
	{"主要有", 0, "主要有汽车（增长12%）"},
	{"包括", 0, "包括汽车（增长12%）"},
	{"分别是", 0, "分别是甲、乙"},
};
const zb_keyword_table zb_kw_subject_opener = {
	"subject-opener", "words after which a list of subjects starts (增幅较大的有发酵酒（增长87%）)",
	subject_opener_rows, N(subject_opener_rows), word_cls, 1};

static const zb_keyword subject_refer_rows[] = {
	{"为", 0, "成功承办…决赛，为全省首次在地市举办"},
	{"是", 0, "…，是全国首个"},
	{"系", 0, "…，系全省唯一"},
	{"这是", 0, "…，这是全省首次"},
	{"属", 0, "…，属全国首创"},
	{"属于", 0, "…，属于全省首例"},
};
const zb_keyword_table zb_kw_subject_refer = {
	"subject-refer", "a copula that alone before a claim points at the clause before (…决赛，为全省首次在地市举办)",
	subject_refer_rows, N(subject_refer_rows), word_cls, 1};

static const zb_keyword subject_generic_rows[] = {
	{"单位", 0, "52家单位获评全省“万企兴万村”行动典型"},
	{"县市", 0, "4个县市建成文艺之家"},
	{"县市区", 0, "8个县市区实现全覆盖"},
	{"县区", 0, "5个县区建成示范点"},
	{"区县", 0, "5个区县建成示范点"},
	{"市县", 0, "3个市县获评"},
	{"地市", 0, "3个地市获评"},
	{"乡镇", 0, "12个乡镇建成"},
	{"镇街", 0, "6个镇街建成"},
	{"部门", 0, "15个部门获评"},
};
const zb_keyword_table zb_kw_subject_generic = {
	"subject-generic", "nouns after a count too general to be what it counts: the object of the verb after them is (52家单位获评“万企兴万村”行动典型)",
	subject_generic_rows, N(subject_generic_rows), word_cls, 1};

static const zb_keyword subject_attribute_rows[] = {
	{"现价总量", 0, "地区生产总值626.9亿元，现价总量比同期增加73.5亿元，同比增长2%"},
	{"总量", 0, "总量"},
	{"增量", 0, "增量"},
};
const zb_keyword_table zb_kw_subject_attribute = {
	"subject-attribute", "subjects naming a measure of the subject before them: a figure after them takes that one (…，现价总量比同期增加73.5亿元，同比增长2%)",
	subject_attribute_rows, N(subject_attribute_rows), word_cls, 1};

const zb_keyword_table *const zb_keyword_tables[] = {
	&zb_kw_cue, &zb_kw_cue_after, &zb_kw_basis, &zb_kw_range_mark, &zb_kw_period, &zb_kw_period_ref,
	&zb_kw_quote, &zb_kw_name_mark, &zb_kw_span_after, &zb_kw_respective, &zb_kw_break, &zb_kw_subject_head,
	&zb_kw_subject_tail, &zb_kw_subject_stop, &zb_kw_subject_verb, &zb_kw_subject_base, &zb_kw_subject_link,
	&zb_kw_subject_place, &zb_kw_subject_opener, &zb_kw_subject_refer, &zb_kw_subject_generic,
	&zb_kw_subject_attribute,
};
const size_t zb_nkeyword_tables = N(zb_keyword_tables);

/* ---- matching ------------------------------------------------------------ */

zb_quote_state zb_quotes_open(const zb_kw_index *quotes, const char *s, size_t pos)
{
	zb_quote_state q = {0, 0};
	for (zb_kw_hit h = zb_kw_next(quotes, s, pos, 0); h.row; h = zb_kw_next(quotes, s, pos, h.off + h.len))
		if (h.row->cls == ZB_MARK_OPEN)
			q.depth++;
		else if (h.row->cls == ZB_MARK_CLOSE)
			q.depth -= q.depth > 0;
		else if (h.row->cls == ZB_MARK_BOTH)
			q.ascii = !q.ascii;
	return q;
}

size_t zb_kw_prefix(const zb_keyword_table *t, const char *s, size_t n, const zb_keyword **row)
{
	size_t best = 0, len;
	for (size_t i = 0; i < t->nrows; i++)
		if ((len = zb_prefix(s, n, t->rows[i].word)) > best) {
			best = len;
			if (row)
				*row = &t->rows[i];
		}
	return best;
}

size_t zb_kw_ending(const zb_keyword_table *t, const char *s, size_t n)
{
	size_t best = 0;
	for (size_t i = 0; i < t->nrows; i++) {
		size_t len = strlen(t->rows[i].word);
		if (len <= n && len > best && memcmp(s + n - len, t->rows[i].word, len) == 0)
			best = len;
	}
	return best;
}

void zb_kw_leads_add(zb_kw_leads *l, const zb_keyword_table *t, int cls)
{
	for (size_t i = 0; i < t->nrows; i++) {
		const unsigned char *word = (const unsigned char *)t->rows[i].word;
		if ((cls >= 0 && t->rows[i].cls != cls) || !word[0])
			continue;
		if (!memchr(l->bytes, word[0], (size_t)l->n))
			l->bytes[l->n++] = word[0];
		uint64_t *seconds = l->seconds[word[0]];
		if (!word[1])
			seconds[0] = seconds[1] = seconds[2] = seconds[3] = ~0ull;
		else
			seconds[word[1] >> 6] |= 1ull << (word[1] & 63);
	}
}

int zb_kw_leads_pair(const zb_kw_leads *l, const char *s, size_t n)
{
	if (n == 0)
		return 0;
	const uint64_t *seconds = l->seconds[(unsigned char)s[0]];
	if (n == 1)   /* a one-byte row sets every bit */
		return (seconds[0] & seconds[1] & seconds[2] & seconds[3]) == ~0ull;
	unsigned char second = (unsigned char)s[1];
	return (int)(seconds[second >> 6] >> (second & 63) & 1);
}

size_t zb_kw_leads_next(const zb_kw_leads *l, const char *s, size_t from, size_t n)
{
	size_t next = n;
	for (int i = 0; i < l->n && from < next; i++) {
		const char *p = memchr(s + from, l->bytes[i], next - from);
		if (p)
			next = (size_t)(p - s);
	}
	return next;
}

int zb_kw_print(FILE *fp, const zb_keyword_table *const *tables, size_t ntables)
{
	for (size_t t = 0; t < ntables; t++) {
		const zb_keyword_table *k = tables[t];
		fprintf(fp, "%s%s: %s\n", t ? "\n" : "", k->name, k->help);
		for (size_t i = 0; i < k->nrows; i++)
			fprintf(fp, "  %s\t%s\t%s\n", k->rows[i].word, k->ncls > 1 ? k->cls_names[k->rows[i].cls] : "",
				k->rows[i].example);
	}
	return fflush(fp) == 0 && !ferror(fp) ? 0 : -1;
}

static int is_pattern_char(char c) { return c == '#' || c == '%' || c == '@' || c == '^'; }

/* Is cp a numeral of a pattern: # (any) or % (digit_only)? */
static int numeral_cp(uint32_t cp, int digit_only)
{
	if (zb_is_digit(cp))
		return 1;
	if (cp == ZB_CH_LIANG && digit_only)
		return 0;
	if (zb_cn_digit(cp) >= 0)
		return 1;
	return !digit_only && (cp == ZB_CH_SHI || cp == ZB_CH_BAI || cp == ZB_CH_QIAN);
}

static size_t numeral_len(const char *s, size_t n, int digit_only)
{
	uint32_t cp;
	if (n > 0 && (unsigned char)s[0] < 0x80)   /* ASCII: only 0-9 */
		return s[0] >= '0' && s[0] <= '9';
	size_t k = zb_utf8_decode((const unsigned char *)s, n, &cp);
	return k && numeral_cp(cp, digit_only) ? k : 0;
}

/* The ends of the numerals starting s, as # takes them: up to 64. */
static int numeral_ends(const char *s, size_t n, size_t ends[64])
{
	int k = 0;
	for (size_t j = 0, c; k < 64 && (c = numeral_len(s + j, n - j, 0)) != 0; )
		ends[k++] = j += c;
	return k;
}

/* zb_kw_match of a word starting with # given the numerals' ends: the
 * longest that the rest of the word matches after. */
static size_t match_after_numerals(const char *w, const char *s, size_t n, const size_t *ends, int k)
{
	while (k-- > 0) {
		if (!w[1])
			return ends[k];
		if (!is_pattern_char(w[1]) && (ends[k] >= n || s[ends[k]] != w[1]))
			continue;   /* what zb_kw_match would find at once */
		size_t rest = zb_kw_match(w + 1, s + ends[k], n - ends[k]);
		if (rest)
			return ends[k] + rest;
	}
	return 0;
}

size_t zb_range_mark_at(const char *s, size_t n)
{
	return zb_kw_prefix(&zb_kw_range_mark, s, n, NULL);
}

size_t zb_kw_match(const char *w, const char *s, size_t n)
{
	size_t i = 0;
	for (; *w; w++) {
		if (*w == '#') {
			/* One or more numerals, longest first. */
			size_t ends[64];
			int k = 0;
			for (size_t j = i, c; k < 64 && (c = numeral_len(s + j, n - j, 0)) != 0; )
				ends[k++] = j += c;
			while (k-- > 0) {
				size_t rest = w[1] ? zb_kw_match(w + 1, s + ends[k], n - ends[k]) : 0;
				if (rest || !w[1])
					return ends[k] + rest;
			}
			return 0;
		} else if (*w == '%') {
			size_t c = numeral_len(s + i, n - i, 1);
			if (!c)
				return 0;
			i += c;
		} else if (*w == '@') {
			if (i >= n || !((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z')))
				return 0;
			i++;
		} else if (*w == '^') {
			size_t c = zb_range_mark_at(s + i, n - i);
			if (!c)
				return 0;
			i += c;
		} else {
			if (i >= n || s[i] != *w)
				return 0;
			i++;
		}
	}
	return i;
}

/* The value of the numerals s[0..n) that a # took, or -1. */
static long numerals_value(const char *s, size_t n)
{
	zb_num v;
	if (zb_num_scan(s, n, &v) != n || !v.integer || v.value < 0 || v.value > 1e9)
		return -1;
	return (long)v.value;
}

int zb_kw_numbers(const char *w, const char *s, size_t n, long *num, int max)
{
	int count = 0;
	size_t i = 0;
	for (; *w; w++) {
		if (*w == '#') {
			/* the longest numerals the rest of the word matches after, as zb_kw_match takes them */
			size_t ends[64];
			int k = numeral_ends(s + i, n - i, ends);
			while (k > 0 && w[1] && !zb_kw_match(w + 1, s + i + ends[k - 1], n - i - ends[k - 1]))
				k--;
			if (k == 0)
				return -1;
			if (count < max)
				num[count] = numerals_value(s + i, ends[k - 1]);
			count++;
			i += ends[k - 1];
		} else {
			char one[2] = {*w, '\0'};
			size_t c = zb_kw_match(one, s + i, n - i);
			if (!c)
				return -1;
			i += c;
		}
	}
	return count;
}

/* Rows sorted by their first character; rows starting with a pattern
 * character are tried everywhere.  A row with no pattern character is
 * compared with memcmp over its length, not matched a byte at a time. */
struct entry {
	uint32_t cp;
	int literal;   /* no pattern character in the word */
	size_t len;    /* strlen of the word */
	uint64_t head, mask;   /* zb_head8 of the word, zb_head_mask of its length */
	const zb_keyword *row;
};

/* An entry for a row whose word is len bytes. */
static struct entry entry_of(uint32_t cp, int literal, size_t len, const zb_keyword *row)
{
	return (struct entry){cp, literal, len, zb_head8(row->word, len), zb_head_mask(len), row};
}

struct zb_kw_index {
	struct entry *lit;
	size_t nlit;
	const zb_keyword **wild;
	size_t nwild;
	int wild_numeral, wild_letter;   /* rows starting with # or %, with @ */
	int end_numeral, end_letter;     /* rows ending with # or %, with @ */
	size_t maxlen;       /* longest row, bytes (64 for a pattern row) */
	size_t lit_maxlen;   /* longest row starting with a literal character */
	/* the characters that follow the # of the rows starting with one (月 of
	 * #月份): only the end of a run of numerals can be followed by one, and
	 * a number followed by none of them (2891万元) tries none of those rows;
	 * after_hash_any when a row has another pattern or a numeral there */
	unsigned char after_hash[ZB_CPSET_BYTES];
	int after_hash_any;
	/* a bit per code point (below U+10000) that starts a literal row: most
	 * characters start none, and this answers for them without a search */
	unsigned char starts[ZB_CPSET_BYTES];
	/* the same, with the numerals and letters pattern rows start with: a
	 * scan steps over the characters not here without trying any row */
	unsigned char cand[ZB_CPSET_BYTES];
	/* Of the candidates, those a row of one character, a pattern row or a
	 * row with a pattern second character may start at (lone) ... */
	unsigned char lone[ZB_CPSET_BYTES];
	/* ... and for the others a bit per hash of a literal row's first two
	 * characters: a scan tries no row where the pair starts none (全 starts
	 * 全省 in many tables, and most 全 in a text are of other words) */
	unsigned char pairs[ZB_CPSET_BYTES];
	/* the characters rows end with (numerals and letters for patterns):
	 * a suffix search asks first whether the text ends with one */
	unsigned char ends[ZB_CPSET_BYTES];
	int ends_high;       /* a row ends with a character above U+FFFF */
	int ends_any;        /* a row ends with something else: no shortcut */
	zb_keyword *owned;   /* the rows of a merged index */
	/* rows with no pattern character, by their last code point: a suffix
	 * search compares the text's end with these alone ... */
	struct entry *by_end;
	size_t nby_end;
	/* ... and walks back through the text only where a row with a pattern
	 * character could end (a bit per last character, as ends) */
	unsigned char pattern_ends[ZB_CPSET_BYTES];
	int pattern_ends_any;
};

/* The bit of pairs for a first and second character. */
static inline uint32_t pair_hash(uint32_t first, uint32_t second)
{
	return (first * 0x9E3779B1u ^ second) & 0xFFFFu;
}

/* Note in lone or pairs what a literal row starting with cp (k bytes) may
 * start with. */
static void first_pair(zb_kw_index *ix, const char *word, size_t len, size_t k, uint32_t cp)
{
	uint32_t second;
	size_t k2 = k < len ? zb_utf8_decode((const unsigned char *)word + k, len - k, &second) : 0;
	if (k2 == 0 || is_pattern_char(word[k]))
		zb_cpset_add(ix->lone, cp);
	else
		zb_cpset_add(ix->pairs, pair_hash(cp, second));
}

/* Note the character word[0..len) ends with. */
static void last_char(zb_kw_index *ix, const char *word, size_t len)
{
	char c = word[len - 1];
	uint32_t cp = 0;
	size_t i = zb_utf8_prev(word, len);
	if (c == '#' || c == '%')
		ix->end_numeral = 1;
	else if (c == '@')
		ix->end_letter = 1;
	else if (zb_utf8_decode((const unsigned char *)word + i, len - i, &cp) != len - i)
		ix->ends_any = 1;   /* not UTF-8: no shortcut */
	else if (cp < 0x10000)
		zb_cpset_add(ix->ends, cp);
	else
		ix->ends_high = 1;
}

/* A row #^…: the first character of every range mark may follow its #. */
static void after_range_mark(zb_kw_index *ix)
{
	for (size_t i = 0; i < zb_kw_range_mark.nrows; i++) {
		const char *mark = zb_kw_range_mark.rows[i].word;
		uint32_t cp;
		if (!zb_utf8_decode((const unsigned char *)mark, strlen(mark), &cp) || cp >= 0x10000)
			ix->after_hash_any = 1;
		else
			zb_cpset_add(ix->after_hash, cp);
	}
}

/* By first character, then in table order: of two rows as long, the one
 * first in the table wins (zb_kw_index_merge puts its first part first). */
static int by_cp(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;
	if (x->cp != y->cp)
		return x->cp < y->cp ? -1 : 1;
	return x->row < y->row ? -1 : x->row > y->row;
}

/* A bit per code point below U+10000: the numerals # takes, the ASCII
 * letters @ takes; made once (a walk of all code points per index was most
 * of a stage's start). */
static const unsigned char *numeral_bits(void)
{
	static unsigned char bits[ZB_CPSET_BYTES];
	static int made;
	if (!made) {
		for (uint32_t cp = 0; cp < 0x10000; cp++)
			if (numeral_cp(cp, 0))
				zb_cpset_add(bits, cp);
		made = 1;
	}
	return bits;
}

static const unsigned char *letter_bits(void)
{
	static unsigned char bits[ZB_CPSET_BYTES];
	static int made;
	if (!made) {
		for (uint32_t cp = 'A'; cp <= 'z'; cp++)
			if (cp <= 'Z' || cp >= 'a')
				zb_cpset_add(bits, cp);
		made = 1;
	}
	return bits;
}

zb_kw_index *zb_kw_index_new(const zb_keyword_table *t)
{
	zb_kw_index *ix = calloc(1, sizeof *ix);
	if (!ix || !(ix->lit = calloc(t->nrows + 1, sizeof *ix->lit)) ||
	    !(ix->wild = calloc(t->nrows + 1, sizeof *ix->wild)) ||
	    !(ix->by_end = calloc(t->nrows + 1, sizeof *ix->by_end))) {
		zb_kw_index_free(ix);
		return NULL;
	}
	for (size_t i = 0; i < t->nrows; i++) {
		const zb_keyword *row = &t->rows[i];
		size_t len = strlen(row->word);
		uint32_t cp;
		if (len == 0)
			continue;
		if (is_pattern_char(row->word[0]) ||
		    !zb_utf8_decode((const unsigned char *)row->word, len, &cp)) {
			ix->wild[ix->nwild++] = row;
			if (row->word[0] == '#') {
				uint32_t next = 0;
				size_t k = zb_utf8_decode((const unsigned char *)row->word + 1, len - 1, &next);
				if (row->word[1] == '^')
					after_range_mark(ix);
				else if (!k || is_pattern_char(row->word[1]) || next >= 0x10000 || numeral_cp(next, 0))
					ix->after_hash_any = 1;
				else
					zb_cpset_add(ix->after_hash, next);
			}
			ix->wild_numeral |= row->word[0] != '@';
			ix->wild_letter |= row->word[0] != '#' && row->word[0] != '%';
			ix->maxlen = 64;
			last_char(ix, row->word, len);
			continue;
		}
		int literal = 1;
		for (const char *p = row->word; *p; p++)
			literal &= !is_pattern_char(*p);
		ix->lit[ix->nlit++] = entry_of(cp, literal, len, row);
		last_char(ix, row->word, len);
		if (cp < 0x10000) {
			zb_cpset_add(ix->starts, cp);
			first_pair(ix, row->word, len, zb_utf8_len(row->word, len), cp);
		}
		for (const char *p = row->word; *p; p++)
			if (is_pattern_char(*p))
				len = 64;
		if (len > ix->maxlen)
			ix->maxlen = len;
		if (len > ix->lit_maxlen)
			ix->lit_maxlen = len;
	}
	qsort(ix->lit, ix->nlit, sizeof *ix->lit, by_cp);
	for (size_t i = 0; i < t->nrows; i++) {
		const zb_keyword *row = &t->rows[i];
		size_t len = strlen(row->word);
		if (len == 0)
			continue;
		size_t last = zb_utf8_prev(row->word, len);
		uint32_t cp = 0;
		int pattern = 0, decoded = zb_utf8_decode((const unsigned char *)row->word + last, len - last, &cp) == len - last;
		for (const char *c = row->word; *c; c++)
			pattern |= is_pattern_char(*c);
		if (!pattern && decoded)
			ix->by_end[ix->nby_end++] = entry_of(cp, 1, len, row);
		else if (pattern && is_pattern_char(row->word[len - 1]))
			;   /* ends with a numeral or a letter: end_numeral, end_letter */
		else if (pattern && decoded && cp < 0x10000)
			zb_cpset_add(ix->pattern_ends, cp);
		else
			ix->pattern_ends_any = 1;
	}
	qsort(ix->by_end, ix->nby_end, sizeof *ix->by_end, by_cp);
	memcpy(ix->cand, ix->starts, sizeof ix->cand);
	const unsigned char *numerals = numeral_bits(), *letters = letter_bits();
	for (size_t b = 0; b < sizeof ix->cand; b++) {
		unsigned char wild = (ix->wild_numeral ? numerals[b] : 0) | (ix->wild_letter ? letters[b] : 0);
		ix->cand[b] |= wild;
		ix->lone[b] |= wild;
		ix->ends[b] |= (ix->end_numeral ? numerals[b] : 0) | (ix->end_letter ? letters[b] : 0);
	}
	return ix;
}

const zb_kw_index *zb_kw_index_of(const zb_keyword_table *t)
{
	static zb_kw_index *built[N(zb_keyword_tables)];
	for (size_t i = 0; i < zb_nkeyword_tables; i++)
		if (zb_keyword_tables[i] == t)
			return built[i] ? built[i] : (built[i] = zb_kw_index_new(t));
	return NULL;
}

zb_kw_index *zb_kw_index_merge(const zb_kw_part *parts, size_t nparts)
{
	size_t n = 0;
	for (size_t p = 0; p < nparts; p++)
		for (size_t i = 0; i < parts[p].table->nrows; i++)
			n += parts[p].only_cls < 0 || parts[p].table->rows[i].cls == parts[p].only_cls;
	zb_keyword *rows = malloc((n ? n : 1) * sizeof *rows);
	if (!rows)
		return NULL;
	size_t k = 0;
	for (size_t p = 0; p < nparts; p++)
		for (size_t i = 0; i < parts[p].table->nrows; i++) {
			const zb_keyword *row = &parts[p].table->rows[i];
			if (parts[p].only_cls < 0 || row->cls == parts[p].only_cls)
				rows[k++] = (zb_keyword){row->word, parts[p].cls, row->example};
		}
	zb_keyword_table merged = {"merged", "", rows, n, NULL, 0};
	zb_kw_index *ix = zb_kw_index_new(&merged);
	if (!ix) {
		free(rows);
		return NULL;
	}
	ix->owned = rows;
	return ix;
}

void zb_kw_index_free(zb_kw_index *ix)
{
	if (!ix)
		return;
	free(ix->lit);
	free(ix->wild);
	free(ix->by_end);
	free(ix->owned);
	free(ix);
}

/* zb_kw_at with the first character decoded: cp, or (uint32_t)-1 when s
 * does not start with a valid one. */
static inline uint32_t decode_at(const char *s, size_t n, size_t *k);

static zb_kw_hit at_cp(const zb_kw_index *ix, const char *s, size_t n, uint32_t cp)
{
	zb_kw_hit best = {NULL, 0, 0};
	size_t lo = 0, hi = ix->nlit;
	if (cp < 0x10000 && !zb_cpset_has(ix->starts, cp))
		lo = hi;    /* no literal row starts with it */
	while (lo < hi) {   /* first entry with this code point */
		size_t mid = (lo + hi) / 2;
		if (ix->lit[mid].cp < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	uint64_t text = lo < ix->nlit && ix->lit[lo].cp == cp ? zb_head8(s, n) : 0;
	for (size_t i = lo; i < ix->nlit && ix->lit[i].cp == cp; i++) {
		const struct entry *e = &ix->lit[i];
		size_t len;
		if (e->literal)
			len = e->len > best.len && e->len <= n && ((text ^ e->head) & e->mask) == 0 &&
			      (e->len <= 8 || memcmp(s + 8, e->row->word + 8, e->len - 8) == 0) ? e->len : 0;
		else
			len = zb_kw_match(e->row->word, s, n);
		if (len > best.len)
			best = (zb_kw_hit){e->row, 0, len};
	}
	if (ix->nwild == 0)
		return best;
	/* Rows starting with a pattern character need a numeral or a letter here. */
	int letter = (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
	int numeral = !letter && cp != (uint32_t)-1 && numeral_cp(cp, 0);
	size_t ends[64];   /* the numerals here, once for every row starting with # or % */
	int nends = -1, run = -1;
	for (size_t i = 0; i < ix->nwild && (numeral || letter); i++) {
		const char *w = ix->wild[i]->word;
		if ((w[0] == '@' && !letter) || ((w[0] == '#' || w[0] == '%') && !numeral))
			continue;
		if ((w[0] == '#' || w[0] == '%') && run < 0) {
			run = nends = numeral_ends(s, n, ends);
			size_t k, end = nends ? ends[nends - 1] : n;
			uint32_t next = end < n ? decode_at(s + end, n - end, &k) : (uint32_t)-1;
			if (!ix->after_hash_any && !zb_cpset_has(ix->after_hash, next))
				nends = 0;   /* the run is followed by nothing a # row wants */
		}
		size_t len, digits = 0;
		while (w[digits] == '%')
			digits++;
		if (w[0] == '#')
			len = nends ? match_after_numerals(w, s, n, ends, nends) : 0;
		else if (digits > (size_t)run)
			len = 0;   /* %%%%年 wants four numerals, and fewer stand here (the 3 of 2023) */
		else
			len = zb_kw_match(w, s, n);
		if (len > best.len)
			best = (zb_kw_hit){ix->wild[i], 0, len};
	}
	return best;
}

/* The code point at s, or (uint32_t)-1; *k its length (1 when invalid). */
static inline uint32_t decode_at(const char *s, size_t n, size_t *k)
{
	uint32_t cp;
	if ((unsigned char)s[0] < 0x80) {
		*k = 1;
		return (unsigned char)s[0];
	}
	*k = zb_utf8_decode((const unsigned char *)s, n, &cp);
	if (!*k) {
		*k = 1;
		return (uint32_t)-1;
	}
	return cp;
}

/* Is s a lead byte E0-EF and two continuation bytes, most of a Chinese
 * report?  Its code point in *cp, not checked for an overlong form or a
 * surrogate: for the scans that only ask a bit set whether to look closer. */
static inline int three_byte_at(const char *s, size_t n, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	if (n >= 4) {   /* the three bytes checked with one load and one compare */
		uint32_t w = (uint32_t)u[0] | (uint32_t)u[1] << 8 | (uint32_t)u[2] << 16 | (uint32_t)u[3] << 24;
		if ((w & 0xC0C0F0u) != 0x8080E0u)
			return 0;
		*cp = (w & 0x0Fu) << 12 | (w & 0x3F00u) >> 2 | (w & 0x3F0000u) >> 16;
		return 1;
	}
	if (n < 3 || (u[0] & 0xF0) != 0xE0 || (u[1] & 0xC0) != 0x80 || (u[2] & 0xC0) != 0x80)
		return 0;
	*cp = ((u[0] & 0x0Fu) << 12) | ((u[1] & 0x3Fu) << 6) | (u[2] & 0x3Fu);
	return 1;
}

/* Can a row of ix match at a character cp?  Without a search for most. */
static inline int candidate(const zb_kw_index *ix, uint32_t cp)
{
	return cp >= 0x10000 ? cp != (uint32_t)-1 : zb_cpset_has(ix->cand, cp);
}

/* Of a candidate cp of k bytes at s: can a row start here, by the
 * character after it? */
static inline int pair_candidate(const zb_kw_index *ix, const char *s, size_t n, size_t k, uint32_t cp)
{
	if (cp >= 0x10000 || zb_cpset_has(ix->lone, cp))
		return 1;
	if (k >= n)
		return 0;   /* a row of two characters or more does not fit */
	uint32_t second;
	if (!three_byte_at(s + k, n - k, &second)) {
		size_t k2;
		second = decode_at(s + k, n - k, &k2);
	}
	return zb_cpset_has(ix->pairs, pair_hash(cp, second));
}

zb_kw_hit zb_kw_at(const zb_kw_index *ix, const char *s, size_t n)
{
	if (n == 0)
		return (zb_kw_hit){NULL, 0, 0};   /* no row is empty */
	size_t k;
	uint32_t cp = decode_at(s, n, &k);
	if (!candidate(ix, cp) || !pair_candidate(ix, s, n, k, cp))
		return (zb_kw_hit){NULL, 0, 0};
	return at_cp(ix, s, n, cp);
}

zb_kw_hit zb_kw_next(const zb_kw_index *ix, const char *s, size_t n, size_t from)
{
	for (size_t i = from, k; i < n; i += k) {
		uint32_t cp;
		if (three_byte_at(s + i, n - i, &cp)) {
			/* most of a report, asked of the bit set alone */
			k = 3;
			if (!zb_cpset_has(ix->cand, cp))
				continue;
		}
		cp = decode_at(s + i, n - i, &k);
		if (!candidate(ix, cp) || !pair_candidate(ix, s + i, n - i, k, cp))
			continue;
		zb_kw_hit h = at_cp(ix, s + i, n - i, cp);
		if (h.row) {
			h.off = i;
			return h;
		}
	}
	return (zb_kw_hit){NULL, n, 0};
}

zb_kw_hit zb_kw_last(const zb_kw_index *ix, const char *s, size_t n)
{
	zb_kw_hit last = {NULL, n, 0};
	for (zb_kw_hit h = zb_kw_next(ix, s, n, 0); h.row; h = zb_kw_next(ix, s, n, h.off + h.len))
		last = h;
	return last;
}

int zb_kw_may_end_in(const zb_kw_index *ix, const char *s, size_t n)
{
	if (ix->ends_any || ix->ends_high)
		return 1;
	for (size_t i = 0, k; i < n; i += k) {
		uint32_t cp;
		if (three_byte_at(s + i, n - i, &cp))
			k = 3;
		else
			cp = decode_at(s + i, n - i, &k);
		if (zb_cpset_has(ix->ends, cp))
			return 1;
	}
	return 0;
}

zb_kw_hit zb_kw_suffix(const zb_kw_index *ix, const char *s, size_t n)
{
	zb_kw_hit best = {NULL, n, 0};
	if (n == 0)
		return best;
	/* A row ending at n ends with the character ending the text. */
	uint32_t cp = 0;
	size_t last = zb_utf8_prev(s, n);
	if (!ix->ends_any && (zb_utf8_decode((const unsigned char *)s + last, n - last, &cp) != n - last ||
			      (cp < 0x10000 ? !zb_cpset_has(ix->ends, cp) : !ix->ends_high)))
		return best;
	/* The rows with no pattern character that end with it: the text's end
	 * compared with each (a row starting with # or @ takes part below). */
	size_t lo = 0, hi = ix->nby_end;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (ix->by_end[mid].cp < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t i = lo; i < ix->nby_end && ix->by_end[i].cp == cp; i++) {
		const char *w = ix->by_end[i].row->word;
		size_t len = ix->by_end[i].len;
		if (len <= n && len > best.len && memcmp(s + n - len, w, len) == 0)
			best = (zb_kw_hit){ix->by_end[i].row, n - len, len};
	}
	if (!ix->pattern_ends_any && !zb_cpset_has(ix->pattern_ends, cp) &&
	    !((ix->end_numeral && zb_cpset_has(numeral_bits(), cp)) ||
	      (ix->end_letter && cp < 0x80 && zb_cpset_has(letter_bits(), cp))))
		return best;
	/* A row with a pattern character may end here: walk back.  Farther
	 * back than the longest literal row only a pattern row can start, and
	 * only at a numeral or a letter. */
	size_t stop = n > ix->maxlen ? n - ix->maxlen : 0;
	size_t lit_stop = n > ix->lit_maxlen ? n - ix->lit_maxlen : 0;
	for (size_t i = last; ; i = zb_utf8_prev(s, i)) {
		size_t k;
		int try = i >= lit_stop || (ix->nwild && (cp = decode_at(s + i, n - i, &k), cp < 0x10000) &&
					    (zb_cpset_has(numeral_bits(), cp) || zb_cpset_has(letter_bits(), cp)));
		if (try) {
			zb_kw_hit h = zb_kw_at(ix, s + i, n - i);
			/* A row ending exactly at n: match against the text cut at n. */
			if (h.row && i + h.len == n && h.len > best.len)
				best = (zb_kw_hit){h.row, i, h.len};
		}
		if (i == 0 || i <= stop)
			break;
	}
	return best;
}
