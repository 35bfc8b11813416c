/* zb-classify - say what each metric row of zb-normalize is: its type, the
 * scope of a rank claim, the basis of a change, the period and the subject.
 *
 *   zb-extract report.txt | zb-normalize | zb-classify > metrics.csv
 *
 * The decisions read the row's kind and unit and the words of its clause
 * around the mention; every word list is a table in lib/keywords.c. */
#include "claims.h"
#include "csvrec.h"
#include "diag.h"
#include "keywords.h"
#include "outfile.h"
#include "units.h"
#include "utf8.h"

#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Input columns read (all required), and the columns added. */
enum { C_KIND, C_MENTION, C_SCOPE_TEXT, C_CLAUSE, C_OFFSET, C_UNIT, NREQ };
static const char *const required[NREQ] = {"kind", "mention", "scope_text", "clause", "offset", "unit"};
enum { A_TYPE, A_SCOPE, A_BASIS, A_PERIOD, A_SUBJECT, NADD };
static const char *const added[NADD] = {"type", "scope", "basis", "period", "subject"};
/* Text cells from the report, guarded by --safe-csv. */
static const char *const text_cols[] = {"mention", "clause", "title", "subject"};

#define SUBJECT_CHARS 20   /* longest subject, in characters */

struct opts {
	const char *in, *out;
	int safe;
};

struct span {
	const char *p;
	size_t n;
};

/* The keyword indexes, built once. */
struct classifier {
	zb_kw_index *cue, *basis, *period, *ref, *mark, *span, *brk, *head, *tail, *stop;
};

/* One row as the classifier sees it: the mention at clause[off, end). */
struct row {
	struct span kind, mention, scope_text, clause, unit, unit_text;
	size_t off, end;
	int has_unit_text;
};

struct result {
	enum zb_type type;
	enum zb_scope scope;
	enum zb_basis basis;
	struct span period, subject;
};

/* The subject of the previous metric row, for a change or a rank whose clause
 * names none (中直投资完成50.2亿元，下降3.9%): copied, as the reader reuses
 * its buffers. */
struct carry {
	char *doc, *subject;
	size_t doc_cap, subject_cap, subject_len;
	long line;
	int set;
};

#define CARRY_LINES 2   /* the clause before ends at most this many lines up */

static struct opts parse_args(int argc, char **argv);
static void classifier_init(struct classifier *c);
static void classifier_free(struct classifier *c);
static int run(zb_csv_reader *r, const struct classifier *c, zb_csv_writer *w);
static void classify(const struct classifier *c, const struct row *r, struct result *out);
static void list_keywords(void);

int main(int argc, char **argv)
{
	zb_diag_init(argv[0]);
	struct opts o = parse_args(argc, argv);

	const char *why = NULL;
	zb_csv_reader *r = zb_csv_open(o.in, &why);
	if (!r)
		zb_die(ZB_EXIT_DATA, o.in ? o.in : "-", 0, "%s", why);
	for (int i = 0; i < NREQ; i++)
		if (zb_csv_col(r, required[i]) < 0)
			zb_die(ZB_EXIT_DATA, zb_csv_name(r), 1, "missing column '%s' (zb-classify reads the "
			       "output of zb-extract | zb-normalize)", required[i]);

	struct classifier c;
	classifier_init(&c);
	zb_out out;
	if (zb_out_open(&out, o.out ? o.out : "-") != 0)
		zb_die(ZB_EXIT_DATA, o.out, 0, "cannot write: %s", strerror(errno));
	zb_csv_writer w;
	zb_csv_writer_init(&w, out.fp, o.safe);

	int status = run(r, &c, &w);

	classifier_free(&c);
	zb_csv_close(r);
	return zb_out_finish(&out, status);
}

/* ---- the data flow ------------------------------------------------------- */

static int is_text_col(const zb_field *name)
{
	for (size_t i = 0; i < sizeof text_cols / sizeof *text_cols; i++)
		if (strlen(text_cols[i]) == name->len && memcmp(text_cols[i], name->ptr, name->len) == 0)
			return 1;
	return 0;
}

