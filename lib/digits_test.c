/* digits_test.c - an integer's digits without printf, checked against
 * snprintf at the ends of the range and around each power of ten. */
#include "digits.h"
#include "testing.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int same_as_printf(long v)
{
	char want[32], buf[ZB_LONG_TEXT];
	snprintf(want, sizeof want, "%ld", v);
	return strcmp(zb_long_text(v, buf), want) == 0;
}

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	char buf[ZB_LONG_TEXT];
	CHECK_STR("zero", zb_long_text(0, buf), "0");
	CHECK_STR("negative", zb_long_text(-12, buf), "-12");
	CHECK_STR("LONG_MAX", zb_long_text(LONG_MAX, buf), "9223372036854775807");
	CHECK_STR("LONG_MIN fills the buffer", zb_long_text(LONG_MIN, buf), "-9223372036854775808");
	CHECK("LONG_MIN starts at the buffer's start", zb_long_text(LONG_MIN, buf) == buf);
	int all = 1;
	for (long p = 1; p > 0 && p <= LONG_MAX / 10; p *= 10)
		for (long d = -1; d <= 1; d++)
			all &= same_as_printf(p + d) && same_as_printf(-(p + d)) && same_as_printf(9 * p + d);
	CHECK("as printf around every power of ten, both signs", all);
	char tail[8] = "xxxxxxx";
	char *start = zb_digits_before(tail + 6, 305);
	CHECK("digits end where asked, the bytes after untouched", start == tail + 3 && memcmp(tail, "xxx305x", 7) == 0);
	buf[ZB_LONG_TEXT - 1] = '\0';
	CHECK_STR("the largest unsigned", zb_digits_before(buf + ZB_LONG_TEXT - 1, ULLONG_MAX), "18446744073709551615");
	return TEST_EXIT();
}
