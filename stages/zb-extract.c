/* zb-extract - every numeric mention in a report, one CSV row each.
 *
 *   zb-extract [--format F] [--encoding auto|utf-8|gb18030] [-o FILE] [FILE...]
 *
 * Reports in (files or stdin: text, web pages, PDF, Word files, scans),
 * CSV out: lib/formats.c tells the format and its reader makes lines of
 * text; the paragraph joiner and mention scanner are lib/extract.c. */
#include "csvrec.h"
#include "diag.h"
#include "docfacts.h"
#include "extract.h"
#include "formats.h"
#include "outfile.h"
#include "places.h"
#include "structure.h"
#include "textin.h"

#include "chars.h"
#include "grow.h"
#include "utf8.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

struct options {
	enum zb_encoding encoding;
	const zb_format *format;   /* --format, or NULL: by content */
	const char *output;
	const char *meta;          /* --meta: a manifest of doc,place,period */
	int safe_csv;
};

/* The columns zb-extract adds after the extractor's: the document's facts. */
static const char *const doc_columns[] = {"doc_place", "doc_period", NULL};

/* A document's facts given by the manifest (--meta): an empty cell keeps
 * what the text says. */
struct meta_row {
	char *doc, *place, *period;
};
struct manifest {
	struct meta_row *rows;
	size_t n;
};

/* The opening lines of a document, held until its facts are known. */
#define OPENING_MAX_LINES 64
struct opening {
	char *text;
	size_t len, cap;
	size_t start[OPENING_MAX_LINES], lens[OPENING_MAX_LINES];
	long pos[OPENING_MAX_LINES];
	int nlines, nonblank;
	int done;                  /* the facts are known: lines go straight on */
};

struct run {
	zb_csv_writer w;
	zb_extractor *x;
	const char *doc;   /* the doc column: file name without its folder */
	const char *path;  /* as given */
	int paged;         /* positions of this document carry a page */
	long lost;         /* the first line the extractor could not take, or 0 */
	const struct manifest *manifest;
	struct opening opening;
	zb_docfacts facts;
};

static void usage(void);
static void list_keywords(void);

static const char *format_names(void)
{
	static char names[200];
	size_t len = 0;
	for (const zb_format *f = zb_formats; f->name; f++)
		len += (size_t)snprintf(names + len, sizeof names - len, ", %s", f->name);
	return names;
}

static struct options parse_args(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"encoding", required_argument, NULL, 'e'},
		{"format", required_argument, NULL, 'f'},
		{"meta", required_argument, NULL, 'm'},
		{"output", required_argument, NULL, 'o'},
		{"safe-csv", no_argument, NULL, 's'},
		{"keywords", no_argument, NULL, 'k'},
		{"help", no_argument, NULL, 'h'},
		{"version", no_argument, NULL, 'V'},
		{NULL, 0, NULL, 0},
	};
	struct options o = {.encoding = ZB_ENC_AUTO};
	int c;
	opterr = 0;  /* zb_bad_option says it once */
	while ((c = getopt_long(argc, argv, "e:f:o:", longopts, NULL)) != -1) {
		switch (c) {
		case 'e': {
			int found = 0;
			for (int i = 0; zb_encoding_names[i]; i++)
				if (strcmp(optarg, zb_encoding_names[i]) == 0 ||
				    (i == ZB_ENC_UTF8 && strcmp(optarg, "utf8") == 0)) {
					o.encoding = (enum zb_encoding)i;
					found = 1;
				}
			if (!found)
				zb_usage_error("--encoding: '%s' is not one of auto, utf-8, gb18030", optarg);
			break;
		}
		case 'f':
			if (strcmp(optarg, "auto") != 0 && !(o.format = zb_format_named(optarg)))
				zb_usage_error("--format: '%s' is not one of auto%s", optarg, format_names());
			break;
		case 'o': o.output = optarg; break;
		case 'm': o.meta = optarg; break;
		case 's': o.safe_csv = 1; break;
		case 'k': list_keywords(); break;
		case 'h': usage(); break;
		case 'V': zb_version(); break;
		default: zb_bad_option(argv, optind);
		}
	}
	return o;
}

