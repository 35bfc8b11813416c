/* reports.c - the report registry (see reports.h): one row per report.
 *
 * Group reports are written in the words a user types to zb-aggregate: a
 * grouping (-g), conditions (--where) and ops; their group columns come
 * first in cols with op NULL.  Row reports name their engine and which of
 * its columns they show, in order. */
#include "reports.h"
#include "across.h"
#include "indicators.h"
#include "keywords.h"
#include "ledger.h"

#include <stdio.h>
#include <string.h>

/* A report without department sections (a provincial work report) is one
 * group of its own, named by its file, not one with every other such report. */
#define BY_DEPARTMENT "department|doc"
#define DEPARTMENT {"department", NULL, NULL, "部门", ZB_COL_TEXT, NULL, "全文", ZB_COL_BRIEF}
#define PROV_RANK "type=rank scope=province"
#define END {NULL, NULL, NULL, NULL, ZB_COL_TEXT, NULL, NULL, 0}
#define B ZB_COL_BRIEF

static const zb_report_col ranks_cols[] = {
	DEPARTMENT,
	{"claims", "count", "", "排名表述", ZB_COL_NUMBER, "条", NULL, 0},
	{"province_rank1", "count", PROV_RANK " value==1", "全省第1", ZB_COL_NUMBER, "条", NULL, 0},
	{"province_rank2", "count", PROV_RANK " value==2", "全省第2", ZB_COL_NUMBER, "条", NULL, 0},
	{"province_rank3", "count", PROV_RANK " value==3", "全省第3", ZB_COL_NUMBER, "条", NULL, 0},
	{"province_rank4plus", "count", PROV_RANK " value>=4", "全省第4及以后", ZB_COL_NUMBER, "条", NULL, 0},
	{"province_first", "count", "type=first scope=province", "全省首个/首次", ZB_COL_NUMBER, "条", NULL, 0},
	{"province_top", "count", "type=top scope=province", "全省前列", ZB_COL_NUMBER, "条", NULL, 0},
	{"nation_claims", "count", "scope=nation", "全国排名", ZB_COL_NUMBER, "条", NULL, 0},
	{"other_claims", "count", "scope=city|region|world|other", "其他范围", ZB_COL_NUMBER, "条", NULL, 0},
	{"best_province_rank", "min:value", PROV_RANK, "全省最好名次", ZB_COL_NUMBER, "位", NULL, 0},
	{"median_province_rank", "median:value", PROV_RANK, "全省名次中位数", ZB_COL_NUMBER, "位", NULL, 0},
	END
};

static const zb_report_col claims_cols[] = {
	{"doc", NULL, NULL, "文件", ZB_COL_TEXT, NULL, NULL, 0},
	{"department", NULL, NULL, "部门", ZB_COL_TEXT, NULL, "全文", 0},
	{"item", NULL, NULL, "条目", ZB_COL_NUMBER, NULL, NULL, 0},
	{"title", NULL, NULL, "条目标题", ZB_COL_TEXT, NULL, NULL, 0},
	{"subject", NULL, NULL, "对象", ZB_COL_TEXT, NULL, NULL, B},
	{"subject_from", NULL, NULL, "对象取自", ZB_COL_TEXT, NULL, NULL, 0},
	{"claim", NULL, NULL, "原文表述", ZB_COL_TEXT, NULL, NULL, B},
	{"scope", NULL, NULL, "范围", ZB_COL_TEXT, NULL, NULL, 0},
	{"rank", NULL, NULL, "名次", ZB_COL_NUMBER, NULL, NULL, 0},
	{"kind", NULL, NULL, "类别", ZB_COL_TEXT, NULL, NULL, 0},
	{"period", NULL, NULL, "时间", ZB_COL_TEXT, NULL, NULL, B},
	{"line", NULL, NULL, "行", ZB_COL_TEXT, NULL, NULL, B},
	{"clause", NULL, NULL, "原文分句", ZB_COL_TEXT, NULL, NULL, 0},
	{"indicator", NULL, NULL, "指标", ZB_COL_TEXT, NULL, NULL, 0},
	END
};

