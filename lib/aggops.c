/* aggops.c - aggregate operations, accumulators, conditions, groups (see aggops.h). */
#include "aggops.h"
#include "grow.h"

#include <gsl/gsl_errno.h>
#include <gsl/gsl_sort_double.h>
#include <gsl/gsl_statistics_double.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- exact sums (Shewchuk's partials, as in Python's math.fsum) ---- */

static double *sum_parts(zb_agg_acc *a) { return a->sumcap ? a->sum : a->sum_small; }

static int sum_add(zb_agg_acc *a, double x)
{
	if (a->overflow)
		return 0;
	if (a->nsum + 1 > (a->sumcap ? a->sumcap : 2)) {
		int cap = a->sumcap ? a->sumcap * 2 : 8;
		double *p = malloc((size_t)cap * sizeof *p);
		if (!p)
			return -1;
		memcpy(p, sum_parts(a), (size_t)a->nsum * sizeof *p);
		free(a->sum);
		a->sum = p;
		a->sumcap = cap;
	}
	double *p = sum_parts(a);
	int i = 0;
	for (int j = 0; j < a->nsum; j++) {
		double y = p[j];
		if (fabs(x) < fabs(y)) {
			double t = x;
			x = y;
			y = t;
		}
		double hi = x + y;
		double lo = y - (hi - x);
		if (lo != 0.0)
			p[i++] = lo;
		x = hi;
	}
	if (!isfinite(x)) {
		a->overflow = 1;
		return 0;
	}
	p[i] = x;
	a->nsum = i + 1;
	return 0;
}

/* The correctly rounded value of the exact sum of the partials. */
static double sum_value(const zb_agg_acc *a)
{
	const double *p = a->sumcap ? a->sum : a->sum_small;
	int n = a->nsum;
	double hi = 0.0, lo = 0.0;
	if (n == 0)
		return 0.0;
	hi = p[--n];
	while (n > 0) {
		double x = hi, y = p[--n];
		hi = x + y;
		lo = y - (hi - x);
		if (lo != 0.0)
			break;
	}
	/* Round half to even across the partial left below hi. */
	if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
		double y = lo * 2, x = hi + y;
		if (y == x - hi)
			hi = x;
	}
	return hi + 0.0;
}

/* ---- the life cycle ---- */

void zb_agg_init(zb_agg_acc *a, unsigned parts)
{
	memset(a, 0, sizeof *a);
	a->parts = parts;
}

void zb_agg_add_row(zb_agg_acc *a) { a->n++; }

static char *dup_text(const char *s, size_t len)
{
	char *t = malloc(len + 1);
	if (t) {
		if (len)
			memcpy(t, s, len);
		t[len] = '\0';
	}
	return t;
}

static int set_text(zb_agg_acc *a, const char *s, size_t len)
{
	char *t = dup_text(s, len);
	if (!t)
		return -1;
	free(a->text);
	a->text = t;
	return 0;
}


static int grow_vals(zb_agg_acc *a, size_t need)
{
	if (need <= a->valcap)
		return 0;
	size_t cap = a->valcap ? a->valcap : 16;
	while (cap < need)
		cap *= 2;
	double *v = realloc(a->vals, cap * sizeof *v);
	if (!v)
		return -1;
	a->vals = v;
	a->valcap = cap;
	return 0;
}


/* Put (v, text) among the largest: after every entry at least as large,
 * so that of equal values the first added stays first.  text is taken. */
static void top_insert(zb_agg_acc *a, double v, char *text)
{
	int at = a->ntop;
	while (at > 0 && a->topv[at - 1] < v)
		at--;
	if (at == ZB_AGG_TOPN) {
		free(text);
		return;
	}
	if (a->ntop == ZB_AGG_TOPN)
		free(a->topt[--a->ntop]);
	memmove(a->topv + at + 1, a->topv + at, (size_t)(a->ntop - at) * sizeof *a->topv);
	memmove(a->topt + at + 1, a->topt + at, (size_t)(a->ntop - at) * sizeof *a->topt);
	a->topv[at] = v;
	a->topt[at] = text;
	a->ntop++;
}

/* Would (v) get into the largest? */
static int top_takes(const zb_agg_acc *a, double v)
{
	return a->ntop < ZB_AGG_TOPN || v > a->topv[ZB_AGG_TOPN - 1];
}

static int top_add(zb_agg_acc *a, double v, const char *s, size_t len)
{
	if (!top_takes(a, v))
		return 0;
	char *t = dup_text(s ? s : "", s ? len : 0);
	if (!t)
		return -1;
	top_insert(a, v, t);
	return 0;
}

int zb_agg_add(zb_agg_acc *a, double v, const char *text, size_t len)
{
	if ((a->parts & ZB_AGG_TOP) && top_add(a, v, text, len) != 0)
		return -1;
	if ((a->parts & ZB_AGG_SUM) && sum_add(a, v) != 0)
		return -1;
	if ((a->parts & ZB_AGG_ARG) && (a->n == 0 || v > a->hi) && set_text(a, text ? text : "", text ? len : 0) != 0)
		return -1;
	if (a->parts & (ZB_AGG_RANGE | ZB_AGG_ARG)) {
		if (a->n == 0 || v < a->lo)
			a->lo = v;
		if (a->n == 0 || v > a->hi)
			a->hi = v;
	}
	if (a->parts & ZB_AGG_VALUES) {
		if (grow_vals(a, (size_t)a->n + 1) != 0)
			return -1;
		a->vals[a->n] = v;
		a->sorted = 0;
	}
	a->n++;
	return 0;
}

