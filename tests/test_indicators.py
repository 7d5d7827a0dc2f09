"""Table-driven tests of the indicator stage (GUIDE §3)."""

from __future__ import annotations

import pytest

import govspeech
from govspeech.parser.indicators import extract_indicators
from govspeech.parser.indicators._regex import Tail, first_chars, last_chars
from govspeech.parser.indicators.match import find_quantities, may_hold_quantity

# (sentence, quantity text, value, unit, scaled value, base unit)
QUANTITY_CASES = [
    ("地区生产总值完成244.4亿元", "244.4亿元", 244.4, "亿元", 2.444e10, "元"),
    ("新增签约项目二十三个", "二十三个", 23, "个", 23, "个"),
    ("财政收入三千零五十亿元", "三千零五十亿元", 3050, "亿元", 3.05e11, "元"),
    ("全区计划新增就业人员1.5万人", "1.5万人", 1.5, "万人", 15000, "人"),
    ("实际利用外资9148万美元", "9148万美元", 9148, "万美元", 9.148e7, "美元"),
    ("新增绿化面积38万平方米", "38万平方米", 38, "万平方米", 3.8e5, "平方米"),
    ("PM2.5年均浓度为78微克/立方米", "78微克/立方米", 78, "微克/立方米", 78, "微克/立方米"),
    ("投资强度不低于200万元/亩", "200万元/亩", 200, "万元/亩", 2e6, "元/亩"),
    ("开工率61.4%", "61.4%", 61.4, "%", 61.4, "%"),
    ("同比上升3.25个百分点", "3.25个百分点", 3.25, "个百分点", 3.25, "个百分点"),
    ("是“九五”末的2.8倍", "2.8倍", 2.8, "倍", 2.8, "倍"),
    ("敷设供热管网32.5公里", "32.5公里", 32.5, "公里", 32.5, "公里"),
    ("签约总户数1006户", "1006户", 1006, "户", 1006, "户"),
    ("公共服务需求四十万人", "四十万人", 40, "万人", 4e5, "人"),
    ("覆盖率达到百分之九十", "百分之九十", 90, "%", 90, "%"),
    ("固定资产投资总量居全市首位", "首位", 1, "位", 1, "位"),
    ("在全省排第二位", "第二位", 2, "位", 2, "位"),
    ("粮食产量稳定在600亿斤以上", "600亿斤", 600, "亿斤", 6e10, "斤"),
    ("PM2.5年均浓度下降至35微克/立方米", "35微克/立方米", 35, "微克/立方米", 35, "微克/立方米"),
    ("新增城镇就业1.2万人", "1.2万人", 1.2, "万人", 12000, "人"),
    ("全市实现地区生产总值3.76万亿元", "3.76万亿元", 3.76, "万亿元", 3.76e12, "元"),
]

# (sentence, quantity text, approximate)
APPROX_CASES = [
    ("全年共运作项目180余个", "180余个", True),
    ("计划总投资500多亿元", "500多亿元", True),
    ("投资总额近130亿元", "130亿元", True),
    ("财政收入达到65亿元以上", "65亿元", True),
    ("产值约20亿元", "20亿元", True),
    ("赴京非访人数控制在10人次以内", "10人次", True),
    ("新增社保扩面2万多人", "2万多人", True),
    ("扶持3—5家龙头企业", "3—5家", True),
    ("完成投资23.6亿元", "23.6亿元", False),
]

# Not indicators (GUIDE §3): dates, ordinals, plan names, formulas, vague amounts, codes.
EXCLUDED = [
    "十三届十一次全会",
    "第66届世界大会",
    "编制“十三五”规划",
    "坚持“三个加快”",
    "牢固树立五大理念",
    "推进“1+3”发展模式",
    "实现“四个强起来”",
    "新建十几所学校",
    "建成几十个站点",
    "2024年3月26日",
    "鄂ICP备2022015515号-1",
    "联系电话0791-88888888",
    "第1页 / 共7页",
    "发展是第一要务",
    "提前两个月完成任务",
    "唯一一家国家级园区",
    "千头万绪",
    "全省第一家万达广场",
    "把思想建设放在首位",
    "引进超千万元项目",
    "编制“十四五”规划",
    "联系电话:0791-88888888",
    "邮编:330000",
    "自2024年10月1日起施行",
    "提前3个月完成任务",
    "加快建设五大中心",
]


