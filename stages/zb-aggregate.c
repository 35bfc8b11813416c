/* zb-aggregate - group rows and compute tables: a generic group-by in the
 * spirit of GNU datamash (any CSV with a header), and built-in reports on
 * zb-classify's columns (ranks, amounts, counts, overview).  Work can be
 * split into shards: --partial writes mergeable states, --merge combines
 * them into output byte-identical to one pass over all the rows.
 *
 * The ops live in lib/aggops.c (one table); the reports in reports[] below,
 * written in the same words a user types (ops and conditions). */
#include "aggops.h"
#include "csvrec.h"
#include "diag.h"
#include "keywords.h"
#include "outfile.h"
#include "present.h"

#include <errno.h>
#include <stdarg.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define PARTIAL_MAGIC "#zb-aggregate-partial 1"
#define MAX_REPORT_COLS (ZB_NTYPES + 3)  /* overview: a column per type at most, other, rows, end */

/* ---- the built-in reports: group, rows considered, columns ---- */

struct report_col {
	const char *header;
	const char *op;      /* as on the command line: count, median:value ... */
	const char *when;    /* conditions on the row, space-separated */
};

struct report {
	const char *name, *help;
	const char *group;   /* as -g */
	const char *where;   /* conditions every row must meet, space-separated */
	struct report_col cols[MAX_REPORT_COLS];  /* ended by header NULL */
};

#define PROV_RANK "type=rank scope=province"

/* A report without department sections (a provincial work report) is one
 * group of its own, named by its file, not one with every other such report. */
#define BY_DEPARTMENT "department|doc"

static struct report reports[] = {
	{"ranks", "the rank-in-province table: claims by scope, province ranks 1, 2, 3, 4+,\n"
		  "firsts and tops, best and median province rank",
	 BY_DEPARTMENT, "type=rank|first|top", {
		{"claims", "count", ""},
		{"province_rank1", "count", PROV_RANK " value==1"},
		{"province_rank2", "count", PROV_RANK " value==2"},
		{"province_rank3", "count", PROV_RANK " value==3"},
		{"province_rank4plus", "count", PROV_RANK " value>=4"},
		{"province_first", "count", "type=first scope=province"},
		{"province_top", "count", "type=top scope=province"},
		{"nation_claims", "count", "scope=nation"},
		{"other_claims", "count", "scope=city|region|world|other"},
		{"best_province_rank", "min:value", PROV_RANK},
		{"median_province_rank", "median:value", PROV_RANK},
		{NULL, NULL, NULL}}},
	{"amounts", "money (value in yuan): how many, sum, median, largest and its mention",
	 BY_DEPARTMENT, "type=amount", {
		{"amounts", "count", ""},
		{"sum", "sum:value", ""},
		{"median", "median:value", ""},
		{"max", "max:value", ""},
		{"max_mention", "argmax:value:mention", ""},
		{NULL, NULL, NULL}}},
	{"counts", "counted things per measure word: how many figures, their sum",
	 BY_DEPARTMENT ",measure", "type=count", {
		{"figures", "count", ""},
		{"sum", "sum:value", ""},
		{NULL, NULL, NULL}}},
	{"overview", "rows by metric type; other: non-metric rows (date, period, edition, name)",
	 BY_DEPARTMENT, "", {{NULL, NULL, NULL}}},  /* columns: overview_columns() */
	{NULL, NULL, NULL, NULL, {{NULL, NULL, NULL}}}
};

/* The overview's columns, one per metric type of zb-classify's table
 * (lib/keywords.c), then other (every other type) and rows. */
static void overview_columns(void)
{
	static char when[ZB_NTYPES][32], other[ZB_NTYPES * 16] = "type!=";
	struct report *r = reports;
	while (strcmp(r->name, "overview"))
		r++;
	struct report_col *c = r->cols;
	for (int t = 0; t < ZB_NTYPES; t++) {
		if (!zb_types[t].metric)
			continue;
		snprintf(when[t], sizeof when[t], "type=%s", zb_types[t].name);
		*c++ = (struct report_col){zb_types[t].name, "count", when[t]};
		if (strlen(other) > strlen("type!="))
			strcat(other, "|");
		strcat(other, zb_types[t].name);
	}
	*c++ = (struct report_col){"other", "count", other};
	*c++ = (struct report_col){"rows", "count", ""};
	*c = (struct report_col){NULL, NULL, NULL};
}

