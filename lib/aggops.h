/* aggops.h - aggregate operations for zb-aggregate: the op table, one
 * accumulator life cycle (init / add / merge / finish / save / load / free),
 * row conditions, the group table, and the number rules every output shares.
 *
 * An accumulator keeps the parts its ops need (a count always; an exact sum,
 * the range, every value, the text beside the largest value).  Several ops on
 * the same column share one accumulator, so median:x q1:x q3:x keep the
 * values of x once.  Every part merges exactly: counts add, sums are kept as
 * Shewchuk's non-overlapping partials (the result is the correctly rounded
 * exact sum, whatever the order of adding), values are concatenated and
 * sorted with gsl_sort only in finish.  So finishing a merge of shards gives
 * the very same doubles as one pass over all the rows. */
#ifndef ZB_AGGOPS_H
#define ZB_AGGOPS_H

#include <stddef.h>
#include <stdint.h>

#include "csvrec.h"

/* Parts of an accumulator (bits). */
enum zb_agg_part {
	ZB_AGG_SUM = 1 << 0,     /* exact sum of the values */
	ZB_AGG_RANGE = 1 << 1,   /* smallest and largest value */
	ZB_AGG_VALUES = 1 << 2,  /* every value, for medians, quantiles, deviations */
	ZB_AGG_ARG = 1 << 3,     /* text of the first row holding the largest value */
	ZB_AGG_TOP = 1 << 4      /* the ZB_AGG_TOPN largest values with their rows' text */
};

#define ZB_AGG_TOPN 3
/* Between the texts of top3's result. */
#define ZB_AGG_TOP_SEP "；"
/* Most columns a TEXTCOL joins (subject+mention). */
#define ZB_AGG_MAXTEXT 4

/* What an op takes after its name. */
enum zb_agg_args {
	ZB_ARGS_COL_OPTIONAL,    /* count  or  count:COL */
	ZB_ARGS_COL,             /* sum:COL */
	ZB_ARGS_COL_TEXT         /* argmax:COL:TEXTCOL */
};

typedef struct {
	long long n;             /* rows (no column) or values added */
	unsigned parts;
	int sorted;              /* vals is sorted (cleared by add and merge) */
	int overflow;            /* the sum left the range of a double */
	double lo, hi;           /* RANGE and ARG, when n > 0 */
	double *sum;             /* SUM: partials, nsum of them ... */
	int nsum, sumcap;        /* ... in sum_small while sumcap == 0 */
	double sum_small[2];
	double *vals;            /* VALUES: n of them */
	size_t valcap;
	char *text;              /* ARG: NUL-terminated */
	int ntop;                /* TOP: entries, largest first (ties: first added first) */
	double topv[ZB_AGG_TOPN];
	char *topt[ZB_AGG_TOPN];
	char *topjoined;         /* TOP: the result text, made by finish */
} zb_agg_acc;

enum zb_agg_result_kind { ZB_RES_NONE, ZB_RES_NUM, ZB_RES_TEXT };

typedef struct {
	enum zb_agg_result_kind kind;  /* NONE: undefined here (empty cell) */
	double num;
	const char *text;              /* owned by the accumulator */
} zb_agg_result;

typedef struct {
	const char *name;
	enum zb_agg_args args;
	unsigned parts;          /* accumulator parts it needs */
	const char *help;        /* one line for --help */
	zb_agg_result (*finish)(zb_agg_acc *a);
} zb_agg_op;

/* The op table, ended by a row with name NULL. */
extern const zb_agg_op zb_agg_ops[];

/* The op called name (len bytes), or NULL. */
const zb_agg_op *zb_agg_op_find(const char *name, size_t len);
/* Synopsis of an op's arguments for help and messages: "", "[:COL]", ... */
const char *zb_agg_args_synopsis(enum zb_agg_args args);

