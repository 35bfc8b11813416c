/* chart.c - gnuplot scripts for bar and line charts (see chart.h). */
#include "chart.h"
#include "gnuplot.h"
#include "present.h"

#include <math.h>
#include <string.h>
#include <strings.h>

const zb_chart_kind zb_chart_kinds[] = {
	{"hbar", ZB_CHART_BAR, 1, "horizontal bars, one -y column (fits many long labels)"},
	{"bar", ZB_CHART_BAR, 0, "vertical bars, one -y column"},
	{"hstack", ZB_CHART_STACK, 1, "horizontal stacked bars: several -y columns, or --stack COL"},
	{"stack", ZB_CHART_STACK, 0, "vertical stacked bars"},
	{"hgroup", ZB_CHART_GROUP, 1, "horizontal grouped bars, side by side per label"},
	{"group", ZB_CHART_GROUP, 0, "vertical grouped bars"},
	{"line", ZB_CHART_LINE, 0, "lines across the labels in input order (reports, periods)"},
	{NULL, ZB_CHART_BAR, 0, NULL}
};

/* Sizes are pixels and fonts points at 96 dpi (a point is 4/3 pixel) in
 * every format: pngcairo is so already, svg writes points as pixels,
 * pdfcairo's page is in inches of 72 points. */
const zb_chart_format zb_chart_formats[] = {
	{".png", "pngcairo", 1, "", "1", "PNG image (pngcairo)"},
	{".svg", "svg", 1, "", "1.3333", "SVG vector image"},
	{".pdf", "pdfcairo", 96, "in", "0.75", "PDF page (pdfcairo; 1280x720 is a 13.33x7.5 in slide)"},
	{NULL, NULL, 0, NULL, NULL, NULL}
};

/* Series colours in order (Tableau 10), each with the colour of text
 * written on it; a series gathering the rest is grey. */
static const struct colour {
	const char *fill, *text;
} palette[] = {
	{"#4e79a7", "#ffffff"}, {"#f28e2b", "#222222"}, {"#e15759", "#ffffff"},
	{"#76b7b2", "#222222"}, {"#59a14f", "#ffffff"}, {"#edc948", "#222222"},
	{"#b07aa1", "#ffffff"}, {"#ff9da7", "#222222"}, {"#9c755f", "#ffffff"},
};
#define NPALETTE (sizeof palette / sizeof palette[0])
static const struct colour other_colour = {"#bab0ac", "#222222"};

#define PX_PER_PT (4.0 / 3)
/* Column of series s in the data; column 1 is the label. */
#define COL(s) ((s) + 2)

const zb_chart_kind *zb_chart_kind_named(const char *name)
{
	for (const zb_chart_kind *k = zb_chart_kinds; k->name; k++)
		if (strcmp(k->name, name) == 0)
			return k;
	return NULL;
}

const zb_chart_format *zb_chart_format_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	const char *dot = strrchr(slash ? slash + 1 : path, '.');
	for (const zb_chart_format *f = zb_chart_formats; dot && f->ext; f++)
		if (strcasecmp(dot, f->ext) == 0)
			return f;
	return NULL;
}

static double value(const zb_chart *c, size_t row, size_t s) { return c->v[row * c->nseries + s]; }

/* A label as a data field: on one line, no tab, not read as a comment. */
static void put_label(FILE *fp, const char *s)
{
	if (*s == '#')
		fputs("＃", fp), s++;
	for (; *s; s++)
		putc((unsigned char)*s < 0x20 || *s == 0x7f || *s == '"' ? ' ' : *s, fp);
}

void zb_chart_data(FILE *fp, const zb_chart *c)
{
	char num[64];
	fputs("# ", fp);
	put_label(fp, c->xlabel);
	for (size_t s = 0; s < c->nseries; s++) {
		putc('\t', fp);
		put_label(fp, c->series[s]);
	}
	fprintf(fp, "\t%s\n", c->total);
	for (size_t k = 0; k < c->nrows; k++) {
		double t = 0;
		put_label(fp, c->rows[k]);
		for (size_t s = 0; s < c->nseries; s++) {
			double v = value(c, k, s);
			if (!isfinite(v)) {   /* a line's missing point: gnuplot leaves it out */
				fputs("\tNaN", fp);
				continue;
			}
			t += v;
			fprintf(fp, "\t%s", zb_number_text(v, num, sizeof num));
		}
		fprintf(fp, "\t%s\n", zb_number_text(t, num, sizeof num));
	}
}

/* Layout of the canvas: font sizes in points, margins at screen fractions.
 * Row labels (and the values beside them) shrink to fit their row; the
 * rest keeps its size. */
