"""Invariants of a parse and genre-aware input strategies, shared by the property tests
(``test_parse_invariants``, ``test_hostile_input``) and the long fuzz run
(``benchmarks/fuzz.py``).

``check(text, doc)`` asserts what GUIDE §2 promises of any parse: speeches in order,
children inside parents, sentences inside their node, each node's span opening with its
marker, and every character of the input inside a speech or a noise span (or blank).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from hypothesis import strategies as st

from govspeech.models import Document, Point, Sentence, Speech
from govspeech.parser.lines import BLANK
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

# Hostile pieces: lone surrogates (surrogateescape decoding), zero-width and other
# white space, CR/CRLF line ends, HTML left-overs, and figure chains that once made names
# grow without bound (each 占 share taking the previous, already owned name).
HOSTILE = [
    "\udfff", "\udc80區", "\ud800", "\u200b", "\u200d", "\ufeff", "\xa0", "\u2028", "\u2029", "\x85",
    "\r\n", "\r", "\t", "\x00", "\x1b", "<p>", "</div>", "&nbsp;", "\\r\\n",
    "1%1%占", "由1%至2%", "1%", "亿元", "万人", "个百分点", "倍", "12345678901234567890", "1.", "——",
    "当前位置:首页 > 新闻", "来源:某县人民政府", "打印本页 关闭窗口",
]
FRAGMENTS = FRAGMENTS + HOSTILE

chars = st.characters()  # every code point, surrogates included
genre_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(chars, max_size=4)), max_size=40
).map("".join)
any_text = st.one_of(st.text(chars, max_size=200), genre_text, genre_text)


def nodes(speech: Speech) -> Iterator[tuple[Point | None, Point]]:
    """(parent, node) for every part and point of a speech, in document order."""

    def walk(parent: Point | None, node: Point) -> Iterator[tuple[Point | None, Point]]:
        yield parent, node
        for child in node.points:
            yield from walk(node, child)

    for part in speech.parts:
        yield from walk(None, part)


def check(text: str, doc: Document) -> None:
    n = len(text)
    assert doc.length == n
    previous_speech_end = 0
    for speech in doc.speeches:
        # speeches are in order and do not overlap
        assert previous_speech_end <= speech.start < speech.end <= n
        previous_speech_end = speech.end
        last_start = speech.start
        for parent, node in nodes(speech):
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
    lost = [(k, ch) for k, ch in enumerate(text) if not covered[k] and ch not in BLANK]
    assert lost == []


# Boilerplate kinds that may hold numbered lines: a site's page numbers, a related list.
NUMBERED_NOISE = frozenset({"page_fragment", "related_list", "site_notice"})
BOILERPLATE = frozenset(row.name for row in NOISE_PATTERNS) - NUMBERED_NOISE


_MARKUP = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{1,7}|#x[0-9a-fA-F]{1,6});|<br\s*/?>", re.IGNORECASE)


def check_markers_survive(text: str, doc: Document) -> None:
    """No boilerplate span other than a numbered one holds a marker at a line start, so
    every part and point of the tree lies outside them (GUIDE §1: speech text is kept)."""
    folded = fold(text)
    # markup (&nbsp;, <br>) is read as the space or break it stands for, never as text
    folded = _MARKUP.sub(lambda m: " " * len(m.group()), folded)
    spans = [(n.start, n.end) for n in doc.noise if n.kind in BOILERPLATE]
    for speech in doc.speeches:
        for _, node in nodes(speech):
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