static const zb_report_col indicators_cols[] = {
	{"doc", NULL, NULL, "文件", ZB_COL_TEXT, NULL, NULL, 0},
	{"department", NULL, NULL, "部门", ZB_COL_TEXT, NULL, NULL, B},
	{"subject", NULL, NULL, "指标", ZB_COL_TEXT, NULL, NULL, B},
	{"indicator", NULL, NULL, "规范指标名", ZB_COL_TEXT, NULL, NULL, 0},
	{"period", NULL, NULL, "时间", ZB_COL_TEXT, NULL, NULL, B},
	{"level", NULL, NULL, "数值", ZB_COL_NUMBER, NULL, NULL, 0},
	{"level_unit", NULL, NULL, "数值单位", ZB_COL_TEXT, NULL, NULL, 0},
	{"level_mention", NULL, NULL, "数值原文", ZB_COL_TEXT, NULL, NULL, B},
	{"change", NULL, NULL, "变化", ZB_COL_NUMBER, NULL, NULL, 0},
	{"change_unit", NULL, NULL, "变化单位", ZB_COL_TEXT, NULL, NULL, 0},
	{"change_mention", NULL, NULL, "增减", ZB_COL_TEXT, NULL, NULL, B},
	{"basis", NULL, NULL, "比较基期", ZB_COL_TEXT, NULL, NULL, 0},
	{"share", NULL, NULL, "比重或比率", ZB_COL_NUMBER, NULL, NULL, 0},
	{"share_mention", NULL, NULL, "比重或比率原文", ZB_COL_TEXT, NULL, NULL, B},
	{"claim", NULL, NULL, "排名", ZB_COL_TEXT, NULL, NULL, B},
	{"parts", NULL, NULL, "同句项数", ZB_COL_NUMBER, "项", NULL, 0},
	{"line", NULL, NULL, "行", ZB_COL_TEXT, NULL, NULL, B},
	END
};

/* Across documents.  A column named "* X" stands for one per document: the
 * document's label (place and period) in place of the star. */
static const zb_report_col compare_cols[] = {
	{"indicator", NULL, NULL, "指标", ZB_COL_TEXT, NULL, NULL, B},
	{"documents", NULL, NULL, "文件数", ZB_COL_NUMBER, "个", NULL, 0},
	{"level_unit", NULL, NULL, "数值单位", ZB_COL_TEXT, NULL, NULL, 0},
	{"change_unit", NULL, NULL, "增减单位", ZB_COL_TEXT, NULL, NULL, 0},
	{"* level", NULL, NULL, "* 数值", ZB_COL_NUMBER, NULL, NULL, 0},
	{"* level_mention", NULL, NULL, "* 数值", ZB_COL_TEXT, NULL, NULL, B},
	{"* change", NULL, NULL, "* 增减", ZB_COL_NUMBER, "%", NULL, B},
	END
};

static const zb_report_col trend_cols[] = {
	{"indicator", NULL, NULL, "指标", ZB_COL_TEXT, NULL, NULL, B},
	{"place", NULL, NULL, "地方", ZB_COL_TEXT, NULL, NULL, B},
	{"period", NULL, NULL, "时期", ZB_COL_TEXT, NULL, NULL, B},
	{"level", NULL, NULL, "数值", ZB_COL_NUMBER, NULL, NULL, 0},
	{"level_unit", NULL, NULL, "数值单位", ZB_COL_TEXT, NULL, NULL, 0},
	{"level_mention", NULL, NULL, "数值原文", ZB_COL_TEXT, NULL, NULL, B},
	{"change", NULL, NULL, "增减", ZB_COL_NUMBER, "%", NULL, 0},
	{"change_unit", NULL, NULL, "增减单位", ZB_COL_TEXT, NULL, NULL, 0},
	{"change_mention", NULL, NULL, "增减原文", ZB_COL_TEXT, NULL, NULL, B},
	{"doc", NULL, NULL, "文件", ZB_COL_TEXT, NULL, NULL, B},
	{"series", NULL, NULL, "曲线", ZB_COL_TEXT, NULL, NULL, 0},
	{"periods", NULL, NULL, "时期数", ZB_COL_NUMBER, "个", NULL, 0},
	{"line", NULL, NULL, "行", ZB_COL_TEXT, NULL, NULL, 0},
	END
};