/* Life cycle.  Functions returning int give 0, or -1 when out of memory. */
void zb_agg_init(zb_agg_acc *a, unsigned parts);
/* A row without a column (count). */
void zb_agg_add_row(zb_agg_acc *a);
/* A value; text (len bytes) is the ARG text of its row, may be NULL. */
int zb_agg_add(zb_agg_acc *a, double v, const char *text, size_t len);
/* Fold from into into (same parts); from comes after into in input order. */
int zb_agg_merge(zb_agg_acc *into, const zb_agg_acc *from);
/* The op's result; may sort the kept values in place. */
zb_agg_result zb_agg_finish(zb_agg_acc *a, const zb_agg_op *op);
void zb_agg_free(zb_agg_acc *a);

/* Partial state as one line of text (no newline; may hold commas and any
 * byte of an ARG or TOP text):
 *   N [s=P;P...] [r=LO;HI] [v=X;X...] [k=X:LEN:TEXT;X:LEN:TEXT...] [t=TEXT]
 * with every double written so that it reads back exactly. */
typedef struct {
	char *p;
	size_t len, cap;
} zb_agg_buf;
int zb_agg_save(const zb_agg_acc *a, zb_agg_buf *b);
/* Read a saved state into a (initialised with the same parts).  Returns 0,
 * -1 out of memory, -2 malformed. */
int zb_agg_load(zb_agg_acc *a, const char *s, size_t len);

/* Numbers.  zb_agg_parse: a plain decimal, optional sign and exponent
 * ("-12", "6.07", ".5", "1e3"); no spaces, no inf/nan/hex. */
enum zb_agg_num { ZB_NUM_OK, ZB_NUM_EMPTY, ZB_NUM_BAD };
enum zb_agg_num zb_agg_parse(const char *s, size_t len, double *v);
/* Print v the one way every output uses: at most 6 decimals, trailing zeros
 * and point trimmed, never an exponent, never "-0".  buf needs
 * ZB_AGG_NUMBUF bytes.  Returns the length. */
#define ZB_AGG_NUMBUF 400
int zb_agg_format(double v, char *buf);

/* Row conditions: COL=A|B (the cell is one of), COL!=A|B (none of),
 * COL==N, COL<N, COL<=N, COL>N, COL>=N (numeric; an empty or non-numeric
 * cell fails them). */
enum zb_agg_cmp { ZB_CMP_IN, ZB_CMP_NOT_IN, ZB_CMP_EQ, ZB_CMP_LT, ZB_CMP_LE, ZB_CMP_GT, ZB_CMP_GE };
typedef struct {
	char *col;               /* column name (owned) */
	enum zb_agg_cmp cmp;
	char *vals;              /* IN, NOT_IN: the alternatives, '\0'-separated */
	size_t nvals;
	double num;              /* numeric comparisons */
	int idx;                 /* column index, set by the caller */
} zb_agg_term;
/* Returns 0, or -1 with *why set (static text). */
int zb_agg_term_parse(zb_agg_term *t, const char *s, size_t len, const char **why);
/* Does the cell (len bytes) satisfy t? */
int zb_agg_term_match(const zb_agg_term *t, const char *cell, size_t len);
void zb_agg_term_free(zb_agg_term *t);
/* Blank-separated conditions (a report's briefing rows: "parts>=2") into
 * terms[0..max): the number parsed (a term that does not parse is left
 * out; the registry's are checked by reports_test). */
int zb_agg_terms_parse(const char *where, zb_agg_term *terms, int max);

/* Groups by key bytes, in first-appearance order, found by hashing. */
typedef struct {
	char *key;
	size_t keylen;
	uint64_t hash;
	zb_agg_acc *accs;
} zb_agg_group;

typedef struct {
	zb_agg_group *groups;    /* n of them, in first-appearance order */
	size_t n, cap;
	size_t *slots;           /* open addressing: group index + 1, 0 free */
	size_t nslots;
	int naccs;
	const unsigned *parts;   /* parts of each accumulator, naccs of them */
} zb_agg_table;

