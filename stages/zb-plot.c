/* zb-plot - a chart of a zb-aggregate report (or any CSV), drawn by gnuplot.
 *
 *   zb-aggregate --report ranks | zb-plot -o out/ranks.png
 *
 * Reads the table, picks the chart for the report its header shows (or the
 * columns named by -x, -y, --stack), sums rows with the same label, sorts
 * the bars, scales money to 亿元/万元, writes a gnuplot script and its data,
 * and runs gnuplot on them into a temporary file renamed over -o FILE. */
#include "aggops.h"
#include "chart.h"
#include "csvrec.h"
#include "diag.h"
#include "fontfind.h"
#include "gnuplot.h"
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
#include <sys/stat.h>

#define OTHER_LABEL "其他"
#define MAX_SERIES 20
#define SOURCE_NOTE "zhibiao 自动提取，以原文为准"

struct opts {
	const char *input, *output, *kind, *x, *y, *stack;
	const char *title, *source, *font, *gnuplot;
	int width, height, script, values, sort, money, top, max_series;
	int if_rows;   /* no rows: no chart, exit 0 */
	int scale;                /* enum zb_scale, or -1: the report's (linear for other CSV) */
};

/* The --scale words, indexed by enum zb_scale. */
static const char *const scale_names[] = {
	[ZB_SCALE_LINEAR] = "linear", [ZB_SCALE_LOG] = "log", [ZB_SCALE_AUTO] = "auto",
};
#define N_SCALES (sizeof scale_names / sizeof *scale_names)

struct cell { size_t r, s; double v; };

struct plot {
	const zb_chart_kind *kind;
	const zb_chart_format *fmt;
	const zb_report *rep;
	int xcol, stackcol, *ycols;
	size_t ny;
	const char *xempty;       /* label for an empty x cell */
	char *xlabel;             /* what the labels are (部门) */
	int money;
	enum zb_scale scale;      /* as asked; shape() decides auto */
	int log;                  /* the value axis is logarithmic */
	const char *unit;         /* value axis unit */
	zb_strset rows, series;     /* labels in first-seen order */
	struct cell *cells;
	size_t ncells, cellcap;
	size_t *order;            /* rows in drawing order */
	size_t nshow;             /* rows drawn (after --top) */
	double *m;                /* nshow x nseries values, scaled */
	size_t nseries;
	char **slabels;           /* series labels, nseries */
	int other_series;         /* the last series is folded "其他" */
	int default_chart;        /* the report's own chart, not columns named */
};

static void parse_args(int argc, char **argv, struct opts *o);
static void plan(struct plot *c, const struct opts *o, zb_csv_reader *r);
static int read_cells(struct plot *c, zb_csv_reader *r);
static void shape(struct plot *c, const struct opts *o);
static char *find_font(void);
static char *chart_text(const struct plot *c, const struct opts *o, const char *font, int data);
static void write_beside(const char *output, const char *ext, const char *text);
static int render(const struct opts *o, const char *script, const char *data);
static void chart_free(struct plot *c);
static const char *base_name(const char *path);

int main(int argc, char **argv)
{
	zb_diag_init(argv[0]);
	struct opts o;
	parse_args(argc, argv, &o);
	struct plot c = {.fmt = zb_chart_format_of(o.output)};

	const char *why;
	zb_csv_reader *r = zb_csv_open(o.input, &why);
	if (!r)
		zb_die(ZB_EXIT_DATA, o.input, 0, "%s", why);
	plan(&c, &o, r);
	if (!read_cells(&c, r)) {
		if (!o.if_rows)
			zb_die(ZB_EXIT_DATA, zb_csv_name(r), 0, "no rows to plot%s%s",
			       c.default_chart && c.rep->brief.where ? ": the chart shows rows with " : "",
			       c.default_chart && c.rep->brief.where ? c.rep->brief.where : "");
		zb_csv_close(r);
		chart_free(&c);
		return ZB_EXIT_OK;   /* --if-rows: no chart, as asked */
	}
	zb_csv_close(r);
	shape(&c, &o);

	char *font = o.font ? strdup(o.font) : find_font();
	char *data = chart_text(&c, &o, font, 1);
	char *script = chart_text(&c, &o, font, 0);
	if (o.script) {
		write_beside(o.output, ".tsv", data);
		write_beside(o.output, ".gp", script);
	}
	int status = render(&o, script, data);
	free(font);
	free(data);
	free(script);
	chart_free(&c);
	return status;
}

