/* extract.c - paragraphs, headings and numeric mentions (see extract.h).
 *
 * Two layers: the paragraph assembler (lines -> paragraphs, headings ->
 * section, department, chapter, item) and the scanner (a paragraph ->
 * clauses -> mentions).  What counts as a unit, qualifier, scope or rank word
 * comes from the tables in units.c and claims.c. */
#include "extract.h"
#include "claims.h"
#include "keywords.h"
#include "numeral.h"
#include "units.h"
#include "utf8.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

const char *const zb_mention_columns[] = {
	"section", "department", "chapter", "item", "title", "line", "kind", "mention", "number",
	"qualifier", "unit_text", "scope_text", "clause", "offset", "lead", "clause_no", "prev_clause", "sentence", NULL,
};

#define MAX_TEXT 512        /* department, chapter and title are cut here */
#define CLAIM_GAP 20        /* plain characters allowed between scope and rank word */
#define SCOPE_WORDS 6       /* of them, at most this many qualify the scope (全国工商联系统第2名) */
#define MAX_MENTIONS 256    /* per clause; more are written in batches */
#define MAX_MAGNITUDES 4    /* 百亿亿 is three magnitude words; more is not a unit */
#define CLAUSE_WINDOW 240   /* bytes of a long clause kept on each side of a mention */
#define PREV_CLAUSE_BYTES 96  /* of a clause with no mention, kept as the next one's prev_clause */
#define LEAD_CHARS 12       /* a sentence's first clause as long as this can be its lead */
#define PARAGRAPH_SOFT (1u << 20)  /* a longer paragraph ends at its next full stop */
#define PARAGRAPH_HARD (16u << 20) /* and at any line past this */

struct line_start {
	size_t off;
	long line;
};

struct found {
	enum zb_kind kind;
	size_t start, end;            /* the mention, offsets in the paragraph */
	size_t num, num_end;          /* the number */
	size_t qual, qual_len;        /* first qualifier */
	size_t mag, mag_len;          /* magnitude words before the unit */
	size_t unit, unit_len;        /* unit word (or rank word) */
	size_t scope, scope_len;
	const char *value_word;       /* rank value fixed by the word, e.g. "1" */
	int inherited;                /* unit taken from the next item of a 、 list */
};

struct zb_extractor {
	zb_mention_fn emit;
	void *ctx;
	/* document state */
	long section, item;
	char department[MAX_TEXT], chapter[MAX_TEXT], title[MAX_TEXT];
	size_t department_len, chapter_len, title_len;
	/* the paragraph being assembled */
	char *para;
	size_t len, cap;
	size_t body;                  /* scanning starts here (after an item marker) */
	int item_paragraph;           /* the paragraph opened with an item marker */
	int heading_paragraph;        /* a chapter heading: the next line starts anew */
	struct line_start *lines;
	size_t nlines, lines_cap;
	/* scanner state */
	unsigned char wakes[0x10000 / 8];  /* code points the scanner acts on */
	struct found found[MAX_MENTIONS];
	size_t nfound;
	size_t lead, lead_len;        /* the sentence's lead (see zb_mention) in para */
	size_t prev, prev_len;        /* the clause before the one being read, in its sentence, when it holds no mention */
	long clause_no;               /* of the one being read, in its sentence */
	long sentence;                /* the sentence's number in the document */
	const zb_kw_index *period_words;  /* zb-classify's: a lead must hold one */
	const zb_kw_index *quotes;        /* a number inside is a name */
	const zb_kw_index *name_marks;    /* 5G, 1+N: a number beside one is a name */
	char numbuf[MAX_TEXT];
	char unitbuf[MAX_TEXT];
};

static uint32_t cp_at(const char *s, size_t n, size_t i, size_t *k)
{
	uint32_t cp = 0;
	*k = i < n ? zb_utf8_decode((const unsigned char *)s + i, n - i, &cp) : 0;
	if (*k == 0) {
		*k = i < n ? 1 : 0;
		return i < n ? 0xFFFD : 0;
	}
	return cp;
}

static uint32_t cp_before(const char *s, size_t i)
{
	if (i == 0)
		return 0;
	size_t j = zb_utf8_prev(s, i), k;
	return cp_at(s, i, j, &k);
}

static int starts(const char *s, size_t n, size_t i, const char *w)
{
	return i < n && zb_prefix(s + i, n - i, w) > 0;
}

static int is_ascii_alpha(uint32_t c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }
static int is_digit_cp(uint32_t c) { return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19); }
static int is_han(uint32_t c) { return c >= 0x4E00 && c <= 0x9FFF; }

static int is_space_cp(uint32_t c) { return c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0; }

/* Clause ends: 。，；！？ and their ASCII forms; 、 does not end a clause. */
static int ends_clause(uint32_t c)
{
	switch (c) {
	case 0x3002: case 0xFF0C: case 0xFF1B: case 0xFF01: case 0xFF1F:
	case ';': case '!': case '?': case 0xFF0E /* ． as full stop is rare */:
		return 1;
	}
	return 0;
}

static int ends_sentence(uint32_t c) { return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == '!' || c == '?'; }

static void copy_text(char *dst, size_t *dlen, const char *s, size_t n)
{
	if (n >= MAX_TEXT) {
		n = MAX_TEXT - 1;
		while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--;  /* cut on a character boundary; s[n] is only read when n was cut */
	}
	memcpy(dst, s, n);
	*dlen = n;
}

static void wake_on(zb_extractor *x, uint32_t cp)
{
	if (cp < 0x10000)
		x->wakes[cp >> 3] |= (unsigned char)(1u << (cp & 7));
}

static void wake_on_word(zb_extractor *x, const char *w)
{
	size_t k;
	wake_on(x, cp_at(w, strlen(w), 0, &k));
}

/* Most characters of a report start nothing the scanner looks for: mark the
 * ones that do (from the tables), so the scan steps over the others at once. */
