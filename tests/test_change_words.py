"""Change words of regional and bulletin styles, policy slogans and draft blanks (GUIDE §3)."""

from __future__ import annotations

import pytest

from govspeech.parser.indicators import extract_indicators

# (name, level value, change kind, direction, change value); kind None: no change
Row = tuple[str | None, float | None, str | None, str | None, float | None]


def _rows(sentence: str) -> list[Row]:
    rows: list[Row] = []
    for q in extract_indicators(sentence):
        c = q.change
        rows.append((q.name, q.value, c.kind if c else None, c.direction if c else None,
                     c.value if c else None))
    return rows


# the comparison is written in the regional way: the change is the level's, its kind as written
COMPARISON_CASES = [
    ("全镇完成财政总收入3.2亿元,比增15.6%。", [("财政总收入", 3.2, "比", "up", 15.6)]),
    ("全县规上工业增加值48亿元,比降2.4%。", [("规上工业增加值", 48, "比", "down", 2.4)]),
    ("全镇实现农业总产值6.8亿元,同期增长7.25%。", [("农业总产值", 6.8, "同期", "up", 7.25)]),
    ("社会消费品零售总额12.3亿元,同比增9%。", [("社会消费品零售总额", 12.3, "同比", "up", 9)]),
    ("全区完成固定资产投资65亿元,与上年同期相比增长11.2%。",
     [("固定资产投资", 65, "与上年同期相比", "up", 11.2)]),
    ("全县实现地区生产总值156亿元,较上年同期增长5.8%。",
     [("地区生产总值", 156, "较上年同期", "up", 5.8)]),
    ("一季度,全县地区生产总值同 比增长5.1%。", [("地区生产总值", None, "同比", "up", 5.1)]),
]

# a rate word with no subject right after a level states that level's change
RATE_CASES = [
    ("全市实现地区生产总值980亿元,增幅为6.4%。", [("地区生产总值", 980, None, "up", 6.4)]),
    ("全县一般公共预算收入完成9.6亿元,增速为4.3%。", [("一般公共预算收入", 9.6, None, "up", 4.3)]),
    ("全区规上工业总产值完成310亿元,增速7.5%。", [("规上工业总产值", 310, None, "up", 7.5)]),
]


@pytest.mark.parametrize(("sentence", "expected"), COMPARISON_CASES + RATE_CASES)
def test_change_words_attach_to_the_level(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


def test_change_words_rate_after_a_rank_and_the_rank_after_it() -> None:
    rows = _rows("全区地区生产总值完成186.4亿元,居全市第4位,增速5.2%,全市排名第9位。")
    assert rows[2] == ("地区生产总值", None, None, "up", 5.2)
    assert rows[3][0] == "地区生产总值增速全市排名"


def test_change_words_rank_right_after_a_levels_growth_ranks_the_growth() -> None:
    rows = _rows("全县财政总收入完成15.2亿元,增速9.1%,全市排名第2位。")
    assert rows == [("财政总收入", 15.2, None, "up", 9.1), ("财政总收入增速全市排名", 2, None, None, None)]


def test_change_words_rate_word_with_a_subject_is_unchanged() -> None:
    assert _rows("居民消费价格涨幅控制在3%左右。") == [("居民消费价格", None, None, "up", 3)]


# 稳增长, 促消费增长: the name of a policy, not a growth verb; at most a count
@pytest.mark.parametrize("sentence", [
    "市里及时出台了稳增长十八条措施。",
    "县政府制定促消费增长5项举措。",
    "研究出台保增长12条意见。",
])
def test_change_words_policy_slogans_state_no_change(sentence: str) -> None:
    qs = extract_indicators(sentence)
    assert qs and all(q.change is None and q.value is not None for q in qs)


def test_change_words_growth_after_a_policy_verb_still_changes_a_rate() -> None:
    assert _rows("全年稳住工业增长8%。")[0][2:] == (None, "up", 8)


# a draft's blanks (X.X%, XX亿元) are no figures and stay out of names
def test_change_words_blank_figures_do_not_name_the_comparison() -> None:
    rows = _rows("1-6月,全县GDP完成XX亿元,同比增长X.X%,比一季度提高0.5个百分点;"
                 "规上工业增加值增长X.X%,低于全市平均水平1.2个百分点。")
    assert [r[0] for r in rows] == ["GDP增速", "规上工业增加值增速"]
    assert [(r[3], r[4]) for r in rows] == [("up", 0.5), ("down", 1.2)]


def test_change_words_blank_share_keeps_its_name() -> None:
    rows = _rows("战略性新兴产业产值占比为X.X%,比上年提高1.1个百分点。")
    assert rows == [("战略性新兴产业产值占比", None, "比上年", "up", 1.1)]


def test_change_words_rate_after_a_figureless_clause_is_that_clauses() -> None:
    rows = _rows("全县税收收入8.2亿元,外贸出口实现快速回升,增速15%。")
    assert rows[0] == ("税收收入", 8.2, None, None, None)
    assert rows[1][1:] == (15, None, None, None)


def test_change_words_words_like_a_slogan_keep_their_change() -> None:
    assert _rows("农村低保对象减少0.8万人。") == [("农村低保对象", None, None, "down", 0.8)]
