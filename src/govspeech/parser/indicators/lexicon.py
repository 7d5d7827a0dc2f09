"""Vocabulary of indicators (GUIDE §3) as data tables.

Every concern is one table of ``NamedTuple`` rows holding a ``name``, a regex
**string** and metadata. ``match`` and ``fields`` compile the tables once, at import,
into named-group alternations; nothing here is compiled or interpreted.

Units are split in two: a *magnitude* written between the number and the unit
(``万``, ``亿``: ``244.4亿元`` is 244.4 of ``亿元``) and a *base unit* (``元``). The
unit as written is magnitude + base unit; the scaled value multiplies by the magnitude.
"""

from __future__ import annotations

from typing import NamedTuple

from govspeech.parser._types import Bound, Direction, Status


class Magnitude(NamedTuple):
    """A multiplier written before a unit: ``万`` in ``1.5万人``."""

    name: str
    pattern: str
    multiplier: float


class Unit(NamedTuple):
    """A base unit; ``count`` units are measure words (``个``, ``家``), used for tallies."""

    name: str
    pattern: str
    kind: str  # currency, area, length, mass, energy, volume, concentration, count, share, ratio


class ChangeVerb(NamedTuple):
    """A verb that states a change: ``增长`` 9.4%.

    ``points_only`` verbs (``高于``, ``欠``) state a change only before ``个百分点``:
    ``占比超过10%`` is a level, ``高于省市0.4个百分点`` a change.
    """

    name: str
    pattern: str
    direction: Direction | None
    points_only: bool = False


class Cue(NamedTuple):
    """A word that sets a field: a comparison kind, a status or a period."""

    name: str
    pattern: str
    value: str  # the field value; empty means the text as matched


class StatusCue(NamedTuple):
    """A word that sets an indicator's status, over a sentence or a clause."""

    name: str
    pattern: str
    status: Status
    scope: str  # sentence, clause, or mask (words read as no cue)


class BoundWords(NamedTuple):
    """Words that bound a figure: before it (``不低于``) or after it (``以上``)."""

    name: Bound  # around, at_least, at_most
    before: str
    after: str


class Exclusion(NamedTuple):
    """Text around a number that makes it not an indicator (GUIDE §3)."""

    name: str
    pattern: str


# Longest first: 万亿 before 万, so the alternation takes the whole magnitude.
MAGNITUDES: tuple[Magnitude, ...] = (
    Magnitude("trillion", "万亿", 1e12),
    Magnitude("hundred_billion", "千亿", 1e11),
    Magnitude("ten_billion", "百亿", 1e10),
    Magnitude("hundred_million", "亿", 1e8),
    Magnitude("ten_million", "千万", 1e7),
    Magnitude("million", "百万", 1e6),
    Magnitude("thousand", "千(?=公顷)", 1e3),  # 播种面积35.2千公顷 (statistical bulletins)
    Magnitude("ten_thousand", "万", 1e4),
)

