/* classify.c - the decisions of zb-classify for one row (see classify.h):
 * type from kind, unit and the cue words before the mention; scope of a
 * claim; basis of a change; period and subject from the clause. */
#include "classify.h"

#include "claims.h"
#include "numeral.h"
#include "units.h"
#include "utf8.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define SUBJECT_CHARS 20   /* longest subject, in characters */

/* The keyword indexes, built once. */
struct zb_classifier {
	zb_kw_index *cue, *cue_after, *basis, *period, *ref, *mark, *span, *brk, *head, *tail, *stop;
};

/* Parse the offset column; place the mention in its clause.  Returns an
 * error message, or NULL. */
const char *zb_cls_locate(zb_cls_row *r, zb_span offset)
{
	size_t off = 0;
	if (offset.n == 0) {   /* no offset: look for the mention */
		for (size_t i = 0; r->mention.n && i + r->mention.n <= r->clause.n; i++)
			if (memcmp(r->clause.p + i, r->mention.p, r->mention.n) == 0) {
				off = i;
				break;
			}
	} else {
		int past = 0;
		for (size_t i = 0; i < offset.n; i++) {
			if (offset.p[i] < '0' || offset.p[i] > '9')
				return "offset is not a byte position in clause";
			off = off * 10 + (size_t)(offset.p[i] - '0');
			past |= off > r->clause.n;
			if (past)
				off = r->clause.n + 1;   /* no overflow */
		}
		if (past)
			return "offset is past the end of clause";
	}
	while (off > 0 && off < r->clause.n && ((unsigned char)r->clause.p[off] & 0xC0) == 0x80)
		off--;   /* a character boundary */
	r->off = off;
	r->end = off + r->mention.n <= r->clause.n &&
		 memcmp(r->clause.p + off, r->mention.p, r->mention.n) == 0 ? off + r->mention.n : off;
	return NULL;
}

/* ---- reading a clause ------------------------------------------------------ */

static zb_span sub(zb_span s, size_t from, size_t to)
{
	return (zb_span){s.p + from, to - from};
}

/* Start of the segment holding byte pos: just after the last break before
 * it (list breaks such as 、 count only when list is set). */
static size_t seg_start(const zb_classifier *c, zb_span s, size_t pos, int list)
{
	size_t start = 0;
	for (zb_kw_hit h = zb_kw_next(c->brk, s.p, pos, 0); h.row; h = zb_kw_next(c->brk, s.p, pos, h.off + h.len))
		if (list || h.row->cls == ZB_BREAK_HARD)
			start = h.off + h.len;
	return start;
}

/* End of the segment starting at pos: the next break of any kind. */
static size_t seg_end(const zb_classifier *c, zb_span s, size_t pos)
{
	return zb_kw_next(c->brk, s.p, s.n, pos).off;
}

/* The cue of the mention, read from the start of its segment to its end (连续
 * is inside 连续两年): the last
 * change, level or duration word wins; 至/到 right after a change word make
 * it the new level; neutral words leave the cue as it was. */
static enum zb_cue cue_before(const zb_classifier *c, const zb_cls_row *r)
{
	size_t from = seg_start(c, r->clause, r->off, 0);
	enum zb_cue cue = ZB_CUE_NONE;
	size_t change_end = (size_t)-1;
	for (zb_kw_hit h = zb_kw_next(c->cue, r->clause.p, r->end, from); h.row;
	     h = zb_kw_next(c->cue, r->clause.p, r->end, h.off + h.len)) {
		switch (h.row->cls) {
		case ZB_CUE_TO:
			if (cue == ZB_CUE_CHANGE && h.off == change_end)
				cue = ZB_CUE_LEVEL;
			break;
		case ZB_CUE_NEUTRAL:
			break;
		default:
			cue = (enum zb_cue)h.row->cls;
			change_end = h.off + h.len;
			break;
		}
	}
	return cue;
}

/* Is the mention inside a quoted name: an open quote before it in the
 * clause not closed before it, and a close quote after it. */
