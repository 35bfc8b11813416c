/* across.c - compare, trend and conflicts (see across.h): the indicators
 * engine or the ledger run inside, their rows kept, and the documents'
 * facts beside them; everything is written at the end. */
#include "across.h"
#include "docfacts.h"
#include "grow.h"
#include "indicators.h"
#include "ledger.h"
#include "places.h"
#include "strset.h"
#include "utf8.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum mode { COMPARE, TREND, CONFLICTS };

/* Bytes of a key of what is kept (document, indicator, ...). */
#define KEY_MAX 768

/* Characters a subject needs to stand for what a first claim is of. */
#define MIN_FIRST_SUBJECT 4

static size_t count_chars(const char *s)
{
	size_t n = strlen(s), chars = 0;
	for (size_t i = 0; i < n; i += zb_utf8_len(s + i, n - i))
		chars++;
	return chars;
}

static const char *const fact_inputs[] = {ZB_INDICATORS_INPUTS, "doc_place", "doc_period", NULL};
static const char *const claim_inputs[] = {ZB_LEDGER_INPUTS, "doc_place", "doc_period", NULL};
#define FACT_PLACE ZB_INDICATORS_NINPUT
#define CLAIM_PLACE ZB_LEDGER_NINPUT

/* ---- the outputs ---- */

enum cmp_out { CMP_INDICATOR, CMP_DOCS, CMP_LEVEL_UNIT, CMP_CHANGE_UNIT, CMP_LEVEL, CMP_LEVEL_MENTION, CMP_CHANGE, CMP_NOUT };
static const zb_rowcol compare_outputs[CMP_NOUT + 1] = {
	[CMP_INDICATOR] = {"indicator", "the indicator (zb-classify's indicator)"},
	[CMP_DOCS] = {"documents", "how many documents give it"},
	[CMP_LEVEL_UNIT] = {"level_unit", "the unit of the levels"},
	[CMP_CHANGE_UNIT] = {"change_unit", "the unit of the changes (percent, pp)"},
	[CMP_LEVEL] = {"* level", "per document (its place and period first): the level's value"},
	[CMP_LEVEL_MENTION] = {"* level_mention", "per document: the level as written"},
	[CMP_CHANGE] = {"* change", "per document: the change, signed"},
	[CMP_NOUT] = {NULL, NULL},
};

enum trend_out {
	TR_INDICATOR, TR_PLACE, TR_PERIOD, TR_LEVEL, TR_LEVEL_UNIT, TR_LEVEL_MENTION, TR_CHANGE, TR_CHANGE_UNIT,
	TR_CHANGE_MENTION, TR_DOC, TR_SERIES, TR_PERIODS, TR_LINE, TR_NOUT
};
static const zb_rowcol trend_outputs[TR_NOUT + 1] = {
	[TR_INDICATOR] = {"indicator", "the indicator"},
	[TR_PLACE] = {"place", "the document's place (doc_place)"},
	[TR_PERIOD] = {"period", "the period it reports on (doc_period)"},
	[TR_LEVEL] = {"level", "the level's value"},
	[TR_LEVEL_UNIT] = {"level_unit", "its unit"},
	[TR_LEVEL_MENTION] = {"level_mention", "the level as written"},
	[TR_CHANGE] = {"change", "the change, signed"},
	[TR_CHANGE_UNIT] = {"change_unit", "percent or pp"},
	[TR_CHANGE_MENTION] = {"change_mention", "the change as written, with its sign"},
	[TR_DOC] = {"doc", "the document"},
	[TR_SERIES] = {"series", "the chart's line: the indicator, with the place when there are several"},
	[TR_PERIODS] = {"periods", "how many periods its series has (a trend needs two)"},
	[TR_LINE] = {"line", "its lines in the document"},
	[TR_NOUT] = {NULL, NULL},
};

