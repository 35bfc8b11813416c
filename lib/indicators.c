/* indicators.c - the indicators engine (see indicators.h for its rules). */
#include "indicators.h"
#include "aggops.h"
#include "digits.h"
#include "formats.h"
#include "grow.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N(a) (sizeof (a) / sizeof (a)[0])

const zb_place_rule zb_place_rules[] = {
	{"amount", ZB_PLACE_LEVEL, "地区生产总值5.3万亿元"},
	{"quantity", ZB_PLACE_LEVEL, "粮食产量838.6亿斤"},
	{"count", ZB_PLACE_LEVEL, "生猪出栏80.9万头"},
	{"change", ZB_PLACE_CHANGE, "增长5.5%, 提高0.8个百分点"},
	{"percent", ZB_PLACE_SHARE, "占GDP比重5%, 到位率92%"},
	{NULL, ZB_PLACE_NONE, NULL},
};

static const zb_keyword down_rows[] = {
	{"下降", 0, "同比下降3.5% -> -3.5"},
	{"降", 0, "同比降3.5%"},
	{"降低", 0, "能耗降低3%"},
	{"减少", 0, "减少12%"},
	{"减", 0, "同比减2%"},
	{"负增长", 0, "负增长3.2%"},
	{"回落", 0, "回落1.2个百分点"},
	{"下跌", 0, "下跌3%"},
	{"下滑", 0, "下滑2%"},
	{"缩小", 0, "差距缩小2个百分点"},
	{"压缩", 0, "压缩审批时间65%"},
	{"压减", 0, "压减20%"},
	{"缩减", 0, "缩减15%"},
	{"缩短", 0, "缩短3天"},
	{"低于", 0, "低于全省1%"},
	{"放缓", 0, "放缓0.3个百分点"},
	{"下调", 0, "下调0.25个百分点"},
};
static const char *const down_cls[] = {"down"};
const zb_keyword_table zb_kw_down = {
	"down", "change cues that mean less: the change is negative (indicators report)",
	down_rows, N(down_rows), down_cls, 1};

static const zb_keyword growth_rows[] = {
	{"增速", 0, "地方财政收入增速达到19.8% -> 地方财政收入"},
	{"增幅", 0, "工业增加值增幅5% -> 工业增加值"},
	{"增长率", 0, "营收增长率12% -> 营收"},
	{"涨幅", 0, "居民消费价格涨幅2% -> 居民消费价格"},
	{"降幅", 0, "能耗降幅3% -> 能耗"},
};
static const char *const growth_cls[] = {"growth"};
const zb_keyword_table zb_kw_growth = {
	"growth", "words ending the subject of a change that name the change itself: the subject is what comes before",
	growth_rows, N(growth_rows), growth_cls, 1};

enum zb_place zb_place_of(const char *type, size_t len)
{
	for (const zb_place_rule *r = zb_place_rules; r->type; r++)
		if (strlen(r->type) == len && memcmp(r->type, type, len) == 0)
			return r->place;
	int t = zb_type_find(type, len);
	return t >= 0 && zb_types[t].claim ? ZB_PLACE_CLAIM : ZB_PLACE_NONE;
}

enum in {
	IN_DOC, IN_SECTION, IN_DEPARTMENT, IN_CHAPTER, IN_ITEM, IN_TITLE, IN_LINE, IN_SENTENCE, IN_TYPE,
	IN_MENTION, IN_VALUE, IN_UNIT, IN_BASIS, IN_PERIOD, IN_SUBJECT, IN_CLAUSE, IN_OFFSET, IN_INDICATOR, NIN
};

static const char *const inputs[NIN + 1] = {ZB_INDICATORS_INPUTS, NULL};
_Static_assert(NIN == ZB_INDICATORS_NINPUT, "indicators.h lists the inputs");

#define OPT(i) (1u << (i))

