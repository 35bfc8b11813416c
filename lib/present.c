/* present.c - the reports table and number text (see present.h). */
#include "present.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define DEPARTMENT {"department", "部门", ZB_COL_TEXT, NULL, "全文"}
#define END {NULL, NULL, ZB_COL_TEXT, NULL, NULL}

static const zb_col_def ranks_cols[] = {
	DEPARTMENT,
	{"claims", "排名表述", ZB_COL_NUMBER, "条", NULL},
	{"province_rank1", "全省第1", ZB_COL_NUMBER, "条", NULL},
	{"province_rank2", "全省第2", ZB_COL_NUMBER, "条", NULL},
	{"province_rank3", "全省第3", ZB_COL_NUMBER, "条", NULL},
	{"province_rank4plus", "全省第4及以后", ZB_COL_NUMBER, "条", NULL},
	{"province_first", "全省首个/首次", ZB_COL_NUMBER, "条", NULL},
	{"province_top", "全省前列", ZB_COL_NUMBER, "条", NULL},
	{"nation_claims", "全国排名", ZB_COL_NUMBER, "条", NULL},
	{"other_claims", "其他范围", ZB_COL_NUMBER, "条", NULL},
	{"best_province_rank", "全省最好名次", ZB_COL_NUMBER, "位", NULL},
	{"median_province_rank", "全省名次中位数", ZB_COL_NUMBER, "位", NULL},
	END
};

static const zb_col_def amounts_cols[] = {
	DEPARTMENT,
	{"amounts", "金额条数", ZB_COL_NUMBER, "条", NULL},
	{"sum", "金额合计", ZB_COL_MONEY, NULL, NULL},
	{"median", "中位数", ZB_COL_MONEY, NULL, NULL},
	{"max", "最大金额", ZB_COL_MONEY, NULL, NULL},
	{"max_mention", "最大金额原文", ZB_COL_TEXT, NULL, NULL},
	END
};

static const zb_col_def counts_cols[] = {
	DEPARTMENT,
	{"measure", "量词", ZB_COL_TEXT, NULL, "（无）"},
	{"figures", "数字个数", ZB_COL_NUMBER, "个", NULL},
	{"sum", "数值合计", ZB_COL_NUMBER, NULL, NULL},
	END
};

const zb_report_def zb_reports[] = {
	{"ranks", "province_rank1", ranks_cols, "各部门排名表述",
	 "原文中“居全省第N位”“全省首个”“全省前列”“全国第N”等表述的条数，按部门统计；"
	 "全国和其他范围（中部地区、全市等）的表述单列。",
	 "hstack", "department",
	 "province_rank1,province_rank2,province_rank3,province_rank4plus,province_first,province_top,"
	 "nation_claims,other_claims",
	 NULL},
	{"amounts", "amounts", amounts_cols, "各部门金额合计",
	 "原文中以元、万元、亿元计的金额之和；口径不同的金额相加只作参考。",
	 "hbar", "department", "sum", NULL},
	{"counts", "figures", counts_cols, "各部门计数类数字个数",
	 "原文中带量词（件、个、人次等）的数字的个数与数值合计，按部门和量词统计。",
	 "hbar", "department", "figures", NULL},
	{NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL}
};

const zb_money_unit zb_money_units[] = {
	{"亿元", 1e8},
	{"万元", 1e4},
	{NULL, 0}
};

static int has(const char *const *names, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(names[i], name) == 0)
			return 1;
	return 0;
}

const zb_report_def *zb_report_detect(const char *const *names, size_t n)
{
	for (const zb_report_def *r = zb_reports; r->name; r++)
		if (has(names, n, "department") && has(names, n, r->key))
			return r;
	return NULL;
}

const zb_col_def *zb_report_col(const zb_report_def *rep, const char *name)
{
	if (!rep)
		return NULL;
	for (const zb_col_def *c = rep->cols; c->name; c++)
		if (strcmp(c->name, name) == 0)
			return c;
	return NULL;
}

const zb_money_unit *zb_money_pick(double max)
{
	const zb_money_unit *u = zb_money_units;
	for (; u[1].name; u++)
		if (fabs(max) >= u->factor)
			return u;
	return u;
}

char *zb_number_text(double v, char *buf, size_t n)
{
	double r = round(v * 100) / 100;
	if (r == 0)
		r = 0;  /* no "-0" */
	snprintf(buf, n, "%.2f", r);
	char *dot = strchr(buf, '.');
	if (dot) {
		char *end = buf + strlen(buf);
		while (end > dot + 1 && end[-1] == '0')
			*--end = '\0';
		if (end == dot + 1)
			*dot = '\0';
	}
	return buf;
}

double zb_text_ems(const char *s)
{
	double w = 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if ((*p & 0xC0) == 0x80)
			continue;  /* continuation byte */
		w += *p >= 0xE0 ? 1.0 : 0.6;
	}
	return w;
}
