/* reports_test.c - the report registry walked row by row: every report is
 * known by its header, labels its columns, names columns it has, and its
 * ops, conditions, charts and briefing hold together. */
#include "aggops.h"
#include "chart.h"
#include "indicators.h"
#include "keywords.h"
#include "reports.h"
#include "testing.h"

#include <stdlib.h>
#include <string.h>

/* Every name of the comma-separated list is a column of rep. */
static int all_columns(const zb_report *rep, const char *list)
{
	char *copy = strdup(list), *save;
	int ok = 1;
	for (char *t = strtok_r(copy, ",|", &save); t; t = strtok_r(NULL, ",|", &save))
		ok &= zb_report_column(rep, t) != NULL;
	free(copy);
	return ok;
}

/* The group columns of -g GROUP (stand-ins dropped) are the report's
 * columns without an op, in order, and those come first. */
static int group_columns_first(const zb_report *r)
{
	const zb_report_col *c = zb_report_cols(r);
	char *copy = strdup(r->group), *save;
	int ok = 1;
	for (char *t = strtok_r(copy, ",", &save); t; t = strtok_r(NULL, ",", &save), c++) {
		t[strcspn(t, "|")] = '\0';
		ok &= c->name && !c->op && strcmp(c->name, t) == 0;
	}
	for (; c->name; c++)
		ok &= c->op != NULL;
	free(copy);
	return ok;
}

/* Every op and condition of a group report parses. */
static int ops_parse(const zb_report *r)
{
	zb_agg_plan p;
	char why[ZB_AGG_WHY];
	int ok;
	zb_agg_plan_init(&p);
	ok = zb_agg_plan_group(&p, r->group, why) == 0 && zb_agg_plan_where(&p, r->where, ' ', why) == 0;
	for (const zb_report_col *c = zb_report_cols(r); ok && c->name; c++)
		ok = !c->op || zb_agg_plan_col(&p, c->name, c->op, c->when, why) == 0;
	if (!ok)
		printf("  %s: %s\n", r->name, why);
	zb_agg_plan_free(&p);
	return ok;
}

/* Every {COL} of the headline is a column of r, or {#}. */
static int headline_columns(const zb_report *r)
{
	int ok = 1;
	for (const char *h = r->brief.headline; h && (h = strchr(h, '{')); h++) {
		size_t n = strcspn(h + 1, "}");
		char name[64];
		snprintf(name, sizeof name, "%.*s", (int)n, h + 1);
		ok &= h[n + 1] == '}' && (strcmp(name, "#") == 0 || zb_report_column(r, name));
	}
	return ok;
}

static int where_parses(const zb_report *r, const char *conds)
{
	char *copy = strdup(conds), *save;
	int ok = 1;
	for (char *t = strtok_r(copy, " ", &save); t; t = strtok_r(NULL, " ", &save)) {
		zb_agg_term term;
		const char *why;
		ok &= zb_agg_term_parse(&term, t, strlen(t), &why) == 0 && zb_report_column(r, term.col);
		zb_agg_term_free(&term);
	}
	free(copy);
	return ok;
}

