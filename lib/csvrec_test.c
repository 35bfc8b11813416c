/* csvrec_test.c - the CSV record layer on small inputs. */
#include "csvrec.h"
#include "testing.h"

#include <limits.h>
#include <stdlib.h>

static zb_csv_reader *open_text(const char *text, const char **why)
{
	FILE *fp = fmemopen((void *)text, strlen(text), "r");
	return zb_csv_open_stream(fp, "t.csv", why);
}

static char *write_row(const char *const *cells, int n, int safe)
{
	static char buf[256];
	FILE *fp = fmemopen(buf, sizeof buf, "w");
	zb_csv_writer w;
	zb_csv_writer_init(&w, fp, safe);
	for (int i = 0; i < n; i++)
		zb_csv_put_text(&w, cells[i], strlen(cells[i]));
	zb_csv_end_row(&w);
	fclose(fp);
	return buf;
}

/* The row r just read, written by zb_csv_put_record (safe, column 1 text)
 * and then an added cell; and the same written cell by cell. */
static int rewrite_same(zb_csv_reader *r, const zb_field *f)
{
	static char by_record[512], by_cell[512];
	const int is_text[] = {0, 1, 0};
	FILE *a = fmemopen(by_record, sizeof by_record, "w"), *b = fmemopen(by_cell, sizeof by_cell, "w");
	zb_csv_writer wa, wb;
	zb_csv_writer_init(&wa, a, 1);
	zb_csv_writer_init(&wb, b, 1);
	zb_csv_put_record(&wa, r, f, is_text);
	for (size_t i = 0; i < zb_csv_ncols(r); i++)
		if (is_text[i])
			zb_csv_put_text(&wb, f[i].ptr, f[i].len);
		else
			zb_csv_put(&wb, f[i].ptr, f[i].len);
	zb_csv_puts(&wa, "added");
	zb_csv_puts(&wb, "added");
	zb_csv_end_row(&wa);
	zb_csv_end_row(&wb);
	fclose(a);
	fclose(b);
	return strcmp(by_record, by_cell) == 0;
}

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	const char *why = NULL;
	const zb_field *f;
	zb_csv_reader *r = open_text("\xEF\xBB\xBF" "a,b,c\r\n1,\"x,\"\"y\"\"\",3\r\n\r\n4,\"multi\nline\",6\n7, sp ,9", &why);
	CHECK("open with BOM and CRLF", r != NULL);
	if (!r) { printf("why: %s\n", why); return 1; }
	CHECK("BOM stripped from first column", zb_csv_col(r, "a") == 0);
	CHECK("column lookup", zb_csv_col(r, "c") == 2 && zb_csv_col(r, "z") == -1);
	CHECK("row 1", zb_csv_next(r, &f) == ZB_CSV_ROW);
	CHECK_STR("quoted field unescaped", f[1].ptr, "x,\"y\"");
	CHECK("row 1 line", zb_csv_line(r) == 2);
	CHECK("row 2", zb_csv_next(r, &f) == ZB_CSV_ROW);
	CHECK_STR("newline in field", f[1].ptr, "multi\nline");
	CHECK("row 2 line after blank line", zb_csv_line(r) == 4);
	CHECK("row 3", zb_csv_next(r, &f) == ZB_CSV_ROW);
	CHECK_STR("spaces kept", f[1].ptr, " sp ");
	CHECK("row 3 line", zb_csv_line(r) == 6);
	CHECK("eof", zb_csv_next(r, &f) == ZB_CSV_EOF);
	zb_csv_close(r);

	r = open_text("a,b\n1,2\n1,2,3\n", &why);
	CHECK("good row", zb_csv_next(r, &f) == ZB_CSV_ROW);
	CHECK("too many fields", zb_csv_next(r, &f) == ZB_CSV_ERROR && zb_csv_line(r) == 3);
	CHECK("field count message", strstr(zb_csv_error(r), "expected 2 fields") != NULL);
	zb_csv_close(r);

	r = open_text("a,b\n1,\"2\n", &why);
	CHECK("unterminated quote", zb_csv_next(r, &f) == ZB_CSV_ERROR);
	zb_csv_close(r);

	r = open_text("a,b\n1,x\"y\n", &why);
	CHECK("stray quote in unquoted field", zb_csv_next(r, &f) == ZB_CSV_ERROR);
	zb_csv_close(r);

	r = open_text("", &why);
	CHECK("empty input has no header", r == NULL && strstr(why, "empty") != NULL);

	r = open_text("a,b\n", &why);
	CHECK("header only", r != NULL && zb_csv_next(r, &f) == ZB_CSV_EOF);
	zb_csv_close(r);

	r = open_text("a,b\n1,2", &why);
	CHECK("no trailing newline", zb_csv_next(r, &f) == ZB_CSV_ROW && strcmp(f[1].ptr, "2") == 0);
	zb_csv_close(r);

	r = open_text("a,b,c\n", &why);
	{
		const char *new_cols[] = {"d", "e"}, *mixed[] = {"d", "b"};
		int index[2];
		int ncols = zb_csv_schema(r, new_cols, 2, index);
		int appends = zb_csv_schema_appends(r, index, 2);
		CHECK("added columns after the input's", ncols == 5 && index[0] == 3 && index[1] == 4 && appends);
		ncols = zb_csv_schema(r, mixed, 2, index);
		CHECK("an added column the input has stays where it is",
		      ncols == 4 && index[0] == 3 && index[1] == 1 && !zb_csv_schema_appends(r, index, 2));
	}
	zb_csv_close(r);

	r = open_text("a,b,c\n1, two ,3\n\"1\",2,3\n1,=2,3\n-1,2,=3\n1,2,3\r\n", &why);
	size_t plain_len;
	int plain_ok = 1, rewrite_ok = 1;
	for (int row = 0; r && zb_csv_next(r, &f) == ZB_CSV_ROW; row++) {
		const char *plain = zb_csv_plain_record(r, &plain_len);
		static const char *const want[] = {"1, two ,3", NULL, "1,=2,3", "-1,2,=3", NULL};
		plain_ok &= row < 5 && (want[row] ? plain && plain_len == strlen(want[row]) &&
							    memcmp(plain, want[row], plain_len) == 0
						  : plain == NULL && plain_len == 0);
		rewrite_ok &= rewrite_same(r, f);
	}
	CHECK("the bytes of a plain record are at hand, of a quoted or CR one not", plain_ok);
	CHECK("a record put whole is what its cells put one by one give, guards included", rewrite_ok);
	zb_csv_close(r);

	{
		static char longs[8192];
		FILE *fp = fmemopen(longs, sizeof longs, "w");
		zb_csv_writer lw;
		zb_csv_writer_init(&lw, fp, 0);
		zb_csv_put_long(&lw, 0);
		zb_csv_put_long(&lw, -12);
		zb_csv_put_long(&lw, LONG_MIN);
		zb_csv_put_long(&lw, LONG_MAX);
		zb_csv_end_row(&lw);
		char wide[ZB_CSV_WRITE_BUF - 3];   /* the next number does not fit the row buffer */
		memset(wide, 'x', sizeof wide);
		zb_csv_put(&lw, wide, sizeof wide);
		zb_csv_put_long(&lw, 1234567);
		zb_csv_end_row(&lw);
		fclose(fp);
		char want[sizeof longs];
		snprintf(want, sizeof want, "0,-12,%ld,%ld\n%.*s,1234567\n", LONG_MIN, LONG_MAX, (int)sizeof wide, wide);
		CHECK_STR("numbers written, the least long too, and past the row buffer", longs, want);
	}

	const char *cells[] = {"plain", "a,b", "=SUM(A1)", "say \"hi\""};
	CHECK_STR("writer quotes only when needed", write_row(cells, 4, 0),
		  "plain,\"a,b\",=SUM(A1),\"say \"\"hi\"\"\"\n");
	CHECK_STR("safe writer guards formulas", write_row(cells, 3, 1), "plain,\"a,b\",'=SUM(A1)\n");
	const char *formulas[] = {"=HYPERLINK(\"x\",1)", "-3,4", "@a\nb"};
	CHECK_STR("safe writer quotes around the apostrophe", write_row(formulas, 3, 1),
		  "\"'=HYPERLINK(\"\"x\"\",1)\",\"'-3,4\",\"'@a\nb\"\n");

	{
		static char nulls[64];
		FILE *fp = fmemopen(nulls, sizeof nulls, "w");
		zb_csv_writer w;
		zb_csv_writer_init(&w, fp, 0);
		zb_csv_put(&w, NULL, 0);   /* an empty cell given as NULL (a missing column) */
		zb_csv_put(&w, "x", 1);
		zb_csv_end_row(&w);
		fclose(fp);
		CHECK_STR("an empty cell may come as NULL", nulls, ",x\n");
	}

	/* A character that needs quotes found wherever it stands in a long
	 * cell (the check reads many bytes at a time). */
	int missed = 0, extra = 0;
	for (size_t len = 1; len <= 40; len++)
		for (size_t at = 0; at < len; at++)
			for (const char *c = ",\"\n\r"; *c; c++) {
				char cell[41], want[128];
				memset(cell, 'x', len);
				cell[len] = '\0';
				const char *one[] = {cell};
				extra += strcmp(write_row(one, 1, 0), strcat(strcpy(want, cell), "\n")) != 0;
				cell[at] = *c;
				missed += write_row(one, 1, 0)[0] != '"';
			}
	CHECK("a cell is quoted wherever , \" LF or CR stands in it, and only then", !missed && !extra);

	/* Rows longer than the writer's row buffer, in cells of every size
	 * around it, plain and quoted, read back the same. */
	size_t sizes[] = {1, ZB_CSV_WRITE_BUF / 2 - 1, ZB_CSV_WRITE_BUF / 2, ZB_CSV_WRITE_BUF - 2,
			  ZB_CSV_WRITE_BUF, ZB_CSV_WRITE_BUF + 1, 3 * ZB_CSV_WRITE_BUF};
	size_t nsizes = sizeof sizes / sizeof *sizes, total = 0;
	for (size_t i = 0; i < nsizes; i++)
		total += 2 * (2 * sizes[i] + 3);
	char *written = NULL, *cell = malloc(3 * ZB_CSV_WRITE_BUF + 1);
	size_t written_len = 0;
	FILE *wfp = open_memstream(&written, &written_len);
	zb_csv_writer w;
	zb_csv_writer_init(&w, wfp, 0);
	for (int row = 0; row < 2; row++) {
		for (size_t i = 0; i < nsizes; i++) {
			for (size_t k = 0; k < sizes[i]; k++)
				cell[k] = row && k % 3 == 0 ? '"' : (char)('a' + (i + k) % 26);
			zb_csv_put(&w, cell, sizes[i]);
		}
		zb_csv_end_row(&w);
	}
	fclose(wfp);
	r = open_text(written, &why);
	int long_ok = r != NULL && zb_csv_ncols(r) == nsizes;
	for (int row = 0; long_ok && row < 2; row++) {
		const zb_field *cells_read = row ? NULL : zb_csv_header(r);
		if (row && zb_csv_next(r, &cells_read) != ZB_CSV_ROW)
			long_ok = 0;
		for (size_t i = 0; long_ok && i < nsizes; i++) {
			for (size_t k = 0; k < sizes[i]; k++)
				cell[k] = row && k % 3 == 0 ? '"' : (char)('a' + (i + k) % 26);
			long_ok = cells_read[i].len == sizes[i] && memcmp(cells_read[i].ptr, cell, sizes[i]) == 0;
		}
	}
	CHECK("rows longer than the writer's buffer read back the same", long_ok && written_len <= total);
	zb_csv_close(r);
	free(written);
	free(cell);

	/* Many rows through small chunks: memory reuse across refills. */
	size_t n = 200000;
	char *big = malloc(n * 12 + 16);
	char *p = big + sprintf(big, "k,v\n");
	for (size_t i = 0; i < n; i++)
		p += sprintf(p, "%zu,x%zu\n", i % 7, i);
	r = open_text(big, &why);
	size_t rows = 0, bad = 0;
	while (zb_csv_next(r, &f) == ZB_CSV_ROW) {
		if (strtoul(f[1].ptr + 1, NULL, 10) != rows)
			bad++;
		rows++;
	}
	CHECK("200000 rows streamed in order", rows == n && bad == 0);
	CHECK("last line number", zb_csv_line(r) == (long)n + 1);
	zb_csv_close(r);
	free(big);

	/* Fields across read chunks (64 KiB): a spaced field begun in one and
	 * ended two chunks later keeps its spaces; a quoted one with newlines
	 * counts them for the rows after it, in chunks without a quote. */
	size_t fl = 150000;
	big = malloc(2 * fl + 64);
	p = big + sprintf(big, "a,b\n1,x y");
	memset(p, 'z', fl);
	p += fl;
	p += sprintf(p, "\n2,\"q\nr");
	memset(p, 'z', fl);
	p += fl;
	sprintf(p, "\"\n3,last one\n");
	r = open_text(big, &why);
	int ok = zb_csv_next(r, &f) == ZB_CSV_ROW && strncmp(f[1].ptr, "x y", 3) == 0 && f[1].len == fl + 3;
	ok &= zb_csv_next(r, &f) == ZB_CSV_ROW && f[1].len == fl + 3 && f[1].ptr[1] == '\n' && zb_csv_line(r) == 3;
	ok &= zb_csv_next(r, &f) == ZB_CSV_ROW && strcmp(f[1].ptr, "last one") == 0 && zb_csv_line(r) == 5;
	CHECK("fields across chunks keep spaces and count their newlines", ok);
	zb_csv_close(r);
	free(big);

	/* Random rows, as the writer writes them, some ended by CRLF and some
	 * followed by a blank line, over many read chunks: every cell reads
	 * back the same, plain rows and quoted ones, whichever way the reader
	 * takes them. */
	{
		const char alphabet[] = "ab ,\"\n\t\r\xE5\x9B\x9B";
		size_t nrows = 6000, ncols = 4, cell_max = 24;
		char *text = NULL, cells_text[6000][4][25];
		size_t text_len = 0;
		FILE *tfp = open_memstream(&text, &text_len);
		zb_csv_writer tw;
		zb_csv_writer_init(&tw, tfp, 0);
		unsigned seed = 12345;
		for (size_t row = 0; row < nrows; row++) {
			int plain = row % 3 != 0;   /* two rows in three need no quotes */
			for (size_t col = 0; col < ncols; col++) {
				seed = seed * 1103515245u + 12345u;
				size_t len = (seed >> 16) % (cell_max + 1);
				for (size_t k = 0; k < len; k++) {
					seed = seed * 1103515245u + 12345u;
					size_t pick = (seed >> 16) % (sizeof alphabet - 1);
					cells_text[row][col][k] = plain && strchr(",\"\n\r", alphabet[pick]) ? 'p' : alphabet[pick];
				}
				cells_text[row][col][len] = '\0';
				/* a cell of one multi-byte character's bytes split apart
				 * is still bytes: the reader does not decode */
				zb_csv_put(&tw, cells_text[row][col], len);
			}
			zb_csv_end_row(&tw);
			if (row % 5 == 1) {  /* this row ends in CRLF */
				fseek(tfp, -1, SEEK_CUR);
				fputs("\r\n", tfp);
			}
			if (row % 7 == 3)
				fputc('\n', tfp);
		}
		fclose(tfp);
		r = open_text(text, &why);
		size_t got = 1, wrong = 0;
		for (; r && got < nrows && zb_csv_next(r, &f) == ZB_CSV_ROW; got++)
			for (size_t col = 0; col < ncols; col++)
				wrong += strcmp(f[col].ptr, cells_text[got][col]) != 0;
		for (size_t col = 0; r && col < ncols; col++)  /* row 0 was the header */
			wrong += strcmp(zb_csv_header(r)[col].ptr, cells_text[0][col]) != 0;
		CHECK("random rows, plain and quoted, CRLF and blank lines, read back the same",
		      r && got == nrows && wrong == 0 && zb_csv_next(r, &f) == ZB_CSV_EOF && text_len > 3 * 65536);
		zb_csv_close(r);
		free(text);
	}

	r = open_text("a,b\n1,\" q \"", &why);
	CHECK("quoted last row without a newline",
	      zb_csv_next(r, &f) == ZB_CSV_ROW && strcmp(f[1].ptr, " q ") == 0 && zb_csv_next(r, &f) == ZB_CSV_EOF);
	zb_csv_close(r);

	r = open_text("a,b\n1,2\n3,\"4\n\n5,6\n", &why);
	CHECK("row before an unterminated quote", zb_csv_next(r, &f) == ZB_CSV_ROW);
	CHECK("unterminated quote at its line", zb_csv_next(r, &f) == ZB_CSV_ERROR && zb_csv_line(r) == 3 &&
	      strstr(zb_csv_error(r), "unterminated") != NULL);
	zb_csv_close(r);

	r = open_text("a,b\n1,\"2\"x\n", &why);
	CHECK("text after a closing quote", zb_csv_next(r, &f) == ZB_CSV_ERROR && zb_csv_line(r) == 2);
	zb_csv_close(r);
	return TEST_EXIT();
}
