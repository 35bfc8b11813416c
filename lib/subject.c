/* subject.c - what a figure measures (see subject.h).
 *
 * zb_subject_find tries, in order: a copula alone before a claim (the clause
 * before is meant), the item of an enumeration for a respective figure, the
 * words before the mention in its clause, the words after it (first, for a
 * count and a claim like 全国首个 whose thing follows), the words before an
 * open bracket holding the figure, an earlier figure of the sentence, the
 * clause before; a phrase of verbs only (解决354个) is kept for the last. */
#include "subject.h"

#include "chars.h"
#include "claims.h"
#include "figure.h"
#include "grow.h"
#include "units.h"
#include "utf8.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define SUBJECT_CHARS 20   /* longest subject, in characters, but for a name that is longer */
#define NAME_CHARS 40      /* longest quoted name kept whole as a subject */
#define MIN_STRIPPED 3     /* a verb leaves the head of a subject only when this many characters stay */
#define PLACE_CHARS 4      /* a place's name, before its last character: 青崖(县) */
#define AGENCY_CHARS 6     /* an agency's name after its place: 税务(局), 总工(会) */
#define CARRY_LINES 2      /* without prev_clause: the clause before ends at most this many lines up */
#define KEPT_CLAUSES 3     /* the clauses of a sentence whose figures are remembered */

/* A figure of the sentence being read. */
struct said {
	size_t clause;                 /* the sentence's clause it stands in, from 0 */
	size_t off, end;               /* the mention in that clause */
	enum zb_type type;
	size_t subject, subject_len;   /* in the finder's subjects buffer */
};

struct zb_subject_finder {
	const zb_kw_index *brk, *mark, *name_mark, *head, *tail, *stop, *verb, *base, *link, *place, *opener, *refer, *generic,
			  *attribute, *respective, *cue, *basis, *period, *ref;
	int quotes;   /* the row's clause or the one before has a quote mark */
	int respective_words, opener_words;   /* the clause being read has some */
	int prev_quotes;                      /* the clause before has a quote mark */
	int every_row;   /* rows come from zb-extract (clause_no): every figure before the mention was seen */
	/* the first two bytes of the place endings of zb_kw_subject_place (县
	 * 市 区 …, three bytes each), a bit for each pair */
	unsigned char place_ends[0x10000 / 8];
	zb_kw_index *heads, *tails, *nothing;   /* merged: enum filler */
	zb_kw_index *lists;                     /* merged: enum list_word */
	/* the sentence so far: its document, the clause being read, its figures */
	char *doc, *clause, *prev, *subjects, *scratch;
	size_t doc_len, doc_cap, clause_len, clause_cap, prev_len, prev_cap, subjects_len, subjects_cap, scratch_cap;
	size_t nclauses;
	long line, clause_no;      /* of the last row */
	struct said *said;
	size_t nsaid, said_cap;
};

/* A candidate subject and the side of the mention it was read from. */
struct found {
	zb_span text;
	int after;   /* read after the mention: capped at its end, else at its start */
};

static const zb_span none = {"", 0};

/* ---- small readers ---------------------------------------------------- */

static size_t span_chars(zb_span s)
{
	size_t k = 0;
	for (size_t i = 0; i < s.n; i += zb_utf8_len(s.p + i, s.n - i))
		k++;
	return k;
}

/* Does s hold more than k characters?  Counted up to k + 1 only. */
static int more_chars_than(zb_span s, size_t k)
{
	if (s.n <= k)
		return 0;   /* as many bytes: no more characters */
	size_t chars = 0;
	for (size_t i = 0; i < s.n && chars <= k; i += zb_utf8_len(s.p + i, s.n - i))
		chars++;
	return chars > k;
}

static int same_text(zb_span a, const char *b, size_t n)
{
	return a.n == n && (n == 0 || memcmp(a.p, b, n) == 0);
}

/* The first figure of Arabic digits in s (figure.c's grammar), as [*from,
 * *to) from its number to its unit and qualifiers (10.3万名, 507宗, 1.5万亿元);
 * 0 when there is none.  With last, the last.  Names are none (5G, PM2.5,
 * “2+26”).  For rows zb-classify did not see (a filter between the stages):
 * the figures it saw are cut at through the finder's memory. */
static int find_number(const zb_subject_finder *f, zb_span s, int last, size_t *from, size_t *to)
{
	zb_figure_where where = {f->name_mark, 0, 0, f->quotes ? f->mark : NULL};
	zb_figure fig;
	int found = 0;
	for (size_t i = 0; zb_figure_next(s.p, s.n, i, &where, &fig); i = *to) {
		*from = fig.number.off;
		*to = fig.mention.off + fig.mention.len;
		found = 1;
		if (!last)
			break;
	}
	return found;
}

/* Does a quote open before byte pos of s and stay open there? */
static int quoted_at(const zb_subject_finder *f, zb_span s, size_t pos)
{
	if (!f->quotes)
		return 0;
	zb_quote_state q = zb_quotes_open(f->mark, s.p, pos);
	return q.depth > 0 || q.ascii;
}

/* The first row of index ix in s outside quotes, or a hit with row NULL at s.n. */
static zb_kw_hit next_unquoted(const zb_subject_finder *f, const zb_kw_index *ix, zb_span s, size_t from)
{
	for (zb_kw_hit h = zb_kw_next(ix, s.p, s.n, from); h.row; h = zb_kw_next(ix, s.p, s.n, h.off + h.len))
		if (h.row->cls != ZB_SUBJECT_KEEP && !quoted_at(f, s, h.off))
			return h;
	return (zb_kw_hit){NULL, s.n, 0};
}

/* The link word of class cls at the start of s, or a hit with row NULL. */
static zb_kw_hit link_at(const zb_subject_finder *f, zb_span s, enum zb_link_cls cls)
{
	zb_kw_hit h = zb_kw_at(f->link, s.p, s.n);
	return h.row && h.row->cls == (int)cls ? h : (zb_kw_hit){NULL, 0, 0};
}

/* The link word of class cls ending s, or a hit with row NULL. */
static zb_kw_hit link_ending(const zb_subject_finder *f, zb_span s, enum zb_link_cls cls)
{
	zb_kw_hit h = zb_kw_suffix(f->link, s.p, s.n);
	return h.row && h.row->cls == (int)cls ? h : (zb_kw_hit){NULL, 0, 0};
}