static int in_quotes(const zb_classifier *c, const zb_cls_row *r)
{
	int depth = 0;
	for (zb_kw_hit h = zb_kw_next(c->mark, r->clause.p, r->off, 0); h.row;
	     h = zb_kw_next(c->mark, r->clause.p, r->off, h.off + h.len)) {
		if (h.row->cls == ZB_MARK_OPEN)
			depth++;
		else if (h.row->cls == ZB_MARK_CLOSE && depth > 0)
			depth--;
	}
	if (depth == 0)
		return 0;
	depth = 0;
	for (zb_kw_hit h = zb_kw_next(c->mark, r->clause.p, r->clause.n, r->end); h.row;
	     h = zb_kw_next(c->mark, r->clause.p, r->clause.n, h.off + h.len)) {
		if (h.row->cls == ZB_MARK_OPEN)
			depth++;
		else if (h.row->cls == ZB_MARK_CLOSE && depth-- == 0)
			return 1;
	}
	return 0;
}

/* A bare number (no unit written) joined to letters or +: 5G, 1+N. */
static int name_next_to(const zb_classifier *c, const zb_cls_row *r)
{
	if (!r->has_unit_text || r->unit_text.n > 0)
		return 0;
	zb_kw_hit after = zb_kw_at(c->mark, r->clause.p + r->end, r->clause.n - r->end);
	zb_kw_hit before = zb_kw_suffix(c->mark, r->clause.p, r->off);
	return (after.row && (after.row->cls == ZB_MARK_NAME_AFTER || after.row->cls == ZB_MARK_NAME_JOIN)) ||
	       (before.row && before.row->cls == ZB_MARK_NAME_JOIN);
}

static enum zb_type decide_type(const zb_classifier *c, const zb_cls_row *r)
{
	const zb_kind_rule *k = zb_kind_rule_find(r->kind.p, r->kind.n);
	int t = k ? k->type : ZB_TYPE_BY_UNIT;
	if (t == ZB_TYPE_BY_UNIT) {
		const zb_unit_rule *u = zb_unit_rule_find(r->unit.p, r->unit.n);
		if (!u)
			return ZB_TYPE_OTHER;
		zb_span after = {r->clause.p + r->end, r->clause.n - r->end};
		enum zb_cue cue = cue_before(c, r);
		zb_kw_hit h;
		if (cue == ZB_CUE_NONE && (h = zb_kw_at(c->cue_after, after.p, after.n)).row)
			cue = (enum zb_cue)h.row->cls;   /* 实现8%的增长 */
		if (cue != ZB_CUE_DURATION && zb_minus_sign_at(r->clause.p + r->off, r->end - r->off))
			cue = ZB_CUE_CHANGE;   /* 为-0.5%: a level or share is never below zero */
		t = u->type[cue];
		if (t == ZB_TYPE_DURATION && cue != ZB_CUE_DURATION && (h = zb_kw_at(c->span, after.p, after.n)).row &&
		    (h.row->cls == ZB_SPAN_ANY || (r->unit.n == 4 && !memcmp(r->unit.p, "year", 4))))
			t = ZB_TYPE_PERIOD;   /* 五年来, 三年行动计划, 三年内; not 5个工作日内 */
		if ((zb_types[t].metric || t == ZB_TYPE_OTHER) && name_next_to(c, r))
			return ZB_TYPE_NAME;
		if (zb_types[t].metric && in_quotes(c, r))
			return ZB_TYPE_NAME;
	}
	return (enum zb_type)t;
}

/* The scope of a claim (claims.c's scope words): the word in scope_text,
 * else one in the mention, else the last one before it in the clause. */
static enum zb_scope scope_word_in(zb_span s, int last, int *found)
{
	const zb_scope_word *w = NULL;
	for (size_t i = 0; i < s.n; i += zb_utf8_len(s.p + i, s.n - i)) {
		const zb_scope_word *at = zb_scope_at(s.p + i, s.n - i);
		if (at) {
			w = at;
			if (!last)
				break;
			i += strlen(at->surface) - 1;
		}
	}
	*found = w != NULL;
	int k = w ? zb_scope_find(w->scope, strlen(w->scope)) : -1;
	return k > 0 ? (enum zb_scope)k : ZB_SCOPE_OTHER;
}

