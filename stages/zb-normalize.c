/* zb-normalize - value, unit, measure and bound for each mention.
 *
 *   zb-normalize [-o FILE] [FILE...]
 *
 * Reads zb-extract's CSV (any CSV with number and unit_text columns), adds
 * value (a plain decimal, magnitudes applied: 6.07亿元 -> 607000000), unit
 * (the GUIDE's vocabulary), measure (the measure word of a count) and bound.
 * Units, magnitudes and qualifiers are the tables of lib/units.c. */
#include "csvrec.h"
#include "diag.h"
#include "figure.h"
#include "numeral.h"
#include "outfile.h"
#include "types.h"
#include "units.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

enum { ADD_VALUE, ADD_UNIT, ADD_MEASURE, ADD_BOUND, NADD };

/* Magnitude words beyond 万亿 (1e12) in one unit are a slip (亿亿元),
 * flagged; counts of operations go further (百亿亿次/秒 is 1e18). */
#define MAX_MAGNITUDE 1e12L
#define MAX_COUNT_MAGNITUDE 1e18L
static const char *const added[NADD] = {"value", "unit", "measure", "bound"};

struct options {
	const char *output;
	int safe_csv;
};

struct columns {  /* input column indexes, -1 when absent */
	int kind, number, unit_text, qualifier, clause, offset;
};

struct normal {  /* what this stage works out for one row */
	char value[64];
	const char *unit;
	char rate_unit[64];  /* the unit of a rate: CNY/吨 for 元/吨 */
	const char *measure;
	size_t measure_len;
	const char *bound;
	const char *error;  /* why the number could not be read */
	const char *error_col;  /* and the column to blame */
};

static void usage(void);

static struct options parse_args(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"output", required_argument, NULL, 'o'},
		{"safe-csv", no_argument, NULL, 's'},
		{"help", no_argument, NULL, 'h'},
		{"version", no_argument, NULL, 'V'},
		{NULL, 0, NULL, 0},
	};
	struct options o = {0};
	int c;
	opterr = 0;  /* zb_bad_option says it once */
	while ((c = getopt_long(argc, argv, "o:", longopts, NULL)) != -1) {
		switch (c) {
		case 'o': o.output = optarg; break;
		case 's': o.safe_csv = 1; break;
		case 'h': usage(); break;
		case 'V': zb_version(); break;
		default: zb_bad_option(argv, optind);
		}
	}
	return o;
}

/* Does the clause before the mention speak of money (lib/units.c)? */
static int money_before(const zb_field *row, const struct columns *c)
{
	if (c->clause < 0 || c->offset < 0)
		return 0;
	const zb_field *clause = &row[c->clause];
	size_t at = strtoul(row[c->offset].ptr, NULL, 10);
	return zb_money_context(clause->ptr, at < clause->len ? at : clause->len);
}

static void normalize(const zb_field *row, const struct columns *c, struct normal *out)
{
	memset(out, 0, sizeof *out);
	out->bound = zb_bound_names[ZB_EXACT];
	out->measure = "";
	if (c->qualifier >= 0)
		out->bound = zb_bound_names[zb_qualifier_bound(row[c->qualifier].ptr, row[c->qualifier].len)];

	const zb_field *number = &row[c->number], *unit_text = &row[c->unit_text];
	int kind = c->kind >= 0 ? zb_kind_find(row[c->kind].ptr, row[c->kind].len) : -1;
	const char *kind_unit = kind >= 0 ? zb_kinds[kind].unit : NULL;   /* non-metric kinds */

	zb_number num;
	if (number->len == 0) {
		out->unit = kind_unit ? kind_unit : "none";  /* 全省前列: no number */
		return;
	}
	if (zb_number_read(number->ptr, number->len, &num) != 0) {
		if (kind_unit) {  /* 1至5月份, 2023—2025年度: a span, no single value */
			out->unit = kind_unit;
			return;
		}
		out->error = "not a number";
		out->error_col = "number";
		out->unit = "invalid";
		return;
	}
	/* unit_text = magnitude words + a unit of the table (+ the unit a rate
	 * is per): 亿 + 元, 万 + 元 + /亩 */
	zb_unit_text ut = {.factor = 1};
	if (!kind_unit)
		zb_unit_text_read(unit_text->ptr, unit_text->len, &ut);
	const zb_unit *u = ut.unit;
	long double factor = ut.factor;
	if (factor > (u && u->measure ? MAX_COUNT_MAGNITUDE : MAX_MAGNITUDE)) {
		out->error = "absurd magnitude";  /* 亿亿元: an OCR slip, not 1e16 yuan */
		out->error_col = "unit_text";
		out->unit = "invalid";
		return;
	}
	if (kind_unit) {
		out->unit = kind_unit;
	} else if (num.ratio || num.form == ZB_NUM_FRACTION) {
		out->unit = "ratio";
	} else if (num.form == ZB_NUM_PERCENT) {
		out->unit = "percent";
	} else if (u) {
		out->unit = u->unit;
		factor *= (long double)u->factor;
		if (u->measure) {
			out->measure = u->surface;
			out->measure_len = strlen(u->surface);
		}
	} else if (ut.other) {
		out->unit = "other";  /* a unit_text the table does not know */
	} else {
		/* no unit: 71.3万 is a count, a bare magnitude (突破百万) too;
		 * but 投资突破60亿 is money with its 元 left out */
		out->unit = ut.magnitudes > 0 || num.form == ZB_NUM_MAGNITUDE ? "count" : "none";
		if (factor >= 1e8L && money_before(row, c))
			out->unit = "CNY";
	}
	if (ut.per.len && u) {
		/* 2800元/吨 is 2800 CNY/吨: the per unit as written, unconverted
		 * (8.2公里/平方公里 would be 0.0000082 km/m2) */
		const char *per = unit_text->ptr + ut.per.off;
		snprintf(out->rate_unit, sizeof out->rate_unit, "%s/%.*s", out->unit, (int)ut.per.len, per);
		out->unit = out->rate_unit;
		out->measure = "";
		out->measure_len = 0;
	} else if (ut.per.len) {
		out->unit = "other";
	}
	long double v = num.value * factor;
	if (!zb_num_format(v, out->value, sizeof out->value)) {
		out->error = "value too large";
		out->error_col = "number";
		out->unit = "invalid";
		out->value[0] = '\0';
	}
}