enum out {
	OUT_DOC, OUT_DEPARTMENT, OUT_SUBJECT, OUT_INDICATOR, OUT_PERIOD, OUT_LEVEL, OUT_LEVEL_UNIT, OUT_LEVEL_MENTION,
	OUT_CHANGE, OUT_CHANGE_UNIT, OUT_CHANGE_MENTION, OUT_BASIS, OUT_SHARE, OUT_SHARE_MENTION, OUT_CLAIM,
	OUT_PARTS, OUT_LINE, NOUT
};

static const zb_rowcol outputs[NOUT + 1] = {
	[OUT_DOC] = {"doc", "the document"},
	[OUT_DEPARTMENT] = {"department", "its department (empty without sections)"},
	[OUT_SUBJECT] = {"subject", "what the figures measure (zb-classify's subject)"},
	[OUT_INDICATOR] = {"indicator", "its canonical name (zb-classify's indicator, without a growth word)"},
	[OUT_PERIOD] = {"period", "the time they refer to"},
	[OUT_LEVEL] = {"level", "the level's value (an amount, quantity or count)"},
	[OUT_LEVEL_UNIT] = {"level_unit", "its unit (CNY, t, count ...)"},
	[OUT_LEVEL_MENTION] = {"level_mention", "the level as written (5.3万亿元)"},
	[OUT_CHANGE] = {"change", "the change, signed (下降3.5% -> -3.5)"},
	[OUT_CHANGE_UNIT] = {"change_unit", "percent or pp"},
	[OUT_CHANGE_MENTION] = {"change_mention", "the change with its sign (+5.5%)"},
	[OUT_BASIS] = {"basis", "yoy, mom or empty"},
	[OUT_SHARE] = {"share", "a percent level: share or rate"},
	[OUT_SHARE_MENTION] = {"share_mention", "the share as written"},
	[OUT_CLAIM] = {"claim", "a rank, first or top claim as written"},
	[OUT_PARTS] = {"parts", "how many of the four places are filled (1 to 4)"},
	[OUT_LINE] = {"line", "the input lines, blank-separated"},
	[NOUT] = {NULL, NULL},
};

struct figure {
	int set;
	const char *value, *unit, *mention, *basis;
	const char *indicator;   /* of the figure's row, without a growth word */
};

struct indicator {
	const char *doc, *department, *subject, *indicator, *period, *lines;
	long last_line;
	struct figure at[ZB_NPLACES];
};

/* A figure after 分别 waiting for the sentence's end. */
struct pending {
	enum zb_place place;
	struct figure fig;
	const char *period;
	long line;
};

struct rows {
	struct indicator *v;
	size_t n, cap;
};

struct engine {
	zb_rowout out;
	zb_arena arena;              /* the item's strings */
	struct rows item, sentence;  /* rows of the item (sentences read), of the sentence */
	struct pending *pend;
	size_t npend, pendcap;
	int last_change_percent;     /* the sentence's last change taken was in percent */
	zb_rowkey item_key, sentence_key;
	zb_kw_index *cue, *down, *respective, *growth;
};

static const int item_cols[] = {IN_DOC, IN_SECTION, IN_DEPARTMENT, IN_CHAPTER, IN_ITEM, IN_TITLE, -1};
static const int sentence_cols[] = {IN_DOC, IN_SENTENCE, -1};
static const int clause_cols[] = {IN_DOC, IN_CLAUSE, -1};   /* no sentence column */

static int wants(const zb_field *c)
{
	return zb_place_of(c[IN_TYPE].ptr, c[IN_TYPE].len) != ZB_PLACE_NONE;
}

static void free_engine(void *st)
{
	struct engine *e = st;
	if (!e)
		return;
	zb_arena_free(&e->arena);
	free(e->item.v);
	free(e->sentence.v);
	free(e->pend);
	zb_rowkey_free(&e->item_key);
	zb_rowkey_free(&e->sentence_key);
	zb_kw_index_free(e->cue);
	zb_kw_index_free(e->down);
	zb_kw_index_free(e->respective);
	zb_kw_index_free(e->growth);
	free(e);
}