/* Does s hold a Han character, a letter or a digit (not only signs)? */
static int has_word(zb_span s)
{
	for (size_t i = 0, k; i < s.n; i += k) {
		uint32_t cp = 0;
		k = zb_utf8_decode((const unsigned char *)s.p + i, s.n - i, &cp);
		if (!k)
			k = 1;
		else if (zb_is_han(cp) || zb_is_ascii_letter(cp) || (cp >= '0' && cp <= '9') ||
			 (cp >= ZB_CH_HAN_EXT_A_FIRST && cp <= ZB_CH_HAN_EXT_A_LAST))
			return 1;
	}
	return 0;
}

/* ---- trimming ----------------------------------------------------------- */

/* Drop a quote mark at either end that is not matched inside: the subject
 * 县市区“快试快推” keeps its quotes, 示范点” loses its close quote; a subject
 * that is one quoted name loses its marks. */
static zb_span unquote(const zb_subject_finder *f, zb_span s)
{
	int open = 0, close = 0;
	for (zb_kw_hit h = zb_kw_next(f->mark, s.p, s.n, 0); h.row; h = zb_kw_next(f->mark, s.p, s.n, h.off + h.len)) {
		open += h.row->cls == ZB_MARK_OPEN;
		close += h.row->cls == ZB_MARK_CLOSE;
	}
	zb_kw_hit h = zb_kw_at(f->mark, s.p, s.n), t = zb_kw_suffix(f->mark, s.p, s.n);
	if (open == 1 && close == 1 && h.row && h.row->cls == ZB_MARK_OPEN && t.row && t.row->cls == ZB_MARK_CLOSE &&
	    t.off > h.len)
		return zb_sub(s, h.len, t.off);   /* one quoted name: “瓶改管” -> 瓶改管 */
	if (h.row && h.row->cls == ZB_MARK_OPEN && close == 0)
		s = zb_sub(s, h.len, s.n);
	h = zb_kw_suffix(f->mark, s.p, s.n);
	if (h.row && h.row->cls == ZB_MARK_CLOSE && open == 0)
		s.n = h.off;
	return s;
}

/* The classes of the finder's merged indexes (zb_kw_index_merge). */
enum filler {
	FILLER_TRIM,     /* trimmed: 其中, 达到, 增长, 同比, 上半年 */
	FILLER_KEEP,     /* a word of the subject though a shorter row would trim it: 并网, 增速 */
	FILLER_LEAD,     /* a claim lead, trimmed only right before the mention: 排名 */
	FILLER_PERIOD,   /* a period at the tail: with the 比 of a base before it */
	FILLER_NOTHING   /* names_nothing: a verb, cue or filler naming no thing */
};

/* The classes of the finder's index of the words a list turns on. */
enum list_word { LIST_RESPECTIVE, LIST_OPENER };

static int names_nothing(const zb_subject_finder *f, zb_span s);

static int is_han_at(const char *s, size_t n, size_t *len)
{
	uint32_t cp = 0;
	*len = n ? zb_utf8_decode((const unsigned char *)s, n, &cp) : 0;
	return *len == 3 && zb_is_han(cp);
}

/* The place-table row of class cls starting at s, or row NULL. */
static zb_kw_hit place_word(const zb_subject_finder *f, zb_span s, enum zb_place_cls cls)
{
	zb_kw_hit h = zb_kw_at(f->place, s.p, s.n);
	return h.row && h.row->cls == (int)cls ? h : (zb_kw_hit){NULL, 0, 0};
}

/* The length of a place named at the head of s, with the agency after it
 * (青崖县税务局 of 青崖县税务局累计组织税费收入, 青崖县 of 青崖县接待游客), or 0:
 * two to PLACE_CHARS Han characters and a place ending, not part of a word
 * (老旧小区, 农贸市场); an agency ending within AGENCY_CHARS; words after it. */
static size_t place_at_head(const zb_subject_finder *f, zb_span s)
{
	size_t i = 0, k, place = 0;
	int near = 0;   /* a place ending within reach: most heads have none, and ask no table */
	for (size_t j = 6, chars = 2; !near && j + 2 < s.n && chars <= PLACE_CHARS; j += 3, chars++) {
		unsigned pair = ((unsigned char)s.p[j] << 8) | (unsigned char)s.p[j + 1];
		near = f->place_ends[pair >> 3] & (1u << (pair & 7));
	}
	if (!near)
		return 0;
	for (int chars = 0; !place && chars <= PLACE_CHARS && i < s.n && is_han_at(s.p + i, s.n - i, &k); chars++, i += k) {
		zb_span at = zb_sub(s, i, s.n);
		if (!place_word(f, at, ZB_PLACE_END).row)
			continue;
		if (chars < 2)
			return 0;   /* 县市区镇街文联: a list of levels, no name */
		zb_kw_hit word = zb_kw_suffix(f->place, s.p, i + k);   /* 小区 ends at 区 */
		if (place_word(f, at, ZB_PLACE_NOT).row || (word.row && word.row->cls == ZB_PLACE_NOT))
			return 0;
		place = i + k;
	}
	if (!place)
		return 0;
	size_t end = place;
	for (int chars = 0; chars < AGENCY_CHARS && i < s.n && is_han_at(s.p + i, s.n - i, &k); chars++) {
		zb_kw_hit agency = place_word(f, zb_sub(s, i, s.n), ZB_PLACE_AGENCY);
		i += agency.row ? agency.len : k;
		if (agency.row) {
			end = i;
			break;
		}
	}
	zb_span rest = zb_sub(s, end, s.n);
	return more_chars_than(rest, 1) && !names_nothing(f, rest) ? end : 0;   /* not 示范市之一, 淇滨县首次跻身 */
}

/* The length of filler at the head of s, the longest of: a head word, a
 * period, a basis word (比同期), a base (比2016年全年); 0 for none or when
 * a kept word is as long (并网). */
static size_t head_filler(const zb_subject_finder *f, zb_span s)
{
	zb_kw_hit h = zb_kw_at(f->heads, s.p, s.n), ref;
	size_t len = h.row && h.row->cls != FILLER_KEEP ? h.len : 0;
	if ((ref = zb_kw_at(f->ref, s.p, s.n)).row && ref.row->cls == ZB_REF_BEFORE) {
		zb_kw_hit p = zb_kw_at(f->period, s.p + ref.len, s.n - ref.len);   /* 比2016年全年增速 */
		if (p.row && ref.len + p.len > len)
			len = ref.len + p.len;
	}
	if (h.row && h.row->cls == FILLER_KEEP && h.len >= len)
		return 0;
	size_t place = len ? 0 : place_at_head(f, s);   /* 青崖县接待游客 */
	return place > len ? place : len;
}

