/* aggops_test.c - the aggregate ops, their exact merge, numbers, conditions,
 * groups and plans. */
#include "aggops.h"
#include "testing.h"

#include <math.h>
#include <stdlib.h>

/* The result of op over vals[0..n) as printed, "" when undefined. */
static const char *result(const zb_agg_op *op, zb_agg_acc *a)
{
	static char buf[ZB_AGG_NUMBUF];
	zb_agg_result r = zb_agg_finish(a, op);
	if (r.kind == ZB_RES_NUM)
		zb_agg_format(r.num, buf);
	else
		snprintf(buf, sizeof buf, "%s", r.kind == ZB_RES_TEXT ? r.text : "");
	return buf;
}

static const char *over(const char *name, const double *vals, int n)
{
	const zb_agg_op *op = zb_agg_op_find(name, strlen(name));
	static char keep[ZB_AGG_NUMBUF];
	zb_agg_acc a;
	zb_agg_init(&a, op->parts);
	for (int i = 0; i < n; i++) {
		char text[16];
		snprintf(text, sizeof text, "row%d", i);
		zb_agg_add(&a, vals[i], text, strlen(text));
	}
	snprintf(keep, sizeof keep, "%s", result(op, &a));
	zb_agg_free(&a);
	return keep;
}

/* Result of op as raw bits, for exact comparisons. */
static int same_result(const zb_agg_op *op, zb_agg_acc *x, zb_agg_acc *y)
{
	zb_agg_result a = zb_agg_finish(x, op), b = zb_agg_finish(y, op);
	if (a.kind != b.kind)
		return 0;
	if (a.kind == ZB_RES_NUM)
		return memcmp(&a.num, &b.num, sizeof a.num) == 0;
	return a.kind == ZB_RES_NONE || strcmp(a.text, b.text) == 0;
}

static void test_table_rows(void)
{
	int n = 0, ok_help = 1, ok_find = 1, ok_unique = 1;
	for (const zb_agg_op *op = zb_agg_ops; op->name; op++, n++) {
		ok_help &= op->help && *op->help && op->finish != NULL;
		ok_find &= zb_agg_op_find(op->name, strlen(op->name)) == op;
		for (const zb_agg_op *o2 = zb_agg_ops; o2 != op; o2++)
			ok_unique &= strcmp(o2->name, op->name) != 0;
		ok_help &= *zb_agg_args_synopsis(op->args) == ':' || *zb_agg_args_synopsis(op->args) == '[';
	}
	CHECK("op table not empty", n >= 10);
	CHECK("every op has help, a finish and an argument synopsis", ok_help);
	CHECK("every op name finds its row", ok_find);
	CHECK("op names unique", ok_unique);
	CHECK("unknown op", zb_agg_op_find("summ", 4) == NULL && zb_agg_op_find("su", 2) == NULL);
}

static void test_parse(void)
{
	static const struct { const char *s; double v; } good[] = {
		{"0", 0}, {"12", 12}, {"-12", -12}, {"+3", 3}, {"6.07", 6.07}, {".5", 0.5}, {"5.", 5},
		{"607000000", 607000000}, {"1e3", 1000}, {"2.5E-2", 0.025}, {"0.1", 0.1},
		{"123456789012345678901234", 123456789012345678901234.0}, {"0.000000000000000000000000123", 1.23e-25},
		{"9007199254740993", 9007199254740993.0}, {"1e-400", 0},
	};
	static const char *const bad[] = {"abc", "1,000", " 1", "1 ", "--1", "1e", "e3", ".", "-", "0x10",
					  "inf", "nan", "1.2.3", "1e999", "四"};
	int ok = 1;
	double v;
	for (size_t i = 0; i < sizeof good / sizeof good[0]; i++)
		if (zb_agg_parse(good[i].s, strlen(good[i].s), &v) != ZB_NUM_OK || v != good[i].v) {
			printf("parse %s -> %.17g\n", good[i].s, v);
			ok = 0;
		}
	CHECK("plain decimals parse as strtod does", ok);
	ok = 1;
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		ok &= zb_agg_parse(bad[i], strlen(bad[i]), &v) == ZB_NUM_BAD;
	CHECK("non-numbers are bad", ok);
	CHECK("empty is empty", zb_agg_parse("", 0, &v) == ZB_NUM_EMPTY);
	CHECK("-0 reads as +0", zb_agg_parse("-0", 2, &v) == ZB_NUM_OK && !signbit(v));
	CHECK("length bounds the number", zb_agg_parse("12abc", 2, &v) == ZB_NUM_OK && v == 12);
	/* Random decimals: the fast path agrees with strtod bit for bit. */
	srand(7);
	ok = 1;
	for (int i = 0; i < 20000; i++) {
		char s[64];
		snprintf(s, sizeof s, "%s%d.%0*d", rand() % 3 ? "" : "-", rand() % 100000, rand() % 9 + 1, rand());
		double want = strtod(s, NULL) + 0.0;
		ok &= zb_agg_parse(s, strlen(s), &v) == ZB_NUM_OK && memcmp(&v, &want, sizeof v) == 0;
	}
	CHECK("20000 random decimals equal strtod", ok);
}

