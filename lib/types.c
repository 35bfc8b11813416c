/* types.c - the kinds of mention and the metric types (see types.h). */
#include "types.h"

#include <string.h>

const zb_type_info zb_types[ZB_NTYPES] = {
	/*                    name     metric claim scoped basis */
	[ZB_TYPE_AMOUNT]   = {"amount",   1, 0, 0, 0, "money, unit CNY", "争取资金6.07亿元"},
	[ZB_TYPE_COUNT]    = {"count",    1, 0, 0, 0, "things counted with a measure word",
			      "调解婚姻家庭矛盾4500余件"},
	[ZB_TYPE_QUANTITY] = {"quantity", 1, 0, 0, 0, "a physical quantity: kW t tce mu m2 km",
			      "发电装机1.6亿千瓦"},
	[ZB_TYPE_PERCENT]  = {"percent",  1, 0, 0, 0, "a level or share", "外企满意率100%"},
	[ZB_TYPE_CHANGE]   = {"change",   1, 0, 0, 1, "growth or decline against a base", "同比增长12.6%"},
	[ZB_TYPE_RATIO]    = {"ratio",    1, 0, 0, 0, "X:Y, a fraction or a multiple", "差距比1.23：1"},
	[ZB_TYPE_RANK]     = {"rank",     1, 1, 0, 0, "a position in a scope", "居全省第3位"},
	[ZB_TYPE_FIRST]    = {"first",    1, 1, 1, 0, "the first in a scope, with a scope word",
			      "全省首家"},
	[ZB_TYPE_TOP]      = {"top",      1, 1, 0, 0, "in the top group of a scope", "走在全国前列"},
	[ZB_TYPE_DURATION] = {"duration", 1, 0, 0, 0, "a length of time", "连续两年"},
	[ZB_TYPE_DATE]     = {"date",     0, 0, 0, 0, "a calendar date", "6月20日"},
	[ZB_TYPE_PERIOD]   = {"period",   0, 0, 0, 0, "a time span", "1至5月份"},
	[ZB_TYPE_EDITION]  = {"edition",  0, 0, 0, 0, "an edition or batch ordinal", "第37届"},
	[ZB_TYPE_NAME]     = {"name",     0, 0, 0, 0, "a number in a quoted name or slogan", "“六个一”"},
	[ZB_TYPE_OTHER]    = {"other",    0, 0, 0, 0, "a number with no known measure", "总指数为99.5"},
};

const zb_kind_info zb_kinds[ZB_NKINDS] = {
	/*                  name     claim figure lends unit    type */
	[ZB_KIND_NUMBER]  = {"number",  0, 1, 1, NULL,      ZB_TYPE_BY_UNIT,
			     "a quantity, money, rate or count", "6.07亿元, 4500余件, 12.6%"},
	[ZB_KIND_RANK]    = {"rank",    1, 1, 0, "rank",    ZB_TYPE_RANK, "a rank claim", "居全省第3位, 全省首位, 全国第2名"},
	[ZB_KIND_FIRST]   = {"first",   1, 1, 0, "rank",    ZB_TYPE_FIRST,
			     "a first-in-scope claim", "全省首家, 全国率先, 全球首台"},
	[ZB_KIND_TOP]     = {"top",     1, 1, 0, "rank",    ZB_TYPE_TOP, "a top-group claim", "全省前列, 前五, 全国领先"},
	[ZB_KIND_DATE]    = {"date",    0, 0, 1, "date",    ZB_TYPE_DATE, "a calendar point", "2023年, 6月20日"},
	[ZB_KIND_PERIOD]  = {"period",  0, 0, 1, "period",  ZB_TYPE_PERIOD, "a span of time", "1至5月份, 2023—2025年度"},
	[ZB_KIND_EDITION] = {"edition", 0, 1, 0, "ordinal", ZB_TYPE_EDITION, "an ordinal", "第三届, 第二批"},
	[ZB_KIND_NAME]    = {"name",    0, 1, 0, "name",    ZB_TYPE_NAME,
			     "a number inside a name or quote", "“六个一”, 5G, 1+N"},
};

static int same(const char *name, const char *s, size_t len)
{
	return strlen(name) == len && memcmp(name, s, len) == 0;
}

int zb_type_find(const char *name, size_t len)
{
	for (int i = 0; i < ZB_NTYPES; i++)
		if (same(zb_types[i].name, name, len))
			return i;
	return -1;
}

int zb_kind_find(const char *name, size_t len)
{
	for (int i = 0; i < ZB_NKINDS; i++)
		if (same(zb_kinds[i].name, name, len))
			return i;
	return -1;
}
