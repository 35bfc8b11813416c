/* utf8.h - decoding UTF-8 one code point at a time. */
#ifndef ZB_UTF8_H
#define ZB_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Decode the code point at s (n bytes available).  Returns its length in
 * bytes (1-4) and stores it in *cp; returns 0 for an invalid or truncated
 * sequence. */
static inline size_t zb_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	if (n == 0)
		return 0;
	unsigned c = s[0];
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	/* three bytes first: most of a Chinese text */
	if ((c & 0xF0) == 0xE0) {
		if (n < 3 || ((s[1] | (unsigned)s[2] << 8) & 0xC0C0u) != 0x8080u)
			return 0;   /* both continuation bytes checked at once */
		uint32_t v = ((c & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
		if (v < 0x800 || (v & 0xF800u) == 0xD800u)   /* overlong, or a surrogate */
			return 0;
		*cp = v;
		return 3;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		if (n < 2 || (s[1] & 0xC0) != 0x80)
			return 0;
		*cp = ((c & 0x1Fu) << 6) | (s[1] & 0x3Fu);
		return 2;
	}
	if (c >= 0xF0 && c <= 0xF4) {
		if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
			return 0;
		uint32_t v = ((c & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) | (s[3] & 0x3Fu);
		if (v < 0x10000 || v > 0x10FFFF)
			return 0;
		*cp = v;
		return 4;
	}
	return 0;
}

/* The code point at s[i] of s[0..n), its length in *k: U+FFFD of length 1
 * for a byte that starts no valid one, 0 of length 0 at the end. */
static inline uint32_t zb_utf8_at(const char *s, size_t n, size_t i, size_t *k)
{
	uint32_t cp = 0;
	*k = i < n ? zb_utf8_decode((const unsigned char *)s + i, n - i, &cp) : 0;
	if (*k == 0) {
		*k = i < n ? 1 : 0;
		return i < n ? 0xFFFD : 0;
	}
	return cp;
}

/* Offset of the first invalid byte in s[0..n), or n when all is valid UTF-8. */
size_t zb_utf8_invalid_at(const char *s, size_t n);

/* Length of the code point starting at s (1 for a stray byte). */
static inline size_t zb_utf8_len(const char *s, size_t n)
{
	uint32_t cp;
	size_t k = zb_utf8_decode((const unsigned char *)s, n, &cp);
	return k ? k : 1;
}

/* Start of the code point before position i in s. */
static inline size_t zb_utf8_prev(const char *s, size_t i)
{
	if (i == 0)
		return 0;
	i--;
	while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
		i--;
	return i;
}

/* The code point before s[i], 0 at the start. */
static inline uint32_t zb_utf8_before(const char *s, size_t i)
{
	size_t j = zb_utf8_prev(s, i), k;
	return i == 0 ? 0 : zb_utf8_at(s, i, j, &k);
}

/* Length of w when s[0..n) starts with it, else 0.  Byte by byte: most
 * candidates differ in the first bytes, so this beats strlen + memcmp. */
static inline size_t zb_prefix(const char *s, size_t n, const char *w)
{
	size_t i = 0;
	for (; w[i]; i++)
		if (i >= n || s[i] != w[i])
			return 0;
	return i;
}

/* The first eight bytes of s[0..n), zero past n, as memcpy lays them in a
 * uint64_t.  With zb_head_mask, a word of at most eight bytes is compared
 * with a text in one step: ((zb_head8(text) ^ zb_head8(word)) &
 * zb_head_mask(strlen(word))) == 0, the text holding as many bytes. */
static inline uint64_t zb_head8(const char *s, size_t n)
{
	unsigned char b[8] = {0};
	uint64_t v;
	if (n >= 8) {   /* most texts: one load */
		__builtin_memcpy(&v, s, 8);
		return v;
	}
	for (size_t i = 0; i < n; i++)
		b[i] = (unsigned char)s[i];
	__builtin_memcpy(&v, b, 8);
	return v;
}

/* The mask of the first len bytes (all eight from eight on) of a zb_head8. */
static inline uint64_t zb_head_mask(size_t len)
{
	unsigned char b[8] = {0};
	uint64_t v;
	for (size_t i = 0; i < len && i < 8; i++)
		b[i] = 0xFF;
	__builtin_memcpy(&v, b, 8);
	return v;
}

/* A one-byte key of the first character of s, to skip table rows that
 * cannot match before comparing them (zb_prefix). */
static inline unsigned char zb_key(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	if (n == 0)
		return 0;
	if (u[0] < 0x80 || n < 3)
		return u[0];
	return (unsigned char)((u[0] << 5) ^ (u[1] << 3) ^ u[2]);
}

#endif