static void build_wakes(zb_extractor *x)
{
	for (uint32_t c = 0; c < 0x80; c++)
		wake_on(x, c);  /* ASCII: digits, punctuation, letters next to numbers */
	for (uint32_t c = 0x2000; c < 0x3040; c++)
		wake_on(x, c);  /* quotes, CJK punctuation, 〇 */
	for (uint32_t c = 0xFF00; c < 0xFF70; c++)
		wake_on(x, c);  /* full-width digits and punctuation */
	static const char *const numerals[] = {
		"零", "〇", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "万", "亿",
		"第", NULL,
	};
	for (int i = 0; numerals[i]; i++)
		wake_on_word(x, numerals[i]);
	for (size_t i = 0; i < zb_nscope_words; i++)
		wake_on_word(x, zb_scope_words[i].surface);
	for (size_t i = 0; i < zb_nrank_words; i++)
		wake_on_word(x, zb_rank_words[i].surface);
	for (const char *c = zb_place_group_names; *c; c += zb_utf8_len(c, strlen(c))) {   /* 豫北五市 */
		char one[5] = {0};
		memcpy(one, c, zb_utf8_len(c, strlen(c)));
		wake_on_word(x, one);
	}
}

zb_extractor *zb_extractor_new(zb_mention_fn emit, void *ctx)
{
	zb_extractor *x = calloc(1, sizeof *x);
	if (!x)
		return NULL;
	x->emit = emit;
	x->ctx = ctx;
	build_wakes(x);
	/* One index of each for every extractor of the process: building one
	 * walks the code points, too slow to do per document (fuzzing makes
	 * thousands). */
	static zb_kw_index *period_words, *quotes, *name_marks;
	if ((!period_words && !(period_words = zb_kw_index_new(&zb_kw_period))) ||
	    (!quotes && !(quotes = zb_kw_index_new(&zb_kw_quote))) ||
	    (!name_marks && !(name_marks = zb_kw_index_new(&zb_kw_name_mark)))) {
		free(x);
		return NULL;
	}
	x->period_words = period_words;
	x->quotes = quotes;
	x->name_marks = name_marks;
	return x;
}

void zb_extractor_free(zb_extractor *x)
{
	if (!x)
		return;
	free(x->para);
	free(x->lines);
	free(x);
}

/* ---- writing mentions ---- */

static long line_of(const zb_extractor *x, size_t off)
{
	size_t lo = 0, hi = x->nlines;
	while (hi - lo > 1) {
		size_t mid = (lo + hi) / 2;
		if (x->lines[mid].off <= off)
			lo = mid;
		else
			hi = mid;
	}
	return x->nlines ? x->lines[lo].line : 0;
}

static zb_text span(const char *p, size_t a, size_t n) { return (zb_text){p + a, n}; }

static void emit_found(zb_extractor *x, size_t cs0, size_t ce0)
{
	const char *p = x->para;
	for (size_t i = 0; i < x->nfound; i++) {
		struct found *f = &x->found[i];
		/* A clause without punctuation can be huge (a table flattened by
		 * OCR): write a window around the mention, not all of it per row. */
		size_t cs = cs0, ce = ce0;
		if (ce - cs > 4 * CLAUSE_WINDOW) {
			if (f->start > cs + CLAUSE_WINDOW)
				cs = zb_utf8_prev(p, f->start - CLAUSE_WINDOW + 1);
			if (f->end + CLAUSE_WINDOW < ce)
				ce = zb_utf8_prev(p, f->end + CLAUSE_WINDOW + 1);
		}
		zb_mention m = {
			.section = x->section,
			.department = {x->department, x->department_len},
			.chapter = {x->chapter, x->chapter_len},
			.item = x->item,
			.title = {x->title, x->title_len},
			.line = line_of(x, f->start),
			.kind = f->kind,
			.mention = span(p, f->start, f->end - f->start),
			.number = span(p, f->num, f->num_end - f->num),
			.qualifier = span(p, f->qual, f->qual_len),
			.scope_text = span(p, f->scope, f->scope_len),
			.clause = span(p, cs, ce - cs),
			.offset = f->start - cs,
			.lead = cs0 > x->lead ? span(p, x->lead, x->lead_len) : span(p, 0, 0),
			.clause_no = x->clause_no,
			.prev_clause = span(p, x->prev, x->prev_len),
			.sentence = x->sentence,
		};
		if (f->value_word && f->num_end == f->num)
			m.number = (zb_text){f->value_word, strlen(f->value_word)};
		if (f->mag_len + f->unit_len < sizeof x->unitbuf) {
			memcpy(x->unitbuf, p + f->mag, f->mag_len);
			memcpy(x->unitbuf + f->mag_len, p + f->unit, f->unit_len);
			m.unit_text = (zb_text){x->unitbuf, f->mag_len + f->unit_len};
		}
		x->emit(x->ctx, &m);
	}
	x->nfound = 0;
}

/* Words joining the items of a list of numbers: 12、15, 2015和2016年. */
static const char *const list_joiners[] = {"、", "和", "及", "与", "或", NULL};

static int list_joiner(const char *p, size_t a_end, size_t b_start)
{
	for (int i = 0; list_joiners[i]; i++)
		if (b_start == a_end + strlen(list_joiners[i]) && starts(p, b_start, a_end, list_joiners[i]))
			return 1;
	return 0;
}

/* In "732.8万、198.4万、130.1万人" the measure word is written once, after
 * the last number: the others take it. */
static void share_list_units(zb_extractor *x)
{
	const char *p = x->para;
	for (size_t i = x->nfound; i-- > 1;) {
		struct found *a = &x->found[i - 1], *b = &x->found[i];
		if (a->unit_len || a->kind != ZB_KIND_NUMBER || !b->unit_len || !zb_kinds[b->kind].lends_unit)
			continue;
		if (list_joiner(p, a->end, b->start)) {
			a->unit = b->unit;
			a->unit_len = b->unit_len;
			a->inherited = 1;
			a->kind = b->kind;
		}
	}
}