UNITS: tuple[Unit, ...] = (
    # shares and changes
    Unit("percentage_points", "个百分点|百分点", "share"),
    Unit("percent", "%|‰", "share"),
    Unit("times", "倍", "ratio"),
    # money (元 last: 美元 and 欧元 must win over a bare 元)
    Unit("us_dollar", "美元", "currency"),
    Unit("euro", "欧元", "currency"),
    Unit("hk_dollar", "港元|港币", "currency"),
    Unit("yuan", "元", "currency"),  # 1148亿元人民币: the unit is 亿元
    # concentrations and intensities before their numerators
    Unit("microgram_m3", "微克/立方米|μg/m³|μg/m3|ug/m³|ug/m3", "concentration"),
    Unit("milligram_m3", "毫克/立方米", "concentration"),
    # areas and lengths (平方公里 before 公里, 平方米 before 米)
    Unit("square_km", "平方公里|平方千米", "area"),
    Unit("square_metre", "平方米|平米", "area"),
    Unit("hectare", "公顷", "area"),
    Unit("mu_times", "亩次", "area"),  # 农机作业服务面积60万亩次
    Unit("mu", "亩", "area"),
    Unit("km", "公里|千米", "length"),
    Unit("cubic_metre", "立方米|方(?=[,;。、)]|$|以上|左右)", "volume"),
    Unit("metre", "米(?![饭粮])", "length"),
    # mass and energy
    Unit("tonne_coal", "吨标准煤|吨标煤", "energy"),
    Unit("tonne", "吨", "mass"),
    Unit("kilogram", "千克|公斤", "mass"),
    Unit("jin", "斤", "mass"),  # 600亿斤 of grain
    Unit("kwh", "千瓦时|度(?=电|[,;。、)]|$)", "energy"),
    Unit("kw", "千瓦|兆瓦", "energy"),
    # a voltage before a facility is its class: 500千伏变电站 (not a figure, no unit)
    Unit("kv", "千伏(?=[,;:。、)]|$|以上|以下|左右|及以上)", "energy"),
    Unit("teu", "标箱", "count"),
    # people and households (人次 before 人; 人民/人大 are not a unit)
    Unit("person_times", "人次", "count"),
    Unit("person", "人(?![民大才员])", "count"),
    Unit("household", "户(?!口)", "count"),
    Unit("persons_named", "名", "count"),
    Unit("persons_polite", "位", "count"),
    # measure words for tallies
    Unit("batch", "批次|批", "count"),
    Unit("category", "大类|类", "count"),
    Unit("item", "项", "count"),
    Unit("piece", "个(?![人体别月季工小])", "count"),  # 3个月 is a duration
    Unit("firm", "家(?![庭长乡])", "count"),
    Unit("building", "座|栋|幢", "count"),
    Unit("line", "条", "count"),
    Unit("institution", "所(?![以有谓属在得])", "count"),
    Unit("vehicle", "辆", "count"),
    Unit("machine", "台(?![阶])", "count"),
    Unit("set", "套", "count"),
    Unit("sheet", "张", "count"),
    Unit("times_count", "次(?!全会|会议|党代会|人代会|代表大会)", "count"),  # 十二次党代会: a congress's ordinal
    Unit("case", "起(?![来步])|宗|件", "count"),
    Unit("place", "处(?![理置])", "count"),
    Unit("event", "场(?![所景地馆])", "count"),
    Unit("plot", "块(?![钱])", "count"),
    Unit("bed", "床(?!位)", "count"),
    Unit("animal", "头|只", "count"),
    Unit("age", "岁(?!以[下上])", "count"),
    Unit("law", "部(?![门分署委位长队])", "count"),
    Unit("team", "支(?![持出付撑援柱部])", "count"),
    Unit("teu_full", "标准箱", "count"),
    Unit("poultry", "羽", "count"),  # 家禽出栏120.5万羽 (statistical bulletins)
    Unit("tree", "株|棵", "count"),
    Unit("room", "间", "count"),
)

# Verbs that state a change of their object by an amount: 降低企业税负5700多亿元 (the rows of
# CHANGE_VERBS by name), and the words that may open such a clause.
OBJECT_CHANGE_VERBS = ("grow", "fall")
OBJECT_CHANGE_LEADS = "全年|今年|再|进一步|继续|累计|共"

# Changes: verbs that carry a direction (GUIDE §3, ``同比增长9.4%``).
CHANGE_VERBS: tuple[ChangeVerb, ...] = (
    ChangeVerb("grow", "增长|增加|增收|增支|增产|提高|提升|上升|上涨|扩大|攀升|回升|拉动|递增", "up"),
    ChangeVerb("above", "高于|快于|超出|超过|超", "up", points_only=True),
    ChangeVerb("fall", "负增长|下降|减少|降低|减轻|减产|回落|缩小|下滑|减收|减支|缩减|压减|下跌|递减", "down"),
    ChangeVerb("below", "低于|慢于|欠|落后", "down", points_only=True),
    ChangeVerb("higher", "高出|高", "up", points_only=True),  # 增速比全省高1.2个百分点
    ChangeVerb("lower", "低", "down", points_only=True),
    # a rate's pace: 增速比一季度加快1.2个百分点, 增幅放缓0.5个百分点, 降幅收窄3个百分点
    ChangeVerb("faster", "加快", "up", points_only=True),
    ChangeVerb("slower", "放缓|收窄", "down", points_only=True),
    ChangeVerb("grow_short", "(?<![新净])增", "up"),  # 新增 opens a level: 新增14.8万人
    ChangeVerb("fall_short", "(?<![新])降|(?<![新])减", "down"),
)

