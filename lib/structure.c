/* structure.c - the words of a report's structure (see structure.h).
 * Adding a word is one row. */
#include "structure.h"

#define N(a) (sizeof (a) / sizeof (a)[0])

static const char *const word_cls[] = {"word"};

static const zb_keyword department_end_rows[] = {
	{"局", 0, "市教育局"}, {"委", 0, "市发改委"}, {"会", 0, "市红十字会"}, {"联", 0, "市妇联"},
	{"办", 0, "市政府办"}, {"院", 0, "市中级人民法院"}, {"厅", 0, "省财政厅"}, {"部", 0, "市委宣传部"},
	{"署", 0, "市审计署"}, {"处", 0, "市机关事务管理处"}, {"室", 0, "市委政研室"},
	{"中心", 0, "市政务服务中心"}, {"公司", 0, "市城投公司"}, {"集团", 0, "市交通投资集团"},
	{"政府", 0, "区人民政府"}, {"协", 0, "市科协"}, {"社", 0, "市供销社"}, {"馆", 0, "市图书馆"},
	{"队", 0, "市城管执法支队"}, {"行", 0, "人民银行市中心支行"}, {"站", 0, "市气象站"},
	{"所", 0, "市社科所"}, {"团", 0, "市歌舞团"}, {"司", 0, "市盐务司"}, {"校", 0, "市委党校"},
	{"台", 0, "市广播电视台"}, {"关", 0, "大连海关"}, {"厂", 0, "市自来水厂"},
};
const zb_keyword_table zb_kw_department_end = {
	"department-end", "how a department's name ends (二十二、市妇联 is a department section)",
	department_end_rows, N(department_end_rows), word_cls, 1};

static const zb_keyword task_verb_rows[] = {
	{"坚持", 0, "坚持以人民为中心"}, {"加快", 0, "加快建设现代化产业体系"}, {"推进", 0, "推进乡村全面振兴"},
	{"推动", 0, "推动高质量发展"}, {"构建", 0, "构建新发展格局"}, {"打造", 0, "打造一流营商环境"},
	{"深化", 0, "深化国资国企改革"}, {"优化", 0, "优化政务服务"}, {"着力", 0, "着力扩大内需"},
	{"全力", 0, "全力稳住经济大盘"}, {"强化", 0, "强化科技创新"}, {"加强", 0, "加强生态环境保护"},
	{"大力", 0, "大力发展数字经济"}, {"持续", 0, "持续改善民生"}, {"扎实", 0, "扎实推进共同富裕"},
	{"切实", 0, "切实保障和改善民生"}, {"积极", 0, "积极扩大有效投资"}, {"聚焦", 0, "聚焦主责主业"},
	{"统筹", 0, "统筹发展和安全"}, {"坚定", 0, "坚定不移深化改革"}, {"融入", 0, "融入全国统一大市场"},
	{"提升", 0, "提升城市品质"}, {"做强", 0, "做强实体经济"}, {"做优", 0, "做优现代服务业"},
	{"实施", 0, "实施城市更新行动"}, {"完善", 0, "完善社会保障体系"}, {"健全", 0, "健全基层治理体系"},
	{"巩固", 0, "巩固拓展脱贫攻坚成果"}, {"守牢", 0, "守牢安全发展底线"}, {"提高", 0, "提高公共服务水平"},
	{"促进", 0, "促进消费持续恢复"}, {"培育", 0, "培育新质生产力"}, {"壮大", 0, "壮大县域经济"},
	{"全面", 0, "全面深化改革开放"}, {"奋力", 0, "奋力谱写新篇章"}, {"努力", 0, "努力建设美丽城市"},
	{"不断", 0, "不断增进民生福祉"}, {"突出", 0, "突出抓好项目建设"}, {"围绕", 0, "围绕中心服务大局"},
	{"确保", 0, "确保社会大局稳定"}, {"筑牢", 0, "筑牢生态安全屏障"}, {"激发", 0, "激发市场主体活力"},
	{"增强", 0, "增强发展动力"}, {"抓好", 0, "抓好安全生产"}, {"办好", 0, "办好民生实事"},
	{"防范", 0, "防范化解重大风险"}, {"落实", 0, "落实全面从严治党责任"}, {"深入", 0, "深入实施创新驱动"},
	{"夯实", 0, "夯实农业基础"}, {"拓展", 0, "拓展开放空间"}, {"扩大", 0, "扩大高水平对外开放"},
	{"锚定", 0, "锚定目标任务"}, {"坚决", 0, "坚决打好污染防治攻坚战"}, {"争创", 0, "争创全国文明城市"},
	{"创建", 0, "创建国家森林城市"}, {"构筑", 0, "构筑人才高地"}, {"塑造", 0, "塑造城市特色风貌"},
	{"开创", 0, "开创工作新局面"}, {"打赢", 0, "打赢蓝天保卫战"}, {"决胜", 0, "决胜全面小康"},
	{"贯彻", 0, "贯彻新发展理念"}, {"践行", 0, "践行全过程人民民主"}, {"弘扬", 0, "弘扬社会主义核心价值观"},
	{"营造", 0, "营造良好发展环境"}, {"服务和", 0, "服务和融入新发展格局"}, {"更加", 0, "更加注重民生保障"},
	{"更好", 0, "更好统筹发展和安全"},
};
const zb_keyword_table zb_kw_task_verb = {
	"task-verb", "how a task heading opens, though it ends like a department (三、坚持以人民为中心 is a chapter)",
	task_verb_rows, N(task_verb_rows), word_cls, 1};

