/* places_test.c - every row of data/places.tsv: three fields, a province
 * that is a row of its own, names unique, short forms unique and found; and
 * lookups in text written for the test. */
#include "places.h"
#include "testing.h"

int main(void)
{
	CHECK("the table loads", zb_places_load() == 0);
	size_t n;
	const zb_place *p = zb_places(&n);
	CHECK("it has the provinces and prefecture-level cities", n >= 360);
	int provinces = 1, unique = 1, found = 1, shorts = 1;
	for (size_t i = 0; i < n; i++) {
		const zb_place *prov = zb_place_named(p[i].province);
		if (!prov || strcmp(prov->province, prov->name) != 0) {
			printf("line %ld: %s: province %s is not a province row\n", p[i].line, p[i].name, p[i].province);
			provinces = 0;
		}
		for (size_t j = i + 1; j < n; j++) {
			if (strcmp(p[i].name, p[j].name) == 0 ||
			    (p[i].short_name[0] && strcmp(p[i].short_name, p[j].short_name) == 0)) {
				printf("lines %ld and %ld: %s twice\n", p[i].line, p[j].line, p[i].name);
				unique = 0;
			}
		}
		size_t len;
		if (zb_place_at(p[i].name, strlen(p[i].name), 0, &len) != &p[i] || len != strlen(p[i].name)) {
			printf("line %ld: %s is not found as itself\n", p[i].line, p[i].name);
			found = 0;
		}
		if (p[i].short_name[0] && (strlen(p[i].short_name) < 6 || zb_place_named(p[i].short_name) != &p[i])) {
			printf("line %ld: short form %s\n", p[i].line, p[i].short_name);
			shorts = 0;
		}
	}
	CHECK("every province is a row whose province is itself", provinces);
	CHECK("no name or short form twice", unique);
	CHECK("every name is found as itself", found);
	CHECK("every short form is two characters or more and names its row", shorts);

	size_t len;
	const zb_place *hit = zb_place_at("鹤壁市文联工作总结", strlen("鹤壁市文联工作总结"), 0, &len);
	CHECK("a city at the start of a text", hit && strcmp(hit->name, "鹤壁市") == 0 && len == strlen("鹤壁市"));
	hit = zb_place_at("大庆经济运行", strlen("大庆经济运行"), 1, &len);
	CHECK("a short form when asked", hit && strcmp(hit->name, "大庆市") == 0);
	CHECK("no short form when not", !zb_place_at("大庆经济运行", strlen("大庆经济运行"), 0, &len));
	CHECK("ASCII is no place", !zb_place_at("GDP", 3, 1, &len));
	CHECK_STR("a city's province", zb_place_province("衡阳市"), "湖南省");
	CHECK_STR("a province's is itself", zb_place_province("湖北省"), "湖北省");
	CHECK_STR("a county named after its province", zb_place_province("湖南省桃源县"), "湖南省");
	CHECK("a county alone has no province known", zb_place_province("桃源县") == NULL);
	return TEST_EXIT();
}