static void add_found(zb_extractor *x, const struct found *f, size_t cs, size_t ce_guess)
{
	if (x->nfound == MAX_MENTIONS) {
		share_list_units(x);
		emit_found(x, cs, ce_guess);
	}
	x->found[x->nfound++] = *f;
}

/* ---- the scanner ---- */

/* The "/吨" of 2800元/吨 at i: a slash and a unit of the table, magnitude
 * words allowed (/万元), or one Han character (元/度); its length, or 0. */
static size_t per_unit_at(const char *p, size_t n, size_t i)
{
	size_t slash = i < n ? zb_slash_at(p + i, n - i) : 0, k;
	if (!slash)
		return 0;
	long double factor;
	size_t mag = zb_magnitude_match(p + i + slash, n - i - slash, &factor);   /* 吨标准煤/万元 */
	const zb_unit *u = zb_unit_match(p + i + slash + mag, n - i - slash - mag);
	if (u)
		return slash + mag + strlen(u->surface);
	return is_han(cp_at(p, n, i + slash, &k)) ? slash + k : 0;
}

/* Does a name mark (5G, PM2.5, 1+N) stand right before or after p[i, e)? */
static int name_mark_beside(const zb_extractor *x, size_t i, size_t e, size_t n)
{
	const char *p = x->para;
	size_t before = zb_utf8_prev(p, i);
	zb_kw_hit h;
	return zb_kw_at(x->name_marks, p + e, n - e).row ||
	       (before < i && (h = zb_kw_at(x->name_marks, p + before, i - before)).row && h.len == i - before);
}

/* A number with what touches it: qualifiers, magnitude, unit.  Returns the
 * end of what it took (> i), or i when there is no mention at i. */