int zb_agg_merge(zb_agg_acc *into, const zb_agg_acc *from)
{
	if (from->n == 0)
		return 0;
	if (into->parts & ZB_AGG_SUM) {
		if (from->overflow)
			into->overflow = 1;
		const double *p = from->sumcap ? from->sum : from->sum_small;
		for (int i = 0; i < from->nsum; i++)
			if (sum_add(into, p[i]) != 0)
				return -1;
	}
	for (int i = 0; (into->parts & ZB_AGG_TOP) && i < from->ntop; i++)
		if (top_add(into, from->topv[i], from->topt[i], strlen(from->topt[i])) != 0)
			return -1;
	/* Ties keep into's text: it came first in the input. */
	if ((into->parts & ZB_AGG_ARG) && (into->n == 0 || from->hi > into->hi) &&
	    set_text(into, from->text ? from->text : "", from->text ? strlen(from->text) : 0) != 0)
		return -1;
	if (into->parts & (ZB_AGG_RANGE | ZB_AGG_ARG)) {
		if (into->n == 0 || from->lo < into->lo)
			into->lo = from->lo;
		if (into->n == 0 || from->hi > into->hi)
			into->hi = from->hi;
	}
	if (into->parts & ZB_AGG_VALUES) {
		if (grow_vals(into, (size_t)(into->n + from->n)) != 0)
			return -1;
		memcpy(into->vals + into->n, from->vals, (size_t)from->n * sizeof *from->vals);
		into->sorted = 0;
	}
	into->n += from->n;
	return 0;
}

void zb_agg_free(zb_agg_acc *a)
{
	free(a->sum);
	free(a->vals);
	free(a->text);
	for (int i = 0; i < a->ntop; i++)
		free(a->topt[i]);
	free(a->topjoined);
	zb_agg_init(a, a->parts);
}

/* ---- finishing: one function per op, GSL for the statistics ---- */

static zb_agg_result num(double v)
{
	if (!isfinite(v))
		return (zb_agg_result){ZB_RES_NONE, 0, NULL};
	return (zb_agg_result){ZB_RES_NUM, v, NULL};
}

static const zb_agg_result none = {ZB_RES_NONE, 0, NULL};

static const double *sorted(zb_agg_acc *a)
{
	if (!a->sorted && a->n > 1)
		gsl_sort(a->vals, 1, (size_t)a->n);
	a->sorted = 1;
	return a->vals;
}

static double quantile(zb_agg_acc *a, double f)
{
	return gsl_stats_quantile_from_sorted_data(sorted(a), 1, (size_t)a->n, f);
}

static double mean(const zb_agg_acc *a) { return sum_value(a) / (double)a->n; }

static zb_agg_result f_count(zb_agg_acc *a) { return num((double)a->n); }
static zb_agg_result f_sum(zb_agg_acc *a) { return a->overflow ? none : num(sum_value(a)); }
static zb_agg_result f_mean(zb_agg_acc *a) { return a->n && !a->overflow ? num(mean(a)) : none; }
static zb_agg_result f_min(zb_agg_acc *a) { return a->n ? num(a->lo) : none; }
static zb_agg_result f_max(zb_agg_acc *a) { return a->n ? num(a->hi) : none; }
static zb_agg_result f_range(zb_agg_acc *a) { return a->n ? num(a->hi - a->lo) : none; }

static zb_agg_result f_median(zb_agg_acc *a)
{
	return a->n ? num(gsl_stats_median_from_sorted_data(sorted(a), 1, (size_t)a->n)) : none;
}

static zb_agg_result f_q1(zb_agg_acc *a) { return a->n ? num(quantile(a, 0.25)) : none; }
static zb_agg_result f_q3(zb_agg_acc *a) { return a->n ? num(quantile(a, 0.75)) : none; }
static zb_agg_result f_iqr(zb_agg_acc *a) { return a->n ? num(quantile(a, 0.75) - quantile(a, 0.25)) : none; }

static zb_agg_result f_var(zb_agg_acc *a)
{
	if (a->n < 2 || a->overflow)
		return none;
	return num(gsl_stats_variance_m(sorted(a), 1, (size_t)a->n, mean(a)));
}

static zb_agg_result f_sd(zb_agg_acc *a)
{
	if (a->n < 2 || a->overflow)
		return none;
	return num(gsl_stats_sd_m(sorted(a), 1, (size_t)a->n, mean(a)));
}

static zb_agg_result f_argmax(zb_agg_acc *a)
{
	if (!a->n)
		return none;
	return (zb_agg_result){ZB_RES_TEXT, 0, a->text ? a->text : ""};
}

/* The texts of the largest values, largest first, empty ones left out. */
static zb_agg_result f_top3(zb_agg_acc *a)
{
	size_t len = 1;
	for (int i = 0; i < a->ntop; i++)
		len += strlen(a->topt[i]) + strlen(ZB_AGG_TOP_SEP);
	free(a->topjoined);
	if (!a->ntop || !(a->topjoined = malloc(len)))
		return (a->topjoined = NULL), none;
	char *p = a->topjoined;
	*p = '\0';
	for (int i = 0; i < a->ntop; i++) {
		if (!*a->topt[i])
			continue;
		if (p > a->topjoined)
			p = stpcpy(p, ZB_AGG_TOP_SEP);
		p = stpcpy(p, a->topt[i]);
	}
	return (zb_agg_result){ZB_RES_TEXT, 0, a->topjoined};
}