static struct span field(const zb_field *f, int col)
{
	return col < 0 ? (struct span){"", 0} : (struct span){f[col].ptr, f[col].len};
}

/* Parse the offset column; place the mention in its clause.  Returns an
 * error message, or NULL. */
static const char *locate(struct row *r, struct span offset)
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

static int keep(char **buf, size_t *cap, struct span s)
{
	if (s.n + 1 > *cap) {
		char *p = realloc(*buf, s.n + 1);
		if (!p)
			return -1;
		*buf = p;
		*cap = s.n + 1;
	}
	memcpy(*buf, s.p, s.n);
	(*buf)[s.n] = '\0';
	return 0;
}

static long to_line(struct span s)
{
	long v = 0;
	for (size_t i = 0; i < s.n && v < 100000000; i++)
		if (s.p[i] >= '0' && s.p[i] <= '9')
			v = v * 10 + (s.p[i] - '0');
		else
			return -1;
	return s.n ? v : -1;
}

/* Take the previous row's subject when this one has none, then remember
 * this row's.  Returns -1 when out of memory. */
static int carry_subject(struct carry *k, struct span doc, struct span line, const struct row *r, struct result *res)
{
	if (res->type == ZB_TYPE_DATE || res->type == ZB_TYPE_PERIOD || line.n == 0)
		return 0;
	if (!zb_types[res->type].metric) {   /* a new statement: 指数为142，同比上涨42% */
		k->set = 0;
		return 0;
	}
	long ln = to_line(line);
	int takes = res->type == ZB_TYPE_CHANGE || res->type == ZB_TYPE_PERCENT ||
		    res->type == ZB_TYPE_RANK || res->type == ZB_TYPE_TOP;
	static const char respectively[] = "分别";   /* respective figures: no single subject */
	int resp = 0;
	for (size_t i = 0; i + sizeof respectively - 1 <= r->off && !resp; i++)
		resp = memcmp(r->clause.p + i, respectively, sizeof respectively - 1) == 0;
	if (res->subject.n == 0 && takes && !resp && k->set && ln >= k->line && ln - k->line <= CARRY_LINES &&
	    strlen(k->doc) == doc.n && memcmp(k->doc, doc.p, doc.n) == 0)
		res->subject = (struct span){k->subject, k->subject_len};
	if (res->subject.p == k->subject)
		return k->line = ln, 0;
	if (keep(&k->doc, &k->doc_cap, doc) || keep(&k->subject, &k->subject_cap, res->subject))
		return -1;
	k->subject_len = res->subject.n;
	k->line = ln;
	k->set = 1;
	return 0;
}

