"""Table-driven tests of the indicator stage (GUIDE §3)."""

from __future__ import annotations

import pytest

from govspeech.indicators import extract_indicators
from govspeech.indicators.match import find_quantities

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
]


@pytest.mark.parametrize(("sentence", "period"), PERIOD_CASES)
def test_indicators_period_cues(sentence: str, period: str) -> None:
    assert extract_indicators(sentence)[0].period == period


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
]


@pytest.mark.parametrize(("sentence", "names"), NAME_CASES)
def test_indicators_minimal_names(sentence: str, names: list[str]) -> None:
    assert [q.name for q in extract_indicators(sentence)] == names


def test_indicators_change_joins_level_before_it() -> None:
    first, second = extract_indicators("固定资产投资202亿元,增长98%;实际利用外资9148万美元,增长32%")
    assert (first.value, first.change and first.change.value) == (202, 98)
    assert (second.value, second.change and second.change.value) == (9148, 32)


def test_indicators_second_change_is_its_own_record() -> None:
    level, extra = extract_indicators("预计地区生产总值达到130856万元,是“九五”末的2.8倍,年均增长18.0%")
    assert level.change is not None and level.change.unit == "倍"
    assert extra.value is None and extra.name == "地区生产总值"
    assert extra.change is not None and extra.change.kind == "年均" and extra.change.value == 18.0


def test_indicators_base_from_to() -> None:
    (ind,) = extract_indicators("社区干部由35人充实到170人")
    assert (ind.name, ind.value, ind.unit) == ("社区干部", 170, "人")
    assert ind.base is not None and (ind.base.value, ind.base.unit) == (35, "人")


def test_indicators_offsets_are_shifted_by_start() -> None:
    sentence = "财政收入27.46亿元,增长22%"
    (ind,) = extract_indicators(sentence, start=100)
    assert (ind.start, ind.end) == (104, 111)  # 27.46亿元
    assert ind.change is not None and (ind.change.start, ind.change.end) == (114, 117)  # 22%


def test_indicators_sentence_without_numbers_is_empty() -> None:
    assert extract_indicators("我们要坚定信心、迎难而上,推动各项工作再上新台阶。") == []