@pytest.mark.parametrize(("sentence", "text", "value", "unit", "scaled", "base"), QUANTITY_CASES)
def test_match_value_and_unit(
    sentence: str, text: str, value: float, unit: str, scaled: float, base: str
) -> None:
    found = find_quantities(sentence)
    assert [f.text for f in found] == [text]
    assert found[0].value == pytest.approx(value)
    assert found[0].unit == unit
    assert found[0].scaled_value == pytest.approx(scaled)
    assert found[0].base_unit == base
    assert sentence[found[0].start : found[0].end] == text


@pytest.mark.parametrize(("sentence", "text", "approximate"), APPROX_CASES)
def test_match_approximators(sentence: str, text: str, approximate: bool) -> None:
    found = find_quantities(sentence)
    assert [f.text for f in found] == [text]
    assert found[0].approximate is approximate


@pytest.mark.parametrize("sentence", EXCLUDED)
def test_match_exclusions(sentence: str) -> None:
    assert extract_indicators(sentence) == []


# (sentence, change value, kind, direction)
CHANGE_CASES = [
    ("同比增长9.4%", 9.4, "同比", "up"),
    ("刑事案件发案率下降了21.8%", 21.8, None, "down"),
    ("服务业比重提高2个百分点", 2, None, "up"),
    ("财政收入比上年增长15%", 15, "比上年", "up"),
    ("农民人均纯收入年均增长9.0%", 9.0, "年均", "up"),
    ("社会消费品零售总额环比回落3.1%", 3.1, "环比", "down"),
    ("出口总额减少12%", 12, None, "down"),
    ("GDP增长9.4%,高于省市0.4个百分点", 9.4, None, "up"),
    ("规上工业增加值欠进度8.2个百分点", 8.2, None, "down"),
    ("地区生产总值是“九五”末的2.8倍", 2.8, None, None),
    ("地区生产总值比2020年增长25%", 25, "比2020年", "up"),
    ("城镇化率比上年提高1.2个百分点", 1.2, "比上年", "up"),
    ("单位GDP能耗下降3.5%", 3.5, None, "down"),
    ("增速比全省高1.2个百分点", 1.2, None, "up"),
    # statistical bulletins: 增产/减产 are the changes of an output
    ("粮食总产量比上年增产1.3%", 1.3, "比上年", "up"),
    ("棉花产量减产0.8%", 0.8, None, "down"),
    # an adverb between the kind and its verb
    ("财政收入较2015年分别增长12%", 12, "较2015年", "up"),
    ("城乡居民收入平均每年实际增长8.6%", 8.6, "年均", "up"),
    ("一般公共预算收入同口径增长7.2%", 7.2, "同口径", "up"),
    ("城镇化率比上年末提高1.1个百分点", 1.1, "比上年末", "up"),
    ("社会消费品零售总额负增长1.21%", 1.21, None, "down"),
]


@pytest.mark.parametrize(("sentence", "value", "kind", "direction"), CHANGE_CASES)
def test_indicators_change_kind_and_direction(
    sentence: str, value: float, kind: str | None, direction: str | None
) -> None:
    first = extract_indicators(sentence)[0]
    assert first.value is None and first.start is None  # a change with no level
    assert first.change is not None
    assert first.change.value == pytest.approx(value)
    assert first.change.kind == kind
    assert first.change.direction == direction