static int run(zb_csv_reader *r, const struct classifier *c, zb_csv_writer *w)
{
	int col[NREQ], idx[NADD];
	for (int i = 0; i < NREQ; i++)
		col[i] = zb_csv_col(r, required[i]);
	int unit_text = zb_csv_col(r, "unit_text");
	int doc = zb_csv_col(r, "doc"), line = zb_csv_col(r, "line");
	struct carry carry = {0};
	int nin = (int)zb_csv_ncols(r);
	int nout = zb_csv_schema(r, added, NADD, idx);

	/* What goes in each output column, decided once. */
	int *from_add = malloc((size_t)nout * sizeof *from_add);
	int *text = malloc((size_t)nout * sizeof *text);
	if (!from_add || !text) {
		free(from_add);
		free(text);
		zb_warn(zb_csv_name(r), 0, "out of memory");
		return ZB_EXIT_DATA;
	}
	const zb_field *head = zb_csv_header(r);
	for (int i = 0; i < nout; i++) {
		from_add[i] = -1;
		text[i] = i < nin && is_text_col(&head[i]);
	}
	for (int k = 0; k < NADD; k++) {
		from_add[idx[k]] = k;
		text[idx[k]] = k == A_SUBJECT;
	}
	for (int i = 0; i < nout; i++)
		zb_csv_puts(w, from_add[i] >= 0 ? added[from_add[i]] : head[i].ptr);
	zb_csv_end_row(w);

	int status = ZB_EXIT_OK, st;
	const zb_field *f;
	while ((st = zb_csv_next(r, &f)) == ZB_CSV_ROW) {
		struct row in = {
			.kind = field(f, col[C_KIND]), .mention = field(f, col[C_MENTION]),
			.scope_text = field(f, col[C_SCOPE_TEXT]), .clause = field(f, col[C_CLAUSE]),
			.unit = field(f, col[C_UNIT]), .unit_text = field(f, unit_text),
			.has_unit_text = unit_text >= 0,
		};
		const char *bad = locate(&in, field(f, col[C_OFFSET]));
		if (bad) {
			zb_warn(zb_csv_name(r), zb_csv_line(r), "%s: '%s'", bad,
				zb_excerpt(f[col[C_OFFSET]].ptr, f[col[C_OFFSET]].len, 40));
			status = ZB_EXIT_DATA;
			break;
		}
		struct result res;
		classify(c, &in, &res);
		if (carry_subject(&carry, field(f, doc), field(f, line), &in, &res) != 0) {
			zb_warn(zb_csv_name(r), zb_csv_line(r), "out of memory");
			status = ZB_EXIT_DATA;
			break;
		}
		struct span cell[NADD] = {
			[A_TYPE] = {zb_types[res.type].name, strlen(zb_types[res.type].name)},
			[A_SCOPE] = {zb_scopes[res.scope].name, strlen(zb_scopes[res.scope].name)},
			[A_BASIS] = {zb_bases[res.basis].name, strlen(zb_bases[res.basis].name)},
			[A_PERIOD] = res.period,
			[A_SUBJECT] = res.subject,
		};
		for (int i = 0; i < nout; i++) {
			struct span s = from_add[i] >= 0 ? cell[from_add[i]] : field(f, i);
			if (text[i])
				zb_csv_put_text(w, s.p, s.n);
			else
				zb_csv_put(w, s.p, s.n);
		}
		zb_csv_end_row(w);
		if (ferror(w->fp)) {
			status = ZB_EXIT_DATA;
			break;
		}
	}
	if (st == ZB_CSV_ERROR) {
		zb_warn(zb_csv_name(r), zb_csv_line(r), "%s", zb_csv_error(r));
		status = ZB_EXIT_DATA;
	}
	free(from_add);
	free(text);
	free(carry.doc);
	free(carry.subject);
	return status;
}

/* ---- reading a clause ------------------------------------------------------ */

static struct span sub(struct span s, size_t from, size_t to)
{
	return (struct span){s.p + from, to - from};
}

/* Start of the segment holding byte pos: just after the last break before
 * it (list breaks such as 、 count only when list is set). */
static size_t seg_start(const struct classifier *c, struct span s, size_t pos, int list)
{
	size_t start = 0;
	for (zb_kw_hit h = zb_kw_next(c->brk, s.p, pos, 0); h.row; h = zb_kw_next(c->brk, s.p, pos, h.off + h.len))
		if (list || h.row->cls == ZB_BREAK_HARD)
			start = h.off + h.len;
	return start;
}

/* End of the segment starting at pos: the next break of any kind. */
static size_t seg_end(const struct classifier *c, struct span s, size_t pos)
{
	return zb_kw_next(c->brk, s.p, s.n, pos).off;
}

/* The cue of the mention, read from the start of its segment to its end (连续
 * is inside 连续两年): the last
 * change, level or duration word wins; 至/到 right after a change word make
 * it the new level; neutral words leave the cue as it was. */