static size_t scan_number(zb_extractor *x, size_t i, size_t n, int quoted, size_t cs)
{
	const char *p = x->para;
	zb_num num;
	size_t k = zb_num_scan(p + i, n - i, &num);
	if (k == 0)
		return i;
	size_t e = i + k, kk;
	struct found f = {.kind = ZB_KIND_NUMBER, .start = i, .num = i, .num_end = e};
	uint32_t prev = cp_before(p, i), next = cp_at(p, n, e, &kk);

	/* Numbers in names: 5G, PM2.5, G20, 1+N, and anything in quotes. */
	if (quoted || name_mark_beside(x, i, e, n)) {
		if (num.form == ZB_NUM_ARABIC) {
			f.kind = ZB_KIND_NAME;
			f.end = e;
			add_found(x, &f, cs, n);
		}
		return e;
	}
	if (prev == 0x5C4A /* 届: 八届二次 */) {
		return e;
	}
	/* A minus sign: 增长-3.4%, 为－0.5%; not the dash of a range (1-9月),
	 * which has a digit before it. */
	size_t m = i > 0 ? zb_utf8_prev(p, i) : i;
	if (num.form == ZB_NUM_ARABIC && m < i && zb_minus_sign_at(p + m, i - m) == i - m) {
		uint32_t before = cp_before(p, m);
		if (m >= cs && !is_digit_cp(before) && !is_ascii_alpha(before) && before != '-' && before != '.') {
			f.start = f.num = m;
			i = m;
		}
	}
	const zb_qualifier *q = zb_qualifier_before(p, i, ZB_QUAL_BEFORE);
	if (!q && num.form == ZB_NUM_MAGNITUDE && zb_unit_match(p + e, n - e))
		q = zb_qualifier_before(p, i, ZB_QUAL_BEFORE_MAGNITUDE);  /* 上百家, not 成千上万的 */
	if (q && i - strlen(q->surface) >= cs) {
		f.start = i - strlen(q->surface);
		f.qual = f.start;
		f.qual_len = strlen(q->surface);
	}
	if (num.form == ZB_NUM_MAGNITUDE && !f.qual_len) {
		/* 万家灯火: a bare 万 counts only after 超, 突破, 近, 上 or before 余/多
		 * and a unit (千余人次, 百余家) */
		const zb_qualifier *mid = zb_qualifier_at(p + e, n - e, ZB_QUAL_AFTER_NUMBER);
		if (!mid || !zb_unit_match(p + e + strlen(mid->surface), n - e - strlen(mid->surface)))
			return e;
	}
	int chinese = num.form == ZB_NUM_CHINESE || num.form == ZB_NUM_MAGNITUDE;
	const zb_unit *one_unit;
	if (num.form == ZB_NUM_CHINESE && num.digits == 1 && num.value == 1 &&
	    (!(one_unit = zb_unit_match(p + e, n - e)) || one_unit->cn != ZB_CN_ONE_COUNTS))
		return e;  /* a lone 一 is a word (一批, 一线), not a count; 一倍 is */

	/* Ratios: 1.23：1, 87：9：4 */
	if (num.form == ZB_NUM_ARABIC && (next == 0xFF1A || next == ':')) {
		size_t j = e;
		zb_num t;
		size_t kt;
		while ((starts(p, n, j, "：") || starts(p, n, j, ":")) &&
		       (kt = zb_num_scan(p + j + (p[j] == ':' ? 1 : 3), n - j - (p[j] == ':' ? 1 : 3), &t)) &&
		       t.form == ZB_NUM_ARABIC)
			j += (p[j] == ':' ? 1 : 3) + kt;
		if (j > e) {
			f.num_end = f.end = j;
			add_found(x, &f, cs, n);
			return j;
		}
	}
	/* Fractions with a slash: 约1/3的村 (a smaller whole number over a
	 * larger; 2023/5/1 and 5/1 are dates) */
	size_t slash = zb_slash_at(p + e, n - e);
	if (num.form == ZB_NUM_ARABIC && num.integer && slash) {
		size_t j = e + slash, kt;
		zb_num t;
		if ((kt = zb_num_scan(p + j, n - j, &t)) && t.form == ZB_NUM_ARABIC && t.integer &&
		    t.value > num.value && num.value > 0) {
			if (!zb_slash_at(p + j + kt, n - j - kt) && !starts(p, n, j + kt, ".")) {
				f.num_end = f.end = j + kt;
				const zb_qualifier *q2 = zb_qualifier_at(p + f.end, n - f.end, ZB_QUAL_AFTER_UNIT);
				if (q2 && !f.qual_len) {   /* 2/3以上 */
					f.qual = f.end;
					f.qual_len = strlen(q2->surface);
					f.end += f.qual_len;
				}
				add_found(x, &f, cs, n);
				return f.end;
			}
		}
	}
	/* Ranges of time: 1至5月份, 2023—2025年度 */
	static const char *const range_marks[] = {"至", "到", "—", "－", "-", "~", "～", "–", NULL};
	for (int r = 0; range_marks[r]; r++)
		if (starts(p, n, e, range_marks[r])) {
			size_t j = e + strlen(range_marks[r]);
			zb_num t;
			size_t kt = zb_num_scan(p + j, n - j, &t);
			const zb_unit *u = kt ? zb_unit_match(p + j + kt, n - j - kt) : NULL;
			if (u && u->kind != ZB_UK_METRIC) {
				f.kind = ZB_KIND_PERIOD;
				f.num_end = j + kt;
				f.unit = j + kt;
				f.unit_len = strlen(u->surface);
				f.end = f.unit + f.unit_len;
				add_found(x, &f, cs, n);
				return f.end;
			}
			break;
		}

	size_t j = e;
	const zb_qualifier *mid = zb_qualifier_at(p + j, n - j, ZB_QUAL_AFTER_NUMBER);
	size_t after_mid = mid ? j + strlen(mid->surface) : j;
	long double factor;
	const zb_unit *u = NULL;
	if (mid && (zb_magnitude_match(p + after_mid, n - after_mid, &factor) ||
		    zb_unit_match(p + after_mid, n - after_mid))) {
		if (!f.qual_len) {
			f.qual = j;
			f.qual_len = after_mid - j;
		}
		j = after_mid;
	}
	if (!chinese || !num.integer) {  /* 3.5万, 三点五亿 */
		f.mag = j;
		for (int words = 0; words < MAX_MAGNITUDES; words++) {
			u = zb_unit_match(p + j, n - j);
			size_t ml = zb_magnitude_match(p + j, n - j, &factor);
			if (!ml || (u && strlen(u->surface) > ml))
				break;
			j += ml;
		}
		f.mag_len = j - f.mag;
		/* 71万余人次: the qualifier stands after the magnitude */
		mid = f.mag_len ? zb_qualifier_at(p + j, n - j, ZB_QUAL_AFTER_NUMBER) : NULL;
		if (mid && zb_unit_match(p + j + strlen(mid->surface), n - j - strlen(mid->surface))) {
			if (!f.qual_len) {
				f.qual = j;
				f.qual_len = strlen(mid->surface);
			}
			j += strlen(mid->surface);
		}
	}
	u = zb_unit_match(p + j, n - j);
	if (u && num.form == ZB_NUM_CHINESE && u->cn == ZB_CN_NAME)
		return e;  /* 二十大: see the unit table */
	if (u) {
		f.unit = j;
		f.unit_len = strlen(u->surface);
		j += f.unit_len;
		size_t per = per_unit_at(p, n, j);   /* 2800元/吨: a rate, not an amount */
		f.unit_len += per;
		j += per;
	} else if (chinese && num.form != ZB_NUM_FRACTION && num.form != ZB_NUM_PERCENT && !f.qual_len) {
		return e;  /* 二十大, 三农: a Chinese numeral needs a unit to be a number */
	}
	if (u && u->kind == ZB_UK_YEAR) {
		int year = (num.form == ZB_NUM_ARABIC && num.integer && num.value >= 1900 && num.value <= 2100) ||
			   (num.form == ZB_NUM_CHINESE && num.digits == 4);
		if (year)
			f.kind = ZB_KIND_DATE;
	} else if (u && u->kind == ZB_UK_DATE) {
		f.kind = ZB_KIND_DATE;
	} else if (u && u->kind == ZB_UK_PERIOD) {
		f.kind = ZB_KIND_PERIOD;
	} else if (u && u->kind == ZB_UK_EDITION) {
		f.kind = ZB_KIND_EDITION;
	} else if (u && chinese && u->cn == ZB_CN_PHASE && cp_at(p, n, i, &kk) != 0x4E24 /* 两 */) {
		f.kind = ZB_KIND_EDITION;
	} else if (u && chinese && u->cn == ZB_CN_SLOGAN_YI && zb_cn_digit(cp_at(p, n, j, &kk)) == 1) {
		f.kind = ZB_KIND_NAME;
	}
	const zb_qualifier *after = zb_qualifier_at(p + j, n - j, ZB_QUAL_AFTER_UNIT);
	if (after && f.kind == ZB_KIND_NUMBER) {
		if (!f.qual_len) {
			f.qual = j;
			f.qual_len = strlen(after->surface);
		}
		j += strlen(after->surface);
	}
	f.end = j;
	add_found(x, &f, cs, n);
	return j;
}

/* A count of a top group right at j (20强 of 全省20强): the end of the
 * number in *num_end and of 强 in *end; 0 when there is none. */
static int top_count_at(const char *p, size_t n, size_t j, size_t *num_end, size_t *end)
{
	zb_num num;
	size_t kn = zb_num_scan(p + j, n - j, &num);
	if (!kn || !num.integer || num.form == ZB_NUM_FRACTION || num.form == ZB_NUM_PERCENT)
		return 0;
	size_t place = zb_place_word_at(p + j + kn, n - j - kn, ZB_CLAIM_TOP);
	if (!place || !starts(p, n, j + kn, "强"))
		return 0;
	*num_end = j + kn;
	*end = j + kn + place;
	return 1;
}

static int gap_stop_at(const char *p, size_t n, size_t j)
{
	for (int s = 0; zb_claim_gap_stops[s]; s++)
		if (starts(p, n, j, zb_claim_gap_stops[s]))
			return 1;
	return 0;
}

