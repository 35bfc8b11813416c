/* zb-classify - say what each metric row of zb-normalize is: its type, the
 * scope of a rank claim, the basis of a change, the period and the subject.
 *
 *   zb-extract report.txt | zb-normalize | zb-classify > metrics.csv
 *
 * The decisions read the row's kind and unit and the words of its clause
 * around the mention; every word list is a table in lib/keywords.c (types:
 * lib/types.c). */
#include "classify.h"
#include "csvrec.h"
#include "diag.h"
#include "formats.h"
#include "indicator_names.h"
#include "keywords.h"
#include "outfile.h"
#include "tsv.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Input columns read (all required), and the columns added. */
enum { C_KIND, C_MENTION, C_SCOPE_TEXT, C_CLAUSE, C_OFFSET, C_UNIT, NREQ };
static const char *const required[NREQ] = {"kind", "mention", "scope_text", "clause", "offset", "unit"};
enum { A_TYPE, A_SCOPE, A_BASIS, A_PERIOD, A_SUBJECT, A_INDICATOR, NADD };
static const char *const added[NADD] = {"type", "scope", "basis", "period", "subject", "indicator"};
/* Text cells from the report, guarded by --safe-csv. */
static const char *const text_cols[] = {
	"department", "chapter", "title", "mention", "number", "clause", "lead", "prev_clause", "period", "subject",
	"indicator",
};

#define MAX_INDICATOR_FILES 16
struct opts {
	const char *in, *out;
	int safe;
	const char *indicator_files[MAX_INDICATOR_FILES];   /* --indicators */
	int nindicator_files;
	int list_indicators;
};

static struct opts parse_args(int argc, char **argv);
static int run(zb_csv_reader *r, zb_classifier *c, const zb_indicator_names *names, zb_csv_writer *w);

/* The indicator table, with the rows of the user's files. */
static zb_indicator_names *load_names(const struct opts *o)
{
	zb_indicator_names *names = zb_indicator_names_new();
	if (!names)
		zb_die(ZB_EXIT_DATA, NULL, 0, "out of memory");
	for (int i = 0; i < o->nindicator_files; i++) {
		long line = 0;
		int st = zb_indicator_names_add_file(names, o->indicator_files[i], &line);
		if (st == ZB_TSV_BAD)
			zb_die(ZB_EXIT_DATA, o->indicator_files[i], line,
			       "not a row of indicator<TAB>alias[<TAB>example] in UTF-8");
		if (st != 0)
			zb_die(ZB_EXIT_DATA, o->indicator_files[i], 0, "cannot read: %s", strerror(errno));
	}
	return names;
}

int main(int argc, char **argv)
{
	zb_diag_init(argv[0]);
	struct opts o = parse_args(argc, argv);
	zb_indicator_names *names = load_names(&o);
	if (o.list_indicators) {
		int bad = zb_indicator_names_print(names, stdout) != 0;
		zb_indicator_names_free(names);
		exit(bad ? ZB_EXIT_DATA : ZB_EXIT_OK);
	}

	const char *why = NULL;
	zb_csv_reader *r = zb_csv_open(o.in, &why);
	if (!r)
		zb_die(ZB_EXIT_DATA, o.in ? o.in : "-", 0, "%s", why);
	for (int i = 0; i < NREQ; i++)
		if (zb_csv_col(r, required[i]) < 0)
			zb_die(ZB_EXIT_DATA, zb_csv_name(r), 1, "missing column '%s' (zb-classify reads the "
			       "output of zb-extract | zb-normalize)", required[i]);

	zb_classifier *c = zb_classifier_new();
	if (!c)
		zb_die(ZB_EXIT_DATA, NULL, 0, "out of memory");
	zb_out out;
	if (zb_out_open(&out, o.out ? o.out : "-") != 0)
		zb_die(ZB_EXIT_DATA, o.out, 0, "cannot write: %s", strerror(errno));
	zb_csv_writer w;
	zb_csv_writer_init(&w, out.fp, o.safe);

	int status = run(r, c, names, &w);

	zb_classifier_free(c);
	zb_indicator_names_free(names);
	zb_csv_close(r);
	return zb_out_finish(&out, status);
}

/* ---- the data flow ------------------------------------------------------- */

static int is_text_col(const zb_field *name)
{
	for (size_t i = 0; i < sizeof text_cols / sizeof *text_cols; i++)
		if (strlen(text_cols[i]) == name->len && memcmp(text_cols[i], name->ptr, name->len) == 0)
			return 1;
	return 0;
}

static zb_span field(const zb_field *f, int col)
{
	return col < 0 ? (zb_span){"", 0} : (zb_span){f[col].ptr, f[col].len};
}

/* A column of whole numbers (clause_no) as a number, or -1. */
static long to_line(zb_span s)
{
	long v = 0;
	for (size_t i = 0; i < s.n && v < 100000000; i++)
		if (s.p[i] >= '0' && s.p[i] <= '9')
			v = v * 10 + (s.p[i] - '0');
		else
			return -1;
	return s.n ? v : -1;
}

