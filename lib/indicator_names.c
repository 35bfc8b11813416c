/* indicator_names.c - subjects to canonical indicator names (see
 * indicator_names.h). */
#include "indicator_names.h"
#include "claims.h"
#include "grow.h"
#include "indicators.h"
#include "places.h"
#include "tsv.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct alias {
	const char *alias, *indicator, *example;
	size_t len;   /* strlen of alias, for the search */
};

struct zb_indicator_names {
	zb_kw_index *growth;   /* zb_kw_growth: a subject ending in 增速 is of what comes before */
	struct alias *rows;
	size_t n, cap;
	/* a bit per hash of each alias's length and first, middle and last bytes: most
	 * subjects are no alias, and are told so without a search */
	unsigned char probe_bits[0x10000 / 8];
	char **texts;          /* the tables' texts, the rows point into */
	size_t ntexts;
	int sorted;
};

static int by_alias(const void *a, const void *b)
{
	return strcmp(((const struct alias *)a)->alias, ((const struct alias *)b)->alias);
}

static int add_row(void *ctx, char **f, int n, long line)
{
	(void)line;
	zb_indicator_names *m = ctx;
	for (size_t i = 0; i < m->n; i++)   /* a later row of an alias wins */
		if (strcmp(m->rows[i].alias, f[1]) == 0) {
			m->rows[i] = (struct alias){f[1], f[0], n > 2 ? f[2] : "", strlen(f[1])};
			return 0;
		}
	if (zb_grow((void **)&m->rows, &m->cap, m->n + 1, sizeof *m->rows) != 0)
		return -1;
	m->rows[m->n++] = (struct alias){f[1], f[0], n > 2 ? f[2] : "", strlen(f[1])};
	m->sorted = 0;
	return 0;
}

/* The bit of probe_bits for a text of n bytes (n > 0). */
static unsigned probe_hash(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	uint32_t h = (uint32_t)n * 0x9E3779B1u ^ u[0] ^ (uint32_t)u[n - 1] << 8 ^ (uint32_t)u[n / 2] << 16;
	return (h ^ h >> 16) & 0xFFFFu;
}

/* Take text (malloc'd, len bytes and a NUL) and its rows. */
static int add_text(zb_indicator_names *m, char *text, size_t len, long *line)
{
	char **q = realloc(m->texts, (m->ntexts + 1) * sizeof *q);
	if (!q) {
		free(text);
		return -1;
	}
	m->texts = q;
	m->texts[m->ntexts++] = text;
	long bad = 0;
	int status = zb_tsv_each(text, len, 2, add_row, m, &bad);
	if (status == ZB_TSV_BAD)
		*line = bad;
	else if (status)
		errno = ENOMEM;
	if (!m->sorted)
		qsort(m->rows, m->n, sizeof *m->rows, by_alias);
	m->sorted = 1;
	memset(m->probe_bits, 0, sizeof m->probe_bits);
	for (size_t i = 0; i < m->n; i++) {
		if (m->rows[i].len == 0)
			continue;   /* an empty alias names nothing: lookup asks none */
		unsigned h = probe_hash(m->rows[i].alias, m->rows[i].len);
		m->probe_bits[h >> 3] |= (unsigned char)(1u << (h & 7));
	}
	return status == ZB_TSV_BAD ? ZB_TSV_BAD : status ? -1 : 0;
}

zb_indicator_names *zb_indicator_names_new(void)
{
	if (zb_places_load() != 0)
		return NULL;
	zb_indicator_names *m = calloc(1, sizeof *m);
	size_t len = strlen(zb_indicators_tsv);
	char *text = malloc(len + 1);
	long line;
	if (!m || !text || !(m->growth = zb_kw_index_new(&zb_kw_growth))) {
		zb_indicator_names_free(m);
		free(text);
		return NULL;
	}
	memcpy(text, zb_indicators_tsv, len + 1);
	if (add_text(m, text, len, &line) != 0) {   /* indicator_names_test checks every row */
		zb_indicator_names_free(m);
		return NULL;
	}
	return m;
}

int zb_indicator_names_add_file(zb_indicator_names *m, const char *path, long *line)
{
	size_t len;
	char *text = zb_tsv_read_file(path, &len);
	if (!text)
		return -1;
	return add_text(m, text, len, line);
}

