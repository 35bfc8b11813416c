/* extract.c - paragraphs, headings and numeric mentions (see extract.h).
 *
 * Two layers: the paragraph assembler (lines -> paragraphs, headings ->
 * section, department, chapter, item) and the scanner (a paragraph ->
 * clauses -> mentions).  A number and what touches it is read by figure.c;
 * what counts as a unit, qualifier, scope or rank word, quote mark, list or
 * structure word comes from the tables of units.c, claims.c, keywords.c and
 * structure.c. */
#include "extract.h"
#include "chars.h"
#include "cpset.h"
#include "claims.h"
#include "figure.h"
#include "keywords.h"
#include "structure.h"
#include "numeral.h"
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

/* What the scanner looks things up in: the same for every extractor of a
 * process, built once (building walks the code points, too slow to do per
 * document: fuzzing makes thousands). */
struct scanner_tables {
	unsigned char wakes[ZB_CPSET_BYTES];   /* code points the scanner acts on */
	zb_kw_leads page_leads;             /* first bytes of page markers (（ starts with the EF of ，) */
	const zb_kw_index *period_words;    /* zb-classify's: a lead must hold one */
	const zb_kw_index *quotes;          /* a number inside is a name */
	const zb_kw_index *name_marks;      /* 5G, 1+N: a number beside one is a name */
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
	const struct scanner_tables *tables;
	struct found found[MAX_MENTIONS];
	size_t nfound;
	size_t lead, lead_len;        /* the sentence's lead (see zb_mention) in para */
	size_t prev, prev_len;        /* the clause before the one being read, in its sentence, when it holds no mention */
	long clause_no;               /* of the one being read, in its sentence */
	long sentence;                /* the sentence's number in the document */
	char unitbuf[MAX_TEXT];
};

static int starts(const char *s, size_t n, size_t i, const char *w)
{
	return i < n && zb_prefix(s + i, n - i, w) > 0;
}

static int ends_sentence(uint32_t c)
{
	return c == ZB_CH_IDEO_FULL_STOP || c == ZB_CH_FW_EXCLAMATION || c == ZB_CH_FW_QUESTION || c == '!' ||
	       c == '?';
}

/* Clause ends: the sentence ends, ，；． and ; (、 does not end a clause). */
static int ends_clause(uint32_t c)
{
	return ends_sentence(c) || c == ZB_CH_FW_COMMA || c == ZB_CH_FW_SEMICOLON || c == ';' ||
	       c == ZB_CH_FW_FULL_STOP;
}

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

static void wake_on(struct scanner_tables *t, uint32_t cp)
{
	zb_cpset_add(t->wakes, cp);
}

static void wake_on_word(struct scanner_tables *t, const char *w)
{
	size_t k;
	wake_on(t, zb_utf8_at(w, strlen(w), 0, &k));
}

/* Most characters of a report start nothing the scanner looks for: mark the
 * ones that do (from the tables), so the scan steps over the others at once. */
static void build_wakes(struct scanner_tables *t)
{
	for (uint32_t c = 0; c < 0x80; c++)
		wake_on(t, c);  /* ASCII: digits, punctuation, letters next to numbers */
	for (uint32_t c = 0x2000; c < 0x3040; c++)
		wake_on(t, c);  /* general and CJK punctuation: quotes, 。，、, 〇 */
	for (uint32_t c = 0xFF00; c < 0xFF70; c++)
		wake_on(t, c);  /* full-width digits and punctuation */
	for (uint32_t c = ZB_CH_HAN_FIRST; c <= ZB_CH_HAN_LAST; c++)
		if (zb_num_starts(c))
			wake_on(t, c);  /* 一 两 十 百 万 ... */
	wake_on(t, ZB_CH_DI);
	for (size_t i = 0; i < zb_nscope_words; i++)
		wake_on_word(t, zb_scope_words[i].surface);
	for (size_t i = 0; i < zb_nrank_words; i++)
		wake_on_word(t, zb_rank_words[i].surface);
	for (const char *c = zb_place_group_names; *c; c += zb_utf8_len(c, strlen(c))) {   /* 豫北五市 */
		char one[5] = {0};
		memcpy(one, c, zb_utf8_len(c, strlen(c)));
		wake_on_word(t, one);
	}
	for (size_t i = 0; i < zb_kw_quote.nrows; i++)
		wake_on_word(t, zb_kw_quote.rows[i].word);
}

