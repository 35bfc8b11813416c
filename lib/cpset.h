/* cpset.h - a set of code points of the Basic Multilingual Plane, a bit
 * each: the scans ask one about most characters before looking closer. */
#ifndef ZB_CPSET_H
#define ZB_CPSET_H

#include <stdint.h>

enum { ZB_CPSET_BYTES = 0x10000 / 8 };   /* unsigned char set[ZB_CPSET_BYTES] */

/* A code point above U+FFFF is not added, and is never in the set. */
static inline void zb_cpset_add(unsigned char *set, uint32_t cp)
{
	if (cp < 0x10000)
		set[cp >> 3] |= (unsigned char)(1u << (cp & 7));
}

static inline int zb_cpset_has(const unsigned char *set, uint32_t cp)
{
	return cp < 0x10000 && (set[cp >> 3] & (1u << (cp & 7)));
}

#endif