/* ---- input ---- */

static void *xrealloc(void *p, size_t n)
{
	if (!(p = realloc(p, n ? n : 1)))
		zb_die(ZB_EXIT_DATA, NULL, 0, "out of memory");
	return p;
}

/* Index of label s (len bytes) in set, added when new. */
static size_t name_index(zb_strset *set, const char *s, size_t len)
{
	size_t i = zb_strset_add(set, s, len, NULL);
	if (i == ZB_STRSET_NOMEM)
		zb_die(ZB_EXIT_DATA, NULL, 0, "out of memory");
	return i;
}

static int column(zb_csv_reader *r, const char *name)
{
	int i = zb_csv_col(r, name);
	if (i < 0) {
		zb_warn(zb_csv_name(r), 0, "no column '%s'; the columns are:", name);
		for (size_t k = 0; k < zb_csv_ncols(r); k++)
			fprintf(stderr, "%s%s", k ? "," : "  ", zb_csv_header(r)[k].ptr);
		fputc('\n', stderr);
		exit(ZB_EXIT_USAGE);
	}
	return i;
}

/* Neither a report nor columns named: say which key columns would do. */
static _Noreturn void not_a_report(zb_csv_reader *r)
{
	char keys[512];
	size_t n = 0;
	for (const zb_report *rep = zb_reports; rep->name && n < sizeof keys; rep++)
		if (rep->chart.kind)
			n += (size_t)snprintf(keys + n, sizeof keys - n, "%s%s", n ? ", " : "", rep->key);
	zb_die(ZB_EXIT_USAGE, zb_csv_name(r), 0,
	       "not a zb-aggregate report (no department with %s); name the columns with -x and -y", keys);
}

