"""Words of names as data tables (GUIDE §3): a name is "the metric, as a minimal noun
phrase", and these tables hold the words that decide which parts of the text around a
figure belong to that phrase.

Read by ``names``, ``phrases``, ``lists``, ``owners`` and ``fields``; like ``lexicon``,
nothing here is compiled or interpreted.
"""

from __future__ import annotations


# Verbs that say what a tally or an amount counts, kept in front of the noun: 新建社区居委会,
# 取缔占道摊点, 累计签约农房. Framing verbs (设置, 组织, 加快, 推进) are not listed and drop.
METRIC_VERBS = (
    "新建|新增|净增|新开工|新修|改扩建|改造|引进|吸引|招引|启动|开工建设|开工|竣工|建成"
    "|取缔|清除|拆除|拆迁|征迁|签约|敷设|铺设|维修|发放|通报|查处|受理|办理|化解|培训"
    "|安置(?!房)|救助|慰问|走访|扶持|毕业|申报|运作"
)

# Nouns that name a property of a metric, not a metric: 总量, 进度, 增速. Alone they take
# the metric they describe as owner (总量全市第一 after GDP增长9.4% → GDP总量).
ATTRIBUTES = "总量|总数|总长|进度|增速|增幅|降幅|涨幅|速度|规模|占比|比重"
# Amounts that name no metric of their own: 完成投资33.9亿元 after 重点工业项目28个 is the
# investment in those projects (an owner is read from the clause or sentence before).
OWNED_AMOUNTS = "投资|产值"
# Words after a sentence's topic: 老城区改造成效明显, 重点项目建设进展顺利.
TOPIC_VERBS = "取得|成效|进展|全面|顺利|初具|扎实|稳步|不断|加快|持续"
# Subjects that are the people doing the work, no topic a figure could belong to: 全区上下扎实工作
COLLECTIVE_SUBJECTS = "上下|我们|干部群众|广大干部群众|全体干部|各级各部门"
# Words for a rate of change: X涨幅2%左右 is a change of X, not a level named 涨幅.
RATE_WORDS = "涨幅|增速|增幅"

# Verbs that follow a counted noun and say which of them are counted: 14个地块挂牌上市
# → 挂牌上市地块; 600名失地农民办理了养老保险 → 办理养老保险的失地农民.
FOLLOWING_VERBS = (
    "挂牌|上市|达到|列入|纳入|享受|办理|申报|获得|获评|通过|落户|入驻|开工|竣工|投产"
    "|建成|签约|完成|参加|参与|评为|被评为|命名为|认定为|入选|落地|投运|开诊运营|高效运行|受益"
    "|完工|通车|划转|帮扶|加快建设|开工建设"
)
# Verbs whose object is itself the counted thing: 12个社居委被评为文明社区 → 文明社区.
RATING_VERBS = "被评为|评为|命名为|认定为"

# Verbs of area work: an area figure after them is that work's 面积 (拆迁70万平方米 →
# 拆迁面积). 违法建设 is a noun (illegal structures), not the verb 建设.
AREA_VERBS = "拆迁|竣工|拆除|(?<!违法)建设|签约|征迁|开工|征收|改造"

# Work nouns closing the noun after a tally: 4个现代牧场建设任务 → 建设现代牧场, 9所标准化学校
# 创建 → 创建标准化学校 (the work, then what it works on). 改造 names a kind of work on the
# thing counted and stays after it (1000户城中村改造).
WORK_NOUNS = "建设|创建"

# Nouns after a figure that make it a task to reach, not a result: 180万平米房屋征迁任务.
TASK_NOUNS = "任务|目标"

# Head nouns of metrics, shared by the items of a list that name only their first word:
# 一产、二产、三产增加值 → 一产增加值, 二产增加值, 三产增加值; 城镇、农村居民人均可支配收入.
METRIC_HEADS = (
    "增加值", "产业增加值", "产业产值", "投资", "零售额", "收入", "可支配收入", "人均可支配收入", "居民人均可支配收入",
    "余额", "吞吐量", "排放量", "产量", "产值", "总额", "人次", "花费", "面积", "浓度", "支出",
    "播种面积", "种植面积",  # 粮食、油料播种面积 → 粮食播种面积, not 粮食面积
    "总量", "规模", "贷款", "存款", "营业收入", "利润", "税收", "出口额", "进口额", "消费",
    "覆盖率", "参保率", "增速", "人数", "数量", "常住居民人均可支配收入", "居民收入",
)

# Amounts of a size class written after a tally, before what it counts: 3个亿元以上项目,
# 5家千万元以上企业 (the class belongs to the counted noun's name).
SIZE_CLASS_UNITS = "[十百千]?亿元|[十百千]?万元|万亿元|万吨|万平方米|万亩"

# Measures of a crop or a herd a clause may state without their subject, which they take from
# the measure before: 粮食播种面积81.46万亩,产量36.17万吨 → 粮食产量 (longest first).
HEADLESS_MEASURES = ("播种面积", "种植面积", "总产量", "产量", "单产", "面积", "存栏", "出栏", "产值")

# Words that make an item of a 、 list before one figure a clause of its own, not one of the
# nouns the figure counts: 深化改革、推动开放、引进项目56个 (with the change verbs).
LIST_ITEM_CLAUSE_WORDS = "是|为|有|达|完成|实现|坚持|加强|推进|推动|加快|深化|持续|全面|保持|带动|召开|激励|贯彻|落实"

# Nouns a list of metrics is summed up with before what it states of each: 工业增加值、固定资产
# 投资3个主要指标增速… (each item takes the attribute, 增速; the count restates the list).
LIST_SUMMARY_NOUNS = "(?:主要)?(?:经济)?指标"

# A cumulative total after a new count names the running total: 案例新增9个、累计达到79个 →
# 案例累计数.
CUMULATIVE_WORD = "累计"
CUMULATIVE_NAME = "累计数"

# Abbreviated lists: 城乡居民人均可支配收入分别增长8.7%和8.6% names two figures.
LIST_ABBREVIATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("城乡低保", ("城市低保", "农村低保")),  # the schemes' own names: 城市居民最低生活保障
    ("城乡", ("城镇", "农村")),
    ("一二三产", ("一产", "二产", "三产")),
    ("一、二、三产", ("一产", "二产", "三产")),
    ("存贷款", ("存款", "贷款")),
    ("进出口", ("进口", "出口")),
    ("中小学", ("小学", "中学")),
)

# Verbs that name the amount they take: 投入民生资金6.8亿元 is the 民生资金投入, 生产氢燃料汽车
# 760辆 the 氢燃料汽车产量 (verb, the noun the name ends with, the unit kind it applies to:
# 生产总值 is a noun, not 生产 with an object).
VERB_NOUNS: tuple[tuple[str, str, str], ...] = (
    ("投入", "投入", "currency"),
    ("生产", "产量", "count"),
)

# Verbs framing a tally that an amount's owner leaves out: 实施重点项目40个,完成投资18亿元
# → 重点项目投资.
FRAMING_VERBS = "实施|推进|运作|续建|谋划|守住|守牢"

# A tally of beneficiaries: 为3729户低收入农牧户发放冬煤补贴 counts 获发冬煤补贴的低收入农牧户
# (GUIDE §3). The verb after the counted noun, and the word the name uses for receiving.
BENEFIT_VERBS: tuple[tuple[str, str], ...] = (
    ("发放", "获发"),
    ("提供", "获"),
    ("解决了", "解决"),
    ("解决", "解决"),
)
