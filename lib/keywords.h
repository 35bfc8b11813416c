/* keywords.h - what zb-classify knows, as data: scopes, bases, the type of
 * each unit, and the words it looks for in a clause around a number (the
 * types themselves are types.h).
 *
 * Every table is rows of {word, class, example}.  A word is UTF-8 text in
 * which four characters are patterns:
 *   #  one or more numerals (0-9, full-width digits, 〇零一二两三四五六七八九十百千)
 *   %  exactly one digit (0-9, full-width digit or 〇零一二三四五六七八九)
 *   @  one ASCII letter
 *   ^  one range mark, a row of zb_kw_range_mark (至 到 — - ~ …: 1至5月)
 * A zb_kw_index built once from a table finds the longest row matching at a
 * position, scans a text left to right, or finds a row ending a text. */
#ifndef ZB_KEYWORDS_H
#define ZB_KEYWORDS_H

#include "types.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* Scopes of rank, first and top claims; ZB_SCOPE_NONE for other types.
 * The scope words themselves (全省 -> province) are claims.c's table, the one
 * zb-extract finds claims with; zb_scope_find maps its names here. */
enum zb_scope {
	ZB_SCOPE_NONE, ZB_SCOPE_PROVINCE, ZB_SCOPE_NATION, ZB_SCOPE_CITY, ZB_SCOPE_REGION,
	ZB_SCOPE_WORLD, ZB_SCOPE_OTHER, ZB_NSCOPES
};

typedef struct {
	const char *name;
	const char *help;
	const char *example;
} zb_name_info;

extern const zb_name_info zb_scopes[ZB_NSCOPES];

/* Basis of a change. */
enum zb_basis { ZB_BASIS_NONE, ZB_BASIS_YOY, ZB_BASIS_MOM, ZB_NBASES };
extern const zb_name_info zb_bases[ZB_NBASES];

/* What the words just before a number say it is (the cue table). */
enum zb_cue {
	ZB_CUE_NONE,       /* no cue word: the unit's default type */
	ZB_CUE_CHANGE,     /* 增长 下降 提高 增速: a change relative to a base */
	ZB_CUE_LEVEL,      /* 占比 比重 率: a level or share */
	ZB_CUE_DURATION,   /* 连续 提前: a length of time */
	ZB_CUE_SPAN,       /* 过去 未来 今后: a time span, not a measured length */
	ZB_NCUES,
	ZB_CUE_TO = ZB_NCUES,  /* 至 到 right after a change word: the new level (提高到60%) */
	ZB_CUE_NEUTRAL         /* a word that only looks like a cue (增加值, 率先) */
};

/* The type of a number of kind `number`, by unit and by the cue before it. */
typedef struct {
	const char *unit;              /* zb-normalize's unit column */
	enum zb_type type[ZB_NCUES];   /* indexed by enum zb_cue */
	const char *help;
} zb_unit_rule;

extern const zb_unit_rule zb_unit_rules[];
extern const size_t zb_nunit_rules;
const zb_unit_rule *zb_unit_rule_find(const char *unit, size_t len);

/* The index of a scope name, or -1. */
int zb_scope_find(const char *name, size_t len);

/* Keyword tables. */
typedef struct {
	const char *word;
	int cls;
	const char *example;
} zb_keyword;

typedef struct {
	const char *name;               /* for --keywords and messages */
	const char *help;
	const zb_keyword *rows;
	size_t nrows;
	const char *const *cls_names;   /* name of each class */
	int ncls;
} zb_keyword_table;

/* Cue words -> enum zb_cue. */
extern const zb_keyword_table zb_kw_cue;
/* Cue words right after a number, read when none comes before it. */
extern const zb_keyword_table zb_kw_cue_after;
/* Basis words -> enum zb_basis (同比 -> yoy). */
extern const zb_keyword_table zb_kw_basis;
/* Marks between the ends of a range of time: 1至5月份, 2023—2025年度 (the
 * ^ of a pattern). */
extern const zb_keyword_table zb_kw_range_mark;
/* The length of the range mark at s, or 0. */
size_t zb_range_mark_at(const char *s, size_t n);

/* Period patterns (上半年, #^#月份).  A row's class says which months of a
 * year it names (# its numbers), as a document's period reads them
 * (docfacts.h); the figure's period column takes every row alike. */
enum zb_period_cls {
	ZB_PERIOD_SPAN,            /* no months of a year of its own: 今年, 年末, 6月20日, “十四五” */
	ZB_PERIOD_MONTH,           /* month #: 5月, 5月份, 3月末 */
	ZB_PERIOD_MONTHS,          /* months # to #: 1-5月, 1至5月份 */
	ZB_PERIOD_FIRST_MONTHS,    /* the first # months: 前5个月 */
	ZB_PERIOD_QUARTER,         /* quarter #: 一季度, 第二季度 */
	ZB_PERIOD_FIRST_QUARTERS,  /* the first # quarters: 前三季度 */
	ZB_PERIOD_FIRST_QUARTER,   /* 首季度 */
	ZB_PERIOD_FIRST_HALF,      /* 上半年 */
	ZB_PERIOD_SECOND_HALF,     /* 下半年 */
	ZB_PERIOD_YEAR,            /* 全年 */
	ZB_PERIOD_NCLS
};
/* span-after words: after any length of time, or only after years (三年内;
 * 5个工作日内 is a time limit, a duration) */