/* The header joined with commas, to compare the files of one run. */
static char *header_text(const zb_csv_reader *r)
{
	const zb_field *h = zb_csv_header(r);
	size_t len = 1;
	for (size_t i = 0; i < zb_csv_ncols(r); i++)
		len += h[i].len + 1;
	char *s = malloc(len), *p = s;
	if (!s)
		zb_die(ZB_EXIT_DATA, zb_csv_name(r), 0, "out of memory");
	for (size_t i = 0; i < zb_csv_ncols(r); i++) {
		memcpy(p, h[i].ptr, h[i].len);
		p += h[i].len;
		*p++ = ',';
	}
	*p = '\0';
	return s;
}

/* first_header: the header of the first file, which the output has; the
 * rows of a file with other columns would not fit under it. */
static int normalize_file(const char *path, zb_csv_writer *w, char **first_header)
{
	const char *why;
	zb_csv_reader *r = zb_csv_open(path, &why);
	if (!r) {
		zb_warn(path, 0, "%s", why);
		return ZB_EXIT_DATA;
	}
	struct columns c = {
		.kind = zb_csv_col(r, "kind"), .number = zb_csv_col(r, "number"),
		.unit_text = zb_csv_col(r, "unit_text"), .qualifier = zb_csv_col(r, "qualifier"),
		.clause = zb_csv_col(r, "clause"), .offset = zb_csv_col(r, "offset"),
	};
	if (c.number < 0 || c.unit_text < 0) {
		zb_warn(path, 1, "missing column '%s' (zb-normalize reads zb-extract's output)",
			c.number < 0 ? "number" : "unit_text");
		zb_csv_close(r);
		return ZB_EXIT_DATA;
	}
	int index[NADD];
	int ncols = zb_csv_schema(r, added, NADD, index);
	int input_passed = zb_csv_schema_appends(r, index, NADD);
	zb_field *out = calloc((size_t)ncols, sizeof *out);
	if (!out)
		zb_die(ZB_EXIT_DATA, path, 0, "out of memory");
	char *header = header_text(r);
	if (*first_header && strcmp(header, *first_header) != 0) {
		zb_warn(path, 1, "its columns differ from those of the first file; run zb-normalize on it apart");
		free(header);
		free(out);
		zb_csv_close(r);
		return ZB_EXIT_DATA;
	}
	if (!*first_header) {
		*first_header = header;
		header = NULL;
		const zb_field *h = zb_csv_header(r);
		for (size_t i = 0; i < zb_csv_ncols(r); i++)
			zb_csv_put(w, h[i].ptr, h[i].len);
		for (int i = 0; i < NADD; i++)
			if (index[i] >= (int)zb_csv_ncols(r))
				zb_csv_puts(w, added[i]);
		zb_csv_end_row(w);
	}
	free(header);
	const zb_field *row;
	int st, status = ZB_EXIT_OK;
	struct normal n;
	while ((st = zb_csv_next(r, &row)) == ZB_CSV_ROW) {
		normalize(row, &c, &n);
		if (n.error) {
			const zb_field *bad = &row[strcmp(n.error_col, "number") ? c.unit_text : c.number];
			zb_warn(path, zb_csv_line(r), "column %s: %s: '%s' (row kept, value empty, unit invalid)",
				n.error_col, n.error, zb_excerpt(bad->ptr, bad->len, 40));
		}
		memcpy(out, row, zb_csv_ncols(r) * sizeof *out);
		out[index[ADD_VALUE]] = (zb_field){n.value, strlen(n.value)};
		out[index[ADD_UNIT]] = (zb_field){n.unit, strlen(n.unit)};
		out[index[ADD_MEASURE]] = (zb_field){n.measure, n.measure_len};
		out[index[ADD_BOUND]] = (zb_field){n.bound, strlen(n.bound)};
		int i = 0;
		if (input_passed) {   /* the input's cells as read, then the added ones */
			zb_csv_put_record(w, r, row, NULL);
			i = (int)zb_csv_ncols(r);
		}
		for (; i < ncols; i++)
			zb_csv_put(w, out[i].ptr, out[i].len);
		zb_csv_end_row(w);
	}
	if (st == ZB_CSV_ERROR) {
		zb_warn(path, zb_csv_line(r), "%s", zb_csv_error(r));
		status = ZB_EXIT_DATA;
	}
	free(out);
	zb_csv_close(r);
	return status;
}