void zb_agg_table_init(zb_agg_table *t, int naccs, const unsigned *parts);
/* The group with this key, added when new (then *added = 1).  The pointer is
 * valid until the next call.  NULL when out of memory. */
zb_agg_group *zb_agg_table_get(zb_agg_table *t, const char *key, size_t len, int *added);
/* Order groups by key bytes. */
void zb_agg_table_sort(zb_agg_table *t);
void zb_agg_table_free(zb_agg_table *t);

/* A plan: the group columns, the conditions every row must meet, the
 * accumulators and the output columns, built from the words a user types
 * (ops like median:value, conditions like type=rank), then bound to the
 * column indexes of each input. */
typedef struct {
	char *col, *textcol;     /* NULL: none (count rows); textcol may join
				    columns with + (subject+mention) */
	char *when;              /* the conditions as written, space-separated */
	zb_agg_term *terms;
	int nterms;
	int idx;                 /* column indexes in the bound input */
	int textidx[ZB_AGG_MAXTEXT], ntext;
} zb_agg_accdef;

typedef struct {
	char *header;
	const zb_agg_op *op;
	int acc;
} zb_agg_col;

typedef struct {
	char **gcols;            /* group column names, as the output names them */
	int *gidx;
	char **gfall;            /* per group column, the columns whose cell stands in
				    for an empty one ("doc" of -g 'department|doc'), or NULL */
	int **gfidx;             /* their indices once bound, -1 ended */
	int gfall_optional;      /* a stand-in the input lacks is left out, not an error */
	int ngcols;
	zb_agg_term *where;
	int nwhere;
	zb_agg_accdef *accs;
	unsigned *parts;         /* parts of each accumulator */
	int naccs;
	zb_agg_col *cols;
	int ncols;
	char *key;               /* scratch for one row */
	size_t keycap, keylen;
	int *action;
	double *vals;
	char *text;              /* scratch: a joined TEXTCOL */
	size_t textcap;
	char missing[64];        /* the name zb_agg_plan_bind returns for a column of a TEXTCOL */
} zb_agg_plan;

void zb_agg_plan_init(zb_agg_plan *p);
/* Each returns 0, or -1 with why (a buffer of ZB_AGG_WHY bytes) filled. */
#define ZB_AGG_WHY 200
int zb_agg_plan_group(zb_agg_plan *p, const char *cols, char *why);       /* "a,b", "a|b,c" */
/* Conditions every row must meet, separated by sep ('\0': conds is one). */
int zb_agg_plan_where(zb_agg_plan *p, const char *conds, char sep, char *why);
/* An output column: op as typed (name[:COL[:TEXTCOL]]), computed over the
 * rows meeting when (space-separated conditions, "" for all).  header NULL
 * names it op(COL).  Ops on the same columns and conditions share one
 * accumulator. */
int zb_agg_plan_col(zb_agg_plan *p, const char *header, const char *op, const char *when, char *why);
/* Bind to an input's columns.  Returns NULL, or the name of a missing
 * column with *what saying where it was named. */
const char *zb_agg_plan_bind(zb_agg_plan *p, const zb_field *header, size_t ncols, const char **what);
/* The group key of a row: each group cell followed by '\0', in p->key. */
void zb_agg_plan_key(zb_agg_plan *p, const zb_field *f);
enum zb_agg_row { ZB_ROW_ADDED, ZB_ROW_FILTERED, ZB_ROW_BAD, ZB_ROW_NOMEM };
/* Add one row to its group.  A row with a non-numeric value where a number
 * is needed adds nothing: ZB_ROW_BAD, with *bad the accumulator whose column
 * it is. */
enum zb_agg_row zb_agg_plan_row(zb_agg_plan *p, zb_agg_table *t, const zb_field *f, int *bad);
void zb_agg_plan_free(zb_agg_plan *p);

#endif