enum zb_span_cls { ZB_SPAN_ANY, ZB_SPAN_OF_YEARS };
extern const zb_keyword_table zb_kw_period;
/* Words marking a period as a comparison base, not the figure's own time. */
enum zb_ref_cls { ZB_REF_BEFORE, ZB_REF_AFTER, ZB_REF_NCLS };
extern const zb_keyword_table zb_kw_period_ref;
/* Quote marks around names and slogans: a number inside is part of a name
 * (zb-extract, zb-classify), a subject keeps a quote only whole. */
enum zb_mark_cls {
	ZB_MARK_OPEN, ZB_MARK_CLOSE,
	ZB_MARK_BOTH,         /* opens and closes: the ASCII " */
	ZB_MARK_NCLS
};
extern const zb_keyword_table zb_kw_quote;
/* What right before or after a bare number makes it part of a name: 5G,
 * PM2.5, 1+N (one class). */
extern const zb_keyword_table zb_kw_name_mark;
/* Words right after a length of time that make it a time span or part of a
 * name (五年来, 三年内, 三年行动计划), unless 连续/提前 come before it. */
extern const zb_keyword_table zb_kw_span_after;
/* Words before a number that make it one of several respective figures:
 * the subject of the row before does not carry over to it. */
extern const zb_keyword_table zb_kw_respective;
/* Punctuation that ends a clause segment; brackets are read through when
 * they hold no figure (clause.h). */
enum zb_break_cls { ZB_BREAK_HARD, ZB_BREAK_LIST, ZB_BREAK_OPEN, ZB_BREAK_CLOSE, ZB_BREAK_NCLS };
extern const zb_keyword_table zb_kw_break;
/* Subjects (subject.h).  Words trimmed from the head and from the tail of a
 * subject, and words kept there though a shorter row would trim them (并网,
 * 增速); the class of each row says which. */
enum zb_subject_cls {
	ZB_SUBJECT_TRIM,
	ZB_SUBJECT_KEEP,
	ZB_SUBJECT_LEAD,   /* trimmed only right before the mention: 指标排名第一, not 排名上升至第36位 */
	ZB_SUBJECT_NCLS
};
extern const zb_keyword_table zb_kw_subject_head;
extern const zb_keyword_table zb_kw_subject_tail;
/* Words ending a subject read after a count (为1300户困难重度残疾人家庭实施...). */
extern const zb_keyword_table zb_kw_subject_stop;
/* Verbs and adverbs that name no thing: a phrase of nothing else is no
 * subject (解决354个), and they are dropped from the head of a subject taken
 * from another clause (争取国家企业技术中心1家，累计达15家). */
enum zb_verb_cls {
	ZB_VERB_ACT,    /* a verb or adverb: 争取, 解决, 累计 */
	ZB_VERB_PER,    /* a distributive: 人均, 每月 (never dropped: 人均可支配收入) */
	ZB_VERB_NCLS
};
extern const zb_keyword_table zb_kw_subject_verb;
/* Words opening the base a share is of, up to 的 (占年度计划的58.3%), or
 * a base of comparison (高于规上工业3.1个百分点): the figure's subject is the
 * one before. */
enum zb_base_cls { ZB_BASE_OF, ZB_BASE_THAN, ZB_BASE_NCLS };
extern const zb_keyword_table zb_kw_subject_base;
/* Small words the subject rules turn on, by class. */
enum zb_link_cls {
	ZB_LINK_PLACE_OPEN,    /* 在 opens a place phrase (赵文丽在第七届…大赛上) */
	ZB_LINK_PLACE_CLOSE,   /* 上 中 期间 close it */
	ZB_LINK_ALL,           /* 均 都 双双: a claim shared by all figures before */
	ZB_LINK_JOIN,          /* 和 及 与 join the last items of a list */
	ZB_LINK_PURPOSE,       /* 为 用于 after money: what it pays for follows */
	ZB_LINK_OF,            /* 的: a long subject is cut at it */
	ZB_LINK_NCLS
};
extern const zb_keyword_table zb_kw_subject_link;
/* A place or agency named at the head of a subject, left out like a scope
 * word (青崖县接待游客, 石栎县总工会新建基层工会组织): the last characters of
 * a place's name, words ending like one that are none (小区, 地区), and the
 * endings of an agency's name. */
enum zb_place_cls { ZB_PLACE_END, ZB_PLACE_NOT, ZB_PLACE_AGENCY, ZB_PLACE_NCLS };
extern const zb_keyword_table zb_kw_subject_place;
/* Words after which a list of subjects starts (增幅较大的有发酵酒（增长87%）). */
extern const zb_keyword_table zb_kw_subject_opener;
/* A copula that alone before a claim points at the clause before it
 * (承办…决赛，为全省首次在地市举办). */
