/* chart_test.c - the kinds and formats tables, the data text, and what
 * every kind's script holds. */
#include "chart.h"
#include "testing.h"

#include <stdlib.h>

static const char *rows[] = {"市科协", "全文"};
static const char *series[] = {"全省第1", "其他"};
static const double v[] = {3, 1.5, 0, 2};

static zb_chart sample(const zb_chart_kind *k, size_t nrows)
{
	return (zb_chart){
		.kind = k, .format = zb_chart_format_of("x.png"), .nrows = nrows, .nseries = 2,
		.rows = rows, .series = series, .v = v, .other_series = 1, .xlabel = "部门",
		.total = "合计", .unit = "条", .title = "标题", .source = "", .font = "Test Sans",
		.width = 1280, .height = 720, .values = 1, .about = "test.", .image = "x.png",
		.data = "x.tsv", .script = "x.gp",
	};
}

static char *text(const zb_chart *c, int data, int *crowded)
{
	char *buf;
	size_t len;
	FILE *fp = open_memstream(&buf, &len);
	if (data)
		zb_chart_data(fp, c);
	else
		*crowded = zb_chart_script(fp, c);
	fclose(fp);
	return buf;
}

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	char name[128];
	int crowded;
	for (const zb_chart_kind *k = zb_chart_kinds; k->name; k++) {
		zb_chart c = sample(k, 2);
		char *s = text(&c, 0, &crowded);
		snprintf(name, sizeof name, "%s: named, helped, found by name", k->name);
		CHECK(name, *k->help && zb_chart_kind_named(k->name) == k);
		snprintf(name, sizeof name, "%s: draws every series", k->name);
		CHECK(name, strstr(s, "title '全省第1'") && strstr(s, "title '其他'"));
		snprintf(name, sizeof name, "%s: rows label their axis", k->name);
		CHECK(name, strstr(s, k->horizontal ? ":ytic(1)" : ":xtic(1)") != NULL);
		snprintf(name, sizeof name, "%s: first row at the top or left", k->name);
		CHECK(name, strstr(s, k->horizontal ? "set yrange [1.5:-0.5]" : "set xrange [-0.5:1.5]") != NULL);
		snprintf(name, sizeof name, "%s: the gathered series is grey", k->name);
		CHECK(name, strstr(s, "'#bab0ac'") != NULL);
		snprintf(name, sizeof name, "%s: bars or lines", k->name);
		CHECK(name, strstr(s, k->layout == ZB_CHART_LINE ? "with linespoints" : "with boxxyerror") != NULL);
		snprintf(name, sizeof name, "%s: two rows are not crowded", k->name);
		CHECK(name, crowded == 0);
		free(s);
	}
	CHECK("unknown kind", zb_chart_kind_named("pie") == NULL);

	/* Eight long series names need two key rows: the plot starts lower. */
	static const char *long_names[] = {"全省第4及以后", "全省首个/首次", "全省前列", "全国排名", "其他范围",
					   "全省第1", "全省第2", "全省第3"};
	static const double v8[16] = {1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 6, 7, 8};
	zb_chart two = sample(zb_chart_kind_named("hstack"), 2), eight = two;
	eight.series = long_names;
	eight.nseries = 8;
	eight.v = v8;
	char *s2 = text(&two, 0, &crowded), *s8 = text(&eight, 0, &crowded);
	double t2 = atof(strstr(s2, "set tmargin at screen ") + 22), t8 = atof(strstr(s8, "set tmargin at screen ") + 22);
	CHECK("a key that wraps into two rows gets room under the title", t8 < t2 - 0.02);
	free(s2);
	free(s8);
	for (const zb_chart_format *f = zb_chart_formats; f->ext; f++) {
		snprintf(name, sizeof name, "x%s is %s", f->ext, f->terminal);
		char path[64];
		snprintf(path, sizeof path, "out/x%s", f->ext);
		CHECK(name, zb_chart_format_of(path) == f && *f->help);
	}
	CHECK_STR("extension in any case", zb_chart_format_of("A.PNG")->terminal, "pngcairo");
	CHECK("no extension, no format", zb_chart_format_of("out.d/png") == NULL);
	CHECK("unknown extension", zb_chart_format_of("x.jpg") == NULL);

	zb_chart c = sample(zb_chart_kind_named("hstack"), 2);
	char *d = text(&c, 1, &crowded);
	CHECK_STR("data: header, rows, totals", d,
		  "# 部门\t全省第1\t其他\t合计\n市科协\t3\t1.5\t4.5\n全文\t0\t2\t2\n");
	free(d);

	/* 200 rows cannot be read at 1280x720. */
	const char **many = malloc(200 * sizeof *many);
	double *mv = calloc(400, sizeof *mv);
	for (int i = 0; i < 200; i++)
		many[i] = "市自然资源和规划局";
	c.rows = many;
	c.v = mv;
	c.nrows = 200;
	free(text(&c, 0, &crowded));
	CHECK("200 rows are crowded", crowded == 1);
	free(many);
	free(mv);
	return TEST_EXIT();
}