int main(int argc, char **argv)
{
	zb_diag_init(argv[0]);
	struct options o = parse_args(argc, argv);
	zb_out out;
	if (zb_out_open(&out, o.output) != 0)
		zb_die(ZB_EXIT_DATA, o.output, 0, "cannot write: %s", strerror(errno));
	zb_csv_writer w;
	zb_csv_writer_init(&w, out.fp, o.safe_csv);
	int status = ZB_EXIT_OK;
	char *first_header = NULL;
	if (optind == argc)
		status = normalize_file("-", &w, &first_header);
	for (int i = optind; i < argc; i++)
		if (normalize_file(argv[i], &w, &first_header) != ZB_EXIT_OK)
			status = ZB_EXIT_DATA;
	free(first_header);
	return zb_out_finish(&out, status);
}

static void usage(void)
{
	printf("Usage: %s [OPTION]... [FILE]...\n"
	       "Add value, unit, measure and bound to zb-extract's CSV (files or stdin).\n\n"
	       "  -o, --output=FILE   write to FILE (complete or not at all) instead of stdout\n"
	       "      --safe-csv      accepted for symmetry; cells are passed through as read\n"
	       "      --help          show this help and exit\n"
	       "      --version       show the version and exit\n\n"
	       "value: plain decimal, magnitudes and unit factors applied (6.07亿元 -> 607000000,\n"
	       "  七分之二 -> 0.285714, 12.6%% -> 12.6, 1300亿斤 -> 65000000 t).\n"
	       "Rows whose number cannot be read, overflows or has magnitudes beyond 万亿 (1e12,\n"
	       "e.g. 3亿亿元; 1e18 for counts: 百亿亿次) keep an empty value, unit invalid,\n"
	       "and a warning naming the line.\n\n"
	       "Units (as written -> unit, factor):\n", zb_progname());
	for (size_t i = 0; i < zb_nunits; i++)
		printf("  %-12s %-8s %g%s\n", zb_units[i].surface, zb_units[i].unit, zb_units[i].factor,
		       zb_units[i].measure ? "  (measure word)" : "");
	printf("Magnitudes (they multiply: 万亿 is 1e12):");
	for (size_t i = 0; i < zb_nmagnitudes; i++)
		printf(" %s %.0Lf", zb_magnitudes[i].surface, zb_magnitudes[i].factor);
	printf("\nA bare 亿 is yuan after:");
	for (size_t i = 0; i < zb_nmoney_words; i++)
		printf(" %s", zb_money_words[i].surface);
	printf("\n\nbound, from the qualifiers around the number (exact when none):\n");
	for (int b = ZB_APPROX; b <= ZB_UPPER; b++) {
		printf("  %-7s", zb_bound_names[b]);
		for (size_t i = 0; i < zb_nqualifiers; i++)
			if (zb_qualifiers[i].bound == (enum zb_bound)b)
				printf(" %s", zb_qualifiers[i].surface);
		printf("\n");
	}
	printf("\nKinds of zb-extract with a unit of their own (unit_text is not read):\n ");
	for (int k = 0; k < ZB_NKINDS; k++)
		if (zb_kinds[k].unit)
			printf(" %s -> %s%s", zb_kinds[k].name, zb_kinds[k].unit, k + 1 < ZB_NKINDS ? "," : "");
	printf("\n");
	printf("\nExit status: 0 ok, 1 bad input (file and line named), 2 usage.\n");
	exit(fflush(stdout) == 0 ? ZB_EXIT_OK : ZB_EXIT_DATA);
}