void zb_indicator_names_free(zb_indicator_names *m)
{
	if (!m)
		return;
	zb_kw_index_free(m->growth);
	for (size_t i = 0; i < m->ntexts; i++)
		free(m->texts[i]);
	free(m->texts);
	free(m->rows);
	free(m);
}

struct probe {
	const char *s;
	size_t n;
};

static int probe_cmp(const void *key, const void *row)
{
	const struct probe *p = key;
	const struct alias *a = row;
	size_t k = a->len;
	int c = memcmp(p->s, a->alias, p->n < k ? p->n : k);
	return c ? c : p->n < k ? -1 : p->n > k;
}

static const char *lookup(const zb_indicator_names *m, const char *s, size_t n)
{
	if (n == 0)
		return NULL;
	unsigned h = probe_hash(s, n);
	if (!(m->probe_bits[h >> 3] & (1u << (h & 7))))
		return NULL;
	struct probe probe = {s, n};
	const struct alias *hit = bsearch(&probe, m->rows, m->n, sizeof *m->rows, probe_cmp);
	return hit ? hit->indicator : NULL;
}

/* The length of the growth word ending s (增速), or 0. */
static size_t growth_ending(const zb_indicator_names *m, const char *s, size_t n)
{
	return zb_kw_suffix(m->growth, s, n).len;
}

/* The length of a place or scope word opening s (全市, 大庆市, 我市), or 0. */
static size_t leading_place(const char *s, size_t n)
{
	size_t len = 0;
	const char *scope;
	if (zb_place_at(s, n, 1, &len))
		return len;
	return zb_scope_len(s, n, &scope);
}

size_t zb_indicator_of(const zb_indicator_names *m, const char *s, size_t n, char *out, size_t cap)
{
	if (n == 0) {   /* most rows: no subject */
		if (cap)
			out[0] = '\0';
		return 0;
	}
	size_t base = n - growth_ending(m, s, n);
	const char *name = lookup(m, s, base);
	for (int words = 0; !name && words < 2; words++) {   /* 全市, then 大庆市全市 */
		size_t k = leading_place(s, base);
		if (!k || k >= base)
			break;
		s += k;
		base -= k;
		n -= k;
		name = lookup(m, s, base);
	}
	if (!name || cap == 0) {
		if (cap)
			out[0] = '\0';
		return 0;
	}
	int len = snprintf(out, cap, "%s%.*s", name, (int)(n - base), s + base);
	if (len < 0 || (size_t)len >= cap) {
		out[0] = '\0';
		return 0;
	}
	return (size_t)len;
}

static int same(const char *buf, size_t len, const char *s, size_t n) { return len == n && memcmp(buf, s, n) == 0; }

size_t zb_indicator_of_row(const zb_indicator_names *m, zb_indicator_carry *k, const char *doc, size_t doc_len,
			   const char *sentence, size_t sentence_len, const char *subject, size_t subject_len,
			   char *out, size_t cap)
{
	size_t len = zb_indicator_of(m, subject, subject_len, out, cap);
	if (k->set && !(same(k->sentence, k->sentence_len, sentence, sentence_len) &&
			same(k->doc, k->doc_len, doc, doc_len)))
		k->set = 0;   /* another sentence */
	if (len) {
		size_t base = len - growth_ending(m, out, len);
		k->set = sentence_len > 0 && doc_len < sizeof k->doc && sentence_len < sizeof k->sentence &&
			 base < sizeof k->base;
		if (k->set) {
			memcpy(k->base, out, base);
			k->base[base] = '\0';
			memcpy(k->doc, doc, k->doc_len = doc_len);
			memcpy(k->sentence, sentence, k->sentence_len = sentence_len);
		}
		return len;
	}
	if (!k->set || !subject_len || growth_ending(m, subject, subject_len) != subject_len)
		return 0;
	int n = snprintf(out, cap, "%s%.*s", k->base, (int)subject_len, subject);
	if (n <= 0 || (size_t)n >= cap) {
		if (cap)
			out[0] = '\0';
		return 0;
	}
	return (size_t)n;
}

int zb_indicator_names_print(const zb_indicator_names *m, FILE *fp)
{
	fprintf(fp, "indicator\talias\texample\n");
	for (size_t i = 0; i < m->n; i++)
		fprintf(fp, "%s\t%s\t%s\n", m->rows[i].indicator, m->rows[i].alias, m->rows[i].example);
	return fflush(fp) == 0 && !ferror(fp) ? 0 : -1;
}