/* A claim led by a scope word at i: [居] 全省 [words] 第3位 / 首家 / 前列 /
 * 20强, or a rank verb before it (领跑全球).  A few words between scope and
 * rank word are the scope's (全国工商联系统第2名); more, or a verb among
 * them, are what is ranked, and the claim is the rank word alone (全省…课业
 * 负担调查成绩最优, 全国残疾人职业技能大赛上分获第1名).  Returns its end, or
 * i when the scope word leads to no claim. */
static size_t scan_claim(zb_extractor *x, size_t i, size_t n, size_t cs)
{
	const char *p = x->para;
	const char *scope_name;
	size_t scope_len = zb_scope_len(p + i, n - i, &scope_name), j = i + scope_len, k;
	int words = 0;   /* characters between scope and rank word; past SCOPE_WORDS no scope's */
	size_t stop = 0;   /* where a lead or verb among them starts: the claim starts there */
	for (int gap = 0; gap <= CLAIM_GAP && j < n; gap++) {
		const zb_rank_word *rw = zb_rank_word_at(p + j, n - j);
		size_t top_num_end = 0, top_end = 0;
		if (rw || top_count_at(p, n, j, &top_num_end, &top_end)) {
			struct found f = {
				.kind = (enum zb_kind)(rw ? rw->kind : ZB_CLAIM_TOP), .start = i, .scope = i,
				.scope_len = scope_len, .unit = j, .value_word = rw ? rw->value : NULL,
			};
			size_t e = rw ? j + strlen(rw->surface) : top_end;
			f.num = rw ? e : j;
			f.num_end = rw ? e : top_num_end;
			if (rw && rw->takes_number) {
				zb_num num;
				size_t kn = zb_num_scan(p + e, n - e, &num);
				if (!kn || num.form == ZB_NUM_FRACTION || num.form == ZB_NUM_PERCENT) {
					if (rw->kind == ZB_CLAIM_TOP) {
						j += strlen(rw->surface);  /* 前 as a word: go on looking */
						continue;
					}
					return i;
				}
				f.num_end = e + kn;
				e += kn;
				if (zb_ordinal_noun_at(p + e, n - e))
					return i;  /* 全省第二批: a batch, not a rank */
				e += zb_place_word_at(p + e, n - e, rw->kind);
			}
			f.unit_len = e - j;
			f.end = e;
			size_t lead = zb_claim_lead_before(p, i);
			if (stop)
				f.start = stop;
			else if (words > SCOPE_WORDS)
				f.start = j;
			else if (lead && i - lead >= cs)
				f.start = i - lead;
			add_found(x, &f, cs, n);
			return e;
		}
		uint32_t c = cp_at(p, n, j, &k);
		if (!is_han(c) || zb_scope_len(p + j, n - j, &scope_name))
			break;
		if (!stop && words > 0 && gap_stop_at(p, n, j))
			stop = j;   /* 全国残疾人职业技能大赛上分获第1名, not 全国排名靠前 */
		j += k;
		words++;
	}
	const zb_rank_verb *verb = zb_rank_verb_before(p, i);
	if (verb && i - strlen(verb->surface) >= cs) {   /* 领跑全球 */
		size_t start = i - strlen(verb->surface);
		struct found f = {
			.kind = (enum zb_kind)verb->kind, .start = start, .end = i + scope_len,
			.unit = start, .unit_len = strlen(verb->surface), .num = i + scope_len, .num_end = i + scope_len,
			.scope = i, .scope_len = scope_len, .value_word = "",
		};
		add_found(x, &f, cs, n);
		return f.end;
	}
	return i;
}

#define GROUP_CHARS 10      /* 在“2+26”城市中排第七名: the group named between 在 and 中 */

/* A group the rank stands in, named before its lead: 在“2+26”城市中排第七名.
 * Its offset and length in *at, *len; 0 when there is none. */
static int group_before(const char *p, size_t cs, size_t end, size_t *at, size_t *len)
{
	size_t close = strlen("中"), open = strlen("在");
	if (end < cs + open + close || memcmp(p + end - close, "中", close) != 0)
		return 0;
	size_t j = end - close;
	for (int chars = 0; j > cs && chars <= GROUP_CHARS; chars++) {
		j = zb_utf8_prev(p, j);
		if (j + open <= end - close && memcmp(p + j, "在", open) == 0) {
			*at = j + open;
			*len = end - close - *at;
			return *len > 0;
		}
	}
	return 0;
}

/* Is the mention at i the next item of a list of claims (分居全省第一和第二,
 * 第2名、第5名)?  The claim before, or NULL. */
static const struct found *claim_listed_before(const zb_extractor *x, size_t i)
{
	if (!x->nfound)
		return NULL;
	const struct found *last = &x->found[x->nfound - 1];
	static const char *const joins[] = {"和", "、", "及", NULL};
	if (last->kind != ZB_KIND_RANK && last->kind != ZB_KIND_TOP)
		return NULL;
	for (int j = 0; joins[j]; j++)
		if (last->end + strlen(joins[j]) == i && memcmp(x->para + last->end, joins[j], strlen(joins[j])) == 0)
			return last;
	return NULL;
}

/* 前N after a claim lead, with the sentence's scope (7个县进入全国百强县，其中
 * 3个位列前50位): a top claim.  Returns its end, or i. */
static size_t scan_led_top(zb_extractor *x, size_t i, size_t n, size_t cs, size_t scope, size_t scope_len)
{
	const char *p = x->para;
	size_t lead = zb_claim_lead_before(p, i), s = i + strlen("前");
	zb_num num;
	size_t k = lead && i - lead >= cs ? zb_num_scan(p + s, n - s, &num) : 0;
	if (!k || !num.integer || num.form == ZB_NUM_FRACTION || num.form == ZB_NUM_PERCENT)
		return i;
	size_t e = s + k;
	struct found f = {
		.kind = ZB_KIND_TOP, .start = i - lead, .num = s, .num_end = e, .unit = i,
		.scope = scope, .scope_len = scope_len,
	};
	f.end = e + zb_place_word_at(p + e, n - e, ZB_CLAIM_TOP);
	f.unit_len = f.end - i;
	add_found(x, &f, cs, n);
	return f.end;
}