enum conf_out { CF_CONFLICT, CF_INDICATOR, CF_PERIOD, CF_SCOPE, CF_PROVINCE, CF_PLACES, CF_RANKS, CF_CLAIMS, CF_DOCS, CF_LINES, CF_NOUT };
static const zb_rowcol conflicts_outputs[CF_NOUT + 1] = {
	[CF_CONFLICT] = {"conflict", "two_firsts (two places, each first) or two_ranks (one place, two ranks)"},
	[CF_INDICATOR] = {"indicator", "what is ranked: the indicator, or the subject when it has none"},
	[CF_PERIOD] = {"period", "the period the claims are of"},
	[CF_SCOPE] = {"scope", "province or nation (two_ranks: any)"},
	[CF_PROVINCE] = {"province", "the province, for province scope"},
	[CF_PLACES] = {"places", "the places claiming, blank-separated"},
	[CF_RANKS] = {"ranks", "the ranks claimed, blank-separated"},
	[CF_CLAIMS] = {"claims", "each claim as written, with its place"},
	[CF_DOCS] = {"docs", "the documents"},
	[CF_LINES] = {"lines", "DOC:LINE of each claim"},
	[CF_NOUT] = {NULL, NULL},
};

/* ---- what is kept ---- */

struct doc {
	char *name, *place, *period, *label;
};

/* An indicators row about an indicator. */
struct fact {
	size_t doc, seq;
	char *indicator, *level, *level_unit, *level_mention, *change, *change_unit, *change_mention, *line;
	int parts;   /* of level and change */
};

/* A ledger row. */
struct claim {
	size_t doc;
	char *key, *claim, *scope, *rank, *kind, *period, *line;
};

struct across {
	enum mode mode;
	zb_rowout out;
	const zb_row_engine *inner;
	void *inner_state;
	zb_rowout inner_out;
	int failed;
	int col[16];             /* inner output of each kept field */
	zb_arena arena;
	struct doc *docs;
	size_t ndocs, capdocs;
	struct fact *facts;
	size_t nfacts, capfacts;
	struct claim *claims;
	size_t nclaims, capclaims;
	/* What is kept is bounded by documents times indicators, not rows: one
	 * fact per (document, indicator), the better one (facts[i] is that of
	 * seen's key i); one claim per document, key, period, scope, kind and
	 * rank. */
	zb_strset seen;
	size_t arrivals;
	zb_strset claims_seen;
};

static char *dup(struct across *a, const char *s) { return zb_arena_dup(&a->arena, s ? s : "", s ? strlen(s) : 0); }
static int streq(const char *a, const char *b) { return strcmp(a, b) == 0; }
static int empty(const char *s) { return !s || !*s; }

static long doc_of(const struct across *a, const char *name)
{
	for (size_t i = a->ndocs; i-- > 0;)
		if (streq(a->docs[i].name, name))
			return (long)i;
	return -1;
}

/* ---- the inner engine's rows ---- */

enum { F_DOC, F_INDICATOR, F_LEVEL, F_LEVEL_UNIT, F_LEVEL_MENTION, F_CHANGE, F_CHANGE_UNIT, F_CHANGE_MENTION, F_LINE, NF };
static const char *const fact_fields[NF] = {"doc", "indicator", "level", "level_unit", "level_mention", "change",
					    "change_unit", "change_mention", "line"};
enum { K_DOC, K_INDICATOR, K_SUBJECT, K_CLAIM, K_SCOPE, K_RANK, K_KIND, K_PERIOD, K_LINE, NK };
static const char *const claim_fields[NK] = {"doc", "indicator", "subject", "claim", "scope", "rank", "kind",
					     "period", "line"};

static int take_fact(void *ctx, const char *const *cells)
{
	struct across *a = ctx;
	const char *c[NF];
	for (int i = 0; i < NF; i++)
		c[i] = cells[a->col[i]] ? cells[a->col[i]] : "";
	long doc = doc_of(a, c[F_DOC]);
	int parts = !empty(c[F_LEVEL]) + !empty(c[F_CHANGE]);
	if (doc < 0 || empty(c[F_INDICATOR]) || parts == 0)
		return 0;
	char key[KEY_MAX];   /* a row's key lives only here: the set keeps its own copy */
	int added, klen = snprintf(key, sizeof key, "%ld\t%s", doc, c[F_INDICATOR]);
	size_t k = zb_strset_add(&a->seen, key, klen < (int)sizeof key ? (size_t)klen : sizeof key - 1, &added);
	if (k == ZB_STRSET_NOMEM)
		return -1;
	struct fact *f;
	if (!added) {   /* the first of as many parts stays */
		f = &a->facts[k];
		if (parts <= f->parts)
			return 0;
	} else {
		if (zb_grow((void **)&a->facts, &a->capfacts, a->nfacts + 1, sizeof *a->facts) != 0)
			return -1;
		f = &a->facts[a->nfacts++];
	}
	*f = (struct fact){(size_t)doc, a->arrivals++, dup(a, c[F_INDICATOR]), dup(a, c[F_LEVEL]),
			   dup(a, c[F_LEVEL_UNIT]), dup(a, c[F_LEVEL_MENTION]), dup(a, c[F_CHANGE]),
			   dup(a, c[F_CHANGE_UNIT]), dup(a, c[F_CHANGE_MENTION]), dup(a, c[F_LINE]), parts};
	if (!f->indicator || !f->level || !f->level_unit || !f->level_mention || !f->change || !f->change_unit ||
	    !f->change_mention || !f->line)
		return -1;
	return 0;
}

