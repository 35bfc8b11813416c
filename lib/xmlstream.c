/* xmlstream.c - SAX over libxml2's push parser (see xmlstream.h). */
#include "xmlstream.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void zb_xml_fail(zb_xmlstream *x, const char *fmt, ...)
{
	if (x->failed)
		return;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(x->err, sizeof x->err, fmt, ap);
	va_end(ap);
	x->failed = 1;
	if (x->ctxt)
		xmlStopParser(x->ctxt);
}

static void on_error(void *ctx, xmlErrorPtr e)
{
	zb_xmlstream *x = ctx;
	if (x->failed || !e || e->level < XML_ERR_ERROR)
		return;
	x->err_line = e->line;
	char msg[300];
	snprintf(msg, sizeof msg, "%s", e->message ? e->message : "malformed");
	size_t n = strlen(msg);
	while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
		msg[--n] = '\0';
	zb_xml_fail(x, "%s: line %d: %s", x->what, e->line, msg);
}

static void on_dtd(void *ctx, const xmlChar *name, const xmlChar *ext, const xmlChar *sys)
{
	(void)name, (void)ext, (void)sys;
	zb_xml_fail(ctx, "%s has a DTD (no converter writes one: refused)", ((zb_xmlstream *)ctx)->what);
}

void zb_xml_handler(xmlSAXHandler *sax)
{
	memset(sax, 0, sizeof *sax);
	sax->initialized = XML_SAX2_MAGIC;
	sax->serror = on_error;
	sax->internalSubset = on_dtd;
	sax->externalSubset = on_dtd;
}

int zb_xml_open(zb_xmlstream *x, xmlSAXHandler *sax, void *user, const char *what, size_t max)
{
	memset(x, 0, sizeof *x);
	x->user = user;
	x->what = what;
	x->max = max;
	x->ctxt = xmlCreatePushParserCtxt(sax, x, NULL, 0, NULL);
	if (!x->ctxt)
		return -1;
	xmlCtxtUseOptions(x->ctxt, XML_PARSE_NONET | XML_PARSE_NOCDATA);
	return 0;
}

int zb_xml_feed(zb_xmlstream *x, const char *buf, size_t n)
{
	if (x->failed)
		return -1;
	x->total += n;
	if (x->total > x->max) {
		zb_xml_fail(x, "%s is larger than %zu MiB unpacked (a zip bomb?)", x->what, x->max >> 20);
		return -1;
	}
	while (n > 0 && !x->failed) {   /* int-sized pieces */
		int piece = n > (1u << 30) ? 1 << 30 : (int)n;
		if (xmlParseChunk(x->ctxt, buf, piece, 0) != 0 && !x->failed)
			zb_xml_fail(x, "%s: malformed XML", x->what);
		buf += piece;
		n -= (size_t)piece;
	}
	if (!x->failed && x->ctxt->errNo == XML_ERR_NO_MEMORY)
		zb_xml_fail(x, "out of memory");
	return x->failed ? -1 : 0;
}

int zb_xml_finish(zb_xmlstream *x)
{
	if (x->failed)
		return -1;
	if (xmlParseChunk(x->ctxt, NULL, 0, 1) != 0 && !x->failed)
		zb_xml_fail(x, "%s: malformed XML", x->what);
	return x->failed ? -1 : 0;
}

void zb_xml_close(zb_xmlstream *x)
{
	if (x->ctxt)
		xmlFreeParserCtxt(x->ctxt);
	x->ctxt = NULL;
}

int zb_xml_attr(const xmlChar **atts, int natts, const char *name, char *out, size_t outlen)
{
	for (int i = 0; i < natts; i++) {
		const xmlChar **a = atts + 5 * i;
		if (strcmp((const char *)a[0], name) != 0)
			continue;
		size_t n = (size_t)(a[4] - a[3]);
		if (n >= outlen)
			n = outlen - 1;
		memcpy(out, a[3], n);
		out[n] = '\0';
		return 1;
	}
	return 0;
}
