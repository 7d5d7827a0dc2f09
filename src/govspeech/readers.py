"""Read .txt, .docx and .html files into the text that :func:`govspeech.parse` takes.

>>> result = read_file("讲话.docx")  # doctest: +SKIP
>>> result.text.splitlines()[1]  # Word's automatic numbering becomes a marker
'一、坚持稳中求进'

Offsets in the parsed tree refer to ``ReadResult.text``, the text extracted here:

- ``.txt``: the encoding is detected (BOM, strict UTF-8, then charset-normalizer for
  GB18030/GBK, Big5, UTF-16 without BOM…); GBK-family text is decoded as GB18030, its
  superset. A file cut in the middle of a character still reads, with ``U+FFFD`` at the cut.
- ``.docx``: body paragraphs and tables in document order, one line per paragraph, a
  table row as one line of tab-separated cells. Word's automatic list numbering, which is
  not in the paragraph text, is rendered from ``numbering.xml`` (``一、``, ``（一）``, ``1.``).
- ``.html``/``.htm``: the text of ``<main>``/``<article>`` when the page has exactly one,
  else of ``<body>``, without scripts, styles, navigation, asides and footers; block
  elements end lines, table cells are tab-separated, source line breaks between two
  Chinese characters vanish as browsers render them (CSS Text 3 segment breaks).

Heavy libraries (charset-normalizer, python-docx, selectolax) are imported on first use.
"""

from __future__ import annotations

import codecs
import io
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from govspeech.errors import DecodeError, EmptyInputError, InputError
from govspeech.numerals import CIRCLED, to_chinese

if TYPE_CHECKING:
    from selectolax.lexbor import LexborNode

__all__ = ["FORMATS", "Format", "ReadResult", "decode_bytes", "read_bytes", "read_file"]

Format = Literal["txt", "docx", "html"]

#: File suffixes govspeech reads (compared case-insensitively) and their format.
FORMATS: dict[str, Format] = {".txt": "txt", ".docx": "docx", ".htm": "html", ".html": "html"}


@dataclass(frozen=True, slots=True)
class ReadResult:
    """The text extracted from a file, its format and, for text files, its encoding."""

    text: str
    format: Format
    encoding: str | None


def read_file(path: str | os.PathLike[str]) -> ReadResult:
    """Read a speech file into text.

    Args:
        path: a ``.txt``, ``.docx``, ``.html`` or ``.htm`` file.

    Returns:
        The extracted text, the format and the detected encoding (``None`` for .docx).

    Raises:
        EmptyInputError: the file is empty or holds no text.
        DecodeError: the bytes are not text in an encoding govspeech can detect.
        InputError: the file is missing, unreadable, of another type, or a corrupt .docx.
    """
    name = os.fspath(path)
    _format_of(name)  # an unsupported type fails before the file is read
    try:
        data = Path(name).read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", path=name) from None
    except OSError as exc:
        raise InputError(f"cannot read file ({exc.strerror or exc})", path=name) from None
    return read_bytes(data, name)


def read_bytes(data: bytes, name: str) -> ReadResult:
    """Extract the text of a file's bytes, read from anywhere (object stores, archives).

    Args:
        data: the whole file.
        name: its name or URL; the suffix chooses the format, e.g. ``s3://b/讲话.docx``.

    Returns:
        The extracted text, the format and the detected encoding (``None`` for .docx).

    Raises:
        EmptyInputError, DecodeError, InputError: as :func:`read_file`.
    """
    fmt = _format_of(name)
    if not data:
        raise EmptyInputError("empty file (0 bytes)", path=name)
    encoding: str | None
    if fmt == "docx":
        text, encoding = _docx_text(data, name), None
    elif fmt == "html":
        text, encoding = decode_bytes(data, name, declared=_declared_charset(data))
        text = _html_text(text)
    else:
        text, encoding = decode_bytes(data, name)
    if not text.strip():
        raise EmptyInputError(f"no text in this .{fmt} file", path=name)
    return ReadResult(text=text, format=fmt, encoding=encoding)


def _format_of(name: str) -> Format:
    suffix = Path(name).suffix.lower()
    fmt = FORMATS.get(suffix)
    if fmt is None:
        expected = ", ".join(sorted(FORMATS))
        raise InputError(
            f"unsupported file type {suffix or '(none)'!r}; expected {expected}", path=name
        )
    return fmt


