/* zb-aggregate - group rows and compute tables: a generic group-by in the
 * spirit of GNU datamash (any CSV with a header), and the reports of the
 * registry (lib/reports.c) on zb-classify's columns: group reports (ranks,
 * amounts, ...) written in the words a user types, row reports (the claims
 * ledger, the indicators) made by their engines.  Work can be split into
 * shards: --partial writes mergeable states (lib/partial.h), --merge
 * combines them into output byte-identical to one pass over all the rows. */
#include "aggops.h"
#include "csvrec.h"
#include "diag.h"
#include "outfile.h"
#include "partial.h"
#include "reports.h"

#include <errno.h>
#include <stdarg.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct opts {
	zb_partial_settings set;     /* what a partial file records */
	int partial, merge, skip_bad, list;
	const char *out;
	char **files;
	int nfiles;
};

/* A row report being made: its engine, and where each of its input columns
 * is in the file being read. */
struct rows_job {
	const zb_row_engine *engine;
	void *state;
	zb_rowout out;
	int *map;                    /* report column -> engine output */
	int ninput, *idx;            /* engine input -> column of the file, -1 absent */
	zb_field *cells;
};

struct job {                     /* the settings resolved, and per-run state */
	const zb_report *rep;
	zb_agg_plan plan;            /* group reports and ops */
	zb_agg_table table;
	int total, sort, partial;
	struct rows_job rows;        /* row reports */
	zb_csv_writer w;
	zb_csv_reader *in;           /* the input being read (reachable when a message exits) */
	long skipped;                /* rows skipped by --skip-bad */
	char *first_bad;             /* "file:line, column 'x'" of the first */
};

static void usage(void);
static void list_reports(void);
static void parse_args(int argc, char **argv, struct opts *o);
static FILE *settings_from_partial(zb_partial_settings *s, const char *file, char **line);
static void job_init(struct job *j, const zb_partial_settings *s, const char *partial);
static void job_start(struct job *j, const zb_partial_settings *s, FILE *fp);
static void read_rows(struct job *j, const char *file, int skip_bad);
static void read_partial(struct job *j, const char *file, FILE *opened, const char *want);
static void job_end(struct job *j);
static void job_free(struct job *j);

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
	parse_args(argc, argv, &o);
	if (o.list)
		list_reports();
	if (o.merge)
		first = settings_from_partial(&o.set, o.files[0], &first_line);
	job_init(&job, &o.set, o.merge ? o.files[0] : NULL);
	job.partial = o.partial;

	zb_out out;
	if (zb_out_open(&out, o.out) != 0)
		zb_die(ZB_EXIT_DATA, o.out, 0, "%s", strerror(errno));
	job_start(&job, &o.set, out.fp);
	for (int i = 0; i < o.nfiles; i++)
		if (o.merge)
			read_partial(&job, o.files[i], i == 0 ? first : NULL, first_line);
		else
			read_rows(&job, o.files[i], o.skip_bad);
	job_end(&job);
	if (job.skipped)
		zb_warn(NULL, 0, "skipped %ld row%s with a value that is not a number (first: %s)", job.skipped,
			job.skipped == 1 ? "" : "s", job.first_bad);

	job_free(&job);
	free(first_line);
	zb_partial_settings_free(&o.set);
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
	enum { OPT_WHERE = 256, OPT_REPORT, OPT_PARTIAL, OPT_MERGE, OPT_SKIP_BAD, OPT_LIST, OPT_VERSION };
	static const struct option longopts[] = {
		{"group", required_argument, NULL, 'g'},
		{"where", required_argument, NULL, OPT_WHERE},
		{"sort", no_argument, NULL, 's'},
		{"report", required_argument, NULL, OPT_REPORT},
		{"list-reports", no_argument, NULL, OPT_LIST},
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
		case OPT_LIST: o->list = 1; break;
		case OPT_PARTIAL: o->partial = 1; break;
		case OPT_MERGE: o->merge = 1; break;
		case OPT_SKIP_BAD: o->skip_bad = 1; break;
		case 'o': o->out = optarg; break;
		case 'h': usage(); break;
		case OPT_VERSION: zb_version(); break;
		case ':': zb_usage_error("option '%s' needs an argument", argv[optind - 1]);
		default: zb_bad_option(argv, optind);
		}
	if (o->list)
		return;
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