# Words that join the items of a list: 6%、5.2%和5%; 城镇和农村.
LIST_JOINS = "和|、|与|及"

# Sentences that break the sentence before down (GUIDE §3, period): 其中,工业增加值增长…
# covers the period of the total it breaks down.
BREAKDOWN_OPENERS = ("其中", "分产业看", "分行业看", "分区域看", "分地区看", "从结构看")

# How a figure was computed, written as a clause of its own between a level and its change:
# 地区生产总值1234亿元,按可比价格计算,增长6.5%.
METHOD_NOTES = "按(?:可比价格?|可比口径|不变价格?|现价|现行价格?)计算|扣除价格因素|剔除价格因素"

# Comparison kinds written before the change verb; the kind is the text as written.
CHANGE_KINDS: tuple[Cue, ...] = (
    Cue("year_on_year", "同 ?比", "同比"),  # 同 比增长: a page's spacing
    Cue("month_on_month", "环比", "环比"),
    Cue("annual_average", "年均|年平均|平均每年", "年均"),
    Cue("vs_last_year", "(?:比|较)(?:上年|去年|上一年)(?:同期|末|底)?", ""),
    Cue("like_for_like", "同口径", "同口径"),
    Cue("vs_period", "(?:比|较)(?:上半年|一季度|上季度|上月|年初)", ""),
    Cue("vs_year", "(?:比|较)(?:(?:19|20)\\d\\d年|“[一二三四五六七八九十]{1,3}五”末)(?:同期)?", ""),
    # regional and bulletin styles: 与上年同期相比增长6.5%, 同期增长19%, 比增12.5% (比上年增长;
    # 占比, 对比, 相比 are no comparison of their own)
    Cue("compared_with", "(?:与|同|和)(?:上年|去年|上一年)(?:同期)?相比", ""),
    Cue("same_period", "(?<![比较与同和])(?:上年|去年)?同期", ""),
    Cue("vs_before", "(?<![占对相同环无])比", ""),
)

# Statuses (GUIDE §3): 预计 → expected; 预期 (not 预期寿命, a metric), 计划/目标/力争/确保/要…达到 → target.
# A ``sentence`` cue written before the first indicator's name covers the whole sentence
# (``预期目标是:实现地区生产总值213亿元,…;财政收入…``); a ``clause`` cue only the figure of
# its own clause (``新型住宅小区要建设40万平方米``), since ``要`` and ``已`` are everywhere.
# 计划 inside a policy's or a city's name, no plan: 计划生育率, 计划单列市
PLAN_NAMED = "生育|单列"
# a plan or goal reported reached: 规划目标提前实现, 计划全部完成
_REACHED = "(?:已|均|已经)?(?:提前|顺利|全面|全部|超额|圆满|胜利)(?:实现|完成|达成)"
STATUS_CUES: tuple[StatusCue, ...] = (
    StatusCue("expected", "预计|有望|估计|预料", "expected", "sentence"),
    # a goal the work followed is no cue (a mask sets nothing; its words are read as no
    # other cue): 紧紧围绕富民强镇奋斗目标,全镇实现…; 力争按照省定目标,… stays a target by 力争
    # 按照计划,全年完成… (the plan followed, as 按照…目标)
    StatusCue("framed", "(?:围绕|紧扣|按照|朝着|向着)[^,;:。]{0,24}?目标|以[^,;:。]{0,24}?为目标"
              "|按照?(?:年度|既定|原定)?计划", "actual", "mask"),
    # 目标任务 is the assigned task itself and 占年度计划的105% reports progress; 预期 is the
    # plan's word (预期增长6%左右, 预期性指标), but 超预期, 好于预期, 达到预期 report results; “六六就业
    # 稳岗计划” is a programme's name
    # 目标企业, 目标市场 are nouns (the firms or markets aimed at), and 规划目标提前实现 reports
    # the goal reached: neither sets a target
    # 科技计划项目 is a programme's projects, and 民生实事计划全部完成 reports the plan done;
    # 计划生育, 目标考核, 目标责任制 name policies and reviews, not plans
    StatusCue("plan", f"计划(?!总投资|投资|的|”|项目|{PLAN_NAMED}|{_REACHED})|(?<![稳超于合出到达及])预期(?!寿命)"
              f"|目标(?!任务|的|企业|客户|市场|群体|人群|考核|责任|管理|{_REACHED})"
              "|力争|确保|力求|拟",
              "target", "sentence"),
    # 到2025年, a deadline; not 增加到2020年的45亿元, the year of a reached value
    StatusCue("by_year", "(?<![加长升高降少大])到(?:20\\d\\d|20[xX×]{2}|[xX×]{2})年(?!的)", "target",
              "sentence"),
    # 主要, 重要, 首要, 只要… are not the modal 要; 争取上级资金1.2亿元 obtains funds, a result
    StatusCue("must", "(?<![主重只不首必纲摘紧需])要(?![素点害闻])|必须|争取(?!上级|中央|国家|省级|资金|专项|各类|到位)|努力",
              "target", "clause"),
    StatusCue("will", "将(?=达|实现|完成|突破|超过|新增|建成|新建|开工|引进|培育|打造)", "target", "clause"),
    StatusCue("bound", "不低于|不少于|不超过|不高于|控制在|原则上|任务数?为", "target", "clause"),
    StatusCue("done", "已经|已(?!具备)|完成了|实现了|达到了|累计|超额", "actual", "clause"),
    # the task assigned, stated as a figure: 今年的招商引资目标任务是签约项目2000亿元 (目标任务
    # alone is no plan word: 完成目标任务的93.7% reports progress; 会议的主要任务是,… an agenda,
    # but 主要目标任务是: opens the list of targets)
    StatusCue("task_is", "目标任务数?(?:是|为)|任务数?(?:是|为)(?![,:;])", "target", "sentence"),
)

