/* tsv.c - tab-separated tables (see tsv.h). */
#include "tsv.h"
#include "utf8.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_FIELDS 8

int zb_tsv_each(char *text, size_t len, int min_fields, zb_tsv_row_fn row, void *ctx, long *bad_line)
{
	long line = 0;
	char *end = text + len;
	for (char *p = text; p < end;) {
		char *nl = memchr(p, '\n', (size_t)(end - p));
		char *stop = nl ? nl : end;
		line++;
		if (stop > p && stop[-1] == '\r')
			stop[-1] = '\0';
		*stop = '\0';   /* the NUL after the text when there is no newline */
		if (zb_utf8_invalid_at(p, strlen(p)) != strlen(p)) {
			*bad_line = line;
			return ZB_TSV_BAD;
		}
		if (*p && *p != '#') {
			char *fields[MAX_FIELDS];
			int n = 0;
			for (char *f = p;; ) {
				char *tab = strchr(f, '\t');
				if (n < MAX_FIELDS)
					fields[n++] = f;
				if (!tab)
					break;
				*tab = '\0';
				f = tab + 1;
			}
			if (n < min_fields) {
				*bad_line = line;
				return ZB_TSV_BAD;
			}
			int status = row(ctx, fields, n, line);
			if (status)
				return status;
		}
		p = stop + 1;
	}
	return 0;
}

char *zb_tsv_read_file(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	if (!fp)
		return NULL;
	char *buf = NULL;
	size_t cap = 0, n = 0;
	for (;;) {
		if (n + 4096 + 1 > cap) {
			size_t ncap = cap ? cap * 2 : 8192;
			char *q = realloc(buf, ncap);
			if (!q) {
				free(buf);
				fclose(fp);
				errno = ENOMEM;
				return NULL;
			}
			buf = q;
			cap = ncap;
		}
		size_t got = fread(buf + n, 1, cap - n - 1, fp);
		n += got;
		if (got == 0)
			break;
	}
	int err = ferror(fp) ? errno : 0;
	fclose(fp);
	if (err) {
		free(buf);
		errno = err;
		return NULL;
	}
	buf[n] = '\0';
	*len = n;
	return buf;
}