# --- encodings -------------------------------------------------------------------------

# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# GB2312 and GBK are subsets of GB18030; WHATWG decodes all their labels as GB18030 too.
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "hz": "gb18030", "ascii": "utf-8"}
_CHINESE = ("gb18030", "big5")  # preferred in this order on a near tie
_CHAOS_MARGIN = 0.05  # charset-normalizer's mess ratio, 0 (clean) to 1
# C0 controls and DEL, less whitespace and the DOS end-of-file mark (0x1A)
_CONTROL_BYTES = bytes([*range(0x09), *range(0x0E, 0x1A), *range(0x1B, 0x20), 0x7F])
_WIDE_TEXT = re.compile("[\t\n\r\x20-\x7e\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
# <meta charset="gb2312"> or <meta http-equiv=... content="text/html; charset=gbk">
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE
)


def decode_bytes(data: bytes, path: str, *, declared: str | None = None) -> tuple[str, str]:
    """Decode file bytes; return the text and the name of the codec used.

    Args:
        data: the file's bytes.
        path: the file name, for error messages.
        declared: an encoding the file declares (an HTML ``<meta charset>``), tried first.

    Returns:
        ``(text, encoding)``, e.g. ``("同志们:…", "gb18030")``.

    Raises:
        DecodeError: binary data, or bytes in no encoding that can be detected.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), codec
    # Control bytes other than whitespace are valid UTF-8 and GBK, but not in text.
    controls = _control_at(data)
    if declared and controls is None:
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError:
            pass  # a wrong declaration is common on saved pages: detect instead
    position = controls
    if controls is None:
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as exc:
            if exc.reason == "unexpected end of data":  # truncated in the middle of a character
                return data.decode("utf-8", errors="replace"), "utf-8"
            position = exc.start
    detected = _detect(data)
    if detected is None:
        what = "not text in any encoding detected" if controls is None else "binary data, not text"
        raise DecodeError(what, path=path, position=position)
    return data.decode(detected, errors="replace"), detected


def _control_at(data: bytes) -> int | None:
    """Offset of the first control byte if they are over 1% of the first 64 KB, else None."""
    sample = data[:65536]
    count = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if count * 100 <= len(sample):
        return None
    return next(i for i, byte in enumerate(sample) if byte in _CONTROL_BYTES)


def _detect(data: bytes) -> str | None:
    """The codec charset-normalizer finds for non-UTF-8 bytes, or ``None`` for binary."""
    from charset_normalizer import from_bytes

    # A file cut mid-character fails every strict decoder: retry without the cut tail.
    for cut in range(4):
        matches = from_bytes(data[: len(data) - cut] if cut else data)
        best = matches.best()
        if best is None:
            continue
        found = {_codec(m.encoding): m.chaos for m in matches}
        codec = _codec(best.encoding)
        # Short texts are ambiguous (GBK bytes are also valid CP949, Big5 or UTF-16):
        # speeches are Chinese, so a Chinese codec about as clean as the best one wins.
        for chinese in _CHINESE:
            if found.get(chinese, 1.0) <= best.chaos + _CHAOS_MARGIN:
                codec = chinese
                break
        if _control_at(data) is not None and not _wide_text(data, codec):
            return None  # control bytes that are not UTF-16/32 Chinese or ASCII: binary
        return codec
    return None


def _wide_text(data: bytes, codec: str) -> bool:
    """Whether bytes with NULs are UTF-16/32 text: mostly Chinese, ASCII or CJK punctuation.

    Random binary decoded as UTF-16 is spread over the whole BMP and fails this.
    """
    if not codec.startswith(("utf-16", "utf-32")):
        return False
    sample = data[:65536].decode(codec, errors="replace")
    return len(_WIDE_TEXT.findall(sample)) >= 0.8 * len(sample)


def _codec(name: str) -> str:
    codec = codecs.lookup(name).name
    return _SUPERSETS.get(codec, codec)


def _declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first 4 KB, if Python knows it."""
    found = _META_CHARSET.search(data, 0, 4096)
    if found is None:
        return None
    try:
        return _codec(found.group(1).decode("ascii"))
    except (LookupError, UnicodeDecodeError):
        return None


# --- .docx -----------------------------------------------------------------------------