static void *start(const zb_rowout *out)
{
	struct engine *e = calloc(1, sizeof *e);
	if (!e)
		return NULL;
	e->out = *out;
	e->cue = zb_kw_index_new(&zb_kw_cue);
	e->down = zb_kw_index_new(&zb_kw_down);
	e->respective = zb_kw_index_new(&zb_kw_respective);
	e->growth = zb_kw_index_new(&zb_kw_growth);
	if (!e->cue || !e->down || !e->respective || !e->growth) {
		free_engine(e);
		return NULL;
	}
	return e;
}

static int streq(const char *a, const char *b) { return strcmp(a, b) == 0; }

static struct indicator *push(struct rows *r)
{
	if (zb_grow((void **)&r->v, &r->cap, r->n + 1, sizeof *r->v) != 0)
		return NULL;
	memset(&r->v[r->n], 0, sizeof r->v[r->n]);
	return &r->v[r->n++];
}

/* ---- reading a row ---- */

/* Where the mention starts in its clause: the offset column, else where the
 * mention is found, else the clause's end. */
static size_t mention_at(const zb_field *f)
{
	const zb_field *cl = &f[IN_CLAUSE], *m = &f[IN_MENTION];
	char *end;
	if (f[IN_OFFSET].len) {
		unsigned long off = strtoul(f[IN_OFFSET].ptr, &end, 10);
		if (*end == '\0' && off <= cl->len)
			return off;
	}
	const char *hit = m->len ? zb_find(cl->ptr, cl->len, m->ptr, m->len) : NULL;
	return hit ? (size_t)(hit - cl->ptr) : cl->len;
}

/* The last change cue before the mention is a down word. */
static int goes_down(const struct engine *e, const zb_field *f, size_t at)
{
	const char *s = f[IN_CLAUSE].ptr;
	zb_kw_hit last = {NULL, 0, 0};
	for (zb_kw_hit h = zb_kw_next(e->cue, s, at, 0); h.row; h = zb_kw_next(e->cue, s, at, h.off + h.len))
		if (h.row->cls == ZB_CUE_CHANGE)
			last = h;
	return last.row && zb_kw_at(e->down, s + last.off, last.len).len == last.len;
}

/* The figure of a row in its place; strings in the arena.  A change gets its
 * sign.  Returns 0, or -1 when out of memory. */
static int make_figure(struct engine *e, const zb_field *f, enum zb_place place, struct figure *fig)
{
	zb_arena *a = &e->arena;
	char num[ZB_AGG_NUMBUF];
	fig->set = 1;
	fig->value = zb_arena_dup(a, f[IN_VALUE].ptr, f[IN_VALUE].len);
	fig->unit = zb_arena_dup(a, f[IN_UNIT].ptr, f[IN_UNIT].len);
	fig->mention = zb_arena_dup(a, f[IN_MENTION].ptr, f[IN_MENTION].len);
	fig->basis = zb_arena_dup(a, f[IN_BASIS].ptr, f[IN_BASIS].len);
	size_t ind_len = f[IN_INDICATOR].len;
	ind_len -= ind_len ? zb_kw_suffix(e->growth, f[IN_INDICATOR].ptr, ind_len).len : 0;
	fig->indicator = zb_arena_dup(a, f[IN_INDICATOR].ptr, ind_len);
	if (!fig->value || !fig->unit || !fig->mention || !fig->basis || !fig->indicator)
		return -1;
	if (place == ZB_PLACE_CLAIM) {   /* 增速居全省第5位: the claim is of the growth */
		zb_kw_hit g = zb_kw_suffix(e->growth, f[IN_SUBJECT].ptr, f[IN_SUBJECT].len);
		if (g.row && strncmp(fig->mention, g.row->word, g.len) &&
		    !(fig->mention = zb_arena_printf(a, "%s%s", g.row->word, fig->mention)))
			return -1;
		return 0;
	}
	double v;
	if (place != ZB_PLACE_CHANGE || zb_agg_parse(f[IN_VALUE].ptr, f[IN_VALUE].len, &v) != ZB_NUM_OK)
		return 0;
	if (v > 0 && goes_down(e, f, mention_at(f)))
		v = -v;
	const char *m = fig->mention;
	while (*m == '-' || *m == '+')
		m++;
	if (!strncmp(m, "－", strlen("－")))
		m += strlen("－");
	zb_agg_format(v, num);
	fig->value = zb_arena_dup(a, num, strlen(num));
	fig->mention = zb_arena_printf(a, "%s%s", v > 0 ? "+" : v < 0 ? "-" : "", m);
	return fig->value && fig->mention ? 0 : -1;
}