/* Decide the chart: report, kind, columns; all checks once, before reading. */
static void plan(struct plot *c, const struct opts *o, zb_csv_reader *r)
{
	size_t nc = zb_csv_ncols(r);
	const char **names = xrealloc(NULL, nc * sizeof *names);
	for (size_t i = 0; i < nc; i++)
		names[i] = zb_csv_header(r)[i].ptr;
	c->rep = zb_report_detect(names, nc);
	free(names);

	int own = o->y || o->stack;  /* columns chosen on the command line */
	if (!own && !c->rep)
		not_a_report(r);
	if (!own && !c->rep->chart.kind)
		zb_die(ZB_EXIT_USAGE, zb_csv_name(r), 0, "the %s report has no chart; name the columns with -x and -y",
		       c->rep->name);
	const zb_report_chart *rc = own ? NULL : &c->rep->chart;
	c->default_chart = rc != NULL;
	const char *x = o->x ? o->x : rc ? rc->x : zb_csv_header(r)[0].ptr;
	const char *y = o->y ? o->y : rc ? rc->y : NULL;
	const char *stack = o->stack ? o->stack : rc ? rc->stack : NULL;
	if (!y)
		zb_usage_error("--stack needs one value column: -y COLUMN");
	c->scale = o->scale >= 0 ? (enum zb_scale)o->scale : rc ? rc->scale : ZB_SCALE_LINEAR;

	char *list = strdup(y);
	for (char *save, *t = strtok_r(list, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
		if (t[0] == '*') {   /* "* change": that column of every document (compare) */
			const zb_report_col pattern = {t, NULL, NULL, NULL, ZB_COL_TEXT, NULL, NULL, 0};
			for (size_t i = 0; i < nc; i++)
				if (zb_report_col_matches(&pattern, zb_csv_header(r)[i].ptr)) {
					c->ycols = xrealloc(c->ycols, (c->ny + 1) * sizeof *c->ycols);
					c->ycols[c->ny++] = (int)i;
				}
			continue;
		}
		c->ycols = xrealloc(c->ycols, (c->ny + 1) * sizeof *c->ycols);
		c->ycols[c->ny++] = column(r, t);
	}
	free(list);
	if (c->ny == 0)
		zb_usage_error("-y: no column named");
	c->xcol = column(r, x);
	c->stackcol = stack ? column(r, stack) : -1;

	const char *kind = o->kind ? o->kind : rc ? rc->kind : c->ny > 1 || stack ? "hstack" : "hbar";
	if (!(c->kind = zb_chart_kind_named(kind)))
		zb_usage_error("--kind: unknown chart kind '%s' (see --help)", kind);
	if (c->stackcol >= 0 && c->ny > 1)
		zb_usage_error("--stack takes its values from one -y column, not %zu", c->ny);
	if (c->kind->layout == ZB_CHART_BAR && (c->ny > 1 || c->stackcol >= 0))
		zb_usage_error("--kind %s draws one -y column; use %s for several", kind,
			       c->kind->horizontal ? "hstack or hgroup" : "stack or group");
	if (o->scale == ZB_SCALE_LOG && c->kind->layout == ZB_CHART_STACK)
		zb_usage_error("--scale log: stacked bars have no log scale (their parts would not add up)");

	const zb_report_col *xd = zb_report_column(c->rep, x);
	c->xempty = xd && xd->empty ? xd->empty : "（空）";
	c->xlabel = strdup(xd ? xd->label : zb_csv_header(r)[c->xcol].ptr);
	const zb_report_col *yd = zb_report_column(c->rep, zb_csv_header(r)[c->ycols[0]].ptr);
	c->money = o->money || (yd && yd->kind == ZB_COL_MONEY);
	c->unit = yd ? yd->unit : NULL;
}

static double number(zb_csv_reader *r, const zb_field *f, int col)
{
	char *end;
	double v = f->len ? strtod(f->ptr, &end) : 0;
	if (f->len && (end != f->ptr + f->len || !isfinite(v)))
		zb_die(ZB_EXIT_DATA, zb_csv_name(r), zb_csv_line(r), "column '%s': '%s' is not a number",
		       zb_csv_header(r)[col].ptr, zb_excerpt(f->ptr, f->len, 40));
	return v;
}

static void add_cell(struct plot *c, size_t row, size_t s, double v)
{
	if (c->ncells == c->cellcap)
		c->cells = xrealloc(c->cells, (c->cellcap = c->cellcap ? 2 * c->cellcap : 256) * sizeof *c->cells);
	c->cells[c->ncells++] = (struct cell){row, s, v};
}

/* The report's chart shows the rows its briefing shows (brief.where:
 * compare's indicators of two documents or more, trend's series of two
 * periods or more). */
#define MAX_TERMS 8
struct brief_filter {
	zb_agg_term terms[MAX_TERMS];
	int col[MAX_TERMS], n;
};

static void brief_filter_init(struct brief_filter *bf, const struct plot *c, zb_csv_reader *r)
{
	zb_agg_term all[MAX_TERMS];
	int n = zb_agg_terms_parse(c->rep && c->default_chart ? c->rep->brief.where : NULL, all, MAX_TERMS);
	bf->n = 0;
	for (int j = 0; j < n; j++) {   /* a column the CSV lacks (an older report's) filters nothing */
		int col = zb_csv_col(r, all[j].col);
		if (col < 0) {
			zb_agg_term_free(&all[j]);
			continue;
		}
		bf->terms[bf->n] = all[j];
		bf->col[bf->n++] = col;
	}
}

static int brief_filter_keeps(struct brief_filter *bf, const zb_field *f)
{
	int ok = 1;
	for (int j = 0; j < bf->n && ok; j++)
		ok = zb_agg_term_match(&bf->terms[j], f[bf->col[j]].ptr, f[bf->col[j]].len);
	return ok;
}

static void brief_filter_free(struct brief_filter *bf)
{
	for (int j = 0; j < bf->n; j++)
		zb_agg_term_free(&bf->terms[j]);
}

/* Every record becomes cells (row label, series, value); total rows are
 * left out. */
static int read_cells(struct plot *c, zb_csv_reader *r)
{
	const zb_field *f;
	int st;
	if (c->stackcol < 0)
		for (size_t j = 0; j < c->ny; j++) {
			const char *h = zb_csv_header(r)[c->ycols[j]].ptr;
			const zb_report_col *d = zb_report_column(c->rep, h);
			char buf[512];
			const char *label = d ? zb_report_label(d, h, buf, sizeof buf) : h;
			name_index(&c->series, label, strlen(label));
		}
	struct brief_filter bf;
	brief_filter_init(&bf, c, r);
	while ((st = zb_csv_next(r, &f)) == ZB_CSV_ROW) {
		const zb_field *x = &f[c->xcol];
		if (strcmp(x->ptr, ZB_TOTAL_LABEL) == 0 || !brief_filter_keeps(&bf, f))
			continue;
		size_t row = x->len ? name_index(&c->rows, x->ptr, x->len)
			: name_index(&c->rows, c->xempty, strlen(c->xempty));
		int line = c->kind->layout == ZB_CHART_LINE;   /* an empty cell: no point */
		if (c->stackcol >= 0) {
			const zb_field *k = &f[c->stackcol];
			if (line && f[c->ycols[0]].len == 0)
				continue;
			size_t s = k->len ? name_index(&c->series, k->ptr, k->len)
				: name_index(&c->series, "（空）", strlen("（空）"));
			add_cell(c, row, s, number(r, &f[c->ycols[0]], c->ycols[0]));
		} else {
			for (size_t j = 0; j < c->ny; j++)
				if (!line || f[c->ycols[j]].len)
					add_cell(c, row, j, number(r, &f[c->ycols[j]], c->ycols[j]));
		}
	}
	brief_filter_free(&bf);
	if (st == ZB_CSV_ERROR)
		zb_die(ZB_EXIT_DATA, zb_csv_name(r), zb_csv_line(r), "%s", zb_csv_error(r));
	return c->rows.n > 0;
}

static void chart_free(struct plot *c)
{
	zb_strset_free(&c->rows);
	zb_strset_free(&c->series);
	free(c->ycols);
	free(c->xlabel);
	free(c->cells);
	free(c->order);
	free(c->m);
	free(c->slabels);
}

/* ---- shaping: series kept, rows sorted and cut, money scaled ---- */

struct keyed { double key; size_t i; };

static int by_key_desc(const void *a, const void *b)
{
	const struct keyed *x = a, *y = b;
	if (x->key != y->key)
		return x->key > y->key ? -1 : 1;
	return x->i < y->i ? -1 : x->i > y->i;  /* ties: first seen first */
}

/* Indexes 0..n-1, by key descending when sort, else as they are. */
static size_t *sorted_index(const double *key, size_t n, int sort)
{
	struct keyed *k = xrealloc(NULL, n * sizeof *k);
	size_t *ix = xrealloc(NULL, n * sizeof *ix);
	for (size_t i = 0; i < n; i++)
		k[i] = (struct keyed){key[i], i};
	if (sort)
		qsort(k, n, sizeof *k, by_key_desc);
	for (size_t i = 0; i < n; i++)
		ix[i] = k[i].i;
	free(k);
	return ix;
}

static int by_value_desc(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x > y ? -1 : x < y;
}

/* --scale auto: a one-series bar chart, all bars above 0, whose largest bar
 * is 100 times the next or more, or 100 times the median bar (most bars
 * would be slivers on a linear axis). */
static int wants_log(const struct plot *c)
{
	if (c->kind->layout != ZB_CHART_BAR || c->nseries != 1 || c->nshow < 2)
		return 0;
	double *v = xrealloc(NULL, c->nshow * sizeof *v);
	memcpy(v, c->m, c->nshow * sizeof *v);
	qsort(v, c->nshow, sizeof *v, by_value_desc);
	size_t n = c->nshow;
	double median = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
	int log = v[n - 1] > 0 && (v[0] >= 100 * v[1] || v[0] >= 100 * median);
	free(v);
	return log;
}

static void shape(struct plot *c, const struct opts *o)
{
	size_t ns = c->series.n, nr = c->rows.n;
	double *stot = xrealloc(NULL, ns * sizeof *stot);
	memset(stot, 0, ns * sizeof *stot);
	for (size_t i = 0; i < c->ncells; i++)
		stot[c->cells[i].s] += fabs(c->cells[i].v);

	/* Series: columns in -y order, --stack values largest first; series
	 * that are zero everywhere are dropped, and past --max-series the
	 * smallest --stack values fold into one. */
	size_t *sorder = sorted_index(stot, ns, c->stackcol >= 0);
	size_t *smap = xrealloc(NULL, ns * sizeof *smap), keep = 0;
	/* Lines are not folded: a line of sums of rates would mean nothing; the
	 * series past --max-series are left out. */
	int line = c->kind->layout == ZB_CHART_LINE;
	size_t limit = c->stackcol >= 0 && ns > (size_t)o->max_series ? (size_t)o->max_series - !line : ns;
	c->slabels = xrealloc(NULL, (ns + 1) * sizeof *c->slabels);
	for (size_t k = 0; k < ns; k++) {
		size_t s = sorder[k];
		if (stot[s] == 0 && !(k + 1 == ns && keep == 0)) {
			smap[s] = (size_t)-1;
		} else if (keep < limit) {
			c->slabels[keep] = c->series.v[s];
			smap[s] = keep++;
		} else if (line) {
			smap[s] = (size_t)-1;
		} else {
			smap[s] = limit;
			c->other_series = 1;
		}
	}
	if (c->other_series)
		c->slabels[keep++] = OTHER_LABEL;
	c->nseries = keep;

	/* Rows: summed, ordered by total (or as read), cut at --top. */
	double *m = xrealloc(NULL, nr * keep * sizeof *m), *rtot = xrealloc(NULL, nr * sizeof *rtot);
	for (size_t i = 0; i < nr * keep; i++)   /* a line has no point where no cell is */
		m[i] = line ? NAN : 0;
	memset(rtot, 0, nr * sizeof *rtot);
	for (size_t i = 0; i < c->ncells; i++) {
		struct cell *e = &c->cells[i];
		if (smap[e->s] != (size_t)-1) {
			double *at = &m[e->r * keep + smap[e->s]];
			*at = isnan(*at) ? e->v : *at + e->v;
			rtot[e->r] += e->v;
		}
	}
	c->order = sorted_index(rtot, nr, o->sort && c->kind->layout != ZB_CHART_LINE);
	c->nshow = o->top && (size_t)o->top < nr ? (size_t)o->top : nr;
	int fold_rows = c->nshow < nr;
	c->m = xrealloc(NULL, (c->nshow + fold_rows) * keep * sizeof *c->m);
	memset(c->m, 0, (c->nshow + fold_rows) * keep * sizeof *c->m);
	for (size_t k = 0; k < nr; k++)
		for (size_t s = 0; s < keep; s++)
			c->m[(k < c->nshow ? k : c->nshow) * keep + s] += m[c->order[k] * keep + s];
	if (fold_rows) {
		char label[64];
		snprintf(label, sizeof label, "%s（%zu）", OTHER_LABEL, nr - c->nshow);
		c->order[c->nshow++] = name_index(&c->rows, label, strlen(label));
	}

	/* Money: in the unit the largest bar reaches. */
	if (c->money) {
		double max = 0;
		for (size_t k = 0; k < c->nshow; k++) {
			double t = 0;
			for (size_t s = 0; s < keep; s++) {
				double v = fabs(c->m[k * keep + s]);
				t += v;
				max = fmax(max, c->kind->layout == ZB_CHART_STACK ? t : v);
			}
		}
		const zb_money_unit *u = zb_money_pick(max);
		for (size_t i = 0; i < c->nshow * keep; i++)
			c->m[i] /= u->factor;
		c->unit = u->name;
	}
	for (size_t i = 0; i < c->nshow * keep; i++)
		c->m[i] = round(c->m[i] * 100) / 100;
	c->log = c->scale == ZB_SCALE_LOG || (c->scale == ZB_SCALE_AUTO && wants_log(c));
	free(stot);
	free(sorder);
	free(smap);
	free(m);
	free(rtot);
}

/* ---- gnuplot script and data ---- */

static char *find_font(void)
{
	char *family;
	switch (zb_font_find_cjk(&family)) {
	case ZB_FONT_FOUND:
		return family;
	case ZB_FONT_NO_TOOLS:
		zb_die(ZB_EXIT_DATA, NULL, 0, "cannot run fc-list to find a font with Chinese glyphs; "
		       "install fontconfig and fonts-noto-cjk (apt-get install fontconfig fonts-noto-cjk) "
		       "or pass --font NAME");
	default:
		zb_die(ZB_EXIT_DATA, NULL, 0, "no font with Chinese glyphs found; install fonts-noto-cjk "
		       "(apt-get install fonts-noto-cjk) or pass --font NAME");
	}
}

/* File name part of path. */
static const char *base_name(const char *path)
{
	const char *s = strrchr(path, '/');
	return s ? s + 1 : path;
}

/* path with its extension replaced by ext (malloc'd). */
static char *beside(const char *path, const char *ext)
{
	const char *dot = strrchr(base_name(path), '.');
	size_t stem = dot ? (size_t)(dot - path) : strlen(path);
	char *s = xrealloc(NULL, stem + strlen(ext) + 1);
	memcpy(s, path, stem);
	strcpy(s + stem, ext);
	return s;
}

/* The chart's data (data = 1) or gnuplot script, as text. */
static char *chart_text(const struct plot *c, const struct opts *o, const char *font, int data)
{
	const char **rows = xrealloc(NULL, c->nshow * sizeof *rows);
	for (size_t k = 0; k < c->nshow; k++)
		rows[k] = c->rows.v[c->order[k]];
	char about[256];
	snprintf(about, sizeof about, "%s chart by zb-plot (zhibiao)%s%s.", c->kind->name,
		 c->rep ? " of the report " : "", c->rep ? c->rep->name : "");
	char *image = strdup(base_name(o->output)), *tsv = beside(image, ".tsv"), *gp = beside(image, ".gp");
	zb_chart chart = {
		.kind = c->kind, .format = c->fmt, .nrows = c->nshow, .nseries = c->nseries,
		.rows = rows, .series = (const char *const *)c->slabels, .v = c->m,
		.other_series = c->other_series, .xlabel = c->xlabel, .total = ZB_TOTAL_LABEL,
		.unit = c->unit, .title = o->title ? o->title : c->rep ? c->rep->title : "",
		.source = o->source, .font = font, .width = o->width, .height = o->height,
		.values = o->values, .about = about, .image = image, .data = tsv, .script = gp,
		.log = c->log,
	};
	char *buf;
	size_t len;
	FILE *fp = open_memstream(&buf, &len);
	if (!fp)
		zb_die(ZB_EXIT_DATA, NULL, 0, "out of memory");
	if (data)
		zb_chart_data(fp, &chart);
	else if (zb_chart_script(fp, &chart))
		zb_warn(NULL, 0, "%zu labels are too many to read at %dx%d; try --top N or a larger --size",
			c->nshow, o->width, o->height);
	if (fclose(fp) != 0)
		zb_die(ZB_EXIT_DATA, NULL, 0, "out of memory");
	free(rows);
	free(image);
	free(tsv);
	free(gp);
	return buf;
}

/* ---- output ---- */

static void write_beside(const char *output, const char *ext, const char *text)
{
	char *path = beside(output, ext);
	zb_out out;
	if (zb_out_open(&out, path) != 0)
		zb_die(ZB_EXIT_DATA, path, 0, "cannot write: %s", strerror(errno));
	fputs(text, out.fp);
	if (zb_out_finish(&out, ZB_EXIT_OK) != ZB_EXIT_OK)
		exit(ZB_EXIT_DATA);
	free(path);
}

/* gnuplot's message on one line: blanks and line breaks squeezed. */
static const char *squeeze(char *s)
{
	char *w = s;
	for (char *p = s; *p; p++)
		if (!strchr(" \t\r\n", *p) || (w > s && w[-1] != ' '))
			*w++ = strchr(" \t\r\n", *p) ? ' ' : *p;
	while (w > s && w[-1] == ' ')
		w--;
	*w = '\0';
	return s;
}

/* Run gnuplot on the script, its data inline, into a temporary file beside
 * -o FILE; rename it into place when gnuplot succeeded and wrote something. */
static int render(const struct opts *o, const char *script, const char *data)
{
	zb_out img;
	if (zb_out_open(&img, o->output) != 0)
		zb_die(ZB_EXIT_DATA, o->output, 0, "cannot write: %s", strerror(errno));
	char *in;
	size_t len;
	FILE *fp = open_memstream(&in, &len);
	if (!fp)
		zb_die(ZB_EXIT_DATA, NULL, 0, "out of memory");
	fputs("outfile = ", fp);
	zb_gp_quote(fp, img.tmp);
	fprintf(fp, "\n$data << EOD\n%sEOD\ndatafile = '$data'\n%s", data, script);
	if (fclose(fp) != 0)
		zb_die(ZB_EXIT_DATA, NULL, 0, "out of memory");

	char *err;
	int st = zb_gp_run(o->gnuplot, in, len, &err), e = errno;
	free(in);
	struct stat sb;
	int status = ZB_EXIT_DATA;
	const char *kept = o->script ? "; the script is kept beside the image" : "";
	if (st < 0)
		zb_warn(NULL, 0, "cannot run %s: %s; install gnuplot (apt-get install gnuplot-nox) "
			"or pass --gnuplot PATH", o->gnuplot, strerror(e));
	else if (st != 0)
		zb_warn(NULL, 0, "%s failed (exit status %d): %s%s", o->gnuplot, st,
			err && *err ? squeeze(err) : "no message", kept);
	else if (fstat(fileno(img.fp), &sb) != 0 || sb.st_size == 0)
		zb_warn(o->output, 0, "%s wrote no image%s%s%s", o->gnuplot, err && *err ? ": " : "",
			err && *err ? squeeze(err) : "", kept);
	else {
		if (err && *err)
			zb_warn(NULL, 0, "%s: %s", o->gnuplot, squeeze(err));
		status = ZB_EXIT_OK;
	}
	free(err);
	return zb_out_finish(&img, status);
}

/* ---- command line ---- */

static void usage(void)
{
	printf("Usage: %s [OPTION]... -o FILE.png|.svg|.pdf [CSV]\n"
	       "Draw a chart of a zb-aggregate report (or any CSV) with gnuplot.\n"
	       "CSV is read from standard input when absent or '-'.  Rows with the same\n"
	       "label are summed; a row labelled %s (the report's total) is left out.\n"
	       "A report's own chart shows the rows its briefing shows (compare: indicators\n"
	       "of two documents or more; trend: series of two periods or more).\n\n"
	       "  -o, --output FILE    the image; its format by extension (required)\n"
	       "  -k, --kind KIND      chart kind (below); default: the report's chart\n"
	       "  -x COLUMN            the label column (default: department, or the first)\n"
	       "  -y COLUMN[,COLUMN]   value columns, one series each\n"
	       "      --stack COLUMN   a series per value of COLUMN (one -y column)\n"
	       "      --title TEXT     chart title (default: the report's title)\n"
	       "      --source TEXT    source note at the bottom ('' for none)\n"
	       "      --size WxH       size in pixels (default 1280x720, a slide)\n"
	       "      --font NAME      font family (default: one with Chinese glyphs, by fontconfig)\n"
	       "      --money          the values are yuan: show them in 亿元 or 万元\n"
	       "      --scale SCALE    the value axis: linear, log, or auto (log when the largest\n"
	       "                       bar is 100 times the next or the median bar or more;\n"
	       "                       bar kinds, one series); default: the report's, else linear\n"
	       "      --top N          draw the N largest rows, the rest summed as %s\n"
	       "      --max-series N   with --stack, at most N series (default 8): the rest\n"
	       "                       summed as 其他, or, in a line chart, left out\n"
	       "      --no-sort        keep the input order (line charts always do)\n"
	       "      --if-rows        when no row is left to plot, write no chart and exit 0\n"
	       "      --no-values      no value labels\n"
	       "      --script         also write FILE.gp and FILE.tsv, the script and its\n"
	       "                       data, to tweak and redraw (cd DIR && gnuplot FILE.gp)\n"
	       "      --gnuplot PATH   the gnuplot to run (default: $ZB_GNUPLOT or gnuplot)\n"
	       "      --help           show this help and exit\n"
	       "      --version        show the version and exit\n\nChart kinds:\n",
	       zb_progname(), ZB_TOTAL_LABEL, OTHER_LABEL);
	for (const zb_chart_kind *k = zb_chart_kinds; k->name; k++)
		printf("  %-8s %s\n", k->name, k->help);
	puts("\nFormats:");
	for (const zb_chart_format *f = zb_chart_formats; f->ext; f++)
		printf("  %-8s %s\n", f->ext, f->help);
	puts("\nReports recognised by their header (lib/reports.c), with their default charts:");
	for (const zb_report *r = zb_reports; r->name; r++)
		if (r->chart.kind)
			printf("  %-8s %s of %s by %s%s%s%s\n", r->name, r->chart.kind, r->chart.y, r->chart.x,
			       r->chart.stack ? " stacked by " : "", r->chart.stack ? r->chart.stack : "",
			       r->chart.scale == ZB_SCALE_LINEAR ? "" : ", --scale auto");
	printf("Money columns are shown in");
	for (const zb_money_unit *u = zb_money_units; u->name; u++)
		printf(" %s (from %.0f yuan)", u->name, u->factor);
	printf(".\n\nExit status: 0 ok, 1 bad input or gnuplot failed, 2 usage error.\n");
	exit(fflush(stdout) == 0 && !ferror(stdout) ? ZB_EXIT_OK : ZB_EXIT_DATA);
}

static void parse_args(int argc, char **argv, struct opts *o)
{
	enum { O_STACK = 256, O_TITLE, O_SOURCE, O_SIZE, O_FONT, O_MONEY, O_SCALE, O_TOP, O_MAXS,
	       O_NOSORT, O_NOVALUES, O_SCRIPT, O_GNUPLOT, O_IFROWS, O_HELP, O_VERSION };
	static const struct option longopts[] = {
		{"output", required_argument, NULL, 'o'}, {"kind", required_argument, NULL, 'k'},
		{"stack", required_argument, NULL, O_STACK}, {"title", required_argument, NULL, O_TITLE},
		{"source", required_argument, NULL, O_SOURCE}, {"size", required_argument, NULL, O_SIZE},
		{"font", required_argument, NULL, O_FONT}, {"money", no_argument, NULL, O_MONEY},
		{"scale", required_argument, NULL, O_SCALE},
		{"top", required_argument, NULL, O_TOP}, {"max-series", required_argument, NULL, O_MAXS},
		{"no-sort", no_argument, NULL, O_NOSORT}, {"no-values", no_argument, NULL, O_NOVALUES},
		{"script", no_argument, NULL, O_SCRIPT}, {"gnuplot", required_argument, NULL, O_GNUPLOT},
		{"if-rows", no_argument, NULL, O_IFROWS},
		{"help", no_argument, NULL, O_HELP}, {"version", no_argument, NULL, O_VERSION},
		{NULL, 0, NULL, 0}
	};
	const char *env = getenv("ZB_GNUPLOT");
	*o = (struct opts){.width = 1280, .height = 720, .values = 1, .sort = 1,
			   .max_series = 8, .gnuplot = env && *env ? env : "gnuplot", .scale = -1};
	int ch;
	opterr = 0;  /* zb_bad_option says it once */
	while ((ch = getopt_long(argc, argv, "o:k:x:y:", longopts, NULL)) != -1) {
		switch (ch) {
		case 'o': o->output = optarg; break;
		case 'k': o->kind = optarg; break;
		case 'x': o->x = optarg; break;
		case 'y': o->y = optarg; break;
		case O_STACK: o->stack = optarg; break;
		case O_TITLE: o->title = optarg; break;
		case O_SOURCE: o->source = optarg; break;
		case O_SIZE: {
			char w[32];
			const char *x = strchr(optarg, 'x');
			if (!x || (size_t)(x - optarg) >= sizeof w)
				zb_usage_error("--size: '%s' is not WIDTHxHEIGHT (1280x720)", optarg);
			memcpy(w, optarg, x - optarg);
			w[x - optarg] = '\0';
			o->width = (int)zb_opt_number("--size width", w, 200, 10000);
			o->height = (int)zb_opt_number("--size height", x + 1, 150, 10000);
			break;
		}
		case O_FONT: o->font = optarg; break;
		case O_MONEY: o->money = 1; break;
		case O_SCALE:
			for (o->scale = 0; o->scale < (int)N_SCALES && strcmp(optarg, scale_names[o->scale]); o->scale++)
				;
			if (o->scale == (int)N_SCALES)
				zb_usage_error("--scale: '%s' is not linear, log or auto", optarg);
			break;
		case O_TOP: o->top = (int)zb_opt_number("--top", optarg, 1, 1000); break;
		case O_IFROWS: o->if_rows = 1; break;
		case O_MAXS: o->max_series = (int)zb_opt_number("--max-series", optarg, 2, MAX_SERIES); break;
		case O_NOSORT: o->sort = 0; break;
		case O_NOVALUES: o->values = 0; break;
		case O_SCRIPT: o->script = 1; break;
		case O_GNUPLOT: o->gnuplot = optarg; break;
		case O_HELP: usage(); break;
		case O_VERSION: zb_version(); break;
		default: zb_bad_option(argv, optind);
		}
	}
	o->input = zb_one_input(argc, argv, optind);
	if (!o->output)
		zb_usage_error("no output: -o FILE.png, FILE.svg or FILE.pdf");
	if (!zb_chart_format_of(o->output))
		zb_usage_error("-o %s: the name must end in .png, .svg or .pdf", o->output);
	if (o->font && !*o->font)
		zb_usage_error("--font: empty name");
	if (!o->source) {
		static char note[512];
		if (strcmp(o->input, "-") == 0)
			snprintf(note, sizeof note, "%s", SOURCE_NOTE);
		else
			snprintf(note, sizeof note, "来源：%s；%s", base_name(o->input), SOURCE_NOTE);
		o->source = note;
	}
}