# (numId, ilvl, basedOn) of a paragraph style
_StyleRow = tuple[str | None, str | None, str | None]
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_VAL = f"{_W}val"


def _roman(n: int) -> str:
    out = ""
    for value, numeral in (
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    ):  # fmt: skip
        count, n = divmod(n, value)
        out += numeral * count
    return out


def _letter(n: int) -> str:
    # Word repeats the letter past z: 27 → aa, 28 → bb.
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _cycle(symbols: str) -> Callable[[int], str]:
    return lambda n: symbols[n - 1] if 0 < n <= len(symbols) else str(n)


_LEGAL = str.maketrans("一二三四五六七八九十百千", "壹贰叁肆伍陆柒捌玖拾佰仟")

# Word's numFmt values → number rendering. Unknown formats fall back to decimal. The
# parenthesised and full-stop forms are written as the ASCII text they are equivalent to
# (NFKC), so the outline sees (1) and 1. as typed by hand.
NUMBER_FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: str(n).translate(
        str.maketrans("0123456789", "０１２３４５６７８９")
    ),
    "decimalEnclosedCircle": _cycle(CIRCLED),
    "decimalEnclosedCircleChinese": _cycle(CIRCLED),
    "decimalEnclosedParen": lambda n: f"({n})",
    "decimalEnclosedFullstop": lambda n: f"{n}.",
    "chineseCounting": to_chinese,
    "chineseCountingThousand": to_chinese,
    "japaneseCounting": to_chinese,
    "ideographDigital": lambda n: "".join("〇一二三四五六七八九"[int(d)] for d in str(n)),
    "chineseLegalSimplified": lambda n: ("一" * (10 <= n < 20) + to_chinese(n)).translate(_LEGAL),
    "ideographTraditional": _cycle("甲乙丙丁戊己庚辛壬癸"),
    "ideographZodiac": _cycle("子丑寅卯辰巳午未申酉戌亥"),
    "lowerLetter": _letter,
    "upperLetter": lambda n: _letter(n).upper(),
    "lowerRoman": _roman,
    "upperRoman": lambda n: _roman(n).upper(),
    "none": lambda n: "",
}


@dataclass(slots=True)
class _Level:
    fmt: str = "decimal"
    text: str = ""
    start: int = 1
    restart: int | None = None  # w:lvlRestart: restart after this 1-based level (0 = never)
    legal: bool = False
    suffix: str = "tab"


def _levels(parent: Any) -> dict[int, _Level]:
    levels: dict[int, _Level] = {}
    for lvl in parent.iter(f"{_W}lvl"):
        values = {child.tag[len(_W) :]: child.get(_VAL) for child in lvl}
        levels[int(lvl.get(f"{_W}ilvl", "0"))] = _Level(
            fmt=values.get("numFmt") or "decimal",
            text=values.get("lvlText") or "",
            start=int(values.get("start") or 1),
            restart=int(values["lvlRestart"]) if values.get("lvlRestart") else None,
            legal="isLgl" in values and values["isLgl"] not in ("0", "false"),
            suffix=values.get("suff") or "tab",
        )
    return levels


@dataclass(slots=True)
class _List:
    """One ``w:num``: an instance of an abstract list, with its overrides."""

    abstract_id: str
    levels: dict[int, _Level] = field(default_factory=dict)  # w:lvlOverride/w:lvl applied
    starts: dict[int, int] = field(default_factory=dict)  # w:lvlOverride/w:startOverride


