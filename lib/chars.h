/* chars.h - the characters rules turn on, by name, and the classes of
 * characters the scanners test.  Words are in the tables (units.c,
 * claims.c, keywords.c, structure.c); these are the single characters code
 * compares with. */
#ifndef ZB_CHARS_H
#define ZB_CHARS_H

#include <stdint.h>

enum {
	ZB_CH_NO_BREAK_SPACE  = 0x00A0,  /* from web pages */
	ZB_CH_IDEO_SPACE      = 0x3000,  /* 　, the indent of a paragraph */
	ZB_CH_IDEO_COMMA      = 0x3001,  /* 、 between the items of a list */
	ZB_CH_IDEO_FULL_STOP  = 0x3002,  /* 。 */
	ZB_CH_FW_EXCLAMATION  = 0xFF01,  /* ！ */
	ZB_CH_FW_PERCENT      = 0xFF05,  /* ％ */
	ZB_CH_FW_RIGHT_PAREN  = 0xFF09,  /* ） */
	ZB_CH_FW_COMMA        = 0xFF0C,  /* ， */
	ZB_CH_FW_FULL_STOP    = 0xFF0E,  /* ．, a full stop now and then, and 二十五．市侨联 */
	ZB_CH_FW_DIGIT_ZERO   = 0xFF10,  /* ０ */
	ZB_CH_FW_DIGIT_NINE   = 0xFF19,  /* ９ */
	ZB_CH_FW_COLON        = 0xFF1A,  /* ： ends a clause, or joins a ratio (1.23：1) */
	ZB_CH_FW_SEMICOLON    = 0xFF1B,  /* ； */
	ZB_CH_FW_QUESTION     = 0xFF1F,  /* ？ */
	ZB_CH_REPLACEMENT     = 0xFFFD,  /* what a byte that starts no character reads as */
	ZB_CH_HAN_FIRST       = 0x4E00,  /* the CJK unified ideographs: */
	ZB_CH_HAN_LAST        = 0x9FFF,  /*   the Han characters of a report */
	ZB_CH_HAN_EXT_A_FIRST = 0x3400,  /* CJK extension A: rare Han characters */
	ZB_CH_HAN_EXT_A_LAST  = 0x4DBF,
	ZB_CH_DI              = 0x7B2C,  /* 第: a rank (第3位) or an ordinal (第三届) follows */
	ZB_CH_QIAN_FRONT      = 0x524D,  /* 前: 前N after a claim lead is a top group (位列前50位) */
	ZB_CH_JIE             = 0x5C4A,  /* 届: 八届二次 is no figure */
	ZB_CH_LIANG           = 0x4E24,  /* 两: 两期 counts, 二期 is a phase */
	ZB_CH_SHI             = 0x5341,  /* 十 */
	ZB_CH_BAI             = 0x767E,  /* 百 */
	ZB_CH_QIAN            = 0x5343,  /* 千 */
	ZB_CH_DIAN            = 0x70B9,  /* 点: the decimal point of 三点五 */
};

static inline int zb_is_han(uint32_t c) { return c >= ZB_CH_HAN_FIRST && c <= ZB_CH_HAN_LAST; }
static inline int zb_is_ascii_letter(uint32_t c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }

/* 0-9 or a full-width digit. */
static inline int zb_is_digit(uint32_t c)
{
	return (c >= '0' && c <= '9') || (c >= ZB_CH_FW_DIGIT_ZERO && c <= ZB_CH_FW_DIGIT_NINE);
}

/* A blank of layout: space, tab, ideographic space, no-break space. */
static inline int zb_is_blank(uint32_t c)
{
	return c == ' ' || c == '\t' || c == ZB_CH_IDEO_SPACE || c == ZB_CH_NO_BREAK_SPACE;
}

#endif
