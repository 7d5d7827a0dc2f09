"""Indicator records a researcher can put in a table unedited (issue #9).

Period and status from the paragraph and the section headings, complete names for the figures
of a list, and the shapes of budget lines, statistical bulletins and ranks. The sentences are
written for these tests.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import govspeech
from govspeech.models import Indicator
from govspeech.parser.indicators import SpeechContext, extract_indicators
from govspeech.parser.indicators.headline import HeadlineTable, default_table
from govspeech.parser.indicators.lists import split_subjects
from govspeech.parser.indicators.match import find_quantities
from govspeech.parser.indicators.timeline import interval, reference_year

REPORT = """2026年某市政府工作报告
一、2025年工作回顾
过去一年，我们迎难而上。全市生产总值达到512.3亿元，增长5.6%。
一般公共预算收入完成41.2亿元。
这五年，全市累计新建学校38所。城镇新增就业年均2.1万人。
二、2026年主要工作
今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。
城镇调查失业率控制在5.5%以内。
建成县域物流配送中心12个，新改建农村公路300公里。
预计全年粮食产量达到150万吨。
"""


def _records(text: str) -> list[Indicator]:
    doc = govspeech.parse(text)
    out: list[Indicator] = []
    for speech in doc.speeches:
        for part in speech.parts:
            out.extend(ind for s in part.sentences for ind in s.indicators)
    return out


def _by_name(records: list[Indicator], name: str) -> Indicator:
    return next(r for r in records if r.name == name)


@pytest.fixture(scope="module")
def report() -> list[Indicator]:
    return _records(REPORT)


def test_records_period_from_the_paragraph_opening(report: list[Indicator]) -> None:
    assert _by_name(report, "生产总值").period == "过去一年"
    # the next paragraph has no period of its own: the heading's 2025年
    assert _by_name(report, "一般公共预算收入").period == "2025年"
    assert _by_name(report, "累计新建学校").period == "这五年"
    assert _by_name(report, "城镇新增就业").period == "这五年"


def test_records_status_from_the_section(report: list[Indicator]) -> None:
    assert _by_name(report, "一般公共预算收入").status == "actual"
    # a plan section makes counts targets without 计划 or 力争
    assert _by_name(report, "建成县域物流配送中心").status == "target"
    assert _by_name(report, "建成县域物流配送中心").period == "2026年"
    assert _by_name(report, "城镇调查失业率").status == "target"


def test_records_section_headings_without_markers() -> None:
    # a plain export keeps the section headings but loses their numbers
    doc = govspeech.parse(
        "2026年某县政府工作报告\n各位代表:\n2025年工作回顾\n全年新建学校5所。\n"
        "2026年主要工作\n新建5G基站300个,地区生产总值增长5.5%左右。\n"
    )
    schools, stations, gdp = doc.indicators
    assert (schools.status, schools.period) == ("actual", "全年")
    assert (stations.status, stations.period) == ("target", "2026年")
    assert (gdp.status, gdp.period) == ("target", "2026年")


def test_records_a_breakdown_takes_the_period_of_its_total() -> None:
    # 其中… breaks the sentence before down: its period, not the paragraph's opening 去年
    doc = govspeech.parse("去年全市经济增长3.6%。今年一季度,全市经济增长15.2%。其中,工业增加值增长8%。")
    assert [q.period for q in doc.indicators] == ["去年", "一季度", "一季度"]


def test_records_a_subheading_without_a_period_is_no_section() -> None:
    # 巩固拓展脱贫攻坚成就 names a task of the plan, not a review section
    doc = govspeech.parse("报告\n各位代表:\n二、2026年主要工作\n巩固拓展脱贫攻坚成就\n新增就业1.2万人。\n")
    (jobs,) = doc.indicators
    assert (jobs.status, jobs.period) == ("target", "2026年")


def test_records_a_marked_point_is_no_bare_section() -> None:
    # (一)经济发展取得新成就 is a point under the review, not a section heading of its own
    doc = govspeech.parse(
        "报告\n各位代表:\n一、2026年主要工作\n(一)项目建设取得新成绩\n新建5G基站300个。\n"
    )
    (stations,) = doc.indicators
    assert (stations.status, stations.period) == ("target", "2026年")


def test_records_expected_stays_expected_in_a_plan_section(report: list[Indicator]) -> None:
    grain = _by_name(report, "粮食产量")
    assert grain.status == "expected"
    assert grain.period == "全年"


def test_records_target_opener_and_its_paragraph(report: list[Indicator]) -> None:
    gdp = _by_name(report, "地区生产总值")
    assert gdp.status == "target" and gdp.period == "今年"


def test_records_sentence_only_periods_do_not_carry() -> None:
    text = "一、工作回顾\n全年完成投资20亿元。新建道路5条。\n"
    records = _records(text)
    assert records[0].period == "全年"
    assert records[1].period is None  # 全年 is its own sentence's period


def test_records_two_period_heading_follows_the_paragraph_frame() -> None:
    ctx = SpeechContext()
    ctx.enter_part("一、2025年和“十四五”时期工作回顾")
    text = "回望过去五年，我们砥砺奋进。\n(一)经济实力跃上新台阶。新增企业300家。"
    first = text.index("回望")
    ctx.sentence(text, first, text.index("\n"), ())
    second = text.index("新增")
    path = ("2025年和“十四五”时期工作回顾", "经济实力跃上新台阶")
    assert ctx.sentence(text, second, len(text), path).period == "“十四五”时期"


def test_records_point_heading_then_opener() -> None:
    text = "一、工作回顾\n——产业结构持续优化。五年来，高新技术企业达到620家。新增上市公司4家。\n"
    records = _records(text)
    assert [r.period for r in records] == ["五年来", "五年来"]


# (sentence, [(name, value or change value)])
LIST_CASES = [
    ("制造业、建筑业增加值分别增长6.1%、3.2%。", [("制造业增加值", 6.1), ("建筑业增加值", 3.2)]),
    ("城镇、农村居民人均可支配收入分别增长4.6%和6.8%。",
     [("城镇居民人均可支配收入", 4.6), ("农村居民人均可支配收入", 6.8)]),
    ("城乡居民人均可支配收入分别增长5%和7%。",
     [("城镇居民人均可支配收入", 5.0), ("农村居民人均可支配收入", 7.0)]),
    ("汽车、电子信息和新材料产业产值分别增长9%、12%。",
     [("汽车产业产值", 9.0), ("电子信息和新材料产业产值", 12.0)]),
    ("住户存款和企业贷款余额分别达到900亿元和600亿元。",
     [("住户存款", 900.0), ("企业贷款余额", 600.0)]),
]


@pytest.mark.parametrize(("sentence", "expected"), LIST_CASES)
def test_records_each_figure_of_a_list_takes_its_own_name(
    sentence: str, expected: list[tuple[str, float]]
) -> None:
    got = [(q.name, q.value if q.value is not None else q.change.value if q.change else None)
           for q in extract_indicators(sentence)]
    assert got == expected


def test_records_split_subjects_spreads_the_head_noun() -> None:
    assert split_subjects("一产、二产、三产增加值") == ["一产增加值", "二产增加值", "三产增加值"]
    assert split_subjects("软件和信息服务业、金融业增加值", 2) == ["软件和信息服务业增加值", "金融业增加值"]
    assert split_subjects("存贷款余额", 2) == ["存款余额", "贷款余额"]


# (sentence, expected names in order)
NAME_CASES = [
    # the reporting verb goes; the amount takes its owner (GUIDE §3)
    ("全年实施重点技改项目40个,完成投资18.5亿元。", ["实施重点技改项目", "重点技改项目投资"]),
    ("投资2.6亿元的城东污水处理厂投入运行。", ["城东污水处理厂投资"]),
    # a verb phrase after the counted noun goes before it
    ("全市7家企业入选国家级专精特新名单。", ["入选国家级专精特新名单的企业"]),
    ("3条城市主干道完工。", ["完工城市主干道"]),
    ("加快5个产业园区建设。", ["建设产业园区"]),
    # a rank after a change ranks the growth rate
    ("社会消费品零售总额增长7.2%,居全省第三位。", ["社会消费品零售总额", "社会消费品零售总额增速全省排名"]),
    ("工业、服务业增加值分别增长8%、6%,分别居全省第二、第五。",
     ["工业增加值", "服务业增加值", "工业增加值增速全省排名", "服务业增加值增速全省排名"]),
    # a verb and its object before an amount: the object changes
    ("全年减轻企业负担12亿元。", ["企业负担"]),
    ("投入教育资金8.4亿元。", ["教育资金投入"]),
    ("生产新能源汽车2.3万辆。", ["新能源汽车产量"]),
    ("居民消费价格涨幅控制在3%左右。", ["居民消费价格"]),
    # beneficiaries of 为…发放/提供/解决 (GUIDE §3)
    ("为520户困难家庭发放取暖补贴。", ["获发取暖补贴的困难家庭"]),
    ("为3000名农民工解决了欠薪问题。", ["解决欠薪问题的农民工"]),
    # 其中 takes the noun of the tally before, with its own verb phrase
    ("新建乡村道路12条,其中8条实现通车。", ["新建乡村道路", "实现通车乡村道路"]),
    # the left of a listed figure belongs to the item before it
    ("铺设燃气管网20公里和40公里供热管网。", ["铺设燃气管网", "供热管网"]),
    ("8家企业完成搬迁工作。", ["完成搬迁企业"]),
    ("累计完成置换1.2万亩。", ["置换"]),
]


@pytest.mark.parametrize(("sentence", "names"), NAME_CASES)
def test_records_names(sentence: str, names: list[str]) -> None:
    assert [q.name for q in extract_indicators(sentence)] == names


def test_records_verb_object_amount_is_a_change() -> None:
    (q,) = extract_indicators("全年减轻企业负担12亿元。")
    assert q.value is None and q.change is not None
    assert (q.change.value, q.change.unit, q.change.direction) == (12, "亿元", "down")


def test_records_rate_word_is_a_change() -> None:
    (q,) = extract_indicators("居民消费价格涨幅控制在3%左右。")
    assert q.change is not None and q.change.value == 3 and q.change.direction == "up"


def test_records_budget_line_is_a_money_change() -> None:
    level, rate = extract_indicators("教育支出15.6亿元,比上年增支1.2亿元,增长8.3%。")
    assert (level.name, level.value, level.unit) == ("教育支出", 15.6, "亿元")
    assert level.change is not None
    assert (level.change.value, level.change.unit, level.change.direction) == (1.2, "亿元", "up")
    assert rate.name == "教育支出" and rate.change is not None and rate.change.value == 8.3


# (sentence, quantity text, value, unit)
SHAPE_CASES = [
    ("全年生猪出栏46.2万头，家禽出栏980.6万羽。", "980.6万羽", 980.6, "万羽"),
    ("农作物播种面积62.4千公顷。", "62.4千公顷", 62.4, "千公顷"),
    ("细颗粒物(PM2.5)平均浓度31μg/m³。", "31μg/m³", 31, "μg/m³"),
    ("全市生产总值增长6.2\u2009%。", "6.2\u2009%", 6.2, "%"),
    ("出口额增长4.5\u2002%。", "4.5 %", 4.5, "%"),  # the en space is folded to a space
    ("粮食产量提高七点五个百分点。", "七点五个百分点", 7.5, "个百分点"),
    ("受惠群众达到百分之八十二点五。", "百分之八十二点五", 82.5, "%"),
    ("惠及近6万儿童。", "6万", 6, "万"),
]


@pytest.mark.parametrize(("sentence", "text", "value", "unit"), SHAPE_CASES)
def test_records_shapes(sentence: str, text: str, value: float, unit: str) -> None:
    doc = govspeech.parse(f"一、回顾\n{sentence}\n")
    found = [i for s in doc.speeches[0].parts[0].sentences for i in s.indicators]
    rows = [(i.value, i.unit) if i.value is not None else (i.change.value, i.change.unit)
            for i in found if i.value is not None or i.change is not None]
    assert (value, unit) in rows, rows
    folded = sentence.replace("\u2002", " ")  # what normalisation makes of an en space
    assert text in [f.text for f in find_quantities(folded)]


def test_records_scaled_thousand_hectares() -> None:
    (f,) = find_quantities("播种面积62.4千公顷")
    assert f.scaled_value == pytest.approx(62400) and f.base_unit == "公顷"


# (sentence, rank value, name)
RANK_CASES = [
    ("粮食产量居全国首位。", 1, "粮食产量全国排名"),
    ("全员劳动生产率稳居全省第二。", 2, "全员劳动生产率全省排名"),
    ("外贸依存度在西部地区位列第三位。", 3, None),
]


@pytest.mark.parametrize(("sentence", "value", "name"), RANK_CASES)
def test_records_ranks(sentence: str, value: float, name: str | None) -> None:
    ranks = [q for q in extract_indicators(sentence) if q.value == value]
    assert ranks, sentence
    if name is not None:
        assert ranks[0].name == name


@pytest.mark.parametrize("sentence", [
    "今年重点抓好8个方面工作。",
    "严格落实中央八项规定和省委12条规定。",
    "在海拔1800米以上地区建设光伏电站。",
    "始终把群众安危放在第一位。",
    "建设社区5人制足球场。",
    # a class inside a name, and a slogan's count
    "扶持出栏50头以上养殖大户。",
    "新建500千伏变电站。",
    "我们要实现“四个翻番”。",
    "县十二次党代会胜利召开。",  # a congress's ordinal without 第
])
def test_records_figures_that_measure_nothing(sentence: str) -> None:
    assert extract_indicators(sentence) == []


@pytest.mark.parametrize(("sentence", "text"), [
    ("年内实现5家以上企业入驻。", "5家"),  # 家 counts the firms themselves
    ("电压等级达到500千伏。", "500千伏"),
    ("力争实现地区生产总值翻一番。", "翻一番"),
    ("其中注册资金千万元以上46家。", "46家"),  # 千万元以上 sizes the firms counted
    ("全年召开3次党委常委会。", "3次"),  # a count before its meetings, not an ordinal
])
def test_records_figures_beside_those_classes_stay(sentence: str, text: str) -> None:
    found = extract_indicators(sentence)
    assert [sentence[q.start : q.end] if q.start is not None else sentence[q.change.start : q.change.end]
            for q in found if q.start is not None or q.change is not None] == [text]


# ---------------------------------------------------------------- bounds (item 5)

# (sentence, bound, value, value_high) of the first figure, level or change
BOUND_CASES = [
    ("地区生产总值增长5.5%左右。", "around", 5.5, None),
    ("城镇调查失业率控制在5.5%以内。", "at_most", 5.5, None),
    ("粮食产量稳定在600亿斤以上。", "at_least", 600, None),
    ("研发投入强度不低于2.5%。", "at_least", 2.5, None),
    ("赤字率不超过3%。", "at_most", 3, None),
    ("地区生产总值增长6%—6.5%。", "range", 6, 6.5),
    ("居民收入增长6至6.5%。", "range", 6, 6.5),
    ("新增城镇就业3.5万人。", None, 3.5, None),
]


@pytest.mark.parametrize(("sentence", "bound", "value", "high"), BOUND_CASES)
def test_records_bounds(sentence: str, bound: str | None, value: float, high: float | None) -> None:
    (q,) = extract_indicators(sentence)
    if q.value is not None:
        assert (q.bound, q.value, q.value_high) == (bound, value, high)
    else:
        assert q.change is not None
        assert (q.change.bound, q.change.value, q.change.value_high) == (bound, value, high)


def test_records_base_to_level_is_not_a_range() -> None:
    records = extract_indicators("城镇化率由58%至62%。")
    assert all(q.bound != "range" for q in records)


# ---------------------------------------------------------------- headline keys (item 6)

HEADLINE = Path(govspeech.__file__).parent / "data" / "headline.tsv"


def test_records_headline_table_schema() -> None:
    rows = [line.split("\t") for line in HEADLINE.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    assert rows[0] == ["key", "pattern", "description"]
    keys = [row[0] for row in rows[1:]]
    assert all(len(row) == 3 and all(cell.strip() for cell in row) for row in rows)
    assert len(keys) == len(set(keys)) >= 30
    assert all(re.fullmatch("[a-z][a-z0-9_]*", key) for key in keys)
    for row in rows[1:]:
        re.compile(row[1])


@pytest.mark.parametrize(("name", "key"), [
    ("地区生产总值", "gdp"), ("国内生产总值", "gdp"), ("GDP", "gdp"), ("全省生产总值", "gdp"),
    ("人均地区生产总值", "gdp_per_capita"), ("规上工业增加值", "industrial_value_added"),
    ("规模以上工业增加值", "industrial_value_added"), ("一般公共预算收入", "general_budget_revenue"),
    ("全社会固定资产投资", "fixed_asset_investment"), ("社会消费品零售总额", "retail_sales"),
    ("城镇常住居民人均可支配收入", "urban_income"), ("农村居民人均可支配收入", "rural_income"),
    ("城镇新增就业", "urban_new_jobs"), ("城镇调查失业率", "urban_unemployment"),
    ("居民消费价格", "cpi"), ("进出口总额", "trade"), ("实际使用外资", "fdi"),
    ("单位GDP能耗", "energy_intensity"), ("粮食产量", "grain_output"),
    ("细颗粒物(PM2.5)平均浓度", "pm25"), ("PM2.5年均浓度", "pm25"),
    ("新建学校", None), ("工业投资", None),
])
def test_records_headline_keys(name: str, key: str | None) -> None:
    assert default_table().key_of(name) == key


def test_records_user_headline_table(tmp_path: Path) -> None:
    table = tmp_path / "mine.tsv"
    table.write_text("key\tpattern\tdescription\nschools\t新建学校\tnew schools\n", encoding="utf-8")
    assert HeadlineTable.from_path(table).key_of("新建学校") == "schools"
    with pytest.raises(ValueError):
        HeadlineTable.from_text("key\tpattern\tdescription\nBad Key\tx\ty\n")


@pytest.mark.parametrize("first", ["新建学校", "新建(学校)"])  # one alternation, or row by row
def test_records_headline_first_matching_row_wins(first: str) -> None:
    table = HeadlineTable.from_text(
        f"key\tpattern\tdescription\nnew_schools\t{first}\ta\nschools\t(?:新建)?学校\tb\n")
    assert table.key_of("全市新建学校") == "new_schools"
    assert table.key_of("学校") == "schools"
    assert table.key_of("新建医院") is None


# ---------------------------------------------------------------- time (item 4)

@pytest.mark.parametrize(("period", "context", "expected"), [
    ("今年", None, ("2026-01-01", "2026-12-31")),
    ("去年", None, ("2025-01-01", "2025-12-31")),
    ("过去一年", None, ("2025-01-01", "2025-12-31")),
    ("这五年", None, ("2021-01-01", "2025-12-31")),
    ("五年来", None, ("2021-01-01", "2025-12-31")),
    ("“十四五”时期", None, ("2021-01-01", "2025-12-31")),
    ("“十三五”末", None, ("2020-12-31", "2020-12-31")),
    ("2019年末", None, ("2019-12-31", "2019-12-31")),
    ("2024年", None, ("2024-01-01", "2024-12-31")),
    ("上半年", None, ("2026-01-01", "2026-06-30")),
    ("上半年", "2025年", ("2025-01-01", "2025-06-30")),
    ("全年", "过去一年", ("2025-01-01", "2025-12-31")),
    ("前三季度", None, ("2026-01-01", "2026-09-30")),
    ("6月底前", None, ("2026-01-01", "2026-06-30")),
    ("今明两年", None, ("2026-01-01", "2027-12-31")),
    ("今后五年", None, ("2026-01-01", "2030-12-31")),
    ("每年", None, (None, None)),
    (None, None, (None, None)),
])
def test_records_period_intervals(period: str | None, context: str | None,
                                  expected: tuple[str | None, str | None]) -> None:
    assert interval(period, 2026, context) == expected


def test_records_relative_period_needs_a_reference_year() -> None:
    assert interval("今年", None) == (None, None)
    assert interval("2019年", None) == ("2019-01-01", "2019-12-31")


def test_records_reference_year_from_title_and_header(report: list[Indicator]) -> None:
    doc = govspeech.parse(REPORT)
    assert doc.speeches[0].reference_year == 2026
    assert reference_year(None, "——2014年2月19日在区第十四届人民代表大会上", None) == 2014
    gdp = _by_name(report, "地区生产总值")
    assert (gdp.period_start, gdp.period_end) == ("2026-01-01", "2026-12-31")
    past = _by_name(report, "生产总值")
    assert (past.period_start, past.period_end) == ("2025-01-01", "2025-12-31")
    assert _by_name(report, "地区生产总值").key == "gdp"