@dataclass(slots=True)
class _Numbering:
    """Word's list counters, advanced paragraph by paragraph as Word does.

    Lists sharing an abstract definition share its counters (Word continues the
    numbering across them) unless a list overrides its start, which restarts it.
    """

    abstract: dict[str, dict[int, _Level]] = field(default_factory=dict)
    links: dict[str, str] = field(default_factory=dict)  # abstractNumId → numStyleLink
    nums: dict[str, _List] = field(default_factory=dict)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)  # per abstractNumId
    applied: set[str] = field(default_factory=set)  # numIds whose start overrides are applied

    @classmethod
    def from_xml(cls, root: Any) -> _Numbering:
        book = cls()
        for abstract in root.iter(f"{_W}abstractNum"):
            abstract_id = abstract.get(f"{_W}abstractNumId")
            book.abstract[abstract_id] = _levels(abstract)
            link = abstract.find(f"{_W}numStyleLink")
            if link is not None:
                book.links[abstract_id] = link.get(_VAL)
        for num in root.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            if ref is None:
                continue
            entry = _List(ref.get(_VAL))
            for over in num.iter(f"{_W}lvlOverride"):
                entry.levels.update(_levels(over))
                start = over.find(f"{_W}startOverride")
                if start is not None:
                    entry.starts[int(over.get(f"{_W}ilvl", "0"))] = int(start.get(_VAL))
            book.nums[num.get(f"{_W}numId")] = entry
        return book

    def resolve_links(self, styles: dict[str | None, _StyleRow]) -> None:
        """Point lists defined by a list style (``w:numStyleLink``) at that style's list."""
        for entry in self.nums.values():
            link = self.links.get(entry.abstract_id)
            target = self.nums.get(styles.get(link, (None, None, None))[0] or "")
            if link and target is not None and target.abstract_id != entry.abstract_id:
                entry.abstract_id = target.abstract_id

    def marker(self, num_id: str, ilvl: int) -> str:
        """Advance the list ``num_id`` at level ``ilvl`` and render its marker."""
        entry = self.nums.get(num_id)
        if entry is None or entry.abstract_id not in self.abstract:
            return ""  # a dangling reference
        levels = {**self.abstract[entry.abstract_id], **entry.levels}
        counters = self.counters.setdefault(entry.abstract_id, {})
        if entry.starts and num_id not in self.applied:
            self.applied.add(num_id)
            for k in entry.starts:
                counters.pop(k, None)
        level = levels.get(ilvl, _Level())
        counters[ilvl] = (
            counters[ilvl] + 1 if ilvl in counters else entry.starts.get(ilvl, level.start)
        )
        for deeper in [k for k in counters if k > ilvl]:
            restart = levels.get(deeper, _Level()).restart
            if restart is None or (restart and ilvl < restart):
                del counters[deeper]

        def number(match: re.Match[str]) -> str:
            k = int(match.group(1)) - 1
            at = levels.get(k, _Level())
            value = counters.get(k, entry.starts.get(k, at.start))
            return str(NUMBER_FORMATS.get("decimal" if level.legal else at.fmt, str)(value))

        text = re.sub(r"%([1-9])", number, level.text)
        text = re.sub("[\ue000-\uf8ff]", "•", text)  # Symbol/Wingdings bullets are private-use
        if not text or level.suffix == "nothing" or re.search(r"[\W_]$", text):
            return text
        return text + " "  # Word's tab or space after a bare marker such as 第一章


def _docx_text(data: bytes, path: str) -> str:
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        # python-docx gives an empty numbering part to a document without one.
        book = _Numbering.from_xml(document.part.numbering_part.element)
        styles = _style_numbering(document.styles.element)
        book.resolve_links(styles)
        lines = list(_blocks(document.element.body, book, styles, document.part))
    except Exception as exc:  # noqa: BLE001  # python-docx, zipfile and lxml raise their own
        detail = f"{type(exc).__name__}: {exc}".splitlines()[0]
        raise InputError(f"not a readable .docx file ({detail})", path=path) from None
    return "\n".join(lines)


def _style_numbering(styles: Any) -> dict[str | None, _StyleRow]:
    """styleId → (numId, ilvl, basedOn); the ``None`` key is the default paragraph style."""
    table: dict[str | None, _StyleRow] = {}
    for style in styles.iter(f"{_W}style"):
        num_id = style.find(f"{_W}pPr/{_W}numPr/{_W}numId")
        ilvl = style.find(f"{_W}pPr/{_W}numPr/{_W}ilvl")
        based = style.find(f"{_W}basedOn")
        row = (
            None if num_id is None else num_id.get(_VAL),
            None if ilvl is None else ilvl.get(_VAL),
            None if based is None else based.get(_VAL),
        )
        table[style.get(f"{_W}styleId")] = row
        if style.get(f"{_W}default") in ("1", "true") and style.get(f"{_W}type") == "paragraph":
            table[None] = row
    return table