static enum zb_cue cue_before(const struct classifier *c, const struct row *r)
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
static int in_quotes(const struct classifier *c, const struct row *r)
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
static int name_next_to(const struct classifier *c, const struct row *r)
{
	if (!r->has_unit_text || r->unit_text.n > 0)
		return 0;
	zb_kw_hit after = zb_kw_at(c->mark, r->clause.p + r->end, r->clause.n - r->end);
	zb_kw_hit before = zb_kw_suffix(c->mark, r->clause.p, r->off);
	return (after.row && (after.row->cls == ZB_MARK_NAME_AFTER || after.row->cls == ZB_MARK_NAME_JOIN)) ||
	       (before.row && before.row->cls == ZB_MARK_NAME_JOIN);
}

static enum zb_type decide_type(const struct classifier *c, const struct row *r)
{
	const zb_kind_rule *k = zb_kind_rule_find(r->kind.p, r->kind.n);
	int t = k ? k->type : ZB_TYPE_BY_UNIT;
	if (t == ZB_TYPE_BY_UNIT) {
		const zb_unit_rule *u = zb_unit_rule_find(r->unit.p, r->unit.n);
		if (!u)
			return ZB_TYPE_OTHER;
		enum zb_cue cue = cue_before(c, r);
		t = u->type[cue];
		if (t == ZB_TYPE_DURATION && cue != ZB_CUE_DURATION &&
		    zb_kw_at(c->span, r->clause.p + r->end, r->clause.n - r->end).row)
			t = ZB_TYPE_PERIOD;   /* 五年来, 三年行动计划 */
		if ((zb_types[t].metric || t == ZB_TYPE_OTHER) && name_next_to(c, r))
			return ZB_TYPE_NAME;
	}
	if (zb_types[t].metric && in_quotes(c, r))
		return ZB_TYPE_NAME;
	return (enum zb_type)t;
}

/* The scope of a claim (claims.c's scope words): the word in scope_text,
 * else one in the mention, else the last one before it in the clause. */
static enum zb_scope scope_word_in(struct span s, int last, int *found)
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

static enum zb_scope decide_scope(const struct row *r)
{
	int found;
	enum zb_scope s = scope_word_in(r->scope_text, 0, &found);
	if (found || r->scope_text.n > 0)
		return s;
	s = scope_word_in(r->mention, 0, &found);
	if (found)
		return s;
	return scope_word_in((struct span){r->clause.p, r->off}, 1, &found);
}

/* The last period said before the mention that is not a comparison base
 * (比去年, 去年全年的); periods written next to each other join. */