struct layout {
	double title_pt, tick_pt, note_pt, cat_pt;
	double tick_px, cat_px;
	double l, r, b, t;        /* margins at screen fractions */
	double plot_w, plot_h;    /* plot area in pixels */
	int rotate;               /* row labels at 45 degrees */
};

static struct layout layout(const zb_chart *c)
{
	struct layout L = {.r = 0.97};
	double W = c->width, H = c->height, k = fmin(W / 1280, H / 720), ems = 0;
	for (size_t i = 0; i < c->nrows; i++)
		ems = fmax(ems, zb_text_ems(c->rows[i]));
	L.title_pt = 20 * k;
	L.note_pt = 10 * k;
	L.tick_pt = 13 * k;
	double tick = L.tick_pt * PX_PER_PT, note = L.note_pt * PX_PER_PT, cat;
	double top = L.title_pt * PX_PER_PT * 2.2 + (c->nseries > 1 ? tick * 2.2 : tick * 0.4);
	if (c->nseries > 1) {
		/* gnuplot wraps a key wider than the canvas into rows that grow up
		 * from the plot: room for them under the title.  An entry is its
		 * widest name, the sample and the gap, as gnuplot sizes them. */
		double names = 0;
		for (size_t s = 0; s < c->nseries; s++)
			names = fmax(names, zb_text_ems(c->series[s]));
		size_t per_row = (size_t)fmax(1, floor(W * 0.92 / ((names + 4) * tick)));
		top += (double)((c->nseries - 1) / per_row) * tick * 1.4;
	}
	double bottom = tick * 3.6 + note * 2;
	if (c->kind->horizontal) {
		double pitch = (H - top - bottom) / c->nrows;
		cat = fmin(tick, pitch * 0.85);
		L.l = (ems * cat + tick * 1.5) / W;
	} else {
		double pitch = (W * 0.9) / c->nrows;
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
	return L;
}

static const struct colour *colour(const zb_chart *c, size_t s)
{
	return c->other_series && s + 1 == c->nseries ? &other_colour : &palette[s % NPALETTE];
}

/* The sum of series [first, s) of a row plus series s, or half of it (the
 * middle of a stacked segment): "($2+$3/2)".  On a log axis a value not
 * above 0 has no place: undefined, so gnuplot leaves it out. */
static void pos_expr(FILE *fp, const zb_chart *c, size_t first, size_t s, int half)
{
	if (c->log) {
		fprintf(fp, "($%zu>0?$%zu:1/0)", COL(s), COL(s));
		return;
	}
	fputc('(', fp);
	for (size_t k = first; k < s; k++)
		fprintf(fp, "$%zu+", COL(k));
	fprintf(fp, "$%zu%s)", COL(s), half ? "/2" : "");
}

/* The sum of series [first, s) of a row: "(0)", "($2+$3)"; base, the
 * axis' start, in place of 0. */
static void lo_expr(FILE *fp, size_t first, size_t s, double base)
{
	fputc('(', fp);
	if (first == s)
		fprintf(fp, "%.6g", base);
	for (size_t k = first; k < s; k++)
		fprintf(fp, "%s$%zu", k > first ? "+" : "", COL(k));
	fputc(')', fp);
}

/* Position across the rows: the row number plus off. */
static void cat_expr(FILE *fp, double off)
{
	if (off == 0)
		fputs("0", fp);
	else
		fprintf(fp, "($0%+g)", off);
}

/* One box per row for series s: from the sum of series [first, s) to that
 * plus series s; across the row from $0+off-half to $0+off+half.
 * boxxyerror takes x:y:xlow:xhigh:ylow:yhigh. */
static void plot_boxes(FILE *fp, const zb_chart *c, size_t s, size_t first, double off, double half,
		       double base)
{
	fputs("using ", fp);
	if (c->kind->horizontal) {
		pos_expr(fp, c, first, s, 0);
		fputc(':', fp);
		cat_expr(fp, off);
		fputc(':', fp);
		lo_expr(fp, first, s, base);
		fputc(':', fp);
		pos_expr(fp, c, first, s, 0);
		fprintf(fp, ":($0%+g):($0%+g)%s", off - half, off + half, s == 0 ? ":ytic(1)" : "");
	} else {
		cat_expr(fp, off);
		fputc(':', fp);
		pos_expr(fp, c, first, s, 0);
		fprintf(fp, ":($0%+g):($0%+g):", off - half, off + half);
		lo_expr(fp, first, s, base);
		fputc(':', fp);
		pos_expr(fp, c, first, s, 0);
		fputs(s == 0 ? ":xtic(1)" : "", fp);
	}
	fprintf(fp, " with boxxyerror lc rgb '%s' title ", colour(c, s)->fill);
	zb_gp_quote(fp, c->series[s]);
}

/* Value labels of series s (nseries: the total column) at pos_expr(first,
 * s, inside), row offset off; shown only when at least min; inside: in the
 * middle of a stacked segment, in the colour for text on it. */
static void plot_values(FILE *fp, const zb_chart *c, size_t s, size_t first, double off,
			double min, int inside, double pt)
{
	fputs(", \\\n     '' using ", fp);
	if (c->kind->horizontal) {
		pos_expr(fp, c, first, s, inside);
		fputc(':', fp);
		cat_expr(fp, off);
	} else {
		cat_expr(fp, off);
		fputc(':', fp);
		pos_expr(fp, c, first, s, inside);
	}
	fputc(':', fp);
	if (min > 0)
		fprintf(fp, "($%zu>=%.4g ? sprintf('%%.10g',$%zu) : '')", COL(s), min, COL(s));
	else if (c->kind->layout == ZB_CHART_GROUP)  /* no labels for missing bars */
		fprintf(fp, "($%zu!=0 ? sprintf('%%.10g',$%zu) : '')", COL(s), COL(s));
	else
		fprintf(fp, "(sprintf('%%.10g',$%zu))", COL(s));
	fprintf(fp, " with labels %s font ',%.3g' tc rgb '%s' notitle",
		inside ? "center" : c->kind->horizontal ? "left offset char 0.4,0" : "center offset char 0,0.7",
		pt, inside ? colour(c, s)->text : "#222222");
}

/* The terminal, the title and note, margins and axes. */
static void frame(FILE *fp, const zb_chart *c, const struct layout *L)
{
	const zb_chart_format *f = c->format;
	char text[512];
	fprintf(fp, "# %s  Edit and redraw with:\n#   cd DIR && gnuplot %s\n", c->about, c->script);
	fputs("if (!exists('outfile')) outfile = ", fp);
	zb_gp_quote(fp, c->image);
	fputs("\nif (!exists('datafile')) datafile = ", fp);
	zb_gp_quote(fp, c->data);
	fprintf(fp, "\nset encoding utf8\nset terminal %s size %g%s,%g%s fontscale %s noenhanced "
		"background '#ffffff' font ", f->terminal, c->width / f->size_div, f->size_unit,
		c->height / f->size_div, f->size_unit, f->fontscale);
	snprintf(text, sizeof text, "%s,%.3g", c->font, L->tick_pt);
	zb_gp_quote(fp, text);
	fputs("\nset output outfile\nset datafile separator '\\t'\n", fp);

	fputs("set label 2 ", fp);  /* the title, at a fixed place above the key */
	zb_gp_quote(fp, c->title);
	fprintf(fp, " at screen 0.5, screen %.4f center font ',%.3g'\n",
		1 - L->title_pt * PX_PER_PT * 1.1 / c->height, L->title_pt);
	if (*c->source) {
		fputs("set label 1 ", fp);
		zb_gp_quote(fp, c->source);
		fprintf(fp, " at screen 0.01, screen %.3g left font ',%.3g' tc rgb '#666666'\n",
			L->note_pt * PX_PER_PT * 0.8 / c->height, L->note_pt);
	}
	fprintf(fp, "set lmargin at screen %.4f\nset rmargin at screen %.4f\n"
		"set bmargin at screen %.4f\nset tmargin at screen %.4f\n", L->l, L->r, L->b, L->t);
	char v = c->kind->horizontal ? 'x' : 'y', k = c->kind->horizontal ? 'y' : 'x';
	fprintf(fp, "set border 3 lc rgb '#888888'\nset grid %ctics back lc rgb '#e0e0e0'\n"
		"set %ctics nomirror out format '%%.10g' tc rgb '#555555'\n"
		"set %ctics nomirror scale 0 tc rgb '#222222' font ',%.3g'%s\n", v, v, k, L->cat_pt,
		L->rotate ? " rotate by 45 right" : "");
	if (c->unit || c->log) {
		snprintf(text, sizeof text, "%s%s%s%s", c->unit ? "单位：" : "", c->unit ? c->unit : "",
			 c->unit && c->log ? "，" : "", c->log ? "对数坐标" : "");
		fprintf(fp, "set %clabel ", v);
		zb_gp_quote(fp, text);
		fputc('\n', fp);
	}
}

/* A log axis starts at the power of ten at or below the smallest value
 * above 0 (hi when there is none). */
static double log_base(const zb_chart *c, double hi)
{
	double low = hi;
	for (size_t i = 0; i < c->nrows * c->nseries; i++)
		if (c->v[i] > 0)
			low = fmin(low, c->v[i]);
	return pow(10, floor(log10(low > 0 ? low : 1)));
}

int zb_chart_script(FILE *fp, const zb_chart *c)
{
	struct layout L = layout(c);
	size_t n = c->nrows, ns = c->nseries;
	enum zb_chart_layout lay = c->kind->layout;
	char v = c->kind->horizontal ? 'x' : 'y';
	frame(fp, c, &L);

	/* Ranges: room at the bar ends for the value labels. */
	double hi = 0, lo = 0;
	int whole = 1;
	for (size_t i = 0; i < n; i++) {
		double pos = 0, neg = 0;
		for (size_t s = 0; s < ns; s++) {
			double x = value(c, i, s);
			if (!isfinite(x))
				continue;
			whole &= x == floor(x);
			if (lay == ZB_CHART_STACK)
				x > 0 ? (pos += x) : (neg += x);
			else
				pos = fmax(pos, x), neg = fmin(neg, x);
		}
		hi = fmax(hi, pos);
		lo = fmin(lo, neg);
	}
	if (hi == lo)
		hi = 1;
	double room = c->values ? (c->kind->horizontal ? (6 * 0.6 * L.cat_px + 8) / L.plot_w
				   : 2.2 * L.cat_px / L.plot_h) : 0.03;
	double base = c->log ? log_base(c, hi) : 0;
	if (c->log) {   /* the range in decades, room for labels as on a linear axis */
		fprintf(fp, "set logscale %c 10\nset %crange [%.6g:%.6g]\n", v, v, base,
			hi * pow(hi / base, room / (1 - room)));
	} else {
		if (whole && hi - lo <= 10)  /* counts: no tics at 0.5 */
			fprintf(fp, "set %ctics 1\n", v);
		fprintf(fp, "set %crange [%.6g:%.6g]\n", v, lo < 0 ? lo - (hi - lo) * room : 0,
			hi + (hi - lo) * room / (1 - room));
	}
	if (c->kind->horizontal)
		fprintf(fp, "set yrange [%g:-0.5]\n", n - 0.5);
	else
		fprintf(fp, "set xrange [-0.5:%g]\n", n - 0.5);
	if (ns > 1)  /* between the title and the plot */
		fprintf(fp, "set key at screen 0.5, screen %.4f center bottom horizontal maxrows 1 "
			"reverse Left samplen 1.5 font ',%.3g'\n", L.t + L.tick_px * 0.5 / c->height, L.tick_pt);
	else
		fputs("unset key\n", fp);
	fputs("set style fill solid 0.9 noborder\n", fp);

	/* The plot: one clause per series, then the value labels. */
	double bw = lay == ZB_CHART_GROUP ? 0.8 : 0.7;
	double px_per_unit = (c->kind->horizontal ? L.plot_w : L.plot_h) / ((hi - lo) * (1 + room));
	double pitch_px = (c->kind->horizontal ? L.plot_h : L.plot_w) / n;
	fputs("plot datafile ", fp);
	for (size_t s = 0; s < ns; s++) {
		if (s)
			fputs(", \\\n     '' ", fp);
		if (lay == ZB_CHART_LINE) {
			fprintf(fp, "using 0:%zu:xtic(1) with linespoints lw 2 pt 7 ps 1.2 lc rgb '%s' title ",
				COL(s), colour(c, s)->fill);
			zb_gp_quote(fp, c->series[s]);
		} else if (lay == ZB_CHART_GROUP) {
			plot_boxes(fp, c, s, s, -bw / 2 + (s + 0.5) * bw / ns, bw / ns / 2, base);
		} else {
			plot_boxes(fp, c, s, lay == ZB_CHART_STACK ? 0 : s, 0, bw / 2, base);
		}
	}
	if (c->values) {
		double pt = L.cat_pt;
		for (size_t s = 0; s < ns; s++) {
			if (lay == ZB_CHART_STACK) {  /* segment values inside, when they fit */
				if (ns > 1 && pitch_px * bw >= L.cat_px * 0.85)
					plot_values(fp, c, s, 0, 0, 2.2 * L.cat_px / px_per_unit, 1, pt * 0.85);
			} else if (lay == ZB_CHART_GROUP) {
				if (pitch_px * bw / ns >= L.cat_px * 0.8)
					plot_values(fp, c, s, s, -bw / 2 + (s + 0.5) * bw / ns, 0, 0, pt * 0.85);
			} else if (n * ns <= 60) {
				plot_values(fp, c, s, s, 0, 0, 0, pt);
			}
		}
		if (lay == ZB_CHART_STACK)  /* totals at the bar ends */
			plot_values(fp, c, ns, ns, 0, 0, 0, pt);
	}
	fputc('\n', fp);
	return L.cat_pt < 6;
}
