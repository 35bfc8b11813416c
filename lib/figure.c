/* figure.c - reading a figure: a number and what touches it (see figure.h).
 *
 * zb_figure_at reads, in this order: the number (numeral.c), a name test,
 * the minus sign and the qualifier before it, then one of a ratio, a
 * fraction with a slash, a range of time, or magnitude words and a unit
 * with their qualifiers; the unit decides the kind. */
#include "figure.h"

#include "chars.h"
#include "structure.h"
#include "utf8.h"

#include <string.h>

#define MAX_MAGNITUDES 4   /* 百亿亿 is three magnitude words; more is not a unit */

static zb_part part(size_t from, size_t to) { return (zb_part){from, to - from}; }
static size_t end_of(zb_part p) { return p.off + p.len; }

/* ---- parts shared by finding and reading ------------------------------- */

/* The separator of a ratio's terms at s: ： or :, its length or 0. */
static size_t ratio_sep_at(const char *s, size_t n)
{
	return zb_prefix(s, n, ":") ? 1 : zb_prefix(s, n, "：");
}

/* The end of the further terms of a ratio after its first, ending at e:
 * 1.23[：1], 87[：9：4]; e when none.  Every term is Arabic. */
static size_t ratio_end(const char *s, size_t n, size_t e)
{
	size_t sep, len;
	zb_num term;
	while ((sep = ratio_sep_at(s + e, n - e)) && (len = zb_num_scan(s + e + sep, n - e - sep, &term)) &&
	       term.form == ZB_NUM_ARABIC)
		e += sep + len;
	return e;
}

/* The whole Arabic number after the slash at s[e] (the 3 of 1/3): its end,
 * or 0.  *below is it. */
static size_t denominator_end(const char *s, size_t n, size_t e, zb_num *below)
{
	size_t slash = zb_slash_at(s + e, n - e), len;
	if (!slash || !(len = zb_num_scan(s + e + slash, n - e - slash, below)) || below->form != ZB_NUM_ARABIC ||
	    !below->integer)
		return 0;
	return e + slash + len;
}

/* Magnitude words from s[j] on (亿 of 亿元, 万亿), at most MAX_MAGNITUDES,
 * and not one that starts a longer unit (千瓦, 百分点).  Their end; *factor
 * is multiplied by theirs. */
static size_t magnitudes_end(const char *s, size_t n, size_t j, long double *factor)
{
	for (int words = 0; words < MAX_MAGNITUDES; words++) {
		long double m;
		size_t len = zb_magnitude_match(s + j, n - j, &m);
		if (!len)
			break;
		const zb_unit *u = zb_unit_match(s + j, n - j);   /* asked only after a magnitude word */
		if (u && strlen(u->surface) > len)
			break;
		*factor *= m;
		j += len;
	}
	return j;
}

/* The "/吨" of 2800元/吨 at s[i]: a slash and a unit of the table, magnitude
 * words allowed (/万元), or one Han character (元/度); its length, or 0. */
static size_t per_unit_at(const char *s, size_t n, size_t i)
{
	size_t slash = i < n ? zb_slash_at(s + i, n - i) : 0, k;
	if (!slash)
		return 0;
	long double factor;
	size_t mag = zb_magnitude_match(s + i + slash, n - i - slash, &factor);   /* 吨标准煤/万元 */
	const zb_unit *u = zb_unit_match(s + i + slash + mag, n - i - slash - mag);
	if (u)
		return slash + mag + strlen(u->surface);
	return zb_is_han(zb_utf8_at(s, n, i + slash, &k)) ? slash + k : 0;
}

/* The unit at s[j] with the unit it is per (元/吨): its end, or j. */
static size_t unit_end(const char *s, size_t n, size_t j, const zb_unit **u)
{
	*u = zb_unit_match(s + j, n - j);
	if (!*u)
		return j;
	j += strlen((*u)->surface);
	return j + per_unit_at(s, n, j);   /* 2800元/吨: a rate, not an amount */
}

/* ---- finding a figure in running text ---------------------------------- */

/* One figure being read. */
struct scan {
	const char *p;
	size_t n;
	const zb_figure_where *where;
	size_t at, e;       /* the digits of the number */
	int chinese;        /* written in Chinese numerals (or a bare 万) */
	zb_figure *f;
};

static void take_qualifier(zb_figure *f, size_t at, const zb_qualifier *q)
{
	if (!f->qualifier.len)
		f->qualifier = (zb_part){at, strlen(q->surface)};
}