static void test_format(void)
{
	static const struct { double v; const char *s; } cases[] = {
		{0, "0"}, {1, "1"}, {-3, "-3"}, {2.5, "2.5"}, {1.0 / 3, "0.333333"}, {607000000, "607000000"},
		{1e15, "1000000000000000"}, {-1e-9, "0"}, {0.1 + 0.2, "0.3"}, {1234.5678901, "1234.56789"},
		{1e-7, "0"}, {2.0000004, "2"}, {9.9999996, "10"},
	};
	char buf[ZB_AGG_NUMBUF];
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char name[64];
		snprintf(name, sizeof name, "format %s", cases[i].s);
		zb_agg_format(cases[i].v, buf);
		CHECK_STR(name, buf, cases[i].s);
	}
	zb_agg_format(1e300, buf);
	CHECK("format never uses an exponent", !strchr(buf, 'e') && strlen(buf) == 301);
}

static void test_results(void)
{
	static const double four[] = {4, 1, 3, 2};
	static const double eight[] = {2, 4, 4, 4, 5, 5, 7, 9};
	static const double ranks[] = {3, 1, 7, 1, 2};
	CHECK_STR("count", over("count", four, 4), "4");
	CHECK_STR("sum", over("sum", four, 4), "10");
	CHECK_STR("sum of none", over("sum", four, 0), "0");
	CHECK_STR("mean", over("mean", four, 4), "2.5");
	CHECK_STR("mean of none", over("mean", four, 0), "");
	CHECK_STR("min", over("min", four, 4), "1");
	CHECK_STR("max", over("max", four, 4), "4");
	CHECK_STR("range", over("range", four, 4), "3");
	CHECK_STR("median even", over("median", four, 4), "2.5");
	CHECK_STR("median odd", over("median", ranks, 5), "2");
	CHECK_STR("q1 (GSL: (n-1)f interpolated)", over("q1", four, 4), "1.75");
	CHECK_STR("q3", over("q3", four, 4), "3.25");
	CHECK_STR("iqr", over("iqr", four, 4), "1.5");
	CHECK_STR("var (sample)", over("var", eight, 8), "4.571429");
	CHECK_STR("sd (sample)", over("sd", eight, 8), "2.13809");
	CHECK_STR("sd of one value", over("sd", eight, 1), "");
	CHECK_STR("median of none", over("median", four, 0), "");
	CHECK_STR("argmax", over("argmax", four, 4), "row0");
	CHECK_STR("argmax keeps the first of a tie", over("argmax", ranks + 1, 4), "row1");
	CHECK_STR("argmax of none", over("argmax", four, 0), "");
	CHECK_STR("top3: the three largest, largest first", over("top3", four, 4), "row0；row2；row3");
	CHECK_STR("top3: of a tie the first added first", over("top3", ranks + 1, 4), "row1；row3；row0");
	CHECK_STR("top3 of two values", over("top3", four, 2), "row0；row1");
	CHECK_STR("top3 of none", over("top3", four, 0), "");
}