# (sentence, status of every indicator)
STATUS_CASES = [
    ("全年地区生产总值完成188亿元,增长30%", "actual"),
    ("预计全区地区生产总值达到130856万元", "expected"),
    ("全年预计完成地区生产总值90.1亿元,增长12.8%", "expected"),
    ("全区计划新增就业人员2.3万人", "target"),
    ("预期目标是:实现地区生产总值213亿元,增长14%", "target"),
    ("力争今年引进项目30个以上", "target"),
    ("确保财政收入达到65亿元", "target"),
    ("新型住宅小区要建设40万平方米以上", "target"),
    ("到2015年,总人口达到60万,城区面积达到100平方公里", "target"),
    ("全区主要经济指标新开工项目54个", "actual"),
    ("计划总投资500多亿元", "actual"),
    ("今年的目标是:地区生产总值增长6%左右,城镇新增就业1.1万人", "target"),
    ("确保粮食产量稳定在50万吨以上", "target"),
    ("城镇登记失业率控制在4%以内", "target"),
    ("预计全年财政收入达到30亿元", "expected"),
    # a cue after the figure, in its clause
    ("其中37个将列入区重大项目管理", "target"),
    ("今年安排的133个项目必须想方设法及时开工", "target"),
    ("对照今年180万平米房屋征迁任务", "target"),
    # results, though a target word is near
    ("已100%完成签约任务", "actual"),
    ("完成年度目标任务的56%", "actual"),
    ("超额完成省下达的12项任务", "actual"),
    ("财政收入由2015年的20亿元增加到2020年的45亿元", "actual"),
    ("实施重点项目120个,完成投资350亿元,占年度计划的105%", "actual"),
    # 预期 is the plan's word; 预计 estimates
    ("预期全省地区生产总值增长5.5%左右", "target"),
    ("社会融资规模余额预期增长12%左右", "target"),
    ("经济运行好于预期,地区生产总值增长6%", "actual"),
    # a status cue before a year and a colon still opens the sentence
    ("预计2018年:地区生产总值实现118亿元,增长7%", "expected"),
    # a goal the work followed, a programme's name, funds obtained: no targets
    ("紧紧围绕富民强镇奋斗目标,全镇实现生产总值10亿元,增长9%", "actual"),
    ("扎实推进“六六就业稳岗计划”,城镇新增就业60万人", "actual"),
    ("全年争取上级资金1.2亿元", "actual"),
    ("争取实现地区生产总值50亿元", "target"),
    ("今年,我们将新建农村公路120公里", "target"),
    # a framing goal masks its 目标 and leaves an earlier cue in force
    ("力争按照省定目标,新增城镇就业1.2万人", "target"),
    ("主要指标增速超出预期,地区生产总值增长8.2%", "actual"),
    ("全年将改造资金3000万元全部拨付到位", "actual"),  # 将 as 把
    # 人均预期寿命 is a metric: its 预期 is no estimate
    ("人均预期寿命从75.2岁提升至76.8岁", "actual"),
    ("人均预期寿命预期达到79岁", "target"),
]


@pytest.mark.parametrize(("sentence", "status"), STATUS_CASES)
def test_indicators_status_cues(sentence: str, status: str) -> None:
    found = extract_indicators(sentence)
    assert found
    assert {q.status for q in found} == {status}


def test_indicators_status_from_context() -> None:
    found = extract_indicators("实现地区生产总值213亿元", context="20xx年发展的预期目标是:")
    assert found[0].status == "target"


def test_indicators_status_per_clause() -> None:
    found = extract_indicators("今年在建项目总面积达220万平方米,预计竣工80万平方米")
    assert [q.status for q in found] == ["actual", "expected"]


def test_indicators_status_cue_after_a_name_is_its_clause_only() -> None:
    found = extract_indicators(
        "服务业增加值占GDP比重预计达43.95,同比上升3.25个百分点;"
        "服务业一般预算收入占总额的比重达51.2,同比上升3.4个百分点"
    )
    assert [q.status for q in found] == ["expected", "actual"]