static void write_mention(void *ctx, const zb_mention *m)
{
	struct run *run = ctx;
	zb_csv_writer *w = &run->w;
	zb_csv_puts(w, run->doc);
	zb_csv_put_long(w, m->section);
	zb_csv_put_text(w, m->department.ptr, m->department.len);
	zb_csv_put_text(w, m->chapter.ptr, m->chapter.len);
	zb_csv_put_long(w, m->item);
	zb_csv_put_text(w, m->title.ptr, m->title.len);
	char line[48];
	zb_pos_format(m->line, run->paged, line, sizeof line);
	zb_csv_puts(w, line);
	zb_csv_puts(w, zb_kinds[m->kind].name);
	zb_csv_put_text(w, m->mention.ptr, m->mention.len);
	zb_csv_put_text(w, m->number.ptr, m->number.len);
	zb_csv_put(w, m->qualifier.ptr, m->qualifier.len);
	zb_csv_put(w, m->unit_text.ptr, m->unit_text.len);
	zb_csv_put(w, m->scope_text.ptr, m->scope_text.len);
	zb_csv_put_text(w, m->clause.ptr, m->clause.len);
	zb_csv_put_long(w, (long)m->offset);
	zb_csv_put_text(w, m->lead.ptr, m->lead.len);
	zb_csv_put_long(w, m->clause_no);
	zb_csv_put_text(w, m->prev_clause.ptr, m->prev_clause.len);
	zb_csv_put_long(w, m->sentence);
	zb_csv_put_text(w, run->facts.place, strlen(run->facts.place));
	zb_csv_put_text(w, run->facts.period, strlen(run->facts.period));
	zb_csv_end_row(w);
}

/* ---- the document's facts ---- */

static char *dup_field(const zb_field *f)
{
	char *s = malloc(f->len + 1);
	if (!s)
		zb_die(ZB_EXIT_DATA, NULL, 0, "out of memory");
	memcpy(s, f->ptr, f->len);
	s[f->len] = '\0';
	return s;
}

/* The manifest: a CSV with a header holding doc and place or period. */
static void read_manifest(const char *path, struct manifest *m)
{
	const char *why;
	zb_csv_reader *r = zb_csv_open(path, &why);
	if (!r)
		zb_die(ZB_EXIT_DATA, path, 0, "%s", why);
	int doc = zb_csv_col(r, "doc"), place = zb_csv_col(r, "place"), period = zb_csv_col(r, "period");
	if (doc < 0 || (place < 0 && period < 0))
		zb_die(ZB_EXIT_DATA, path, 1, "a manifest needs the columns doc and place or period");
	const zb_field *f;
	int status;
	size_t cap = 0;
	while ((status = zb_csv_next(r, &f)) == ZB_CSV_ROW) {
		if (zb_grow((void **)&m->rows, &cap, m->n + 1, sizeof *m->rows) != 0)
			zb_die(ZB_EXIT_DATA, NULL, 0, "out of memory");
		zb_field none = {"", 0};
		m->rows[m->n++] = (struct meta_row){dup_field(&f[doc]), dup_field(place >= 0 ? &f[place] : &none),
						    dup_field(period >= 0 ? &f[period] : &none)};
	}
	if (status == ZB_CSV_ERROR)
		zb_die(ZB_EXIT_DATA, path, zb_csv_line(r), "%s", zb_csv_error(r));
	zb_csv_close(r);
}

/* The manifest's row of a document: by its name, or by its path as given. */
static void apply_manifest(struct run *run, const char *path)
{
	const struct manifest *m = run->manifest;
	for (size_t i = 0; m && i < m->n; i++)
		if (strcmp(m->rows[i].doc, run->doc) == 0 || strcmp(m->rows[i].doc, path) == 0) {
			if (m->rows[i].place[0])
				snprintf(run->facts.place, sizeof run->facts.place, "%s", m->rows[i].place);
			if (m->rows[i].period[0])
				snprintf(run->facts.period, sizeof run->facts.period, "%s", m->rows[i].period);
			return;
		}
}

static int blank_line(const char *s, size_t n)
{
	size_t k;
	for (size_t i = 0; i < n; i += k)
		if (!zb_is_blank(zb_utf8_at(s, n, i, &k)) && s[i] != '\r')
			return 0;
	return 1;
}

static void give_line(struct run *run, const char *s, size_t n, long pos)
{
	if (!run->lost && zb_extractor_line(run->x, s, n, pos) != 0)
		run->lost = pos;
}

