/* fontfind.h - finding a font that really has Chinese glyphs, through the
 * fontconfig command-line tools (fc-list, fc-match).
 *
 * fc-match ':lang=zh' answers the best font it has even when none covers
 * Chinese (DejaVu Sans, a Latin font), so its answer is only taken when
 * fc-list ':lang=zh' lists it; else the best listed family is chosen by a
 * table of name preferences (sans over serif, simplified Chinese, no mono). */
#ifndef ZB_FONTFIND_H
#define ZB_FONTFIND_H

#include <stddef.h>

enum zb_font_status {
	ZB_FONT_FOUND = 0,
	ZB_FONT_NONE = -1,      /* no installed font covers Chinese */
	ZB_FONT_NO_TOOLS = -2   /* fc-list could not be run (fontconfig missing) */
};

/* The family of an installed font with Chinese glyphs in *family (malloc'd,
 * the caller frees).  Returns an enum zb_font_status. */
int zb_font_find_cjk(char **family);

/* The choice itself: among families (each covering Chinese), matched when it
 * is one of them (the fontconfig's own preference), else the one the name
 * preferences rank first (ties: the first in byte order).  NULL when n = 0. */
const char *zb_font_choose(const char *const *families, size_t n, const char *matched);

#endif
