/* zb-plot - a chart of a zb-aggregate report (or any CSV), drawn by gnuplot.
 *
 *   zb-aggregate --report ranks | zb-plot -o out/ranks.png
 *
 * Reads the table, picks the chart for the report its header shows (or the
 * columns named by -x, -y, --stack), sums rows with the same label, sorts
 * the bars, scales money to 亿元/万元, writes a gnuplot script and its data,
 * and runs gnuplot on them into a temporary file renamed over -o FILE. */
#include "csvrec.h"
#include "diag.h"
#include "fontfind.h"
#include "gnuplot.h"
#include "outfile.h"
#include "present.h"
#include "strset.h"

#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

enum layout { L_BAR, L_STACK, L_GROUP, L_LINE };

/* Chart kinds. */
static const struct kind {
	const char *name;
	enum layout layout;
	int horizontal;
	const char *help;
} kinds[] = {
	{"hbar", L_BAR, 1, "horizontal bars, one -y column (fits many long labels)"},
	{"bar", L_BAR, 0, "vertical bars, one -y column"},
	{"hstack", L_STACK, 1, "horizontal stacked bars: several -y columns, or --stack COL"},
	{"stack", L_STACK, 0, "vertical stacked bars"},
	{"hgroup", L_GROUP, 1, "horizontal grouped bars, side by side per label"},
	{"group", L_GROUP, 0, "vertical grouped bars"},
	{"line", L_LINE, 0, "lines across the labels in input order (reports, periods)"},
};
#define NKINDS (sizeof kinds / sizeof kinds[0])

/* Output formats, by the extension of -o FILE.  Sizes are given in pixels,
 * fonts in points at 96 dpi (a point is 4/3 pixel); fontscale makes each
 * terminal keep those proportions. */
static const struct format {
	const char *ext;
	const char *terminal;
	double size_div;       /* size in the terminal's unit = pixels / size_div */
	const char *size_unit;
	const char *fontscale;
	const char *help;
} formats[] = {
	{".png", "pngcairo", 1, "", "1", "PNG image (pngcairo)"},
	{".svg", "svg", 1, "", "1.3333", "SVG vector image"},
	{".pdf", "pdfcairo", 96, "in", "0.75", "PDF page (pdfcairo; 1280x720 is a 13.33x7.5 in slide)"},
};
#define NFORMATS (sizeof formats / sizeof formats[0])

/* Series colours in order (Tableau 10), each with the colour of text
 * written on it; a folded series ("其他") is grey. */
static const struct colour {
	const char *fill, *text;
} palette[] = {
	{"#4e79a7", "#ffffff"}, {"#f28e2b", "#222222"}, {"#e15759", "#ffffff"},
	{"#76b7b2", "#222222"}, {"#59a14f", "#ffffff"}, {"#edc948", "#222222"},
	{"#b07aa1", "#ffffff"}, {"#ff9da7", "#222222"}, {"#9c755f", "#ffffff"},
};
#define NPALETTE (sizeof palette / sizeof palette[0])
static const struct colour other_colour = {"#bab0ac", "#222222"};
#define OTHER_LABEL "其他"
#define PX_PER_PT (4.0 / 3)
#define SOURCE_NOTE "zhibiao 自动提取，以原文为准"

struct opts {
	const char *input, *output, *kind, *x, *y, *stack;
	const char *title, *source, *font, *gnuplot;
	int width, height, script, values, sort, money, top, max_series;
};

struct cell { size_t r, s; double v; };

struct chart {
	const struct kind *kind;
	const struct format *fmt;
	const zb_report_def *rep;
	int xcol, stackcol, *ycols;
	size_t ny;
	const char *xempty;       /* label for an empty x cell */
	char *xlabel;             /* what the labels are (部门) */
	int money;
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
};