const zb_agg_op zb_agg_ops[] = {
	{"count", ZB_ARGS_COL_OPTIONAL, 0, "rows in the group; with COL, its non-empty cells", f_count},
	{"sum", ZB_ARGS_COL, ZB_AGG_SUM, "sum, exact and correctly rounded (0 when no values)", f_sum},
	{"mean", ZB_ARGS_COL, ZB_AGG_SUM, "arithmetic mean: the exact sum / count", f_mean},
	{"min", ZB_ARGS_COL, ZB_AGG_RANGE, "smallest value", f_min},
	{"max", ZB_ARGS_COL, ZB_AGG_RANGE, "largest value", f_max},
	{"range", ZB_ARGS_COL, ZB_AGG_RANGE, "largest minus smallest value", f_range},
	{"median", ZB_ARGS_COL, ZB_AGG_VALUES, "median (gsl_stats_median_from_sorted_data)", f_median},
	{"q1", ZB_ARGS_COL, ZB_AGG_VALUES, "first quartile (gsl_stats_quantile_from_sorted_data, 0.25)", f_q1},
	{"q3", ZB_ARGS_COL, ZB_AGG_VALUES, "third quartile (gsl_stats_quantile_from_sorted_data, 0.75)", f_q3},
	{"iqr", ZB_ARGS_COL, ZB_AGG_VALUES, "interquartile range, q3 - q1", f_iqr},
	{"sd", ZB_ARGS_COL, ZB_AGG_VALUES | ZB_AGG_SUM, "sample standard deviation (gsl_stats_sd_m)", f_sd},
	{"var", ZB_ARGS_COL, ZB_AGG_VALUES | ZB_AGG_SUM, "sample variance (gsl_stats_variance_m)", f_var},
	{"argmax", ZB_ARGS_COL_TEXT, ZB_AGG_ARG, "TEXTCOL of the first row holding the largest COL", f_argmax},
	{"top3", ZB_ARGS_COL_TEXT, ZB_AGG_TOP, "TEXTCOL of the 3 largest COL, largest first, '；' between", f_top3},
	{NULL, 0, 0, NULL, NULL}
};

const zb_agg_op *zb_agg_op_find(const char *name, size_t len)
{
	for (const zb_agg_op *op = zb_agg_ops; op->name; op++)
		if (strlen(op->name) == len && memcmp(op->name, name, len) == 0)
			return op;
	return NULL;
}

const char *zb_agg_args_synopsis(enum zb_agg_args args)
{
	static const char *const syn[] = {
		[ZB_ARGS_COL_OPTIONAL] = "[:COL]",
		[ZB_ARGS_COL] = ":COL",
		[ZB_ARGS_COL_TEXT] = ":COL:TEXTCOL",
	};
	return syn[args];
}

zb_agg_result zb_agg_finish(zb_agg_acc *a, const zb_agg_op *op)
{
	gsl_set_error_handler_off();
	return op->finish(a);
}

/* ---- numbers ---- */

enum zb_agg_num zb_agg_parse(const char *s, size_t len, double *v)
{
	static const double p10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
				     1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
	size_t i = 0;
	int neg = 0, digits = 0, sig = 0, exp10 = 0;
	uint64_t m = 0;
	if (len == 0)
		return ZB_NUM_EMPTY;
	if (s[i] == '+' || s[i] == '-')
		neg = s[i++] == '-';
	/* Up to 19 significant digits in m; more send the number to strtod. */
	for (; i < len && s[i] >= '0' && s[i] <= '9'; i++, digits++) {
		if (sig < 19 && (m || s[i] != '0'))
			m = m * 10 + (uint64_t)(s[i] - '0'), sig++;
		else if (m)
			exp10++, sig++;
	}
	if (i < len && s[i] == '.') {
		for (i++; i < len && s[i] >= '0' && s[i] <= '9'; i++, digits++) {
			if (sig < 19 && (m || s[i] != '0'))
				m = m * 10 + (uint64_t)(s[i] - '0'), sig++, exp10--;
			else if (m)
				sig++;
			else
				exp10--;
		}
	}
	if (digits == 0)
		return ZB_NUM_BAD;
	if (i < len && (s[i] == 'e' || s[i] == 'E')) {
		int eneg = 0, e = 0, edigits = 0;
		i++;
		if (i < len && (s[i] == '+' || s[i] == '-'))
			eneg = s[i++] == '-';
		for (; i < len && s[i] >= '0' && s[i] <= '9'; i++, edigits++)
			if (e < 100000)
				e = e * 10 + (s[i] - '0');
		if (edigits == 0)
			return ZB_NUM_BAD;
		exp10 += eneg ? -e : e;
	}
	if (i != len)
		return ZB_NUM_BAD;
	double d;
	if (sig <= 19 && m <= (UINT64_C(1) << 53) && exp10 >= -22 && exp10 <= 22) {
		/* Exact mantissa and power of ten: one correctly rounded operation. */
		d = exp10 >= 0 ? (double)m * p10[exp10] : (double)m / p10[-exp10];
		if (neg)
			d = -d;
	} else {
		char small[64], *buf = len < sizeof small ? small : malloc(len + 1);
		if (!buf)
			return ZB_NUM_BAD;
		memcpy(buf, s, len);
		buf[len] = '\0';
		d = strtod(buf, NULL);
		if (buf != small)
			free(buf);
		if (!isfinite(d))
			return ZB_NUM_BAD;
	}
	*v = d + 0.0;  /* no -0 */
	return ZB_NUM_OK;
}

int zb_agg_format(double v, char *buf)
{
	int n = snprintf(buf, ZB_AGG_NUMBUF, "%.6f", v);
	if (n <= 0 || n >= ZB_AGG_NUMBUF)
		return snprintf(buf, ZB_AGG_NUMBUF, "%s", v < 0 ? "-inf" : "inf");
	while (n > 0 && buf[n - 1] == '0')
		n--;
	if (n > 0 && buf[n - 1] == '.')
		n--;
	buf[n] = '\0';
	if (strcmp(buf, "-0") == 0)
		n = (int)strlen(strcpy(buf, "0"));
	return n;
}

/* ---- saving and loading states ---- */

static int buf_add(zb_agg_buf *b, const char *s, size_t len)
{
	if (b->len + len + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 64;
		while (cap < b->len + len + 1)
			cap *= 2;
		char *p = realloc(b->p, cap);
		if (!p)
			return -1;
		b->p = p;
		b->cap = cap;
	}
	memcpy(b->p + b->len, s, len);
	b->len += len;
	b->p[b->len] = '\0';
	return 0;
}

/* A double that reads back exactly: the short form when it does. */
static int buf_double(zb_agg_buf *b, double v)
{
	char s[40];
	int n = snprintf(s, sizeof s, "%.15g", v);
	if (strtod(s, NULL) != v)
		n = snprintf(s, sizeof s, "%.17g", v);
	return buf_add(b, s, (size_t)n);
}