/* ---- options; settings are what a partial file records ---- */

struct settings {
	const char *group;           /* -g COLS */
	const char *report;          /* --report NAME */
	const char **where;          /* --where COND */
	int nwhere;
	const char **ops;
	int nops;
	int sort;
	char *line;                  /* decoded partial settings line they point into */
};

struct opts {
	struct settings set;
	int partial, merge, skip_bad;
	const char *out;
	char **files;
	int nfiles;
};

struct job {                     /* the settings resolved, and per-run state */
	zb_agg_plan plan;
	zb_agg_table table;
	int total, sort;
	long skipped;                /* rows skipped by --skip-bad */
	char *first_bad;             /* "file:line, column 'x'" of the first */
};

static void usage(void);
static void parse_args(int argc, char **argv, struct opts *o);
static void job_init(struct job *j, const struct settings *s, const char *partial);
static void read_rows(struct job *j, const char *file, int skip_bad);
static FILE *settings_from_partial(struct settings *s, const char *file, char **line);
static void read_partial(struct job *j, const char *file, FILE *opened, const char *want);
static void write_result(struct job *j, FILE *fp);
static void write_partial(struct job *j, const struct settings *s, FILE *fp);

static void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size);
	if (!p)
		zb_die(ZB_EXIT_DATA, NULL, 0, "out of memory");
	return p;
}

static FILE *open_in(const char *file)
{
	FILE *fp = strcmp(file, "-") == 0 ? stdin : fopen(file, "rb");
	if (!fp)
		zb_die(ZB_EXIT_DATA, file, 0, "%s", strerror(errno));
	return fp;
}

int main(int argc, char **argv)
{
	struct opts o;
	struct job job;
	char *first_line = NULL;  /* --merge: every partial must have this line */
	FILE *first = NULL;

	zb_diag_init(argv[0]);
	overview_columns();
	parse_args(argc, argv, &o);
	if (o.merge)
		first = settings_from_partial(&o.set, o.files[0], &first_line);
	job_init(&job, &o.set, o.merge ? o.files[0] : NULL);

	for (int i = 0; i < o.nfiles; i++)
		if (o.merge)
			read_partial(&job, o.files[i], i == 0 ? first : NULL, first_line);
		else
			read_rows(&job, o.files[i], o.skip_bad);

	zb_out out;
	if (zb_out_open(&out, o.out) != 0)
		zb_die(ZB_EXIT_DATA, o.out, 0, "%s", strerror(errno));
	if (o.partial)
		write_partial(&job, &o.set, out.fp);
	else
		write_result(&job, out.fp);
	if (job.skipped)
		zb_warn(NULL, 0, "skipped %ld row%s with a value that is not a number (first: %s)", job.skipped,
			job.skipped == 1 ? "" : "s", job.first_bad);

	zb_agg_table_free(&job.table);
	zb_agg_plan_free(&job.plan);
	free(job.first_bad);
	free(first_line);
	free(o.set.where);
	free(o.set.ops);
	free(o.set.line);
	return zb_out_finish(&out, ZB_EXIT_OK);
}

/* ---- options ---- */

static int looks_like_op(const char *s)
{
	const char *colon = strchr(s, ':');
	return zb_agg_op_find(s, colon ? (size_t)(colon - s) : strlen(s)) != NULL;
}

