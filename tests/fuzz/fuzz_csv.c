/* fuzz_csv.c - libFuzzer target: bytes -> zb_csv reader, every row; each
 * field also goes through what zb-normalize does with it (numeral scan,
 * magnitude and unit lookup, value formatting). */
#include "csvrec.h"
#include "numeral.h"
#include "units.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

static volatile unsigned sink;

static void read_value(const zb_field *f)
{
	zb_num num;
	char buf[64];
	size_t k = zb_num_scan(f->ptr, f->len, &num);
	if (k > f->len)
		__builtin_trap();
	if (k && zb_num_format(num.value * 1e8L, buf, sizeof buf))
		sink += (unsigned char)buf[0];
	long double factor;
	size_t i = 0, ml;
	while ((ml = zb_magnitude_match(f->ptr + i, f->len - i, &factor)) > 0)
		i += ml;
	if (i > f->len)
		__builtin_trap();
	const zb_unit *u = zb_unit_match(f->ptr + i, f->len - i);
	if (u && strlen(u->surface) > f->len - i)
		__builtin_trap();
	if (zb_unit_find(f->ptr, f->len))
		sink++;
	sink += zb_qualifier_bound(f->ptr, f->len);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	FILE *fp = fmemopen((void *)data, size, "rb");
	if (!fp)
		return 0;
	const char *why = NULL;
	zb_csv_reader *r = zb_csv_open_stream(fp, "fuzz.csv", &why);
	if (!r) {
		if (!why)
			__builtin_trap();
		fclose(fp);
		return 0;
	}
	size_t nc = zb_csv_ncols(r);
	const zb_field *h = zb_csv_header(r);
	for (size_t i = 0; i < nc; i++)
		read_value(&h[i]);
	sink += (unsigned)zb_csv_col(r, "number");
	const zb_field *f;
	int st;
	while ((st = zb_csv_next(r, &f)) == ZB_CSV_ROW) {
		if (zb_csv_line(r) < 1)
			__builtin_trap();
		for (size_t i = 0; i < nc; i++) {
			if (f[i].ptr[f[i].len] != '\0')
				__builtin_trap();  /* fields are NUL-terminated views */
			read_value(&f[i]);
		}
	}
	if (st == ZB_CSV_ERROR && !zb_csv_error(r)[0])
		__builtin_trap();
	zb_csv_close(r);
	fclose(fp);
	return 0;
}