# Cues written after the figure, in its clause, when none stands before it: 其中37个将列入…,
# 今年安排的133个项目必须…开工; a figure that sizes a task is a target (180万平米房屋征迁任务).
STATUS_AFTER_CUES: tuple[StatusCue, ...] = (
    StatusCue("will_after", "[^\\d,;:。]{0,8}?(?:将|必须|务必)", "target", "clause"),
    StatusCue("task", "[^,;:。]{0,20}?(?:任务|目标)(?=[,;:。]|$)", "target", "clause"),
    # a floor and a stretch for the same figure: 增长8%,力争达到10% (both are targets)
    StatusCue("stretch", "(?:以上|左右)?[,;、]?(?:力争|力求|争取)(?=(?:达到|实现|突破|增长)?\\d)", "target", "clause"),
)
# Verbs before such a figure that report the task done: 2016年完成270万吨粗钢去产能任务 is a
# result (the section decides, as for a figure with no cue: a plan still makes it a target).
TASK_DONE_BEFORE = "完成"

# A period cue right after these words is a comparison base, not the figure's period:
# 是“九五”末的2.8倍, 比去年增长, 由2015年的78微克/立方米.
PERIOD_COMPARED = "比|较|相当于|由|从|同|与|面向"  # 与去年持平
PERIOD_RATIO_BEFORE = "是|为"  # only with 的 after the period: 是“九五”末的

# Periods (GUIDE §3); the period is the text as written.
PERIOD_CUES: tuple[Cue, ...] = (
    Cue("just_past", "刚刚过去的一年|过去(?:的)?[一二三四五两]年|这[一二三四五两]年|今明两年", ""),
    Cue("month_end_before", "(?:1[0-2]|[1-9])月底前", ""),
    Cue("plan_period", "“[一二三四五六七八九十]{1,3}五”(?:时期|期间|末|以来)", ""),
    Cue("years_since", "[一二三四五六七八九十两\\d]{1,3}年(?:来|以来|内|间)", ""),
    Cue("future_years", "未来[一二三四五六七八九十两\\d]{1,3}年", ""),
    Cue("since", "(?:今年|上半年|去年|一季度|年初|建区|建市|建县)以来", ""),
    Cue("before_year", "(?:19|20)\\d\\d年以[前后]", ""),
    Cue("half_year", "上半年|下半年", ""),
    Cue("quarter", "前三季度|[一二三四]季度", ""),
    Cue("months", "(?:1[0-2]|[1-9])[-—–~～至到](?:1[0-2]|[1-9])月(?:份)?", ""),  # 1-5月: the months to May
    # 前5个月, 前两个月: the months to May, to February (提前两个月 is a lead in time)
    Cue("first_months", "(?<![提超])前(?:1[01]|[1-9]|十[一二]?|[一二两三四五六七八九])个月", ""),
    Cue("month", "(?:1[0-2]|[1-9])月(?:份|底)?(?!\\d{1,2}日)", ""),
    Cue("year", "(?:19|20)\\d\\d年|20[xX×*]{2}年|[xX×]{2}年", ""),  # 20**年: a year made anonymous
    # 全年任务, 全年目标: the year's task named as a noun, not the figure's period
    Cue("relative_year", "全年(?!的?(?:任务|目标))|今年|明年|去年(?!同期)|年底|年末|当年|年内|(?<!平均)每年", ""),
)