/* 第N: a rank (第1名, 第3位, 排名第一, the second of 全省第一和第二) or an
 * ordinal (第三届, 第二批); 第一产业 is a word. */
static size_t scan_ordinal(zb_extractor *x, size_t i, size_t n, size_t cs, size_t scope, size_t scope_len)
{
	const char *p = x->para;
	size_t word = zb_numeral_word_at(p + i, n - i);
	if (word)
		return i + word;
	size_t s = i + strlen("第");
	zb_num num;
	size_t k = zb_num_scan(p + s, n - s, &num);
	if (!k || num.form == ZB_NUM_FRACTION || num.form == ZB_NUM_PERCENT)
		return i;
	size_t e = s + k;
	struct found f = {.start = i, .num = s, .num_end = e, .unit = e};
	size_t place_word = zb_place_word_at(p + e, n - e, ZB_CLAIM_RANK);
	size_t lead = zb_claim_lead_before(p, i);
	const struct found *listed = claim_listed_before(x, i);
	if (place_word || listed || (lead && !zb_ordinal_noun_at(p + e, n - e))) {
		f.kind = ZB_KIND_RANK;
		f.start = i - lead;  /* the lead is plain text: same clause */
		f.unit = i;
		f.end = e + place_word;
		f.unit_len = f.end - i;
		f.scope = listed ? listed->scope : scope;
		f.scope_len = listed ? listed->scope_len : scope_len;
		group_before(p, cs, i - lead, &f.scope, &f.scope_len);
	} else {
		f.kind = ZB_KIND_EDITION;
		f.unit_len = zb_ordinal_noun_at(p + e, n - e);
		f.end = e + f.unit_len;
	}
	add_found(x, &f, cs, n);
	return f.end;
}

/* How much of the sentence's first clause, para[x->lead, end), sets the
 * time of what follows: all of a short one with a period word and no figure
 * of its own (上半年， 1—6月， 与去年同期相比，), else the periods it opens
 * with (2025年全省生产总值增长5.3%，居全国第5位), else none. */
static size_t lead_length(const zb_extractor *x, size_t end)
{
	const char *p = x->para + x->lead;
	size_t n = end - x->lead, len = 0, chars = 0, k;
	while (len < n && chars <= LEAD_CHARS) {
		len += cp_at(p, n, len, &k) ? k : 1;
		chars++;
	}
	int figure = 0;
	for (size_t m = 0; m < x->nfound; m++)
		figure |= zb_kinds[x->found[m].kind].figure;
	if (chars <= LEAD_CHARS && !figure && zb_kw_next(x->period_words, p, n, 0).row)
		return n;
	size_t opening = 0;
	for (zb_kw_hit h; (h = zb_kw_at(x->period_words, p + opening, n - opening)).row && h.len; )
		opening += h.len;
	return opening;
}

static void scan_paragraph(zb_extractor *x)
{
	const char *p = x->para;
	size_t n = x->len, i = x->body, cs = x->body, k;
	int quotes = 0, ascii_quote = 0;  /* open quote marks, an open ASCII " */
	size_t scope = 0, scope_len = 0;  /* the last scope word in this sentence */
	int first_clause = 1;             /* the sentence's first clause is being read */
	x->nfound = 0;
	x->lead = i;
	x->lead_len = 0;
	x->prev = i;
	x->prev_len = 0;
	x->clause_no = 1;
	x->sentence++;  /* a paragraph starts a sentence */
	while (i < n) {
		uint32_t c = cp_at(p, n, i, &k);
		if (c < 0x10000 && !(x->wakes[c >> 3] & (1u << (c & 7)))) {
			i += k;
			continue;
		}
		if (ends_clause(c) || ((c == 0xFF1A || c == ':') && !(is_digit_cp(cp_before(p, i)) &&
							  is_digit_cp(cp_at(p, n, i + k, &(size_t){0}))))) {
			if (first_clause) {
				x->lead_len = lead_length(x, i);
				first_clause = 0;
			}
			share_list_units(x);
			int mentions = x->nfound > 0;
			emit_found(x, cs, i);
			/* a clause with no mention is the next one's prev_clause: its
			 * head, where zb-classify reads what it names (成功承办…决赛，
			 * 为全省首次), PREV_CLAUSE_BYTES at most */
			x->prev = cs;
			x->prev_len = mentions ? 0 : i - cs <= PREV_CLAUSE_BYTES ? i - cs
						   : zb_utf8_prev(p, cs + PREV_CLAUSE_BYTES + 1) - cs;
			cs = i + k;
			x->clause_no++;
			if (ends_sentence(c)) {
				quotes = ascii_quote = 0;
				scope_len = 0;
				first_clause = 1;
				x->sentence++;
				x->lead = cs;
				x->lead_len = 0;
				x->prev_len = 0;
				x->clause_no = 1;
			}
			i += k;
			continue;
		}
		zb_kw_hit mark = zb_kw_at(x->quotes, p + i, n - i);
		if (mark.row) {
			if (mark.row->cls == ZB_MARK_OPEN)
				quotes++;
			else if (mark.row->cls == ZB_MARK_CLOSE)
				quotes -= quotes > 0;
			else
				ascii_quote = !ascii_quote;
			i += mark.len;
			continue;
		}
		int quoted = quotes || ascii_quote;
		const zb_rank_word *alone;
		size_t e = i;
		const char *scope_name;
		size_t len;
		if (!quoted && is_han(c) && (len = zb_scope_len(p + i, n - i, &scope_name)) > 0) {
			scope = i;
			scope_len = len;
			e = scan_claim(x, i, n, cs);
		} else if (!quoted && c == 0x7B2C /* 第 */) {
			e = scan_ordinal(x, i, n, cs, scope, scope_len);
		} else if (!quoted && c == 0x524D /* 前 */) {
			e = scan_led_top(x, i, n, cs, scope, scope_len);
		} else if (!quoted && scope_len && is_han(c) && (alone = zb_rank_word_at(p + i, n - i)) && alone->alone) {
			/* 在全省…启动仪式上作为唯一代表: the sentence's scope word holds */
			struct found f = {.kind = (enum zb_kind)alone->kind, .start = i, .unit = i,
					  .unit_len = strlen(alone->surface), .num = i, .num_end = i,
					  .scope = scope, .scope_len = scope_len, .value_word = alone->value};
			f.end = i + f.unit_len;
			add_found(x, &f, cs, n);
			e = f.end;
		} else if (zb_num_starts(c) && (e = i + zb_numeral_word_at(p + i, n - i)) > i) {
			/* 三次产业, 一次性: a word, not a number */
		} else if (zb_num_starts(c) || starts(p, n, i, "百分之")) {
			e = scan_number(x, i, n, quoted, cs);
		}
		i = e > i ? e : i + k;
	}
	share_list_units(x);
	emit_found(x, cs, n);
}

