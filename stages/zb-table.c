/* zb-table - a CSV table (a zb-aggregate report) as Markdown, for reading.
 *
 *   zb-table --heading 2 --image ranks.png out/ranks.csv
 *   zb-table --brief --image ranks.png out/ranks.csv
 *   zb-table --headline out/ranks.csv
 *   zb-table --list doc out/metrics.csv
 *
 * Known reports (the registry, lib/reports.c) get Chinese column headers,
 * money in 亿元 or 万元 (the unit the largest row reaches, in the header),
 * numbers aligned right, 全文 for the department of reports without
 * sections, and their total row in bold; --brief prints the report's
 * briefing section and --headline its headline sentences, as the registry
 * says.  The whole table is read before writing: the money unit needs it. */
#include "aggops.h"
#include "csvrec.h"
#include "diag.h"
#include "outfile.h"
#include "present.h"
#include "reports.h"
#include "strset.h"

#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct opts {
	const char *input, *output, *list, *image;
	int heading;   /* Markdown heading level of the title, 0 = none */
	int brief, headline;
};

/* How each column is shown. */
struct column {
	const char *label;           /* header text */
	const zb_report_col *def;       /* NULL for columns no report names */
	const zb_money_unit *money;  /* money columns: the unit */
	int right;                   /* numbers: aligned right */
};

struct table {
	const zb_report *rep;
	size_t ncols, nrows, cap;
	struct column *cols;
	char **cells;                /* nrows x ncols, NUL-terminated */
	long *lines;                 /* input line of each row */
	int total_col;               /* the column whose 合计 marks the total row */
};

static void parse_args(int argc, char **argv, struct opts *o);
static void read_table(zb_csv_reader *r, struct table *t);
static void plan_columns(struct table *t, zb_csv_reader *r);
static void write_heading(FILE *fp, const struct table *t, const struct opts *o, const char *name);
static void write_table(FILE *fp, const struct table *t, const size_t *rows, size_t nrows, const int *show);
static void write_brief(FILE *fp, const struct table *t, const struct opts *o);
static void write_headline(FILE *fp, const struct table *t);
static void read_values(zb_csv_reader *r, const char *column, zb_strset *seen);
static void put_md(FILE *fp, const char *s);
static void table_free(struct table *t);

int main(int argc, char **argv)
{
	zb_diag_init(argv[0]);
	struct opts o;
	parse_args(argc, argv, &o);
	const char *why;
	zb_csv_reader *r = zb_csv_open(o.input, &why);
	if (!r)
		zb_die(ZB_EXIT_DATA, o.input, 0, "%s", why);
	/* All input is read (and checked) before the output is opened. */
	struct table t = {0};
	zb_strset values = ZB_STRSET_INIT;
	if (o.list) {
		read_values(r, o.list, &values);
	} else {
		read_table(r, &t);
		plan_columns(&t, r);
		if ((o.brief || o.headline) && !t.rep)
			zb_die(ZB_EXIT_DATA, zb_csv_name(r), 0, "not a report of zb-aggregate: no %s",
			       o.brief ? "briefing section" : "headline");
	}
	zb_out out;
	if (zb_out_open(&out, o.output) != 0)
		zb_die(ZB_EXIT_DATA, o.output, 0, "cannot write: %s", strerror(errno));
	if (o.list) {
		for (size_t i = 0; i < values.n; i++) {
			fputs("- ", out.fp);
			put_md(out.fp, values.v[i]);
			putc('\n', out.fp);
		}
	} else if (o.headline) {
		write_headline(out.fp, &t);
	} else if (o.brief) {
		write_brief(out.fp, &t, &o);
	} else {
		write_heading(out.fp, &t, &o, zb_csv_name(r));
		write_table(out.fp, &t, NULL, t.nrows, NULL);
	}
	zb_strset_free(&values);
	table_free(&t);
	zb_csv_close(r);
	return zb_out_finish(&out, ZB_EXIT_OK);
}