# First characters of every period cue, for a cheap scan.
PERIOD_FIRST = "“0-9一二三四五六七八九十两未今上下去年建前全明当xX×刚过这每"

# Not indicators (GUIDE §3): words right after a figure that make it a count of headings or
# rules, or a team format (6个方面工作, 28条规定, 3人制篮球场); words right before that make it
# an altitude or a priority (海拔1500米, 放在第一位).
NOT_AFTER = ("方面|规定|制(?:篮球|足球|排球)|[\\d一二三四五六七八九十]{1,3}大(?![于约概])"  # 5个10大项目: a formula
             # a meeting's own attendance (约110人参加会议; see NOT_BEFORE)
             "|(?:代表|委员)?(?:出席|参加|列席)了?(?:本次|这次|今天的)?(?:大会|会议|开幕式)")

# People after a bare 万/亿: 惠及近10万儿童, 近一亿农村贫困人口 count people with no measure word.
PEOPLE_AFTER = (
    "(?:贫困|农村|城镇|困难|低收入|适龄)?"
    "(?:人口|居民|市民|群众|儿童|婴幼儿|农民工?|职工|学生|老人|残疾人|中国人|贫困人口|困难)"
)
# A meeting's own attendance measures no work (GUIDE §3, like its ordinal): 应到代表286人,
# 出席大会的259名代表 before the figure, 约110人参加会议 after it.
NOT_BEFORE = ("海拔|放在|摆在|置于"
              "|(?:应到|实到|应出席|实出席|实际出席)会?(?:代表|委员)|出席(?:本次|这次)?(?:大会|会议)的")

# Not indicators (GUIDE §3): tested against the text right before / after a number.
EXCLUDE_BEFORE: tuple[Exclusion, ...] = (
    Exclusion("ordinal", "第"),  # 第66届, 第一批 (ranks are matched by RANK_PATTERN)
    Exclusion("congress", "届"),  # 十三届十一次全会
    Exclusion("formula_plus", "[+＋]"),  # “1+3”
    Exclusion("vague", "几"),  # 几十个
    Exclusion("code", "[A-Za-z\\-/]"),  # PM2.5, G20, ICP备…, 0791-…
    Exclusion("plan_name", "“"),  # “十三五”
)
EXCLUDE_AFTER: tuple[Exclusion, ...] = (
    Exclusion("vague", "几"),  # 十几所
    Exclusion("formula_plus", "[+＋]"),  # 1+3
    Exclusion("page", "页"),
    Exclusion("quote_close", "[”’]"),  # “三个加快”
)

# A count that opens its clause as the subject of another figure scopes that figure, it is
# none itself (GUIDE §3): 31个大城市城镇调查失业率保持在5%以下, 12个乡镇纪委处置线索96件; so
# does one in 在…中 or before a rank: 在全省21个地级以上市中居第7位, 27个行业大类中18个….
# Words that may stand before such a count in its clause, and the words before the figure
# that make the count a result after all (10个村集体收入超50万元 counts the villages).
# Only a count of places or bodies scopes: 16个重点项目完成投资28.5亿元 counts the projects.
SCOPE_COUNT_BODIES = (
    "县|乡|镇|街道|城市|地级|省份|省区|行业|大类|门类|部门|单位|纪委|机关|园区|开发区|国家|经济体"
)
SCOPE_COUNT_LEADS = "其中|特别是|尤其是|同时|此外|另外|目前|在|共有"
SCOPE_COUNT_KEPT = "超过|超|突破|过|达到|达|逾|不低于|不少于"