extern const zb_keyword_table zb_kw_subject_refer;
/* Nouns after a count too general to be what it counts: the object of the
 * verb after them is (52家单位获评“万企兴万村”行动典型). */
extern const zb_keyword_table zb_kw_subject_generic;
/* Subjects that name a measure of the one before them, not a thing of their
 * own (现价总量比同期增加73.5亿元，同比增长2%: the growth is the GDP's). */
extern const zb_keyword_table zb_kw_subject_attribute;

/* Every keyword table, for --keywords and the tests. */
extern const zb_keyword_table *const zb_keyword_tables[];
extern const size_t zb_nkeyword_tables;

/* The quote marks open at byte pos of s, quotes indexing zb_kw_quote:
 * opened and not closed yet, or an ASCII " opened. */
typedef struct zb_kw_index zb_kw_index;
typedef struct {
	int depth;   /* open marks not closed */
	int ascii;   /* an ASCII " is open */
} zb_quote_state;
zb_quote_state zb_quotes_open(const zb_kw_index *quotes, const char *s, size_t pos);

/* Short tables of literal words, without an index: the length of the
 * longest row starting s[0..n) (its row in *row when row is not NULL), or
 * 0; the length of the longest row ending it, or 0. */
size_t zb_kw_prefix(const zb_keyword_table *t, const char *s, size_t n, const zb_keyword **row);
size_t zb_kw_ending(const zb_keyword_table *t, const char *s, size_t n);

/* The distinct first bytes of rows of tables, for a scan that finds where
 * one may start with memchr: most lines and clauses hold none (page
 * markers, quote marks). */
typedef struct {
	unsigned char bytes[256];
	int n;
	uint64_t seconds[256][4];   /* by first byte, the bits of the second bytes (all for a one-byte row) */
} zb_kw_leads;
/* Add the first bytes of t's rows of class cls (-1: all) to l. */
void zb_kw_leads_add(zb_kw_leads *l, const zb_keyword_table *t, int cls);
/* The first byte of s[from, n) that is one of l's, or n. */
size_t zb_kw_leads_next(const zb_kw_leads *l, const char *s, size_t from, size_t n);
/* Do s[0..n)'s first two bytes start a row of l (its first byte, for a
 * row of one byte)?  Asked where memchr found one of l's bytes: of the
 * E2 and E3 that start quote marks, most are other characters. */
int zb_kw_leads_pair(const zb_kw_leads *l, const char *s, size_t n);

/* Print tables as --keywords does: name and help, then a row a line (word,
 * class, example).  Returns fflush's and ferror's verdict: 0 or -1. */
int zb_kw_print(FILE *fp, const zb_keyword_table *const *tables, size_t ntables);

/* Bytes of s[0..n) matched by pattern word from its start, or 0. */
size_t zb_kw_match(const char *word, const char *s, size_t n);
/* The numbers the #s of pattern word take where it matches the start of
 * s[0..n) (前三季度 by 前#季度: 3; 1至5月 by #至#月: 1, 5): up to max of them
 * in num, in order, -1 for one that is no whole number; returns how many #s
 * the word has, or -1 when it does not match there. */
int zb_kw_numbers(const char *word, const char *s, size_t n, long *num, int max);

/* An index over one table, built once. */

typedef struct {
	const zb_keyword *row;   /* NULL when nothing matched */
	size_t off, len;         /* where in the text */
} zb_kw_hit;

zb_kw_index *zb_kw_index_new(const zb_keyword_table *t);   /* NULL when out of memory */
void zb_kw_index_free(zb_kw_index *ix);
/* One index over rows of several tables, for a reader asking in one lookup
 * which of their words stands here: from each part the rows of class
 * only_cls (-1: all), each given the class cls.  Of two rows as long, the
 * earlier part's wins.  NULL when out of memory. */
typedef struct {
	const zb_keyword_table *table;
	int only_cls, cls;
} zb_kw_part;
zb_kw_index *zb_kw_index_merge(const zb_kw_part *parts, size_t nparts);

/* The index of a table of zb_keyword_tables, built on first use and kept for
 * the process (the stages' readers share them); NULL when out of memory. */
const zb_kw_index *zb_kw_index_of(const zb_keyword_table *t);

/* The longest row matching at the start of s[0..n). */
zb_kw_hit zb_kw_at(const zb_kw_index *ix, const char *s, size_t n);
/* The first match at or after byte from, scanning left to right by
 * character; row is NULL when there is none.  Continue from off + len. */
zb_kw_hit zb_kw_next(const zb_kw_index *ix, const char *s, size_t n, size_t from);
/* The last match of that scan. */
zb_kw_hit zb_kw_last(const zb_kw_index *ix, const char *s, size_t n);
/* The longest row ending exactly at n. */
zb_kw_hit zb_kw_suffix(const zb_kw_index *ix, const char *s, size_t n);
/* Does s[0..n) hold a character some row ends with?  When not, no row
 * matches anywhere in it: a cheaper question than a scan. */
int zb_kw_may_end_in(const zb_kw_index *ix, const char *s, size_t n);

#endif