static const struct scanner_tables *scanner_tables(void)
{
	static struct scanner_tables t;
	static int built;
	if (built)
		return &t;
	if (!(t.period_words = zb_kw_index_of(&zb_kw_period)) || !(t.quotes = zb_kw_index_of(&zb_kw_quote)) ||
	    !(t.name_marks = zb_kw_index_of(&zb_kw_name_mark)))
		return NULL;
	build_wakes(&t);
	zb_kw_leads_add(&t.page_leads, &zb_kw_page_marker, ZB_PAGE_OPEN);
	built = 1;
	return &t;
}

zb_extractor *zb_extractor_new(zb_mention_fn emit, void *ctx)
{
	zb_extractor *x = calloc(1, sizeof *x);
	if (!x)
		return NULL;
	x->emit = emit;
	x->ctx = ctx;
	if (!(x->tables = scanner_tables())) {
		free(x);
		return NULL;
	}
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

/* Is p[a_end, b_start) a word joining the items of a list (12、15)? */
static int list_joiner(const char *p, size_t a_end, size_t b_start)
{
	size_t len = b_start - a_end;
	return len && zb_kw_prefix(&zb_kw_list_joiner, p + a_end, len, NULL) == len;
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

/* A number with what touches it (figure.c).  Returns the end of what it
 * took (> i), or i when no number starts at i. */
static size_t scan_number(zb_extractor *x, size_t i, size_t n, int quoted, size_t cs)
{
	zb_figure_where where = {x->tables->name_marks, cs, quoted, NULL};
	zb_figure g;
	size_t end = zb_figure_at(x->para, n, i, &where, &g);
	if (g.mention.len) {
		struct found f = {
			.kind = g.kind, .start = g.mention.off, .end = g.mention.off + g.mention.len,
			.num = g.number.off, .num_end = g.number.off + g.number.len,
			.qual = g.qualifier.off, .qual_len = g.qualifier.len,
			.mag = g.magnitude.off, .mag_len = g.magnitude.len, .unit = g.unit.off, .unit_len = g.unit.len,
		};
		add_found(x, &f, cs, n);
	}
	return end ? end : i;
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
		uint32_t c = zb_utf8_at(p, n, j, &k);
		if (!zb_is_han(c) || zb_scope_len(p + j, n - j, &scope_name))
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
	if ((last->kind != ZB_KIND_RANK && last->kind != ZB_KIND_TOP) || last->end >= i)
		return NULL;
	size_t gap = i - last->end;
	return zb_kw_prefix(&zb_kw_claim_joiner, x->para + last->end, gap, NULL) == gap ? last : NULL;
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
		len += zb_utf8_at(p, n, len, &k) ? k : 1;
		chars++;
	}
	int figure = 0;
	for (size_t m = 0; m < x->nfound; m++)
		figure |= zb_kinds[x->found[m].kind].figure;
	if (chars <= LEAD_CHARS && !figure && zb_kw_next(x->tables->period_words, p, n, 0).row)
		return n;
	size_t opening = 0;
	for (zb_kw_hit h; (h = zb_kw_at(x->tables->period_words, p + opening, n - opening)).row && h.len; )
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
		uint32_t c = zb_utf8_at(p, n, i, &k);
		if (c < 0x10000 && !zb_cpset_has(x->tables->wakes, c)) {
			i += k;
			continue;
		}
		if (ends_clause(c) || ((c == ZB_CH_FW_COLON || c == ':') && !(zb_is_digit(zb_utf8_before(p, i)) &&
							  zb_is_digit(zb_utf8_at(p, n, i + k, &(size_t){0}))))) {
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
		zb_kw_hit mark = zb_kw_at(x->tables->quotes, p + i, n - i);
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
		if (!quoted && zb_is_han(c) && (len = zb_scope_len(p + i, n - i, &scope_name)) > 0) {
			scope = i;
			scope_len = len;
			e = scan_claim(x, i, n, cs);
		} else if (!quoted && c == ZB_CH_DI) {
			e = scan_ordinal(x, i, n, cs, scope, scope_len);
		} else if (!quoted && c == ZB_CH_QIAN_FRONT) {
			e = scan_led_top(x, i, n, cs, scope, scope_len);
		} else if (!quoted && scope_len && zb_is_han(c) && (alone = zb_rank_word_at(p + i, n - i)) && alone->alone) {
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
		uint32_t c = zb_utf8_at(s, n, i, &k);
		if (zb_cn_digit(c) < 0 && c != ZB_CH_SHI && c != ZB_CH_BAI)
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
		uint32_t c = zb_utf8_at(s, n, i, &k);
		if (zb_is_digit(c) || i >= n)
			return 0;  /* 2.5亿元 wrapped to the start of a line */
	} else
		return 0;
	*item = (long)num.value;
	return i;
}

static int looks_like_department(const char *s, size_t n)
{
	if (n == 0 || n > 20 * 3)
		return 0;
	for (size_t i = 0, k; i < n; i += k) {
		uint32_t c = zb_utf8_at(s, n, i, &k);
		if (!zb_is_han(c))
			return 0;
	}
	/* 构建新发展格局, 坚持以人民为中心: task headings, chapters */
	return !zb_kw_prefix(&zb_kw_task_verb, s, n, NULL) && !zb_kw_ending(&zb_kw_task_end, s, n) &&
	       zb_kw_ending(&zb_kw_department_end, s, n);
}

static void flush_paragraph(zb_extractor *x)
{
	if (x->len > x->body) {
		if (x->item_paragraph) {
			/* The item's headline: up to its first full stop. */
			size_t e = x->body, k;
			while (e < x->len) {
				uint32_t c = zb_utf8_at(x->para, x->len, e, &k);
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
		uint32_t left = zb_utf8_before(x->para, x->len), right = j < n ? zb_utf8_at(s, n, j, &k) : 0;
		int layout = (zb_is_digit(left) && (zb_is_han(right) || right == '%' || right == ZB_CH_FW_PERCENT)) ||
			     (zb_is_han(left) && zb_is_digit(right));
		if (!layout) {
			memcpy(x->para + x->len, s + i, j - i);
			x->len += j - i;
		}
	}
	x->para[x->len] = '\0';
	return 0;
}

/* The length of a page marker (see structure.h) at s[i], or 0. */
static size_t page_marker_at(const char *s, size_t n, size_t i)
{
	const zb_keyword *row = NULL;
	size_t open = zb_kw_prefix(&zb_kw_page_marker, s + i, n - i, &row);
	if (!open || row->cls != ZB_PAGE_OPEN)
		return 0;
	for (size_t j = i + open; j < n && j < i + ZB_PAGE_MARKER_MAX; j++) {
		size_t close = zb_kw_prefix(&zb_kw_page_marker, s + j, n - j, &row);
		if (close && row->cls == ZB_PAGE_CLOSE)
			return j + close - i;
	}
	return 0;
}

int zb_extractor_line(zb_extractor *x, const char *s, size_t n, long lineno)
{
	size_t b = 0, e = n, k;
	int indented = 0;
	while (b < e) {
		uint32_t c = zb_utf8_at(s, e, b, &k);
		if (!zb_is_blank(c))
			break;
		indented += c == ZB_CH_IDEO_SPACE || c == '\t' ? 2 : 1;
		b += k;
	}
	while (e > b) {
		size_t j = zb_utf8_prev(s, e);
		uint32_t c = zb_utf8_at(s, e, j, &k);
		if (!zb_is_blank(c))
			break;
		e = j;
	}
	/* Drop page markers wherever they stand in the line. */
	const zb_kw_leads *leads = &x->tables->page_leads;
	for (size_t i = zb_kw_leads_next(leads, s, b, e); i < e; i = zb_kw_leads_next(leads, s, i + 1, e)) {
		size_t m = page_marker_at(s, e, i);
		if (m) {
			if (zb_extractor_line(x, s, i, lineno) != 0)   /* the text before it */
				return -1;
			s += i + m;
			n = e - i - m;
			b = 0;
			e = n;
			i = (size_t)-1;
			indented = 0;
		}
	}
	if (b >= e)
		return 0;
	s += b;
	n = e - b;

	size_t mark = section_marker(s, n);
	long item;
	if (mark && n > mark) {
		const char *title = s + mark;
		size_t tlen = n - mark, dlen, k;
		while (tlen > 0 && zb_is_blank(zb_utf8_at(title, tlen, 0, &k))) {   /* 二十三、 市文联 */
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
			return 0;
		}
		copy_text(x->chapter, &x->chapter_len, title, tlen);
		x->item = 0;
		x->title_len = 0;
		if (append(x, s, n, lineno) != 0)
			return -1;
		x->body = mark;
		x->heading_paragraph = 1;
		return 0;
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
		   (x->len > PARAGRAPH_SOFT && ends_sentence(zb_utf8_before(x->para, x->len)))) {
		flush_paragraph(x);  /* memory stays bounded in text with no indents */
	}
	if (append(x, s, n, lineno) != 0)
		return -1;
	if (im)
		x->body = im;
	return 0;
}

void zb_extractor_finish(zb_extractor *x)
{
	flush_paragraph(x);
	x->section = x->item = x->sentence = 0;
	x->department_len = x->chapter_len = x->title_len = 0;
}
