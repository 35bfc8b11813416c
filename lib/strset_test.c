/* strset_test.c - strings numbered in order of first appearance. */
#include "strset.h"
#include "testing.h"

#include <stdio.h>

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	zb_strset s = ZB_STRSET_INIT;
	int added;
	CHECK("first string is 0", zb_strset_add(&s, "市妇联", strlen("市妇联"), &added) == 0 && added);
	CHECK("second string is 1", zb_strset_add(&s, "市文联", strlen("市文联"), &added) == 1 && added);
	CHECK("a string seen is found, not added", zb_strset_add(&s, "市妇联", strlen("市妇联"), &added) == 0 && !added);
	CHECK("a prefix is another string", zb_strset_add(&s, "市妇", strlen("市妇"), &added) == 2 && added);
	CHECK("length bounds the string", zb_strset_add(&s, "市文联XYZ", strlen("市文联"), NULL) == 1);
	CHECK("the empty string is a string", zb_strset_add(&s, "", 0, &added) == 3 && added);
	CHECK_STR("strings kept NUL-terminated", s.v[2], "市妇");

	char key[32];
	int ok = 1;
	for (int i = 0; i < 20000; i++) {  /* past several table growths */
		int n = snprintf(key, sizeof key, "k%d", i);
		ok &= zb_strset_add(&s, key, (size_t)n, NULL) == (size_t)i + 4;
	}
	for (int i = 0; i < 20000; i += 7) {
		int n = snprintf(key, sizeof key, "k%d", i);
		ok &= zb_strset_add(&s, key, (size_t)n, &added) == (size_t)i + 4 && !added;
	}
	CHECK("20000 strings keep their numbers", ok && s.n == 20004);
	zb_strset_free(&s);
	CHECK("freed set is empty", s.n == 0 && s.v == NULL);
	return TEST_EXIT();
}
