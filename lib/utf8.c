/* utf8.c - UTF-8 validation. */
#include "utf8.h"

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
