/* fontfind_test.c - choosing among fonts that cover Chinese. */
#include "fontfind.h"
#include "testing.h"

#include <stdlib.h>

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	const char *noto[] = {"Noto Serif CJK SC", "Noto Sans Mono CJK SC", "Noto Sans CJK JP",
			      "Noto Sans CJK SC", "Droid Sans Fallback"};
	CHECK_STR("fontconfig's pick when it covers Chinese",
		  zb_font_choose(noto, 5, "Noto Sans CJK JP"), "Noto Sans CJK JP");
	CHECK_STR("a Latin pick (DejaVu Sans) is not taken",
		  zb_font_choose(noto, 5, "DejaVu Sans"), "Noto Sans CJK SC");
	CHECK_STR("no pick: sans, simplified Chinese, not mono",
		  zb_font_choose(noto, 5, NULL), "Noto Sans CJK SC");
	const char *wqy[] = {"AR PL UMing CN", "WenQuanYi Zen Hei", "WenQuanYi Zen Hei Mono"};
	CHECK_STR("a Hei (sans) face over a Ming (serif) one", zb_font_choose(wqy, 3, NULL), "WenQuanYi Zen Hei");
	const char *tie[] = {"Zeta", "Alpha"};
	CHECK_STR("ties go by name, not by fc-list's order", zb_font_choose(tie, 2, NULL), "Alpha");
	CHECK("no font, no choice", zb_font_choose(noto, 0, "DejaVu Sans") == NULL);

	/* The real lookup: what it finds must be a font fc-list gives for
	 * Chinese (skipped where fontconfig's tools are absent). */
	char *family;
	int st = zb_font_find_cjk(&family);
	if (st == ZB_FONT_FOUND) {
		char cmd[512];
		snprintf(cmd, sizeof cmd, "fc-list ':lang=zh' family | tr , '\\n' | grep -qxF '%s'", family);
		CHECK("the font found is listed for :lang=zh", system(cmd) == 0);
	} else {
		CHECK("not found means no Chinese font is listed",
		      system("test -z \"$(fc-list ':lang=zh' family 2>/dev/null)\"") == 0);
	}
	free(family);
	return TEST_EXIT();
}
