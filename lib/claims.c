/* claims.c - scope words, rank words and claim leads (see claims.h). */
#include "claims.h"
#include "chars.h"
#include "cpset.h"
#include "numeral.h"
#include "utf8.h"
#include "wordtable.h"

#include <string.h>

const zb_scope_word zb_scope_words[] = {
	{"全省各地市", "province", "均居全省各地市首位"}, {"全省各市", "province", "全省各市第一"},
	{"全省", "province", "居全省第3位"}, {"省内", "province", "省内率先"},
	{"全国", "nation", "全国首个"}, {"国内", "nation", "国内首个"},
	{"全市", "city", "全市首家"}, {"市直部门", "city", "市直部门唯一"},
	{"中部地区", "region", "中部地区首位"}, {"中部六省", "region", "中部六省第一"},
	{"中部", "region", "居中部第2位"}, {"长三角", "region", "长三角领先"},
	{"东北地区", "region", "东北地区第一"}, {"西部地区", "region", "西部地区前列"},
	{"东北", "region", "居东北第2位"}, {"西部", "region", "列西部第二"}, {"中西部", "region", "中西部领先"},
	{"东部地区", "region", "东部地区首位"}, {"西南地区", "region", "西南地区第一"},
	{"西北地区", "region", "西北地区前列"}, {"华东", "region", "华东第一"}, {"华北", "region", "华北首位"},
	{"华中", "region", "华中第一"}, {"华南", "region", "华南首家"}, {"珠三角", "region", "珠三角前列"},
	{"京津冀", "region", "京津冀第一"}, {"长江经济带", "region", "长江经济带首位"},
	{"黄河流域", "region", "黄河流域第一"}, {"粤港澳大湾区", "region", "粤港澳大湾区首个"},
	{"全球", "world", "全球首台"}, {"世界", "world", "世界领先"},
	{"全区", "other", "全区第一"}, {"全县", "other", "全县首家"},
	{"我市", "city", "我市首个国家级孵化器"}, {"本市", "city", "本市首家"},
	{"我省", "province", "我省首个"}, {"本省", "province", "本省首家"},
	{"我县", "other", "我县首个"}, {"我区", "other", "我区首家"},
	{"全国范围", "nation", "全国范围内首个"}, {"同类城市", "other", "居同类城市第一"},
	{"地级市", "other", "居全国地级市第2位 (after 全国: nation)"},
};
const size_t zb_nscope_words = sizeof zb_scope_words / sizeof zb_scope_words[0];

const zb_rank_word zb_rank_words[] = {
	{"第一个", ZB_CLAIM_FIRST, "1", 0, 1, 1}, {"第一家", ZB_CLAIM_FIRST, "1", 0, 1, 1},
	{"第", ZB_CLAIM_RANK, "", 1, 0, 0}, {"首位", ZB_CLAIM_RANK, "1", 0, 0, 0}, {"榜首", ZB_CLAIM_RANK, "1", 0, 0, 0},
	{"最多", ZB_CLAIM_RANK, "1", 0, 0, 0}, {"最高", ZB_CLAIM_RANK, "1", 0, 0, 0}, {"最大", ZB_CLAIM_RANK, "1", 0, 0, 0},
	{"最优", ZB_CLAIM_RANK, "1", 0, 0, 0}, {"最好", ZB_CLAIM_RANK, "1", 0, 0, 0}, {"最快", ZB_CLAIM_RANK, "1", 0, 0, 0},
	{"最强", ZB_CLAIM_RANK, "1", 0, 0, 0}, {"最早", ZB_CLAIM_RANK, "1", 0, 0, 0}, {"最低", ZB_CLAIM_RANK, "1", 0, 0, 0},
	{"最长", ZB_CLAIM_RANK, "1", 0, 0, 0}, {"最全", ZB_CLAIM_RANK, "1", 0, 0, 0},
	{"首家", ZB_CLAIM_FIRST, "1", 0, 1, 1}, {"首个", ZB_CLAIM_FIRST, "1", 0, 1, 1}, {"首批", ZB_CLAIM_FIRST, "1", 0, 0, 1},
	{"首次", ZB_CLAIM_FIRST, "1", 0, 0, 0}, {"首创", ZB_CLAIM_FIRST, "1", 0, 0, 1}, {"首台", ZB_CLAIM_FIRST, "1", 0, 0, 1},
	{"首套", ZB_CLAIM_FIRST, "1", 0, 0, 1}, {"首条", ZB_CLAIM_FIRST, "1", 0, 0, 1}, {"首例", ZB_CLAIM_FIRST, "1", 0, 0, 1},
	{"首座", ZB_CLAIM_FIRST, "1", 0, 0, 1}, {"首部", ZB_CLAIM_FIRST, "1", 0, 0, 1}, {"首只", ZB_CLAIM_FIRST, "1", 0, 0, 1},
	{"首支", ZB_CLAIM_FIRST, "1", 0, 0, 1}, {"首款", ZB_CLAIM_FIRST, "1", 0, 0, 1},
	{"首发", ZB_CLAIM_FIRST, "1", 0, 0, 0}, {"首制", ZB_CLAIM_FIRST, "1", 0, 0, 1},
	{"率先", ZB_CLAIM_FIRST, "1", 0, 0, 0}, {"唯一", ZB_CLAIM_FIRST, "1", 0, 1, 1}, {"独家", ZB_CLAIM_FIRST, "1", 0, 0, 0},
	{"之首", ZB_CLAIM_RANK, "1", 0, 0, 0}, {"靠前", ZB_CLAIM_TOP, "", 0, 0, 0},
	{"前列", ZB_CLAIM_TOP, "", 0, 0, 0}, {"前茅", ZB_CLAIM_TOP, "", 0, 0, 0}, {"领先", ZB_CLAIM_TOP, "", 0, 0, 0},
	{"第一方阵", ZB_CLAIM_TOP, "", 0, 0, 0}, {"第一梯队", ZB_CLAIM_TOP, "", 0, 0, 0},
	{"十强", ZB_CLAIM_TOP, "10", 0, 0, 0}, {"百强", ZB_CLAIM_TOP, "100", 0, 0, 0}, {"五百强", ZB_CLAIM_TOP, "500", 0, 0, 0},
	{"前", ZB_CLAIM_TOP, "", 1, 0, 0},
};
const size_t zb_nrank_words = sizeof zb_rank_words / sizeof zb_rank_words[0];