/* ---- the paragraph assembler ---- */

/* Length of a heading numeral and its 、 ("二十二、"), or 0. */
static size_t section_marker(const char *s, size_t n)
{
	size_t i = 0, k;
	while (i < n) {
		uint32_t c = cp_at(s, n, i, &k);
		if (zb_cn_digit(c) < 0 && c != 0x5341 && c != 0x767E)
			break;
		i += k;
	}
	if (i > 0 && (starts(s, n, i, "、") || starts(s, n, i, "．")))   /* 二十五．市侨联 too */
		return i + 3;
	return 0;
}

/* An item marker: 1. 1、 1． （1） (1) （一）; sets *item.  Returns its length. */
static size_t item_marker(const char *s, size_t n, long *item)
{
	size_t i = 0, k;
	zb_num num;
	int paren = 0;
	if (starts(s, n, 0, "（")) {
		paren = 1;
		i = strlen("（");
	} else if (n && s[0] == '(') {
		paren = 2;
		i = 1;
	}
	k = zb_num_scan(s + i, n - i, &num);
	if (!k || !num.integer || num.value < 1 || num.value > 99 ||
	    num.form == ZB_NUM_FRACTION || num.form == ZB_NUM_PERCENT || num.form == ZB_NUM_MAGNITUDE)
		return 0;
	if (!paren && num.form != ZB_NUM_ARABIC)
		return 0;
	i += k;
	if (paren == 1 && starts(s, n, i, "）"))
		i += strlen("）");
	else if (paren == 2 && i < n && s[i] == ')')
		i += 1;
	else if (!paren && (starts(s, n, i, ".") || starts(s, n, i, "、") || starts(s, n, i, "．"))) {
		i += s[i] == '.' ? 1 : 3;
		uint32_t c = cp_at(s, n, i, &k);
		if (is_digit_cp(c) || i >= n)
			return 0;  /* 2.5亿元 wrapped to the start of a line */
	} else
		return 0;
	*item = (long)num.value;
	return i;
}

/* Department names end with these: 市妇联, 市教育局, 市发改委. */
static const char *const org_suffixes[] = {
	"局", "委", "会", "联", "办", "院", "厅", "部", "署", "处", "室", "中心", "公司", "集团", "政府",
	"协", "社", "馆", "队", "行", "站", "所", "团", "司", "校", "台", "关", "厂", NULL,
};

/* Task headings of a work report end like a department name now and then
 * (构建新发展格局, 坚持以人民为中心, 建设和谐社会): they open with a verb of
 * these, or end with one of the words after them. */
static const char *const task_verbs[] = {
	"坚持", "加快", "推进", "推动", "构建", "打造", "深化", "优化", "着力", "全力", "强化", "加强",
	"大力", "持续", "扎实", "切实", "积极", "聚焦", "统筹", "坚定", "融入", "提升", "做强", "做优",
	"实施", "完善", "健全", "巩固", "守牢", "提高", "促进", "培育", "壮大", "全面", "奋力", "努力",
	"不断", "突出", "围绕", "确保", "筑牢", "激发", "增强", "抓好", "办好", "防范", "落实", "深入",
	"夯实", "拓展", "扩大", "锚定", "坚决", "争创", "创建", "构筑", "塑造", "开创", "打赢", "决胜",
	"贯彻", "践行", "弘扬", "营造", "服务和", "更加", "更好", NULL,
};
static const char *const task_endings[] = {
	"格局", "布局", "大局", "全局", "社会", "运行", "为中心", "先行", "践行", "前行", "同行", NULL,
};

/* Does s[0, n) end with one of words (NULL-ended)? */
static int ends_with_any(const char *s, size_t n, const char *const *words)
{
	for (int i = 0; words[i]; i++) {
		size_t l = strlen(words[i]);
		if (l <= n && memcmp(s + n - l, words[i], l) == 0)
			return 1;
	}
	return 0;
}

static int looks_like_department(const char *s, size_t n)
{
	if (n == 0 || n > 20 * 3)
		return 0;
	for (size_t i = 0, k; i < n; i += k) {
		uint32_t c = cp_at(s, n, i, &k);
		if (!is_han(c))
			return 0;
	}
	for (int i = 0; task_verbs[i]; i++)
		if (zb_prefix(s, n, task_verbs[i]))
			return 0;
	return !ends_with_any(s, n, task_endings) && ends_with_any(s, n, org_suffixes);
}

static void flush_paragraph(zb_extractor *x)
{
	if (x->len > x->body) {
		if (x->item_paragraph) {
			/* The item's headline: up to its first full stop. */
			size_t e = x->body, k;
			while (e < x->len) {
				uint32_t c = cp_at(x->para, x->len, e, &k);
				if (ends_sentence(c))
					break;
				e += k;
			}
			copy_text(x->title, &x->title_len, x->para + x->body, e - x->body);
		}
		scan_paragraph(x);
	}
	x->len = x->body = 0;
	x->nlines = 0;
	x->item_paragraph = x->heading_paragraph = 0;
}