static enum zb_scope decide_scope(const zb_cls_row *r, int *written)
{
	int found;
	enum zb_scope s = scope_word_in(r->scope_text, 0, &found);
	*written = 1;
	if (found || r->scope_text.n > 0)
		return s;
	s = scope_word_in(r->mention, 0, &found);
	if (found)
		return s;
	s = scope_word_in((zb_span){r->clause.p, r->off}, 1, &found);
	*written = found;
	return s;
}

/* The last period in text[0, limit) that is not a comparison base (比去年,
 * 去年全年的, 比2016年全年); periods written next to each other join. */
static zb_span period_in(const zb_classifier *c, zb_span text, size_t limit)
{
	const char *s = text.p;
	size_t from = 0, to = 0, ref_end = (size_t)-1;
	int found = 0;
	for (zb_kw_hit h = zb_kw_next(c->period, s, limit, 0); h.row; h = zb_kw_next(c->period, s, limit, h.off + h.len)) {
		size_t end = h.off + h.len;
		zb_kw_hit before = zb_kw_suffix(c->ref, s, h.off);
		zb_kw_hit after = zb_kw_at(c->ref, s + end, text.n - end);
		if ((before.row && before.row->cls == ZB_REF_BEFORE) || (after.row && after.row->cls == ZB_REF_AFTER) ||
		    h.off == ref_end) {   /* 比2016年全年: all of it is the base */
			ref_end = end;
			continue;
		}
		if (!found || h.off != to)
			from = h.off;
		to = end;
		found = 1;
	}
	return found ? sub(text, from, to) : (zb_span){"", 0};
}

/* The period of the mention's clause, else of its sentence's lead (上半年，
 * ...增长5%). */
static zb_span decide_period(const zb_classifier *c, const zb_cls_row *r)
{
	zb_span own = period_in(c, r->clause, r->off);
	return own.n || !r->lead.n ? own : period_in(c, r->lead, r->lead.n);
}

/* ---- subject --------------------------------------------------------------- */

static size_t span_chars(zb_span s)
{
	size_t k = 0;
	for (size_t i = 0; i < s.n; i += zb_utf8_len(s.p + i, s.n - i))
		k++;
	return k;
}

/* Drop a quote mark at either end that is not matched inside: the subject
 * 县市区“快试快推” keeps its quotes, 示范点” loses its close quote. */
static zb_span unquote(const zb_classifier *c, zb_span s)
{
	int open = 0, close = 0;
	for (zb_kw_hit h = zb_kw_next(c->mark, s.p, s.n, 0); h.row; h = zb_kw_next(c->mark, s.p, s.n, h.off + h.len)) {
		open += h.row->cls == ZB_MARK_OPEN;
		close += h.row->cls == ZB_MARK_CLOSE;
	}
	zb_kw_hit h = zb_kw_at(c->mark, s.p, s.n);
	if (h.row && h.row->cls == ZB_MARK_OPEN && close == 0)
		s = sub(s, h.len, s.n);
	h = zb_kw_suffix(c->mark, s.p, s.n);
	if (h.row && h.row->cls == ZB_MARK_CLOSE && open == 0)
		s.n = h.off;
	return s;
}

/* Trim filler at the head (其中, 全市, a period) and at the tail (达到, 均居,
 * change and basis words) until nothing changes. */
static zb_span trim(const zb_classifier *c, zb_span s)
{
	for (int changed = 1; changed && s.n > 0; ) {
		changed = 0;
		zb_kw_hit h = zb_kw_at(c->head, s.p, s.n);
		if (!h.row)
			h = zb_kw_at(c->period, s.p, s.n);
		if (h.row && span_chars(sub(s, h.len, s.n)) != 1) {   /* 完成率 stays */
			s = sub(s, h.len, s.n);
			changed = 1;
		}
		const zb_kw_index *tails[] = {c->tail, c->cue, c->basis, c->period};
		for (size_t i = 0; i < sizeof tails / sizeof *tails && s.n > 0; i++) {
			h = zb_kw_suffix(tails[i], s.p, s.n);
			if (h.row && (tails[i] != c->cue || h.row->cls == ZB_CUE_CHANGE || h.row->cls == ZB_CUE_TO ||
				      h.row->cls == ZB_CUE_DURATION)) {
				s.n = h.off;
				changed = 1;
				if (tails[i] == c->period) {   /* 增速比4月份: the base goes too */
					h = zb_kw_suffix(c->ref, s.p, s.n);
					if (h.row && h.row->cls == ZB_REF_BEFORE)
						s.n = h.off;
				}
			}
		}
	}
	return unquote(c, s);
}