const char *const zb_claim_leads[] = {
	"均居", "位居", "稳居", "跃居", "居于", "位列", "名列", "排名", "排在", "均列", "居", "列", "排", NULL,
};

/* Short names a group of places inside a province starts with (豫北五市),
 * and the directions after them. */
const char zb_place_group_names[] = "豫鲁苏浙皖赣湘鄂粤桂琼川黔滇陕甘宁蒙黑吉辽冀晋闽珠";
static const char place_group_directions[] = "东南西北中";
static const char *const place_group_ends[] = {"地区", "市", "地市", "县", "县市", NULL};

const zb_rank_verb zb_rank_verbs[] = {
	{"领跑", ZB_CLAIM_TOP, "储能技术领跑全球"},
	{"领先", ZB_CLAIM_TOP, "领先全国"},
	{"领衔", ZB_CLAIM_TOP, "领衔全省"},
};
const size_t zb_nrank_verbs = sizeof zb_rank_verbs / sizeof zb_rank_verbs[0];

const char *const zb_claim_gap_stops[] = {
	"居", "位居", "位列", "列", "排名", "排在", "排", "获", "分获", "荣获", "获得", "夺得", "取得", NULL,
};

const char *const zb_ordinal_nouns[] = {
	"批", "届", "期", "轮", "次", "季", "阶段", "条", "款", "章", "节", "议题", "课", "部分", NULL,
};

static size_t starts(const char *s, size_t n, const char *w) { return zb_prefix(s, n, w); }

const zb_scope_word *zb_scope_at(const char *s, size_t n)
{
	static zb_word_slot slots[sizeof zb_scope_words / sizeof zb_scope_words[0]];
	static zb_word_index ix = ZB_WORD_INDEX(zb_scope_words, slots);
	return zb_word_longest(&ix, s, n);
}

const char *zb_scope_of(const char *s, size_t n)
{
	const zb_scope_word *w = zb_scope_at(s, n);
	return w ? w->scope : "other";
}

const zb_rank_word *zb_rank_word_at(const char *s, size_t n)
{
	static zb_word_slot slots[sizeof zb_rank_words / sizeof zb_rank_words[0]];
	static zb_word_index ix = ZB_WORD_INDEX(zb_rank_words, slots);
	return zb_word_longest(&ix, s, n);
}

/* A Chinese numeral at s (五 of 豫北五市): its length, or 0. */
static size_t numeral_at(const char *s, size_t n)
{
	uint32_t cp = 0;
	size_t k = n ? zb_utf8_decode((const unsigned char *)s, n, &cp) : 0;
	return k && (zb_cn_digit(cp) >= 0 || cp == ZB_CH_SHI) ? k : 0;
}

/* Is the character at s one of set's (UTF-8)?  Its length in *len. */
static int utf8_has(const char *set, const char *s, size_t n, size_t *len)
{
	uint32_t cp = 0;
	*len = n ? zb_utf8_decode((const unsigned char *)s, n, &cp) : 0;
	if (*len != 3)   /* every name and direction is a BMP Han character */
		return 0;
	for (const char *c = set; *c; c += 3)
		if (c[0] == s[0] && c[1] == s[1] && c[2] == s[2])
			return 1;
	return 0;
}