static void test_exact_sum(void)
{
	static const double cancel[] = {1e16, 1, -1e16};
	double tenth[10];
	for (int i = 0; i < 10; i++)
		tenth[i] = 0.1;
	CHECK_STR("sum survives cancellation", over("sum", cancel, 3), "1");
	CHECK_STR("ten times 0.1 is 1", over("sum", tenth, 10), "1");
	/* The sum does not depend on the order of adding. */
	enum { N = 2000 };
	static double v[N];
	srand(11);
	for (int i = 0; i < N; i++)
		v[i] = (rand() % 2 ? 1 : -1) * ldexp((double)rand() / RAND_MAX, rand() % 120 - 60);
	const zb_agg_op *sum = zb_agg_op_find("sum", 3);
	zb_agg_acc a, b;
	zb_agg_init(&a, ZB_AGG_SUM);
	zb_agg_init(&b, ZB_AGG_SUM);
	for (int i = 0; i < N; i++) {
		zb_agg_add(&a, v[i], NULL, 0);
		zb_agg_add(&b, v[N - 1 - i], NULL, 0);
	}
	CHECK("sum forwards equals sum backwards, bit for bit", same_result(sum, &a, &b));
	zb_agg_free(&a);
	zb_agg_free(&b);
	/* A sum beyond the range of a double is undefined, and stays so through a partial. */
	zb_agg_buf buf = {NULL, 0, 0};
	zb_agg_init(&a, ZB_AGG_SUM);
	zb_agg_init(&b, ZB_AGG_SUM);
	zb_agg_add(&a, 1.5e308, NULL, 0);
	zb_agg_add(&a, 1.5e308, NULL, 0);
	CHECK("overflowed sum is undefined", zb_agg_finish(&a, sum).kind == ZB_RES_NONE);
	CHECK("overflowed sum saves and loads", zb_agg_save(&a, &buf) == 0 && zb_agg_load(&b, buf.p, buf.len) == 0 &&
	      zb_agg_finish(&b, sum).kind == ZB_RES_NONE);
	zb_agg_free(&a);
	zb_agg_free(&b);
	free(buf.p);
}

/* Every op: one pass equals shards merged, directly and through save/load. */
static void test_merge(void)
{
	enum { N = 97 };
	double v[N];
	char text[N][16];
	srand(3);
	for (int i = 0; i < N; i++) {
		v[i] = (rand() % 2000 - 1000) / (double)(1 + rand() % 7);
		if (i % 10 == 0)
			v[i] = 999;  /* ties for argmax */
		snprintf(text[i], sizeof text[i], "t,%d", i);
	}
	for (const zb_agg_op *op = zb_agg_ops; op->name; op++) {
		int ok = 1, ok_io = 1;
		zb_agg_acc one;
		zb_agg_init(&one, op->parts);
		for (int i = 0; i < N; i++)
			zb_agg_add(&one, v[i], text[i], strlen(text[i]));
		for (int k = 0; k <= N; k += 8) {
			zb_agg_acc x, y, via;
			zb_agg_buf buf = {NULL, 0, 0};
			zb_agg_init(&x, op->parts);
			zb_agg_init(&y, op->parts);
			zb_agg_init(&via, op->parts);
			for (int i = 0; i < N; i++)
				zb_agg_add(i < k ? &x : &y, v[i], text[i], strlen(text[i]));
			/* through text: save x, load it, merge y saved and loaded */
			ok_io &= zb_agg_save(&x, &buf) == 0 && zb_agg_load(&via, buf.p, buf.len) == 0;
			zb_agg_acc ly;
			zb_agg_init(&ly, op->parts);
			ok_io &= zb_agg_save(&y, &buf) == 0 && zb_agg_load(&ly, buf.p, buf.len) == 0;
			ok_io &= zb_agg_merge(&via, &ly) == 0 && same_result(op, &one, &via);
			ok &= zb_agg_merge(&x, &y) == 0 && same_result(op, &one, &x);
			zb_agg_free(&x);
			zb_agg_free(&y);
			zb_agg_free(&ly);
			zb_agg_free(&via);
			free(buf.p);
		}
		char name[64];
		snprintf(name, sizeof name, "%s: shards merged equal one pass", op->name);
		CHECK(name, ok);
		snprintf(name, sizeof name, "%s: saved and loaded shards equal one pass", op->name);
		CHECK(name, ok_io);
		zb_agg_free(&one);
	}
	zb_agg_acc a;
	zb_agg_init(&a, ZB_AGG_SUM | ZB_AGG_VALUES);
	CHECK("load: a state of the wrong shape is malformed", zb_agg_load(&a, "2 r=1;2", 7) == -2);
	CHECK("load: too few values is malformed", zb_agg_load(&a, "2 s=3 v=1", 9) == -2);
	CHECK("load: garbage is malformed", zb_agg_load(&a, "x", 1) == -2);
	CHECK("load: a count far beyond the values written is malformed, not out of memory",
	      zb_agg_load(&a, "999999999999999 s=3 v=1", 23) == -2);
	zb_agg_free(&a);
	zb_agg_init(&a, ZB_AGG_TOP);
	CHECK("load: top texts with ; and blanks", zb_agg_load(&a, "2 k=5:3:a;b;4:2: c", 18) == 0 && a.ntop == 2 &&
	      !strcmp(a.topt[0], "a;b") && !strcmp(a.topt[1], " c"));
	zb_agg_free(&a);
	zb_agg_init(&a, ZB_AGG_TOP);
	CHECK("load: a top text longer than the state is malformed", zb_agg_load(&a, "1 k=5:9:ab", 10) == -2);
	zb_agg_free(&a);
	zb_agg_init(&a, ZB_AGG_TOP);
	CHECK("load: more than three tops is malformed",
	      zb_agg_load(&a, "4 k=1:0:;1:0:;1:0:;1:0:", 23) == -2);
	zb_agg_free(&a);
}