static void check_report(const zb_report *r)
{
	char name[160];
	const char *names[64];
	size_t n = 0;
	int labelled = 1, keys = 0;
	for (const zb_report_col *c = zb_report_cols(r); c->name && n < 64; c++) {
		names[n++] = c->name;
		labelled &= c->label && *c->label;
	}
	for (const zb_report *o = zb_reports; o->name; o++)
		keys += zb_report_column(o, r->key) != NULL;
#define CASE(what, cond) do { snprintf(name, sizeof name, "%s: %s", r->name, what); CHECK(name, cond); } while (0)
	CASE("its header is detected as it", zb_report_detect(names, n) == r);
	CASE("found by its name", zb_report_named(r->name) == r);
	CASE("its key column is its own, no other report's", zb_report_column(r, r->key) && keys == 1);
	CASE("every column has a Chinese label", labelled);
	CASE("a help line, a title and a note", *r->help && *r->title && *r->note);
	if (r->chart.kind) {
		CASE("its chart kind is one zb-plot draws", zb_chart_kind_named(r->chart.kind) != NULL);
		CASE("the chart's columns are the report's",
		     all_columns(r, r->chart.x) && all_columns(r, r->chart.y) &&
			     (!r->chart.stack || all_columns(r, r->chart.stack)));
	}
	if (r->engine) {
		int made = 1;
		for (size_t i = 0; i < n; i++)
			made &= zb_row_engine_output(r->engine, names[i]) >= 0;
		CASE("a row report: its engine makes each of its columns", made);
		CASE("a row report: no group, no where", !r->group && !r->where);
	} else {
		CASE("a group report: the group columns first, then columns with ops", group_columns_first(r));
		CASE("a group report: every op and condition parses", ops_parse(r));
	}
	if (r->brief.order) {
		CASE("briefed: a heading level 2 to 5", r->brief.level >= 2 && r->brief.level <= 5);
		CASE("briefed: shows its table or its chart", r->brief.table || r->chart.kind);
	}
	CASE("the briefing's table columns are the report's",
	     (!r->brief.by || all_columns(r, r->brief.by)) && (!r->brief.where || where_parses(r, r->brief.where)));
	CASE("the headline names the report's columns", headline_columns(r));
#undef CASE
}

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	int orders[64] = {0}, unique = 1;
	for (const zb_report *r = zb_reports; r->name; r++) {
		check_report(r);
		if (r->brief.order > 0 && r->brief.order < 64)
			unique &= orders[r->brief.order]++ == 0;
	}
	CHECK("no two reports share a place in the briefing", unique);
	const char *other[] = {"department", "sum", "median"};
	CHECK("a header with no key column is no report", zb_report_detect(other, 3) == NULL);
	const char *nodept[] = {"province_rank1", "claims"};
	CHECK("no department, no report", zb_report_detect(nodept, 2) == NULL);
	CHECK("column looked up in no report", zb_report_column(NULL, "sum") == NULL);
	CHECK("an unknown name is no report", zb_report_named("nosuch") == NULL);

	const zb_report_col *ov = zb_report_cols(zb_report_named("overview"));
	int types = 0;
	for (const zb_report_col *c = ov; c->name; c++) {
		int t = zb_type_find(c->name, strlen(c->name));
		types += t >= 0 && zb_types[t].metric;
	}
	int metric = 0;
	for (int t = 0; t < ZB_NTYPES; t++)
		metric += zb_types[t].metric;
	CHECK("overview: a column per metric type of zb_types", types == metric);

	/* The indicators' tables. */
	int known = 1;
	for (const zb_place_rule *p = zb_place_rules; p->type; p++)
		known &= zb_type_find(p->type, strlen(p->type)) >= 0 && p->example && *p->example;
	CHECK("every place rule is for a type of zb_types, with an example", known);
	CHECK("claim types take the claim place", zb_place_of("rank", 4) == ZB_PLACE_CLAIM &&
	      zb_place_of("top", 3) == ZB_PLACE_CLAIM);
	CHECK("dates take no place", zb_place_of("date", 4) == ZB_PLACE_NONE);
	zb_kw_index *cue = zb_kw_index_new(&zb_kw_cue);
	int cues = cue != NULL;
	for (size_t i = 0; cue && i < zb_kw_down.nrows; i++) {
		const char *w = zb_kw_down.rows[i].word;
		zb_kw_hit h = zb_kw_at(cue, w, strlen(w));
		cues &= h.row && h.len == strlen(w) && h.row->cls == ZB_CUE_CHANGE && *zb_kw_down.rows[i].example;
	}
	CHECK("every down word is a change cue of zb_kw_cue, with an example", cues);
	int growth = zb_kw_growth.nrows > 0;
	for (size_t i = 0; i < zb_kw_growth.nrows; i++)
		growth &= *zb_kw_growth.rows[i].word && *zb_kw_growth.rows[i].example;
	CHECK("every growth word has an example", growth);
	zb_kw_index_free(cue);
	return TEST_EXIT();
}
