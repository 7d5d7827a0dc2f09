"""Reading .txt, .docx and .html files into text (``govspeech.readers``)."""

from __future__ import annotations

import random
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml

import govspeech
from govspeech.errors import DecodeError, EmptyInputError, GovspeechWarning, InputError
from govspeech.readers import NUMBER_FORMATS, read_file
from _fixtures import SPEECH

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


# --- .txt ------------------------------------------------------------------------------

ENCODINGS = [
    # (codec used to write the file, encoding reported)
    ("utf-8", "utf-8"),
    ("utf-8-sig", "utf-8-sig"),
    ("gbk", "gb18030"),  # GBK is read as GB18030, its superset
    ("gb18030", "gb18030"),
    ("utf-16", "utf-16"),  # Python writes the BOM
]


@pytest.mark.parametrize("codec,reported", ENCODINGS)
def test_readers_txt_detects_encoding(tmp_path: Path, codec: str, reported: str) -> None:
    path = tmp_path / "speech.txt"
    path.write_bytes(SPEECH.encode(codec))
    result = read_file(path)
    assert result.text == SPEECH  # the BOM is not part of the text
    assert result.format == "txt"
    assert result.encoding == reported


def test_readers_txt_short_gbk_line(tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_bytes("一、坚持稳中求进".encode("gbk"))
    assert read_file(path).text == "一、坚持稳中求进"


def test_readers_truncated_gbk_reads_best_effort(tmp_path: Path) -> None:
    intact = SPEECH[:-2]  # the file is cut inside the two bytes of the final 。
    path = tmp_path / "cut.txt"
    path.write_bytes(intact.encode("gbk") + "。".encode("gbk")[:1])
    result = read_file(path)
    assert result.encoding == "gb18030"
    assert result.text == intact + "\ufffd"


def test_readers_truncated_utf8_reads_best_effort(tmp_path: Path) -> None:
    data = SPEECH.rstrip("\n").encode("utf-8")
    path = tmp_path / "cut.txt"
    path.write_bytes(data[:-1])  # the last character loses its final byte
    result = read_file(path)
    assert result.encoding == "utf-8"
    assert result.text == SPEECH.rstrip("\n")[:-1] + "\ufffd"


def test_readers_binary_txt_is_decode_error(tmp_path: Path) -> None:
    rng = random.Random(4)
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rng.randbytes(4000))
    with pytest.raises(DecodeError) as caught:
        read_file(path)
    assert caught.value.path == str(path)
    assert caught.value.position == 8  # the first NUL byte
    assert "\n" not in str(caught.value)


def test_readers_utf16_without_bom(tmp_path: Path) -> None:
    path = tmp_path / "speech.txt"
    path.write_bytes(SPEECH.encode("utf-16-le"))
    result = read_file(path)
    assert result.text == SPEECH
    assert result.encoding == "utf-16-le"


@pytest.mark.parametrize("content", [bytes(range(256)) * 8, b"\x00\x01\x02\x03" * 500])
def test_readers_nul_bytes_are_binary(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "data.txt"
    path.write_bytes(content)
    with pytest.raises(DecodeError, match="binary"):
        read_file(path)


@pytest.mark.parametrize("content", [b"", b"  \r\n\t\n"])
def test_readers_empty_txt_is_empty_input(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(EmptyInputError) as caught:
        read_file(path)
    assert caught.value.path == str(path)


@pytest.mark.parametrize(
    "content",
    [
        b"\xff\xfe\x00",  # a UTF-16 BOM and one stray byte: nothing but U+FFFD
        b"\xef\xbb\xbf\x07\x08\x1b",  # a UTF-8 BOM and control characters
        "\u200b\ufeff\u3000\n".encode("utf-8"),  # zero-width and ideographic spaces
        b"\xff\xfe" + "\x01\x02\n\x03".encode("utf-16-le"),
    ],
)
def test_readers_txt_without_visible_character_is_empty_input(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    with pytest.raises(EmptyInputError, match="no text") as caught:
        read_file(path)
    assert caught.value.path == str(path)


def test_readers_missing_file_is_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_file(tmp_path / "missing.txt")


def test_readers_binary_file_of_unknown_type_is_decode_error(tmp_path: Path) -> None:
    # An unknown suffix is read as text (issue #11): a binary file still fails, clearly.
    path = tmp_path / "speech.pdf"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 8)
    with pytest.warns(GovspeechWarning, match="W201"), pytest.raises(DecodeError, match="binary"):
        read_file(path)


def test_readers_suffix_is_case_insensitive(tmp_path: Path) -> None:
    path = tmp_path / "SPEECH.TXT"
    path.write_text(SPEECH, encoding="utf-8")
    assert read_file(path).format == "txt"


# --- .docx -----------------------------------------------------------------------------


def add_list(document: object, abstract_id: int, levels: list[tuple[str, str]]) -> None:
    """Define an abstract list whose level i has (numFmt, lvlText) = levels[i]."""
    numbering = document.part.numbering_part.element  # type: ignore[attr-defined]
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate(levels)
    )
    abstract = parse_xml(
        f'<w:abstractNum {W_NS} w:abstractNumId="{abstract_id}">{lvls}</w:abstractNum>'
    )
    # The schema puts every abstractNum before the first num.
    first_num = numbering.find(f"{{{numbering.nsmap['w']}}}num")
    if first_num is None:
        numbering.append(abstract)
    else:
        first_num.addprevious(abstract)


def add_num(
    document: object, num_id: int, abstract_id: int, *, restart_at: int | None = None
) -> None:
    """A list instance of ``abstract_id``; ``restart_at`` adds a level-0 start override."""
    override = (
        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{restart_at}"/></w:lvlOverride>'
        if restart_at is not None
        else ""
    )
    numbering = document.part.numbering_part.element  # type: ignore[attr-defined]
    numbering.append(
        parse_xml(
            f'<w:num {W_NS} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
            f"{override}</w:num>"
        )
    )


def numbered(document: object, text: str, num_id: int, level: int = 0) -> None:
    """A paragraph numbered automatically: the marker is not in its text."""
    paragraph = document.add_paragraph(text)  # type: ignore[attr-defined]
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {W_NS}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )


# lvlText %N stands for the counter of level N (1-based), in that level's numFmt.
OFFICIAL_LIST = [("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3.")]


def outline_docx(path: Path) -> None:
    """A speech whose 一、/（一）/1. markers are Word's automatic numbering."""
    document = docx.Document()
    add_list(document, 90, OFFICIAL_LIST)
    add_num(document, 91, 90)
    document.add_paragraph("同志们:")
    numbered(document, "坚持稳中求进", 91, 0)
    numbered(document, "稳增长", 91, 1)
    numbered(document, "扩大有效投资。", 91, 2)
    numbered(document, "促进消费回升。", 91, 2)
    numbered(document, "促改革", 91, 1)
    numbered(document, "深化国资国企改革。", 91, 2)  # restarts at 1 under a new (二)
    numbered(document, "狠抓工作落实", 91, 0)
    numbered(document, "强化责任担当", 91, 1)  # restarts at (一) under 二、
    document.add_paragraph("全年地区生产总值增长9.4%。")
    document.save(str(path))


def test_readers_docx_renders_automatic_numbering(tmp_path: Path) -> None:
    path = tmp_path / "speech.docx"
    outline_docx(path)
    result = read_file(path)
    assert result.format == "docx"
    assert result.encoding is None
    assert result.text.splitlines() == [
        "同志们:",
        "一、坚持稳中求进",
        "（一）稳增长",
        "1.扩大有效投资。",
        "2.促进消费回升。",
        "（二）促改革",
        "1.深化国资国企改革。",
        "二、狠抓工作落实",
        "（一）强化责任担当",
        "全年地区生产总值增长9.4%。",
    ]


def test_readers_docx_numbering_reaches_the_tree(tmp_path: Path) -> None:
    path = tmp_path / "speech.docx"
    outline_docx(path)
    doc = govspeech.parse_file(path)
    assert doc.format == "docx"
    assert doc.text is not None
    parts = doc.speeches[0].parts
    assert [part.heading for part in parts] == ["坚持稳中求进", "狠抓工作落实"]
    assert [point.heading for point in parts[0].points] == ["稳增长", "促改革"]
    # Offsets point into the extracted text: a part starts at its rendered marker.
    assert doc.text[parts[1].start :].startswith("二、狠抓工作落实")


def test_readers_docx_lists_share_counters_unless_restarted(tmp_path: Path) -> None:
    document = docx.Document()
    add_list(document, 80, [("decimal", "%1、")])
    add_num(document, 81, 80)
    add_num(document, 82, 80)  # same abstract list: Word continues the numbering
    add_num(document, 83, 80, restart_at=1)  # a start override restarts it
    numbered(document, "甲", 81)
    numbered(document, "乙", 82)
    numbered(document, "丙", 83)
    numbered(document, "丁", 81)
    path = tmp_path / "lists.docx"
    document.save(str(path))
    assert read_file(path).text.splitlines() == ["1、甲", "2、乙", "1、丙", "2、丁"]


def test_readers_docx_style_numbering(tmp_path: Path) -> None:
    # The default template's "List Number" style carries numbering: %1. in decimal.
    document = docx.Document()
    document.add_paragraph("扩大有效投资", style="List Number")
    document.add_paragraph("促进消费回升", style="List Number")
    path = tmp_path / "style.docx"
    document.save(str(path))
    assert read_file(path).text.splitlines() == ["1.扩大有效投资", "2.促进消费回升"]