static int buf_doubles(zb_agg_buf *b, const char *tag, const double *v, size_t n)
{
	int bad = buf_add(b, tag, strlen(tag));
	for (size_t i = 0; i < n && !bad; i++)
		bad = (i && buf_add(b, ";", 1)) || buf_double(b, v[i]);
	return bad ? -1 : 0;
}

int zb_agg_save(const zb_agg_acc *a, zb_agg_buf *b)
{
	char s[32];
	int bad;
	b->len = 0;
	bad = buf_add(b, s, (size_t)snprintf(s, sizeof s, "%lld", a->n));
	if (!bad && a->overflow)
		bad = buf_add(b, " overflow", 9);
	if (!bad && (a->parts & ZB_AGG_SUM))  /* an overflowed sum has no partials worth keeping */
		bad = buf_doubles(b, " s=", a->sumcap ? a->sum : a->sum_small, a->overflow ? 0 : (size_t)a->nsum);
	if (!bad && (a->parts & (ZB_AGG_RANGE | ZB_AGG_ARG)) && a->n) {
		double r[2] = {a->lo, a->hi};
		bad = buf_doubles(b, " r=", r, 2);
	}
	if (!bad && (a->parts & ZB_AGG_VALUES))
		bad = buf_doubles(b, " v=", a->vals, (size_t)a->n);
	for (int i = 0; !bad && (a->parts & ZB_AGG_TOP) && i < a->ntop; i++) {
		size_t tl = strlen(a->topt[i]);
		bad = buf_add(b, i ? ";" : " k=", i ? 1 : 3) || buf_double(b, a->topv[i]) ||
		      buf_add(b, s, (size_t)snprintf(s, sizeof s, ":%zu:", tl)) || buf_add(b, a->topt[i], tl);
	}
	if (!bad && (a->parts & ZB_AGG_ARG) && a->n)
		bad = buf_add(b, " t=", 3) || buf_add(b, a->text ? a->text : "", a->text ? strlen(a->text) : 0);
	return bad ? -1 : 0;
}

/* " k=X:LEN:TEXT;..." into a's largest.  Returns the end, or NULL when
 * malformed (*nomem set when out of memory). */
static const char *load_top(zb_agg_acc *a, const char *p, const char *end, int *nomem)
{
	if (end - p < 3 || memcmp(p, " k=", 3) != 0)
		return NULL;
	for (p += 3;; p++) {
		const char *colon = memchr(p, ':', (size_t)(end - p));
		double v;
		size_t len = 0;
		if (!colon || zb_agg_parse(p, (size_t)(colon - p), &v) != ZB_NUM_OK || a->ntop == ZB_AGG_TOPN)
			return NULL;
		for (p = colon + 1; p < end && *p >= '0' && *p <= '9' && len < (1u << 30); p++)
			len = len * 10 + (size_t)(*p - '0');
		if (p == colon + 1 || p == end || *p != ':' || (size_t)(end - p - 1) < len)
			return NULL;
		char *t = dup_text(p + 1, len);
		if (!t)
			return (*nomem = 1), NULL;
		a->topv[a->ntop] = v;
		a->topt[a->ntop++] = t;
		p += 1 + len;
		if (p == end || *p != ';')
			return p;
	}
}

/* Read "TAG" then doubles separated by ';' up to a space or the end. */
static const char *load_doubles(const char *p, const char *end, const char *tag, double *out, size_t max,
				size_t *count)
{
	size_t tl = strlen(tag);
	*count = 0;
	if ((size_t)(end - p) < tl || memcmp(p, tag, tl) != 0)
		return NULL;
	p += tl;
	while (p < end && *p != ' ') {
		const char *q = p;
		while (q < end && *q != ';' && *q != ' ')
			q++;
		if (*count >= max || zb_agg_parse(p, (size_t)(q - p), &out[*count]) != ZB_NUM_OK)
			return NULL;
		(*count)++;
		p = q < end && *q == ';' ? q + 1 : q;
	}
	return p;
}

int zb_agg_load(zb_agg_acc *a, const char *s, size_t len)
{
	const char *p = s, *end = s + len;
	long long n = 0;
	size_t k;
	if (p == end || *p < '0' || *p > '9')
		return -2;
	for (; p < end && *p >= '0' && *p <= '9'; p++) {
		if (n > (1LL << 50))
			return -2;
		n = n * 10 + (*p - '0');
	}
	if ((size_t)(end - p) >= 9 && memcmp(p, " overflow", 9) == 0) {
		a->overflow = 1;
		p += 9;
	}
	if (a->parts & ZB_AGG_SUM) {
		double parts[64];
		if (!(p = load_doubles(p, end, " s=", parts, 64, &k)))
			return -2;
		for (size_t i = 0; i < k; i++)
			if (sum_add(a, parts[i]) != 0)
				return -1;
	}
	if ((a->parts & (ZB_AGG_RANGE | ZB_AGG_ARG)) && n) {
		double r[2];
		if (!(p = load_doubles(p, end, " r=", r, 2, &k)) || k != 2)
			return -2;
		a->lo = r[0];
		a->hi = r[1];
	}
	if (a->parts & ZB_AGG_VALUES) {
		/* n values take at least n digits and n - 1 separators: a larger n is
		 * a damaged cell, not a reason to allocate */
		if ((size_t)n > (size_t)(end - p) / 2 + 1)
			return -2;
		if (grow_vals(a, (size_t)n) != 0)
			return -1;
		if (!(p = load_doubles(p, end, " v=", a->vals, (size_t)n, &k)) || k != (size_t)n)
			return -2;
	}
	if ((a->parts & ZB_AGG_TOP) && n) {
		int nomem = 0;
		if (!(p = load_top(a, p, end, &nomem)))
			return nomem ? -1 : -2;
	}
	if ((a->parts & ZB_AGG_ARG) && n) {
		if (end - p < 3 || memcmp(p, " t=", 3) != 0)
			return -2;
		if (set_text(a, p + 3, (size_t)(end - p - 3)) != 0)
			return -1;
		p = end;
	}
	if (p != end)
		return -2;
	a->n = n;
	a->sorted = 0;
	return 0;
}

