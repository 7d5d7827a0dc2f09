"""Numbers that scope another figure, and ordinals read as ranks, are not indicators
(GUIDE §3); real counts beside them stay."""

from __future__ import annotations

import pytest

from govspeech.parser.indicators import extract_indicators
from govspeech.parser.indicators.match import find_quantities


def _texts(sentence: str) -> list[str]:
    return [f.text for f in find_quantities(sentence)]


# (sentence, the figures that remain)
SCOPING_COUNTS = [
    ("今年以来,8个乡镇纪委共立案查处违纪案件43件。", ["43件"]),
    ("特别是36个重点城市空气质量优良天数比例保持在85%以上。", ["85%"]),
    ("5个县(市)一般公共预算收入共完成42.6亿元,增长7.3%。", ["42.6亿元", "7.3%"]),
    ("在全省14个市州中居第3位。", ["第3位"]),
    ("分行业看,35个行业大类中21个行业增加值保持增长。", ["21个"]),
]


@pytest.mark.parametrize(("sentence", "kept"), SCOPING_COUNTS)
def test_match_scoping_count_is_no_figure(sentence: str, kept: list[str]) -> None:
    assert _texts(sentence) == kept


# (sentence, the figures that remain): real counts are not lost
REAL_COUNTS = [
    ("新建学校12个。", ["12个"]),
    ("12个项目开工建设,完成投资5.6亿元。", ["12个", "5.6亿元"]),
    ("上半年,16个重点项目完成投资28.5亿元。", ["16个", "28.5亿元"]),
    ("全区212家规模以上工业企业实现总产值386亿元。", ["212家", "386亿元"]),
    ("9个村集体经济收入超过50万元。", ["9个", "50万元"]),
    ("全镇48个社区中有30个达到省级标准。", ["48个", "30个"]),
    ("对全市96个重点项目中尚未开工的18个项目,逐一督办。", ["96个", "18个"]),
    ("35个计划新开工项目已开工21个。", ["35个", "21个"]),
    ("64家市直单位和215家区属单位实行垃圾分类。", ["64家", "215家"]),
    ("为1260户困难家庭发放救助金86.4万元。", ["1260户", "86.4万元"]),
    ("8个国家级和5个省级平台投入运营。", ["8个", "5个"]),
]


@pytest.mark.parametrize(("sentence", "kept"), REAL_COUNTS)
def test_match_real_counts_stay(sentence: str, kept: list[str]) -> None:
    assert _texts(sentence) == kept


def test_names_scoped_figure_keeps_its_scope() -> None:
    [q] = extract_indicators("特别是36个重点城市空气质量优良天数比例保持在85%以上。")
    assert q.name == "36个重点城市空气质量优良天数比例"


@pytest.mark.parametrize(
    "sentence",
    [
        "全国第四季度增速比一季度高出5.2个百分点。",
        "全省第二阶段排查工作已经启动。",
        "全市第三轮督察反馈问题整改完毕。",
    ],
)
def test_match_ordinal_after_scope_is_no_rank(sentence: str) -> None:
    assert not [f for f in find_quantities(sentence) if f.kind == "rank"]


def test_match_rank_after_scope_stays() -> None:
    assert [f.text for f in find_quantities("一般公共预算收入增速居全省第四。")] == ["第四"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("一季度新开工4个亿元以上项目。", "新开工亿元以上项目"),
        ("全年新增8家千万元以上企业。", "新增千万元以上企业"),
        ("引进12个5000万元以上的项目。", "引进5000万元以上项目"),
    ],
)
def test_names_size_class_stays_with_the_counted_noun(sentence: str, name: str) -> None:
    [q] = extract_indicators(sentence)
    assert q.name == name


@pytest.mark.parametrize("sentence", ["以实施3个10大工程为抓手。", "推进6个十大产业链建设。"])
def test_match_count_of_a_numbered_formula_is_no_figure(sentence: str) -> None:
    assert find_quantities(sentence) == []
