/* types_test.c - the kinds and types tables are complete and agree with
 * each other. */
#include "types.h"
#include "testing.h"

#include <stdio.h>

static char name[200];

static const char *label(const char *what, const char *word)
{
	snprintf(name, sizeof name, "%s: %s", what, word);
	return name;
}

static void types(void)
{
	for (int i = 0; i < ZB_NTYPES; i++) {
		const zb_type_info *t = &zb_types[i];
		CHECK(label("type has help and example", t->name), *t->help && *t->example);
		CHECK(label("type name round-trips", t->name), zb_type_find(t->name, strlen(t->name)) == i);
		CHECK(label("a claim type is a metric", t->name), !t->claim || t->metric);
		CHECK(label("only a claim needs a scope", t->name), !t->scoped || t->claim);
		CHECK(label("a type with a basis is a metric", t->name), !t->basis || t->metric);
	}
	CHECK("unknown type name", zb_type_find("money", 5) == -1);
}

static void kinds(void)
{
	for (int i = 0; i < ZB_NKINDS; i++) {
		const zb_kind_info *k = &zb_kinds[i];
		CHECK(label("kind has help and example", k->name), *k->help && *k->example);
		CHECK(label("kind name round-trips", k->name), zb_kind_find(k->name, strlen(k->name)) == i);
		CHECK(label("kind's type is a type or by unit", k->name),
		      k->type == ZB_TYPE_BY_UNIT || (k->type >= 0 && k->type < ZB_NTYPES));
		/* zb-normalize reads the unit of a kind typed by unit, and only then */
		CHECK(label("kind has a unit unless typed by its unit", k->name),
		      (k->unit == NULL) == (k->type == ZB_TYPE_BY_UNIT));
		if (k->type != ZB_TYPE_BY_UNIT) {
			const zb_type_info *t = &zb_types[k->type];
			CHECK(label("a claim kind has a claim type", k->name), k->claim == t->claim);
			CHECK(label("a kind without a figure is no metric", k->name), k->figure || !t->metric);
		}
	}
	CHECK("a number is typed by its unit", zb_kinds[ZB_KIND_NUMBER].type == ZB_TYPE_BY_UNIT);
	CHECK("a name is never a metric", !zb_types[zb_kinds[ZB_KIND_NAME].type].metric);
	CHECK("unknown kind name", zb_kind_find("numbers", 7) == -1);
}

int main(void)
{
	types();
	kinds();
	return TEST_EXIT();
}