/* Is a name mark (5G, PM2.5, 1+N) right before or after the digits? */
static int name_mark_beside(const struct scan *s)
{
	size_t before = zb_utf8_prev(s->p, s->at);
	zb_kw_hit h;
	return zb_kw_at(s->where->name_marks, s->p + s->e, s->n - s->e).row ||
	       (before < s->at && (h = zb_kw_at(s->where->name_marks, s->p + before, s->at - before)).row &&
		h.len == s->at - before);
}

/* A minus sign before the digits (增长-3.4%, 为－0.5%), not the dash of a
 * range (1-9月), which has a digit before it: where the number starts. */
static size_t sign_start(const struct scan *s)
{
	size_t m = zb_utf8_prev(s->p, s->at);
	if (s->f->num.form != ZB_NUM_ARABIC || m == s->at || m < s->where->clause ||
	    zb_minus_sign_at(s->p + m, s->at - m) != s->at - m)
		return s->at;
	uint32_t before = zb_utf8_before(s->p, m);
	return zb_is_digit(before) || zb_is_ascii_letter(before) || before == '-' || before == '.' ? s->at : m;
}

/* The qualifier before the number starting at start (约, 超过; 上 of 上百家
 * before a bare magnitude and a unit, not of 成千上万的): where the figure
 * starts. */
static size_t qualifier_start(const struct scan *s, size_t start)
{
	const zb_qualifier *q = zb_qualifier_before(s->p, start, ZB_QUAL_BEFORE);
	if (!q && s->f->num.form == ZB_NUM_MAGNITUDE && zb_unit_match(s->p + s->e, s->n - s->e))
		q = zb_qualifier_before(s->p, start, ZB_QUAL_BEFORE_MAGNITUDE);
	if (!q || start - strlen(q->surface) < s->where->clause)
		return start;
	start -= strlen(q->surface);
	take_qualifier(s->f, start, q);
	return start;
}

/* Numbers that are words: 万家灯火 (a bare magnitude counts only after a
 * qualifier, or before 余/多 and a unit: 千余人次, 百余家; a lone 十 before a
 * measure word: 十件), and a lone 一 (一批, 一线; 一倍 counts, see the unit
 * table). */
static int is_word(const struct scan *s)
{
	const zb_num *num = &s->f->num;
	const zb_unit *u;
	if (num->form == ZB_NUM_MAGNITUDE && num->digits == 1 && num->value == 10 &&
	    (u = zb_unit_match(s->p + s->e, s->n - s->e)) && u->kind == ZB_UK_METRIC && u->cn != ZB_CN_NAME)
		return 0;   /* a lone 十 before a measure word counts: 十件民生实事, 十项措施 */
	if (num->form == ZB_NUM_MAGNITUDE && !s->f->qualifier.len) {
		const zb_qualifier *mid = zb_qualifier_at(s->p + s->e, s->n - s->e, ZB_QUAL_AFTER_NUMBER);
		size_t after = mid ? s->e + strlen(mid->surface) : 0;
		if (!mid || !zb_unit_match(s->p + after, s->n - after))
			return 1;
	}
	return num->form == ZB_NUM_CHINESE && num->digits == 1 && num->value == 1 &&
	       (!(u = zb_unit_match(s->p + s->e, s->n - s->e)) || u->cn != ZB_CN_ONE_COUNTS);
}

/* A ratio: 1.23：1, 87：9：4.  Its end, or 0. */
static size_t ratio(const struct scan *s)
{
	if (s->f->num.form != ZB_NUM_ARABIC)
		return 0;
	size_t end = ratio_end(s->p, s->n, s->e);
	if (end == s->e)
		return 0;
	s->f->number = part(s->f->number.off, end);
	return end;
}

/* A fraction with a slash: 约1/3的村, 2/3以上, a smaller whole number over a
 * larger one (2023/5/1 and 5/1 are dates).  Its end, or 0. */
static size_t fraction(const struct scan *s)
{
	const zb_num *top = &s->f->num;
	zb_num below;
	size_t end = top->form == ZB_NUM_ARABIC && top->integer ? denominator_end(s->p, s->n, s->e, &below) : 0;
	if (!end || below.value <= top->value || top->value <= 0 || zb_slash_at(s->p + end, s->n - end) ||
	    zb_prefix(s->p + end, s->n - end, "."))
		return 0;
	s->f->number = part(s->f->number.off, end);
	const zb_qualifier *q = zb_qualifier_at(s->p + end, s->n - end, ZB_QUAL_AFTER_UNIT);
	if (q && !s->f->qualifier.len) {
		take_qualifier(s->f, end, q);
		end += strlen(q->surface);
	}
	return end;
}