def _num_pr(p: Any, styles: dict[str | None, _StyleRow]) -> tuple[str, int] | None:
    """(numId, ilvl) of a paragraph, direct or inherited through its style chain."""
    num_id = p.find(f"{_W}pPr/{_W}numPr/{_W}numId")
    ilvl = p.find(f"{_W}pPr/{_W}numPr/{_W}ilvl")
    found_id = None if num_id is None else num_id.get(_VAL)
    found_lvl = None if ilvl is None else ilvl.get(_VAL)
    style = p.find(f"{_W}pPr/{_W}pStyle")
    style_id = None if style is None else style.get(_VAL)
    seen: set[str | None] = set()
    while (found_id is None or found_lvl is None) and style_id not in seen and style_id in styles:
        seen.add(style_id)
        s_num, s_lvl, style_id = styles[style_id]
        found_id, found_lvl = found_id or s_num, found_lvl or s_lvl
    if found_id is None or found_id == "0":
        return None
    return found_id, int(found_lvl or 0)


def _blocks(
    parent: Any, book: _Numbering, styles: dict[str | None, _StyleRow], part: Any
) -> Iterator[str]:
    """Lines of the paragraphs and tables under ``parent`` (body or cell) in order."""
    from docx.text.paragraph import Paragraph

    for child in parent.iterchildren():
        if child.tag == f"{_W}p":
            text = Paragraph(child, part).text.strip()
            numbered = _num_pr(child, styles)
            marker = book.marker(*numbered) if numbered else ""
            if text:
                yield marker + text
        elif child.tag == f"{_W}tbl":
            for row in child.iterchildren(f"{_W}tr"):
                yield from _row(row, book, styles, part)
        elif child.tag == f"{_W}sdt":
            gallery = child.find(f"{_W}sdtPr/{_W}docPartObj/{_W}docPartGallery")
            content = child.find(f"{_W}sdtContent")
            # A table of contents repeats every heading: it is not part of the speech.
            if content is not None and (gallery is None or "Contents" not in gallery.get(_VAL, "")):
                yield from _blocks(content, book, styles, part)


def _row(
    row: Any, book: _Numbering, styles: dict[str | None, _StyleRow], part: Any
) -> Iterator[str]:
    """A data row as one tab-separated line; a layout row (long cells) line by line."""
    cells = [list(_blocks(tc, book, styles, part)) for tc in row.iterchildren(f"{_W}tc")]
    if all(len(lines) <= 1 for lines in cells):
        line = "\t".join(lines[0] for lines in cells if lines)
        if line:
            yield line
    else:
        for lines in cells:
            yield from lines


# --- .html -----------------------------------------------------------------------------

_DROPPED = ["script", "style", "noscript", "template", "iframe", "object", "svg", "canvas",
            "nav", "aside", "footer", "select", "button", "textarea"]  # fmt: skip
_BLOCKS = ("address, article, blockquote, br, caption, center, dd, details, dialog, div, dl, "
           "dt, fieldset, figcaption, figure, form, h1, h2, h3, h4, h5, h6, header, hgroup, hr, "
           "legend, li, main, menu, ol, p, pre, section, summary, table, tr, ul")  # fmt: skip
_LINE, _CELL = "\x1e", "\x1f"  # record/unit separators mark block and cell edges
_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
_SEGMENT_BREAK = re.compile(f"(?<=[{_CJK}])[ \\t\\r\\f]*\\n[ \\t\\r\\n\\f]*(?=[{_CJK}])")
_HTML_SPACE = re.compile(r"[ \t\r\n\f]+")
_LINE_BREAKS = re.compile(f"[ {_LINE}]*{_LINE}[ {_LINE}]*")


def _html_text(markup: str) -> str:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(markup)
    del markup
    tree.strip_tags(_DROPPED)
    root: LexborNode | None = tree.body
    for tag in ("main", "article"):
        found = tree.css(tag)
        if len(found) == 1:
            root = found[0]
            break
    if root is None:
        return ""
    for node in root.css(_BLOCKS):
        node.insert_before(_LINE)
        node.insert_after(_LINE)
    for node in root.css("td, th"):
        node.insert_before(_CELL)
    raw = root.text(deep=True, separator="")
    del tree
    raw = _HTML_SPACE.sub(" ", _SEGMENT_BREAK.sub("", raw))
    lines = (_cells(line) for line in _LINE_BREAKS.split(raw))
    return "\n".join(line for line in lines if line)


def _cells(line: str) -> str:
    if _CELL not in line:
        return line.strip()
    return "\t".join(cell.strip() for cell in line.split(_CELL) if cell.strip())