/* The length of filler at the tail of s, the longest of: a tail word, a
 * change, duration or new-level cue, a basis word, a period (with the 比 of
 * a base before it); 0 for none or when a kept word is as long (增速). */
static size_t tail_filler(const zb_subject_finder *f, zb_span s, int at_mention)
{
	zb_kw_hit h = zb_kw_suffix(f->tails, s.p, s.n);
	if (!h.row || h.row->cls == FILLER_KEEP || (h.row->cls == FILLER_LEAD && !at_mention))
		return 0;
	if (h.row->cls == FILLER_PERIOD) {
		zb_kw_hit base = zb_kw_suffix(f->ref, s.p, h.off);   /* 增速比4月份: the base goes too */
		if (base.row && base.row->cls == ZB_REF_BEFORE)
			return s.n - base.off;
	}
	return h.len;
}

/* The words of s after a list opener (增幅较大的有发酵酒 -> 发酵酒); before
 * one that ends s, without their head filler (产量同比增长的有45种: what
 * those have). */
static zb_span after_opener(const zb_subject_finder *f, zb_span s)
{
	if (!f->opener_words)
		return s;
	zb_kw_hit open = zb_kw_last(f->opener, s.p, s.n);
	if (open.row && open.off + open.len < s.n)
		return zb_sub(s, open.off + open.len, s.n);
	if (open.row && open.off > 0) {
		s.n = open.off;
		for (size_t k; s.n && (k = head_filler(f, s)) && k < s.n; )
			s = zb_sub(s, k, s.n);
		s.n = s.n ? s.n : open.off;
	}
	return s;
}

static int one_char(zb_span s)
{
	return s.n > 0 && zb_utf8_len(s.p, s.n) == s.n;
}

/* Trim filler at both ends until nothing changes. */
static zb_span trim(const zb_subject_finder *f, zb_span s)
{
	int at_mention = 1;
	for (int changed = 1; changed && s.n > 0; ) {
		changed = 0;
		size_t k = head_filler(f, s);
		if (k && !one_char(zb_sub(s, k, s.n))) {   /* 完成率 stays */
			s = zb_sub(s, k, s.n);
			changed = 1;
		}
		if (s.n > 0 && (k = tail_filler(f, s, at_mention)) > 0) {
			s.n -= k;
			changed = 1;
		}
		at_mention = 0;
	}
	return s;
}

/* Is s made of verbs, adverbs, trimmed words and change cues only (发放,
 * 新争取, 升至, 人均每月)?  Not with a noun among them: 增速, 完成率. */
static int names_nothing(const zb_subject_finder *f, zb_span s)
{
	for (size_t i = 0; i < s.n; ) {
		zb_kw_hit h = zb_kw_at(f->nothing, s.p + i, s.n - i);
		if (!h.row || h.row->cls == FILLER_KEEP)
			return 0;
		i += h.len;
	}
	return s.n > 0;
}

/* A subject taken into another clause: without the verbs at its head
 * (争取国家企业技术中心 -> 国家企业技术中心) while MIN_STRIPPED characters stay,
 * and cut before a period inside it (中欧班列全年开行 -> 中欧班列). */
static zb_span strip_verbs(const zb_subject_finder *f, zb_span s)
{
	for (zb_kw_hit h; (h = zb_kw_at(f->verb, s.p, s.n)).row && h.row->cls == ZB_VERB_ACT &&
			  more_chars_than(zb_sub(s, h.len, s.n), MIN_STRIPPED - 1); )
		s = zb_sub(s, h.len, s.n);
	zb_kw_hit period = zb_kw_next(f->period, s.p, s.n, zb_utf8_len(s.p, s.n));
	if (period.row && more_chars_than(zb_sub(s, 0, period.off), 1))
		s.n = period.off;
	return s;
}

/* ---- the finder's memory of the sentence ------------------------------- */

static int keep_text(char **buf, size_t *cap, size_t *len, zb_span s)
{
	if (zb_grow((void **)buf, cap, s.n + 1, 1))
		return -1;
	if (s.n)
		memcpy(*buf, s.p, s.n);
	*len = s.n;
	return 0;
}

/* Forget the figures of all but the last KEPT_CLAUSES clauses of a long
 * sentence, and their subjects. */
static void forget_old(zb_subject_finder *f)
{
	size_t first = 0;
	while (first < f->nsaid && f->said[first].clause + KEPT_CLAUSES < f->nclauses)
		first++;
	if (first == 0)
		return;
	size_t drop = first < f->nsaid ? f->said[first].subject : f->subjects_len;
	memmove(f->subjects, f->subjects + drop, f->subjects_len - drop);
	f->subjects_len -= drop;
	memmove(f->said, f->said + first, (f->nsaid - first) * sizeof *f->said);
	f->nsaid -= first;
	for (size_t i = 0; i < f->nsaid; i++)
		f->said[i].subject -= drop;
}

/* Place the row in the sentence: the clause being read again, the next
 * clause of the sentence, or a new sentence; keep the text of the clause
 * before (the one being read, or the input's prev_clause when it held no
 * mention). */
static int enter(zb_subject_finder *f, const zb_subject_row *r)
{
	int same_doc = same_text(r->doc, f->doc, f->doc_len);
	const struct said *last = f->nsaid ? &f->said[f->nsaid - 1] : NULL;
	long lines = r->line > 0 && f->line > 0 ? r->line - f->line : -1;
	long clause_no = f->clause_no;
	f->line = r->line;
	f->clause_no = r->clause_no;
	if (same_doc && f->nclauses && r->clause_no == clause_no && same_text(r->clause, f->clause, f->clause_len) &&
	    !(last && last->clause + 1 == f->nclauses && last->off >= r->off))
		return 0;
	int goes_on = same_doc && f->nclauses &&
		      (r->clause_no > 0 ? r->clause_no == clause_no + 1 : lines >= 0 && lines <= CARRY_LINES);
	int kept = goes_on ? keep_text(&f->prev, &f->prev_cap, &f->prev_len, (zb_span){f->clause, f->clause_len})
			   : keep_text(&f->prev, &f->prev_cap, &f->prev_len, none);
	if (kept || (r->prev_clause.n && keep_text(&f->prev, &f->prev_cap, &f->prev_len, r->prev_clause)))
		return -1;
	if (goes_on) {
		f->nclauses++;
		forget_old(f);
	} else {
		f->nclauses = 1;
		f->nsaid = 0;
		f->subjects_len = 0;
	}
	if (!same_doc && keep_text(&f->doc, &f->doc_cap, &f->doc_len, r->doc))
		return -1;
	f->prev_quotes = zb_has_quote_mark(f->mark, (zb_span){f->prev, f->prev_len});
	f->respective_words = f->opener_words = 0;   /* one scan for both, where one may end */
	if (zb_kw_may_end_in(f->lists, r->clause.p, r->clause.n))
		for (zb_kw_hit h = zb_kw_next(f->lists, r->clause.p, r->clause.n, 0);
		     h.row && !(f->respective_words && f->opener_words);
		     h = zb_kw_next(f->lists, r->clause.p, r->clause.n, h.off + h.len)) {
			f->respective_words |= h.row->cls == LIST_RESPECTIVE;
			f->opener_words |= h.row->cls == LIST_OPENER;
		}
	return keep_text(&f->clause, &f->clause_cap, &f->clause_len, r->clause);
}

