/* utf8_test.c - zb_utf8_invalid_at agrees with zb_utf8_decode, one character
 * at a time, on every three-byte sequence with an E0-EF lead and on random
 * bytes; zb_utf8_at and zb_utf8_before. */
#include "utf8.h"
#include "testing.h"

#include <stdlib.h>

/* The first invalid byte, one zb_utf8_decode at a time. */
static size_t reference(const char *s, size_t n)
{
	uint32_t cp;
	for (size_t i = 0, k; i < n; i += k)
		if (!(k = zb_utf8_decode((const unsigned char *)s + i, n - i, &cp)))
			return i;
	return n;
}

int main(void)
{
	size_t wrong = 0;
	/* 中 + three bytes + 文: every lead E0-EF with every two bytes after it */
	for (unsigned a = 0xE0; a <= 0xEF; a++)
		for (unsigned b = 0; b < 256; b++)
			for (unsigned c = 0; c < 256; c++) {
				char s[] = {'\xE4', '\xB8', '\xAD', (char)a, (char)b, (char)c, '\xE6', '\x96', '\x87'};
				wrong += zb_utf8_invalid_at(s, sizeof s) != reference(s, sizeof s);
				wrong += zb_utf8_invalid_at(s, 5) != reference(s, 5);   /* cut short */
			}
	CHECK("every three-byte sequence: same verdict as decoding", wrong == 0);
	/* zb_utf8_decode itself against the standard's table (RFC 3629 section
	 * 4): E0 A0-BF, E1-EC 80-BF, ED 80-9F, EE-EF 80-BF, then 80-BF */
	wrong = 0;
	for (unsigned a = 0xE0; a <= 0xEF; a++)
		for (unsigned b = 0; b < 256; b++)
			for (unsigned c = 0; c < 256; c++) {
				unsigned char s3[3] = {(unsigned char)a, (unsigned char)b, (unsigned char)c};
				unsigned lo = a == 0xE0 ? 0xA0 : 0x80, hi = a == 0xED ? 0x9F : 0xBF;
				int valid = b >= lo && b <= hi && c >= 0x80 && c <= 0xBF;
				uint32_t cp = 0;
				size_t k = zb_utf8_decode(s3, 3, &cp);
				wrong += valid ? k != 3 || cp != ((a & 0x0Fu) << 12 | (b & 0x3Fu) << 6 | (c & 0x3Fu)) : k != 0;
			}
	CHECK("zb_utf8_decode: every three-byte sequence as RFC 3629 has it", wrong == 0);
	srand(15);
	wrong = 0;
	for (int t = 0; t < 20000; t++) {
		char s[40];
		size_t n = (size_t)(rand() % 40);
		for (size_t i = 0; i < n; i++)   /* mostly lead and continuation bytes */
			s[i] = (char)(rand() % 4 ? 0x80 + rand() % 0x70 : rand() % 256);
		wrong += zb_utf8_invalid_at(s, n) != reference(s, n);
	}
	CHECK("random bytes: same verdict as decoding", wrong == 0);
	/* Runs of four and more Han characters are checked four at a time: a
	 * lead E0-EF with second and third bytes at the edges of what is valid,
	 * at each of the five places of a run of five. */
	static const unsigned char edges[] = {0x00, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF};
	wrong = 0;
	for (int at = 0; at < 5; at++)
		for (unsigned a = 0xE0; a <= 0xEF; a++)
			for (size_t b = 0; b < sizeof edges; b++)
				for (size_t c = 0; c < sizeof edges; c++) {
					char s[16] = "\xE4\xB8\xAD\xE4\xB8\xAD\xE4\xB8\xAD\xE4\xB8\xAD\xE4\xB8\xAD";
					s[3 * at] = (char)a;
					s[3 * at + 1] = (char)edges[b];
					s[3 * at + 2] = (char)edges[c];
					wrong += zb_utf8_invalid_at(s, 15) != reference(s, 15);
					wrong += zb_utf8_invalid_at(s + 1, 14) != reference(s + 1, 14);   /* off by a byte */
				}
	CHECK("runs of Han characters, one changed: same verdict as decoding", wrong == 0);
	wrong = 0;
	for (int t = 0; t < 20000; t++) {
		char s[48];
		size_t n = 3 * (size_t)(4 + rand() % 12);
		for (size_t i = 0; i < n; i += 3) {   /* valid characters of every lead, then one byte changed */
			uint32_t cp = 0x800 + (uint32_t)rand() % 0xF800;
			if (cp >= 0xD800 && cp <= 0xDFFF)
				cp = 0x4E2D;
			s[i] = (char)(0xE0 | cp >> 12);
			s[i + 1] = (char)(0x80 | (cp >> 6 & 0x3F));
			s[i + 2] = (char)(0x80 | (cp & 0x3F));
		}
		if (rand() % 4)
			s[rand() % (int)n] = (char)(rand() % 256);
		wrong += zb_utf8_invalid_at(s, n) != reference(s, n);
	}
	CHECK("random runs of three-byte characters: same verdict as decoding", wrong == 0);
	size_t k;
	CHECK("zb_utf8_at: a character", zb_utf8_at("中文", 6, 3, &k) == 0x6587 && k == 3);
	CHECK("zb_utf8_at: a stray byte is U+FFFD of length 1", zb_utf8_at("\xB8x", 2, 0, &k) == 0xFFFD && k == 1);
	CHECK("zb_utf8_at: the end is 0 of length 0", zb_utf8_at("ab", 2, 2, &k) == 0 && k == 0);
	CHECK("zb_utf8_before", zb_utf8_before("a中", 4) == 0x4E2D && zb_utf8_before("a中", 1) == 'a' &&
	      zb_utf8_before("a", 0) == 0);
	return TEST_EXIT();
}