/* A claim's period: its document's, unless it names another itself. */
static const char *claim_period(const struct doc *d, const char *own)
{
	size_t n = strlen(own), m = strlen(d->period);
	if (!n || (m >= n && streq(d->period + m - n, own)))
		return d->period;
	return own;
}

static int take_claim(void *ctx, const char *const *cells)
{
	struct across *a = ctx;
	const char *c[NK];
	for (int i = 0; i < NK; i++)
		c[i] = cells[a->col[i]] ? cells[a->col[i]] : "";
	long doc = doc_of(a, c[K_DOC]);
	/* What is ranked: an indicator; for a first (全省首个), a subject long
	 * enough to name one thing (not 数量, 规模) will do. */
	const char *key = c[K_INDICATOR];
	if (empty(key) && streq(c[K_KIND], "first") && count_chars(c[K_SUBJECT]) >= MIN_FIRST_SUBJECT)
		key = c[K_SUBJECT];
	if (doc < 0 || empty(key))
		return 0;
	const char *period = claim_period(&a->docs[doc], c[K_PERIOD]);
	char seen[KEY_MAX];   /* the same claim again (a heading and a summary): once */
	int added, n = snprintf(seen, sizeof seen, "%ld\t%s\t%s\t%s\t%s\t%s", doc, key, period, c[K_SCOPE], c[K_KIND],
				c[K_RANK]);
	if (zb_strset_add(&a->claims_seen, seen, n < (int)sizeof seen ? (size_t)n : sizeof seen - 1, &added) ==
	    ZB_STRSET_NOMEM)
		return -1;
	if (!added)
		return 0;
	if (zb_grow((void **)&a->claims, &a->capclaims, a->nclaims + 1, sizeof *a->claims) != 0)
		return -1;
	struct claim *k = &a->claims[a->nclaims];
	*k = (struct claim){(size_t)doc, dup(a, key), dup(a, c[K_CLAIM]), dup(a, c[K_SCOPE]), dup(a, c[K_RANK]),
			    dup(a, c[K_KIND]), dup(a, period), dup(a, c[K_LINE])};
	if (!k->key || !k->claim || !k->scope || !k->rank || !k->kind || !k->period || !k->line)
		return -1;
	a->nclaims++;
	return 0;
}

/* ---- the engine ---- */

static void free_across(void *st)
{
	struct across *a = st;
	if (!a)
		return;
	if (a->inner_state)
		a->inner->free(a->inner_state);
	zb_arena_free(&a->arena);
	free(a->docs);
	free(a->facts);
	free(a->claims);
	zb_strset_free(&a->seen);
	zb_strset_free(&a->claims_seen);
	free(a);
}

static void *start(const zb_rowout *out, enum mode mode)
{
	struct across *a = zb_places_load() == 0 ? calloc(1, sizeof *a) : NULL;
	if (!a)
		return NULL;
	a->mode = mode;
	a->out = *out;
	a->inner = mode == CONFLICTS ? &zb_ledger_engine : &zb_indicators_engine;
	const char *const *fields = mode == CONFLICTS ? claim_fields : fact_fields;
	int nfields = mode == CONFLICTS ? NK : NF;
	for (int i = 0; i < nfields; i++)
		if ((a->col[i] = zb_row_engine_output(a->inner, fields[i])) < 0) {
			free_across(a);   /* an engine lost a column: no report, not a crash */
			return NULL;
		}
	a->inner_out = (zb_rowout){NULL, NULL, 0, mode == CONFLICTS ? take_claim : take_fact, a, &a->failed};
	if (!(a->inner_state = a->inner->start(&a->inner_out))) {
		free_across(a);
		return NULL;
	}
	return a;
}

