"""Names of figures stated for a list of nouns (GUIDE §3: each figure takes its own complete
name; one figure for several nouns is named by all of them)."""

from __future__ import annotations

import pytest

from govspeech.parser.indicators import extract_indicators
from govspeech.parser.indicators.lists import split_subjects


def _names(sentence: str) -> list[tuple[str | None, str]]:
    """(name, figure as written) of every indicator: the level, else the change."""
    out = []
    for q in extract_indicators(sentence):
        if q.value is not None:
            out.append((q.name, sentence[q.start : q.end]))  # type: ignore[index]
        elif q.change is not None:
            out.append((q.name, sentence[q.change.start : q.change.end]))
    return out


# (sentence, figure, name): nouns joined by 、 before one figure all name it
LISTED_NOUNS = [
    ("一年来,决定批准条约、重要协定15项。", "15项", "决定批准条约、重要协定"),
    ("其中,农业、水利项目8个。", "8个", "农业、水利项目"),
    ("关税、进口环节税合计1250.6亿元,下降3.4%。", "1250.6亿元", "关税、进口环节税"),
    ("共收到提案3200件,其中各民主党派、工商联提案820件,政协委员提案2100件。", "820件",
     "各民主党派、工商联提案"),
    ("全年新建、续建水利项目14个。", "14个", "新建、续建水利项目"),
    ("工业投资、技改投资增速均居全市第二位。", "第二位", "工业投资、技改投资增速全市排名"),
]


@pytest.mark.parametrize(("sentence", "figure", "name"), LISTED_NOUNS)
def test_lists_listed_nouns_name_one_figure(sentence: str, figure: str, name: str) -> None:
    assert (name, figure) in _names(sentence)


# (sentence, figure, name): a 、 item that states a clause or a figure of its own stays out
OWN_CLAUSES = [
    ("深化放管服改革、引进项目56个。", "56个", "引进项目"),
    ("累计签约城镇房765户、农房8栋。", "8栋", "累计签约农房"),
    ("财政收入稳步提高、城镇新增就业1.2万人。", "1.2万人", "城镇新增就业"),
]


@pytest.mark.parametrize(("sentence", "figure", "name"), OWN_CLAUSES)
def test_lists_clause_items_stay_out_of_names(sentence: str, figure: str, name: str) -> None:
    assert (name, figure) in _names(sentence)


def test_lists_owner_skips_listed_verbs() -> None:
    """An amount after a list of verbs takes the noun they act on, not the second verb."""
    assert ("水利项目投资", "9.6亿元") in _names("全年新建、续建水利项目14个,完成投资9.6亿元。")


@pytest.mark.parametrize(
    ("subject", "n", "items"),
    [
        ("第一、二、三产业增加值", 3, ["第一产业增加值", "第二产业增加值", "第三产业增加值"]),
        ("一、二、三产增加值", 3, ["一产增加值", "二产增加值", "三产增加值"]),
        ("第二、三产业投资", 2, ["第二产业投资", "第三产业投资"]),
    ],
)
def test_lists_numeral_prefix_items_share_the_tail(subject: str, n: int, items: list[str]) -> None:
    assert split_subjects(subject, n) == items


def test_lists_numeral_prefix_changes_named_and_unit_shared() -> None:
    """Each change of a numeral list takes its own name and the unit only the last states."""
    sentence = "第一、二、三产业增加值占全县生产总值的比重分别下降0.5个、提高0.3个、提高0.2个百分点。"
    records = extract_indicators(sentence)
    assert [(r.name, r.change.value, r.change.unit) for r in records if r.change] == [
        ("第一产业增加值占全县生产总值的比重", 0.5, "个百分点"),
        ("第二产业增加值占全县生产总值的比重", 0.3, "个百分点"),
        ("第三产业增加值占全县生产总值的比重", 0.2, "个百分点"),
    ]
    assert all(r.value is None for r in records)  # no false 个 tallies


