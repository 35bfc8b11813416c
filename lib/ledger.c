/* ledger.c - the claims ledger engine (see ledger.h). */
#include "ledger.h"
#include "aggops.h"
#include "formats.h"
#include "grow.h"
#include "keywords.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

enum in {
	IN_DOC, IN_SECTION, IN_DEPARTMENT, IN_CHAPTER, IN_ITEM, IN_TITLE, IN_LINE, IN_SENTENCE, IN_TYPE,
	IN_MENTION, IN_SCOPE, IN_VALUE, IN_PERIOD, IN_SUBJECT, IN_CLAUSE, IN_INDICATOR, NIN
};

static const char *const inputs[NIN + 1] = {ZB_LEDGER_INPUTS, NULL};
_Static_assert(NIN == ZB_LEDGER_NINPUT, "ledger.h lists the inputs");

#define OPT(i) (1u << (i))

enum out {
	OUT_DOC, OUT_DEPARTMENT, OUT_ITEM, OUT_TITLE, OUT_SUBJECT, OUT_SUBJECT_FROM, OUT_CLAIM,
	OUT_SCOPE, OUT_RANK, OUT_KIND, OUT_PERIOD, OUT_LINE, OUT_CLAUSE, OUT_INDICATOR, NOUT
};

static const zb_rowcol outputs[NOUT + 1] = {
	[OUT_DOC] = {"doc", "the document"},
	[OUT_DEPARTMENT] = {"department", "its department (empty without sections)"},
	[OUT_ITEM] = {"item", "the item number"},
	[OUT_TITLE] = {"title", "the item's headline"},
	[OUT_SUBJECT] = {"subject", "what is ranked (zb-classify's subject, or the fallback)"},
	[OUT_SUBJECT_FROM] = {"subject_from", "subject, title, chapter or clause: where the subject comes from"},
	[OUT_CLAIM] = {"claim", "the claim as written (居全省第1位)"},
	[OUT_SCOPE] = {"scope", "province, nation, city, region, world, other"},
	[OUT_RANK] = {"rank", "the rank (1 for first claims; empty for 前列)"},
	[OUT_KIND] = {"kind", "rank, first or top"},
	[OUT_PERIOD] = {"period", "the time it refers to"},
	[OUT_LINE] = {"line", "the input lines where it stands, blank-separated"},
	[OUT_CLAUSE] = {"clause", "its clause"},
	[OUT_INDICATOR] = {"indicator", "the canonical name of what is ranked (zb-classify's indicator)"},
	[NOUT] = {NULL, NULL},
};

struct claim {
	char *s[NIN];            /* the cells kept (arena) */
	char *lines;
	long first_line;
	int scope_order, kind_order;
	double rank;             /* HUGE_VAL: no number */
	int heading;             /* its clause lies in the item's title */
	size_t item, seq;        /* item run; arrival */
};

struct ledger {
	zb_rowout out;
	zb_arena arena;          /* the block's strings */
	struct claim *v;
	size_t n, cap, seq;
	zb_rowkey block, item;   /* the department run and the item run now read */
	size_t item_no, item_first;  /* the item run's number, its first claim in v */
	char *item_sentence;     /* the sentence of the item run's first claim */
};

static const int block_cols[] = {IN_DOC, IN_DEPARTMENT, -1};
static const int group_cols[] = {IN_DEPARTMENT, IN_DOC, -1};   /* department|doc */
static const int item_cols[] = {IN_DOC, IN_SECTION, IN_DEPARTMENT, IN_CHAPTER, IN_ITEM, IN_TITLE, -1};

static int wants(const zb_field *c)
{
	int t = zb_type_find(c[IN_TYPE].ptr, c[IN_TYPE].len);
	return t >= 0 && zb_types[t].claim;
}

static void *start(const zb_rowout *out)
{
	struct ledger *l = calloc(1, sizeof *l);
	if (l)
		l->out = *out;
	return l;
}