/* The facts from the lines held, then the lines to the extractor. */
static void end_opening(struct run *run, const char *path)
{
	struct opening *o = &run->opening;
	const char *lines[OPENING_MAX_LINES];
	size_t lens[OPENING_MAX_LINES];
	int n = 0;
	if (o->done)
		return;
	for (int i = 0; i < o->nlines; i++)
		if (!blank_line(o->text + o->start[i], o->lens[i])) {
			lines[n] = o->text + o->start[i];
			lens[n++] = o->lens[i];
		}
	zb_docfacts_read(&run->facts, lines, lens, (size_t)n);
	apply_manifest(run, path);
	o->done = 1;
	for (int i = 0; i < o->nlines; i++)
		give_line(run, o->text + o->start[i], o->lens[i], o->pos[i]);
}


/* A line of the document to the extractor; the first one it could not
 * take (out of memory) is remembered, the ones after it are left. */
static void take_line(void *ctx, const char *s, size_t n, long pos)
{
	struct run *run = ctx;
	struct opening *o = &run->opening;
	if (o->done) {
		give_line(run, s, n, pos);
		return;
	}
	if (zb_grow((void **)&o->text, &o->cap, o->len + n + 1, 1) != 0) {
		if (!run->lost)
			run->lost = pos;
		return;
	}
	memcpy(o->text + o->len, s, n);
	o->start[o->nlines] = o->len;
	o->lens[o->nlines] = n;
	o->pos[o->nlines++] = pos;
	o->len += n;
	o->nonblank += !blank_line(s, n);
	if (o->nonblank >= ZB_DOCFACTS_LINES || o->len >= ZB_DOCFACTS_BYTES || o->nlines == OPENING_MAX_LINES)
		end_opening(run, run->path);
}

/* One document through the extractor.  Returns an exit status. */
static int extract_file(const char *path, const struct options *o, struct run *run, zb_doc *d)
{
	const char *slash = strrchr(path, '/');
	run->doc = slash ? slash + 1 : path;
	run->path = path;
	run->opening.len = 0;
	run->opening.nlines = run->opening.nonblank = run->opening.done = 0;
	int status = ZB_EXIT_OK;
	const zb_format *f = NULL;
	if (zb_doc_open(d, path, o->encoding) != 0 || !(f = o->format ? o->format : zb_format_detect(d)) ||
	    (run->paged = f->paged, zb_doc_read(d, f, take_line, run)) != 0) {
		zb_warn(path, d->err_line, "%s", d->err);
		status = ZB_EXIT_DATA;
	}
	end_opening(run, path);   /* a document shorter than its opening */
	if (run->lost) {   /* FILE:LINE, or FILE:PAGE:LINE as the line column */
		char at[64];
		snprintf(at, sizeof at, "%s:", path);
		zb_pos_format(run->lost, run->paged, at + strlen(at), sizeof at - strlen(at));
		zb_warn(at, 0, "out of memory");
		status = ZB_EXIT_DATA;
		run->lost = 0;
	}
	zb_extractor_finish(run->x);
	zb_doc_close(d);
	return status;
}

int main(int argc, char **argv)
{
	zb_diag_init(argv[0]);
	struct options o = parse_args(argc, argv);
	char **files = argv + optind;
	int nfiles = argc - optind;
	static char *const stdin_only[] = {"-", NULL};
	if (nfiles == 0) {
		files = (char **)stdin_only;
		nfiles = 1;
	}

	zb_out out;
	if (zb_out_open(&out, o.output) != 0)
		zb_die(ZB_EXIT_DATA, o.output, 0, "cannot write: %s", strerror(errno));
	struct run run = {.lost = 0};
	static struct manifest manifest;
	if (zb_places_load() != 0)
		zb_die(ZB_EXIT_DATA, NULL, 0, "out of memory");
	if (o.meta) {
		read_manifest(o.meta, &manifest);
		run.manifest = &manifest;
	}
	zb_csv_writer_init(&run.w, out.fp, o.safe_csv);
	static zb_doc doc;
	run.x = zb_extractor_new(write_mention, &run);
	if (!run.x)
		zb_die(ZB_EXIT_DATA, NULL, 0, "out of memory");

	zb_csv_puts(&run.w, "doc");
	for (int i = 0; zb_mention_columns[i]; i++)
		zb_csv_puts(&run.w, zb_mention_columns[i]);
	for (int i = 0; doc_columns[i]; i++)
		zb_csv_puts(&run.w, doc_columns[i]);
	zb_csv_end_row(&run.w);

	int status = ZB_EXIT_OK;
	for (int i = 0; i < nfiles; i++)
		if (extract_file(files[i], &o, &run, &doc) != ZB_EXIT_OK)
			status = ZB_EXIT_DATA;  /* report, go on with the other files */
	zb_extractor_free(run.x);
	free(run.opening.text);
	for (size_t i = 0; i < manifest.n; i++) {
		free(manifest.rows[i].doc);
		free(manifest.rows[i].place);
		free(manifest.rows[i].period);
	}
	free(manifest.rows);
	return zb_out_finish(&out, status);
}

