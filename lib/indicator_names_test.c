/* indicator_names_test.c - every row of data/indicators.tsv maps its alias
 * to its indicator and has an example; a canonical name is one of its own
 * aliases; leading places and scope words, growth words; a user's file
 * adding and replacing rows, and its errors. */
#include "indicator_names.h"
#include "tsv.h"
#include "testing.h"

#include <stdlib.h>

static const char *of(const zb_indicator_names *m, const char *subject)
{
	static char out[256];
	zb_indicator_of(m, subject, strlen(subject), out, sizeof out);
	return out;
}

struct walk {
	const zb_indicator_names *m;
	int rows, mapped, examples, canonical;
};

static int walk_row(void *ctx, char **f, int n, long line)
{
	struct walk *w = ctx;
	w->rows++;
	if (strcmp(of(w->m, f[1]), f[0]) != 0) {
		printf("line %ld: %s gives '%s', not %s\n", line, f[1], of(w->m, f[1]), f[0]);
		w->mapped = 0;
	}
	if (n < 3 || !*f[2]) {
		printf("line %ld: %s has no example\n", line, f[1]);
		w->examples = 0;
	}
	if (strcmp(of(w->m, f[0]), f[0]) != 0) {
		printf("line %ld: %s is not an alias of itself\n", line, f[0]);
		w->canonical = 0;
	}
	return 0;
}

int main(void)
{
	zb_indicator_names *m = zb_indicator_names_new();
	CHECK("the table loads", m != NULL);
	if (!m)
		return TEST_EXIT();
	char *text = strdup(zb_indicators_tsv);
	long bad = 0;
	struct walk w = {m, 0, 1, 1, 1};
	CHECK("the table's text is rows of three fields", text && zb_tsv_each(text, strlen(text), 3, walk_row, &w, &bad) == 0);
	free(text);
	CHECK("it has the indicators statistics bureaus publish", w.rows >= 100);
	CHECK("every alias gives its indicator", w.mapped);
	CHECK("every row has an example", w.examples);
	CHECK("every indicator is an alias of itself", w.canonical);

	CHECK_STR("GDP", of(m, "GDP"), "地区生产总值");
	CHECK_STR("a leading scope word", of(m, "全市GDP"), "地区生产总值");
	CHECK_STR("a leading place", of(m, "大庆市地区生产总值"), "地区生产总值");
	CHECK_STR("a place then a scope word", of(m, "岳阳市全市生产总值"), "地区生产总值");
	CHECK_STR("a growth word is kept", of(m, "规上工业增加值增速"), "规模以上工业增加值增速");
	CHECK_STR("增幅 too", of(m, "社零总额增幅"), "社会消费品零售总额增幅");
	CHECK_STR("a longer name is not its ending's (高技术制造业增加值)", of(m, "高技术制造业增加值"), "高技术制造业增加值");
	CHECK_STR("an ending is not a name (新增加值)", of(m, "新增加值"), "");
	CHECK_STR("a subject that is no indicator", of(m, "困难重度残疾人家庭"), "");
	CHECK_STR("a growth word alone", of(m, "增速"), "");
	CHECK_STR("empty", of(m, ""), "");

	zb_indicator_carry k = {.set = 0};
	char out[256];
	zb_indicator_of_row(m, &k, "a.txt", 5, "3", 1, "进出口总额", strlen("进出口总额"), out, sizeof out);
	zb_indicator_of_row(m, &k, "a.txt", 5, "3", 1, "增速", strlen("增速"), out, sizeof out);
	CHECK_STR("a growth word alone: the sentence's indicator", out, "进出口总额增速");
	zb_indicator_of_row(m, &k, "a.txt", 5, "4", 1, "增速", strlen("增速"), out, sizeof out);
	CHECK_STR("not the sentence before's", out, "");
	zb_indicator_of_row(m, &k, "a.txt", 5, "5", 1, "规上工业增加值增速", strlen("规上工业增加值增速"), out, sizeof out);
	zb_indicator_of_row(m, &k, "a.txt", 5, "5", 1, "增幅", strlen("增幅"), out, sizeof out);
	CHECK_STR("its growth word goes, the subject's comes", out, "规模以上工业增加值增幅");
	zb_indicator_of_row(m, &k, "b.txt", 5, "5", 1, "增速", strlen("增速"), out, sizeof out);
	CHECK_STR("not another document's", out, "");

	char path[] = "/tmp/zb-indicators-XXXXXX";
	int fd = mkstemp(path);
	FILE *fp = fd >= 0 ? fdopen(fd, "w") : NULL;
	if (fp) {
		fputs("# mine\n新能源汽车产量\t新能源车产量\t新能源车产量186.7万辆\n地区生产总值\t经济总量\t\n"
		      "外贸依存度\t外贸依存度\n", fp);
		fclose(fp);
	}
	long line = 0;
	CHECK("a user's file is read", fp && zb_indicator_names_add_file(m, path, &line) == 0);
	CHECK_STR("its new alias", of(m, "新能源车产量"), "新能源汽车产量");
	CHECK_STR("a row of two fields", of(m, "外贸依存度"), "外贸依存度");
	CHECK_STR("the table's rows stay", of(m, "社零总额"), "社会消费品零售总额");
	fp = fopen(path, "w");
	if (fp) {
		fputs("# bad\n地区生产总值\tGDP\tok\njust one field\n", fp);
		fclose(fp);
	}
	CHECK("a row of one field is an error with its line",
	      zb_indicator_names_add_file(m, path, &line) == ZB_TSV_BAD && line == 3);
	remove(path);
	CHECK("a file that is not there is an error", zb_indicator_names_add_file(m, path, &line) == -1);
	zb_indicator_names_free(m);
	return TEST_EXIT();
}