def test_readers_docx_tables_in_document_order(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("主要指标如下:")
    table = document.add_table(rows=2, cols=3)
    for r, row in enumerate([["指标", "数值", "增速"], ["地区生产总值", "244.4亿元", "9.4%"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("以上数据为初步统计。")
    path = tmp_path / "table.docx"
    document.save(str(path))
    assert read_file(path).text.splitlines() == [
        "主要指标如下:",
        "指标\t数值\t增速",
        "地区生产总值\t244.4亿元\t9.4%",
        "以上数据为初步统计。",
    ]


def test_readers_corrupt_docx_is_input_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)
    with pytest.raises(InputError) as caught:
        read_file(path)
    assert caught.value.path == str(path)
    assert "not a readable .docx file" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_readers_docx_without_text_is_empty_input(tmp_path: Path) -> None:
    path = tmp_path / "blank.docx"
    docx.Document().save(str(path))
    with pytest.raises(EmptyInputError):
        read_file(path)


NUMBER_CASES = [
    ("decimal", 12, "12"),
    ("chineseCounting", 10, "十"),
    ("chineseCounting", 11, "十一"),
    ("chineseCounting", 20, "二十"),
    ("chineseCountingThousand", 105, "一百零五"),
    ("chineseLegalSimplified", 12, "壹拾贰"),
    ("ideographTraditional", 2, "乙"),
    ("decimalEnclosedCircle", 3, "③"),
    ("decimalEnclosedParen", 4, "(4)"),
    ("lowerLetter", 27, "aa"),
    ("upperRoman", 14, "XIV"),
    ("decimalZero", 7, "07"),
]


@pytest.mark.parametrize("fmt,number,expected", NUMBER_CASES)
def test_readers_docx_number_formats(fmt: str, number: int, expected: str) -> None:
    assert NUMBER_FORMATS[fmt](number) == expected


# --- .html -----------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>在全区经济工作会议上的讲话</title>
<style>p { text-indent: 2em }</style>
<script>var notText = "<p>不是正文</p>";</script></head>
<body>
<nav><a href="/">首页</a> &gt; <a href="/jh">讲话</a></nav>
<div class="content">
<h1>在全区经济工作会议上的讲话</h1>
<p>同志们:</p>
<p>今天召开全区经济工作会议，
主要任务是总结工作、部署任务。</p>
<p><strong>一、坚持稳中求进</strong></p>
<p>&nbsp;&nbsp;全年地区生产总值完成<b>244.4</b>亿元,<br>同比增长9.4%。</p>
<table><tr><th>指标</th><th>增速</th></tr><tr><td>工业增加值</td><td>8.1%</td></tr></table>
</div>
<footer>copyright 2008-2022 版权所有</footer>
</body></html>
"""


def test_readers_html_extracts_text_lines(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(PAGE.encode("gbk"))
    result = read_file(path)
    assert result.format == "html"
    assert result.encoding == "gb18030"  # declared gb2312, read as its superset
    assert result.text.splitlines() == [
        "在全区经济工作会议上的讲话",
        "同志们:",
        # A source line break between two Chinese characters is not a space (CSS Text 3).
        "今天召开全区经济工作会议，主要任务是总结工作、部署任务。",
        "一、坚持稳中求进",
        "全年地区生产总值完成244.4亿元,",
        "同比增长9.4%。",
        "指标\t增速",
        "工业增加值\t8.1%",
    ]


def test_readers_html_prefers_the_single_article(tmp_path: Path) -> None:
    page = (
        "<html><body><div>热点推荐 相关阅读</div>"
        "<article><h2>讲话</h2><p>同志们:</p><p>一、稳增长</p></article>"
        "<div>看过本文的人还看了</div></body></html>"
    )
    path = tmp_path / "page.htm"
    path.write_text(page, encoding="utf-8")
    result = read_file(path)
    assert result.encoding == "utf-8"
    assert result.text.splitlines() == ["讲话", "同志们:", "一、稳增长"]


def test_readers_html_wrong_declared_charset_is_detected(tmp_path: Path) -> None:
    page = '<html><head><meta charset="utf-8"></head><body><p>' + SPEECH + "</p></body></html>"
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("gb18030"))
    result = read_file(path)
    assert result.encoding == "gb18030"
    assert "一、坚持稳中求进" in result.text


def test_readers_html_without_text_is_empty_input(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text("<html><head><script>x = 1</script></head><body><nav>首页</nav></body></html>")
    with pytest.raises(EmptyInputError):
        read_file(path)
