/* present_test.c - money units, number text and label widths. */
#include "present.h"
#include "testing.h"


int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	char buf[64];
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