static const zb_keyword task_end_rows[] = {
	{"格局", 0, "构建新发展格局"}, {"布局", 0, "优化区域布局"}, {"大局", 0, "服务全省大局"},
	{"全局", 0, "统筹发展全局"}, {"社会", 0, "建设和谐社会"}, {"运行", 0, "保障经济平稳运行"},
	{"为中心", 0, "坚持以人民为中心"}, {"先行", 0, "争当现代化建设先行"}, {"践行", 0, "做新思想的忠实践行"},
	{"前行", 0, "团结奋斗勇毅前行"}, {"同行", 0, "与时代同行"},
};
const zb_keyword_table zb_kw_task_end = {
	"task-end", "how a task heading ends, though it ends like a department (建设和谐社会 is a chapter)",
	task_end_rows, N(task_end_rows), word_cls, 1};

static const char *const page_cls[ZB_PAGE_NCLS] = {"open", "close"};

static const zb_keyword page_marker_rows[] = {
	{"（下转", ZB_PAGE_OPEN, "（下转5版）"}, {"（上接", ZB_PAGE_OPEN, "（上接4版）"},
	{"(下转", ZB_PAGE_OPEN, "(下转5版)"}, {"(上接", ZB_PAGE_OPEN, "(上接4版)"},
	{"版）", ZB_PAGE_CLOSE, "（下转5版）"}, {"版)", ZB_PAGE_CLOSE, "(下转5版)"},
};
const zb_keyword_table zb_kw_page_marker = {
	"page-marker", "page markers of newspaper layout, dropped wherever they stand in a line",
	page_marker_rows, N(page_marker_rows), page_cls, ZB_PAGE_NCLS};

static const zb_keyword list_joiner_rows[] = {
	{"、", 0, "732.8万、198.4万人"}, {"和", 0, "2015和2016年"}, {"及", 0, "3及5个"},
	{"与", 0, "10与12项"}, {"或", 0, "2或3次"},
};
const zb_keyword_table zb_kw_list_joiner = {
	"list-joiner", "words between the numbers of a list: the unit written once after the last is theirs",
	list_joiner_rows, N(list_joiner_rows), word_cls, 1};

static const zb_keyword claim_joiner_rows[] = {
	{"和", 0, "分居全省第一和第二"}, {"、", 0, "分获第2名、第5名"}, {"及", 0, "分列全省第一及第三"},
};
const zb_keyword_table zb_kw_claim_joiner = {
	"claim-joiner", "words between two claims of a list: the second takes the first one's scope",
	claim_joiner_rows, N(claim_joiner_rows), word_cls, 1};

const zb_keyword_table *const zb_structure_tables[] = {
	&zb_kw_department_end, &zb_kw_task_verb, &zb_kw_task_end, &zb_kw_page_marker, &zb_kw_list_joiner,
	&zb_kw_claim_joiner, &zb_kw_range_mark,
};
const size_t zb_nstructure_tables = N(zb_structure_tables);
