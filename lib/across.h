/* across.h - reports across documents (zb-aggregate --report compare,
 * trend, conflicts): the same indicator in several reports, read from the
 * rows of the indicators report and the claims ledger together with each
 * document's place and period (zb-extract's doc_place, doc_period).
 *
 * compare    one row per indicator, a set of columns per document (its
 *            label: place and period): level, level as written, change.
 *            Of several rows of an indicator in one document, the one with
 *            most of level and change, the first of those (a work report's
 *            review comes before its targets).  Indicators that more
 *            documents give come first.
 * trend      one row per indicator, place and period, ordered by period
 *            (zb_period_key), with level and change; series names the line
 *            of a chart (the indicator, and the place when there are several).
 * conflicts  rank 1 or a first claimed by two places for the same
 *            indicator, period and scope (province: two places of one
 *            province, by data/places.tsv; nation), and one place claiming
 *            two ranks for them (conflict two_firsts, two_ranks).  A claim
 *            whose subject has no indicator is left out, but for a first
 *            (全省首个) whose subject names a thing (4 characters or more).
 *
 * A document's period is doc_period; a claim whose own period is another
 * (2024年 in a report on 2025年) has that.  Conflicts come by kind, then
 * indicator, period and scope (byte order); compare and trend sort, so that
 * thousands of documents cost n log n. */
#ifndef ZB_ACROSS_H
#define ZB_ACROSS_H

#include "rowreport.h"

extern const zb_row_engine zb_compare_engine, zb_trend_engine, zb_conflicts_engine;

#endif