static int remember(zb_subject_finder *f, const zb_subject_row *r, zb_span subject, zb_span *kept)
{
	if (zb_grow((void **)&f->said, &f->said_cap, f->nsaid + 1, sizeof *f->said) ||
	    zb_grow((void **)&f->subjects, &f->subjects_cap, f->subjects_len + subject.n + 1, 1))
		return -1;
	struct said *s = &f->said[f->nsaid++];
	*s = (struct said){f->nclauses - 1, r->off, r->end, r->type, f->subjects_len, subject.n};
	if (subject.n)
		memcpy(f->subjects + f->subjects_len, subject.p, subject.n);
	*kept = (zb_span){f->subjects + f->subjects_len, subject.n};
	f->subjects_len += subject.n;
	return 0;
}

static zb_span said_subject(const zb_subject_finder *f, const struct said *s)
{
	return (zb_span){f->subjects + s->subject, s->subject_len};
}

static int is_figure(enum zb_type t)
{
	return zb_types[t].metric || t == ZB_TYPE_OTHER;
}

/* The end of the last figure of this clause in [from, before), or from,
 * and its start in *start; with editions, of an edition too (建成全省第一批
 * 标准化乡镇应急管理站15个; not of a name: PM2.5浓度; periods are trimmed,
 * and a base 比1—2月 stays with the words before it). */
static size_t after_said(const zb_subject_finder *f, size_t from, size_t before, int times, size_t *start)
{
	size_t end = from;
	for (size_t i = f->nsaid; i-- > 0 && f->said[i].clause + 1 == f->nclauses; ) {
		const struct said *s = &f->said[i];
		int cuts = is_figure(s->type) || (times && s->type == ZB_TYPE_EDITION);
		if (cuts && s->end <= before && s->end > end && s->off >= from) {
			end = s->end;
			*start = s->off;
		}
	}
	return end;
}

/* ---- reading the clause --------------------------------------------------- */

/* The words before the mention in its segment [from, off): after the last
 * figure there (for 、-lists of words with no figure, all of them: 摄影、民间
 * 文艺居全省第1位); words before a 、 after a figure are that figure's
 * (全球首台25兆瓦级风电主轴轴承、全球最高…); the base of a share is none,
 * and goes to *share_base (占年度计划的58.3%: 年度计划). */
static zb_span words_before(const zb_subject_finder *f, zb_span clause, size_t from, size_t off, zb_span *share_base)
{
	size_t figure = from, cut = after_said(f, from, off, 0, &figure), nfrom, nto;
	size_t time = from;
	if (after_said(f, from, off, 1, &time) > cut) {   /* an edition after it: no figure */
		cut = after_said(f, from, off, 1, &time);
		figure = from;
	}
	if (!f->every_row && find_number(f, zb_sub(clause, cut, off), 1, &nfrom, &nto)) {
		figure = cut + nfrom;
		cut += nto;
	}
	zb_span s = zb_sub(clause, cut, off);
	if (cut > from) {   /* what stands before a 、 is the figure's before it */
		zb_kw_hit sep = {NULL, 0, 0};
		for (zb_kw_hit h = zb_kw_next(f->brk, s.p, s.n, 0); h.row; h = zb_kw_next(f->brk, s.p, s.n, h.off + h.len))
			if (h.row->cls == ZB_BREAK_LIST)
				sep = h;
		if (sep.row)
			s = zb_sub(s, sep.off + sep.len, s.n);
	}
	zb_kw_hit base = zb_kw_at(f->base, s.p, s.n);   /* 占年度计划的58.3%, 高于规上工业3.1个百分点 */
	if (base.row && (base.row->cls == ZB_BASE_THAN || link_ending(f, s, ZB_LINK_OF).row)) {
		*share_base = trim(f, zb_sub(s, base.len, s.n));
		return none;
	}
	zb_span listed = after_opener(f, s);
	if (listed.n != s.n)
		return listed;
	s = trim(f, s);
	if ((s.n == 0 || names_nothing(f, s)) && figure > from) {
		/* 粮食总产量连续9年稳定在: what the figure before measures, as
		 * earlier() takes it when that figure's row was not seen */
		zb_span before = words_before(f, clause, from, figure, share_base);
		if (before.n && !names_nothing(f, before))
			return strip_verbs(f, before);
	}
	return s;
}

/* The offset of the first scope word in s outside quotes (where a claim
 * starts: 3个项目全省领先), or s.n. */
static size_t scope_in(const zb_subject_finder *f, zb_span s)
{
	const char *scope;
	for (size_t i = 0; i < s.n; i += zb_utf8_len(s.p + i, s.n - i))
		if (zb_scope_len(s.p + i, s.n - i, &scope) && !quoted_at(f, s, i))
			return i;
	return s.n;
}

static int claim_in(const zb_subject_finder *f, zb_span s)
{
	return scope_in(f, s) < s.n;
}

/* The object of a verb: the words after the verbs at the head of s, up to a
 * stop word or a number. */
static zb_span object_of(const zb_subject_finder *f, zb_span s)
{
	for (zb_kw_hit h; s.n && ((h = zb_kw_at(f->verb, s.p, s.n)).row || (h = zb_kw_at(f->stop, s.p, s.n)).row); )
		s = zb_sub(s, h.len, s.n);
	size_t from, to;
	if (find_number(f, s, 0, &from, &to))
		s.n = from;
	s.n = next_unquoted(f, f->stop, s, 0).off;
	return trim(f, s);
}