/* Put a figure into place of r. */
static int fill(struct engine *e, struct indicator *r, enum zb_place place, const struct figure *fig,
		const char *period, long line)
{
	char num[ZB_LONG_TEXT];
	r->at[place] = *fig;
	if (!*r->period)
		r->period = period;
	if (!*r->indicator)
		r->indicator = fig->indicator;
	if (line != r->last_line) {
		if (!(r->lines = zb_arena_join(&e->arena, r->lines, zb_long_text(line, num))))
			return -1;
		r->last_line = line;
	}
	return 0;
}

/* The latest row of the sentence about subject with place free. */
static struct indicator *row_about(struct rows *s, const char *subject, enum zb_place place)
{
	for (size_t i = s->n; i-- > 0;)
		if (streq(s->v[i].subject, subject) && !s->v[i].at[place].set)
			return &s->v[i];
	return NULL;
}

static struct indicator *new_row(struct engine *e, const zb_field *f, const char *subject)
{
	struct indicator *r = push(&e->sentence);
	if (!r)
		return NULL;
	r->doc = zb_arena_dup(&e->arena, f[IN_DOC].ptr, f[IN_DOC].len);
	r->department = zb_arena_dup(&e->arena, f[IN_DEPARTMENT].ptr, f[IN_DEPARTMENT].len);
	r->subject = subject;
	r->indicator = "";
	r->period = "";
	r->last_line = -1;
	return r->doc && r->department ? r : NULL;
}

static int add_pending(struct engine *e, enum zb_place place, const struct figure *fig, const char *period,
		       long line)
{
	if (zb_grow((void **)&e->pend, &e->pendcap, e->npend + 1, sizeof *e->pend) != 0)
		return -1;
	e->pend[e->npend++] = (struct pending){place, *fig, period, line};
	return 0;
}

/* Which row a figure goes to (the rules of indicators.h); NULL: none yet
 * (*wait: it waits for the sentence's end), or out of memory (*nomem). */
static struct indicator *target(struct engine *e, const zb_field *f, enum zb_place place, int *wait, int *nomem)
{
	struct rows *s = &e->sentence;
	const zb_field *subj = &f[IN_SUBJECT], *cl = &f[IN_CLAUSE];
	char *subject = zb_arena_dup(&e->arena, subj->ptr, subj->len);
	struct indicator *r;
	if (!subject)
		return (*nomem = 1), NULL;
	if (place == ZB_PLACE_CHANGE || place == ZB_PLACE_CLAIM)   /* 地方财政收入增速: of 地方财政收入 */
		subject[strlen(subject) - zb_kw_suffix(e->growth, subject, strlen(subject)).len] = '\0';
	if (*subject && (r = row_about(s, subject, place)))
		return r;
	int own = *subject && zb_find(cl->ptr, cl->len, subject, strlen(subject));
	if (!own && zb_kw_next(e->respective, cl->ptr, mention_at(f), 0).row)
		return (*wait = 1), NULL;
	struct indicator *latest = s->n && !s->v[s->n - 1].at[place].set ? &s->v[s->n - 1] : NULL;
	if (!*subject)   /* a level of nothing named is no indicator */
		return place != ZB_PLACE_LEVEL ? latest : NULL;
	if (!own && s->n)
		return latest;
	if (!(r = new_row(e, f, subject)))
		*nomem = 1;
	return r;
}

