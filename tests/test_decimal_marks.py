"""A full stop typed as a decimal point (GUIDE §1, input-method damage): ``增长9。5%``.

The full stop becomes a point one-for-one where no sentence end can be meant; a real
sentence end before a number keeps its full stop.
"""

from __future__ import annotations

import pytest

import govspeech
from govspeech.parser.normalize import normalize
from govspeech.parser.normalize.decimals import mark_full_stop_points

# (raw, normalised): the full stop inside each figure is a point
FULL_STOP_POINTS = [
    ("全年财政收入完成56。8亿元,同比增长7。2%。", "全年财政收入完成56.8亿元,同比增长7.2%。"),
    # one figure that ends its clause: a sentence never opens with "3%;"
    ("工业投资增长12。3%;民间投资稳步回升。", "工业投资增长12.3%;民间投资稳步回升。"),
    ("粮食总产量达到45。6万吨。", "粮食总产量达到45.6万吨。"),
    # a page with the habit: the figure that runs on (以上) is a decimal too
    (
        "全年增长8。6%以上,税收收入18。25亿元,占比76。4%。",
        "全年增长8.6%以上,税收收入18.25亿元,占比76.4%。",
    ),
]

# A sentence end before a number stays a sentence end.
SENTENCE_ENDS = [
    "全面完成年度目标。5月份,全市召开推进会。",
    "地区生产总值增长9%。2023年,我们将继续努力。",
    "会议持续到12。3月份召开了第二次会议。",  # a month, not a decimal
    "参加培训的干部共计120。15个部门负责同志作了发言。",  # runs on: no habit on the page
    "全年增长8。6%以上的目标。",  # runs on, and the only one
]


@pytest.mark.parametrize(("raw", "normalised"), FULL_STOP_POINTS)
def test_decimal_marks_full_stop_read_as_point(raw: str, normalised: str) -> None:
    source, noise = normalize(raw)
    assert source.text == normalised
    assert noise == []
    # one-for-one: every offset is its original offset
    assert source.aligned


@pytest.mark.parametrize("text", SENTENCE_ENDS)
def test_decimal_marks_sentence_end_before_a_number_stays(text: str) -> None:
    assert mark_full_stop_points(text) == text


def test_decimal_marks_figures_and_changes_point_into_the_input() -> None:
    raw = "同志们:\n全年实现地区生产总值386亿元,同比增长6。8%;规模以上工业增加值127。45亿元,增长9。1%。"
    indicators = govspeech.parse(raw).indicators
    figures = {raw[i.start:i.end]: i for i in indicators if i.start is not None}
    gdp = figures["386亿元"]
    assert gdp.change is not None and gdp.change.value == pytest.approx(6.8)
    assert raw[gdp.change.start:gdp.change.end] == "6。8%"
    industry = figures["127。45亿元"]
    assert industry.value == pytest.approx(127.45) and industry.unit == "亿元"
    assert industry.name == "规模以上工业增加值"
    assert industry.change is not None and raw[industry.change.start:industry.change.end] == "9。1%"


def test_decimal_marks_sentence_not_cut_at_a_point() -> None:
    raw = "同志们:\n全年粮食产量达到45。6万吨,增长2。1%。明年继续努力。"
    sentences = [s.text for s in govspeech.parse(raw).speeches[0].iter_sentences()]
    assert sentences == ["全年粮食产量达到45.6万吨,增长2.1%。", "明年继续努力。"]
