/* present_test.c - the reports table walked row by row, money units and
 * number text. */
#include "present.h"
#include "testing.h"

#include <stdlib.h>

/* Every name of the comma-separated list is a column of rep. */
static int all_columns(const zb_report_def *rep, const char *list)
{
	char *copy = strdup(list), *save;
	int ok = 1;
	for (char *t = strtok_r(copy, ",", &save); t; t = strtok_r(NULL, ",", &save))
		ok &= zb_report_col(rep, t) != NULL;
	free(copy);
	return ok;
}

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	char name[128], buf[64];
	for (const zb_report_def *r = zb_reports; r->name; r++) {
		const char *names[64];
		size_t n = 0;
		int labelled = 1;
		for (const zb_col_def *c = r->cols; c->name && n < 64; c++) {
			names[n++] = c->name;
			labelled &= c->label && *c->label;
		}
		snprintf(name, sizeof name, "%s: its header is detected as %s", r->name, r->name);
		CHECK(name, zb_report_detect(names, n) == r);
		snprintf(name, sizeof name, "%s: every column has a Chinese label", r->name);
		CHECK(name, labelled);
		snprintf(name, sizeof name, "%s: title, note and chart kind", r->name);
		CHECK(name, *r->title && *r->note && *r->chart);
		snprintf(name, sizeof name, "%s: the chart's columns are the report's", r->name);
		CHECK(name, all_columns(r, r->x) && all_columns(r, r->y) && (!r->stack || all_columns(r, r->stack)));
		snprintf(name, sizeof name, "%s: the key column is the report's", r->name);
		CHECK(name, zb_report_col(r, r->key) != NULL);
	}
	const char *other[] = {"department", "sum", "median"};
	CHECK("a header with no key column is no report", zb_report_detect(other, 3) == NULL);
	const char *nodept[] = {"province_rank1", "claims"};
	CHECK("no department, no report", zb_report_detect(nodept, 2) == NULL);
	CHECK("column looked up in no report", zb_report_col(NULL, "sum") == NULL);

	CHECK_STR("1e8 yuan is shown in 亿元", zb_money_pick(1e8)->name, "亿元");
	CHECK_STR("just under 1e8 in 万元", zb_money_pick(99999999)->name, "万元");
	CHECK_STR("small amounts in 万元", zb_money_pick(5)->name, "万元");
	CHECK_STR("negative amounts by their size", zb_money_pick(-3e9)->name, "亿元");
	CHECK_STR("zero in 万元", zb_money_pick(0)->name, "万元");

	CHECK_STR("two decimals", zb_number_text(4.5234, buf, sizeof buf), "4.52");
	CHECK_STR("whole numbers without a point", zb_number_text(3500, buf, sizeof buf), "3500");
	CHECK_STR("trailing zero dropped", zb_number_text(2.5, buf, sizeof buf), "2.5");
	CHECK_STR("negative", zb_number_text(-0.5, buf, sizeof buf), "-0.5");
	CHECK_STR("tiny negative is 0, not -0", zb_number_text(-0.001, buf, sizeof buf), "0");
	CHECK_STR("rounded up", zb_number_text(0.999, buf, sizeof buf), "1");
	CHECK_STR("large, no exponent", zb_number_text(6138807.5, buf, sizeof buf), "6138807.5");

	CHECK("three Chinese characters are 3 ems", zb_text_ems("市妇联") == 3);
	CHECK("Latin letters are narrower", zb_text_ems("ab") > 1.1 && zb_text_ems("ab") < 1.3);
	return TEST_EXIT();
}
