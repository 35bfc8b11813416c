/* chart.h - a bar or line chart for a slide, as a gnuplot script and the
 * tab-separated data it reads.
 *
 * The chart kinds and output formats are tables; the layout (margins, font
 * sizes, room for value labels) is computed from the labels and the canvas
 * size so that many long Chinese labels fit without overlapping.  The
 * script names its data and image by the variables datafile and outfile,
 * given defaults, so the same script runs from zb-plot (which sets them) and
 * by hand beside its files. */
#ifndef ZB_CHART_H
#define ZB_CHART_H

#include <stddef.h>
#include <stdio.h>

enum zb_chart_layout {
	ZB_CHART_BAR,     /* one bar per row */
	ZB_CHART_STACK,   /* the series stacked */
	ZB_CHART_GROUP,   /* the series side by side */
	ZB_CHART_LINE     /* a line per series across the rows */
};

typedef struct {
	const char *name;
	enum zb_chart_layout layout;
	int horizontal;   /* rows down the side, values across */
	const char *help;
} zb_chart_kind;

/* Chart kinds, ended by a row with name NULL. */
extern const zb_chart_kind zb_chart_kinds[];
const zb_chart_kind *zb_chart_kind_named(const char *name);

typedef struct {
	const char *ext;        /* ".png" */
	const char *terminal;   /* gnuplot terminal */
	double size_div;        /* size in the terminal's unit = pixels / size_div */
	const char *size_unit;
	const char *fontscale;  /* keeps points at 96 dpi in every format */
	const char *help;
} zb_chart_format;

/* Output formats, ended by a row with ext NULL. */
extern const zb_chart_format zb_chart_formats[];
/* The format for an image path, by its extension (any case), or NULL. */
const zb_chart_format *zb_chart_format_of(const char *path);

typedef struct {
	const zb_chart_kind *kind;
	const zb_chart_format *format;
	size_t nrows, nseries;      /* both at least 1 */
	const char *const *rows;    /* row labels, in drawing order */
	const char *const *series;  /* series names, for the key */
	const double *v;            /* nrows x nseries values as shown; in a line
				       chart NaN where a series has no value */
	int other_series;           /* the last series gathers the rest (grey) */
	const char *xlabel;         /* what the rows are (部门), in the data's header */
	const char *total;          /* header of the data's total column (合计) */
	const char *unit;           /* value axis unit, or NULL */
	const char *title, *source; /* source: a note at the bottom; "" for none */
	const char *font;           /* font family */
	int width, height;          /* pixels */
	int values;                 /* value labels on the bars */
	int log;                    /* logarithmic value axis (bar and group kinds; values
				       not above 0 are left out) */
	const char *about;          /* the script's first comment line */
	const char *image, *data, *script;  /* file names the script uses by default */
} zb_chart;

/* The data: a header comment, then per row its label, one column per
 * series and the row's total, tab-separated. */
void zb_chart_data(FILE *fp, const zb_chart *c);

/* The gnuplot script.  Returns 1 when the row labels had to shrink below
 * 6 points to fit the canvas (too many rows to read), else 0. */
int zb_chart_script(FILE *fp, const zb_chart *c);

#endif