static void *start_compare(const zb_rowout *out) { return start(out, COMPARE); }
static void *start_trend(const zb_rowout *out) { return start(out, TREND); }
static void *start_conflicts(const zb_rowout *out) { return start(out, CONFLICTS); }

static int wants_fact(const zb_field *cells) { return zb_indicators_engine.wants(cells); }
static int wants_claim(const zb_field *cells) { return zb_ledger_engine.wants(cells); }

static int row(void *st, const zb_field *cells, const char **why)
{
	struct across *a = st;
	size_t at = a->mode == CONFLICTS ? CLAIM_PLACE : FACT_PLACE;
	char *name = zb_arena_dup(&a->arena, cells[0].ptr, cells[0].len);
	if (!name)
		return ZB_ROWREP_NOMEM;
	if (doc_of(a, name) < 0) {
		if (zb_grow((void **)&a->docs, &a->capdocs, a->ndocs + 1, sizeof *a->docs) != 0)
			return ZB_ROWREP_NOMEM;
		struct doc *d = &a->docs[a->ndocs];
		d->name = name;
		d->place = zb_arena_dup(&a->arena, cells[at].ptr, cells[at].len);
		d->period = zb_arena_dup(&a->arena, cells[at + 1].ptr, cells[at + 1].len);
		d->label = NULL;
		if (!d->place || !d->period)
			return ZB_ROWREP_NOMEM;
		a->ndocs++;
	}
	int st_inner = a->inner->row(a->inner_state, cells, why);
	return a->failed ? ZB_ROWREP_NOMEM : st_inner;
}

/* ---- compare and trend ---- */

/* Each indicator numbered as first met, and the facts (one per indicator
 * and document, take_fact's) by indicator then document.  Sorting, not a
 * table of indicators by documents: thousands of documents cost n log n. */
struct picks {
	zb_strset names;         /* indicators in the order met */
	size_t *ind;             /* per fact: its indicator's number */
	size_t *best;            /* facts by indicator then document */
	size_t n;
	size_t *ndocs;           /* per indicator: documents giving it */
	size_t *rank;            /* per indicator: its place in the order (more documents first) */
	size_t *order;           /* indicators in that order */
};

static const struct across *sort_a;
static const struct picks *sort_p;

static int cmp_size(size_t x, size_t y) { return x < y ? -1 : x > y; }

/* By indicator, then document. */
static int by_indicator_doc(const void *x, const void *y)
{
	size_t i = *(const size_t *)x, j = *(const size_t *)y;
	int c = cmp_size(sort_p->ind[i], sort_p->ind[j]);
	return c ? c : cmp_size(sort_a->facts[i].doc, sort_a->facts[j].doc);
}

static int by_documents(const void *x, const void *y)
{
	size_t i = *(const size_t *)x, j = *(const size_t *)y;
	if (sort_p->ndocs[i] != sort_p->ndocs[j])
		return sort_p->ndocs[i] > sort_p->ndocs[j] ? -1 : 1;
	return cmp_size(i, j);
}

static void free_picks(struct picks *p)
{
	zb_strset_free(&p->names);
	free(p->ind);
	free(p->best);
	free(p->ndocs);
	free(p->rank);
	free(p->order);
}