/* ---- sentences and items ---- */

/* The waiting figures of each place go to the sentence's last rows, those
 * after the last row that has the place, one each in order; when they are
 * fewer than the figures, the list is not theirs and the figures go. */
static int place_pending(struct engine *e)
{
	struct rows *s = &e->sentence;
	for (int place = 0; place < ZB_NPLACES; place++) {
		size_t want = 0, run = 0;
		for (size_t i = 0; i < e->npend; i++)
			want += e->pend[i].place == (enum zb_place)place;
		while (run < s->n && !s->v[s->n - 1 - run].at[place].set)
			run++;
		if (want == 0 || run < want)
			continue;
		size_t ri = s->n - want;
		for (size_t i = 0; i < e->npend; i++)
			if (e->pend[i].place == (enum zb_place)place &&
			    fill(e, &s->v[ri++], e->pend[i].place, &e->pend[i].fig, e->pend[i].period, e->pend[i].line) != 0)
				return -1;
	}
	e->npend = 0;
	return 0;
}

/* b can join a: the same subject, the same period when both have one, and
 * no place with two different figures. */
static int joins(const struct indicator *a, const struct indicator *b)
{
	if (!streq(a->subject, b->subject) || (*a->period && *b->period && !streq(a->period, b->period)))
		return 0;
	for (int k = 0; k < ZB_NPLACES; k++) {
		const struct figure *x = &a->at[k], *y = &b->at[k];
		if (x->set && y->set && (!streq(x->value, y->value) || !streq(x->unit, y->unit) ||
					 (k == ZB_PLACE_CLAIM && !streq(x->mention, y->mention))))
			return 0;
	}
	return 1;
}

static int join(struct engine *e, struct indicator *a, const struct indicator *b)
{
	for (int k = 0; k < ZB_NPLACES; k++)
		if (!a->at[k].set)
			a->at[k] = b->at[k];
		else if (b->at[k].set && !*a->at[k].basis)   /* the body says 同比 where the heading did not */
			a->at[k].basis = b->at[k].basis;
	if (!*a->period)
		a->period = b->period;
	if (!*a->indicator)
		a->indicator = b->indicator;
	return (a->lines = zb_arena_add_words(&e->arena, a->lines, b->lines)) ? 0 : -1;
}

/* The sentence ends: waiting figures placed, its rows joined to the item's. */
static int end_sentence(struct engine *e)
{
	if (place_pending(e) != 0)
		return -1;
	for (size_t i = 0; i < e->sentence.n; i++) {
		struct indicator *b = &e->sentence.v[i], *a = NULL;
		for (size_t j = e->item.n; j-- > 0 && !a;)
			if (joins(&e->item.v[j], b))
				a = &e->item.v[j];
		if (a && join(e, a, b) != 0)
			return -1;
		if (!a) {
			if (!(a = push(&e->item)))
				return -1;
			*a = *b;
		}
	}
	e->sentence.n = 0;
	e->last_change_percent = 0;
	return 0;
}

static void put_row(const struct engine *e, const struct indicator *r)
{
	const char *cell[NOUT] = {NULL};
	char parts_text[ZB_LONG_TEXT];
	int n = 0;
	for (int k = 0; k < ZB_NPLACES; k++)
		n += r->at[k].set;
	const char *parts = zb_long_text(n, parts_text);
	cell[OUT_DOC] = r->doc;
	cell[OUT_DEPARTMENT] = r->department;
	cell[OUT_SUBJECT] = r->subject;
	cell[OUT_INDICATOR] = r->indicator;
	cell[OUT_PERIOD] = r->period;
	cell[OUT_LEVEL] = r->at[ZB_PLACE_LEVEL].value;
	cell[OUT_LEVEL_UNIT] = r->at[ZB_PLACE_LEVEL].unit;
	cell[OUT_LEVEL_MENTION] = r->at[ZB_PLACE_LEVEL].mention;
	cell[OUT_CHANGE] = r->at[ZB_PLACE_CHANGE].value;
	cell[OUT_CHANGE_UNIT] = r->at[ZB_PLACE_CHANGE].unit;
	cell[OUT_CHANGE_MENTION] = r->at[ZB_PLACE_CHANGE].mention;
	cell[OUT_BASIS] = r->at[ZB_PLACE_CHANGE].basis;
	cell[OUT_SHARE] = r->at[ZB_PLACE_SHARE].value;
	cell[OUT_SHARE_MENTION] = r->at[ZB_PLACE_SHARE].mention;
	cell[OUT_CLAIM] = r->at[ZB_PLACE_CLAIM].mention;
	cell[OUT_PARTS] = parts;
	cell[OUT_LINE] = r->lines;
	zb_rowout_put(&e->out, cell);
}

