"""Paragraphs and tables of a .docx file as lines, with Word's automatic list numbering."""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from govspeech.errors import InputError, TooLargeError
from govspeech.numerals import CIRCLED, to_chinese

__all__ = ["MAX_PART_BYTES", "MAX_RATIO", "MAX_TOTAL_BYTES", "NUMBER_FORMATS", "docx_text"]

#: The most one member of a .docx archive may inflate to. python-docx holds each XML part
#: as an lxml tree of ~20 times its size; the document.xml of a 300-page report is ~5 MB.
MAX_PART_BYTES = 16 * 2**20
#: The most the whole archive may inflate to (images included: python-docx loads them).
MAX_TOTAL_BYTES = 256 * 2**20
#: The most a member over 1 MiB may inflate relative to its compressed size. Word's XML
#: deflates 5 to 20 times; a bomb of zeros deflates about 1000 times.
MAX_RATIO = 100
_RATIO_FLOOR = 2**20
_INFLATE_CHUNK = 1 << 16

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
        """The lists defined in ``numbering.xml``; none when the part is missing (``None``)."""
        book = cls()
        if root is None:
            return book
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


def docx_text(data: bytes, path: str) -> str:
    """The body of a .docx file, one line per paragraph; InputError if it cannot be read.

    Raises:
        TooLargeError: a part of the archive inflates past :data:`MAX_PART_BYTES` or
            :data:`MAX_RATIO` times its compressed size (a zip bomb).
        InputError: not a zip archive, or not a Word document.
    """
    try:
        _check_archive(data, path)
        import docx

        document = docx.Document(io.BytesIO(data))
        book = _Numbering.from_xml(_numbering_xml(document))
        styles = _style_numbering(document.styles.element)
        book.resolve_links(styles)
        lines = list(_blocks(document.element.body, book, styles, document.part))
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001  # python-docx, zipfile and lxml raise their own
        detail = f"{type(exc).__name__}: {exc}".splitlines()[0]
        raise InputError(f"not a readable .docx file ({detail})", path=path) from None
    return "\n".join(lines)


def _numbering_xml(document: Any) -> Any:
    """The numbering part's root, or ``None`` when the package has no numbering part."""
    try:
        return document.part.numbering_part.element
    except NotImplementedError:
        # Word writes no numbering part for a document without lists, nor do many
        # converters; python-docx refuses to make one up.
        return None


def _check_archive(data: bytes, path: str) -> None:
    """Refuse a zip bomb before python-docx inflates the whole package into memory.

    The sizes in zip headers are the writer's word: each member is also inflated here,
    as a stream, counting the bytes and stopping at the limit, so a lying header costs
    at most :data:`MAX_PART_BYTES` of inflation and a few KB of memory.
    """
    import zipfile

    total = 0
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            _check_member(info.filename, info.file_size, info.compress_size, path)
            inflated = 0
            with archive.open(info) as member:
                while chunk := member.read(_INFLATE_CHUNK):
                    inflated += len(chunk)
                    _check_member(info.filename, inflated, info.compress_size, path)
            total += inflated
            if total > MAX_TOTAL_BYTES:
                raise TooLargeError(
                    f"the .docx inflates to more than {MAX_TOTAL_BYTES:,} bytes (a zip bomb?)",
                    path=path,
                )


def _check_member(name: str, size: int, packed: int, path: str) -> None:
    if size > MAX_PART_BYTES:
        limit = f"more than {MAX_PART_BYTES:,} bytes"
    elif size > _RATIO_FLOOR and size > MAX_RATIO * max(packed, 1):
        limit = f"{size // max(packed, 1):,} times its compressed size"
    else:
        return
    raise TooLargeError(f"part {name!r} of the .docx inflates to {limit} (a zip bomb?)", path=path)


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