# Chinese-numeral tallies below this value are formulas, not figures: 三个加快, 五大理念,
# 两个月, 四个强起来 (GUIDE §3). Multi-digit tallies (二十三个) are figures.
MIN_CHINESE_TALLY = 10

# Heads after a money or area amount that make it a size class: 千万元以上项目; after any
# amount with 以上/以下, also 出栏50头以上养殖大户, 100亩以上的种植大户.
THRESHOLD_HEADS = "(?:大|重大|重点|工业)?(?:项目|企业|工程)"
CLASS_HEADS = "(?:养殖|种植|规模)?(?:大户|合作社|家庭农场|专业户)"
# Measure words of those heads themselves: 5家以上企业入驻 counts firms, it is no class.
HEAD_MEASURES = frozenset({"家", "个", "项", "户", "座", "处", "所"})
# A doubling counted by a numeral is a slogan's name: “四个翻番” (GUIDE §3, formulas).
FORMULA_BEFORE = "[一二三四五六七八九十两]个“?$"

# Approximators around the number (GUIDE §3: 多, 近, 约, 左右, 以上).
APPROX_BEFORE = "(?:近|约|大约|将近|接近|超过了?|超|逾|不到|不足|不低于|不少于|不超过|至少|最少|高达)$"
APPROX_INSIDE = "多|余"
APPROX_AFTER = "^(?:以上|左右|以内|以下|上下|之多|有余)"

# Bounds of a figure (a target's 左右, 以上, 以内): the words after a figure decide first
# (控制在3%左右 is around), then the words before it.
BOUNDS: tuple[BoundWords, ...] = (
    BoundWords("at_least", "超过了?|超|逾|不低于|不少于|至少|最少|高于|突破", "以上|之多|有余"),
    BoundWords("at_most", "不超过|不高于|不到|不足|低于|少于|控制在", "以内|以下"),
    BoundWords("around", "近|约|大约|将近|接近", "左右|上下"),
)
# Marks joining the two ends of a range written unit to unit: 6%—6.5%, 6%~7%, 6%至7%.
RANGE_JOINS = "[-—–~～]{1,2}|至|到"

# Ranks: 排第N位, 全市第一, 居首位 (GUIDE §3).
RANK_SCOPES = "全国|全省|全市|全区|全县|全州|全盟|省内|市内|同类|各县区|县区|世界|全球|西部|东部|中部|发展中国家"
RANK_VERBS = "排名|排|居|位居|位列|列|名列|进入|退出"
# Nouns after 第N that make it an ordinal, not a rank, even after a scope: 全国第四季度增速.
# 全市第一方阵, 第一书记, 发展第一要务: a tier, a post or a priority, no rank.
ORDINAL_NOUNS = "季度|阶段|轮|期|届|方阵|梯队|方队|书记|责任人|要务|动力|资源|生产力"


# Growth verbs after which a bare number is a percent whose ``%`` the page lost, once a
# comparison stands before them: 比上年增长12.5 (signs.py).
STRIPPED_PERCENT_VERBS = "增长|下降"

# A ratio to another amount, opening its clause after a level: …亿元,为预算的98.1%; 占全市的12%
# (completion.py). A plan or budget as the denominator makes it a completion rate.
RATIO_LEADS = "为|占|完成了?|达到?|相当于"
PLAN_DENOMINATORS = "预算|计划|目标|任务"

# Policy slogans built on 增长: 稳增长二十二条措施, 促消费增长3项 count measures, they state no
# change (matched up to the verb before a count; 低保对象减少1.2万人 is a change).
POLICY_GROWTH = "(?:稳|保|促[^,;:。、\\d]{0,3})增长$"

# Blanks of a template in a draft: 同比增长X.X%, 完成XX亿元, 居第X位. They are no figures; a
# change compared with one (比上半年提高0.3个百分点) names the metric of the blank's clause.
PLACEHOLDER_NUMBER = "(?<![A-Za-z])[Xx×]{1,4}(?:\\.[Xx×]{1,3})?"
# the name of a rate of change, for points compared with one: GDP增速
GROWTH_RATE_NAME = "增速"