static void parse_args(int argc, char **argv, struct opts *o)
{
	enum { OPT_WHERE = 256, OPT_REPORT, OPT_PARTIAL, OPT_MERGE, OPT_SKIP_BAD, OPT_VERSION };
	static const struct option longopts[] = {
		{"group", required_argument, NULL, 'g'},
		{"where", required_argument, NULL, OPT_WHERE},
		{"sort", no_argument, NULL, 's'},
		{"report", required_argument, NULL, OPT_REPORT},
		{"partial", no_argument, NULL, OPT_PARTIAL},
		{"merge", no_argument, NULL, OPT_MERGE},
		{"skip-bad", no_argument, NULL, OPT_SKIP_BAD},
		{"output", required_argument, NULL, 'o'},
		{"help", no_argument, NULL, 'h'},
		{"version", no_argument, NULL, OPT_VERSION},
		{NULL, 0, NULL, 0}
	};
	static char *stdin_only[] = {"-"};
	int c;

	memset(o, 0, sizeof *o);
	o->set.where = xcalloc((size_t)argc, sizeof *o->set.where);
	o->set.ops = xcalloc((size_t)argc, sizeof *o->set.ops);
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":g:so:h", longopts, NULL)) != -1)
		switch (c) {
		case 'g': o->set.group = optarg; break;
		case OPT_WHERE: o->set.where[o->set.nwhere++] = optarg; break;
		case 's': o->set.sort = 1; break;
		case OPT_REPORT: o->set.report = optarg; break;
		case OPT_PARTIAL: o->partial = 1; break;
		case OPT_MERGE: o->merge = 1; break;
		case OPT_SKIP_BAD: o->skip_bad = 1; break;
		case 'o': o->out = optarg; break;
		case 'h': usage(); break;
		case OPT_VERSION: zb_version(); break;
		case ':': zb_usage_error("option '%s' needs an argument", argv[optind - 1]);
		default: zb_bad_option(argv, optind);
		}
	/* Leading operands that name an op are ops; the rest are input files. */
	while (optind < argc && !o->merge && looks_like_op(argv[optind]))
		o->set.ops[o->set.nops++] = argv[optind++];
	o->files = argv + optind;
	o->nfiles = argc - optind;
	/* A mistyped op (smu:value), not a missing file (in/a:b.csv, a.csv:1):
	 * a word before the colon, no file of that name. */
	for (int i = 0; i < o->nfiles && !o->merge; i++)
		if (strchr(o->files[i], ':') && strcspn(o->files[i], "/.") > strcspn(o->files[i], ":") &&
		    access(o->files[i], F_OK) != 0)
			zb_usage_error("unknown operation '%.*s' (see --help)", (int)strcspn(o->files[i], ":"),
				       o->files[i]);
	if (o->nfiles == 0) {
		o->files = stdin_only;
		o->nfiles = 1;
	}

	if (o->merge && (o->set.group || o->set.nwhere || o->set.report || o->skip_bad))
		zb_usage_error("--merge takes its settings from the partial files; only --sort, --partial "
			       "and -o go with it");
	if (o->set.report && (o->set.group || o->set.nops))
		zb_usage_error("--report %s makes its own columns; leave out -g and ops", o->set.report);
	if (!o->merge && !o->set.report && o->set.nops == 0)
		zb_usage_error("no operation given (e.g. count, sum:COL), nor --report or --merge");
}

/* ---- the plan: a report's columns, or the ops typed ---- */

/* A setting that does not hold: the user's is a usage error (exit 2), a
 * partial file's is bad data (exit 1, naming the file). */
static void bad_setting(const char *partial, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (partial)
		zb_die(ZB_EXIT_DATA, partial, 1, "%s", msg);
	zb_usage_error("%s", msg);
}

/* partial: the partial file the settings come from, or NULL */
static void job_init(struct job *j, const struct settings *s, const char *partial)
{
	const struct report *r = NULL;
	const char *group = s->group;
	char why[ZB_AGG_WHY];
	zb_agg_plan *p = &j->plan;

	memset(j, 0, sizeof *j);
	zb_agg_plan_init(p);
	if (s->report) {
		for (r = reports; r->name && strcmp(r->name, s->report); r++)
			;
		if (!r->name)
			bad_setting(partial, "unknown report '%s' (see --help)", s->report);
		group = r->group;
		p->gfall_optional = 1;   /* any CSV with a department column will do */
		if (zb_agg_plan_where(p, r->where, ' ', why) != 0)
			bad_setting(partial, "report %s: %s", r->name, why);
		for (const struct report_col *c = r->cols; c->header; c++)
			if (zb_agg_plan_col(p, c->header, c->op, c->when, why) != 0)
				bad_setting(partial, "report %s: %s", r->name, why);
	}
	for (int i = 0; i < s->nops; i++)
		if (zb_agg_plan_col(p, NULL, s->ops[i], "", why) != 0)
			bad_setting(partial, "%s", why);
	for (int i = 0; i < s->nwhere; i++)
		if (zb_agg_plan_where(p, s->where[i], '\0', why) != 0)
			bad_setting(partial, "--where %s", why);
	if (group && zb_agg_plan_group(p, group, why) != 0)
		bad_setting(partial, "-g %s", why);
	zb_agg_table_init(&j->table, p->naccs, p->parts);
	j->total = r != NULL;
	j->sort = s->sort;
}