/* A range of time: 1至5月份, 2023—2025年度 (a range mark, a number, and a
 * unit of time).  Its end, or 0. */
static size_t range(const struct scan *s)
{
	size_t mark = zb_range_mark_at(s->p + s->e, s->n - s->e);
	if (!mark)
		return 0;
	size_t j = s->e + mark;
	zb_num last;
	size_t len = zb_num_scan(s->p + j, s->n - j, &last);
	const zb_unit *u = len ? zb_unit_match(s->p + j + len, s->n - j - len) : NULL;
	if (!u || u->kind == ZB_UK_METRIC)
		return 0;
	s->f->kind = ZB_KIND_PERIOD;
	s->f->number = part(s->f->number.off, j + len);
	s->f->unit = (zb_part){j + len, strlen(u->surface)};
	return end_of(s->f->unit);
}

/* 余 or 多 after the number (4500余件) or after its magnitude (71万余人次),
 * when a unit (or a magnitude, straight after the number) follows: its end. */
static size_t inner_qualifier_end(const struct scan *s, size_t j, int magnitude_may_follow)
{
	const zb_qualifier *q = zb_qualifier_at(s->p + j, s->n - j, ZB_QUAL_AFTER_NUMBER);
	if (!q)
		return j;
	size_t after = j + strlen(q->surface);
	long double factor;
	if (!zb_unit_match(s->p + after, s->n - after) &&
	    !(magnitude_may_follow && zb_magnitude_match(s->p + after, s->n - after, &factor)))
		return j;
	take_qualifier(s->f, j, q);
	return after;
}

/* The kind a unit gives the number before it. */
static enum zb_kind kind_by_unit(const struct scan *s, const zb_unit *u, size_t unit_end)
{
	const zb_num *num = &s->f->num;
	size_t k;
	switch (u->kind) {
	case ZB_UK_YEAR:   /* 2023年, 二〇二三年; else a duration */
		return (num->form == ZB_NUM_ARABIC && num->integer && num->value >= 1900 && num->value <= 2100) ||
		       (num->form == ZB_NUM_CHINESE && num->digits == 4) ? ZB_KIND_DATE : ZB_KIND_NUMBER;
	case ZB_UK_DATE: return ZB_KIND_DATE;
	case ZB_UK_PERIOD: return ZB_KIND_PERIOD;
	case ZB_UK_EDITION: return ZB_KIND_EDITION;
	case ZB_UK_METRIC: break;
	}
	if (s->chinese && u->cn == ZB_CN_PHASE && zb_utf8_at(s->p, s->n, s->at, &k) != ZB_CH_LIANG)
		return ZB_KIND_EDITION;   /* 二期工程 */
	if (s->chinese && u->cn == ZB_CN_SLOGAN_YI && zb_cn_digit(zb_utf8_at(s->p, s->n, unit_end, &k)) == 1)
		return ZB_KIND_NAME;      /* 五个一工程 */
	return ZB_KIND_NUMBER;
}

/* Magnitude words, a unit and their qualifiers after the number: 3.5万,
 * 4500余件, 71万余人次, 2.2%左右.  The figure's end, or 0 when a Chinese
 * numeral has no unit (二十大, 三农: words). */
static size_t units(const struct scan *s)
{
	zb_figure *f = s->f;
	size_t j = inner_qualifier_end(s, s->e, 1);
	if (!s->chinese || !f->num.integer) {   /* 3.5万, 三点五亿 */
		long double factor = 1;
		size_t mag_end = magnitudes_end(s->p, s->n, j, &factor);
		f->magnitude = part(j, mag_end);
		j = f->magnitude.len ? inner_qualifier_end(s, mag_end, 0) : mag_end;
	}
	const zb_unit *u;
	size_t end = unit_end(s->p, s->n, j, &u);
	if (u && f->num.form == ZB_NUM_CHINESE && u->cn == ZB_CN_NAME)
		return 0;   /* 二十大: see the unit table */
	if (!u && s->chinese && !f->qualifier.len)
		return 0;   /* a Chinese numeral needs a unit to be a number */
	if (u) {
		f->unit = part(j, end);
		f->kind = kind_by_unit(s, u, end);
	}
	const zb_qualifier *after = zb_qualifier_at(s->p + end, s->n - end, ZB_QUAL_AFTER_UNIT);
	if (after && f->kind == ZB_KIND_NUMBER) {
		take_qualifier(f, end, after);
		end += strlen(after->surface);
	}
	return end;
}

