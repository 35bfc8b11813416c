/* utf8.c - UTF-8 validation. */
#include "utf8.h"

/* Are the 12 bytes at p four valid three-byte characters with leads E1-EC,
 * EE or EF (not E0 or ED, which need a look at their second byte)?  Two
 * loads and two compares; the masks are laid out by memcpy as the bytes
 * are, whatever the byte order. */
static inline int four_han_at(const unsigned char *p)
{
	static const unsigned char mask8[8] = {0xF0, 0xC0, 0xC0, 0xF0, 0xC0, 0xC0, 0xF0, 0xC0};
	static const unsigned char want8[8] = {0xE0, 0x80, 0x80, 0xE0, 0x80, 0x80, 0xE0, 0x80};
	static const unsigned char mask4[4] = {0xC0, 0xF0, 0xC0, 0xC0};
	static const unsigned char want4[4] = {0x80, 0xE0, 0x80, 0x80};
	uint64_t head, m8, w8;
	uint32_t tail, m4, w4;
	__builtin_memcpy(&head, p, 8);
	__builtin_memcpy(&tail, p + 8, 4);
	__builtin_memcpy(&m8, mask8, 8);
	__builtin_memcpy(&w8, want8, 8);
	__builtin_memcpy(&m4, mask4, 4);
	__builtin_memcpy(&w4, want4, 4);
	if ((head & m8) != w8 || (tail & m4) != w4)
		return 0;
	/* E0 and ED: the low nibbles 0 and D of a lead */
	unsigned nibbles = 1u << (p[0] & 15) | 1u << (p[3] & 15) | 1u << (p[6] & 15) | 1u << (p[9] & 15);
	return !(nibbles & (1u << 0 | 1u << 0xD));
}

size_t zb_utf8_invalid_at(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	while (i < n) {
		/* ASCII runs, 8 bytes at a time when aligned enough. */
		while (i + 8 <= n) {
			uint64_t w;
			__builtin_memcpy(&w, p + i, 8);
			if (w & 0x8080808080808080ull)
				break;
			i += 8;
		}
		if (i >= n)
			break;
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		/* Chinese text is runs of three-byte characters: E0-EF and two
		 * continuation bytes, not overlong (E0 80-9F) nor a surrogate
		 * (ED A0-BF) */
		while (i + 12 <= n && four_han_at(p + i))
			i += 12;
		while (i + 3 <= n && (p[i] & 0xF0) == 0xE0 && (p[i + 1] & 0xC0) == 0x80 && (p[i + 2] & 0xC0) == 0x80 &&
		       (p[i] == 0xE0 ? p[i + 1] >= 0xA0 : p[i] != 0xED || p[i + 1] < 0xA0))
			i += 3;
		if (i >= n || p[i] < 0x80)
			continue;
		uint32_t cp;
		size_t k = zb_utf8_decode(p + i, n - i, &cp);
		if (k == 0)
			return i;
		i += k;
	}
	return n;
}
