/* formats.c - the table of input formats, telling them apart, and what
 * their readers share (see formats.h). */
#include "formats.h"
#include "digits.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int has_prefix(const unsigned char *head, size_t n, const char *magic, size_t len)
{
	return n >= len && memcmp(head, magic, len) == 0;
}

/* %PDF- in the first KiB (the standard lets junk stand before it). */
static int looks_pdf(const unsigned char *head, size_t n)
{
	size_t m = n < 1024 ? n : 1024;
	for (size_t i = 0; i + 5 <= m; i++)
		if (head[i] == '%' && memcmp(head + i, "%PDF-", 5) == 0)
			return 1;
	return 0;
}

/* A zip file: a .docx if it holds word/document.xml (the reader checks). */
static int looks_zip(const unsigned char *head, size_t n)
{
	return has_prefix(head, n, "PK\3\4", 4);
}

static int looks_image(const unsigned char *head, size_t n)
{
	return has_prefix(head, n, "\x89PNG\r\n\x1a\n", 8) ||   /* PNG */
	       has_prefix(head, n, "\xFF\xD8\xFF", 3) ||         /* JPEG */
	       has_prefix(head, n, "II*\0", 4) || has_prefix(head, n, "MM\0*", 4) ||  /* TIFF */
	       has_prefix(head, n, "GIF8", 4) ||
	       (has_prefix(head, n, "RIFF", 4) && n >= 12 && memcmp(head + 8, "WEBP", 4) == 0);
}

/* Markup: after a BOM and blanks, a tag (<html, <!DOCTYPE, <?xml, <p ...). */
static int looks_html(const unsigned char *head, size_t n)
{
	size_t i = has_prefix(head, n, "\xEF\xBB\xBF", 3) ? 3 : 0;
	while (i < n && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n'))
		i++;
	if (i + 1 >= n || head[i] != '<')
		return 0;
	unsigned char c = head[i + 1];
	return c == '!' || c == '?' || ((c | 32) >= 'a' && (c | 32) <= 'z');
}

const zb_format zb_formats[] = {
	{"text", NULL, zb_read_text, 0, NULL,
	 "plain text, UTF-8 or GB18030 (the default when nothing else matches)"},
	{"html", looks_html, zb_read_html, 0, NULL,
	 "web page (starts with a tag); charset from <meta>, else UTF-8 or GB18030"},
	{"pdf", looks_pdf, zb_read_pdf, 1, "poppler-utils",
	 "PDF (%PDF-) through pdftotext; pages without text through OCR"},
	{"docx", looks_zip, zb_read_docx, 0, NULL,
	 "Word file (a zip with word/document.xml)"},
	{"image", looks_image, zb_read_image, 1, "tesseract-ocr tesseract-ocr-chi-sim",
	 "scanned page: PNG, JPEG, TIFF, GIF or WebP, read by OCR (tesseract, chi_sim)"},
	{NULL, NULL, NULL, 0, NULL, NULL},
};

/* Files known not to be readable, with what to do. */
static const struct {
	const char *magic;
	size_t len;
	const char *what;
} unreadable[] = {
	{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8, "an old Word or Excel file (.doc, .xls): save it as .docx"},
	{"{\\rtf", 5, "an RTF file: save it as .docx"},
	{"\x1F\x8B", 2, "a gzip file: unpack it first (gunzip)"},
};

const zb_format *zb_format_named(const char *name)
{
	for (const zb_format *f = zb_formats; f->name; f++)
		if (strcmp(f->name, name) == 0)
			return f;
	return NULL;
}

const zb_format *zb_format_detect(zb_doc *d)
{
	for (size_t i = 0; i < sizeof unreadable / sizeof unreadable[0]; i++)
		if (has_prefix(d->head, d->head_len, unreadable[i].magic, unreadable[i].len)) {
			zb_doc_fail(d, 0, "%s", unreadable[i].what);
			return NULL;
		}
	for (const zb_format *f = zb_formats; f->name; f++)
		if (f->looks_like && f->looks_like(d->head, d->head_len))
			return f;
	return zb_formats;   /* text */
}

void zb_pos_format(long pos, int paged, char *buf, size_t len)
{
	if (len == 0)
		return;
	char text[48], *end = text + sizeof text, *p;   /* a row has a position: no printf */
	if (pos < 0) {   /* not a position: as it is */
		p = zb_long_text(pos, text);
		end = text + ZB_LONG_TEXT - 1;
	} else if (paged) {
		p = zb_digits_before(end, (unsigned long long)(pos % ZB_PAGE_LINES));
		*--p = ':';
		p = zb_digits_before(p, (unsigned long long)(pos / ZB_PAGE_LINES));
	} else
		p = zb_digits_before(end, (unsigned long long)pos);
	size_t n = (size_t)(end - p) < len ? (size_t)(end - p) : len - 1;
	memcpy(buf, p, n);
	buf[n] = '\0';
}

long zb_pos_parse(const char *s, size_t n)
{
	long page = 0, line = 0;
	int digits = 0, colon = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == ':' && digits && !colon) {
			page = line;
			line = 0;
			digits = 0;
			colon = 1;
		} else if (s[i] >= '0' && s[i] <= '9' && line < ZB_PAGE_LINES * 100) {
			line = line * 10 + (s[i] - '0');
			digits++;
		} else {
			return -1;
		}
	}
	if (!digits || (colon && (line >= ZB_PAGE_LINES || page >= ZB_PAGE_LINES)))
		return -1;
	return ZB_POS(page, line);
}