/* ---- conditions ---- */

int zb_agg_terms_parse(const char *where, zb_agg_term *terms, int max)
{
	int n = 0;
	const char *why;
	for (const char *w = where; w && *w && n < max;) {
		size_t k = strcspn(w, " ");
		if (k && zb_agg_term_parse(&terms[n], w, k, &why) == 0)
			n++;
		w += k + (w[k] == ' ');
	}
	return n;
}

int zb_agg_term_parse(zb_agg_term *t, const char *s, size_t len, const char **why)
{
	static const struct { const char *op; enum zb_agg_cmp cmp; } ops[] = {
		{"!=", ZB_CMP_NOT_IN}, {"==", ZB_CMP_EQ}, {"<=", ZB_CMP_LE}, {">=", ZB_CMP_GE},
		{"=", ZB_CMP_IN}, {"<", ZB_CMP_LT}, {">", ZB_CMP_GT},
	};
	memset(t, 0, sizeof *t);
	t->idx = -1;
	size_t at = 0;
	while (at < len && !strchr("!=<>", s[at]))
		at++;
	if (at == 0 || at == len) {
		*why = at == len ? "expected COL=VAL, COL!=VAL, COL==N, COL<N, COL<=N, COL>N or COL>=N"
				 : "no column name before the comparison";
		return -1;
	}
	size_t i = 0, oplen = 0;
	for (; i < sizeof ops / sizeof ops[0]; i++) {
		oplen = strlen(ops[i].op);
		if (len - at >= oplen && memcmp(s + at, ops[i].op, oplen) == 0)
			break;
	}
	if (i == sizeof ops / sizeof ops[0]) {
		*why = "'!' must be followed by '='";
		return -1;
	}
	t->cmp = ops[i].cmp;
	const char *val = s + at + oplen;
	size_t vlen = len - at - oplen;
	if (t->cmp != ZB_CMP_IN && t->cmp != ZB_CMP_NOT_IN && zb_agg_parse(val, vlen, &t->num) != ZB_NUM_OK) {
		*why = "a numeric comparison needs a number after it";
		return -1;
	}
	t->col = malloc(at + 1);
	t->vals = malloc(vlen + 1);
	if (!t->col || !t->vals) {
		zb_agg_term_free(t);
		*why = "out of memory";
		return -1;
	}
	memcpy(t->col, s, at);
	t->col[at] = '\0';
	memcpy(t->vals, val, vlen);
	t->vals[vlen] = '\0';
	t->nvals = 1;
	for (size_t j = 0; j < vlen; j++)
		if (t->vals[j] == '|') {
			t->vals[j] = '\0';
			t->nvals++;
		}
	return 0;
}

int zb_agg_term_match(const zb_agg_term *t, const char *cell, size_t len)
{
	if (t->cmp == ZB_CMP_IN || t->cmp == ZB_CMP_NOT_IN) {
		const char *v = t->vals;
		int in = 0;
		for (size_t i = 0; i < t->nvals && !in; i++) {
			size_t vl = strlen(v);
			in = vl == len && memcmp(v, cell, len) == 0;
			v += vl + 1;
		}
		return t->cmp == ZB_CMP_IN ? in : !in;
	}
	double x;
	if (zb_agg_parse(cell, len, &x) != ZB_NUM_OK)
		return 0;
	switch (t->cmp) {
	case ZB_CMP_EQ: return x == t->num;
	case ZB_CMP_LT: return x < t->num;
	case ZB_CMP_LE: return x <= t->num;
	case ZB_CMP_GT: return x > t->num;
	case ZB_CMP_GE: return x >= t->num;
	default: return 0;
	}
}

void zb_agg_term_free(zb_agg_term *t)
{
	free(t->col);
	free(t->vals);
	t->col = t->vals = NULL;
}

/* ---- the group table ---- */

static uint64_t hash_key(const char *s, size_t len)
{
	uint64_t h = UINT64_C(14695981039346656037);  /* FNV-1a */
	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * UINT64_C(1099511628211);
	return h ^ (h >> 29);
}

void zb_agg_table_init(zb_agg_table *t, int naccs, const unsigned *parts)
{
	memset(t, 0, sizeof *t);
	t->naccs = naccs;
	t->parts = parts;
}

static void table_place(zb_agg_table *t, size_t gi)
{
	size_t mask = t->nslots - 1, s = t->groups[gi].hash & mask;
	while (t->slots[s])
		s = (s + 1) & mask;
	t->slots[s] = gi + 1;
}

static int table_rehash(zb_agg_table *t, size_t nslots)
{
	size_t *slots = calloc(nslots, sizeof *slots);
	if (!slots)
		return -1;
	free(t->slots);
	t->slots = slots;
	t->nslots = nslots;
	for (size_t i = 0; i < t->n; i++)
		table_place(t, i);
	return 0;
}

zb_agg_group *zb_agg_table_get(zb_agg_table *t, const char *key, size_t len, int *added)
{
	uint64_t h = hash_key(key, len);
	*added = 0;
	if (t->nslots) {
		size_t mask = t->nslots - 1;
		for (size_t s = h & mask; t->slots[s]; s = (s + 1) & mask) {
			zb_agg_group *g = &t->groups[t->slots[s] - 1];
			if (g->hash == h && g->keylen == len && memcmp(g->key, key, len) == 0)
				return g;
		}
	}
	if ((t->n + 1) * 2 > t->nslots && table_rehash(t, t->nslots ? t->nslots * 2 : 64) != 0)
		return NULL;
	if (t->n == t->cap) {
		size_t cap = t->cap ? t->cap * 2 : 16;
		zb_agg_group *g = realloc(t->groups, cap * sizeof *g);
		if (!g)
			return NULL;
		t->groups = g;
		t->cap = cap;
	}
	zb_agg_group *g = &t->groups[t->n];
	g->key = malloc(len + 1);
	g->accs = calloc((size_t)t->naccs + 1, sizeof *g->accs);
	if (!g->key || !g->accs) {
		free(g->key);
		free(g->accs);
		return NULL;
	}
	memcpy(g->key, key, len);
	g->key[len] = '\0';
	g->keylen = len;
	g->hash = h;
	for (int i = 0; i < t->naccs; i++)
		zb_agg_init(&g->accs[i], t->parts[i]);
	table_place(t, t->n++);
	*added = 1;
	return g;
}

