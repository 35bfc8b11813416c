/* structure.h - the words of a report's structure that zb-extract reads:
 * how a department's name ends and how a task heading opens (both are
 * headings like 二十二、市妇联 / 三、坚持以人民为中心), the page markers of
 * newspaper text, the words joining the items of a list (of numbers, of
 * claims) and the marks of a range.  Rows of {word, class, example} as in
 * keywords.h, listed by zb-extract --keywords. */
#ifndef ZB_STRUCTURE_H
#define ZB_STRUCTURE_H

#include "keywords.h"

#include <stddef.h>

/* Department names end with these: 市妇联, 市教育局, 市发改委. */
extern const zb_keyword_table zb_kw_department_end;
/* Task headings of a work report end like a department name now and then
 * (构建新发展格局, 坚持以人民为中心, 建设和谐社会): they open with one of
 * these verbs, or end with one of the task endings. */
extern const zb_keyword_table zb_kw_task_verb;
extern const zb_keyword_table zb_kw_task_end;
/* Page markers of newspaper layout, dropped wherever they stand:
 * （下转5版） （上接4版）. */
enum zb_page_cls { ZB_PAGE_OPEN, ZB_PAGE_CLOSE, ZB_PAGE_NCLS };
extern const zb_keyword_table zb_kw_page_marker;
#define ZB_PAGE_MARKER_MAX 24   /* bytes from the start of a marker to its close */
/* Words joining the items of a list of numbers: 12、15, 2015和2016年. */
extern const zb_keyword_table zb_kw_list_joiner;
/* Words joining two claims of a list, the second without its scope word:
 * 分居全省第一和第二, 第2名、第5名. */
extern const zb_keyword_table zb_kw_claim_joiner;
/* zb_kw_range_mark, the marks of a range, is keywords.h's: the period
 * rows take it too (#^#月), and zb-extract --keywords lists it here. */

extern const zb_keyword_table *const zb_structure_tables[];
extern const size_t zb_nstructure_tables;

#endif