/* ---- reading rows ---- */

static void read_rows(struct job *j, const char *file, int skip_bad)
{
	const char *why, *what, *missing;
	zb_csv_reader *r = zb_csv_open(file, &why);
	if (!r)
		zb_die(ZB_EXIT_DATA, file, 0, "%s", why);
	if ((missing = zb_agg_plan_bind(&j->plan, zb_csv_header(r), zb_csv_ncols(r), &what)))
		zb_die(ZB_EXIT_DATA, file, 1, "no column '%s' (named in %s)", missing, what);
	const zb_field *f;
	int st, bad;
	while ((st = zb_csv_next(r, &f)) == ZB_CSV_ROW)
		switch (zb_agg_plan_row(&j->plan, &j->table, f, &bad)) {
		case ZB_ROW_ADDED:
		case ZB_ROW_FILTERED:
			break;
		case ZB_ROW_NOMEM:
			zb_die(ZB_EXIT_DATA, NULL, 0, "out of memory");
		case ZB_ROW_BAD: {
			const zb_agg_accdef *a = &j->plan.accs[bad];
			const zb_field *cell = &f[a->idx];
			if (!skip_bad)
				zb_die(ZB_EXIT_DATA, file, zb_csv_line(r),
				       "column '%s': '%s' is not a number (--skip-bad skips such rows)", a->col,
				       zb_excerpt(cell->ptr, cell->len, 40));
			if (j->skipped++ == 0) {
				j->first_bad = xcalloc(strlen(file) + strlen(a->col) + 48, 1);
				sprintf(j->first_bad, "%s:%ld, column '%s'", file, zb_csv_line(r), a->col);
			}
		}
		}
	if (st == ZB_CSV_ERROR)
		zb_die(ZB_EXIT_DATA, file, zb_csv_line(r), "%s", zb_csv_error(r));
	zb_csv_close(r);
}

/* ---- partial files ----
 * Line 1: PARTIAL_MAGIC, then the settings as space-separated tokens
 *         (report=NAME g=COLS where=COND sort op=OP), each with %XX for
 *         '%', space and control bytes.
 * Then CSV: a header (group columns, one state column per accumulator) and
 *         one row per group: its group cells, then each saved state. */

static void put_token(FILE *fp, const char *key, const char *val)
{
	fprintf(fp, " %s", key);
	for (const unsigned char *c = (const unsigned char *)val; c && *c; c++)
		if (*c == '%' || *c <= ' ' || *c == 0x7f)
			fprintf(fp, "%%%02X", *c);
		else
			putc(*c, fp);
}