static int run(zb_csv_reader *r, zb_classifier *c, const zb_indicator_names *names, zb_csv_writer *w)
{
	int col[NREQ], idx[NADD];
	for (int i = 0; i < NREQ; i++)
		col[i] = zb_csv_col(r, required[i]);
	int unit_text = zb_csv_col(r, "unit_text"), lead = zb_csv_col(r, "lead");
	int doc = zb_csv_col(r, "doc"), prev_clause = zb_csv_col(r, "prev_clause"), line = zb_csv_col(r, "line");
	int clause_no = zb_csv_col(r, "clause_no"), sentence = zb_csv_col(r, "sentence");
	zb_indicator_carry carry = {.set = 0};
	int nin = (int)zb_csv_ncols(r);
	int nout = zb_csv_schema(r, added, NADD, idx);

	/* What goes in each output column, decided once. */
	int *from_add = malloc((size_t)nout * sizeof *from_add);
	int *text = malloc((size_t)nout * sizeof *text);
	if (!from_add || !text) {
		free(from_add);
		free(text);
		zb_warn(zb_csv_name(r), 0, "out of memory");
		return ZB_EXIT_DATA;
	}
	const zb_field *head = zb_csv_header(r);
	for (int i = 0; i < nout; i++) {
		from_add[i] = -1;
		text[i] = i < nin && is_text_col(&head[i]);
	}
	for (int k = 0; k < NADD; k++) {
		from_add[idx[k]] = k;
		text[idx[k]] = k == A_SUBJECT || k == A_INDICATOR;
	}
	int input_passed = zb_csv_schema_appends(r, idx, NADD);
	for (int i = 0; i < nout; i++)
		zb_csv_puts(w, from_add[i] >= 0 ? added[from_add[i]] : head[i].ptr);
	zb_csv_end_row(w);

	int status = ZB_EXIT_OK, st;
	const zb_field *f;
	while ((st = zb_csv_next(r, &f)) == ZB_CSV_ROW) {
		zb_cls_row in = {
			.kind = field(f, col[C_KIND]), .mention = field(f, col[C_MENTION]),
			.scope_text = field(f, col[C_SCOPE_TEXT]), .clause = field(f, col[C_CLAUSE]),
			.unit = field(f, col[C_UNIT]), .unit_text = field(f, unit_text), .lead = field(f, lead),
			.doc = field(f, doc), .prev_clause = field(f, prev_clause), .has_unit_text = unit_text >= 0,
			.clause_no = clause_no >= 0 ? to_line(field(f, clause_no)) : 0,
			.line = zb_pos_parse(field(f, line).p, field(f, line).n),   /* 12, or 3:12 on page 3 */
		};
		const char *bad = zb_cls_locate(&in, field(f, col[C_OFFSET]));
		if (bad) {
			zb_warn(zb_csv_name(r), zb_csv_line(r), "%s: '%s'", bad,
				zb_excerpt(f[col[C_OFFSET]].ptr, f[col[C_OFFSET]].len, 40));
			status = ZB_EXIT_DATA;
			break;
		}
		zb_cls_result res;
		if (zb_classify(c, &in, &res) != 0) {
			zb_warn(zb_csv_name(r), zb_csv_line(r), "out of memory");
			status = ZB_EXIT_DATA;
			break;
		}
		char indicator[256];
		zb_span d = field(f, doc), sent = field(f, sentence);
		size_t indicator_len = zb_indicator_of_row(names, &carry, d.p, d.n, sent.p, sent.n, res.subject.p,
							   res.subject.n, indicator, sizeof indicator);
		zb_span cell[NADD] = {
			[A_TYPE] = {zb_types[res.type].name, strlen(zb_types[res.type].name)},
			[A_SCOPE] = {zb_scopes[res.scope].name, strlen(zb_scopes[res.scope].name)},
			[A_BASIS] = {zb_bases[res.basis].name, strlen(zb_bases[res.basis].name)},
			[A_PERIOD] = res.period,
			[A_SUBJECT] = res.subject,
			[A_INDICATOR] = {indicator, indicator_len},
		};
		int i = 0;
		if (input_passed) {   /* the input's cells as read, then the added ones */
			zb_csv_put_record(w, r, f, text);
			i = nin;
		}
		for (; i < nout; i++) {
			zb_span s = from_add[i] >= 0 ? cell[from_add[i]] : field(f, i);
			if (text[i])
				zb_csv_put_text(w, s.p, s.n);
			else
				zb_csv_put(w, s.p, s.n);
		}
		zb_csv_end_row(w);
		if (ferror(w->fp)) {
			status = ZB_EXIT_DATA;
			break;
		}
	}
	if (st == ZB_CSV_ERROR) {
		zb_warn(zb_csv_name(r), zb_csv_line(r), "%s", zb_csv_error(r));
		status = ZB_EXIT_DATA;
	}
	free(from_add);
	free(text);
	return status;
}

