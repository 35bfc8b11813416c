/* claims.h - rank, first and top claims: 居全省第3位, 全国首个, 全省前列.
 *
 * A claim is [lead] SCOPE [words] RANKWORD: a lead verb (居 均居 位列),
 * a scope word (全省, 全国, 中部地区), up to a few plain words
 * (全国工商联系统第2名), then a rank word from the table.  The tables are
 * data in claims.c. */
#ifndef ZB_CLAIMS_H
#define ZB_CLAIMS_H

#include "types.h"

#include <stddef.h>

/* The kind of mention a rank word makes: a claim kind of types.h. */
enum zb_claim_kind { ZB_CLAIM_RANK = ZB_KIND_RANK, ZB_CLAIM_FIRST = ZB_KIND_FIRST, ZB_CLAIM_TOP = ZB_KIND_TOP };

typedef struct {
	const char *surface;
	const char *scope;     /* province nation city region world other */
	const char *example;
} zb_scope_word;

typedef struct {
	const char *surface;   /* 首位, 率先, 前列; "第" and "前" take a number after them */
	enum zb_claim_kind kind;
	const char *value;     /* rank position when the word fixes it ("1"), else "" */
	int takes_number;      /* 第N / 前N: a numeral follows */
	int alone;             /* a claim even apart from its scope word, when the
	                          sentence has one: 全省…作为唯一代表 */
	int names_after;       /* the thing claimed stands after the word (全国首个
	                          生涯教育服务平台); else before it first (实现铁—铬
	                          液流电池全国率先规模化生产) */
} zb_rank_word;

extern const zb_scope_word zb_scope_words[];
extern const size_t zb_nscope_words;
extern const zb_rank_word zb_rank_words[];
extern const size_t zb_nrank_words;
extern const char *const zb_claim_leads[];   /* NULL-terminated: 居 均居 位居 ... */
/* Words after 第N that make it a serial ordinal, not a rank (第二批, 第三届). */
extern const char *const zb_ordinal_nouns[];

/* The word that closes a numbered place: 第3位, 第2名; top groups also
 * 前十强.  Its length at s, or 0. */
size_t zb_place_word_at(const char *s, size_t n, enum zb_claim_kind kind);

/* Longest scope word starting at s, or NULL. */
const zb_scope_word *zb_scope_at(const char *s, size_t n);

/* A group of places inside a province, named by its short name and the
 * directions of it, with a count of cities or not: 豫北, 豫北五市, 粤东西北,
 * 苏中三市, 珠西八市 (scope other).  Its length at s, or 0. */
size_t zb_place_group_at(const char *s, size_t n);
extern const char zb_place_group_names[];   /* the short names, UTF-8: 豫鲁苏… */
/* The scope word or place group at s: its length and scope name, or 0. */
size_t zb_scope_len(const char *s, size_t n, const char **scope);

/* A rank word that stands before its scope word (领跑全球, 领先全国): the
 * claim kind it makes, the first characters of its table */
typedef struct {
	const char *surface;
	enum zb_claim_kind kind;
	const char *example;
} zb_rank_verb;
extern const zb_rank_verb zb_rank_verbs[];
extern const size_t zb_nrank_verbs;
/* The rank verb ending text[0, end), or NULL. */
const zb_rank_verb *zb_rank_verb_before(const char *text, size_t end);

/* Words ending the few words between a scope word and its rank word: a
 * claim lead or a verb stands between a subject and its claim, not inside a
 * scope (全国残疾人职业技能大赛上分获第1名). */
extern const char *const zb_claim_gap_stops[];
/* The scope category of a scope word as written ("other" when unknown). */
const char *zb_scope_of(const char *s, size_t n);
/* Longest rank word starting at s, or NULL. */
const zb_rank_word *zb_rank_word_at(const char *s, size_t n);
/* Length of a claim lead verb ending at text[end], or 0. */
size_t zb_claim_lead_before(const char *text, size_t end);
/* Length of an ordinal noun starting at s, or 0. */
size_t zb_ordinal_noun_at(const char *s, size_t n);

#endif