static const zb_report_col conflicts_cols[] = {
	{"conflict", NULL, NULL, "矛盾", ZB_COL_TEXT, NULL, NULL, B},
	{"indicator", NULL, NULL, "指标", ZB_COL_TEXT, NULL, NULL, B},
	{"period", NULL, NULL, "时期", ZB_COL_TEXT, NULL, NULL, B},
	{"scope", NULL, NULL, "范围", ZB_COL_TEXT, NULL, NULL, 0},
	{"province", NULL, NULL, "省份", ZB_COL_TEXT, NULL, NULL, 0},
	{"places", NULL, NULL, "地方", ZB_COL_TEXT, NULL, NULL, 0},
	{"ranks", NULL, NULL, "名次", ZB_COL_TEXT, NULL, NULL, 0},
	{"claims", NULL, NULL, "原文表述", ZB_COL_TEXT, NULL, NULL, B},
	{"docs", NULL, NULL, "文件", ZB_COL_TEXT, NULL, NULL, 0},
	{"lines", NULL, NULL, "位置", ZB_COL_TEXT, NULL, NULL, B},
	END
};

static const zb_report_col amounts_cols[] = {
	DEPARTMENT,
	{"amounts", "count", "", "金额条数", ZB_COL_NUMBER, "条", NULL, 0},
	{"sum", "sum:value", "", "金额简单相加（口径不一）", ZB_COL_MONEY, NULL, NULL, ZB_COL_SUM},
	{"median", "median:value", "", "金额中位数", ZB_COL_MONEY, NULL, NULL, 0},
	{"max", "max:value", "", "最大金额", ZB_COL_MONEY, NULL, NULL, 0},
	{"max_mention", "argmax:value:mention", "", "最大金额原文", ZB_COL_TEXT, NULL, NULL, 0},
	{"max_subject", "argmax:value:subject", "", "最大金额所指", ZB_COL_TEXT, NULL, NULL, 0},
	END
};

static const zb_report_col largest_cols[] = {
	DEPARTMENT,
	{"amounts", "count", "type=amount", "金额条数", ZB_COL_NUMBER, "条", NULL, 0},
	{"top_amounts", "top3:value:subject+mention", "type=amount", "最大的几笔金额", ZB_COL_TEXT, NULL, NULL, B},
	{"counts", "count", "type=count", "计数条数", ZB_COL_NUMBER, "条", NULL, 0},
	{"top_counts", "top3:value:subject+mention", "type=count", "最大的几个计数", ZB_COL_TEXT, NULL, NULL, B},
	END
};

static const zb_report_col counts_cols[] = {
	DEPARTMENT,
	{"measure", NULL, NULL, "量词", ZB_COL_TEXT, NULL, "（无）", 0},
	{"figures", "count", "", "数字个数", ZB_COL_NUMBER, "个", NULL, 0},
	{"sum", "sum:value", "", "数值简单相加（口径不一）", ZB_COL_NUMBER, NULL, NULL, ZB_COL_SUM},
	END
};