/* A row report: each of the registry's columns is one its engine makes. */
static void rows_init(struct rows_job *rj, const zb_report *r)
{
	const zb_report_col *cols = zb_report_cols(r);
	int n = 0;
	while (cols[n].name)
		n++;
	rj->engine = r->engine;
	rj->map = xcalloc((size_t)n, sizeof *rj->map);
	for (int i = 0; i < n; i++)
		if ((rj->map[i] = zb_row_engine_output(r->engine, cols[i].name)) < 0)
			zb_die(ZB_EXIT_DATA, NULL, 0, "report %s: its engine makes no column '%s'", r->name,
			       cols[i].name);
	rj->out.ncols = n;
	rj->out.map = rj->map;
	while (r->engine->input[rj->ninput])
		rj->ninput++;
	rj->idx = xcalloc((size_t)rj->ninput, sizeof *rj->idx);
	rj->cells = xcalloc((size_t)rj->ninput, sizeof *rj->cells);
}

static void plan_report(zb_agg_plan *p, const zb_report *r, const char *partial)
{
	char why[ZB_AGG_WHY];
	p->gfall_optional = 1;   /* any CSV with a department column will do */
	if (zb_agg_plan_where(p, r->where, ' ', why) != 0)
		bad_setting(partial, "report %s: %s", r->name, why);
	for (const zb_report_col *c = zb_report_cols(r); c->name; c++)
		if (c->op && zb_agg_plan_col(p, c->name, c->op, c->when, why) != 0)
			bad_setting(partial, "report %s: %s", r->name, why);
}