# (sentence, period)
PERIOD_CASES = [
    ("上半年,全区地区生产总值完成244.4亿元", "上半年"),
    ("全年共完成地区生产总值188亿元", "全年"),
    ("前三季度实现财政收入27亿元", "前三季度"),
    ("一季度新开工项目12个", "一季度"),
    ("“十五”时期,全市财政收入年均增长15%", "“十五”时期"),
    ("2019年全区粮食产量达到35万吨", "2019年"),
    ("五年来,共引进超千万元项目49个", "五年来"),
    ("今年全区在建项目总面积达220万平方米", "今年"),
    ("五年来,累计完成固定资产投资1200亿元", "五年来"),
    ("特别是6月集中开工的9个项目", "6月"),
    ("一是今年安排的133个项目必须及时开工", "今年"),
    # a period inside a comparison is its base, not the figure's period
    ("XX年,预计全区地区生产总值达到130856万元,是“九五”末的2.8倍", "XX年"),
    ("地区生产总值比去年增长8%", None),
    ("财政收入由2015年的20亿元增加到2020年的45亿元", "2020年"),
    # a run of months is one period, kept as written
    ("1-5月,全县规上工业增加值增长8.2%", "1-5月"),
    ("1至11月完成固定资产投资35亿元", "1至11月"),
    ("20**年全县完成地区生产总值50亿元", "20**年"),
    # 与去年持平 compares: it does not date what follows
    ("粮食产量与去年持平;创岗安置3.5万人", None),
    ("全年计划投资12.7亿元", "全年"),
    ("五年来,地区生产总值平均每年增长8.1%", "五年来"),  # 平均每年 is the kind, not a period
]


@pytest.mark.parametrize(("sentence", "period"), PERIOD_CASES)
def test_indicators_period_cues(sentence: str, period: str | None) -> None:
    assert extract_indicators(sentence)[0].period == period


def test_indicators_year_task_is_no_period() -> None:
    # 全年任务 names the year's task: the figure after it keeps the sentence's year
    found = extract_indicators("预计2018年:固定资产投资完成127亿元,完成全年任务;财政收入2.96亿元")
    assert [(q.value, q.period) for q in found] == [(127, "2018年"), (2.96, "2018年")]