/* The noun phrase right after a count: up to a verb that ends it or another
 * number, or the contents of a quote that starts it; when it is a general
 * noun (单位) or none (9户获全国和省最美家庭称号), the object of the verb. */
static zb_span noun_after(const zb_subject_finder *f, zb_span s)
{
	zb_kw_hit q = zb_kw_at(f->mark, s.p, s.n);
	if (q.row && q.row->cls == ZB_MARK_OPEN) {   /* 17处“亲子美育实践基地”“…” but 首家“一站式”涉外法律服务中心 */
		zb_kw_hit close = zb_kw_next(f->mark, s.p, s.n, q.len);
		if (!close.row || close.row->cls != ZB_MARK_CLOSE)
			return none;
		size_t past = close.off + close.len;
		zb_kw_hit next = zb_kw_at(f->mark, s.p + past, s.n - past);
		if (past == s.n || (next.row && next.row->cls == ZB_MARK_OPEN) || zb_kw_at(f->stop, s.p + past, s.n - past).row ||
		    zb_kw_at(f->brk, s.p + past, s.n - past).row)
			return zb_sub(s, q.len, close.off);
	}
	zb_kw_hit open = zb_kw_at(f->brk, s.p, s.n);
	if (open.row && open.row->cls == ZB_BREAK_OPEN)   /* 32.8万台（套）农业机械 */
		s = zb_sub(s, zb_paren_past(f->brk, s, 0), s.n);
	size_t k = head_filler(f, s);
	if (k && k < s.n)
		s = zb_sub(s, k, s.n);
	size_t from, to;
	int number = find_number(f, s, 0, &from, &to);
	if (number && from == 0) {   /* 全球最高10米液压支架 */
		s = zb_sub(s, to, s.n);
		number = find_number(f, s, 0, &from, &to);
	}
	zb_span rest = s;
	if (number)
		s.n = from;
	zb_kw_hit stop = next_unquoted(f, f->stop, s, 0);
	s.n = stop.off;
	s.n = scope_in(f, s);   /* a claim follows: 3个项目全省领先 */
	zb_span noun = trim(f, s);
	zb_kw_hit generic = zb_kw_at(f->generic, noun.p, noun.n);
	if (stop.row && (noun.n == 0 || (generic.row && generic.len == noun.n))) {
		zb_span object = object_of(f, zb_sub(rest, stop.off, rest.n));
		return more_chars_than(object, 1) && !names_nothing(f, object) ? object : none;   /* not 前 of 位列前50位 */
	}
	return noun;
}

/* A count's noun across a 、 of its list: the thing counted named after
 * the last of counts sharing it (成为全国39个、全省3个示范市之一, 发放180套、
 * 价值360多万元助听器), or a noun whose list of modifiers goes on (9个国控、
 * 省控断面).  noun is the one read up to the 、; after and rest the words
 * after the mention to the next break and to the clause's hard break. */
static zb_span list_noun(const zb_subject_finder *f, zb_span after, zb_span rest, zb_span noun)
{
	zb_kw_hit sep = zb_kw_at(f->brk, after.p + after.n, rest.n - after.n);
	if (after.n >= rest.n || !sep.row || sep.row->cls != ZB_BREAK_LIST)
		return noun;
	zb_span next = zb_sub(rest, after.n + sep.len, rest.n);
	for (zb_kw_hit h; (h = zb_kw_at(f->verb, next.p, next.n)).row || head_filler(f, next); )
		next = zb_sub(next, h.row ? h.len : head_filler(f, next), next.n);
	size_t from, to;
	int counted = find_number(f, next, 0, &from, &to) && from == 0;
	if (noun.n == 0 && counted) {
		zb_span tail = rest;
		while (find_number(f, tail, 0, &from, &to))
			tail = zb_sub(tail, to, tail.n);
		return noun_after(f, tail);
	}
	return noun.n && !counted ? noun_after(f, rest) : noun;
}

/* What money or a quantity with no words before it is: the noun after 的 or
 * right after it (新争取430万千瓦容量), or what it pays for (投入468万元为65名
 * …实施人工耳蜗植入和肢体矫治手术: the object of the last verb). */
static zb_span object_after(const zb_subject_finder *f, zb_span s)
{
	if (link_at(f, s, ZB_LINK_PURPOSE).row) {
		zb_kw_hit verb = {NULL, 0, 0};
		for (zb_kw_hit v = zb_kw_next(f->stop, s.p, s.n, 0); v.row; v = zb_kw_next(f->stop, s.p, s.n, v.off + v.len))
			verb = v;
		return verb.row ? object_of(f, zb_sub(s, verb.off, s.n)) : none;
	}
	if (zb_kw_at(f->stop, s.p, s.n).row || zb_kw_at(f->verb, s.p, s.n).row)
		return none;
	return noun_after(f, s);
}

/* For a respective figure (同比分别增长210.8%、29.5%): how many list breaks
 * and joins stand in s[from, to) (its place in the list). */
static size_t list_place(const zb_subject_finder *f, zb_span s, size_t from, size_t to)
{
	size_t k = 0;
	for (size_t i = from; i < to; i += zb_utf8_len(s.p + i, to - i)) {
		zb_kw_hit h = zb_kw_at(f->brk, s.p + i, to - i);
		int join = (h.row && h.row->cls == ZB_BREAK_LIST) || link_at(f, zb_sub(s, i, to), ZB_LINK_JOIN).row;
		k += join && !quoted_at(f, s, i);
	}
	return k;
}

/* s without a place phrase at its head or its end (在全市第十届运动会上金牌
 * 总数 -> 金牌总数; 赵文丽在第七届全国残疾人职业技能大赛上 -> 赵文丽); none
 * when it is all place. */
static zb_span without_place(const zb_subject_finder *f, zb_span s)
{
	size_t open = s.n, close = s.n, close_len = 0;
	for (size_t i = 0; open == s.n && i < s.n; i += zb_utf8_len(s.p + i, s.n - i))
		if (link_at(f, zb_sub(s, i, s.n), ZB_LINK_PLACE_OPEN).row && !quoted_at(f, s, i))
			open = i;
	for (size_t i = open; close == s.n && i < s.n; i += zb_utf8_len(s.p + i, s.n - i)) {
		zb_kw_hit h = link_at(f, zb_sub(s, i, s.n), ZB_LINK_PLACE_CLOSE);
		if (h.row && !quoted_at(f, s, i)) {
			close = i;
			close_len = h.len;
		}
	}
	if (close == s.n)
		return s;
	zb_span head = trim(f, zb_sub(s, 0, open));
	if (close + close_len == s.n)
		return head;
	return head.n ? trim(f, s) : trim(f, zb_sub(s, close + close_len, s.n));
}