static int group_cmp(const void *x, const void *y)
{
	const zb_agg_group *a = x, *b = y;
	size_t n = a->keylen < b->keylen ? a->keylen : b->keylen;
	int c = memcmp(a->key, b->key, n);
	return c ? c : (a->keylen > b->keylen) - (a->keylen < b->keylen);
}

void zb_agg_table_sort(zb_agg_table *t)
{
	if (t->n > 1)
		qsort(t->groups, t->n, sizeof *t->groups, group_cmp);
	if (t->nslots)
		memset(t->slots, 0, t->nslots * sizeof *t->slots);
	for (size_t i = 0; i < t->n; i++)
		table_place(t, i);
}

void zb_agg_table_free(zb_agg_table *t)
{
	for (size_t i = 0; i < t->n; i++) {
		for (int j = 0; j < t->naccs; j++)
			zb_agg_free(&t->groups[i].accs[j]);
		free(t->groups[i].accs);
		free(t->groups[i].key);
	}
	free(t->groups);
	free(t->slots);
	memset(t, 0, sizeof *t);
}

/* ---- plans ---- */

/* Room for one more element in *(T **)arrp holding n: capacity doubles at
 * powers of two.  Returns 0, or -1 (the array untouched). */
static int push(void *arrp, int n, size_t size)
{
	void *arr, *grown;
	if (n & (n - 1))
		return 0;
	memcpy(&arr, arrp, sizeof arr);
	if (!(grown = realloc(arr, (size_t)(n ? 2 * n : 1) * size)))
		return -1;
	memcpy(arrp, &grown, sizeof grown);
	return 0;
}

#define PUSH(arr, n) (push(&(arr), (n), sizeof *(arr)) == 0)

static char *dupn(const char *s, size_t n)
{
	char *d = malloc(n + 1);
	if (d) {
		memcpy(d, s, n);
		d[n] = '\0';
	}
	return d;
}

void zb_agg_plan_init(zb_agg_plan *p) { memset(p, 0, sizeof *p); }

int zb_agg_plan_group(zb_agg_plan *p, const char *cols, char *why)
{
	for (int i = 0; p->gfidx && i < p->ngcols; i++)   /* made again: the old indices go */
		free(p->gfidx[i]);
	free(p->gfidx);
	p->gfidx = NULL;
	for (const char *g = cols; *cols; g++) {
		size_t k = strcspn(g, ","), name = strcspn(g, ",|");   /* department|doc: the name, then stand-ins */
		int empty = name == 0 || g[k - 1] == '|';   /* name == 0 when k == 0 */
		for (size_t i = 1; i < k; i++)
			empty |= g[i] == '|' && g[i - 1] == '|';
		if (empty) {
			snprintf(why, ZB_AGG_WHY, "'%s': an empty column name", cols);
			return -1;
		}
		if (!PUSH(p->gcols, p->ngcols) || !PUSH(p->gfall, p->ngcols) ||
		    !(p->gcols[p->ngcols] = dupn(g, name)))
			goto nomem;
		p->gfall[p->ngcols] = NULL;
		if (name < k && !(p->gfall[p->ngcols] = dupn(g + name + 1, k - name - 1)))
			goto nomem;
		p->ngcols++;
		g += k;
		if (!*g)
			break;
	}
	free(p->gidx);
	if (!(p->gidx = calloc((size_t)p->ngcols + 1, sizeof *p->gidx)) ||
	    !(p->gfidx = calloc((size_t)p->ngcols + 1, sizeof *p->gfidx)))
		goto nomem;
	for (int i = 0; i < p->ngcols; i++) {   /* room for the stand-ins' indices and -1 */
		size_t n = 2;
		for (const char *c = p->gfall[i]; c && *c; c++)
			n += *c == '|';
		if (p->gfall[i] && !(p->gfidx[i] = malloc(n * sizeof **p->gfidx)))
			goto nomem;
	}
	return 0;
nomem:
	snprintf(why, ZB_AGG_WHY, "out of memory");
	return -1;
}

/* Parse conditions separated by sep ('\0': one condition), appending to *terms. */
static int parse_terms(const char *text, char sep, zb_agg_term **terms, int *n, char *why)
{
	for (const char *s = text; *s;) {
		size_t k = sep ? strcspn(s, (char[]){sep, '\0'}) : strlen(s);
		const char *w;
		if (k) {
			if (!PUSH(*terms, *n)) {
				snprintf(why, ZB_AGG_WHY, "out of memory");
				return -1;
			}
			if (zb_agg_term_parse(&(*terms)[*n], s, k, &w) != 0) {
				snprintf(why, ZB_AGG_WHY, "'%.*s': %s", (int)(k < 60 ? k : 60), s, w);
				return -1;
			}
			(*n)++;
		}
		s += k + (s[k] != '\0');
	}
	return 0;
}

int zb_agg_plan_where(zb_agg_plan *p, const char *conds, char sep, char *why)
{
	return parse_terms(conds, sep, &p->where, &p->nwhere, why);
}

static int same(const char *a, const char *b) { return strcmp(a ? a : "", b ? b : "") == 0; }