# (sentence, names in order)
NAME_CASES = [
    ("上半年,全区地区生产总值完成244.4亿元,同比增长9.4%", ["地区生产总值"]),
    (
        "固定资产投资202亿元,增长98%;实际利用外资9148万美元,增长32%",
        ["固定资产投资", "实际利用外资"],
    ),
    ("新增项目线索46条,新增签约项目22个,投资总额近130亿元", ["新增项目线索", "新增签约项目", "投资总额"]),
    ("在全区设置了22座高标准环保厕所,1400个垃圾箱", ["高标准环保厕所", "垃圾箱"]),
    ("铺设通讯管线30公里、燃气管道13公里", ["铺设通讯管线", "燃气管道"]),
    ("开工在建项目(包括接转续建)89个", ["开工在建项目"]),
    ("20xx年产值和纳税额分别增长42%和33.5%", ["产值", "纳税额"]),
    ("全区GDP增长9.4%", ["GDP"]),
    ("实现地方财政收入14000万元", ["地方财政收入"]),
    ("第三产业占比首次突破70%", ["第三产业占比"]),
    ("全市实现地区生产总值3.76万亿元,比上年增长6.1%", ["地区生产总值"]),
    ("城镇居民人均可支配收入达到4.2万元,增长5.3%", ["城镇居民人均可支配收入"]),
    ("全市共有各类市场主体35.6万户", ["市场主体"]),
    ("五年来,累计完成固定资产投资1200亿元", ["固定资产投资"]),
    # linking and change verbs before a reached level drop
    ("PM2.5年均浓度下降至35微克/立方米", ["PM2.5年均浓度"]),
    ("粮食产量稳定在600亿斤以上", ["粮食产量"]),
    ("森林覆盖率提高到45.2%", ["森林覆盖率"]),
    # the verb that says what is counted stays
    ("新建了30个社区居委会", ["新建社区居委会"]),
    ("全年新建改造农村公路120公里", ["新建改造农村公路"]),
    ("在全区设置了22座高标准环保厕所", ["高标准环保厕所"]),
    # a verb phrase after the counted noun says which are counted
    ("有14个地块挂牌上市", ["挂牌上市地块"]),
    ("近600名失地农民办理了养老保险", ["办理养老保险的失地农民"]),
    ("共有15个项目被列入省重点项目", ["列入省重点项目的项目"]),
    ("12个社居委被评为文明社区", ["文明社区"]),
    ("全县12个乡镇全部通过省级验收", ["通过省级验收的乡镇"]),
    ("共有8个项目开工建设", ["开工建设项目"]),
    ("全区56个社居委中有43个达到市级硬件标准", ["社居委", "达到市级硬件标准的社居委"]),
    # a modifier before the figure joins the noun after it
    ("特别是6月集中开工的9个项目", ["集中开工项目"]),
    ("对13个未开工的安置房项目", ["未开工安置房项目"]),
    # list items share the verb of the first item, not its kind
    ("清除乱吊乱挂3500处,乱堆乱放4400多处", ["清除乱吊乱挂", "清除乱堆乱放"]),
    ("累计签约城镇房765户、农房8栋", ["累计签约城镇房", "累计签约农房"]),
    ("累计毕业项目21个,在孵项目82个", ["累计毕业项目", "在孵项目"]),
    ("新开工项目32个、竣工项目18个", ["新开工项目", "竣工项目"]),
    ("改造老旧小区86个,惠及居民2.3万户", ["改造老旧小区", "惠及居民"]),
    ("棚改项目签约率达到30%、拆迁率达到20%", ["棚改项目签约率", "棚改项目拆迁率"]),
    # areas of work
    ("全年完成拆迁70多万平方米", ["拆迁面积"]),
    ("新型住宅小区要建设40万平方米以上", ["新型住宅小区建设面积"]),
    ("全年拆除各类违法建设达5.6万平方米", ["拆除违法建设"]),
    ("其中安置房建设60万平方米,预计竣工47万平方米", ["安置房建设面积", "安置房竣工面积"]),
    ("加快30万平方米农民安置房建设", ["农民安置房建设面积"]),
    # shares and completion rates
    ("已100%完成签约任务", ["签约任务完成率"]),
    ("完成年度计划的52.3%", ["年度计划完成率"]),
    ("研发投入占GDP比重达到2.8%", ["研发投入占GDP比重"]),
    ("60岁以上老年人口占20.5%", ["60岁以上老年人口占比"]),
    ("针织服装产业是我区的支柱产业,占全区经济总量的70%以上", ["支柱产业占全区经济总量比重"]),
    # counting words and stray quotation marks are not part of a name
    ("新开工项目个数是去年同期的2.5倍", ["新开工项目"]),
    ("园区”累计建设工业厂房137栋", ["累计建设工业厂房"]),
    # ranks name the ranking, with its scope
    ("地区生产总值排全省第三位", ["地区生产总值全省排名"]),
    ("固定资产投资总量居全市首位", ["固定资产投资总量全市排名"]),
    ("获得全省重点镇综合评价第一名", ["全省重点镇综合评价排名"]),
    # an attribute alone (总量, 进度, 增速, 总长) takes the metric it describes
    (
        "全区GDP增长9.4%,高于省市0.4个百分点,总量全市第一,进度全市第二并超全市6.5个百分点",
        ["GDP", "GDP增速", "GDP总量全市排名", "GDP进度全市排名", "GDP进度"],
    ),
    ("一季度,全市GDP同比增长5.2%,增速居全省第2位", ["GDP", "GDP增速全省排名"]),
    (
        "一般公共预算收入完成52.3亿元,同比增长8.2%,高于全省平均水平1.5个百分点",
        ["一般公共预算收入", "一般公共预算收入增速"],
    ),
    ("外贸出口实现U型反转,增速较一季度提高44.2个百分点", ["外贸出口增速"]),
    ("规上工业增加值欠进度8.2个百分点", ["规上工业增加值进度"]),
    ("新修和改造道路9条,总长25公里", ["新修和改造道路", "道路总长"]),
    (
        "社会消费品零售总额增长8.5%,增速比全省高1.2个百分点",
        ["社会消费品零售总额", "社会消费品零售总额增速"],
    ),
    # the reporting verb goes from inside a name too; modal and adverb tails go
    ("规模企业实现工业总产值28.27亿元", ["规模企业工业总产值"]),
    ("城镇调查失业率平均为5.2%", ["城镇调查失业率"]),
    ("赤字率拟按3%安排", ["赤字率"]),
    ("在册市场主体4811户", ["在册市场主体"]),
    ("今年,我们将新建农村公路120公里", ["新建农村公路"]),
    ("城乡居民收入平均每年实际增长8.6%", ["城乡居民收入"]),
    ("任务完成率达到95%", ["任务完成率"]),
    ("省定目标完成进度达到95%", ["省定目标完成进度"]),
    ("超额完成任务的项目达到12个", ["超额完成任务项目"]),
    ("全县中小学和幼儿园在校学生5.2万人、1.8万人", ["中小学和幼儿园在校学生", "中小学和幼儿园在校学生"]),
    ("①完成公共财政预算收入18.2亿元,②实现工业总产值204亿元", ["公共财政预算收入", "工业总产值"]),
    # spans of years and a verb of rank around a name go
    ("粮食总产量连续五年稳定在100万吨以上", ["粮食总产量"]),
    ("单位地区生产总值能耗五年累计下降16%", ["单位地区生产总值能耗"]),
    ("经济总量跃居全省第三位", ["经济总量全省排名"]),
    # 比重 is no comparison, 人才 keeps its 才, a method note is no name
    ("第三产业比重提高1.2个百分点", ["第三产业比重"]),
    ("服务业增加值占比提高2个百分点", ["服务业增加值占比"]),
    ("引进市级及以上领军人才2人", ["引进市级及以上领军人才"]),
    ("地区生产总值按不变价格计算,同比增长7.6%", ["地区生产总值"]),
    # a list of subjects and as many figures of one kind, with no 分别
    ("城镇和农村常住居民人均可支配收入完成29092元、17191元", ["城镇常住居民人均可支配收入", "农村常住居民人均可支配收入"]),
    ("一产、二产、三产增加值完成10亿元、20亿元和30亿元", ["一产增加值", "二产增加值", "三产增加值"]),
    ("全年接待游客和旅游收入1500万人次、150亿元", ["接待游客和旅游收入", "接待游客和旅游收入"]),
    # a time span is not a name: the figure keeps the metric before it
    ("粮食总产量达到52.3万吨,连续10年稳定在50万吨以上", ["粮食总产量", "粮食总产量"]),
]