static int is_digit_at(const char *s, size_t n, size_t *len)
{
	uint32_t cp;
	*len = zb_utf8_decode((const unsigned char *)s, n, &cp);
	return *len && ((cp >= '0' && cp <= '9') || cp == '.' || (cp >= 0xFF10 && cp <= 0xFF19));
}

static int is_letter(zb_span s, size_t i)
{
	return i < s.n && ((s.p[i] >= 'A' && s.p[i] <= 'Z') || (s.p[i] >= 'a' && s.p[i] <= 'z'));
}

/* The first Arabic number in s, as [*from, *to) with its magnitude, unit and
 * qualifiers (10.3万名, 507宗); 0 when there is none.  With last, the last. */
static int find_number(zb_span s, int last, size_t *from, size_t *to)
{
	int found = 0;
	size_t k;
	for (size_t i = 0; i < s.n; ) {
		if (!is_digit_at(s.p + i, s.n - i, &k) || s.p[i] == '.') {
			i += zb_utf8_len(s.p + i, s.n - i);
			continue;
		}
		size_t j = i;
		while (j < s.n && is_digit_at(s.p + j, s.n - j, &k))
			j += k;
		if (is_letter(s, i > 0 ? i - 1 : s.n) || is_letter(s, j)) {   /* 5G, PM2.5 */
			i = j;
			continue;
		}
		*from = i;
		long double factor;
		const zb_qualifier *q;
		const zb_unit *u;
		j += zb_magnitude_match(s.p + j, s.n - j, &factor);
		if ((q = zb_qualifier_at(s.p + j, s.n - j, ZB_QUAL_AFTER_NUMBER)))
			j += strlen(q->surface);
		if ((u = zb_unit_match(s.p + j, s.n - j)))
			j += strlen(u->surface);
		if ((q = zb_qualifier_at(s.p + j, s.n - j, ZB_QUAL_AFTER_UNIT)))
			j += strlen(q->surface);
		*to = j;
		found = 1;
		if (!last)
			break;
		i = j;
	}
	return found;
}

/* The words before the mention, without another number and its unit (为
 * 10.3万名低保和特困人员发放保障金5亿元: 低保和特困人员发放保障金). */
static zb_span words_before(const zb_classifier *c, zb_span s)
{
	size_t from, to;
	s = trim(c, s);
	if (find_number(s, 1, &from, &to)) {
		zb_span rest = trim(c, sub(s, to, s.n));
		return rest.n ? rest : trim(c, sub(s, 0, from));
	}
	return s;
}

/* The noun phrase right after a count: up to a verb that ends it or another
 * number, or the contents of a quote that starts it. */
static zb_span noun_after(const zb_classifier *c, zb_span s)
{
	zb_kw_hit q = zb_kw_at(c->mark, s.p, s.n);
	if (q.row && q.row->cls == ZB_MARK_OPEN) {
		zb_kw_hit close = zb_kw_next(c->mark, s.p, s.n, q.len);
		return close.row && close.row->cls == ZB_MARK_CLOSE ? sub(s, q.len, close.off) : (zb_span){"", 0};
	}
	zb_kw_hit h = zb_kw_at(c->head, s.p, s.n);
	if (h.row && h.len < s.n)
		s = sub(s, h.len, s.n);
	size_t from, to;
	if (find_number(s, 0, &from, &to) && from == 0)   /* 全球最高10米液压支架 */
		s = sub(s, to, s.n);
	if (find_number(s, 0, &from, &to))
		s.n = from;
	s.n = zb_kw_next(c->stop, s.p, s.n, 0).off;
	return s;
}