static struct span decide_period(const struct classifier *c, const struct row *r)
{
	const char *s = r->clause.p;
	size_t from = 0, to = 0, ref_end = (size_t)-1;
	int found = 0;
	for (zb_kw_hit h = zb_kw_next(c->period, s, r->off, 0); h.row; h = zb_kw_next(c->period, s, r->off, h.off + h.len)) {
		size_t end = h.off + h.len;
		zb_kw_hit before = zb_kw_suffix(c->ref, s, h.off);
		zb_kw_hit after = zb_kw_at(c->ref, s + end, r->clause.n - end);
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
	return found ? sub(r->clause, from, to) : (struct span){"", 0};
}

/* ---- subject --------------------------------------------------------------- */

static size_t span_chars(struct span s)
{
	size_t k = 0;
	for (size_t i = 0; i < s.n; i += zb_utf8_len(s.p + i, s.n - i))
		k++;
	return k;
}

/* Drop a quote mark at either end that is not matched inside: the subject
 * 县市区“快试快推” keeps its quotes, 示范点” loses its close quote. */
static struct span unquote(const struct classifier *c, struct span s)
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
static struct span trim(const struct classifier *c, struct span s)
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

static int is_letter(struct span s, size_t i)
{
	return i < s.n && ((s.p[i] >= 'A' && s.p[i] <= 'Z') || (s.p[i] >= 'a' && s.p[i] <= 'z'));
}

/* The first Arabic number in s, as [*from, *to) with its magnitude, unit and
 * qualifiers (10.3万名, 507宗); 0 when there is none.  With last, the last. */
static int find_number(struct span s, int last, size_t *from, size_t *to)
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
static struct span words_before(const struct classifier *c, struct span s)
{
	size_t from, to;
	s = trim(c, s);
	if (find_number(s, 1, &from, &to)) {
		struct span rest = trim(c, sub(s, to, s.n));
		return rest.n ? rest : trim(c, sub(s, 0, from));
	}
	return s;
}

/* The noun phrase right after a count: up to a verb that ends it or another
 * number, or the contents of a quote that starts it. */
static struct span noun_after(const struct classifier *c, struct span s)
{
	zb_kw_hit q = zb_kw_at(c->mark, s.p, s.n);
	if (q.row && q.row->cls == ZB_MARK_OPEN) {
		zb_kw_hit close = zb_kw_next(c->mark, s.p, s.n, q.len);
		return close.row && close.row->cls == ZB_MARK_CLOSE ? sub(s, q.len, close.off) : (struct span){"", 0};
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
static struct span cap(struct span s, int keep_tail)
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
static struct span decide_subject(const struct classifier *c, const struct row *r, enum zb_type type)
{
	struct span cl = r->clause;
	struct span before = words_before(c, sub(cl, seg_start(c, cl, r->off, 1), r->off));
	struct span after = noun_after(c, sub(cl, r->end, seg_end(c, cl, r->end)));
	int after_first = type == ZB_TYPE_COUNT || type == ZB_TYPE_FIRST;
	if (after_first && after.n)
		return unquote(c, cap(after, 0));
	if (before.n || type == ZB_TYPE_DURATION)   /* 连续两年全省第一: not 第一 */
		return unquote(c, cap(before, 1));
	return unquote(c, cap(after, 0));
}

static void classify(const struct classifier *c, const struct row *r, struct result *out)
{
	out->type = decide_type(c, r);
	out->scope = zb_types[out->type].claim ? decide_scope(r) : ZB_SCOPE_NONE;
	out->basis = ZB_BASIS_NONE;
	if (out->type == ZB_TYPE_CHANGE) {
		zb_kw_hit h = zb_kw_last(c->basis, r->clause.p, r->off);
		if (h.row)
			out->basis = (enum zb_basis)h.row->cls;
	}
	int metric = zb_types[out->type].metric;
	out->period = metric ? decide_period(c, r) : (struct span){"", 0};
	out->subject = metric ? decide_subject(c, r, out->type) : (struct span){"", 0};
}

/* ---- setup ------------------------------------------------------------------- */

static void classifier_init(struct classifier *c)
{
	struct { zb_kw_index **ix; const zb_keyword_table *t; } build[] = {
		{&c->cue, &zb_kw_cue}, {&c->basis, &zb_kw_basis},
		{&c->period, &zb_kw_period}, {&c->ref, &zb_kw_period_ref}, {&c->mark, &zb_kw_mark}, {&c->span, &zb_kw_span_after},
		{&c->brk, &zb_kw_break}, {&c->head, &zb_kw_subject_head}, {&c->tail, &zb_kw_subject_tail},
		{&c->stop, &zb_kw_subject_stop},
	};
	for (size_t i = 0; i < sizeof build / sizeof *build; i++)
		if (!(*build[i].ix = zb_kw_index_new(build[i].t)))
			zb_die(ZB_EXIT_DATA, NULL, 0, "out of memory");
}

static void classifier_free(struct classifier *c)
{
	zb_kw_index *all[] = {c->cue, c->basis, c->period, c->ref, c->mark, c->span, c->brk,
			      c->head, c->tail, c->stop};
	for (size_t i = 0; i < sizeof all / sizeof *all; i++)
		zb_kw_index_free(all[i]);
}

static void usage(void)
{
	printf("Usage: %s [OPTION]... [FILE]\n"
	       "Add the columns type, scope, basis, period and subject to the CSV of\n"
	       "zb-extract | zb-normalize read from FILE (standard input when FILE is - or absent).\n"
	       "\n"
	       "Options:\n"
	       "  -o, --output=FILE  write to FILE, whole or not at all\n"
	       "      --safe-csv     prefix ' to text cells (mention, clause, title, subject)\n"
	       "                     starting with = + - @, against spreadsheet formulas\n"
	       "      --keywords     list every keyword table and exit\n"
	       "      --help         display this help and exit\n"
	       "      --version      output version information and exit\n"
	       "\n"
	       "Types (type column; the first %d are metrics):\n", zb_progname(), ZB_TYPE_DATE);
	for (int i = 0; i < ZB_NTYPES; i++)
		printf("  %-9s  %s (%s)\n", zb_types[i].name, zb_types[i].help, zb_types[i].example);
	printf("\nScopes of rank, first and top claims (scope column):\n");
	for (int i = 1; i < ZB_NSCOPES; i++)
		printf("  %-9s  %s (%s)\n", zb_scopes[i].name, zb_scopes[i].help, zb_scopes[i].example);
	printf("\nBases of changes (basis column; empty when none is written):\n");
	for (int i = 1; i < ZB_NBASES; i++)
		printf("  %-9s  %s (%s)\n", zb_bases[i].name, zb_bases[i].help, zb_bases[i].example);
	printf("\nThe period column is the time the clause gives for the figure (1至5月份,\n"
	       "上半年); subject is a short phrase naming what the number measures.\n"
	       "\nColumns read: ");
	for (int i = 0; i < NREQ; i++)
		printf("%s%s", required[i], i + 1 < NREQ ? ", " : " (required); unit_text if present.\n");
	printf("\nExit status: 0 success, 1 bad input data or a failed write, 2 bad command line.\n"
	       "\nExample:\n  zb-extract report.txt | zb-normalize | zb-classify -o metrics.csv\n");
}

static void list_keywords(void)
{
	for (size_t t = 0; t < zb_nkeyword_tables; t++) {
		const zb_keyword_table *k = zb_keyword_tables[t];
		printf("%s%s: %s\n", t ? "\n" : "", k->name, k->help);
		for (size_t i = 0; i < k->nrows; i++)
			printf("  %s\t%s\t%s\n", k->rows[i].word, k->ncls > 1 ? k->cls_names[k->rows[i].cls] : "",
			       k->rows[i].example);
	}
}

static struct opts parse_args(int argc, char **argv)
{
	enum { OPT_SAFE = 256, OPT_KEYWORDS, OPT_HELP, OPT_VERSION };
	static const struct option longopts[] = {
		{"output", required_argument, NULL, 'o'},
		{"safe-csv", no_argument, NULL, OPT_SAFE},
		{"keywords", no_argument, NULL, OPT_KEYWORDS},
		{"help", no_argument, NULL, OPT_HELP},
		{"version", no_argument, NULL, OPT_VERSION},
		{NULL, 0, NULL, 0},
	};
	struct opts o = {NULL, NULL, 0};
	int ch;
	opterr = 0;
	while ((ch = getopt_long(argc, argv, "o:", longopts, NULL)) != -1) {
		switch (ch) {
		case 'o':
			o.out = optarg;
			break;
		case OPT_SAFE:
			o.safe = 1;
			break;
		case OPT_KEYWORDS:
			list_keywords();
			exit(fflush(stdout) == 0 && !ferror(stdout) ? ZB_EXIT_OK : ZB_EXIT_DATA);
		case OPT_HELP:
			usage();
			exit(fflush(stdout) == 0 && !ferror(stdout) ? ZB_EXIT_OK : ZB_EXIT_DATA);
		case OPT_VERSION:
			zb_version();
		default:
			if (optopt == 'o')
				zb_usage_error("option -o needs a file name");
			zb_usage_error("unknown option '%s'", argv[optind - 1]);
		}
	}
	if (argc - optind > 1)
		zb_usage_error("one input file at most, got %d", argc - optind);
	if (optind < argc)
		o.in = argv[optind];
	return o;
}