@pytest.mark.parametrize(("sentence", "names"), NAME_CASES)
def test_indicators_minimal_names(sentence: str, names: list[str]) -> None:
    assert [q.name for q in extract_indicators(sentence)] == names


def test_indicators_change_joins_level_before_it() -> None:
    first, second = extract_indicators("固定资产投资202亿元,增长98%;实际利用外资9148万美元,增长32%")
    assert (first.value, first.change and first.change.value) == (202, 98)
    assert (second.value, second.change and second.change.value) == (9148, 32)


def test_indicators_respectively_joins_listed_levels() -> None:
    visitors, income = extract_indicators("全年接待游客1500万人次、实现旅游收入150亿元,分别增长20%和25%")
    assert (visitors.name, visitors.change and visitors.change.value) == ("接待游客", 20)
    assert (income.name, income.change and income.change.value) == ("旅游收入", 25)


def test_indicators_care_of_sign_typed_for_percent() -> None:
    (ind,) = govspeech.parse("出口增长15℅。").indicators  # ℅ folds to % in normalisation
    assert ind.change is not None and (ind.change.value, ind.change.unit) == (15, "%")


def test_indicators_range_written_with_a_hyphen() -> None:
    (ind,) = extract_indicators("地区生产总值年均增长4.5%-5%")
    assert ind.change is not None
    assert (ind.change.kind, ind.change.value, ind.change.bound, ind.change.value_high) == ("年均", 4.5, "range", 5)