static void *xrealloc(void *p, size_t n)
{
	if (!(p = realloc(p, n ? n : 1)))
		zb_die(ZB_EXIT_DATA, NULL, 0, "out of memory");
	return p;
}

static char *xstrndup(const char *s, size_t n)
{
	char *d = xrealloc(NULL, n + 1);
	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

/* Text in a Markdown table cell: on one line, Markdown's marks escaped
 * (not _: inside words it marks nothing, and file names are full of it). */
static void put_md(FILE *fp, const char *s)
{
	for (; *s; s++) {
		if (*s == '\n' || *s == '\r' || *s == '\t')
			putc(' ', fp);
		else if (strchr("\\|*`<[]~^$@", *s))   /* ~ ^ $ @: pandoc's sub-, superscript, maths, citations */
			fprintf(fp, "\\%c", *s);
		else
			putc(*s, fp);
	}
}

static void read_table(zb_csv_reader *r, struct table *t)
{
	t->ncols = zb_csv_ncols(r);
	const char **names = xrealloc(NULL, t->ncols * sizeof *names);
	for (size_t i = 0; i < t->ncols; i++)
		names[i] = zb_csv_header(r)[i].ptr;
	t->rep = zb_report_detect(names, t->ncols);
	free(names);
	t->total_col = t->rep ? zb_csv_col(r, "department") : 0;

	const zb_field *f;
	int st;
	while ((st = zb_csv_next(r, &f)) == ZB_CSV_ROW) {
		if (t->nrows == t->cap) {
			t->cap = t->cap ? 2 * t->cap : 32;
			t->cells = xrealloc(t->cells, t->cap * t->ncols * sizeof *t->cells);
			t->lines = xrealloc(t->lines, t->cap * sizeof *t->lines);
		}
		for (size_t i = 0; i < t->ncols; i++)
			t->cells[t->nrows * t->ncols + i] = xstrndup(f[i].ptr, f[i].len);
		t->lines[t->nrows++] = zb_csv_line(r);
	}
	if (st == ZB_CSV_ERROR)
		zb_die(ZB_EXIT_DATA, zb_csv_name(r), zb_csv_line(r), "%s", zb_csv_error(r));
}

static int is_total(const struct table *t, size_t row)
{
	return t->total_col >= 0 && strcmp(t->cells[row * t->ncols + t->total_col], ZB_TOTAL_LABEL) == 0;
}

/* A number, or NAN when s is not one. */
static double number(const char *s)
{
	char *end;
	double v = strtod(s, &end);
	return *s && !*end && isfinite(v) ? v : NAN;
}

/* Labels, money units and alignment, from the report's column table; a
 * column no report names is right-aligned when all its cells are numbers. */
static void plan_columns(struct table *t, zb_csv_reader *r)
{
	t->cols = xrealloc(NULL, t->ncols * sizeof *t->cols);
	for (size_t i = 0; i < t->ncols; i++) {
		struct column *c = &t->cols[i];
		const char *name = zb_csv_header(r)[i].ptr;
		c->def = zb_report_column(t->rep, name);
		char buf[512];
		c->label = strdup(c->def ? zb_report_label(c->def, name, buf, sizeof buf) : name);
		if (!c->label)
			zb_die(ZB_EXIT_DATA, NULL, 0, "out of memory");
		c->money = NULL;
		c->right = c->def ? c->def->kind != ZB_COL_TEXT : t->nrows > 0;
		double max = 0;
		for (size_t k = 0; k < t->nrows; k++) {
			const char *s = t->cells[k * t->ncols + i];
			double v = number(s);
			if (!*s)
				continue;
			if (isnan(v) && c->def && c->def->kind == ZB_COL_MONEY)
				zb_die(ZB_EXIT_DATA, zb_csv_name(r), t->lines[k],
				       "column '%s': '%s' is not a number", name, zb_excerpt(s, strlen(s), 40));
			if (isnan(v) && !c->def)
				c->right = 0;
			if (!isnan(v) && !is_total(t, k))
				max = fmax(max, fabs(v));
		}
		if (c->def && c->def->kind == ZB_COL_MONEY)
			c->money = zb_money_pick(max);
	}
}

static void write_heading(FILE *fp, const struct table *t, const struct opts *o, const char *name)
{
	const char *title = t->rep ? t->rep->title : name;
	if (o->heading) {
		for (int i = 0; i < o->heading; i++)
			putc('#', fp);
		putc(' ', fp);
		put_md(fp, title);
		fputs("\n\n", fp);
		if (t->rep)
			fprintf(fp, "%s\n\n", t->rep->note);
	}
	if (o->image) {
		fputs("![", fp);
		put_md(fp, title);
		fprintf(fp, "](%s)\n\n", o->image);
	}
}

/* The table: rows (NULL: all nrows in order), the columns whose show is
 * set (NULL: all). */
static void write_table(FILE *fp, const struct table *t, const size_t *rows, size_t nrows, const int *show)
{
	char num[64];
	fputc('|', fp);
	for (size_t i = 0; i < t->ncols; i++) {
		if (show && !show[i])
			continue;
		putc(' ', fp);
		put_md(fp, t->cols[i].label);
		if (t->cols[i].money)
			fprintf(fp, "（%s）", t->cols[i].money->name);
		fputs(" |", fp);
	}
	fputs("\n|", fp);
	for (size_t i = 0; i < t->ncols; i++)
		if (!show || show[i])
			fputs(t->cols[i].right ? " ---: |" : " --- |", fp);
	fputc('\n', fp);
	for (size_t n = 0; n < nrows; n++) {
		size_t k = rows ? rows[n] : n;
		int total = t->rep && is_total(t, k);
		fputc('|', fp);
		for (size_t i = 0; i < t->ncols; i++) {
			const struct column *c = &t->cols[i];
			const char *s = t->cells[k * t->ncols + i];
			if (show && !show[i])
				continue;
			putc(' ', fp);
			if (!*s && c->def && c->def->empty && !total)
				s = c->def->empty;
			else if (*s && c->money)
				s = zb_number_text(number(s) / c->money->factor, num, sizeof num);
			if (total && (int)i == t->total_col)
				fputs("**", fp);
			put_md(fp, s);
			if (total && (int)i == t->total_col)
				fputs("**", fp);
			fputs(" |", fp);
		}
		fputc('\n', fp);
	}
}

/* ---- the briefing section and the headline ---- */

static const char *cell(const struct table *t, size_t row, int col) { return t->cells[row * t->ncols + col]; }

/* The rows meeting the brief's conditions, in order; their number. */
static size_t brief_rows(const struct table *t, size_t *rows)
{
	zb_agg_term terms[8];
	int idx[8], n = zb_agg_terms_parse(t->rep->brief.where, terms, 8);
	for (int j = 0; j < n; j++) {
		idx[j] = -1;
		for (size_t i = 0; i < t->ncols; i++)
			if (t->cols[i].def && !strcmp(t->cols[i].def->name, terms[j].col))
				idx[j] = (int)i;
	}
	size_t m = 0;
	for (size_t k = 0; k < t->nrows; k++) {
		int ok = 1;
		for (int j = 0; j < n && ok; j++)
			ok = idx[j] >= 0 && zb_agg_term_match(&terms[j], cell(t, k, idx[j]), strlen(cell(t, k, idx[j])));
		if (ok)
			rows[m++] = k;
	}
	for (int j = 0; j < n; j++)
		zb_agg_term_free(&terms[j]);
	return m;
}

/* The columns a briefing shows: the flagged ones (all when none is), never
 * a plain sum, and none empty in every one of rows. */
static void brief_columns(const struct table *t, const size_t *rows, size_t nrows, int *show)
{
	int flagged = 0;
	for (size_t i = 0; i < t->ncols; i++)
		flagged |= t->cols[i].def && (t->cols[i].def->flags & ZB_COL_BRIEF);
	for (size_t i = 0; i < t->ncols; i++) {
		const zb_report_col *d = t->cols[i].def;
		show[i] = d && (!flagged || (d->flags & ZB_COL_BRIEF)) && !(d->flags & ZB_COL_SUM);
		int filled = 0;
		for (size_t n = 0; n < nrows && !filled; n++)
			filled = *cell(t, rows[n], (int)i) != '\0';
		show[i] &= filled;
	}
}

/* The column by which the briefing splits its table (department of
 * department|doc), and its stand-ins' columns, -1 ended. */
static void by_columns(const struct table *t, int *cols)
{
	const char *by = t->rep->brief.by;
	int n = 0;
	for (const char *b = by; b && *b && n < 3;) {
		size_t k = strcspn(b, "|");
		for (size_t i = 0; i < t->ncols; i++)
			if (strlen(t->cols[i].def ? t->cols[i].def->name : "") == k && !strncmp(t->cols[i].def->name, b, k))
				cols[n++] = (int)i;
		b += k + (b[k] == '|');
	}
	cols[n] = -1;
}

static const char *by_value(const struct table *t, size_t row, const int *cols)
{
	const char *v = "";
	for (const int *c = cols; !*v && *c >= 0; c++)
		v = cell(t, row, *c);
	return v;
}

static void put_heading(FILE *fp, int level, const char *text)
{
	for (int i = 0; i < level; i++)
		putc('#', fp);
	putc(' ', fp);
	put_md(fp, text);
	fputs("\n\n", fp);
}

/* One table of rows, its empty columns left out. */
static void brief_table(FILE *fp, const struct table *t, const size_t *rows, size_t nrows)
{
	int *show = xrealloc(NULL, t->ncols * sizeof *show);
	brief_columns(t, rows, nrows, show);
	write_table(fp, t, rows, nrows, show);
	free(show);
}

static void write_brief(FILE *fp, const struct table *t, const struct opts *o)
{
	const zb_report *rep = t->rep;
	put_heading(fp, rep->brief.level ? rep->brief.level : 2, rep->title);
	fprintf(fp, "%s\n", rep->note);
	if (o->image) {
		fputs("\n![", fp);
		put_md(fp, rep->title);
		fprintf(fp, "](%s)\n", o->image);
	}
	if (!rep->brief.table)
		return;
	putc('\n', fp);
	size_t *rows = xrealloc(NULL, (t->nrows + 1) * sizeof *rows), n = brief_rows(t, rows);
	int by[4];
	by_columns(t, by);
	if (n == 0)
		fputs("（无）\n", fp);
	else if (by[0] < 0)
		brief_table(fp, t, rows, n);
	zb_strset seen = ZB_STRSET_INIT;   /* a table per value, in order of appearance */
	for (size_t k = 0; by[0] >= 0 && k < n; k++) {
		const char *v = by_value(t, rows[k], by);
		if (zb_strset_add(&seen, v, strlen(v), NULL) == ZB_STRSET_NOMEM)
			zb_die(ZB_EXIT_DATA, NULL, 0, "out of memory");
	}
	size_t *part = xrealloc(NULL, (n + 1) * sizeof *part);
	for (size_t i = 0; i < seen.n; i++) {
		const char *v = seen.v[i];
		size_t m = 0;
		for (size_t k = 0; k < n; k++)
			if (!strcmp(by_value(t, rows[k], by), v))
				part[m++] = rows[k];
		const zb_report_col *d = t->cols[by[0]].def;
		if (i)
			putc('\n', fp);
		put_heading(fp, rep->brief.level + 1, *v ? v : d->empty ? d->empty : "（空）");
		brief_table(fp, t, part, m);
	}
	zb_strset_free(&seen);
	free(part);
	free(rows);
}

/* A headline placeholder's text: a money cell in its own unit. */
static void put_value(FILE *fp, const struct table *t, int col, const char *s)
{
	char num[64];
	const struct column *c = &t->cols[col];
	if (c->money) {
		const zb_money_unit *u = zb_money_pick(number(s));
		fprintf(fp, "%s%s", zb_number_text(number(s) / u->factor, num, sizeof num), u->name);
	} else {
		put_md(fp, s);
	}
}

static int column_named(const struct table *t, const char *name, size_t len)
{
	for (size_t i = 0; i < t->ncols; i++)
		if (t->cols[i].def && strlen(t->cols[i].def->name) == len && !strncmp(t->cols[i].def->name, name, len))
			return (int)i;
	return -1;
}

/* One sentence of the headline, [s, end): written when every placeholder
 * has a value (row: the total row, or the first) and a count {#} is not 0
 * (0项指标见于两个以上文件 tells nothing a briefing should lead with).
 * Returns 1 if written. */
static int headline_sentence(FILE *fp, const struct table *t, const char *s, const char *end, long row,
			      size_t count)
{
	for (const char *p = s; p < end; p++) {   /* first: all there? */
		if (*p != '{')
			continue;
		size_t k = strcspn(p + 1, "}");
		int col = column_named(t, p + 1, k);
		if (k == 1 && p[1] == '#') {
			if (!count)
				return 0;
		} else if (row < 0 || col < 0 || !*cell(t, (size_t)row, col))
			return 0;
		p += k + 1;
	}
	for (const char *p = s; p < end; p++) {
		if (*p != '{') {
			putc(*p, fp);
			continue;
		}
		size_t k = strcspn(p + 1, "}");
		if (k == 1 && p[1] == '#')
			fprintf(fp, "%zu", count);
		else {
			int col = column_named(t, p + 1, k);
			put_value(fp, t, col, cell(t, (size_t)row, col));
		}
		p += k + 1;
	}
	return 1;
}

static void write_headline(FILE *fp, const struct table *t)
{
	const char *h = t->rep->brief.headline, *stop = "。";
	if (!h)
		return;
	size_t *rows = xrealloc(NULL, (t->nrows + 1) * sizeof *rows), count = brief_rows(t, rows), total = 0;
	long row = t->nrows ? 0 : -1;
	for (size_t n = 0; n < count; n++)
		total += zb_report_has_total(t->rep) && is_total(t, rows[n]);
	for (size_t k = 0; zb_report_has_total(t->rep) && k < t->nrows; k++)
		if (is_total(t, k))
			row = (long)k;
	int any = 0;
	for (const char *s = h; *s;) {
		const char *e = strstr(s, stop);
		e = e ? e + strlen(stop) : s + strlen(s);
		any |= headline_sentence(fp, t, s, e, row, count - total);
		s = e;
	}
	if (any)
		putc('\n', fp);
	free(rows);
}

/* The distinct non-empty values of a column, in order of first appearance. */
static void read_values(zb_csv_reader *r, const char *column, zb_strset *seen)
{
	int col = zb_csv_col(r, column);
	if (col < 0)
		zb_die(ZB_EXIT_DATA, zb_csv_name(r), 0, "no column '%s'", column);
	const zb_field *f;
	int st;
	while ((st = zb_csv_next(r, &f)) == ZB_CSV_ROW)
		if (f[col].len && zb_strset_add(seen, f[col].ptr, f[col].len, NULL) == ZB_STRSET_NOMEM)
			zb_die(ZB_EXIT_DATA, NULL, 0, "out of memory");
	if (st == ZB_CSV_ERROR)
		zb_die(ZB_EXIT_DATA, zb_csv_name(r), zb_csv_line(r), "%s", zb_csv_error(r));
}

static void table_free(struct table *t)
{
	for (size_t i = 0; i < t->nrows * t->ncols; i++)
		free(t->cells[i]);
	free(t->cells);
	free(t->lines);
	for (size_t i = 0; t->cols && i < t->ncols; i++)
		free((char *)t->cols[i].label);
	free(t->cols);
}

static void usage(void)
{
	printf("Usage: %s [OPTION]... [CSV]\n"
	       "Print a CSV table (a zb-aggregate report) as a Markdown table, to read.\n"
	       "CSV is read from standard input when absent or '-'.\n\n"
	       "  -o, --output FILE   write to FILE (whole or not at all) instead of standard output\n"
	       "      --heading N     first the report's title as a level-N heading, and its note\n"
	       "      --image PATH    then a link to its chart, PATH as written\n"
	       "      --brief         the report's briefing section: its title as a heading of\n"
	       "                      its level, its note, the --image link, and its table as\n"
	       "                      the briefing shows it (below); no --heading\n"
	       "      --headline      the report's headline sentences for a briefing's first\n"
	       "                      paragraph, filled from its total row (nothing without)\n"
	       "      --list COLUMN   instead, the distinct values of COLUMN as a Markdown list\n"
	       "      --help          show this help and exit\n"
	       "      --version       show the version and exit\n\n"
	       "Reports recognised by their header (lib/reports.c), with their columns' headers\n"
	       "(* shown in the briefing; + a plain sum, never briefed):\n", zb_progname());
	for (const zb_report *r = zb_reports; r->name; r++) {
		printf("  %s (%s):", r->name, r->title);
		for (const zb_report_col *c = zb_report_cols(r); c->name; c++)
			printf(" %s=%s%s", c->name, c->label, c->flags & ZB_COL_SUM ? "+" : c->flags & ZB_COL_BRIEF ? "*" : "");
		putchar('\n');
		if (r->brief.order)
			printf("    briefing: section %d, %s%s%s%s%s\n", r->brief.order,
			       r->brief.table ? "its table" : "its chart only",
			       r->brief.by ? ", a table per " : "", r->brief.by ? r->brief.by : "",
			       r->brief.where ? ", rows with " : "", r->brief.where ? r->brief.where : "");
	}
	printf("Money columns are shown in");
	for (const zb_money_unit *u = zb_money_units; u->name; u++)
		printf(" %s (from %.0f yuan)", u->name, u->factor);
	printf(", the unit the largest row reaches.\nA row whose department is %s is the total, "
	       "shown in bold.\n\nExit status: 0 ok, 1 bad input, 2 usage error.\n", ZB_TOTAL_LABEL);
	exit(fflush(stdout) == 0 && !ferror(stdout) ? ZB_EXIT_OK : ZB_EXIT_DATA);
}

static void parse_args(int argc, char **argv, struct opts *o)
{
	enum { O_HEADING = 256, O_IMAGE, O_BRIEF, O_HEADLINE, O_LIST, O_HELP, O_VERSION };
	static const struct option longopts[] = {
		{"output", required_argument, NULL, 'o'},
		{"heading", required_argument, NULL, O_HEADING},
		{"image", required_argument, NULL, O_IMAGE},
		{"brief", no_argument, NULL, O_BRIEF},
		{"headline", no_argument, NULL, O_HEADLINE},
		{"list", required_argument, NULL, O_LIST},
		{"help", no_argument, NULL, O_HELP},
		{"version", no_argument, NULL, O_VERSION},
		{NULL, 0, NULL, 0}
	};
	*o = (struct opts){.output = "-"};
	int ch;
	opterr = 0;  /* zb_bad_option says it once */
	while ((ch = getopt_long(argc, argv, "o:", longopts, NULL)) != -1) {
		switch (ch) {
		case 'o': o->output = optarg; break;
		case O_HEADING: o->heading = (int)zb_opt_number("--heading", optarg, 1, 6); break;
		case O_IMAGE: o->image = optarg; break;
		case O_BRIEF: o->brief = 1; break;
		case O_HEADLINE: o->headline = 1; break;
		case O_LIST: o->list = optarg; break;
		case O_HELP: usage(); break;
		case O_VERSION: zb_version(); break;
		default: zb_bad_option(argv, optind);
		}
	}
	o->input = zb_one_input(argc, argv, optind);
	if (o->list && (o->heading || o->image || o->brief || o->headline))
		zb_usage_error("--list prints a list, not a table: no --heading, --image, --brief or --headline with it");
	if (o->brief + o->headline + (o->heading > 0) > 1)
		zb_usage_error("--brief, --headline and --heading each say what to print: one of them");
	if (o->headline && o->image)
		zb_usage_error("--headline prints sentences: no --image with it");
}