static int streq(const char *a, const char *b) { return strcmp(a, b) == 0; }

/* The claim stands in the item's headline: its clause in the title (which
 * is cut at its first full stop and may be cut short: a clause it begins
 * counts), and, when sentences are known, in the item's first sentence with
 * a claim (a body's short clause, 居全省第1位, may be in the title too). */
static int in_heading(const char *clause, const char *title, const char *sentence, const char *first)
{
	return *title && *clause && (strstr(title, clause) || strncmp(clause, title, strlen(title)) == 0) &&
	       (!*sentence || strcmp(sentence, first) == 0);
}

static int same_claim(const struct claim *a, const struct claim *b)
{
	if (!streq(a->s[IN_TYPE], b->s[IN_TYPE]) || !streq(a->s[IN_SCOPE], b->s[IN_SCOPE]) ||
	    !streq(a->s[IN_VALUE], b->s[IN_VALUE]))
		return 0;
	return a->heading != b->heading ||
	       (streq(a->s[IN_CLAUSE], b->s[IN_CLAUSE]) && streq(a->s[IN_SUBJECT], b->s[IN_SUBJECT]));
}

/* b repeats a: a keeps its place and words, gets b's line, and b's subject
 * and period where it has none (a heading names what the body details). */
static int fold(struct ledger *l, struct claim *a, const struct claim *b)
{
	if (!(a->lines = zb_arena_add_words(&l->arena, a->lines, b->lines)))
		return ZB_ROWREP_NOMEM;
	if (!*a->s[IN_SUBJECT])
		a->s[IN_SUBJECT] = b->s[IN_SUBJECT];
	if (!*a->s[IN_PERIOD])
		a->s[IN_PERIOD] = b->s[IN_PERIOD];
	a->heading &= b->heading;   /* a heading repeats once: the next body claim is another */
	return ZB_ROWREP_OK;
}

static int order_of(int found, int none) { return found < 0 ? none : found; }

static int make_claim(struct ledger *l, struct claim *c, const zb_field *f, const char **why)
{
	memset(c, 0, sizeof *c);
	for (int i = 0; i < NIN; i++)
		if (!(c->s[i] = zb_arena_dup(&l->arena, f[i].ptr, f[i].len)))
			return ZB_ROWREP_NOMEM;
	c->first_line = zb_pos_parse(f[IN_LINE].ptr, f[IN_LINE].len);   /* 12, or 3:12 on page 3 */
	if (c->first_line < 0) {
		*why = "column 'line': not a line number";
		return ZB_ROWREP_BAD;
	}
	c->lines = c->s[IN_LINE];
	c->scope_order = order_of(zb_scope_find(f[IN_SCOPE].ptr, f[IN_SCOPE].len), ZB_NSCOPES);
	c->kind_order = order_of(zb_type_find(f[IN_TYPE].ptr, f[IN_TYPE].len), ZB_NTYPES);
	if (zb_agg_parse(f[IN_VALUE].ptr, f[IN_VALUE].len, &c->rank) != ZB_NUM_OK)
		c->rank = HUGE_VAL;
	if (l->item_first == l->n)
		l->item_sentence = c->s[IN_SENTENCE];
	c->heading = in_heading(c->s[IN_CLAUSE], c->s[IN_TITLE], c->s[IN_SENTENCE], l->item_sentence);
	c->item = l->item_no;
	c->seq = l->seq++;
	return ZB_ROWREP_OK;
}

