/* ledger.h - the claims ledger (zb-aggregate --report claims): one row per
 * distinct rank, first or top claim, with what it is about.
 *
 * Rules, each with a case in tests/cases/zb-aggregate/claims-*:
 * - the rows are zb-classify's rows of a claim type (zb_types[].claim);
 * - within one item (the rows of one doc, section, department, chapter,
 *   item and title in a run), a claim in the item's heading (its clause
 *   lies in the title, and it stands in the item's first sentence with a
 *   claim) and one in the body with the same kind, scope and rank are one
 *   claim, and so are two with the same clause and subject: one row with
 *   both lines, in the first one's words (the body's subject and period
 *   where the heading has none);
 * - a department's claims (department|doc: the doc when it has no
 *   sections), as its section runs, are ordered by scope (zb_scopes order:
 *   province first), rank (no number last), kind (rank, first, top), line;
 * - an empty subject falls back to the item's title, then the chapter, then
 *   the clause; subject_from says which. */
#ifndef ZB_LEDGER_H
#define ZB_LEDGER_H

#include "rowreport.h"

extern const zb_row_engine zb_ledger_engine;

/* The columns the engine reads, in order (the conflicts report reads them
 * first, then its own). */
#define ZB_LEDGER_INPUTS "doc", "section", "department", "chapter", "item", "title", "line", "sentence", \
	"type", "mention", "scope", "value", "period", "subject", "clause", "indicator"
#define ZB_LEDGER_NINPUT 16
/* Those that may be missing: section chapter item title sentence period
 * subject clause indicator. */
#define ZB_LEDGER_OPTIONAL (1u << 1 | 1u << 3 | 1u << 4 | 1u << 5 | 1u << 7 | 1u << 12 | 1u << 13 | 1u << 14 | \
			    1u << 15)

#endif