/* Keep the SUBJECT_CHARS characters nearest the number. */
static zb_span cap(zb_span s, int keep_tail)
{
	size_t k = span_chars(s);
	if (k <= SUBJECT_CHARS)
		return s;
	size_t i = 0;
	for (size_t drop = keep_tail ? k - SUBJECT_CHARS : SUBJECT_CHARS; drop > 0; drop--)
		i += zb_utf8_len(s.p + i, s.n - i);
	return keep_tail ? sub(s, i, s.n) : sub(s, 0, i);
}

/* What the number measures: the words after a count or a first claim (为1300
 * 户困难重度残疾人家庭实施...), else the words before it (争取资金6.07亿元). */
static zb_span decide_subject(const zb_classifier *c, const zb_cls_row *r, enum zb_type type)
{
	zb_span cl = r->clause, before, after = {"", 0};
	int after_first = type == ZB_TYPE_COUNT || type == ZB_TYPE_FIRST, after_done = 0;
	if (after_first) {
		after = noun_after(c, sub(cl, r->end, seg_end(c, cl, r->end)));
		if (after.n)
			return unquote(c, cap(after, 0));
		after_done = 1;
	}
	before = words_before(c, sub(cl, seg_start(c, cl, r->off, 1), r->off));
	if (before.n || type == ZB_TYPE_DURATION || type == ZB_TYPE_CHANGE || type == ZB_TYPE_PERCENT)
		return unquote(c, cap(before, 1));   /* not 第一 of 连续两年全省第一, 增长 of 8%的增长 */
	if (!after_done)
		after = noun_after(c, sub(cl, r->end, seg_end(c, cl, r->end)));
	return unquote(c, cap(after, 0));
}

void zb_classify(const zb_classifier *c, const zb_cls_row *r, zb_cls_result *out)
{
	out->type = decide_type(c, r);
	out->scope = ZB_SCOPE_NONE;
	if (zb_types[out->type].claim) {
		int written;
		out->scope = decide_scope(r, &written);
		if (out->type == ZB_TYPE_FIRST && !written) {   /* 首批, 唯一代表: no scope, no claim */
			out->type = ZB_TYPE_OTHER;
			out->scope = ZB_SCOPE_NONE;
		}
	}
	out->basis = ZB_BASIS_NONE;
	if (out->type == ZB_TYPE_CHANGE) {
		zb_kw_hit h = zb_kw_last(c->basis, r->clause.p, r->off);
		if (h.row)
			out->basis = (enum zb_basis)h.row->cls;
	}
	int metric = zb_types[out->type].metric;
	out->period = metric ? decide_period(c, r) : (zb_span){"", 0};
	out->subject = metric ? decide_subject(c, r, out->type) : (zb_span){"", 0};
}

zb_classifier *zb_classifier_new(void)
{
	zb_classifier *c = calloc(1, sizeof *c);
	if (!c)
		return NULL;
	struct { zb_kw_index **ix; const zb_keyword_table *t; } build[] = {
		{&c->cue, &zb_kw_cue}, {&c->cue_after, &zb_kw_cue_after}, {&c->basis, &zb_kw_basis},
		{&c->period, &zb_kw_period}, {&c->ref, &zb_kw_period_ref}, {&c->mark, &zb_kw_mark}, {&c->span, &zb_kw_span_after},
		{&c->brk, &zb_kw_break}, {&c->head, &zb_kw_subject_head}, {&c->tail, &zb_kw_subject_tail},
		{&c->stop, &zb_kw_subject_stop},
	};
	for (size_t i = 0; i < sizeof build / sizeof *build; i++)
		if (!(*build[i].ix = zb_kw_index_new(build[i].t))) {
			zb_classifier_free(c);
			return NULL;
		}
	return c;
}

void zb_classifier_free(zb_classifier *c)
{
	if (!c)
		return;
	zb_kw_index *all[] = {c->cue, c->cue_after, c->basis, c->period, c->ref, c->mark, c->span, c->brk,
			      c->head, c->tail, c->stop};
	for (size_t i = 0; i < sizeof all / sizeof *all; i++)
		zb_kw_index_free(all[i]);
	free(c);
}
