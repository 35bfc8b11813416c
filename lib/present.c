/* present.c - money units and number text (see present.h). */
#include "present.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

const zb_money_unit zb_money_units[] = {
	{"亿元", 1e8},
	{"万元", 1e4},
	{NULL, 0}
};

const zb_money_unit *zb_money_pick(double max)
{
	const zb_money_unit *u = zb_money_units;
	for (; u[1].name; u++)
		if (fabs(max) >= u->factor)
			return u;
	return u;
}

char *zb_number_text(double v, char *buf, size_t n)
{
	double r = round(v * 100) / 100;
	if (r == 0)
		r = 0;  /* no "-0" */
	snprintf(buf, n, "%.2f", r);
	char *dot = strchr(buf, '.');
	if (dot) {
		char *end = buf + strlen(buf);
		while (end > dot + 1 && end[-1] == '0')
			*--end = '\0';
		if (end == dot + 1)
			*dot = '\0';
	}
	return buf;
}

double zb_text_ems(const char *s)
{
	double w = 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if ((*p & 0xC0) == 0x80)
			continue;  /* continuation byte */
		w += *p >= 0xE0 ? 1.0 : 0.6;
	}
	return w;
}