static void test_terms(void)
{
	zb_agg_term t;
	const char *why;
	CHECK("term COL=A|B", zb_agg_term_parse(&t, "type=rank|first", 15, &why) == 0 && !strcmp(t.col, "type") &&
	      t.cmp == ZB_CMP_IN && t.nvals == 2);
	CHECK("IN matches alternatives", zb_agg_term_match(&t, "first", 5) && zb_agg_term_match(&t, "rank", 4) &&
	      !zb_agg_term_match(&t, "ran", 3) && !zb_agg_term_match(&t, "", 0));
	zb_agg_term_free(&t);
	CHECK("term COL!=A", zb_agg_term_parse(&t, "scope!=nation", 13, &why) == 0 && t.cmp == ZB_CMP_NOT_IN);
	CHECK("NOT_IN", !zb_agg_term_match(&t, "nation", 6) && zb_agg_term_match(&t, "", 0));
	zb_agg_term_free(&t);
	CHECK("term COL= matches empty", zb_agg_term_parse(&t, "scope=", 6, &why) == 0 &&
	      zb_agg_term_match(&t, "", 0) && !zb_agg_term_match(&t, "x", 1));
	zb_agg_term_free(&t);
	CHECK("term COL>=N", zb_agg_term_parse(&t, "value>=4", 8, &why) == 0 && t.cmp == ZB_CMP_GE && t.num == 4);
	CHECK("numeric compare", zb_agg_term_match(&t, "4", 1) && zb_agg_term_match(&t, "12.5", 4) &&
	      !zb_agg_term_match(&t, "3.9", 3) && !zb_agg_term_match(&t, "", 0) && !zb_agg_term_match(&t, "x", 1));
	zb_agg_term_free(&t);
	CHECK("term COL==N compares numbers", zb_agg_term_parse(&t, "value==1", 8, &why) == 0 &&
	      zb_agg_term_match(&t, "1.0", 3) && !zb_agg_term_match(&t, "11", 2));
	zb_agg_term_free(&t);
	CHECK("term without comparison", zb_agg_term_parse(&t, "type", 4, &why) == -1);
	CHECK("term without column", zb_agg_term_parse(&t, "=x", 2, &why) == -1);
	CHECK("numeric term needs a number", zb_agg_term_parse(&t, "v<x", 3, &why) == -1);
	CHECK("lone !", zb_agg_term_parse(&t, "v!x", 3, &why) == -1);
}

static void test_table(void)
{
	unsigned parts[1] = {0};
	zb_agg_table t;
	int added, ok = 1;
	zb_agg_table_init(&t, 1, parts);
	zb_agg_table_sort(&t);
	CHECK("sorting no groups", t.n == 0);
	for (int i = 0; i < 5000; i++) {
		char key[16];
		int n = snprintf(key, sizeof key, "k%d", (i * 7) % 1000);
		zb_agg_group *g = zb_agg_table_get(&t, key, (size_t)n + 1, &added);
		ok &= g != NULL && added == (i < 1000);
		zb_agg_add_row(&g->accs[0]);
	}
	CHECK("1000 groups found again by key", ok && t.n == 1000);
	CHECK("first-appearance order", !strcmp(t.groups[0].key, "k0") && !strcmp(t.groups[1].key, "k7"));
	zb_agg_table_sort(&t);
	CHECK("sorted by key bytes", !strcmp(t.groups[0].key, "k0") && !strcmp(t.groups[1].key, "k1") &&
	      !strcmp(t.groups[2].key, "k10"));
	zb_agg_group *g = zb_agg_table_get(&t, "k10", 4, &added);
	CHECK("found after sorting", g && !added && g->accs[0].n == 5);
	zb_agg_table_free(&t);
}

