/* structure_test.c - every structure table row has its example, and the
 * lookups find what the rows say. */
#include "structure.h"
#include "testing.h"

#include <stdio.h>
#include <string.h>

static void rows(void)
{
	for (size_t t = 0; t < zb_nstructure_tables; t++) {
		const zb_keyword_table *k = zb_structure_tables[t];
		CHECK(k->name, *k->name && *k->help && k->nrows > 0);
		for (size_t i = 0; i < k->nrows; i++) {
			const zb_keyword *row = &k->rows[i];
			char name[200];
			snprintf(name, sizeof name, "%s row '%s' has a class and an example holding it", k->name, row->word);
			CHECK(name, *row->word && row->cls >= 0 && row->cls < k->ncls && strstr(row->example, row->word));
		}
	}
	/* the examples are what the lookups take them for */
	for (size_t i = 0; i < zb_kw_department_end.nrows; i++) {
		const char *ex = zb_kw_department_end.rows[i].example;
		CHECK(ex, zb_kw_ending(&zb_kw_department_end, ex, strlen(ex)) > 0);
	}
	for (size_t i = 0; i < zb_kw_task_verb.nrows; i++) {
		const char *ex = zb_kw_task_verb.rows[i].example;
		CHECK(ex, zb_kw_prefix(&zb_kw_task_verb, ex, strlen(ex), NULL) > 0);
	}
	for (size_t i = 0; i < zb_kw_task_end.nrows; i++) {
		const char *ex = zb_kw_task_end.rows[i].example;
		CHECK(ex, zb_kw_ending(&zb_kw_task_end, ex, strlen(ex)) > 0);
	}
}

static void lookups(void)
{
	CHECK("range mark 至", zb_range_mark_at("至5月", strlen("至5月")) == strlen("至"));
	CHECK("range mark -", zb_range_mark_at("-9月", 4) == 1);
	CHECK("no range mark", zb_range_mark_at("和5月", strlen("和5月")) == 0);
	CHECK("ending: the longest row", zb_kw_ending(&zb_kw_department_end, "市城投公司", strlen("市城投公司")) ==
	      strlen("公司"));
	const zb_keyword *row = NULL;
	CHECK("prefix: the row", zb_kw_prefix(&zb_kw_page_marker, "（下转5版）", strlen("（下转5版）"), &row) ==
	      strlen("（下转") && row && row->cls == ZB_PAGE_OPEN);
	CHECK("prefix: none", zb_kw_prefix(&zb_kw_page_marker, "下转", strlen("下转"), NULL) == 0);
}

int main(void)
{
	rows();
	lookups();
	return TEST_EXIT();
}