def test_indicators_change_after_a_method_note_joins_the_level() -> None:
    (gdp,) = extract_indicators("全年实现地区生产总值1234亿元,按可比价格计算,增长6.5%")
    assert (gdp.name, gdp.value, gdp.change and gdp.change.value) == ("地区生产总值", 1234, 6.5)


def test_indicators_second_change_is_its_own_record() -> None:
    level, extra = extract_indicators("预计地区生产总值达到130856万元,是“九五”末的2.8倍,年均增长18.0%")
    assert level.change is not None and level.change.unit == "倍"
    assert extra.value is None and extra.name == "地区生产总值"
    assert extra.change is not None and extra.change.kind == "年均" and extra.change.value == 18.0


def test_indicators_base_from_to() -> None:
    (ind,) = extract_indicators("社区干部由35人充实到170人")
    assert (ind.name, ind.value, ind.unit) == ("社区干部", 170, "人")
    assert ind.base is not None and (ind.base.value, ind.base.unit) == (35, "人")


def test_indicators_base_with_periods() -> None:
    (ind,) = extract_indicators("PM2.5年均浓度由2015年的78微克/立方米降至2020年的42微克/立方米")
    assert (ind.name, ind.value, ind.period) == ("PM2.5年均浓度", 42, "2020年")
    assert ind.base is not None and (ind.base.value, ind.base.period) == (78, "2015年")


def test_indicators_listed_bases_pair_with_listed_levels() -> None:
    # 分别从A、B提高到C、D: A is C's base and B is D's; neither is a figure of its own
    city, rural = extract_indicators(
        "城乡低保平均标准分别从2020年的645元/月、4318元/年提高到2025年的801元/月、7226元/年")
    assert (city.name, city.value, city.unit, city.period) == ("城市低保平均标准", 801, "元/月", "2025年")
    assert city.base is not None and (city.base.value, city.base.unit, city.base.period) == (645, "元/月", "2020年")
    assert (rural.name, rural.value, rural.unit) == ("农村低保平均标准", 7226, "元/年")
    assert rural.base is not None and (rural.base.value, rural.base.unit) == (4318, "元/年")


def test_indicators_listed_bases_take_the_listed_subjects() -> None:
    hq, labs = extract_indicators("认定跨国公司地区总部、外资研发中心分别从771家、481家增加到1076家、636家")
    assert (hq.name, hq.value, hq.base and hq.base.value) == ("认定跨国公司地区总部", 1076, 771)
    assert (labs.name, labs.value, labs.base and labs.base.value) == ("外资研发中心", 636, 481)


def test_indicators_listed_bases_need_as_many_levels() -> None:
    # two figures, then one after the verb: no pairing, the base list is not read as one
    found = extract_indicators("分别从645元、4318元提高到801元")
    assert [q.value for q in found if q.base is not None] == []


def test_indicators_abbreviated_subject_names_each_listed_level() -> None:
    urban, rural = extract_indicators("城乡居民人均可支配收入分别达到3.2万元、1.5万元,分别增长7.2%和8.1%")
    assert (urban.name, urban.value, urban.change and urban.change.value) == ("城镇居民人均可支配收入", 3.2, 7.2)
    assert (rural.name, rural.value, rural.change and rural.change.value) == ("农村居民人均可支配收入", 1.5, 8.1)