/* The accumulator for (col, textcol, when), made when new; takes col and textcol. */
static int plan_acc(zb_agg_plan *p, char *col, char *textcol, const char *when, unsigned parts, char *why)
{
	for (int i = 0; i < p->naccs; i++) {
		zb_agg_accdef *a = &p->accs[i];
		if (same(a->col, col) && same(a->textcol, textcol) && same(a->when, when)) {
			p->parts[i] |= parts;
			free(col);
			free(textcol);
			return i;
		}
	}
	if (!PUSH(p->accs, p->naccs) || !PUSH(p->parts, p->naccs)) {
		snprintf(why, ZB_AGG_WHY, "out of memory");
		return -1;
	}
	zb_agg_accdef *a = &p->accs[p->naccs];
	memset(a, 0, sizeof *a);
	a->col = col;
	a->textcol = textcol;
	p->parts[p->naccs] = parts;
	p->naccs++;  /* now owned by the plan, freed with it */
	if (!(a->when = dupn(when, strlen(when)))) {
		snprintf(why, ZB_AGG_WHY, "out of memory");
		return -1;
	}
	return parse_terms(when, ' ', &a->terms, &a->nterms, why) ? -1 : p->naccs - 1;
}

/* A TEXTCOL: a name, or up to ZB_AGG_MAXTEXT names joined by +. */
static int text_cols_ok(const char *tc)
{
	int n = 1;
	if (!*tc || strchr(tc, ':') || *tc == '+' || tc[strlen(tc) - 1] == '+' || strstr(tc, "++"))
		return 0;
	for (; *tc; tc++)
		n += *tc == '+';
	return n <= ZB_AGG_MAXTEXT;
}

int zb_agg_plan_col(zb_agg_plan *p, const char *header, const char *optext, const char *when, char *why)
{
	size_t n = strcspn(optext, ":");
	const zb_agg_op *op = zb_agg_op_find(optext, n);
	if (!op) {
		snprintf(why, ZB_AGG_WHY, "unknown operation '%.*s' (see --help)", (int)(n < 40 ? n : 40), optext);
		return -1;
	}
	const char *c = optext[n] ? optext + n + 1 : NULL;
	size_t clen = c ? strcspn(c, ":") : 0;
	const char *tc = c && c[clen] ? c + clen + 1 : NULL;
	if ((c && !clen) || (tc && !text_cols_ok(tc)) || (!c && op->args != ZB_ARGS_COL_OPTIONAL) ||
	    (!tc) == (op->args == ZB_ARGS_COL_TEXT)) {
		snprintf(why, ZB_AGG_WHY, "'%.60s': use %s%s", optext, op->name, zb_agg_args_synopsis(op->args));
		return -1;
	}
	if (!PUSH(p->cols, p->ncols))
		goto nomem;
	zb_agg_col *col = &p->cols[p->ncols];
	size_t hlen = header ? strlen(header) : strlen(optext) + 3;
	if (!(col->header = malloc(hlen + 1)))
		goto nomem;
	p->ncols++;
	if (header)
		strcpy(col->header, header);
	else if (c)
		snprintf(col->header, hlen + 1, "%s(%.*s%s%s)", op->name, (int)clen, c, tc ? "," : "", tc ? tc : "");
	else
		strcpy(col->header, op->name);
	col->op = op;
	char *cc = c ? dupn(c, clen) : NULL, *tcc = tc ? dupn(tc, strlen(tc)) : NULL;
	if ((c && !cc) || (tc && !tcc)) {
		free(cc);
		goto nomem;
	}
	return (col->acc = plan_acc(p, cc, tcc, when, op->parts, why)) < 0 ? -1 : 0;
nomem:
	snprintf(why, ZB_AGG_WHY, "out of memory");
	return -1;
}

static int find_col(const zb_field *header, size_t ncols, const char *name)
{
	size_t n = strlen(name);
	for (size_t i = 0; i < ncols; i++)
		if (header[i].len == n && memcmp(header[i].ptr, name, n) == 0)
			return (int)i;
	return -1;
}

#define BIND(dst, name, w) do { \
	if (((dst) = find_col(header, ncols, (name))) < 0) { *what = (w); return (name); } \
} while (0)

const char *zb_agg_plan_bind(zb_agg_plan *p, const zb_field *header, size_t ncols, const char **what)
{
	for (int i = 0; i < p->ngcols; i++) {
		BIND(p->gidx[i], p->gcols[i], "-g");
		if (!p->gfall[i])
			continue;
		int *idx = p->gfidx[i];
		for (char *c = p->gfall[i], *bar; ; c = bar + 1) {
			bar = strchr(c, '|');
			if (bar)
				*bar = '\0';
			int found = find_col(header, ncols, c);
			if (found < 0 && !p->gfall_optional) {   /* the plan fails: the cut at bar can stay */
				*idx = -1;
				*what = "-g";
				return c;
			}
			if (bar)
				*bar = '|';
			if (found >= 0)
				*idx++ = found;
			if (!bar)
				break;
		}
		*idx = -1;
	}
	for (int i = 0; i < p->nwhere; i++)
		BIND(p->where[i].idx, p->where[i].col, "a condition");
	for (int i = 0; i < p->naccs; i++) {
		zb_agg_accdef *a = &p->accs[i];
		a->idx = -1;
		a->ntext = 0;
		if (a->col)
			BIND(a->idx, a->col, "an operation");
		for (char *c = a->textcol, *plus; c; c = plus ? plus + 1 : NULL) {  /* subject+mention */
			if ((plus = strchr(c, '+')))
				*plus = '\0';
			int found = find_col(header, ncols, c);
			if (plus)
				*plus = '+';
			if (found < 0) {
				*what = "an operation";
				snprintf(p->missing, sizeof p->missing, "%.*s", (int)(plus ? (size_t)(plus - c) : strlen(c)), c);
				return p->missing;
			}
			a->textidx[a->ntext++] = found;
		}
		for (int j = 0; j < a->nterms; j++)
			BIND(a->terms[j].idx, a->terms[j].col, "a condition");
	}
	return NULL;
}