/* Split s at its 、 outside quotes and brackets: up to max items. */
static size_t split_list(const zb_subject_finder *f, zb_span s, zb_span *items, size_t max)
{
	size_t n = 0, from = 0;
	for (size_t pos = 0; n + 1 < max; ) {
		size_t end = zb_seg_end(f->brk, s, pos, 1);
		if (end >= s.n)
			break;
		zb_kw_hit h = zb_kw_at(f->brk, s.p + end, s.n - end);
		pos = end + (h.len ? h.len : 1);
		if (!h.row || h.row->cls != ZB_BREAK_LIST || quoted_at(f, s, end))
			continue;
		items[n++] = zb_sub(s, from, end);
		from = pos;
	}
	items[n++] = zb_sub(s, from, s.n);
	return n;
}

#define MAX_ITEMS 16

/* The subject of a respective figure: its item of the enumeration before the
 * respective word (对东盟、欧盟进出口分别增长16.7%、40.2%), the one phrase
 * there (同期增速分别为3.3%、0.5%), or the figure of the clause before at its
 * place (增值税12.8亿元、城镇土地使用税9.5亿元，同比分别增长210.8%、29.5%).
 * *respective is set when the figure is one. */
static zb_span respective(const zb_subject_finder *f, const zb_subject_row *r, size_t from, int *is_respective)
{
	zb_kw_hit w = f->respective_words ? zb_kw_last(f->respective, r->clause.p, r->end) : (zb_kw_hit){NULL, 0, 0};
	*is_respective = w.row && w.off >= from && w.off < r->end;
	if (!*is_respective)
		return none;
	size_t words_end = w.off < r->off ? w.off : r->off;
	size_t place = w.off + w.len < r->off ? list_place(f, r->clause, w.off + w.len, r->off) : 0;
	size_t total = place + 1 + list_place(f, r->clause, r->end, zb_map_seg_end(r->map, r->end, 0));
	if (w.off + w.len > r->off && total == 1) {   /* 综合评分居全省第1位: not 分居 */
		*is_respective = 0;
		return none;
	}
	size_t figure;
	zb_span words = trim(f, without_place(f, zb_sub(r->clause, after_said(f, from, words_end, 0, &figure), words_end)));
	zb_span items[MAX_ITEMS];
	size_t n = words.n ? split_list(f, words, items, MAX_ITEMS) : 0;
	if (n >= 1 && n + 1 == total && n < MAX_ITEMS) {   /* 甲、乙和丙 for three figures */
		zb_span last = items[n - 1];
		for (size_t i = last.n; i-- > 0; ) {
			zb_kw_hit join = link_at(f, zb_sub(last, i, last.n), ZB_LINK_JOIN);
			if (join.row && i > 0 && !quoted_at(f, last, i)) {
				items[n - 1].n = i;
				items[n++] = zb_sub(last, i + join.len, last.n);
				break;
			}
		}
	}
	if (n >= 2)
		return place < n ? without_place(f, items[place]) : none;
	if (n == 1)
		return words;
	size_t k = 0;
	for (size_t i = 0; i < f->nsaid; i++)
		if (f->said[i].clause + 2 == f->nclauses && zb_types[f->said[i].type].metric && k++ == place)
			return said_subject(f, &f->said[i]);
	return none;
}

/* Is the figure one of several all ranked alike (均居全省第二, 双双居首)? */
static int shared_claim(const zb_subject_finder *f, const zb_subject_row *r, size_t from)
{
	return link_at(f, r->mention, ZB_LINK_ALL).row || link_ending(f, zb_sub(r->clause, from, r->off), ZB_LINK_ALL).row;
}

/* What an earlier figure of the sentence measures: the last of this clause,
 * else of the clause before (for a claim all of them share, the list there:
 * 累计达17个集群、25家企业，均居全省第二); past a subject that is a measure of
 * the one before it (现价总量). */
static zb_span earlier(const zb_subject_finder *f, const zb_subject_row *r, size_t from)
{
	size_t in_prev = 0;
	for (size_t i = 0; i < f->nsaid; i++)
		in_prev += f->said[i].clause + 2 == f->nclauses && is_figure(f->said[i].type);
	if (zb_types[r->type].claim && in_prev >= 2 && shared_claim(f, r, from) && f->prev_len) {
		zb_span list = trim(f, (zb_span){f->prev, f->prev_len});
		if (list.n)
			return list;
	}
	for (size_t i = f->nsaid; i-- > 0 && f->said[i].clause + 2 >= f->nclauses; ) {
		const struct said *s = &f->said[i];
		zb_span subject = said_subject(f, s);
		if (!is_figure(s->type) || subject.n == 0)
			continue;
		zb_kw_hit a = zb_kw_at(f->attribute, subject.p, subject.n);
		if (a.row && a.len == subject.n) {
			for (size_t j = i; j-- > 0; )   /* the one it measures, further back */
				if (is_figure(f->said[j].type) && f->said[j].subject_len &&
				    !zb_kw_at(f->attribute, f->subjects + f->said[j].subject, f->said[j].subject_len).row)
					return strip_verbs(f, said_subject(f, &f->said[j]));
			continue;
		}
		return strip_verbs(f, subject);
	}
	return none;
}

/* What a clause with no figure names: its head noun phrase, without the
 * verbs before it and from the first stop word on (推动北部风光储输基地纳入
 * 国家规划 -> 北部风光储输基地). */
static zb_span clause_head(const zb_subject_finder *f, zb_span s)
{
	size_t from, to;
	s = trim(f, s);
	if (find_number(f, s, 0, &from, &to))
		s.n = from;
	for (zb_kw_hit h; (h = zb_kw_at(f->verb, s.p, s.n)).row && h.len < s.n; )
		s = zb_sub(s, h.len, s.n);
	zb_kw_hit stop = next_unquoted(f, f->stop, s, zb_utf8_len(s.p, s.n));
	s.n = stop.off;
	s = trim(f, s);
	return names_nothing(f, s) ? none : s;
}