static int by_place(const void *x, const void *y)
{
	const struct claim *a = x, *b = y;
	if (a->scope_order != b->scope_order)
		return a->scope_order < b->scope_order ? -1 : 1;
	if (a->rank != b->rank)
		return a->rank < b->rank ? -1 : 1;
	if (a->kind_order != b->kind_order)
		return a->kind_order < b->kind_order ? -1 : 1;
	if (a->first_line != b->first_line)
		return a->first_line < b->first_line ? -1 : 1;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

static void put_claim(const struct ledger *l, const struct claim *c)
{
	static const struct { int col; const char *from; } fallback[] = {
		{IN_SUBJECT, "subject"}, {IN_TITLE, "title"}, {IN_CHAPTER, "chapter"}, {IN_CLAUSE, "clause"},
	};
	const char *cell[NOUT] = {NULL};
	size_t k = 0;
	while (k + 1 < sizeof fallback / sizeof *fallback && !*c->s[fallback[k].col])
		k++;
	cell[OUT_DOC] = c->s[IN_DOC];
	cell[OUT_DEPARTMENT] = c->s[IN_DEPARTMENT];
	cell[OUT_ITEM] = c->s[IN_ITEM];
	cell[OUT_TITLE] = c->s[IN_TITLE];
	cell[OUT_SUBJECT] = c->s[fallback[k].col];
	cell[OUT_SUBJECT_FROM] = *c->s[fallback[k].col] ? fallback[k].from : "";
	cell[OUT_CLAIM] = c->s[IN_MENTION];
	cell[OUT_SCOPE] = c->s[IN_SCOPE];
	cell[OUT_RANK] = c->s[IN_VALUE];
	cell[OUT_KIND] = c->s[IN_TYPE];
	cell[OUT_PERIOD] = c->s[IN_PERIOD];
	cell[OUT_LINE] = c->lines;
	cell[OUT_CLAUSE] = c->s[IN_CLAUSE];
	cell[OUT_INDICATOR] = c->s[IN_INDICATOR];
	zb_rowout_put(&l->out, cell);
}

/* The department run ends: its claims in order, then they go. */
static void flush(struct ledger *l)
{
	if (l->n)
		qsort(l->v, l->n, sizeof *l->v, by_place);
	for (size_t i = 0; i < l->n; i++)
		put_claim(l, &l->v[i]);
	l->n = 0;
	zb_arena_free(&l->arena);
}

static int row(void *st, const zb_field *f, const char **why)
{
	struct ledger *l = st;
	zb_field key[NIN];
	memcpy(key, f, sizeof key);
	key[IN_DEPARTMENT] = *zb_first_nonempty(f, group_cols);
	int bs = zb_rowkey_set(&l->block, key, block_cols), is = zb_rowkey_set(&l->item, f, item_cols);
	if (bs < 0 || is < 0)
		return ZB_ROWREP_NOMEM;
	if (bs)
		flush(l);
	if (bs || is) {
		l->item_no++;
		l->item_first = l->n;
	}
	if (zb_grow((void **)&l->v, &l->cap, l->n + 1, sizeof *l->v) != 0)
		return ZB_ROWREP_NOMEM;
	struct claim *c = &l->v[l->n];
	int st2 = make_claim(l, c, f, why);
	if (st2 != ZB_ROWREP_OK)
		return st2;
	for (size_t i = l->item_first; i < l->n; i++)
		if (same_claim(&l->v[i], c))
			return fold(l, &l->v[i], c);
	l->n++;
	return ZB_ROWREP_OK;
}

static int finish(void *st)
{
	flush(st);
	return ZB_ROWREP_OK;
}

static void free_ledger(void *st)
{
	struct ledger *l = st;
	if (!l)
		return;
	zb_arena_free(&l->arena);
	zb_rowkey_free(&l->block);
	zb_rowkey_free(&l->item);
	free(l->v);
	free(l);
}

_Static_assert(ZB_LEDGER_OPTIONAL == (OPT(IN_SECTION) | OPT(IN_CHAPTER) | OPT(IN_ITEM) | OPT(IN_TITLE) |
				      OPT(IN_SENTENCE) | OPT(IN_PERIOD) | OPT(IN_SUBJECT) | OPT(IN_CLAUSE) |
				      OPT(IN_INDICATOR)),
	       "ledger.h names the optional inputs");

const zb_row_engine zb_ledger_engine = {
	inputs,
	ZB_LEDGER_OPTIONAL,
	outputs, wants, start, row, finish, free_ledger, 0,
};