const zb_report zb_reports[] = {
	{"overview", "rows by metric type; other: non-metric rows (date, period, edition, name)",
	 BY_DEPARTMENT, "", NULL, NULL, "rows",
	 "各部门数字类型",
	 "按类型统计的数字个数；other 为日期、时段、届次、名称等非指标数字。",
	 {NULL, NULL, NULL, NULL, ZB_SCALE_LINEAR},
	 {0, 2, 1, NULL, NULL, "涉及部门{#}个（不分部门的文件各算一个）。"}, 1},
	{"ranks", "the rank-in-province table: claims by scope, province ranks 1, 2, 3, 4+,\n"
		  "firsts and tops, best and median province rank",
	 BY_DEPARTMENT, "type=rank|first|top", ranks_cols, NULL, "province_rank1",
	 "各部门排名表述",
	 "原文中“居全省第N位”“全省首个”“全省前列”“全国第N”等表述的条数，按部门统计；"
	 "全国和其他范围（中部地区、全市等）的表述单列。",
	 {"hstack", "department",
	  "province_rank1,province_rank2,province_rank3,province_rank4plus,province_first,province_top,"
	  "nation_claims,other_claims", NULL, ZB_SCALE_LINEAR},
	 {1, 2, 0, NULL, NULL,
	  "排名表述{claims}条：全省第1的{province_rank1}条，全省首个或首次的{province_first}条，"
	  "全省前列的{province_top}条。"}, 1},
	{"claims", "the claims ledger: one row per rank, first or top claim, a claim\n"
		   "repeated in an item's heading and body once (line: both), by department\n"
		   "as in the text, then scope (province first), rank, kind, line",
	 NULL, NULL, claims_cols, &zb_ledger_engine, "subject_from",
	 "排名表述清单",
	 "每条“全省第N”“全省首个”“全省前列”等表述一行，按部门、范围（全省在先）、名次排列；"
	 "条目标题与正文重复的表述只列一次。对象为空时取条目标题。",
	 {NULL, NULL, NULL, NULL, ZB_SCALE_LINEAR},
	 {2, 3, 1, BY_DEPARTMENT, NULL, NULL}, 1},
	{"indicators", "key figures: one row per subject a sentence speaks of, its level\n"
		       "(amount, quantity, count), change, share and claim side by side",
	 NULL, NULL, indicators_cols, &zb_indicators_engine, "share_mention",
	 "主要指标",
	 "同一句话里关于同一指标的数值、增减、比重和排名合为一行（只列同句给出两项以上的指标）。",
	 {NULL, NULL, NULL, NULL, ZB_SCALE_LINEAR},
	 {3, 2, 1, "doc", "parts>=2", "同句给出数值与增减等的指标{#}项。"}, 1},
	{"amounts", "money (value in yuan): how many, their plain sum, median, largest\n"
		    "with its mention and subject",
	 BY_DEPARTMENT, "type=amount", amounts_cols, NULL, "max_mention",
	 "各部门最大一笔金额",
	 "各部门原文中最大的一笔金额（元、万元、亿元）；金额的简单相加口径不一，只留在 amounts.csv 中。",
	 {"hbar", "department", "max", NULL, ZB_SCALE_AUTO},
	 {4, 2, 0, NULL, NULL, NULL}, 1},
	{"largest", "per department the three largest amounts and counts, each with its\n"
		    "subject and mention",
	 BY_DEPARTMENT, "type=amount|count", largest_cols, NULL, "top_amounts",
	 "各部门最大的几笔金额与计数",
	 "每个部门数值最大的三笔金额和三个计数，附其所指。",
	 {NULL, NULL, NULL, NULL, ZB_SCALE_LINEAR},
	 {5, 3, 1, NULL, NULL, "最大的几笔金额：{top_amounts}。最大的几个计数：{top_counts}。"}, 1},
	{"counts", "counted things per measure word: how many figures, their plain sum",
	 BY_DEPARTMENT ",measure", "type=count", counts_cols, NULL, "figures",
	 "各部门计数类数字个数",
	 "原文中带量词（件、个、人次等）的数字的个数，按部门和量词统计。",
	 {"hbar", "department", "figures", NULL, ZB_SCALE_LINEAR},
	 {0, 2, 1, NULL, NULL, NULL}, 1},
	{"compare", "across documents: one row per indicator, per document its level and\n"
		    "change (columns named by the document's place and period)",
	 NULL, NULL, compare_cols, &zb_compare_engine, "documents",
	 "各文件主要指标对比",
	 "同一指标在各文件（地方、时期）中的数值与增减；一个文件有多处时取数值与增减俱全的第一处。",
	 {"group", "indicator", "* change", NULL, ZB_SCALE_LINEAR},
	 {6, 2, 1, NULL, "documents>=2", "{#}项指标见于两个以上文件。"}, 2},
	{"trend", "indicators over periods: one row per indicator, place and period,\n"
		  "ordered by period, with level and change",
	 NULL, NULL, trend_cols, &zb_trend_engine, "series",
	 "主要指标走势",
	 "各时期的同一指标，按时期排列（同一地方同一时期的多个文件取一行；只列有两个以上时期的指标）。",
	 {"line", "period", "change", "series", ZB_SCALE_LINEAR},
	 {7, 2, 1, NULL, "periods>=2", "{#}项指标有两个以上时期的数字。"}, 2},
	{"conflicts", "claims that cannot all be true: rank 1 or a first claimed by two\n"
		      "places of one province (or the nation) for the same indicator and\n"
		      "period (two_firsts), one place claiming two ranks (two_ranks)",
	 NULL, NULL, conflicts_cols, &zb_conflicts_engine, "conflict",
	 "相互矛盾的排名表述",
	 "同一指标、同一时期，两个地方都称全省（全国）第一，或同一地方称两个不同名次。",
	 {NULL, NULL, NULL, NULL, ZB_SCALE_LINEAR},
	 {8, 2, 1, NULL, NULL, "相互矛盾的排名表述{#}处。"}, 2},
	{NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, {NULL, NULL, NULL, NULL, 0}, {0, 0, 0, NULL, NULL, NULL}, 0}
};