@pytest.mark.parametrize(("sentence", "rows"), [
    # the unit, and with a bare number its magnitude, stated once at the end of a 分别 list
    ("水土流失、荒漠化面积分别减少10.6万、3.3万平方公里",
     [(10.6, "万平方公里", 106000.0), (3.3, "万平方公里", 33000.0)]),
    ("城镇和农村居民人均可支配收入分别达到3.2、1.5万元", [(3.2, "万元", 32000.0), (1.5, "万元", 15000.0)]),
    ("增速分别高于全国、全省1个和0.8个百分点", [(1.0, "个百分点", 1.0), (0.8, "个百分点", 0.8)]),
    # items that state their own units keep them
    ("分别完成投资3亿元、新建道路5公里", [(3.0, "亿元", 3e8), (5.0, "公里", 5.0)]),
    ("分别新增市场主体800个、1.2万个", [(800.0, "个", 800.0), (1.2, "万个", 12000.0)]),
])
def test_indicators_list_items_share_the_unit_stated_last(sentence: str, rows: list[tuple[float, str, float]]) -> None:
    found = find_quantities(sentence)
    assert [(f.value, f.unit, f.scaled_value) for f in found] == rows


def test_indicators_list_unit_needs_a_list() -> None:
    # no 分别: 3.2 stays a bare number, not a figure
    assert [f.text for f in find_quantities("人均可支配收入3.2、1.5万元")] == ["1.5万元"]


def test_indicators_breakdown_takes_the_share_named_before() -> None:
    found = extract_indicators("其中,GDP由12.5%提升到14.6%,社消由10.2%提升到10.6%",
                               context="4项指标在全市占比有较大提升。")
    assert [q.name for q in found] == ["GDP全市占比", "社消全市占比"]


def test_indicators_offsets_are_shifted_by_start() -> None:
    sentence = "财政收入27.46亿元,增长22%"
    (ind,) = extract_indicators(sentence, start=100)
    assert (ind.start, ind.end) == (104, 111)  # 27.46亿元
    assert ind.change is not None and (ind.change.start, ind.change.end) == (114, 117)  # 22%


def test_indicators_sentence_without_numbers_is_empty() -> None:
    assert extract_indicators("我们要坚定信心、迎难而上,推动各项工作再上新台阶。") == []


# ---------------------------------------------------------------- regex speed-ups

MAY_HOLD_CASES = [
    ("地区生产总值增长9.4%", True),
    ("新增签约项目二十三个", True),
    ("稳居全省第一", True),
    ("排名第二位", True),
    ("居全市首位", True),
    ("经济总量翻了一番", True),
    ("覆盖率达到百分之九十", True),
    ("进一步统一思想", False),
    ("一是稳增长", False),
    ("", False),
]


@pytest.mark.parametrize(("sentence", "expected"), MAY_HOLD_CASES)
def test_match_may_hold_quantity(sentence: str, expected: bool) -> None:
    assert may_hold_quantity(sentence) is expected


def test_regex_first_and_last_chars() -> None:
    assert first_chars("方面|规定") == frozenset("方规")
    assert last_chars("[^,]{0,8}?(?:将|必须)|任务(?=[,;]|$)") == frozenset("将须务")
    assert first_chars("a?b|c") == frozenset("abc")
    assert first_chars("x?") is None  # a match may be empty
    assert first_chars("[^x]y") is None  # a negated class is not modelled


@pytest.mark.parametrize("text", ["增长超过了5%", "近10万人", "总量\n3", "约", "达到"])
def test_regex_tail_search_before_is_a_search_ending_there(text: str) -> None:
    tail = Tail("(?:近|约|超过了?|达)$")
    for pos in range(len(text) + 1):
        got, want = tail.search_before(text, pos, 4), tail.pattern.search(text, max(0, pos - 4), pos)
        assert (got and got.span()) == (want and want.span())
