/* digits.h - the decimal digits of an integer without printf, which costs
 * about 700 instructions a call: these run once per row or cell (a line
 * position in zb-extract, an offset, a count in zb-aggregate's reports). */
#ifndef ZB_DIGITS_H
#define ZB_DIGITS_H

/* Room for any long as text: "-9223372036854775808" and its NUL. */
enum { ZB_LONG_TEXT = 21 };

/* The digits of u written so that they end at end; their start returned. */
static inline char *zb_digits_before(char *end, unsigned long long u)
{
	do
		*--end = (char)('0' + u % 10);
	while (u /= 10);
	return end;
}

/* v as text ending at buf[ZB_LONG_TEXT - 1], the NUL; its start returned. */
static inline char *zb_long_text(long v, char buf[ZB_LONG_TEXT])
{
	char *end = buf + ZB_LONG_TEXT - 1;
	*end = '\0';
	char *p = zb_digits_before(end, v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v);
	if (v < 0)
		*--p = '-';
	return p;
}

#endif