static int pick(struct across *a, struct picks *p)
{
	memset(p, 0, sizeof *p);
	size_t nf = a->nfacts;
	if (!(p->ind = malloc((nf + 1) * sizeof *p->ind)) || !(p->best = malloc((nf + 1) * sizeof *p->best)))
		return -1;
	for (size_t i = 0; i < nf; i++) {
		const char *name = a->facts[i].indicator;
		if ((p->ind[i] = zb_strset_add(&p->names, name, strlen(name), NULL)) == ZB_STRSET_NOMEM)
			return -1;
		p->best[i] = i;
	}
	sort_a = a, sort_p = p;
	qsort(p->best, nf, sizeof *p->best, by_indicator_doc);
	size_t ni = p->names.n;
	if (!(p->ndocs = calloc(ni + 1, sizeof *p->ndocs)) || !(p->rank = malloc((ni + 1) * sizeof *p->rank)) ||
	    !(p->order = malloc((ni + 1) * sizeof *p->order)))
		return -1;
	p->n = nf;
	for (size_t i = 0; i < nf; i++)
		p->ndocs[p->ind[i]]++;
	for (size_t k = 0; k < ni; k++)
		p->order[k] = k;
	qsort(p->order, ni, sizeof *p->order, by_documents);
	for (size_t k = 0; k < ni; k++)
		p->rank[p->order[k]] = k;
	return 0;
}

/* A document's label: place and period, else its name; its name added
 * when another has the same. */
static int by_label(const void *x, const void *y)
{
	const struct doc *d = &sort_a->docs[*(const size_t *)x], *e = &sort_a->docs[*(const size_t *)y];
	return strcmp(d->label, e->label);
}

static int label_docs(struct across *a)
{
	size_t *ix = malloc((a->ndocs + 1) * sizeof *ix);
	if (!ix)
		return -1;
	for (size_t i = 0; i < a->ndocs; i++) {
		struct doc *d = &a->docs[i];
		ix[i] = i;
		if (!*d->place && !*d->period)
			d->label = d->name;
		else if (!(d->label = zb_arena_printf(&a->arena, "%s%s%s", d->place, *d->place && *d->period ? " " : "",
						       d->period))) {
			free(ix);
			return -1;
		}
	}
	sort_a = a;
	qsort(ix, a->ndocs, sizeof *ix, by_label);
	char **named = calloc(a->ndocs + 1, sizeof *named);   /* new labels, set after the scan */
	if (!named) {
		free(ix);
		return -1;
	}
	for (size_t i = 0; i < a->ndocs; i++) {
		const struct doc *d = &a->docs[ix[i]];
		int twin = (i > 0 && streq(a->docs[ix[i - 1]].label, d->label)) ||
			   (i + 1 < a->ndocs && streq(a->docs[ix[i + 1]].label, d->label));
		if (twin && d->label != d->name &&
		    !(named[ix[i]] = zb_arena_printf(&a->arena, "%s（%s）", d->label, d->name))) {
			free(ix);
			free(named);
			return -1;
		}
	}
	for (size_t i = 0; i < a->ndocs; i++)
		if (named[i])
			a->docs[i].label = named[i];
	free(ix);
	free(named);
	return 0;
}

static int finish_compare(struct across *a)
{
	struct picks p;
	size_t *start = NULL;   /* per indicator: its first pick */
	int status = ZB_ROWREP_NOMEM;
	if (pick(a, &p) != 0 || label_docs(a) != 0 || !(start = malloc((p.names.n + 1) * sizeof *start)))
		goto out;
	for (size_t i = p.n; i-- > 0;)
		start[p.ind[p.best[i]]] = i;
	zb_csv_writer *w = a->out.w;
	for (int c = 0; c < CMP_LEVEL; c++)
		zb_csv_puts(w, compare_outputs[c].name);
	for (size_t d = 0; d < a->ndocs; d++)
		for (int c = CMP_LEVEL; c < CMP_NOUT; c++) {
			char *head = zb_arena_printf(&a->arena, "%s%s", a->docs[d].label, compare_outputs[c].name + 1);
			if (!head)
				goto out;
			zb_csv_put_text(w, head, strlen(head));
		}
	zb_csv_end_row(w);
	for (size_t oi = 0; oi < p.names.n; oi++) {
		size_t k = p.order[oi], first = start[k], end = first;
		while (end < p.n && p.ind[p.best[end]] == k)
			end++;
		const char *level_unit = "", *change_unit = "";
		for (size_t i = first; i < end; i++) {   /* the first document's units */
			const struct fact *f = &a->facts[p.best[i]];
			if (!*level_unit)
				level_unit = f->level_unit;
			if (!*change_unit)
				change_unit = f->change_unit;
		}
		zb_csv_put_text(w, p.names.v[k], strlen(p.names.v[k]));
		zb_csv_put_long(w, (long)p.ndocs[k]);
		zb_csv_puts(w, level_unit);
		zb_csv_puts(w, change_unit);
		size_t i = first;
		for (size_t d = 0; d < a->ndocs; d++) {
			const struct fact *f = i < end && a->facts[p.best[i]].doc == d ? &a->facts[p.best[i++]] : NULL;
			/* a level in another unit than the row's is not comparable: its mention only */
			zb_csv_puts(w, f && streq(f->level_unit, level_unit) ? f->level : "");
			zb_csv_put_text(w, f ? f->level_mention : "", f ? strlen(f->level_mention) : 0);
			zb_csv_puts(w, f && streq(f->change_unit, change_unit) ? f->change : "");
		}
		zb_csv_end_row(w);
	}
	status = ZB_ROWREP_OK;
out:
	free(start);
	free_picks(&p);
	return status;
}