/* The item ends: its rows in the order they began. */
static int end_item(struct engine *e)
{
	if (end_sentence(e) != 0)
		return -1;
	for (size_t i = 0; i < e->item.n; i++)
		put_row(e, &e->item.v[i]);
	e->item.n = 0;
	zb_arena_free(&e->arena);
	return 0;
}

static int row(void *st, const zb_field *f, const char **why)
{
	struct engine *e = st;
	enum zb_place place = zb_place_of(f[IN_TYPE].ptr, f[IN_TYPE].len);
	long line = zb_pos_parse(f[IN_LINE].ptr, f[IN_LINE].len);   /* 12, or 3:12 on page 3 */
	if (line < 0) {
		*why = "column 'line': not a line number";
		return ZB_ROWREP_BAD;
	}
	int is = zb_rowkey_set(&e->item_key, f, item_cols);
	if (is < 0 || (is && end_item(e) != 0))
		return ZB_ROWREP_NOMEM;
	int ss = zb_rowkey_set(&e->sentence_key, f, f[IN_SENTENCE].ptr ? sentence_cols : clause_cols);
	if (ss < 0 || (ss && end_sentence(e) != 0))
		return ZB_ROWREP_NOMEM;
	if (place != ZB_PLACE_CLAIM && !f[IN_VALUE].len)
		return ZB_ROWREP_OK;   /* no figure (a value zb-normalize could not read) */
	int pp = place == ZB_PLACE_CHANGE && f[IN_UNIT].len == 2 && !memcmp(f[IN_UNIT].ptr, "pp", 2);
	if (pp && e->last_change_percent)
		return ZB_ROWREP_OK;   /* 比同期增速高0.8个百分点: about the growth rate */
	struct figure fig;
	char *period = zb_arena_dup(&e->arena, f[IN_PERIOD].ptr, f[IN_PERIOD].len);
	if (!period || make_figure(e, f, place, &fig) != 0)
		return ZB_ROWREP_NOMEM;
	int wait = 0, nomem = 0;
	struct indicator *r = target(e, f, place, &wait, &nomem);
	if (nomem || (wait && add_pending(e, place, &fig, period, line) != 0) ||
	    (r && fill(e, r, place, &fig, period, line) != 0))
		return ZB_ROWREP_NOMEM;
	if (place == ZB_PLACE_CHANGE && (r || wait))
		e->last_change_percent = !pp && streq(fig.unit, "percent");
	return ZB_ROWREP_OK;
}

static int finish(void *st)
{
	return end_item(st) == 0 ? ZB_ROWREP_OK : ZB_ROWREP_NOMEM;
}

_Static_assert(ZB_INDICATORS_OPTIONAL == (OPT(IN_SECTION) | OPT(IN_CHAPTER) | OPT(IN_ITEM) | OPT(IN_TITLE) |
					  OPT(IN_SENTENCE) | OPT(IN_BASIS) | OPT(IN_PERIOD) | OPT(IN_OFFSET) |
					  OPT(IN_INDICATOR)),
	       "indicators.h names the optional inputs");

const zb_row_engine zb_indicators_engine = {
	inputs,
	ZB_INDICATORS_OPTIONAL,
	outputs, wants, start, row, finish, free_engine, 0,
};