static void usage(void)
{
	printf("Usage: %s [OPTION]... [FILE]\n"
	       "Add the columns type, scope, basis, period, subject and indicator to the CSV of\n"
	       "zb-extract | zb-normalize read from FILE (standard input when FILE is - or absent).\n"
	       "\n"
	       "Options:\n"
	       "  -o, --output=FILE  write to FILE, whole or not at all\n"
	       "      --safe-csv     prefix ' to text cells starting with = + - @ tab CR,\n"
	       "                     against spreadsheet formulas; the text cells:\n"
	       "                    ", zb_progname());
	for (size_t i = 0; i < sizeof text_cols / sizeof text_cols[0]; i++)
		printf(" %s", text_cols[i]);
	printf("\n"
	       "      --indicators=FILE  add the rows of FILE (TSV: indicator, alias, example)\n"
	       "                     to the indicator table; may be given several times\n"
	       "      --list-indicators  print the indicator table (TSV) and exit\n"
	       "      --keywords     list every keyword table and exit\n"
	       "      --help         display this help and exit\n"
	       "      --version      output version information and exit\n"
	       "\n"
	       "Types (type column); metrics:\n");
	for (int metric = 1; metric >= 0; metric--) {
		for (int i = 0; i < ZB_NTYPES; i++)
			if (zb_types[i].metric == metric)
				printf("  %-9s  %s (%s)\n", zb_types[i].name, zb_types[i].help, zb_types[i].example);
		if (metric)
			printf("and not metrics:\n");
	}
	printf("\nScopes of rank, first and top claims (scope column):\n");
	for (int i = 1; i < ZB_NSCOPES; i++)
		printf("  %-9s  %s (%s)\n", zb_scopes[i].name, zb_scopes[i].help, zb_scopes[i].example);
	printf("\nBases of changes (basis column; empty when none is written):\n");
	for (int i = 1; i < ZB_NBASES; i++)
		printf("  %-9s  %s (%s)\n", zb_bases[i].name, zb_bases[i].help, zb_bases[i].example);
	printf("\nThe period column is the time the clause gives for the figure (1至5月份,\n"
	       "上半年), else the sentence's lead (上半年，…增长5%%); subject is a short phrase\n"
	       "naming what the number measures; indicator is its canonical name when it is\n"
	       "one of the indicator table (data/indicators.tsv, compiled in: 规上工业增加值 ->\n"
	       "规模以上工业增加值; 全市GDP增速 -> 地区生产总值增速), else empty.\n"
	       "\nColumns read: ");
	for (int i = 0; i < NREQ; i++)
		printf("%s%s", required[i], i + 1 < NREQ ? ", " : " (required); unit_text, lead, doc, line, clause_no and prev_clause if present.\n");
	printf("\nExit status: 0 success, 1 bad input data or a failed write, 2 bad command line.\n"
	       "\nExample:\n  zb-extract report.txt | zb-normalize | zb-classify -o metrics.csv\n");
}

static struct opts parse_args(int argc, char **argv)
{
	enum { OPT_SAFE = 256, OPT_KEYWORDS, OPT_INDICATORS, OPT_LIST_INDICATORS, OPT_HELP, OPT_VERSION };
	static const struct option longopts[] = {
		{"output", required_argument, NULL, 'o'},
		{"safe-csv", no_argument, NULL, OPT_SAFE},
		{"keywords", no_argument, NULL, OPT_KEYWORDS},
		{"indicators", required_argument, NULL, OPT_INDICATORS},
		{"list-indicators", no_argument, NULL, OPT_LIST_INDICATORS},
		{"help", no_argument, NULL, OPT_HELP},
		{"version", no_argument, NULL, OPT_VERSION},
		{NULL, 0, NULL, 0},
	};
	struct opts o = {.in = NULL};
	int ch;
	opterr = 0;
	while ((ch = getopt_long(argc, argv, "o:", longopts, NULL)) != -1) {
		switch (ch) {
		case 'o':
			o.out = optarg;
			break;
		case OPT_SAFE:
			o.safe = 1;
			break;
		case OPT_INDICATORS:
			if (o.nindicator_files == MAX_INDICATOR_FILES)
				zb_usage_error("--indicators: at most %d files", MAX_INDICATOR_FILES);
			o.indicator_files[o.nindicator_files++] = optarg;
			break;
		case OPT_LIST_INDICATORS:
			o.list_indicators = 1;
			break;
		case OPT_KEYWORDS:
			exit(zb_kw_print(stdout, zb_keyword_tables, zb_nkeyword_tables) == 0 ? ZB_EXIT_OK : ZB_EXIT_DATA);
		case OPT_HELP:
			usage();
			exit(fflush(stdout) == 0 && !ferror(stdout) ? ZB_EXIT_OK : ZB_EXIT_DATA);
		case OPT_VERSION:
			zb_version();
		default:
			if (optopt == 'o')
				zb_usage_error("option -o needs a file name");
			zb_bad_option(argv, optind);
		}
	}
	if (argc - optind > 1)
		zb_usage_error("one input file at most, got %d", argc - optind);
	if (optind < argc)
		o.in = argv[optind];
	return o;
}