static void test_plan(void)
{
	static const zb_field header[] = {{"dept", 4}, {"type", 4}, {"value", 5}, {"note", 4}};
	static const zb_field rows[][4] = {
		{{"a", 1}, {"rank", 4}, {"2", 1}, {"x", 1}},
		{{"b", 1}, {"rank", 4}, {"", 0}, {"", 0}},
		{{"a", 1}, {"top", 3}, {"5", 1}, {"y", 1}},
		{{"a", 1}, {"rank", 4}, {"oops", 4}, {"z", 1}},
	};
	zb_agg_plan p;
	zb_agg_table t;
	char why[ZB_AGG_WHY];
	const char *what;
	int bad;
	zb_agg_plan_init(&p);
	CHECK("plan group", zb_agg_plan_group(&p, "dept", why) == 0 && p.ngcols == 1);
	CHECK("plan col count", zb_agg_plan_col(&p, NULL, "count", "", why) == 0);
	CHECK("plan col sum", zb_agg_plan_col(&p, NULL, "sum:value", "", why) == 0);
	CHECK("plan col median shares sum's accumulator",
	      zb_agg_plan_col(&p, NULL, "median:value", "", why) == 0 && p.naccs == 2 && p.cols[2].acc == 1);
	CHECK("plan col with condition", zb_agg_plan_col(&p, "ranks", "count:note", "type=rank", why) == 0 &&
	      p.naccs == 3);
	CHECK_STR("op header", p.cols[1].header, "sum(value)");
	CHECK("unknown op refused", zb_agg_plan_col(&p, NULL, "total:value", "", why) == -1 && strstr(why, "total"));
	CHECK("sum without column refused", zb_agg_plan_col(&p, NULL, "sum", "", why) == -1 &&
	      strstr(why, "sum:COL"));
	CHECK("argmax needs a text column", zb_agg_plan_col(&p, NULL, "argmax:value", "", why) == -1);
	CHECK("bad condition refused", zb_agg_plan_col(&p, NULL, "count", "type", why) == -1);
	CHECK("bind", zb_agg_plan_bind(&p, header, 4, &what) == NULL && p.gidx[0] == 0 && p.accs[1].idx == 2);
	zb_agg_table_init(&t, p.naccs, p.parts);
	CHECK("row added", zb_agg_plan_row(&p, &t, rows[0], &bad) == ZB_ROW_ADDED);
	CHECK("row with empty value added", zb_agg_plan_row(&p, &t, rows[1], &bad) == ZB_ROW_ADDED);
	CHECK("row added", zb_agg_plan_row(&p, &t, rows[2], &bad) == ZB_ROW_ADDED);
	CHECK("bad row names its accumulator", zb_agg_plan_row(&p, &t, rows[3], &bad) == ZB_ROW_BAD &&
	      !strcmp(p.accs[bad].col, "value"));
	CHECK("two groups", t.n == 2 && !strcmp(t.groups[1].key, "b"));
	CHECK_STR("count a (bad row not added)", result(p.cols[0].op, &t.groups[0].accs[p.cols[0].acc]), "2");
	CHECK_STR("sum a", result(p.cols[1].op, &t.groups[0].accs[p.cols[1].acc]), "7");
	CHECK_STR("median a", result(p.cols[2].op, &t.groups[0].accs[p.cols[2].acc]), "3.5");
	CHECK_STR("count:note under a condition", result(p.cols[3].op, &t.groups[0].accs[p.cols[3].acc]), "1");
	CHECK_STR("count b", result(p.cols[0].op, &t.groups[1].accs[p.cols[0].acc]), "1");
	CHECK_STR("median b of no values", result(p.cols[2].op, &t.groups[1].accs[p.cols[2].acc]), "");
	CHECK("where filters rows", zb_agg_plan_where(&p, "type!=top", '\0', why) == 0 &&
	      zb_agg_plan_bind(&p, header, 4, &what) == NULL &&
	      zb_agg_plan_row(&p, &t, rows[2], &bad) == ZB_ROW_FILTERED);
	zb_agg_table_free(&t);
	CHECK("missing column named", zb_agg_plan_bind(&p, header, 2, &what) != NULL &&
	      !strcmp(zb_agg_plan_bind(&p, header, 2, &what), "value") && !strcmp(what, "an operation"));
	CHECK("empty group column refused", zb_agg_plan_group(&p, "a,,b", why) == -1);
	zb_agg_plan_free(&p);

	/* A TEXTCOL joining columns: their non-empty cells, a blank between. */
	zb_agg_plan_init(&p);
	CHECK("plan top3 over joined text", zb_agg_plan_col(&p, NULL, "top3:value:note+type", "", why) == 0 &&
	      zb_agg_plan_bind(&p, header, 4, &what) == NULL && p.accs[0].ntext == 2);
	CHECK("joined text: a missing column is named",
	      zb_agg_plan_bind(&p, header, 3, &what) && !strcmp(zb_agg_plan_bind(&p, header, 3, &what), "note"));
	zb_agg_plan_bind(&p, header, 4, &what);
	zb_agg_table_init(&t, p.naccs, p.parts);
	zb_agg_plan_row(&p, &t, rows[0], &bad);
	zb_agg_plan_row(&p, &t, rows[2], &bad);
	CHECK_STR("joined text in the result", result(p.cols[0].op, &t.groups[0].accs[0]), "y top；x rank");
	zb_agg_table_free(&t);
	CHECK("joined text: a+ refused", zb_agg_plan_col(&p, NULL, "top3:value:note+", "", why) == -1);
	CHECK("joined text: a++b refused", zb_agg_plan_col(&p, NULL, "argmax:value:note++type", "", why) == -1);
	CHECK("joined text: five columns refused", zb_agg_plan_col(&p, NULL, "top3:value:a+b+c+d+e", "", why) == -1);
	zb_agg_plan_free(&p);
}