static void parse_args(int argc, char **argv, struct opts *o);
static const struct format *format_of(const char *path);
static void plan(struct chart *c, const struct opts *o, zb_csv_reader *r);
static void read_cells(struct chart *c, zb_csv_reader *r);
static void shape(struct chart *c, const struct opts *o);
static char *find_font(void);
static char *data_text(const struct chart *c);
static char *script_text(const struct chart *c, const struct opts *o, const char *font);
static void write_beside(const char *output, const char *ext, const char *text);
static int render(const struct opts *o, const char *script, const char *data);
static void chart_free(struct chart *c);
static const char *base_name(const char *path);

int main(int argc, char **argv)
{
	zb_diag_init(argv[0]);
	struct opts o;
	parse_args(argc, argv, &o);
	struct chart c = {.fmt = format_of(o.output)};

	const char *why;
	zb_csv_reader *r = zb_csv_open(o.input, &why);
	if (!r)
		zb_die(ZB_EXIT_DATA, o.input, 0, "%s", why);
	plan(&c, &o, r);
	read_cells(&c, r);
	zb_csv_close(r);
	shape(&c, &o);

	char *font = o.font ? strdup(o.font) : find_font();
	char *data = data_text(&c);
	char *script = script_text(&c, &o, font);
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

/* Decide the chart: report, kind, columns; all checks once, before reading. */
static void plan(struct chart *c, const struct opts *o, zb_csv_reader *r)
{
	size_t nc = zb_csv_ncols(r);
	const char **names = xrealloc(NULL, nc * sizeof *names);
	for (size_t i = 0; i < nc; i++)
		names[i] = zb_csv_header(r)[i].ptr;
	c->rep = zb_report_detect(names, nc);
	free(names);

	int own = o->y || o->stack;  /* columns chosen on the command line */
	if (!own && !c->rep)
		zb_die(ZB_EXIT_USAGE, zb_csv_name(r), 0,
		       "not a zb-aggregate report (no department with province_rank1, amounts or "
		       "figures); name the columns with -x and -y");
	const char *x = o->x ? o->x : own ? zb_csv_header(r)[0].ptr : c->rep->x;
	const char *y = o->y ? o->y : own ? NULL : c->rep->y;
	const char *stack = o->stack ? o->stack : own ? NULL : c->rep->stack;
	if (!y)
		zb_usage_error("--stack needs one value column: -y COLUMN");

	char *list = strdup(y);
	for (char *save, *t = strtok_r(list, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
		c->ycols = xrealloc(c->ycols, (c->ny + 1) * sizeof *c->ycols);
		c->ycols[c->ny++] = column(r, t);
	}
	free(list);
	if (c->ny == 0)
		zb_usage_error("-y: no column named");
	c->xcol = column(r, x);
	c->stackcol = stack ? column(r, stack) : -1;

	const char *kind = o->kind ? o->kind : !own ? c->rep->chart
		: c->ny > 1 || stack ? "hstack" : "hbar";
	for (size_t i = 0; i < NKINDS; i++)
		if (strcmp(kinds[i].name, kind) == 0)
			c->kind = &kinds[i];
	if (!c->kind)
		zb_usage_error("--kind: unknown chart kind '%s' (see --help)", kind);
	if (c->stackcol >= 0 && c->ny > 1)
		zb_usage_error("--stack takes its values from one -y column, not %zu", c->ny);
	if (c->kind->layout == L_BAR && (c->ny > 1 || c->stackcol >= 0))
		zb_usage_error("--kind %s draws one -y column; use %s for several", kind,
			       c->kind->horizontal ? "hstack or hgroup" : "stack or group");

	const zb_col_def *xd = zb_report_col(c->rep, x);
	c->xempty = xd && xd->empty ? xd->empty : "（空）";
	c->xlabel = strdup(xd ? xd->label : zb_csv_header(r)[c->xcol].ptr);
	const zb_col_def *yd = zb_report_col(c->rep, zb_csv_header(r)[c->ycols[0]].ptr);
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

static void add_cell(struct chart *c, size_t row, size_t s, double v)
{
	if (c->ncells == c->cellcap)
		c->cells = xrealloc(c->cells, (c->cellcap = c->cellcap ? 2 * c->cellcap : 256) * sizeof *c->cells);
	c->cells[c->ncells++] = (struct cell){row, s, v};
}

/* Every record becomes cells (row label, series, value); total rows are
 * left out. */
static void read_cells(struct chart *c, zb_csv_reader *r)
{
	const zb_field *f;
	int st;
	if (c->stackcol < 0)
		for (size_t j = 0; j < c->ny; j++) {
			const char *h = zb_csv_header(r)[c->ycols[j]].ptr;
			const zb_col_def *d = zb_report_col(c->rep, h);
			name_index(&c->series, d ? d->label : h, strlen(d ? d->label : h));
		}
	while ((st = zb_csv_next(r, &f)) == ZB_CSV_ROW) {
		const zb_field *x = &f[c->xcol];
		if (strcmp(x->ptr, ZB_TOTAL_LABEL) == 0)
			continue;
		size_t row = x->len ? name_index(&c->rows, x->ptr, x->len)
			: name_index(&c->rows, c->xempty, strlen(c->xempty));
		if (c->stackcol >= 0) {
			const zb_field *k = &f[c->stackcol];
			size_t s = k->len ? name_index(&c->series, k->ptr, k->len)
				: name_index(&c->series, "（空）", strlen("（空）"));
			add_cell(c, row, s, number(r, &f[c->ycols[0]], c->ycols[0]));
		} else {
			for (size_t j = 0; j < c->ny; j++)
				add_cell(c, row, j, number(r, &f[c->ycols[j]], c->ycols[j]));
		}
	}
	if (st == ZB_CSV_ERROR)
		zb_die(ZB_EXIT_DATA, zb_csv_name(r), zb_csv_line(r), "%s", zb_csv_error(r));
	if (c->rows.n == 0)
		zb_die(ZB_EXIT_DATA, zb_csv_name(r), 0, "no rows to plot");
}

static void chart_free(struct chart *c)
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

static const double *sort_key;

static int by_key_desc(const void *a, const void *b)
{
	size_t i = *(const size_t *)a, j = *(const size_t *)b;
	if (sort_key[i] != sort_key[j])
		return sort_key[i] > sort_key[j] ? -1 : 1;
	return i < j ? -1 : i > j;  /* ties: first seen first */
}

static size_t *sorted_index(const double *key, size_t n, int sort)
{
	size_t *ix = xrealloc(NULL, n * sizeof *ix);
	for (size_t i = 0; i < n; i++)
		ix[i] = i;
	sort_key = key;
	if (sort)
		qsort(ix, n, sizeof *ix, by_key_desc);
	return ix;
}

static void shape(struct chart *c, const struct opts *o)
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
	size_t limit = c->stackcol >= 0 && ns > (size_t)o->max_series ? (size_t)o->max_series - 1 : ns;
	c->slabels = xrealloc(NULL, (ns + 1) * sizeof *c->slabels);
	for (size_t k = 0; k < ns; k++) {
		size_t s = sorder[k];
		if (stot[s] == 0 && !(k + 1 == ns && keep == 0)) {
			smap[s] = (size_t)-1;
		} else if (keep < limit) {
			c->slabels[keep] = c->series.v[s];
			smap[s] = keep++;
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
	memset(m, 0, nr * keep * sizeof *m);
	memset(rtot, 0, nr * sizeof *rtot);
	for (size_t i = 0; i < c->ncells; i++) {
		struct cell *e = &c->cells[i];
		if (smap[e->s] != (size_t)-1) {
			m[e->r * keep + smap[e->s]] += e->v;
			rtot[e->r] += e->v;
		}
	}
	c->order = sorted_index(rtot, nr, o->sort && c->kind->layout != L_LINE);
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
				max = fmax(max, c->kind->layout == L_STACK ? t : v);
			}
		}
		const zb_money_unit *u = zb_money_pick(max);
		for (size_t i = 0; i < c->nshow * keep; i++)
			c->m[i] /= u->factor;
		c->unit = u->name;
	}
	for (size_t i = 0; i < c->nshow * keep; i++)
		c->m[i] = round(c->m[i] * 100) / 100;
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

static const char *row_label(const struct chart *c, size_t k) { return c->rows.v[c->order[k]]; }

/* A label as a data field: on one line, no tab, not read as a comment. */
static void put_label(FILE *fp, const char *s)
{
	if (*s == '#')
		fputs("＃", fp), s++;
	for (; *s; s++)
		putc((unsigned char)*s < 0x20 || *s == 0x7f || *s == '"' ? ' ' : *s, fp);
}

/* Tab-separated: label, one column per series, the total. */
static char *data_text(const struct chart *c)
{
	char *buf, num[64];
	size_t len;
	FILE *fp = open_memstream(&buf, &len);
	if (!fp)
		zb_die(ZB_EXIT_DATA, NULL, 0, "out of memory");
	fprintf(fp, "# %s", c->xlabel);
	for (size_t s = 0; s < c->nseries; s++)
		fprintf(fp, "\t%s", c->slabels[s]);
	fprintf(fp, "\t%s\n", ZB_TOTAL_LABEL);
	for (size_t k = 0; k < c->nshow; k++) {
		double t = 0;
		put_label(fp, row_label(c, k));
		for (size_t s = 0; s < c->nseries; s++) {
			t += c->m[k * c->nseries + s];
			fprintf(fp, "\t%s", zb_number_text(c->m[k * c->nseries + s], num, sizeof num));
		}
		fprintf(fp, "\t%s\n", zb_number_text(t, num, sizeof num));
	}
	if (fclose(fp) != 0)
		zb_die(ZB_EXIT_DATA, NULL, 0, "out of memory");
	return buf;
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

/* Layout of a W x H canvas: font sizes in points, margins at screen
 * fractions.  Category labels (and the values beside them) shrink to fit
 * their row; the rest keeps its size. */
struct layout_px {
	double title_pt, tick_pt, note_pt, cat_pt;
	double tick_px, cat_px;
	double l, r, b, t;        /* margins at screen fractions */
	double plot_w, plot_h;    /* plot area in pixels */
	int rotate;               /* category labels at 45 degrees */
};

static struct layout_px layout(const struct chart *c, const struct opts *o)
{
	struct layout_px L = {.r = 0.97};
	double W = o->width, H = o->height, k = fmin(W / 1280, H / 720), ems = 0;
	for (size_t i = 0; i < c->nshow; i++)
		ems = fmax(ems, zb_text_ems(row_label(c, i)));
	L.title_pt = 20 * k;
	L.note_pt = 10 * k;
	L.tick_pt = 13 * k;
	double tick = L.tick_pt * PX_PER_PT, note = L.note_pt * PX_PER_PT, cat;
	double top = L.title_pt * PX_PER_PT * 2.2 + (c->nseries > 1 ? tick * 2.2 : tick * 0.4);
	double bottom = tick * 3.6 + note * 2;
	if (c->kind->horizontal) {
		double pitch = (H - top - bottom) / c->nshow;
		cat = fmin(tick, pitch * 0.85);
		L.l = (ems * cat + tick * 1.5) / W;
	} else {
		double pitch = (W * 0.9) / c->nshow;
		cat = fmin(tick, pitch * 0.9);
		if (ems * cat > pitch * 0.9) {
			L.rotate = 1;
			bottom += ems * cat * 0.71;
		}
		L.l = tick * 7 / W;
	}
	L.cat_px = cat;
	L.cat_pt = cat / PX_PER_PT;
	L.tick_px = tick;
	L.b = bottom / H;
	L.t = 1 - top / H;
	L.plot_w = (L.r - L.l) * W;
	L.plot_h = (L.t - L.b) * H;
	if (L.cat_pt < 6)
		zb_warn(NULL, 0, "%zu labels are too many to read at %dx%d; try --top N or a larger --size",
			c->nshow, o->width, o->height);
	return L;
}

/* Column reference of series s in the data; 1 is the label. */
#define COL(s) ((s) + 2)

/* Gnuplot expression: the sum of series [first, s) of a row plus series s,
 * or half of it (the middle of a stacked segment): "$2+$3/2". */
static void pos_expr(FILE *fp, size_t first, size_t s, int half)
{
	fputc('(', fp);
	for (size_t k = first; k < s; k++)
		fprintf(fp, "$%zu+", COL(k));
	fprintf(fp, "$%zu%s)", COL(s), half ? "/2" : "");
}

static const struct colour *colour(const struct chart *c, size_t s)
{
	return c->other_series && s + 1 == c->nseries ? &other_colour : &palette[s % NPALETTE];
}

/* Position on the category axis: the row number plus off. */
static void cat_expr(FILE *fp, double off)
{
	if (off == 0)
		fputs("0", fp);
	else
		fprintf(fp, "($0%+g)", off);
}

/* The sum of series [first, s) of a row: "(0)", "($2+$3)". */
static void lo_expr(FILE *fp, size_t first, size_t s)
{
	fputc('(', fp);
	if (first == s)
		fputc('0', fp);
	for (size_t k = first; k < s; k++)
		fprintf(fp, "%s$%zu", k > first ? "+" : "", COL(k));
	fputc(')', fp);
}

/* One box per row for series s: value from the sum of series [first, s)
 * to that plus series s; across the category axis from $0+off-half to
 * $0+off+half.  boxxyerror takes x:y:xlow:xhigh:ylow:yhigh. */
static void plot_boxes(FILE *fp, const struct chart *c, size_t s, size_t first, double off, double half)
{
	fputs("using ", fp);
	if (c->kind->horizontal) {
		pos_expr(fp, first, s, 0);
		fputc(':', fp);
		cat_expr(fp, off);
		fputc(':', fp);
		lo_expr(fp, first, s);
		fputc(':', fp);
		pos_expr(fp, first, s, 0);
		fprintf(fp, ":($0%+g):($0%+g)%s", off - half, off + half, s == 0 ? ":ytic(1)" : "");
	} else {
		cat_expr(fp, off);
		fputc(':', fp);
		pos_expr(fp, first, s, 0);
		fprintf(fp, ":($0%+g):($0%+g):", off - half, off + half);
		lo_expr(fp, first, s);
		fputc(':', fp);
		pos_expr(fp, first, s, 0);
		fputs(s == 0 ? ":xtic(1)" : "", fp);
	}
	fprintf(fp, " with boxxyerror lc rgb '%s' title ", colour(c, s)->fill);
	zb_gp_quote(fp, c->slabels[s]);
}

/* Value labels of series s (ns: the total column), at the position
 * pos_expr(first, s, inside) and category offset off; shown only when at
 * least min; inside: white, in the middle of a stacked segment. */
static void plot_values(FILE *fp, const struct chart *c, size_t s, size_t first, double off,
			double min, int inside, double pt)
{
	fputs(", \\\n     '' using ", fp);
	if (c->kind->horizontal) {
		pos_expr(fp, first, s, inside);
		fputc(':', fp);
		cat_expr(fp, off);
		fputc(':', fp);
	} else {
		cat_expr(fp, off);
		fputc(':', fp);
		pos_expr(fp, first, s, inside);
		fputc(':', fp);
	}
	if (min > 0)
		fprintf(fp, "($%zu>=%.4g ? sprintf('%%.10g',$%zu) : '')", COL(s), min, COL(s));
	else if (c->kind->layout == L_GROUP)  /* no labels for missing bars */
		fprintf(fp, "($%zu!=0 ? sprintf('%%.10g',$%zu) : '')", COL(s), COL(s));
	else
		fprintf(fp, "(sprintf('%%.10g',$%zu))", COL(s));
	fprintf(fp, " with labels %s font ',%.3g' tc rgb '%s' notitle",
		inside ? "center" : c->kind->horizontal ? "left offset char 0.4,0" : "center offset char 0,0.7",
		pt, inside ? colour(c, s)->text : "#222222");
}

static char *script_text(const struct chart *c, const struct opts *o, const char *font)
{
	const struct format *f = c->fmt;
	struct layout_px L = layout(c, o);
	size_t n = c->nshow, ns = c->nseries;
	char *buf, *data_name = beside(base_name(o->output), ".tsv");
	char *gp_name = beside(base_name(o->output), ".gp");
	size_t len;
	FILE *fp = open_memstream(&buf, &len);
	if (!fp)
		zb_die(ZB_EXIT_DATA, NULL, 0, "out of memory");
	fprintf(fp, "# %s chart by zb-plot (zhibiao)%s%s.  Edit and redraw with:\n"
		"#   cd DIR && gnuplot %s\n", c->kind->name, c->rep ? " of the report " : "",
		c->rep ? c->rep->name : "", gp_name);
	fputs("if (!exists('outfile')) outfile = ", fp);
	zb_gp_quote(fp, base_name(o->output));
	fputs("\nif (!exists('datafile')) datafile = ", fp);
	zb_gp_quote(fp, data_name);
	fprintf(fp, "\nset encoding utf8\nset terminal %s size %g%s,%g%s fontscale %s noenhanced "
		"background '#ffffff' font ", f->terminal, o->width / f->size_div, f->size_unit,
		o->height / f->size_div, f->size_unit, f->fontscale);
	char fontspec[512];
	snprintf(fontspec, sizeof fontspec, "%s,%.3g", font, L.tick_pt);
	zb_gp_quote(fp, fontspec);
	fputs("\nset output outfile\nset datafile separator '\\t'\n", fp);

	/* Title, source note, margins, axes. */
	char title[512];
	snprintf(title, sizeof title, "%s", o->title ? o->title : c->rep ? c->rep->title : "");
	fputs("set label 2 ", fp);  /* the title, at a fixed place above the key */
	zb_gp_quote(fp, title);
	fprintf(fp, " at screen 0.5, screen %.4f center font ',%.3g'\n",
		1 - L.title_pt * PX_PER_PT * 1.1 / o->height, L.title_pt);
	if (*o->source) {
		fputs("set label 1 ", fp);
		zb_gp_quote(fp, o->source);
		fprintf(fp, " at screen 0.01, screen %.3g left font ',%.3g' tc rgb '#666666'\n",
			L.note_pt * PX_PER_PT * 0.8 / o->height, L.note_pt);
	}
	fprintf(fp, "set lmargin at screen %.4f\nset rmargin at screen %.4f\n"
		"set bmargin at screen %.4f\nset tmargin at screen %.4f\n", L.l, L.r, L.b, L.t);
	char v = c->kind->horizontal ? 'x' : 'y', k = c->kind->horizontal ? 'y' : 'x';
	fprintf(fp, "set border 3 lc rgb '#888888'\nset grid %ctics back lc rgb '#e0e0e0'\n"
		"set %ctics nomirror out format '%%.10g' tc rgb '#555555'\n"
		"set %ctics nomirror scale 0 tc rgb '#222222' font ',%.3g'%s\n", v, v, k, L.cat_pt,
		L.rotate ? " rotate by 45 right" : "");
	if (c->unit) {
		char unit[128];
		snprintf(unit, sizeof unit, "单位：%s", c->unit);
		fprintf(fp, "set %clabel ", v);
		zb_gp_quote(fp, unit);
		fputc('\n', fp);
	}

	/* Ranges: room at the bar ends for the value labels. */
	double hi = 0, lo = 0;
	for (size_t i = 0; i < n; i++) {
		double pos = 0, neg = 0;
		for (size_t s = 0; s < ns; s++) {
			double x = c->m[i * ns + s];
			if (c->kind->layout == L_STACK)
				x > 0 ? (pos += x) : (neg += x);
			else
				pos = fmax(pos, x), neg = fmin(neg, x);
		}
		hi = fmax(hi, pos);
		lo = fmin(lo, neg);
	}
	if (hi == lo)
		hi = 1;
	int whole = 1;  /* counts: no tics at 0.5 */
	for (size_t i = 0; i < n * ns; i++)
		whole &= c->m[i] == floor(c->m[i]);
	if (whole && hi - lo <= 10)
		fprintf(fp, "set %ctics 1\n", v);
	double room = o->values ? (c->kind->horizontal ? (6 * 0.6 * L.cat_px + 8) / L.plot_w
				    : 2.2 * L.cat_px / L.plot_h) : 0.03;
	fprintf(fp, "set %crange [%.6g:%.6g]\n", v, lo < 0 ? lo - (hi - lo) * room : 0, hi + (hi - lo) * room / (1 - room));
	if (c->kind->horizontal)
		fprintf(fp, "set yrange [%g:-0.5]\n", n - 0.5);
	else
		fprintf(fp, "set xrange [-0.5:%g]\n", n - 0.5);
	if (ns > 1)  /* between the title and the plot */
		fprintf(fp, "set key at screen 0.5, screen %.4f center bottom horizontal maxrows 1 "
			"reverse Left samplen 1.5 font ',%.3g'\n", L.t + L.tick_px * 0.5 / o->height, L.tick_pt);
	else
		fputs("unset key\n", fp);
	fputs("set style fill solid 0.9 noborder\n", fp);

	/* The plot: one clause per series, then the value labels. */
	double bw = c->kind->layout == L_GROUP ? 0.8 : 0.7;
	double px_per_unit = (c->kind->horizontal ? L.plot_w : L.plot_h) / ((hi - lo) * (1 + room));
	double pitch_px = (c->kind->horizontal ? L.plot_h : L.plot_w) / n;
	fputs("plot datafile ", fp);
	for (size_t s = 0; s < ns; s++) {
		if (s)
			fputs(", \\\n     '' ", fp);
		if (c->kind->layout == L_LINE) {
			fprintf(fp, "using 0:%zu:xtic(1) with linespoints lw 2 pt 7 ps 1.2 lc rgb '%s' title ",
				COL(s), colour(c, s)->fill);
			zb_gp_quote(fp, c->slabels[s]);
		} else if (c->kind->layout == L_GROUP) {
			plot_boxes(fp, c, s, s, -bw / 2 + (s + 0.5) * bw / ns, bw / ns / 2);
		} else {
			plot_boxes(fp, c, s, c->kind->layout == L_STACK ? 0 : s, 0, bw / 2);
		}
	}
	if (o->values) {
		double font = L.cat_pt;
		for (size_t s = 0; s < ns; s++) {
			if (c->kind->layout == L_STACK) {  /* segment values inside, when they fit */
				if (ns > 1 && pitch_px * bw >= L.cat_px * 0.85)
					plot_values(fp, c, s, 0, 0, 2.2 * L.cat_px / px_per_unit, 1, font * 0.85);
			} else if (c->kind->layout == L_GROUP) {
				if (pitch_px * bw / ns >= L.cat_px * 0.8)
					plot_values(fp, c, s, s, -bw / 2 + (s + 0.5) * bw / ns, 0, 0, font * 0.85);
			} else if (n * ns <= 60) {
				plot_values(fp, c, s, s, 0, 0, 0, font);
			}
		}
		if (c->kind->layout == L_STACK)  /* totals at the bar ends */
			plot_values(fp, c, ns, ns, 0, 0, 0, font);
	}
	fputc('\n', fp);
	free(data_name);
	free(gp_name);
	if (fclose(fp) != 0)
		zb_die(ZB_EXIT_DATA, NULL, 0, "out of memory");
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

static const struct format *format_of(const char *path)
{
	const char *dot = strrchr(base_name(path), '.');
	for (size_t i = 0; dot && i < NFORMATS; i++)
		if (strcasecmp(dot, formats[i].ext) == 0)
			return &formats[i];
	zb_usage_error("-o %s: the name must end in .png, .svg or .pdf", path);
}

static void usage(void)
{
	printf("Usage: %s [OPTION]... -o FILE.png|.svg|.pdf [CSV]\n"
	       "Draw a chart of a zb-aggregate report (or any CSV) with gnuplot.\n"
	       "CSV is read from standard input when absent or '-'.  Rows with the same\n"
	       "label are summed; a row labelled %s (the report's total) is left out.\n\n"
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
	       "      --top N          draw the N largest rows, the rest summed as %s\n"
	       "      --max-series N   with --stack, at most N series (default 8)\n"
	       "      --no-sort        keep the input order (line charts always do)\n"
	       "      --no-values      no value labels\n"
	       "      --script         also write FILE.gp and FILE.tsv, the script and its\n"
	       "                       data, to tweak and redraw (cd DIR && gnuplot FILE.gp)\n"
	       "      --gnuplot PATH   the gnuplot to run (default: $ZB_GNUPLOT or gnuplot)\n"
	       "      --help           show this help and exit\n"
	       "      --version        show the version and exit\n\nChart kinds:\n",
	       zb_progname(), ZB_TOTAL_LABEL, OTHER_LABEL);
	for (size_t i = 0; i < NKINDS; i++)
		printf("  %-8s %s\n", kinds[i].name, kinds[i].help);
	puts("\nFormats:");
	for (size_t i = 0; i < NFORMATS; i++)
		printf("  %-8s %s\n", formats[i].ext, formats[i].help);
	puts("\nReports recognised by their header, with their default charts:");
	for (const zb_report_def *r = zb_reports; r->name; r++)
		printf("  %-8s %s of %s by %s%s%s\n", r->name, r->chart, r->y, r->x,
		       r->stack ? " stacked by " : "", r->stack ? r->stack : "");
	printf("Money columns are shown in");
	for (const zb_money_unit *u = zb_money_units; u->name; u++)
		printf(" %s (from %.0f yuan)", u->name, u->factor);
	printf(".\n\nExit status: 0 ok, 1 bad input or gnuplot failed, 2 usage error.\n");
	exit(fflush(stdout) == 0 && !ferror(stdout) ? ZB_EXIT_OK : ZB_EXIT_DATA);
}

static void parse_args(int argc, char **argv, struct opts *o)
{
	enum { O_STACK = 256, O_TITLE, O_SOURCE, O_SIZE, O_FONT, O_MONEY, O_TOP, O_MAXS,
	       O_NOSORT, O_NOVALUES, O_SCRIPT, O_GNUPLOT, O_HELP, O_VERSION };
	static const struct option longopts[] = {
		{"output", required_argument, NULL, 'o'}, {"kind", required_argument, NULL, 'k'},
		{"stack", required_argument, NULL, O_STACK}, {"title", required_argument, NULL, O_TITLE},
		{"source", required_argument, NULL, O_SOURCE}, {"size", required_argument, NULL, O_SIZE},
		{"font", required_argument, NULL, O_FONT}, {"money", no_argument, NULL, O_MONEY},
		{"top", required_argument, NULL, O_TOP}, {"max-series", required_argument, NULL, O_MAXS},
		{"no-sort", no_argument, NULL, O_NOSORT}, {"no-values", no_argument, NULL, O_NOVALUES},
		{"script", no_argument, NULL, O_SCRIPT}, {"gnuplot", required_argument, NULL, O_GNUPLOT},
		{"help", no_argument, NULL, O_HELP}, {"version", no_argument, NULL, O_VERSION},
		{NULL, 0, NULL, 0}
	};
	const char *env = getenv("ZB_GNUPLOT");
	*o = (struct opts){.input = "-", .width = 1280, .height = 720, .values = 1, .sort = 1,
			   .max_series = 8, .gnuplot = env && *env ? env : "gnuplot"};
	int ch;
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
		case O_TOP: o->top = (int)zb_opt_number("--top", optarg, 1, 1000); break;
		case O_MAXS: o->max_series = (int)zb_opt_number("--max-series", optarg, 2, (long long)NPALETTE + 1); break;
		case O_NOSORT: o->sort = 0; break;
		case O_NOVALUES: o->values = 0; break;
		case O_SCRIPT: o->script = 1; break;
		case O_GNUPLOT: o->gnuplot = optarg; break;
		case O_HELP: usage(); break;
		case O_VERSION: zb_version(); break;
		default: zb_usage_error("unknown or incomplete option");
		}
	}
	if (optind < argc)
		o->input = argv[optind++];
	if (optind < argc)
		zb_usage_error("one input at most, not '%s' too", argv[optind]);
	if (!o->output)
		zb_usage_error("no output: -o FILE.png, FILE.svg or FILE.pdf");
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