int zb_doc_fail(zb_doc *d, long line, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(d->err, sizeof d->err, fmt, ap);
	va_end(ap);
	d->err_line = line;
	return -1;
}

int zb_name_in(const char *const *names, const char *name)
{
	for (int i = 0; names[i]; i++)
		if (strcmp(names[i], name) == 0)
			return 1;
	return 0;
}

int zb_doc_missing(zb_doc *d, const char *program, const char *packages)
{
	return zb_doc_fail(d, 0, "%s is not installed: install the Debian package%s %s (make deps)",
			   program, strchr(packages, ' ') ? "s" : "", packages);
}

int zb_doc_open(zb_doc *d, const char *path, enum zb_encoding enc)
{
	d->path = path;
	d->encoding = enc;
	d->copy_fd = -1;
	d->tool_path = NULL;
	d->err[0] = '\0';
	d->err_line = 0;
	d->lines = 0;
	d->fp = stdin;
	if (strcmp(path, "-") != 0 && !(d->fp = fopen(path, "rb")))
		return zb_doc_fail(d, 0, "%s", strerror(errno));
	d->head_len = fread(d->head, 1, sizeof d->head, d->fp);
	if (d->head_len < sizeof d->head && ferror(d->fp))
		return zb_doc_fail(d, 0, "read error: %s", strerror(errno));
	return 0;
}

void zb_doc_close(zb_doc *d)
{
	if (d->fp && d->fp != stdin)
		fclose(d->fp);
	d->fp = NULL;
	if (d->copy_fd >= 0)
		close(d->copy_fd);
	d->copy_fd = -1;
	free(d->tool_path);
	d->tool_path = NULL;
}

void zb_doc_line(zb_doc *d, const char *s, size_t n, long pos)
{
	d->lines++;
	d->line(d->ctx, s, n, pos);
}

int zb_doc_read(zb_doc *d, const zb_format *f, zb_line_fn line, void *ctx)
{
	d->line = line;
	d->ctx = ctx;
	if (f->read(d) != 0)
		return -1;
	if (d->lines == 0 && f->read != zb_read_text)
		return zb_doc_fail(d, 0, "no text found in this %s file", f->name);
	return 0;
}

/* Standard input is copied to a temporary file, unlinked at once: the
 * converters open it as /dev/fd/N, and nothing is left behind. */
#define COPY_MAX (1ull << 30)

static int copy_stdin(zb_doc *d)
{
	const char *dir = getenv("TMPDIR");
	char *name = malloc((dir && *dir ? strlen(dir) : 4) + 32);
	if (!name)
		return zb_doc_fail(d, 0, "out of memory");
	sprintf(name, "%s/zb-extract-stdin.XXXXXX", dir && *dir ? dir : "/tmp");
	int fd = mkstemp(name);
	if (fd < 0) {
		int e = errno;
		free(name);
		return zb_doc_fail(d, 0, "cannot copy standard input to a temporary file: %s", strerror(e));
	}
	unlink(name);
	free(name);
	d->copy_fd = fd;
	unsigned long long total = 0;
	char buf[1 << 16];
	size_t n = d->head_len;
	memcpy(buf, d->head, n);
	do {
		total += n;
		if (total > COPY_MAX)
			return zb_doc_fail(d, 0, "standard input is larger than %llu MiB: name the file instead",
					   COPY_MAX >> 20);
		for (size_t off = 0; off < n; ) {
			ssize_t w = write(fd, buf + off, n - off);
			if (w < 0 && errno == EINTR)
				continue;
			if (w < 0)
				return zb_doc_fail(d, 0, "cannot copy standard input: %s", strerror(errno));
			off += (size_t)w;
		}
	} while ((n = fread(buf, 1, sizeof buf, d->fp)) > 0);
	if (ferror(d->fp))
		return zb_doc_fail(d, 0, "read error: %s", strerror(errno));
	return 0;
}

const char *zb_doc_tool_path(zb_doc *d)
{
	if (d->tool_path)
		return d->tool_path;
	size_t n = strlen(d->path);
	if (strcmp(d->path, "-") == 0) {
		if (copy_stdin(d) != 0)
			return NULL;
		d->tool_path = malloc(32);
		if (d->tool_path)
			snprintf(d->tool_path, 32, "/dev/fd/%d", d->copy_fd);
	} else if ((d->tool_path = malloc(n + 3)) != NULL) {
		/* ./-name: a name with a leading dash is no option to the converter */
		sprintf(d->tool_path, "%s%s", d->path[0] == '-' ? "./" : "", d->path);
	}
	if (!d->tool_path)
		zb_doc_fail(d, 0, "out of memory");
	return d->tool_path;
}
