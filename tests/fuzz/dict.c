/* dict.c - print a libFuzzer dictionary made of the vocabulary tables
 * (units, qualifiers, scope and rank words, claim leads, ordinal nouns), so
 * the fuzzer reaches the table-driven branches sooner.  Built and run by
 * tests/fuzz/run. */
#include "claims.h"
#include "units.h"

#include <stdio.h>

static void entry(const char *s)
{
	putchar('"');
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p < 0x20 || *p >= 0x7F || *p == '"' || *p == '\\')
			printf("\\x%02X", *p);
		else
			putchar(*p);
	puts("\"");
}

int main(void)
{
	static const char *const extra[] = {
		"万", "亿", "千", "百", "十", "两", "〇", "零", "点", "分之", "百分之", "第", "、", "，", "。",
		"：", "“", "”", "《", "》", "（", "）", "至", "—", "．", "０", "９", "　　", "二十二、", "市妇联",
		"（下转5版）", "1.", "（一）", "\r\n", "\xEF\xBB\xBF", NULL,
	};
	for (size_t i = 0; i < zb_nunits; i++)
		entry(zb_units[i].surface);
	for (size_t i = 0; i < zb_nqualifiers; i++)
		entry(zb_qualifiers[i].surface);
	for (size_t i = 0; i < zb_nscope_words; i++)
		entry(zb_scope_words[i].surface);
	for (size_t i = 0; i < zb_nrank_words; i++)
		entry(zb_rank_words[i].surface);
	for (size_t i = 0; zb_claim_leads[i]; i++)
		entry(zb_claim_leads[i]);
	for (size_t i = 0; zb_ordinal_nouns[i]; i++)
		entry(zb_ordinal_nouns[i]);
	for (size_t i = 0; extra[i]; i++)
		entry(extra[i]);
	return 0;
}