/* partial: the partial file the settings come from, or NULL */
static void job_init(struct job *j, const zb_partial_settings *s, const char *partial)
{
	const char *group = s->group;
	char why[ZB_AGG_WHY];
	zb_agg_plan *p = &j->plan;

	memset(j, 0, sizeof *j);
	zb_agg_plan_init(p);
	if (s->report) {
		if (!(j->rep = zb_report_named(s->report)))
			bad_setting(partial, "unknown report '%s' (see --help)", s->report);
		if (j->rep->engine) {
			rows_init(&j->rows, j->rep);
			return;
		}
		group = j->rep->group;
		plan_report(p, j->rep, partial);
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
	j->total = j->rep != NULL;
	j->sort = s->sort;
}

/* Row reports write as they read: the header now, the engine started. */
static void job_start(struct job *j, const zb_partial_settings *s, FILE *fp)
{
	struct rows_job *rj = &j->rows;
	zb_csv_writer_init(&j->w, fp, 0);
	if (j->partial)
		zb_partial_put_settings(fp, s);
	if (!rj->engine)
		return;
	if (j->partial) {   /* the engine's input columns */
		for (int i = 0; i < rj->ninput; i++)
			zb_csv_puts(&j->w, rj->engine->input[i]);
		zb_csv_end_row(&j->w);
		return;
	}
	if (!rj->engine->own_header) {
		for (const zb_report_col *c = zb_report_cols(j->rep); c->name; c++)
			zb_csv_puts(&j->w, c->name);
		zb_csv_end_row(&j->w);
	}
	rj->out.w = &j->w;
	if (!(rj->state = rj->engine->start(&rj->out)))
		zb_die(ZB_EXIT_DATA, NULL, 0, "out of memory");
}

/* ---- reading rows ---- */

static void bind_rows(struct rows_job *rj, zb_csv_reader *r)
{
	for (int i = 0; i < rj->ninput; i++) {
		rj->idx[i] = zb_csv_col(r, rj->engine->input[i]);
		if (rj->idx[i] < 0 && !(rj->engine->optional & (1u << i)))
			zb_die(ZB_EXIT_DATA, zb_csv_name(r), 1, "no column '%s' (the report reads it)",
			       rj->engine->input[i]);
	}
}

/* One row for a row report: to the engine, or as it is into the partial. */
static void feed_row(struct job *j, zb_csv_reader *r, const zb_field *f)
{
	struct rows_job *rj = &j->rows;
	for (int i = 0; i < rj->ninput; i++)
		rj->cells[i] = rj->idx[i] >= 0 ? f[rj->idx[i]] : (zb_field){NULL, 0};
	if (!rj->engine->wants(rj->cells))
		return;
	if (j->partial) {
		for (int i = 0; i < rj->ninput; i++)
			zb_csv_put(&j->w, rj->cells[i].ptr, rj->cells[i].len);
		zb_csv_end_row(&j->w);
		return;
	}
	const char *why = NULL;
	switch (rj->engine->row(rj->state, rj->cells, &why)) {
	case ZB_ROWREP_OK:
		return;
	case ZB_ROWREP_BAD:
		zb_die(ZB_EXIT_DATA, zb_csv_name(r), zb_csv_line(r), "%s", why);
	default:
		zb_die(ZB_EXIT_DATA, NULL, 0, "out of memory");
	}
}

/* One row for a group report or ops. */
static void group_row(struct job *j, zb_csv_reader *r, const zb_field *f, int skip_bad)
{
	int bad;
	switch (zb_agg_plan_row(&j->plan, &j->table, f, &bad)) {
	case ZB_ROW_ADDED:
	case ZB_ROW_FILTERED:
		return;
	case ZB_ROW_NOMEM:
		zb_die(ZB_EXIT_DATA, NULL, 0, "out of memory");
	case ZB_ROW_BAD: {
		const zb_agg_accdef *a = &j->plan.accs[bad];
		const zb_field *cell = &f[a->idx];
		const char *file = zb_csv_name(r);
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
}

/* The records of r, after its header. */
static void read_records(struct job *j, zb_csv_reader *r, int skip_bad)
{
	const zb_field *f;
	int st;
	if (j->rows.engine)
		bind_rows(&j->rows, r);
	while ((st = zb_csv_next(r, &f)) == ZB_CSV_ROW)
		if (j->rows.engine)
			feed_row(j, r, f);
		else
			group_row(j, r, f, skip_bad);
	if (st == ZB_CSV_ERROR)
		zb_die(ZB_EXIT_DATA, zb_csv_name(r), zb_csv_line(r), "%s", zb_csv_error(r));
}

static void read_rows(struct job *j, const char *file, int skip_bad)
{
	const char *why, *what, *missing;
	zb_csv_reader *r = j->in = zb_csv_open(file, &why);
	if (!r)
		zb_die(ZB_EXIT_DATA, file, 0, "%s", why);
	if (!j->rows.engine &&
	    (missing = zb_agg_plan_bind(&j->plan, zb_csv_header(r), zb_csv_ncols(r), &what)))
		zb_die(ZB_EXIT_DATA, file, 1, "no column '%s' (named in %s)", missing, what);
	read_records(j, r, skip_bad);
	zb_csv_close(r);
	j->in = NULL;
}

/* ---- partial files ---- */

static FILE *open_partial(const char *file, zb_partial_settings *s, char **line)
{
	FILE *fp = open_in(file);
	const char *why = "";
	switch (zb_partial_get_settings(fp, s, line, &why)) {
	case ZB_PARTIAL_OK:
		return fp;
	case ZB_PARTIAL_NOMEM:
		zb_die(ZB_EXIT_DATA, NULL, 0, "out of memory");
	case ZB_PARTIAL_IO:
		zb_die(ZB_EXIT_DATA, file, 0, "%s", strerror(errno));
	case ZB_PARTIAL_NOT:
		zb_die(ZB_EXIT_DATA, file, 1, "not a partial file of zb-aggregate --partial (no '%s' line)",
		       ZB_PARTIAL_MAGIC);
	default:
		zb_die(ZB_EXIT_DATA, file, 1, "%s", why);
	}
}

/* For --merge: the settings of the first partial replace s (but --sort is
 * kept).  Returns the file open after that line, and the line in *line. */
static FILE *settings_from_partial(zb_partial_settings *s, const char *file, char **line)
{
	int sort = s->sort;
	zb_partial_settings_free(s);
	FILE *fp = open_partial(file, s, line);
	s->sort |= sort;
	return fp;
}

/* Merge a partial file into j; opened: the first file, its line read. */
static void read_partial(struct job *j, const char *file, FILE *opened, const char *want)
{
	FILE *fp = opened;
	if (!fp) {
		zb_partial_settings s;
		char *line;
		fp = open_partial(file, &s, &line);
		if (strcmp(line, want) != 0)
			zb_die(ZB_EXIT_DATA, file, 1, "made with other settings than the first partial file:\n  %s\n  %s",
			       line, want);
		free(line);
		zb_partial_settings_free(&s);
	}
	const char *why;
	long line;
	zb_csv_reader *r = j->in = zb_csv_open_stream(fp, file, &why);
	if (!r)
		zb_die(ZB_EXIT_DATA, file, 2, "%s", why);
	if (j->rows.engine)
		read_records(j, r, 0);
	else
		switch (zb_partial_get_groups(r, &j->plan, &j->table, &why, &line)) {
		case ZB_PARTIAL_OK:
			break;
		case ZB_PARTIAL_NOMEM:
			zb_die(ZB_EXIT_DATA, NULL, 0, "out of memory");
		default:
			zb_die(ZB_EXIT_DATA, file, line, "%s", why);
		}
	zb_csv_close(r);
	j->in = NULL;
	if (fp != stdin)
		fclose(fp);
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

static void put_key(zb_csv_writer *w, const zb_agg_group *g)
{
	for (const char *k = g->key; k < g->key + g->keylen; k += strlen(k) + 1)
		zb_csv_put(w, k, strlen(k));
}

static void write_groups(struct job *j)
{
	const zb_agg_plan *p = &j->plan;
	zb_agg_table *t = &j->table;
	zb_csv_writer *w = &j->w;
	zb_agg_acc *total = xcalloc((size_t)p->naccs, sizeof *total);
	if (j->sort)
		zb_agg_table_sort(t);
	for (int i = 0; i < p->ngcols; i++)
		zb_csv_puts(w, p->gcols[i]);
	for (int i = 0; i < p->ncols; i++)
		zb_csv_puts(w, p->cols[i].header);
	zb_csv_end_row(w);
	for (int i = 0; i < p->naccs; i++)
		zb_agg_init(&total[i], p->parts[i]);
	for (size_t gi = 0; gi < t->n && j->total; gi++)  /* groups in output order */
		for (int i = 0; i < p->naccs; i++)
			if (zb_agg_merge(&total[i], &t->groups[gi].accs[i]) != 0)
				zb_die(ZB_EXIT_DATA, NULL, 0, "out of memory");
	for (size_t gi = 0; gi < t->n; gi++) {
		put_key(w, &t->groups[gi]);
		for (int i = 0; i < p->ncols; i++)
			put_result(w, &t->groups[gi].accs[p->cols[i].acc], p->cols[i].op);
		zb_csv_end_row(w);
	}
	if (j->total) {
		for (int i = 0; i < p->ngcols; i++)
			zb_csv_puts(w, i == 0 ? ZB_TOTAL_LABEL : "");
		for (int i = 0; i < p->ncols; i++)
			put_result(w, &total[p->cols[i].acc], p->cols[i].op);
		zb_csv_end_row(w);
	}
	for (int i = 0; i < p->naccs; i++)
		zb_agg_free(&total[i]);
	free(total);
}

static void job_end(struct job *j)
{
	if (j->rows.engine) {
		if (!j->partial && j->rows.engine->finish(j->rows.state) != ZB_ROWREP_OK)
			zb_die(ZB_EXIT_DATA, NULL, 0, "out of memory");
	} else if (j->partial) {
		if (zb_partial_put_groups(&j->w, &j->plan, &j->table) != 0)
			zb_die(ZB_EXIT_DATA, NULL, 0, "out of memory");
	} else {
		write_groups(j);
	}
}

static void job_free(struct job *j)
{
	struct rows_job *rj = &j->rows;
	if (rj->engine && rj->state)
		rj->engine->free(rj->state);
	free(rj->map);
	free(rj->idx);
	free(rj->cells);
	zb_agg_table_free(&j->table);
	zb_agg_plan_free(&j->plan);
	free(j->first_bad);
}

/* ---- help ---- */

#define INDENT "             "   /* under the help text */

/* The report's columns, wrapped at 78 after the indent. */
static void print_columns(const zb_report *r)
{
	size_t width = strlen(INDENT);
	int first = 1;
	printf(INDENT);
	for (const zb_report_col *c = zb_report_cols(r); c->name; c++, first = 0) {
		int wrap = !first && width + strlen(c->name) + 1 > 78;
		printf(wrap ? ",\n" INDENT "%s" : first ? "%s" : ",%s", c->name);
		width = (wrap ? strlen(INDENT) : width + !first) + strlen(c->name);
	}
	printf("\n");
}

static void print_report(const zb_report *r)
{
	printf("  %-10s ", r->name);
	for (const char *h = r->help; *h; h++)
		printf(*h == '\n' ? "\n" INDENT : "%c", *h);
	if (r->engine)
		printf("\n" INDENT "a row report; columns:\n");
	else
		printf("\n" INDENT "rows %s, by %s; columns:\n", *r->where ? r->where : "all", r->group);
	print_columns(r);
}

/* For the scripts: NAME, chart kind (- for none), briefing place (0 for
 * none), title; tab-separated. */
static void list_reports(void)
{
	for (const zb_report *r = zb_reports; r->name; r++)
		printf("%s\t%s\t%d\t%s\t%d\n", r->name, r->chart.kind ? r->chart.kind : "-", r->brief.order, r->title,
		       r->min_docs);
	exit(fflush(stdout) == 0 && !ferror(stdout) ? ZB_EXIT_OK : ZB_EXIT_DATA);
}

static void usage(void)
{
	printf("Usage: %s [OPTION]... [-g COLS] OP... [FILE]...\n"
	       "  or:  %s [OPTION]... --report NAME [FILE]...\n"
	       "  or:  %s [--sort] [--partial] [-o FILE] --merge PARTIAL...\n"
	       "  or:  %s --list-reports\n"
	       "Group the rows of CSV files with a header (stdin when no FILE, or '-') and\n"
	       "print one row per group, in first-appearance order: the group columns, then\n"
	       "one column per OP.  Rows need not be sorted.\n\n", zb_progname(), zb_progname(), zb_progname(),
	       zb_progname());
	printf("Options:\n"
	       "  -g, --group COLS   group by these columns (comma-separated names); none: one group;\n"
	       "                     A|B: A's cell, or B's where A's is empty (department|doc)\n"
	       "      --where COND   only rows meeting COND (repeatable, all must hold):\n"
	       "                       COL=A|B  cell is A or B     COL!=A|B  cell is neither\n"
	       "                       COL==N COL<N COL<=N COL>N COL>=N  numeric (empty fails)\n"
	       "  -s, --sort         groups in byte order of their cells, not first appearance\n"
	       "      --report NAME  a report on zb-classify's columns (below); a group report's\n"
	       "                     last row, department '%s', is over all groups\n"
	       "      --list-reports the reports, one line each: name, chart kind (- none),\n"
	       "                     place in the briefing (0 none), title, documents the\n"
	       "                     briefing needs to show it (2: across documents); tab-\n"
	       "                     separated\n"
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
	printf("\nA TEXTCOL may join up to %d columns with + (subject+mention: their non-empty\n"
	       "cells, a blank between).\n", ZB_AGG_MAXTEXT);
	printf("\nReports (--report NAME; lib/reports.c):\n");
	for (const zb_report *r = zb_reports; r->name; r++)
		print_report(r);
	printf("\nNumbers are printed with at most 6 decimals, trailing zeros trimmed, never\n"
	       "with an exponent; sums are exact (correctly rounded), so merging is exact.\n\n"
	       "Partial files (--partial): a first line '%s' followed by the\n"
	       "settings (report=NAME g=COLS where=COND sort op=OP, with %%XX escapes), then\n"
	       "CSV: for groups, the group columns and one state column per accumulator, one\n"
	       "row per group, a state being 'N [s=SUM-PARTS] [r=MIN;MAX] [v=VALUES]\n"
	       "[k=TOP-VALUE:LEN:TEXT;...] [t=TEXT]' with ';' between numbers that read back\n"
	       "exactly; for a row report, the rows it reads, cut to its columns, in input\n"
	       "order.  --merge checks that every partial was made with the same settings.\n\n"
	       "Examples:\n"
	       "  %s -g department,type count sum:value median:value < classified.csv\n"
	       "  %s --where type=amount -g department q1:value q3:value classified.csv\n"
	       "  %s --report ranks classified.csv\n"
	       "  %s --report claims classified.csv\n"
	       "  parallel %s --partial --report ranks {} '>' {}.part ::: shard*.csv\n"
	       "  %s --merge shard*.csv.part\n",
	       ZB_PARTIAL_MAGIC, zb_progname(), zb_progname(), zb_progname(), zb_progname(), zb_progname(),
	       zb_progname());
	exit(fflush(stdout) == 0 && !ferror(stdout) ? ZB_EXIT_OK : ZB_EXIT_DATA);
}