static size_t places_count(void)
{
	size_t n;
	if (zb_places_load() != 0)
		zb_die(ZB_EXIT_DATA, NULL, 0, "out of memory");
	zb_places(&n);
	return n;
}

static void usage(void)
{
	printf("Usage: %s [OPTION]... [FILE]...\n"
	       "Find every numeric mention in Chinese reports (files or standard input: text,\n"
	       "web pages, PDF, Word files, scans) and write one CSV row per mention.\n\n"
	       "  -f, --format=F      auto (default: by content), or one of the formats below\n"
	       "  -e, --encoding=ENC  auto (default: UTF-8 if valid, else GB18030), utf-8, gb18030\n"
	       "                      (text, and web pages that declare no charset)\n"
	       "  -o, --output=FILE   write to FILE (complete or not at all) instead of stdout\n"
	       "      --meta=FILE     a manifest, CSV with the columns doc,place,period: the\n"
	       "                      place and period of each document named (by file name or\n"
	       "                      path) instead of what its opening lines say\n"
	       "      --safe-csv      prefix ' to text cells starting with = + - @ tab CR (spreadsheets)\n"
	       "      --keywords      list the structure and quote tables zb-extract reads and exit\n"
	       "      --help          show this help and exit\n"
	       "      --version       show the version and exit\n\n"
	       "Columns: doc", zb_progname());
	for (int i = 0; zb_mention_columns[i]; i++)
		printf(",%s", zb_mention_columns[i]);
	for (int i = 0; doc_columns[i]; i++)
		printf(",%s", doc_columns[i]);
	printf("\n\nFormats:\n");
	for (const zb_format *f = zb_formats; f->name; f++) {
		printf("  %-6s %s\n", f->name, f->help);
		if (f->packages)
			printf("         (needs the Debian package%s %s)\n", strchr(f->packages, ' ') ? "s" : "",
			       f->packages);
	}
	printf("\nline: the line of a text, the paragraph of a web page or Word file (from 1),\n"
	       "PAGE:LINE on a PDF or scan (3:12, counting the dropped headers and footers).\n");
	printf("\ndoc_place, doc_period: the place a document is about and the period it\n"
	       "reports on, from its title and first %d lines (2026年河南省政府工作报告: 河南省,\n"
	       "2025年; 2017年一季度大庆市经济运行情况: 大庆市, 2017年一季度); places are the\n"
	       "%zu of data/places.tsv; empty when the text does not say.\n", ZB_DOCFACTS_LINES, places_count());
	printf("\nKinds of mention:\n");
	for (int i = 0; i < ZB_NKINDS; i++)
		printf("  %-8s %s: %s\n", zb_kinds[i].name, zb_kinds[i].help, zb_kinds[i].example);
	printf("\nLines of a paragraph are joined (OCR text wrapped mid-word); a paragraph starts\n"
	       "at an indented line or a heading; page markers such as （下转5版） are dropped.\n"
	       "Headings like 二十二、市妇联 set section and department; 1. or （一） set item.\n\n"
	       "Exit status: 0 ok, 1 bad input (file, line and byte offset named), 2 usage.\n\n"
	       "Examples:\n  %s report.txt | zb-normalize | zb-classify > metrics.csv\n"
	       "  %s page.html report.pdf report.docx scan.png > mentions.csv\n", zb_progname(), zb_progname());
	exit(fflush(stdout) == 0 ? ZB_EXIT_OK : ZB_EXIT_DATA);
}

/* The tables of structure.c, and the quote and name marks of keywords.c. */
static void list_keywords(void)
{
	const zb_keyword_table *marks[] = {&zb_kw_quote, &zb_kw_name_mark};
	int bad = zb_kw_print(stdout, zb_structure_tables, zb_nstructure_tables) != 0;
	printf("\n");
	bad |= zb_kw_print(stdout, marks, sizeof marks / sizeof *marks) != 0;
	exit(bad ? ZB_EXIT_DATA : ZB_EXIT_OK);
}