static int append(zb_extractor *x, const char *s, size_t n, long lineno)
{
	if (x->len + n + 1 > x->cap) {
		size_t cap = x->cap ? x->cap : 4096;
		while (cap < x->len + n + 1)
			cap *= 2;
		char *q = realloc(x->para, cap);
		if (!q)
			return -1;
		x->para = q;
		x->cap = cap;
	}
	if (x->nlines == x->lines_cap) {
		size_t cap = x->lines_cap ? x->lines_cap * 2 : 64;
		struct line_start *q = realloc(x->lines, cap * sizeof *q);
		if (!q)
			return -1;
		x->lines = q;
		x->lines_cap = cap;
	}
	x->lines[x->nlines++] = (struct line_start){x->len, lineno};
	if (!memchr(s, ' ', n) && !memchr(s, '\t', n)) {   /* most lines */
		memcpy(x->para + x->len, s, n);
		x->len += n;
		x->para[x->len] = '\0';
		return 0;
	}
	/* Text from PDFs spaces digits off Chinese ("资金 6.07 亿元", "第 3 位"):
	 * such a blank is layout, like a line break.  Between two numbers
	 * (2023 2024) or next to a letter (PM 2.5) it stays. */
	for (size_t i = 0, j, k; i < n; i = j) {
		if (s[i] != ' ' && s[i] != '\t') {
			x->para[x->len++] = s[i];
			j = i + 1;
			continue;
		}
		for (j = i; j < n && (s[j] == ' ' || s[j] == '\t'); j++)
			;
		uint32_t left = cp_before(x->para, x->len), right = j < n ? cp_at(s, n, j, &k) : 0;
		int layout = (is_digit_cp(left) && (is_han(right) || right == '%' || right == 0xFF05)) ||
			     (is_han(left) && is_digit_cp(right));
		if (!layout) {
			memcpy(x->para + x->len, s + i, j - i);
			x->len += j - i;
		}
	}
	x->para[x->len] = '\0';
	return 0;
}

/* Page markers of newspaper layout: （下转5版） （上接4版）. */
static size_t page_marker_at(const char *s, size_t n, size_t i)
{
	static const char *const opens[] = {"（下转", "（上接", "(下转", "(上接", NULL};
	for (int o = 0; opens[o]; o++)
		if (starts(s, n, i, opens[o])) {
			for (size_t j = i + strlen(opens[o]); j < n && j < i + 24; j++)
				if (starts(s, n, j, "版）"))
					return j + strlen("版）") - i;
				else if (starts(s, n, j, "版)"))
					return j + strlen("版)") - i;
		}
	return 0;
}

void zb_extractor_line(zb_extractor *x, const char *s, size_t n, long lineno)
{
	size_t b = 0, e = n, k;
	int indented = 0;
	while (b < e) {
		uint32_t c = cp_at(s, e, b, &k);
		if (!is_space_cp(c))
			break;
		indented += c == 0x3000 || c == '\t' ? 2 : 1;
		b += k;
	}
	while (e > b) {
		size_t j = zb_utf8_prev(s, e);
		uint32_t c = cp_at(s, e, j, &k);
		if (!is_space_cp(c))
			break;
		e = j;
	}
	/* Drop page markers wherever they stand in the line. */
	for (size_t i = b; i < e; i++) {
		/* only at "（" (EF BC 88) or "(" */
		size_t m = s[i] == '(' || ((unsigned char)s[i] == 0xEF && i + 2 < e && (unsigned char)s[i + 1] == 0xBC &&
					   (unsigned char)s[i + 2] == 0x88) ? page_marker_at(s, e, i) : 0;
		if (m) {
			zb_extractor_line(x, s, i, lineno);  /* the text before it */
			s += i + m;
			n = e - i - m;
			b = 0;
			e = n;
			i = (size_t)-1;
			indented = 0;
		}
	}
	if (b >= e)
		return;
	s += b;
	n = e - b;

	size_t mark = section_marker(s, n);
	long item;
	if (mark && n > mark) {
		const char *title = s + mark;
		size_t tlen = n - mark, dlen, k;
		while (tlen > 0 && is_space_cp(cp_at(title, tlen, 0, &k))) {   /* 二十三、 市文联 */
			title += k;
			tlen -= k;
		}
		dlen = tlen;
		if (dlen >= 3 && !memcmp(title + dlen - 3, "：", 3))   /* 二十四、市科协： */
			dlen -= 3;
		else if (dlen >= 1 && title[dlen - 1] == ':')
			dlen -= 1;
		flush_paragraph(x);
		if (looks_like_department(title, dlen)) {
			zb_num num;
			zb_num_scan(s, mark, &num);
			x->section = (long)num.value;
			copy_text(x->department, &x->department_len, title, dlen);
			x->chapter_len = x->title_len = 0;
			x->item = 0;
			return;
		}
		copy_text(x->chapter, &x->chapter_len, title, tlen);
		x->item = 0;
		x->title_len = 0;
		if (append(x, s, n, lineno) == 0)
			x->body = mark;
		x->heading_paragraph = 1;
		return;
	}
	size_t im = item_marker(s, n, &item);
	if (im || indented >= 2 || x->nlines == 0 || x->heading_paragraph) {
		flush_paragraph(x);
		if (im) {
			x->item = item;
			x->item_paragraph = 1;
			x->body = im;
		}
	} else if (x->len > PARAGRAPH_HARD ||
		   (x->len > PARAGRAPH_SOFT && ends_sentence(cp_before(x->para, x->len)))) {
		flush_paragraph(x);  /* memory stays bounded in text with no indents */
	}
	if (append(x, s, n, lineno) != 0)
		return;
	if (im)
		x->body = im;
}

void zb_extractor_finish(zb_extractor *x)
{
	flush_paragraph(x);
	x->section = x->item = x->sentence = 0;
	x->department_len = x->chapter_len = x->title_len = 0;
}
