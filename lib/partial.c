/* partial.c - zb-aggregate's partial files (see partial.h). */
#include "partial.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

static void put_token(FILE *fp, const char *key, const char *val)
{
	fprintf(fp, " %s", key);
	for (const unsigned char *c = (const unsigned char *)val; c && *c; c++)
		if (*c == '%' || *c <= ' ' || *c == 0x7f)
			fprintf(fp, "%%%02X", *c);
		else
			putc(*c, fp);
}

void zb_partial_put_settings(FILE *fp, const zb_partial_settings *s)
{
	fputs(ZB_PARTIAL_MAGIC, fp);
	if (s->report)
		put_token(fp, "report=", s->report);
	if (s->group)
		put_token(fp, "g=", s->group);
	for (int i = 0; i < s->nwhere; i++)
		put_token(fp, "where=", s->where[i]);
	if (s->sort)
		put_token(fp, "sort", NULL);
	for (int i = 0; i < s->nops; i++)
		put_token(fp, "op=", s->ops[i]);
	putc('\n', fp);
}

static int unhex(int c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* Decode %XX in place. */
static void decode(char *tok)
{
	char *w = tok;
	for (char *c = tok; *c; c++)
		if (c[0] == '%' && unhex(c[1]) >= 0 && unhex(c[2]) >= 0) {
			*w++ = (char)(unhex(c[1]) * 16 + unhex(c[2]));
			c += 2;
		} else
			*w++ = *c;
	*w = '\0';
}

/* One token into s; 0, or -1 when unknown. */
static int take_token(zb_partial_settings *s, char *tok)
{
	if (!strncmp(tok, "report=", 7))
		s->report = tok + 7;
	else if (!strncmp(tok, "g=", 2))
		s->group = tok + 2;
	else if (!strncmp(tok, "where=", 6))
		s->where[s->nwhere++] = tok + 6;
	else if (!strcmp(tok, "sort"))
		s->sort = 1;
	else if (!strncmp(tok, "op=", 3))
		s->ops[s->nops++] = tok + 3;
	else
		return -1;
	return 0;
}

int zb_partial_get_settings(FILE *fp, zb_partial_settings *s, char **line, const char **why)
{
	size_t cap = 0, magic = strlen(ZB_PARTIAL_MAGIC);
	memset(s, 0, sizeof *s);
	*line = NULL;
	errno = 0;
	ssize_t n = getline(line, &cap, fp);
	if (n < 0)
		return ferror(fp) ? ZB_PARTIAL_IO : errno == ENOMEM ? ZB_PARTIAL_NOMEM : ZB_PARTIAL_NOT;
	if (n > 0 && (*line)[n - 1] == '\n')
		(*line)[--n] = '\0';
	if (strncmp(*line, ZB_PARTIAL_MAGIC, magic) != 0 || ((*line)[magic] != ' ' && (*line)[magic] != '\0'))
		return ZB_PARTIAL_NOT;
	s->line = strdup(*line);
	s->where = calloc((size_t)n + 1, sizeof *s->where);
	s->ops = calloc((size_t)n + 1, sizeof *s->ops);
	if (!s->line || !s->where || !s->ops)
		return ZB_PARTIAL_NOMEM;
	char *tok = s->line + magic;
	for (int more = *tok == ' '; more;) {
		size_t k = strcspn(++tok, " ");
		more = tok[k] == ' ';
		tok[k] = '\0';
		decode(tok);
		if (take_token(s, tok) != 0) {
			*why = "unknown setting in the partial file";
			return ZB_PARTIAL_BAD;
		}
		tok += k;
	}
	if (!s->report && !s->nops) {
		*why = "the partial file names no report and no ops";
		return ZB_PARTIAL_BAD;
	}
	return ZB_PARTIAL_OK;
}

void zb_partial_settings_free(zb_partial_settings *s)
{
	free(s->where);
	free(s->ops);
	free(s->line);
	memset(s, 0, sizeof *s);
}

static void put_key(zb_csv_writer *w, const zb_agg_group *g)
{
	for (const char *k = g->key; k < g->key + g->keylen; k += strlen(k) + 1)
		zb_csv_put(w, k, strlen(k));
}

/* The header names a state column for readers: its columns and conditions. */
static int put_state_name(zb_csv_writer *w, const zb_agg_accdef *a)
{
	size_t n = strlen(a->when) + (a->col ? strlen(a->col) : 0) + (a->textcol ? strlen(a->textcol) : 0) + 16;
	char *name = malloc(n);
	if (!name)
		return -1;
	snprintf(name, n, "state(%s%s%s%s%s)", a->col ? a->col : "", a->textcol ? ":" : "",
		 a->textcol ? a->textcol : "", *a->when ? " if " : "", a->when);
	zb_csv_puts(w, name);
	free(name);
	return 0;
}

int zb_partial_put_groups(zb_csv_writer *w, const zb_agg_plan *p, const zb_agg_table *t)
{
	zb_agg_buf b = {NULL, 0, 0};
	for (int i = 0; i < p->ngcols; i++)
		zb_csv_puts(w, p->gcols[i]);
	for (int i = 0; i < p->naccs; i++)
		if (put_state_name(w, &p->accs[i]) != 0)
			return -1;
	zb_csv_end_row(w);
	for (size_t gi = 0; gi < t->n; gi++) {
		put_key(w, &t->groups[gi]);
		for (int i = 0; i < p->naccs; i++) {
			if (zb_agg_save(&t->groups[gi].accs[i], &b) != 0) {
				free(b.p);
				return -1;
			}
			zb_csv_put(w, b.p, b.len);
		}
		zb_csv_end_row(w);
	}
	free(b.p);
	return 0;
}

/* Merge one row's states into its group. */
static int merge_states(zb_agg_plan *p, zb_agg_table *t, const zb_field *f, const char **why)
{
	int added;
	zb_agg_plan_key(p, f);
	zb_agg_group *g = p->keylen == (size_t)-1 ? NULL : zb_agg_table_get(t, p->key, p->keylen, &added);
	if (!g)
		return ZB_PARTIAL_NOMEM;
	for (int i = 0; i < p->naccs; i++) {
		zb_agg_acc a;
		zb_agg_init(&a, p->parts[i]);
		const zb_field *cell = &f[p->ngcols + i];
		int ls = zb_agg_load(&a, cell->ptr, cell->len);
		if (ls == 0 && zb_agg_merge(&g->accs[i], &a) != 0)
			ls = -1;
		zb_agg_free(&a);
		if (ls == -2) {
			*why = "malformed state";
			return ZB_PARTIAL_BAD;
		}
		if (ls != 0)
			return ZB_PARTIAL_NOMEM;
	}
	return ZB_PARTIAL_OK;
}

int zb_partial_get_groups(zb_csv_reader *r, zb_agg_plan *p, zb_agg_table *t, const char **why, long *line)
{
	int ok = zb_csv_ncols(r) == (size_t)(p->ngcols + p->naccs);
	for (int i = 0; ok && i < p->ngcols; i++)
		ok = strcmp(zb_csv_header(r)[i].ptr, p->gcols[i]) == 0;
	*line = 2;
	if (!ok) {
		*why = "the partial's columns do not match its settings line";
		return ZB_PARTIAL_BAD;
	}
	for (int i = 0; i < p->ngcols; i++) {   /* the group cells are the first columns */
		p->gidx[i] = i;
		if (p->gfidx && p->gfidx[i])
			p->gfidx[i][0] = -1;
	}
	const zb_field *f;
	int st;
	while ((st = zb_csv_next(r, &f)) == ZB_CSV_ROW) {
		*line = zb_csv_line(r) + 1;
		int ms = merge_states(p, t, f, why);
		if (ms != ZB_PARTIAL_OK)
			return ms;
	}
	if (st == ZB_CSV_ERROR) {
		*line = zb_csv_line(r) + 1;
		*why = zb_csv_error(r);
		return ZB_PARTIAL_BAD;
	}
	return ZB_PARTIAL_OK;
}
