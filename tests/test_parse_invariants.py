"""Properties of ``govspeech.parse`` on arbitrary input (GUIDE §1, §2 offsets).

``parse`` is total on text, and whatever it returns keeps the tree's invariants:
children inside parents, sentences inside their node, offsets in document order, every
node's span opening with its marker as written, and every character of the input either
inside a speech or inside a noise span.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import govspeech
from govspeech.models import Document, Point, Sentence, Speech
from govspeech.parser.normalize.chars import fold
from govspeech.parser.normalize.noise import NOISE_PATTERNS
from govspeech.parser.outline.markers import MARKER_PATTERN

# Fragments of the genre, so that generated texts reach every stage.
FRAGMENTS = [
    "\n", "\n\n", "。", "!", "?", ":", ";", ",", "、", "“", "”", "(", ")", "　", "  ",
    # markers of every style
    "一、", "二、", "三、", "(一)", "(二)", "（三）", "1.", "2、", "(1)", "3)", "①", "②",
    "第一,", "第二,", "一是", "二是", "三要", "其一,", "其二,", "首先,", "其次,", "最后,",
    "一方面,", "另一方面,", "——", "十二、",
    # confusables
    "第一要务", "这一要求", "统一是", "1+3", "3月26日", "2.3万人", "(2024年1月5日)",
    # headers and closings
    "同志们:", "各位委员、同志们:", "同志们,", "在全县经济工作会议上的讲话", "表态讲话(一):",
    "讲话篇1", "讲话篇2", "——坚持六大理念",
    # Traditional text and pinyin artefacts
    "開發(fā)區(qū)", "經(jīng)濟", "面臨著", "(xx)", "�",
    # boilerplate
    "学习啦>实用范文>致辞讲话>", "上传人:张三 文档编号:1 格式:DOCX 页数:7", "讲话.docx_第1页",
    "第1页 / 共7页", "第 4 页 共 4 页", "展开阅读全文", "点击查看更多>>", "下载 相关 举报",
    "下面是学习啦小编给大家整理的讲话,仅供参考。", "《讲话》来源于网络,欢迎阅读讲话。",
    "看过讲话的人还看了:", "copyright@ 2008-2022 学习啦", "鄂ICP备2022015515号-1", "a@b.com",
    "经验分享", "佩珊分享", "版权所有", "本网站内容", "侵权投诉", "备案号:", "来源于", "作者:张三",
    # ordinary prose with numbers
    "地区生产总值完成244.4亿元,同比增长9.4%。", "加强领导", "坚持稳中求进", "正文",
]

chars = st.characters(blacklist_categories=("Cs",))
genre_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(chars, max_size=4)), max_size=40
).map("".join)
any_text = st.one_of(st.text(chars, max_size=200), genre_text, genre_text)

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _nodes(speech: Speech) -> Iterator[tuple[Point | None, Point]]:
    """(parent, node) for every part and point of a speech, in document order."""

    def walk(parent: Point | None, node: Point) -> Iterator[tuple[Point | None, Point]]:
        yield parent, node
        for child in node.points:
            yield from walk(node, child)

    for part in speech.parts:
        yield from walk(None, part)


def _check(text: str, doc: Document) -> None:
    n = len(text)
    assert doc.length == n
    previous_speech_end = 0
    for speech in doc.speeches:
        # speeches are in order and do not overlap
        assert previous_speech_end <= speech.start < speech.end <= n
        previous_speech_end = speech.end
        last_start = speech.start
        for parent, node in _nodes(speech):
            lo, hi = (speech.start, speech.end) if parent is None else (parent.start, parent.end)
            # children inside parents, parts inside their speech
            assert lo <= node.start < node.end <= hi, (node.marker, node.start, node.end, lo, hi)
            # nodes in document order
            assert node.start >= last_start
            last_start = node.start
            # a node's span opens with its marker as written (modulo folding)
            assert fold(text[node.start:node.start + len(node.marker)]) == node.marker
            for s in node.sentences:
                assert node.start <= s.start < s.end <= node.end
        sentences: list[Sentence] = list(speech.iter_sentences())
        for s in sentences:
            assert speech.start <= s.start < s.end <= speech.end
            assert s.text.strip()
        # sentences in document order, never overlapping
        for a, b in zip(sentences, sentences[1:]):
            assert a.end <= b.start
    # nothing is silently lost
    covered = [False] * n
    for start, end in [(sp.start, sp.end) for sp in doc.speeches] + [(x.start, x.end) for x in doc.noise]:
        assert 0 <= start <= end <= n
        for k in range(start, end):
            covered[k] = True
    lost = [(k, ch) for k, ch in enumerate(text) if not covered[k] and not ch.isspace()]
    assert lost == []


# Boilerplate kinds that may hold numbered lines: a site's page numbers, a related list.
NUMBERED_NOISE = frozenset({"page_fragment", "related_list"})
BOILERPLATE = frozenset(row.name for row in NOISE_PATTERNS) - NUMBERED_NOISE


def _check_markers_survive(text: str, doc: Document) -> None:
    """No boilerplate span other than a numbered one holds a marker at a line start, so
    every part and point of the tree lies outside them (GUIDE §1: speech text is kept)."""
    folded = fold(text)
    spans = [(n.start, n.end) for n in doc.noise if n.kind in BOILERPLATE]
    for speech in doc.speeches:
        for _, node in _nodes(speech):
            assert not any(start <= node.start < end for start, end in spans), node.marker
    for start, end in spans:
        at = start
        while at < end:
            line_start = folded.rfind("\n", 0, at) + 1
            indented = not folded[line_start:at].strip()
            if indented and not folded[at].isspace() and MARKER_PATTERN.match(folded, at):
                raise AssertionError(f"noise {folded[start:end]!r} holds a marker at {at}")
            newline = folded.find("\n", at, end)
            if newline < 0:
                break
            at = newline + 1
            while at < end and folded[at] in " \t\u3000\r":
                at += 1


@SETTINGS
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=60).map("".join))
def test_parse_invariants_markers_never_in_boilerplate(text: str) -> None:
    _check_markers_survive(text, govspeech.parse(text))


# GUIDE §1: a lead-in ending with "," announces a list; its 1、 is no page fragment
LEAD_IN_LIST = (
    "近年来,我县坚持发展第一要务,在项目建设、招商引资、改革创新、营商环境持续优化等方面,"
    "\n1、抓项目。\n2、抓招商。"
)


@pytest.mark.parametrize(
    ("text", "markers"),
    [
        ("一、经验分享\n各地要相互学习。\n二、其他", ["一、", "二、"]),
        ("(一)成果分享\n1.数据分享\n要打通数据壁垒。", ["(一)", "1."]),
        (LEAD_IN_LIST, ["1、", "2、"]),
    ],
)
def test_parse_invariants_markers_never_in_boilerplate_examples(text: str, markers: list[str]) -> None:
    doc = govspeech.parse(text)
    _check_markers_survive(text, doc)
    assert [node.marker for speech in doc.speeches for _, node in _nodes(speech)] == markers


@SETTINGS
@given(any_text)
def test_parse_invariants_hold_on_any_text(text: str) -> None:
    _check(text, govspeech.parse(text))


@SETTINGS
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=60).map("".join))
def test_parse_invariants_hold_on_genre_fragments(text: str) -> None:
    _check(text, govspeech.parse(text))


def test_parse_invariants_hold_on_a_speech() -> None:
    text = (
        "学习啦>实用范文>致辞讲话>\n在全县经济工作会议上的讲话\n(2024年1月5日)\n同志们:\n今天开会。\n"
        "一、坚持稳中求进\n(一)抓项目。地区生产总值完成244.4亿元,同比增长9.4%。\n"
        "我讲两点:一是加强领导;二是强化考核。\n二、開發(fā)區(qū)建設\n——要立足于实。正文。\n——要专心于做。正文。\n"
        "同志们,让我们共同奋斗!\n鄂ICP备2022015515号-1"
    )
    _check(text, govspeech.parse(text))


@pytest.mark.parametrize("space", ["\x0c", "\x0b", "\u2028", "\x85"])
def test_parse_invariants_sentence_inside_node_before_other_whitespace(space: str) -> None:
    text = f"一、加强领导{space}"
    _check(text, govspeech.parse(text))