/* The overview's columns: the group, one count per metric type of
 * zb-classify's table (lib/types.c), then other (every other type) and
 * rows. */
static const zb_report_col *overview_cols(void)
{
	static zb_report_col cols[ZB_NTYPES + 4];
	static char when[ZB_NTYPES][32], other[ZB_NTYPES * 16] = "type!=";
	if (cols[0].name)
		return cols;
	zb_report_col *c = cols;
	*c++ = (zb_report_col)DEPARTMENT;
	for (int t = 0; t < ZB_NTYPES; t++) {
		if (!zb_types[t].metric)
			continue;
		snprintf(when[t], sizeof when[t], "type=%s", zb_types[t].name);
		*c++ = (zb_report_col){zb_types[t].name, "count", when[t], zb_types[t].name, ZB_COL_NUMBER, "条", NULL, 0};
		if (strlen(other) > strlen("type!="))
			strcat(other, "|");
		strcat(other, zb_types[t].name);
	}
	*c++ = (zb_report_col){"other", "count", other, "非指标", ZB_COL_NUMBER, "条", NULL, 0};
	*c++ = (zb_report_col){"rows", "count", "", "合计行数", ZB_COL_NUMBER, "条", NULL, 0};
	*c = (zb_report_col)END;
	return cols;
}

const zb_report_col *zb_report_cols(const zb_report *r)
{
	return r->cols ? r->cols : overview_cols();
}

const zb_report *zb_report_named(const char *name)
{
	for (const zb_report *r = zb_reports; r->name; r++)
		if (strcmp(r->name, name) == 0)
			return r;
	return NULL;
}

int zb_report_col_matches(const zb_report_col *c, const char *name)
{
	if (c->name[0] != '*')
		return strcmp(c->name, name) == 0;
	size_t n = strlen(name), k = strlen(c->name + 1);   /* "* level": "安徽省 2025年 level" */
	return n > k && strcmp(name + n - k, c->name + 1) == 0;
}

static int has(const char *const *names, size_t n, const zb_report_col *c)
{
	for (size_t i = 0; i < n; i++)
		if (zb_report_col_matches(c, names[i]))
			return 1;
	return 0;
}

const zb_report *zb_report_detect(const char *const *names, size_t n)
{
	static const zb_report_col department = {"department", NULL, NULL, NULL, ZB_COL_TEXT, NULL, NULL, 0};
	for (const zb_report *r = zb_reports; r->name; r++) {
		const zb_report_col key = {r->key, NULL, NULL, NULL, ZB_COL_TEXT, NULL, NULL, 0};
		if (has(names, n, &key) && (!zb_report_column(r, "department") || has(names, n, &department)))
			return r;
	}
	return NULL;
}

const zb_report_col *zb_report_column(const zb_report *r, const char *name)
{
	if (!r)
		return NULL;
	for (const zb_report_col *c = zb_report_cols(r); c->name; c++)
		if (zb_report_col_matches(c, name))
			return c;
	return NULL;
}

const char *zb_report_label(const zb_report_col *c, const char *name, char *buf, size_t cap)
{
	if (c->name[0] != '*')
		return c->label;
	int prefix = (int)(strlen(name) - strlen(c->name + 1));
	snprintf(buf, cap, "%.*s%s", prefix, name, c->label + 1);
	return buf;
}
