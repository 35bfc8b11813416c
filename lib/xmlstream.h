/* xmlstream.h - XML read as a stream of SAX events (libxml2's push parser):
 * word/document.xml out of a zip, pdftotext's page layout out of a pipe.
 *
 * Memory stays bounded on any input; more than max bytes in all is an
 * error (a zip bomb), and so is a DTD (no Word file or pdftotext output has
 * one, and entities are how an XML bomb works). */
#ifndef ZB_XMLSTREAM_H
#define ZB_XMLSTREAM_H

#include <libxml/parser.h>
#include <stddef.h>

typedef struct {
	xmlParserCtxtPtr ctxt;
	void *user;           /* the reader's state, for its callbacks */
	const char *what;     /* the stream's name, for messages (word/document.xml) */
	size_t total, max;
	int failed;
	char err[400];
	long err_line;        /* the XML line of the error, or 0 */
} zb_xmlstream;

/* A SAX2 handler with no callbacks but the error and DTD guards: set the
 * ones the reader needs, then open.  The callbacks get the zb_xmlstream as
 * their context. */
void zb_xml_handler(xmlSAXHandler *sax);
/* Returns 0, -1 when out of memory. */
int zb_xml_open(zb_xmlstream *x, xmlSAXHandler *sax, void *user, const char *what, size_t max);
/* Feed n bytes; returns 0, -1 once failed (x->err says why). */
int zb_xml_feed(zb_xmlstream *x, const char *buf, size_t n);
/* The end of the stream: 0 or -1. */
int zb_xml_finish(zb_xmlstream *x);
void zb_xml_close(zb_xmlstream *x);
/* From a callback: stop with a message. */
void zb_xml_fail(zb_xmlstream *x, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* The value of attribute local name `name` among SAX2's (localname, prefix,
 * URI, value, end) tuples, copied into out (cut to outlen - 1); 1 if there. */
int zb_xml_attr(const xmlChar **atts, int natts, const char *name, char *out, size_t outlen);

#endif