static void write_settings(FILE *fp, const struct settings *s)
{
	fputs(PARTIAL_MAGIC, fp);
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

static char *read_partial_line(FILE *fp, const char *file);

/* For --merge: the settings of the first partial replace s (but --sort is
 * kept).  Returns the file open after that line, and the line in *line. */
static FILE *settings_from_partial(struct settings *s, const char *file, char **line)
{
	FILE *fp = open_in(file);
	*line = read_partial_line(fp, file);
	int sort = s->sort;
	free(s->where);
	free(s->ops);
	memset(s, 0, sizeof *s);
	s->sort = sort;
	s->line = xcalloc(strlen(*line) + 1, 1);
	strcpy(s->line, *line);
	s->where = xcalloc(strlen(*line), sizeof *s->where);
	s->ops = xcalloc(strlen(*line), sizeof *s->ops);
	char *tok = s->line + strlen(PARTIAL_MAGIC);
	int more = *tok == ' ';
	while (more) {
		size_t k = strcspn(++tok, " ");
		char *next = tok + k, *w = tok;
		more = *next == ' ';
		*next = '\0';
		for (char *c = tok; *c; c++)  /* %XX */
			if (c[0] == '%' && unhex(c[1]) >= 0 && unhex(c[2]) >= 0) {
				*w++ = (char)(unhex(c[1]) * 16 + unhex(c[2]));
				c += 2;
			} else
				*w++ = *c;
		*w = '\0';
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
			zb_die(ZB_EXIT_DATA, file, 1, "unknown setting '%s' in the partial file",
			       zb_excerpt(tok, strlen(tok), 40));
		tok = next;
	}
	if (!s->report && !s->nops)
		zb_die(ZB_EXIT_DATA, file, 1, "the partial file names no report and no ops");
	return fp;
}

/* The settings line of a partial file, without its newline. */
static char *read_partial_line(FILE *fp, const char *file)
{
	char *line = NULL;
	size_t cap = 0, magic = strlen(PARTIAL_MAGIC);
	ssize_t n = getline(&line, &cap, fp);
	if (n < 0 && ferror(fp))
		zb_die(ZB_EXIT_DATA, file, 0, "%s", strerror(errno));
	if (n > 0 && line[n - 1] == '\n')
		line[--n] = '\0';
	if (n < 0 || strncmp(line, PARTIAL_MAGIC, magic) != 0 || (line[magic] != ' ' && line[magic] != '\0'))
		zb_die(ZB_EXIT_DATA, file, 1, "not a partial file of zb-aggregate --partial (no '%s' line)",
		       PARTIAL_MAGIC);
	return line;
}

/* Merge a partial file into j; opened: the first file, its line read. */
static void read_partial(struct job *j, const char *file, FILE *opened, const char *want)
{
	zb_agg_plan *p = &j->plan;
	FILE *fp = opened ? opened : open_in(file);
	if (!opened) {
		char *line = read_partial_line(fp, file);
		if (strcmp(line, want) != 0)
			zb_die(ZB_EXIT_DATA, file, 1, "made with other settings than the first partial file:\n  %s\n  %s",
			       line, want);
		free(line);
	}
	const char *why;
	zb_csv_reader *r = zb_csv_open_stream(fp, file, &why);
	if (!r)
		zb_die(ZB_EXIT_DATA, file, 2, "%s", why);
	const zb_field *f;
	int st, ok = zb_csv_ncols(r) == (size_t)(p->ngcols + p->naccs);
	for (int i = 0; i < p->ngcols; i++)
		if (!ok || strcmp(zb_csv_header(r)[i].ptr, p->gcols[i]) != 0)
			zb_die(ZB_EXIT_DATA, file, 2, "the partial's columns do not match its settings line");
	for (int i = 0; i < p->ngcols; i++)
		p->gidx[i] = i;
	while ((st = zb_csv_next(r, &f)) == ZB_CSV_ROW) {
		int added;
		zb_agg_plan_key(p, f);
		zb_agg_group *g = zb_agg_table_get(&j->table, p->key, p->keylen, &added);
		if (!g)
			zb_die(ZB_EXIT_DATA, NULL, 0, "out of memory");
		for (int i = 0; i < p->naccs; i++) {
			zb_agg_acc a;
			zb_agg_init(&a, p->parts[i]);
			const zb_field *cell = &f[p->ngcols + i];
			int ls = zb_agg_load(&a, cell->ptr, cell->len);
			if (ls == -2)
				zb_die(ZB_EXIT_DATA, file, zb_csv_line(r) + 1, "malformed state in column %d: '%s'",
				       p->ngcols + i + 1, zb_excerpt(cell->ptr, cell->len, 40));
			if (ls != 0 || zb_agg_merge(&g->accs[i], &a) != 0)
				zb_die(ZB_EXIT_DATA, NULL, 0, "out of memory");
			zb_agg_free(&a);
		}
	}
	if (st == ZB_CSV_ERROR)
		zb_die(ZB_EXIT_DATA, file, zb_csv_line(r) + 1, "%s", zb_csv_error(r));
	zb_csv_close(r);
	if (fp != stdin)
		fclose(fp);
}

static void put_key(zb_csv_writer *w, const zb_agg_group *g)
{
	for (const char *k = g->key; k < g->key + g->keylen; k += strlen(k) + 1)
		zb_csv_put(w, k, strlen(k));
}

static void write_partial(struct job *j, const struct settings *s, FILE *fp)
{
	const zb_agg_plan *p = &j->plan;
	zb_csv_writer w;
	zb_agg_buf b = {NULL, 0, 0};
	write_settings(fp, s);
	zb_csv_writer_init(&w, fp, 0);
	for (int i = 0; i < p->ngcols; i++)
		zb_csv_puts(&w, p->gcols[i]);
	for (int i = 0; i < p->naccs; i++) {  /* names for readers: the columns and conditions */
		const zb_agg_accdef *a = &p->accs[i];
		char *name = xcalloc(strlen(a->when) + (a->col ? strlen(a->col) : 0) +
				     (a->textcol ? strlen(a->textcol) : 0) + 16, 1);
		sprintf(name, "state(%s%s%s%s%s)", a->col ? a->col : "", a->textcol ? ":" : "",
			a->textcol ? a->textcol : "", *a->when ? " if " : "", a->when);
		zb_csv_puts(&w, name);
		free(name);
	}
	zb_csv_end_row(&w);
	for (size_t gi = 0; gi < j->table.n; gi++) {
		put_key(&w, &j->table.groups[gi]);
		for (int i = 0; i < p->naccs; i++) {
			if (zb_agg_save(&j->table.groups[gi].accs[i], &b) != 0)
				zb_die(ZB_EXIT_DATA, NULL, 0, "out of memory");
			zb_csv_put(&w, b.p, b.len);
		}
		zb_csv_end_row(&w);
	}
	free(b.p);
}

/* ---- results ---- */

static void put_result(zb_csv_writer *w, zb_agg_acc *a, const zb_agg_op *op)
{
	char num[ZB_AGG_NUMBUF];
	zb_agg_result res = zb_agg_finish(a, op);
	if (res.kind == ZB_RES_NUM)
		zb_csv_put(w, num, (size_t)zb_agg_format(res.num, num));
	else if (res.kind == ZB_RES_TEXT)
		zb_csv_puts(w, res.text);
	else
		zb_csv_put(w, "", 0);
}

static void write_result(struct job *j, FILE *fp)
{
	const zb_agg_plan *p = &j->plan;
	zb_agg_table *t = &j->table;
	zb_csv_writer w;
	zb_agg_acc *total = xcalloc((size_t)p->naccs, sizeof *total);
	if (j->sort)
		zb_agg_table_sort(t);
	zb_csv_writer_init(&w, fp, 0);
	for (int i = 0; i < p->ngcols; i++)
		zb_csv_puts(&w, p->gcols[i]);
	for (int i = 0; i < p->ncols; i++)
		zb_csv_puts(&w, p->cols[i].header);
	zb_csv_end_row(&w);
	for (int i = 0; i < p->naccs; i++)
		zb_agg_init(&total[i], p->parts[i]);
	for (size_t gi = 0; gi < t->n && j->total; gi++)  /* groups in output order */
		for (int i = 0; i < p->naccs; i++)
			if (zb_agg_merge(&total[i], &t->groups[gi].accs[i]) != 0)
				zb_die(ZB_EXIT_DATA, NULL, 0, "out of memory");
	for (size_t gi = 0; gi < t->n; gi++) {
		put_key(&w, &t->groups[gi]);
		for (int i = 0; i < p->ncols; i++)
			put_result(&w, &t->groups[gi].accs[p->cols[i].acc], p->cols[i].op);
		zb_csv_end_row(&w);
	}
	if (j->total) {
		for (int i = 0; i < p->ngcols; i++)
			zb_csv_puts(&w, i == 0 ? ZB_TOTAL_LABEL : "");
		for (int i = 0; i < p->ncols; i++)
			put_result(&w, &total[p->cols[i].acc], p->cols[i].op);
		zb_csv_end_row(&w);
	}
	for (int i = 0; i < p->naccs; i++)
		zb_agg_free(&total[i]);
	free(total);
}

static void usage(void)
{
	printf("Usage: %s [OPTION]... [-g COLS] OP... [FILE]...\n"
	       "  or:  %s [OPTION]... --report NAME [FILE]...\n"
	       "  or:  %s [--sort] [--partial] [-o FILE] --merge PARTIAL...\n"
	       "Group the rows of CSV files with a header (stdin when no FILE, or '-') and\n"
	       "print one row per group, in first-appearance order: the group columns, then\n"
	       "one column per OP.  Rows need not be sorted.\n\n", zb_progname(), zb_progname(), zb_progname());
	printf("Options:\n"
	       "  -g, --group COLS   group by these columns (comma-separated names); none: one group;\n"
	       "                     A|B: A's cell, or B's where A's is empty (department|doc)\n"
	       "      --where COND   only rows meeting COND (repeatable, all must hold):\n"
	       "                       COL=A|B  cell is A or B     COL!=A|B  cell is neither\n"
	       "                       COL==N COL<N COL<=N COL>N COL>=N  numeric (empty fails)\n"
	       "  -s, --sort         groups in byte order of their cells, not first appearance\n"
	       "      --report NAME  a built-in table on zb-classify's columns (below); the last\n"
	       "                     row, department '%s', is over all groups\n"
	       "      --partial      print mergeable partial states instead of results\n"
	       "      --merge        operands are partial files; print what one pass over all\n"
	       "                     their inputs would print (byte-identical when the partials\n"
	       "                     are given in input order, or with --sort)\n"
	       "      --skip-bad     skip rows whose value is not a number, report how many\n"
	       "  -o, --output FILE  write FILE (whole or not at all) instead of stdout\n"
	       "  -h, --help         this help;  --version  the version\n\n", ZB_TOTAL_LABEL);
	printf("Operations (OP is NAME, NAME:COL or NAME:COL:TEXTCOL; leading operands that\n"
	       "name an op are ops, the rest are files; empty cells are not values):\n");
	for (const zb_agg_op *op = zb_agg_ops; op->name; op++) {
		char syn[40];
		snprintf(syn, sizeof syn, "%s%s", op->name, zb_agg_args_synopsis(op->args));
		printf("  %-18s %s\n", syn, op->help);
	}
	printf("\nReports (--report NAME):\n");
	for (const struct report *r = reports; r->name; r++) {
		printf("  %-9s ", r->name);
		for (const char *h = r->help; *h; h++)
			printf(*h == '\n' ? "\n            " : "%c", *h);
		char names[64];   /* department|doc,measure -> department,measure */
		size_t n = 0;
		for (const char *g = r->group; *g && n + 1 < sizeof names; g++)
			if (*g == '|')
				g += strcspn(g, ",") - 1;
			else
				names[n++] = *g;
		names[n] = '\0';
		printf("\n            rows %s, by %s; columns:\n            %s", *r->where ? r->where : "all",
		       r->group, names);
		size_t width = 12 + n;
		for (const struct report_col *c = r->cols; c->header; c++) {
			int wrap = width + strlen(c->header) + 1 > 78;
			printf(wrap ? ",\n            %s" : ",%s", c->header);
			width = (wrap ? 12 : width + 1) + strlen(c->header);
		}
		printf("\n");
	}
	printf("\nNumbers are printed with at most 6 decimals, trailing zeros trimmed, never\n"
	       "with an exponent; sums are exact (correctly rounded), so merging is exact.\n\n"
	       "Partial files (--partial): a first line '%s' followed by the\n"
	       "settings (report=NAME g=COLS where=COND sort op=OP, with %%XX escapes), then\n"
	       "CSV: the group columns and one state column per accumulator, one row per\n"
	       "group; a state is 'N [s=SUM-PARTS] [r=MIN;MAX] [v=VALUES] [t=TEXT]' with\n"
	       "';' between numbers that read back exactly.  --merge checks that every\n"
	       "partial was made with the same settings.\n\n"
	       "Examples:\n"
	       "  %s -g department,type count sum:value median:value < classified.csv\n"
	       "  %s --where type=amount -g department q1:value q3:value classified.csv\n"
	       "  %s --report ranks classified.csv\n"
	       "  parallel %s --partial --report ranks {} '>' {}.part ::: shard*.csv\n"
	       "  %s --merge shard*.csv.part\n",
	       PARTIAL_MAGIC, zb_progname(), zb_progname(), zb_progname(), zb_progname(), zb_progname());
	exit(fflush(stdout) == 0 && !ferror(stdout) ? ZB_EXIT_OK : ZB_EXIT_DATA);
}