/* The rank word of a claim's mention (全国首个 -> 首个), or NULL. */
static const zb_rank_word *rank_word_in(zb_span mention)
{
	for (size_t i = 0; i < mention.n; i += zb_utf8_len(mention.p + i, mention.n - i)) {
		const zb_rank_word *w = zb_rank_word_at(mention.p + i, mention.n - i);
		if (w && !zb_scope_at(mention.p + i, mention.n - i))
			return w;
	}
	return NULL;
}

static struct found decide(const zb_subject_finder *f, const zb_subject_row *r)
{
	zb_span clause = r->clause;
	size_t from = zb_map_seg_start(r->map, r->off, 0);
	zb_span after = zb_sub(clause, r->end, zb_map_seg_end(r->map, r->end, 1));
	zb_span rest = zb_sub(clause, r->end, zb_map_seg_end(r->map, r->end, 0));
	zb_kw_hit quote = zb_kw_at(f->mark, after.p, after.n);
	if (quote.row && quote.row->cls == ZB_MARK_OPEN)
		after = rest;   /* a quoted name holding a 、 (首批“信息基础设施和…、…明显市”) */
	int claim = zb_types[r->type].claim, resp;
	const zb_rank_word *rank = claim ? rank_word_in(r->mention) : NULL;
	int names_after = rank && rank->names_after;
	zb_span s, weak = none;

	zb_kw_hit refer = zb_kw_at(f->refer, clause.p + from, r->off - from);
	if (claim && refer.row && from + refer.len == r->off && !(names_after && noun_after(f, after).n))
		return (struct found){clause_head(f, (zb_span){f->prev, f->prev_len}), 0};   /* …决赛，为全省首次 */
	if ((s = respective(f, r, from, &resp)).n || resp)
		return (struct found){s, 0};

	/* A count and a claim like 全国首个 name their thing after them (建设17处
	 * “亲子美育实践基地”): read that first, the words before only without it. */
	int after_first = r->type == ZB_TYPE_COUNT || names_after ||
			  ((r->type == ZB_TYPE_AMOUNT || r->type == ZB_TYPE_QUANTITY) && link_at(f, after, ZB_LINK_OF).row);
	zb_span noun = claim || r->type == ZB_TYPE_COUNT || after_first ? noun_after(f, after) : none;
	if (r->type == ZB_TYPE_COUNT)
		noun = list_noun(f, after, rest, noun);
	if (after_first && noun.n && !names_nothing(f, noun))
		return (struct found){noun, 1};
	zb_span before = words_before(f, clause, from, r->off, &weak);   /* a share's base: the last resort */
	if (claim)
		before = without_place(f, before);   /* 空气质量综合指数在“2+26”城市中排第七名 */
	if (before.n && names_nothing(f, before)) {
		weak = before;
		before = none;
	}
	if (before.n)
		return (struct found){before, 0};
	if (r->type == ZB_TYPE_FIRST && !names_after)   /* 在全省率先探索拓展…服务内容 */
		s = trim(f, rest);
	else if (r->type == ZB_TYPE_DURATION && !claim_in(f, rest) && !find_number(f, rest, 0, &(size_t){0}, &(size_t){0}))
		s = trim(f, rest);   /* 连续六年实现“零脱管”, not 连续8年稳定在35亿斤以上, 连续五年保持全省首位 */
	else if (claim || r->type == ZB_TYPE_COUNT)
		s = noun;
	else if (r->type == ZB_TYPE_AMOUNT || r->type == ZB_TYPE_QUANTITY)
		s = object_after(f, after);
	else
		s = none;
	if (s.n && !names_nothing(f, s))
		return (struct found){s, 1};

	size_t open;
	if (zb_map_in_parens(r->map, r->off, &open) &&   /* 发酵酒（增长87%） */
	    (s = words_before(f, clause, zb_map_seg_start(r->map, open, 0), open, &(zb_span){"", 0})).n)
		return (struct found){s, 0};
	if ((s = earlier(f, r, from)).n || (s = clause_head(f, (zb_span){f->prev, f->prev_len})).n)
		return (struct found){s, 0};
	return (struct found){weak, 0};
}

/* ---- the subject as written ------------------------------------------------ */

/* May a long subject be cut at byte i of s: after a 的 (before_of: before
 * one) or after a closing quote? */
static int cut_point(const zb_subject_finder *f, zb_span s, size_t i, int before_of)
{
	if (i == 0 || i >= s.n)
		return 0;
	if (before_of)
		return link_at(f, zb_sub(s, i, s.n), ZB_LINK_OF).row != NULL;
	if (link_ending(f, zb_sub(s, 0, i), ZB_LINK_OF).row)
		return 1;
	zb_kw_hit h = zb_kw_suffix(f->mark, s.p, i);
	return h.row && h.row->cls == ZB_MARK_CLOSE;
}

/* At most SUBJECT_CHARS characters, the ones nearest the number: a subject
 * read after it ends before its first 的 (村（社区）妇联主席的家庭教育…), one
 * read before it starts after a 的 or a closing quote (…“会计”七大专项研究
 * 课题), where that leaves few enough; else the characters are counted off. */
static zb_span cap(const zb_subject_finder *f, zb_span s, int after)
{
	if (!more_chars_than(s, SUBJECT_CHARS))
		return s;
	size_t k = span_chars(s);
	size_t i = 0, chars = 0, hard = 0, cut = 0;
	for (; i < s.n; i += zb_utf8_len(s.p + i, s.n - i), chars++) {
		if (after) {
			if (chars > SUBJECT_CHARS)
				break;
			if (chars >= 2 && cut_point(f, s, i, 1))
				return zb_sub(s, 0, i);
			hard = i;
		} else if (k - chars <= SUBJECT_CHARS) {
			if (!hard)
				hard = i;
			if (k - chars >= 2 && cut_point(f, s, i, 0))
				cut = i;   /* the last: “机关党建”“会计”七大专项研究课题 -> 七大专项研究课题 */
		}
	}
	if (after)
		return zb_sub(s, 0, hard);
	return zb_sub(s, cut ? cut : hard, s.n);
}

/* Is s, a part of clause, all of a quoted name (“信息基础设施和推进产业
 * 数字化、数字产业化成效明显市”)?  Such a name is not cut, up to NAME_CHARS. */