struct trend_row {
	size_t indicator;        /* its number in picks */
	long period_key;
	const struct fact *fact;
	size_t periods;          /* rows of its series */
};

static const struct doc *doc_of_row(const struct trend_row *r) { return &sort_a->docs[r->fact->doc]; }

/* By indicator, place, period, then the better fact first. */
static int by_series(const void *x, const void *y)
{
	const struct trend_row *r = x, *q = y;
	int c = cmp_size(r->indicator, q->indicator);
	if (!c)
		c = strcmp(doc_of_row(r)->place, doc_of_row(q)->place);
	if (!c)
		c = r->period_key != q->period_key ? (r->period_key < q->period_key ? -1 : 1) : 0;
	if (!c)
		c = strcmp(doc_of_row(r)->period, doc_of_row(q)->period);
	if (!c)
		c = r->fact->parts != q->fact->parts ? (r->fact->parts > q->fact->parts ? -1 : 1)
						     : cmp_size(r->fact->seq, q->fact->seq);
	return c;
}

/* By period, then indicator (more documents first), place. */
static int by_period(const void *x, const void *y)
{
	const struct trend_row *r = x, *q = y;
	if (r->period_key != q->period_key)
		return r->period_key < q->period_key ? -1 : 1;
	int c = cmp_size(sort_p->rank[r->indicator], sort_p->rank[q->indicator]);
	return c ? c : cmp_size(r->fact->seq, q->fact->seq);
}

static int same_series(const struct trend_row *r, const struct trend_row *q)
{
	return r->indicator == q->indicator && streq(doc_of_row(r)->place, doc_of_row(q)->place);
}

static int finish_trend(struct across *a)
{
	struct picks p;
	struct trend_row *rows = NULL;
	int status = ZB_ROWREP_NOMEM;
	if (pick(a, &p) != 0 || !(rows = malloc((p.n + 1) * sizeof *rows)))
		goto out;
	int places = 0;   /* more than one place: the series name them */
	for (size_t d = 1; d < a->ndocs; d++)
		places |= !streq(a->docs[d].place, a->docs[0].place);
	for (size_t i = 0; i < p.n; i++) {
		const struct fact *f = &a->facts[p.best[i]];
		rows[i] = (struct trend_row){p.ind[p.best[i]], zb_period_key(a->docs[f->doc].period), f, 0};
		if (rows[i].period_key < 0)
			goto out;
	}
	sort_a = a, sort_p = &p;
	qsort(rows, p.n, sizeof *rows, by_series);
	size_t n = 0;   /* two documents of one place and period: the better row */
	for (size_t i = 0; i < p.n; i++)
		if (!n || !same_series(&rows[n - 1], &rows[i]) ||
		    !streq(doc_of_row(&rows[n - 1])->period, doc_of_row(&rows[i])->period))
			rows[n++] = rows[i];
	for (size_t i = 0, j; i < n; i = j) {
		for (j = i; j < n && same_series(&rows[i], &rows[j]); j++)
			;
		for (size_t k = i; k < j; k++)
			rows[k].periods = j - i;
	}
	qsort(rows, n, sizeof *rows, by_period);
	for (size_t i = 0; i < n; i++) {
		const struct fact *f = rows[i].fact;
		const struct doc *d = &a->docs[f->doc];
		char *series = places && *d->place ? zb_arena_printf(&a->arena, "%s（%s）", f->indicator, d->place)
						   : f->indicator;
		char *nperiods = zb_arena_printf(&a->arena, "%zu", rows[i].periods);
		if (!series || !nperiods)
			goto out;
		const char *cell[TR_NOUT] = {
			[TR_INDICATOR] = f->indicator, [TR_PLACE] = d->place, [TR_PERIOD] = d->period,
			[TR_LEVEL] = f->level, [TR_LEVEL_UNIT] = f->level_unit, [TR_LEVEL_MENTION] = f->level_mention,
			[TR_CHANGE] = f->change, [TR_CHANGE_UNIT] = f->change_unit,
			[TR_CHANGE_MENTION] = f->change_mention, [TR_DOC] = d->name, [TR_SERIES] = series,
			[TR_PERIODS] = nperiods, [TR_LINE] = f->line,
		};
		zb_rowout_put(&a->out, cell);
	}
	status = ZB_ROWREP_OK;
out:
	free(rows);
	free_picks(&p);
	return status;
}