/* Does a place group's name start s (i its length)?  A bit per code point
 * answers, not a walk through the names: most text positions that could
 * start a scope word (全 of 全省) are asked. */
static int place_group_name_at(const char *s, size_t n, size_t *len)
{
	static unsigned char names[ZB_CPSET_BYTES];
	static int made;
	uint32_t cp = 0;
	if (!made) {
		for (const char *c = zb_place_group_names; *c; c += 3)
			if (zb_utf8_decode((const unsigned char *)c, 3, &cp) == 3)
				zb_cpset_add(names, cp);
		made = 1;
	}
	*len = zb_utf8_decode((const unsigned char *)s, n, &cp);
	return *len == 3 && zb_cpset_has(names, cp);   /* every name is a BMP Han character */
}

size_t zb_place_group_at(const char *s, size_t n)
{
	size_t i, k, dirs = 0;
	if (n < 6 || (unsigned char)s[0] < 0xE4 || !place_group_name_at(s, n, &i))
		return 0;
	while (dirs < 3 && utf8_has(place_group_directions, s + i, n - i, &k)) {
		i += k;
		dirs++;
	}
	if (!dirs)
		return 0;
	size_t j = i;
	while ((k = numeral_at(s + j, n - j)) > 0)
		j += k;
	for (int e = 0; place_group_ends[e]; e++)
		if ((k = starts(s + j, n - j, place_group_ends[e])) && (j > i || e == 0))
			return j + k;   /* 豫北五市, 豫北地区 */
	return i;
}

/* A bit for each first two bytes of a scope word or a place group's name:
 * most text positions start none, and are answered without a lookup. */
static const unsigned char *scope_starts(void)
{
	static unsigned char bits[0x10000 / 8];
	static int made;
	if (!made) {
		for (size_t i = 0; i < zb_nscope_words; i++) {
			const char *w = zb_scope_words[i].surface;
			unsigned pair = ((unsigned char)w[0] << 8) | (unsigned char)w[1];
			bits[pair >> 3] |= (unsigned char)(1u << (pair & 7));
		}
		for (const char *c = zb_place_group_names; *c; c += 3) {
			unsigned pair = ((unsigned char)c[0] << 8) | (unsigned char)c[1];
			bits[pair >> 3] |= (unsigned char)(1u << (pair & 7));
		}
		made = 1;
	}
	return bits;
}

size_t zb_scope_len(const char *s, size_t n, const char **scope)
{
	if (n < 2)
		return 0;
	unsigned pair = ((unsigned char)s[0] << 8) | (unsigned char)s[1];
	if (!(scope_starts()[pair >> 3] & (1u << (pair & 7))))
		return 0;
	const zb_scope_word *w = zb_scope_at(s, n);
	size_t group = zb_place_group_at(s, n);
	if (w && strlen(w->surface) >= group) {
		*scope = w->scope;
		return strlen(w->surface);
	}
	*scope = "other";
	return group;
}

const zb_rank_verb *zb_rank_verb_before(const char *text, size_t end)
{
	for (size_t i = 0; i < zb_nrank_verbs; i++) {
		size_t l = strlen(zb_rank_verbs[i].surface);
		if (l <= end && memcmp(text + end - l, zb_rank_verbs[i].surface, l) == 0)
			return &zb_rank_verbs[i];
	}
	return NULL;
}

size_t zb_claim_lead_before(const char *text, size_t end)
{
	for (size_t i = 0; zb_claim_leads[i]; i++) {
		size_t l = strlen(zb_claim_leads[i]);
		if (l <= end && memcmp(text + end - l, zb_claim_leads[i], l) == 0)
			return l;
	}
	return 0;
}

static const struct {
	const char *surface;
	int top_only;   /* 强 closes 前十强, not 第三强 */
} place_words[] = {
	{"位", 0}, {"名", 0}, {"强", 1},
};

size_t zb_place_word_at(const char *s, size_t n, enum zb_claim_kind kind)
{
	size_t l;
	for (size_t i = 0; i < sizeof place_words / sizeof place_words[0]; i++)
		if ((!place_words[i].top_only || kind == ZB_CLAIM_TOP) && (l = starts(s, n, place_words[i].surface)))
			return l;
	return 0;
}

size_t zb_ordinal_noun_at(const char *s, size_t n)
{
	size_t l;
	for (size_t i = 0; zb_ordinal_nouns[i]; i++)
		if ((l = starts(s, n, zb_ordinal_nouns[i])))
			return l;
	return 0;
}