/* -g 'dept|doc': the doc stands in for an empty dept. */
static void test_stand_in(void)
{
	static const zb_field header[] = {{"dept", 4}, {"doc", 3}};
	static const zb_field rows[][2] = {{{"", 0}, {"a.txt", 5}}, {{"市甲", 6}, {"a.txt", 5}}, {{"", 0}, {"", 0}}};
	zb_agg_plan p;
	char why[ZB_AGG_WHY];
	const char *what;
	zb_agg_plan_init(&p);
	CHECK("stand-in: group dept|doc,doc", zb_agg_plan_group(&p, "dept|doc,doc", why) == 0 && p.ngcols == 2 &&
	      !strcmp(p.gcols[0], "dept") && !strcmp(p.gfall[0], "doc") && p.gfall[1] == NULL);
	CHECK("stand-in: bound", zb_agg_plan_bind(&p, header, 2, &what) == NULL && p.gfidx[0][0] == 1 &&
	      p.gfidx[0][1] == -1);
	zb_agg_plan_key(&p, rows[0]);
	CHECK("stand-in: an empty cell takes the stand-in's", p.keylen == 12 && !memcmp(p.key, "a.txt\0a.txt\0", 12));
	zb_agg_plan_key(&p, rows[1]);
	CHECK("stand-in: a cell of its own is kept", p.keylen == 13 && !memcmp(p.key, "市甲\0a.txt\0", 13));
	zb_agg_plan_key(&p, rows[2]);
	CHECK("stand-in: both empty, the key is empty", p.keylen == 2);
	CHECK("stand-in: a missing stand-in is named", zb_agg_plan_bind(&p, header, 1, &what) != NULL &&
	      !strcmp(what, "-g"));
	zb_agg_plan_free(&p);
	zb_agg_plan_init(&p);
	p.gfall_optional = 1;
	CHECK("stand-in: optional, a missing stand-in is left out", zb_agg_plan_group(&p, "dept|doc", why) == 0 &&
	      zb_agg_plan_bind(&p, header, 1, &what) == NULL && p.gfidx[0][0] == -1);
	zb_agg_plan_free(&p);
	zb_agg_plan_init(&p);
	CHECK("stand-in: a||b refused", zb_agg_plan_group(&p, "a||b", why) == -1);
	zb_agg_plan_free(&p);
	zb_agg_plan_init(&p);
	CHECK("stand-in: a| refused", zb_agg_plan_group(&p, "a|,b", why) == -1);
	zb_agg_plan_free(&p);
	zb_agg_plan_init(&p);
	CHECK("stand-in: |a refused", zb_agg_plan_group(&p, "|a", why) == -1);
	zb_agg_plan_free(&p);
}

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	test_table_rows();
	test_parse();
	test_format();
	test_results();
	test_exact_sum();
	test_merge();
	test_terms();
	test_table();
	test_plan();
	test_stand_in();
	return TEST_EXIT();
}