def test_lists_numeral_prefix_changes_abbreviated() -> None:
    names = [n for n, _ in _names("一季度,一、二、三产增加值分别增长3.1%、9.4%和6.2%。")]
    assert names == ["一产增加值", "二产增加值", "三产增加值"]


@pytest.mark.parametrize(
    ("sentence", "figure", "name"),
    [
        ("全镇蔬菜种植面积2.3万亩,产量6.8万吨。", "6.8万吨", "蔬菜产量"),
        ("全年油菜播种面积12.5万亩,产量1.9万吨,增长2.4%。", "1.9万吨", "油菜产量"),
        ("生猪存栏15.2万头,出栏26.7万头。", "26.7万头", "生猪出栏"),
    ],
)
def test_names_headless_measure_takes_previous_subject(sentence: str, figure: str, name: str) -> None:
    assert (name, figure) in _names(sentence)


def test_names_headless_measure_keeps_its_own_subject() -> None:
    assert ("粮食总产量", "31.2万吨") in _names("粮食播种面积70.5万亩,粮食总产量31.2万吨。")


@pytest.mark.parametrize(
    ("sentence", "figure", "name"),
    [
        ("但税收收入下降4.2%。", "4.2%", "税收收入"),
        ("加上新开工项目23个。", "23个", "新开工项目"),
        ("比如新增市场主体1.2万户。", "1.2万户", "新增市场主体"),
        ("全年税收30亿元,其中工业税收11亿元,逆势增长6%。", "6%", None),
    ],
)
def test_names_connective_leads_drop(sentence: str, figure: str, name: str | None) -> None:
    named = _names(sentence)
    if name is None:  # 逆势 is no subject: the change is the level's before
        assert figure not in [f for _, f in named]
        assert extract_indicators(sentence)[-1].change is not None
    else:
        assert (name, figure) in named


def test_lists_summed_up_list_each_takes_the_attribute() -> None:
    """``A、B、C3个主要指标增速分别…``: each metric's growth rate, and no tally of 3."""
    sentence = "一季度,全县规上工业增加值、固定资产投资、社会消费品零售总额3个主要指标增速分别高于全市1.2个、3.5个、0.8个百分点。"
    assert _names(sentence) == [
        ("规上工业增加值增速", "1.2个"),  # the unit only the last item states is shared
        ("固定资产投资增速", "3.5个"),
        ("社会消费品零售总额增速", "0.8个百分点"),
    ]


def test_lists_summary_with_deng_keeps_its_count() -> None:
    """``等5项指标`` names some of the metrics counted: the count stays."""
    assert [q.value for q in extract_indicators("城镇新增就业、居民收入等5项指标居全省前列。")] == [5]


def test_names_clause_that_says_the_metric_rose_keeps_only_the_metric() -> None:
    """``A、B再次提高,年人均增加2400元``: the change belongs to A、B, not to ``…再次提高``."""
    [q] = extract_indicators("乡村医生补助、村干部报酬再次提高,年人均增加1800元。")
    assert q.name == "乡村医生补助、村干部报酬"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("全年新增市场主体1.3万户、累计达到9.2万户。",
         [("新增市场主体", "1.3万户"), ("市场主体累计数", "9.2万户")]),
        ("省级示范村、美丽宜居村分别新增15个和22个,累计分别达到86个和140个。",
         [("新增省级示范村", "15个"), ("新增美丽宜居村", "22个"),
          ("省级示范村累计数", "86个"), ("美丽宜居村累计数", "140个")]),
    ],
)
def test_lists_cumulative_total_after_new_count(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _names(sentence) == expected


def test_lists_ranks_after_changes_keep_their_rate_names() -> None:
    """``分别居全国第二、第七``: ranks name the growth rates, not the subjects of the list."""
    names = [n for n, _ in _names("一产、二产增加值分别增长6.1%和7.3%,分别居全国第二、第七位。")]
    assert names[2:] == ["一产增加值增速全国排名", "二产增加值增速全国排名"]