/* The cell group column i takes from row f: its own, or when that is empty
 * the first non-empty one of its stand-ins. */
static const zb_field *group_cell(const zb_agg_plan *p, int i, const zb_field *f)
{
	const zb_field *cell = &f[p->gidx[i]];
	for (const int *alt = p->gfidx ? p->gfidx[i] : NULL; cell->len == 0 && alt && *alt >= 0; alt++)
		cell = &f[*alt];
	return cell;
}

void zb_agg_plan_key(zb_agg_plan *p, const zb_field *f)
{
	size_t n = 0;
	for (int i = 0; i < p->ngcols; i++)
		n += group_cell(p, i, f)->len + 1;
	if (n + 1 > p->keycap) {
		char *k = realloc(p->key, 2 * n + 64);
		if (!k) {  /* the caller learns it from zb_agg_plan_row */
			p->keylen = (size_t)-1;
			return;
		}
		p->key = k;
		p->keycap = 2 * n + 64;
	}
	char *k = p->key;
	for (int i = 0; i < p->ngcols; i++) {
		const zb_field *cell = group_cell(p, i, f);
		memcpy(k, cell->ptr, cell->len);
		k += cell->len;
		*k++ = '\0';
	}
	p->keylen = n;
}

static int terms_match(const zb_agg_term *t, int n, const zb_field *f)
{
	for (int i = 0; i < n; i++)
		if (!zb_agg_term_match(&t[i], f[t[i].idx].ptr, f[t[i].idx].len))
			return 0;
	return 1;
}

enum { SKIP, ADD_ROW, ADD_VALUE };

/* The text of accumulator a's row: its TEXTCOL's cell, or the non-empty
 * cells of the columns it joins, a blank between them.  NULL when out of
 * memory. */
static const char *row_text(zb_agg_plan *p, const zb_agg_accdef *a, const zb_field *f, size_t *len)
{
	if (a->ntext == 1) {
		*len = f[a->textidx[0]].len;
		return f[a->textidx[0]].ptr;
	}
	size_t need = 1;
	for (int i = 0; i < a->ntext; i++)
		need += f[a->textidx[i]].len + 1;
	if (zb_grow((void **)&p->text, &p->textcap, need, 1) != 0)
		return NULL;
	*len = 0;
	for (int i = 0; i < a->ntext; i++) {
		const zb_field *c = &f[a->textidx[i]];
		if (!c->len)
			continue;
		if (*len)
			p->text[(*len)++] = ' ';
		memcpy(p->text + *len, c->ptr, c->len);
		*len += c->len;
	}
	p->text[*len] = '\0';
	return p->text;
}

enum zb_agg_row zb_agg_plan_row(zb_agg_plan *p, zb_agg_table *t, const zb_field *f, int *bad)
{
	if (!terms_match(p->where, p->nwhere, f))
		return ZB_ROW_FILTERED;
	if (!p->action) {
		p->action = calloc((size_t)p->naccs + 1, sizeof *p->action);
		p->vals = calloc((size_t)p->naccs + 1, sizeof *p->vals);
		if (!p->action || !p->vals)
			return ZB_ROW_NOMEM;
	}
	/* Decide everything first, so a bad row adds nothing. */
	for (int i = 0; i < p->naccs; i++) {
		const zb_agg_accdef *a = &p->accs[i];
		p->action[i] = SKIP;
		if (!terms_match(a->terms, a->nterms, f))
			continue;
		if (a->idx < 0)
			p->action[i] = ADD_ROW;
		else if (p->parts[i] == 0)  /* count:COL counts non-empty cells */
			p->action[i] = f[a->idx].len ? ADD_ROW : SKIP;
		else {
			enum zb_agg_num ns = zb_agg_parse(f[a->idx].ptr, f[a->idx].len, &p->vals[i]);
			if (ns == ZB_NUM_BAD) {
				*bad = i;
				return ZB_ROW_BAD;
			}
			p->action[i] = ns == ZB_NUM_OK ? ADD_VALUE : SKIP;
		}
	}
	zb_agg_plan_key(p, f);
	int added;
	zb_agg_group *g = p->keylen == (size_t)-1 ? NULL : zb_agg_table_get(t, p->key, p->keylen, &added);
	if (!g)
		return ZB_ROW_NOMEM;
	for (int i = 0; i < p->naccs; i++) {
		const zb_agg_accdef *a = &p->accs[i];
		size_t len = 0;
		const char *text = NULL;
		if (p->action[i] == ADD_ROW)
			zb_agg_add_row(&g->accs[i]);
		else if (p->action[i] == ADD_VALUE &&
			 ((a->ntext && !(text = row_text(p, a, f, &len))) ||
			  zb_agg_add(&g->accs[i], p->vals[i], text, len) != 0))
			return ZB_ROW_NOMEM;
	}
	return ZB_ROW_ADDED;
}

void zb_agg_plan_free(zb_agg_plan *p)
{
	for (int i = 0; i < p->ngcols; i++) {
		free(p->gcols[i]);
		free(p->gfall[i]);
		if (p->gfidx)
			free(p->gfidx[i]);
	}
	for (int i = 0; i < p->nwhere; i++)
		zb_agg_term_free(&p->where[i]);
	for (int i = 0; i < p->naccs; i++) {
		zb_agg_accdef *a = &p->accs[i];
		for (int j = 0; j < a->nterms; j++)
			zb_agg_term_free(&a->terms[j]);
		free(a->terms);
		free(a->col);
		free(a->textcol);
		free(a->when);
	}
	for (int i = 0; i < p->ncols; i++)
		free(p->cols[i].header);
	free(p->gcols);
	free(p->gfall);
	free(p->gidx);
	free(p->gfidx);
	free(p->where);
	free(p->accs);
	free(p->parts);
	free(p->cols);
	free(p->key);
	free(p->action);
	free(p->vals);
	free(p->text);
	zb_agg_plan_init(p);
}