/* ---- conflicts ---- */

static int first_claim(const struct claim *k)
{
	return (streq(k->kind, "rank") && streq(k->rank, "1")) || streq(k->kind, "first");
}

static const char *province_of(const struct across *a, const struct claim *k)
{
	const char *p = zb_place_province(a->docs[k->doc].place);
	return p ? p : "";
}

/* Claim j belongs with i in a conflict of this kind. */
static int same_group(const struct across *a, const struct claim *i, const struct claim *j, int two_ranks)
{
	if (!streq(i->key, j->key) || !streq(i->period, j->period) || !streq(i->scope, j->scope))
		return 0;
	if (two_ranks)
		return streq(i->kind, "rank") && streq(j->kind, "rank") &&
		       streq(a->docs[i->doc].place, a->docs[j->doc].place);
	return first_claim(j) && (!streq(i->scope, "province") || streq(province_of(a, i), province_of(a, j)));
}

/* Words joined by a blank, each once. */
static int add_word(struct across *a, char **list, const char *word)
{
	if (*list) {
		size_t n = strlen(word);
		for (const char *p = *list; (p = strstr(p, word)); p += n)
			if ((p == *list || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0'))
				return 0;
	}
	*list = zb_arena_join(&a->arena, *list, word);
	return *list ? 0 : -1;
}

static int put_conflict(struct across *a, const char *kind, const struct claim *first, const char *province,
			const size_t *members, size_t count)
{
	char *places = NULL, *ranks = NULL, *claims = NULL, *docs = NULL, *lines = NULL;
	for (size_t m = 0; m < count; m++) {
		const struct claim *k = &a->claims[members[m]];
		const struct doc *d = &a->docs[k->doc];
		char *said = zb_arena_printf(&a->arena, "%s：%s", *d->place ? d->place : d->name, k->claim);
		char *at = zb_arena_printf(&a->arena, "%s:%s", d->name, k->line);
		if (!said || !at || add_word(a, &places, *d->place ? d->place : d->name) ||
		    add_word(a, &ranks, *k->rank ? k->rank : "-") || add_word(a, &docs, d->name) ||
		    add_word(a, &lines, at))
			return -1;
		claims = claims ? zb_arena_printf(&a->arena, "%s；%s", claims, said) : said;
		if (!claims)
			return -1;
	}
	const char *cell[CF_NOUT] = {
		[CF_CONFLICT] = kind, [CF_INDICATOR] = first->key, [CF_PERIOD] = first->period,
		[CF_SCOPE] = first->scope, [CF_PROVINCE] = province, [CF_PLACES] = places, [CF_RANKS] = ranks,
		[CF_CLAIMS] = claims, [CF_DOCS] = docs, [CF_LINES] = lines,
	};
	zb_rowout_put(&a->out, cell);
	return 0;
}

/* A claim that can start a conflict of this kind. */
static int candidate(const struct across *a, const struct claim *k, int two_ranks)
{
	if (two_ranks)
		return streq(k->kind, "rank") && *a->docs[k->doc].place;
	return first_claim(k) && (streq(k->scope, "nation") || (streq(k->scope, "province") && *province_of(a, k)));
}

/* In one run of claims with the same indicator, period and scope (ix[0..n),
 * in document order): each group once, by its first claim, when it holds
 * two places (two_firsts) or two ranks (two_ranks). */
static int run_conflicts(struct across *a, const size_t *ix, size_t n, int two_ranks, unsigned char *done,
			 size_t *members)
{
	memset(done, 0, n);
	for (size_t i = 0; i < n; i++) {
		const struct claim *k = &a->claims[ix[i]];
		if (done[i] || !candidate(a, k, two_ranks))
			continue;
		size_t count = 0;
		int differ = 0;
		for (size_t j = i; j < n; j++)
			if (!done[j] && same_group(a, k, &a->claims[ix[j]], two_ranks)) {
				const struct claim *m = &a->claims[ix[j]];
				differ |= two_ranks ? !streq(m->rank, k->rank)
						    : !streq(a->docs[m->doc].place, a->docs[k->doc].place);
				done[j] = 1;
				members[count++] = ix[j];
			}
		if (differ && put_conflict(a, two_ranks ? "two_ranks" : "two_firsts", k,
					   streq(k->scope, "province") ? province_of(a, k) : "", members, count) != 0)
			return -1;
	}
	return 0;
}

/* By indicator, period, scope, then as read. */
static int by_claim_key(const void *x, const void *y)
{
	size_t i = *(const size_t *)x, j = *(const size_t *)y;
	const struct claim *k = &sort_a->claims[i], *m = &sort_a->claims[j];
	int c = strcmp(k->key, m->key);
	if (!c)
		c = strcmp(k->period, m->period);
	if (!c)
		c = strcmp(k->scope, m->scope);
	return c ? c : cmp_size(i, j);
}

static int finish_conflicts(struct across *a)
{
	size_t n = a->nclaims;
	size_t *ix = malloc((n + 1) * sizeof *ix), *members = malloc((n + 1) * sizeof *members);
	unsigned char *done = malloc(n + 1);
	int status = ZB_ROWREP_NOMEM;
	if (!ix || !members || !done)
		goto out;
	for (size_t i = 0; i < n; i++)
		ix[i] = i;
	sort_a = a;
	qsort(ix, n, sizeof *ix, by_claim_key);
	for (int two_ranks = 0; two_ranks < 2; two_ranks++)
		for (size_t i = 0, j; i < n; i = j) {
			const struct claim *k = &a->claims[ix[i]];
			for (j = i + 1; j < n; j++) {
				const struct claim *m = &a->claims[ix[j]];
				if (!streq(k->key, m->key) || !streq(k->period, m->period) || !streq(k->scope, m->scope))
					break;
			}
			if (run_conflicts(a, ix + i, j - i, two_ranks, done, members) != 0)
				goto out;
		}
	status = ZB_ROWREP_OK;
out:
	free(ix);
	free(members);
	free(done);
	return status;
}

static int finish(void *st)
{
	struct across *a = st;
	int status = a->inner->finish(a->inner_state);
	if (status != ZB_ROWREP_OK || a->failed)
		return ZB_ROWREP_NOMEM;
	switch (a->mode) {
	case COMPARE: return finish_compare(a);
	case TREND: return finish_trend(a);
	default: return finish_conflicts(a);
	}
}

#define OPT(i) (1u << (i))
/* The inner engine's optional inputs, and the documents' facts. */
#define FACT_OPTIONAL (ZB_INDICATORS_OPTIONAL | OPT(FACT_PLACE) | OPT(FACT_PLACE + 1))
#define CLAIM_OPTIONAL (ZB_LEDGER_OPTIONAL | OPT(CLAIM_PLACE) | OPT(CLAIM_PLACE + 1))

const zb_row_engine zb_compare_engine = {
	fact_inputs, FACT_OPTIONAL, compare_outputs, wants_fact, start_compare, row, finish, free_across, 1,
};
const zb_row_engine zb_trend_engine = {
	fact_inputs, FACT_OPTIONAL, trend_outputs, wants_fact, start_trend, row, finish, free_across, 0,
};
const zb_row_engine zb_conflicts_engine = {
	claim_inputs, CLAIM_OPTIONAL, conflicts_outputs, wants_claim, start_conflicts, row, finish, free_across, 0,
};