size_t zb_figure_at(const char *text, size_t n, size_t at, const zb_figure_where *w, zb_figure *f)
{
	memset(f, 0, sizeof *f);
	size_t len = zb_num_scan(text + at, n - at, &f->num);
	if (!len)
		return 0;
	struct scan s = {text, n, w, at, at + len, 0, f};
	f->kind = ZB_KIND_NUMBER;
	f->number = part(at, s.e);
	if (w->quoted || name_mark_beside(&s)) {
		if (f->num.form == ZB_NUM_ARABIC) {   /* 5G, PM2.5, 1+N, “123工程” */
			f->kind = ZB_KIND_NAME;
			f->mention = f->number;
		}
		return s.e;
	}
	if (zb_utf8_before(text, at) == ZB_CH_JIE)
		return s.e;   /* 八届二次 */
	f->number.off = sign_start(&s);
	f->number.len = s.e - f->number.off;
	size_t start = qualifier_start(&s, f->number.off);
	if (is_word(&s))
		return s.e;
	s.chinese = f->num.form == ZB_NUM_CHINESE || f->num.form == ZB_NUM_MAGNITUDE;
	size_t end = ratio(&s);
	if (!end)
		end = fraction(&s);
	if (!end)
		end = range(&s);
	if (!end)
		end = units(&s);
	if (!end)
		return s.e;
	f->mention = part(start, end);
	return end;
}

int zb_figure_next(const char *text, size_t n, size_t from, const zb_figure_where *w, zb_figure *f)
{
	zb_figure_where here = *w;
	for (size_t i = from, k; i < n; i += k) {
		/* a digit is 0-9 or ０-９ (EF BC 9x): other bytes start none */
		unsigned char b = (unsigned char)text[i];
		if ((b < '0' || b > '9') && b != 0xEF) {
			k = 1;
			continue;
		}
		uint32_t c = zb_utf8_at(text, n, i, &k);
		if (!zb_is_digit(c) || zb_is_digit(zb_utf8_before(text, i)))
			continue;
		if (w->quotes) {
			zb_quote_state q = zb_quotes_open(w->quotes, text, i);
			here.quoted = q.depth > 0 || q.ascii;
		}
		size_t end = zb_figure_at(text, n, i, &here, f);
		if (f->mention.len && f->kind != ZB_KIND_NAME && f->num.form == ZB_NUM_ARABIC)
			return 1;
		if (end > i)
			k = end - i;
	}
	return 0;
}

/* ---- reading the columns back ------------------------------------------ */

int zb_number_read(const char *s, size_t n, zb_number *out)
{
	zb_num num;
	size_t sign = zb_minus_sign_at(s, n);   /* -3.4 */
	size_t k = zb_num_scan(s + sign, n - sign, &num);
	memset(out, 0, sizeof *out);
	if (k == 0 || (sign && num.form != ZB_NUM_ARABIC))
		return -1;
	k += sign;
	out->value = sign ? -num.value : num.value;
	out->form = num.form;
	zb_num below;
	if (zb_slash_at(s + k, n - k)) {   /* 1/3 */
		if (denominator_end(s, n, k, &below) != n || below.value == 0)
			return -1;
		out->value /= below.value;
		out->form = ZB_NUM_FRACTION;
		return 0;
	}
	if (k < n) {   /* a ratio: every term a number; the value is the first */
		if (ratio_end(s, n, k) != n)
			return -1;
		out->ratio = 1;
	}
	return 0;
}

void zb_unit_text_read(const char *s, size_t n, zb_unit_text *out)
{
	memset(out, 0, sizeof *out);
	out->factor = 1;
	out->magnitudes = magnitudes_end(s, n, 0, &out->factor);
	size_t j = out->magnitudes;
	const zb_unit *u = zb_unit_match(s + j, n - j);
	if (u)
		j += strlen(u->surface);
	size_t slash = zb_slash_at(s + j, n - j);
	if (slash) {   /* a rate: the unit it is per, as written */
		out->per = part(j + slash, n);
		j = n;
	}
	out->unit = j == n ? u : NULL;
	out->other = j < n || (slash && !u);
}