static int quoted_name(const zb_subject_finder *f, zb_span clause, zb_span s)
{
	if (s.n == 0 || s.p < clause.p || s.p + s.n > clause.p + clause.n || more_chars_than(s, NAME_CHARS))
		return 0;
	size_t at = (size_t)(s.p - clause.p), end = at + s.n;
	zb_kw_hit open = zb_kw_suffix(f->mark, clause.p, at);
	zb_kw_hit close = zb_kw_at(f->mark, clause.p + end, clause.n - end);
	return open.row && open.row->cls == ZB_MARK_OPEN && open.off + open.len == at &&
	       close.row && close.row->cls == ZB_MARK_CLOSE;
}

int zb_subject_find(zb_subject_finder *f, const zb_subject_row *r, zb_span *subject)
{
	*subject = none;
	if (enter(f, r))
		return -1;
	if (!is_figure(r->type))
		return remember(f, r, none, subject);
	f->quotes = r->map->quotes || f->prev_quotes;
	f->every_row = r->clause_no > 0;
	struct found found = decide(f, r);
	zb_span s = quoted_name(f, r->clause, found.text) ? found.text : cap(f, found.text, found.after);
	s = s.n < found.text.n ? trim(f, s) : s;
	if (f->quotes)
		s = unquote(f, s);
	if (!has_word(s))
		s = none;   /* a sign or a bracket alone */
	size_t len;
	if (keep_text(&f->scratch, &f->scratch_cap, &len, s))
		return -1;
	if (remember(f, r, (zb_span){f->scratch, len}, subject))
		return -1;
	if (!zb_types[r->type].metric)
		*subject = none;   /* remembered for the figures after it, not written */
	return 0;
}

zb_subject_finder *zb_subject_finder_new(void)
{
	zb_subject_finder *f = calloc(1, sizeof *f);
	if (!f)
		return NULL;
	struct { const zb_kw_index **ix; const zb_keyword_table *t; } build[] = {
		{&f->brk, &zb_kw_break}, {&f->mark, &zb_kw_quote}, {&f->name_mark, &zb_kw_name_mark}, {&f->head, &zb_kw_subject_head},
		{&f->tail, &zb_kw_subject_tail}, {&f->stop, &zb_kw_subject_stop}, {&f->verb, &zb_kw_subject_verb},
		{&f->base, &zb_kw_subject_base}, {&f->link, &zb_kw_subject_link}, {&f->place, &zb_kw_subject_place},
		{&f->opener, &zb_kw_subject_opener}, {&f->refer, &zb_kw_subject_refer},
		{&f->generic, &zb_kw_subject_generic}, {&f->attribute, &zb_kw_subject_attribute},
		{&f->respective, &zb_kw_respective}, {&f->cue, &zb_kw_cue}, {&f->basis, &zb_kw_basis},
		{&f->period, &zb_kw_period}, {&f->ref, &zb_kw_period_ref},
	};
	for (size_t i = 0; i < sizeof build / sizeof *build; i++)
		if (!(*build[i].ix = zb_kw_index_of(build[i].t))) {
			zb_subject_finder_free(f);
			return NULL;
		}
	static const zb_kw_part heads[] = {
		{&zb_kw_subject_head, ZB_SUBJECT_KEEP, FILLER_KEEP}, {&zb_kw_subject_head, ZB_SUBJECT_TRIM, FILLER_TRIM},
		{&zb_kw_period, -1, FILLER_TRIM}, {&zb_kw_basis, -1, FILLER_TRIM},
	};
	static const zb_kw_part tails[] = {
		{&zb_kw_subject_tail, ZB_SUBJECT_KEEP, FILLER_KEEP}, {&zb_kw_subject_tail, ZB_SUBJECT_TRIM, FILLER_TRIM},
		{&zb_kw_subject_tail, ZB_SUBJECT_LEAD, FILLER_LEAD}, {&zb_kw_cue, ZB_CUE_CHANGE, FILLER_TRIM},
		{&zb_kw_cue, ZB_CUE_TO, FILLER_TRIM}, {&zb_kw_cue, ZB_CUE_DURATION, FILLER_TRIM},
		{&zb_kw_basis, -1, FILLER_TRIM}, {&zb_kw_period, -1, FILLER_PERIOD},
	};
	static const zb_kw_part nothing[] = {
		{&zb_kw_subject_tail, ZB_SUBJECT_KEEP, FILLER_KEEP}, {&zb_kw_subject_head, ZB_SUBJECT_KEEP, FILLER_KEEP},
		{&zb_kw_subject_verb, -1, FILLER_NOTHING}, {&zb_kw_cue, ZB_CUE_CHANGE, FILLER_NOTHING},
		{&zb_kw_cue, ZB_CUE_TO, FILLER_NOTHING}, {&zb_kw_cue, ZB_CUE_DURATION, FILLER_NOTHING},
		{&zb_kw_subject_tail, ZB_SUBJECT_TRIM, FILLER_NOTHING},
		{&zb_kw_subject_head, ZB_SUBJECT_TRIM, FILLER_NOTHING}, {&zb_kw_period_ref, ZB_REF_BEFORE, FILLER_NOTHING},
	};
	for (size_t i = 0; i < zb_kw_subject_place.nrows; i++) {
		const char *w = zb_kw_subject_place.rows[i].word;
		if (zb_kw_subject_place.rows[i].cls == ZB_PLACE_END && strlen(w) >= 2) {
			unsigned pair = ((unsigned char)w[0] << 8) | (unsigned char)w[1];
			f->place_ends[pair >> 3] |= (unsigned char)(1u << (pair & 7));
		}
	}
	static const zb_kw_part lists[] = {
		{&zb_kw_respective, -1, LIST_RESPECTIVE}, {&zb_kw_subject_opener, -1, LIST_OPENER},
	};
	if (!(f->heads = zb_kw_index_merge(heads, sizeof heads / sizeof *heads)) ||
	    !(f->lists = zb_kw_index_merge(lists, sizeof lists / sizeof *lists)) ||
	    !(f->tails = zb_kw_index_merge(tails, sizeof tails / sizeof *tails)) ||
	    !(f->nothing = zb_kw_index_merge(nothing, sizeof nothing / sizeof *nothing))) {
		zb_subject_finder_free(f);
		return NULL;
	}
	return f;
}

void zb_subject_finder_free(zb_subject_finder *f)
{
	if (!f)
		return;
	zb_kw_index_free(f->heads);
	zb_kw_index_free(f->tails);
	zb_kw_index_free(f->nothing);
	zb_kw_index_free(f->lists);
	free(f->doc);
	free(f->clause);
	free(f->prev);
	free(f->subjects);
	free(f->scratch);
	free(f->said);
	free(f);
}
