"""Hostile files for the readers (issue #12): FIFOs, devices, huge files, zip bombs,
Word files without optional parts, deep HTML, cut GBK. Each is generated in tmp_path."""

from __future__ import annotations

import contextlib
import io
import os
import re
import threading
import tracemalloc
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest

import govspeech
from govspeech.errors import (
    GovspeechWarning,
    InputError,
    NotAFileError,
    TooLargeError,
)
from govspeech.readers import read_bytes, read_file
from govspeech.readers.files import DEFAULT_MAX_BYTES, parse_size
import govspeech.readers.html as html_reader
from govspeech.readers.html import html_text, simplify_markup
from _fixtures import SPEECH
from _work import growth


def finishes_within(seconds: float, call: Callable[[], object]) -> object:
    """``call()`` in a thread; fail (instead of hanging the suite) if it takes longer."""
    result: dict[str, object] = {}

    def run() -> None:
        try:
            result["value"] = call()
        except BaseException as exc:  # noqa: BLE001  # re-raised below, in the test
            result["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still running after {seconds} s"
    if "error" in result:
        raise result["error"]  # type: ignore[misc]
    return result.get("value")


# --- what is a file ------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_issue_12_fifo_is_refused_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "x.txt"
    os.mkfifo(fifo)
    try:
        with pytest.raises(NotAFileError, match="FIFO") as caught:
            finishes_within(5, lambda: read_file(fifo))
        assert str(fifo) in str(caught.value) and "\n" not in str(caught.value)
        with pytest.raises(NotAFileError):
            finishes_within(5, lambda: govspeech.parse_file(fifo))
    finally:  # a reader left blocked in open() is released by a writer
        with contextlib.suppress(OSError):
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_issue_12_device_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NotAFileError, match="character device"):
        finishes_within(5, lambda: read_file("/dev/zero", format="txt"))


def test_issue_12_folder_is_not_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "speeches.txt"
    folder.mkdir()
    with pytest.raises(NotAFileError, match="folder"):
        read_file(folder)


def test_readers_nul_in_file_name_is_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="NUL"):
        read_file(str(tmp_path / "a\x00b.txt"))


# --- size limit ------------------------------------------------------------------------


def test_issue_12_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "speech.txt"
    path.write_text(SPEECH, encoding="utf-8")
    size = path.stat().st_size
    assert read_file(path, max_bytes=size).text == SPEECH
    with pytest.raises(TooLargeError, match=f"size limit of {size - 1:,} bytes") as caught:
        read_file(path, max_bytes=size - 1)
    assert str(path) in str(caught.value)
    monkeypatch.setenv("GOVSPEECH_MAX_BYTES", "100")
    with pytest.raises(TooLargeError):
        govspeech.parse_file(path)
    monkeypatch.setenv("GOVSPEECH_MAX_BYTES", "1k")
    assert read_file(path).text == SPEECH


def test_issue_12_huge_file_is_never_loaded(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        f.truncate(DEFAULT_MAX_BYTES * 50)  # 10 GB, sparse: no disk used
    tracemalloc.start()
    try:
        with pytest.raises(TooLargeError):
            finishes_within(5, lambda: read_file(path))
        assert tracemalloc.get_traced_memory()[1] < 1 << 20
    finally:
        tracemalloc.stop()


@pytest.mark.skipif(not os.path.exists("/proc/self/maps"), reason="no /proc")
def test_issue_12_size_limit_holds_when_stat_says_zero() -> None:
    # /proc files are regular files of size 0 that read on: the limit is on bytes read.
    with pytest.raises(TooLargeError):
        read_file("/proc/self/maps", format="txt", max_bytes=64)


SIZES = [("200M", 200 * 2**20), ("1G", 2**30), ("512kb", 2**19), ("1000", 1000)]


@pytest.mark.parametrize(("text", "size"), SIZES)
def test_readers_parse_size(text: str, size: int) -> None:
    assert parse_size(text) == size


# --- formats ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["notes.md", "README", "speech.TXT~"])
def test_issue_11_unknown_suffix_is_read_as_text_with_a_warning(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(SPEECH, encoding="utf-8")
    with pytest.warns(GovspeechWarning, match=r"\[W201\].*read as text"):
        result = read_file(path)
    assert (result.format, result.text) == ("txt", SPEECH)


def test_issue_11_format_overrides_the_suffix(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("<html><body><p>同志们:</p><p>一、稳增长</p></body></html>", encoding="utf-8")
    assert read_file(path).text.startswith("<html>")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no warning when the format is given
        result = read_file(path, format="html")
    assert (result.format, result.text) == ("html", "同志们:\n一、稳增长")
    with pytest.raises(InputError, match="unknown format 'pdf'"):
        read_file(path, format="pdf")  # type: ignore[arg-type]


# --- .docx -----------------------------------------------------------------------------


def rezip(data: bytes, replace: dict[str, bytes | None]) -> bytes:
    """A copy of a zip archive with members replaced (or dropped, for ``None``)."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            content = replace.get(info.filename, src.read(info))
            if content is not None:
                dst.writestr(info.filename, content)
    return out.getvalue()


def plain_docx(lines: list[str]) -> bytes:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def without_parts(data: bytes, parts: list[str]) -> bytes:
    """The package without ``parts``, and without the references to them."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        rels = archive.read("word/_rels/document.xml.rels").decode()
        types = archive.read("[Content_Types].xml").decode()
    for part in parts:
        target = re.escape(part.removeprefix("word/"))
        rels = re.sub(f'<Relationship [^>]*Target="{target}"/>', "", rels)
        types = re.sub(f'<Override PartName="/{re.escape(part)}"[^>]*/>', "", types)
    replace: dict[str, bytes | None] = {part: None for part in parts}
    replace["word/_rels/document.xml.rels"] = rels.encode()
    replace["[Content_Types].xml"] = types.encode()
    return rezip(data, replace)


OPTIONAL_PARTS = [
    ["word/numbering.xml"],  # Word writes none for a document without lists
    ["word/styles.xml", "word/stylesWithEffects.xml"],
    ["word/settings.xml"],
    ["word/numbering.xml", "word/styles.xml", "word/stylesWithEffects.xml", "word/settings.xml"],
]


@pytest.mark.parametrize("parts", OPTIONAL_PARTS, ids=lambda ps: "+".join(p[5:-4] for p in ps))
def test_issue_12_docx_without_optional_parts_reads(parts: list[str]) -> None:
    data = without_parts(plain_docx(["同志们:", "一、坚持稳中求进"]), parts)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert not set(parts) & set(archive.namelist())
    assert read_bytes(data, "speech.docx").text == "同志们:\n一、坚持稳中求进"


def document_xml(body: str, doctype: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{doctype}'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
    ).encode()


def bomb_docx(inflated: int) -> bytes:
    """A .docx whose document.xml inflates to ``inflated`` bytes (a paragraph of spaces)."""
    head = document_xml("<w:p><w:r><w:t>同志们").split(b"\xe5\x90\x8c")[0]  # up to <w:t>
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(plain_docx(["x"]))) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            if info.filename != "word/document.xml":
                dst.writestr(info.filename, src.read(info))
                continue
            with dst.open("word/document.xml", "w", force_zip64=True) as member:
                member.write(head)
                block = b" " * (1 << 20)
                for _ in range(inflated >> 20):
                    member.write(block)
                member.write(b"</w:t></w:r></w:p></w:body></w:document>")
    return out.getvalue()


def lie_about_size(data: bytes, name: str, size: int) -> bytes:
    """Rewrite the uncompressed size of ``name`` in its local and central headers."""
    patched = bytearray(data)
    encoded = name.encode()
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = 0
        while (at := patched.find(signature, at)) >= 0:
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if patched[name_at : name_at + len(encoded)] == encoded:
                patched[at + offset : at + offset + 4] = size.to_bytes(4, "little")
            at += 4
    return bytes(patched)


def test_issue_12_docx_bomb_fails_fast_in_bounded_memory() -> None:
    data = bomb_docx(100 * 2**20)  # document.xml: 100 MB, took 4.5 GB and 123 s
    assert len(data) < 2**20
    tracemalloc.start()
    try:
        with pytest.raises(TooLargeError, match="document.xml") as caught:
            read_bytes(data, "bomb.docx")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 32 * 2**20  # the cap stops inflating early: a fraction of the 100 MB is read
    assert "bomb.docx" in str(caught.value) and "\n" not in str(caught.value)


def test_issue_12_docx_bomb_with_lying_headers_fails_fast() -> None:
    # Headers claim 1,000 bytes; the deflate stream holds 64 MB.
    data = lie_about_size(bomb_docx(64 * 2**20), "word/document.xml", 1000)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.getinfo("word/document.xml").file_size == 1000
    tracemalloc.start()
    try:
        with pytest.raises(InputError):
            finishes_within(10, lambda: read_bytes(data, "liar.docx"))
        assert tracemalloc.get_traced_memory()[1] < 32 * 2**20
    finally:
        tracemalloc.stop()


LAUGHS = (
    '<!DOCTYPE w:document [<!ENTITY lol "lol"><!ENTITY lol1 "' + "&lol;" * 10 + '">'
    + "".join(f'<!ENTITY lol{k} "{f"&lol{k - 1};" * 10}">' for k in range(2, 10))
    + ']>'
)


def test_issue_12_docx_entities_do_not_expand() -> None:
    body = "<w:p><w:r><w:t>同志们&lol9;</w:t></w:r></w:p>"
    data = rezip(plain_docx(["x"]), {"word/document.xml": document_xml(body, LAUGHS)})
    try:
        text = finishes_within(10, lambda: read_bytes(data, "laughs.docx").text)
    except InputError:
        return  # refusing the document is as good
    assert isinstance(text, str) and "lollol" not in text


def test_issue_12_docx_external_entities_are_not_read() -> None:
    doctype = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>'
    body = "<w:p><w:r><w:t>同志们&xxe;</w:t></w:r></w:p>"
    data = rezip(plain_docx(["x"]), {"word/document.xml": document_xml(body, doctype)})
    try:
        text = read_bytes(data, "xxe.docx").text
    except InputError:
        return
    secret = Path("/etc/hostname").read_text().strip() if Path("/etc/hostname").exists() else "\x00"
    assert secret not in text


# --- .html -----------------------------------------------------------------------------


def test_issue_12_html_deep_nesting_is_linear() -> None:
    def page(depth: int) -> str:
        return f"<html><body>{'<div>' * depth}同志们:一、坚持稳中求进{'</div>' * depth}</body></html>"

    assert html_text(page(100_000)) == "同志们:一、坚持稳中求进"
    # above SMALL_PAGE_TAGS, where the nesting pass in Python reads the page first
    assert growth(page, html_text, 10_000) < 5  # 100,000 levels once took 31 s: quadratic


def test_readers_html_simplify_keeps_text_comments_and_scripts() -> None:
    inner = "<script>'</div></div>'</script><!-- </div> -->"
    page = "<div>" * 300 + inner + "正文" + "</div>" * 300
    capped = simplify_markup(page, 256)
    assert capped.count("<div>") == 256 and capped.count("</div>") == 256 + 3
    assert inner + "正文" in capped
    shallow = "<div><p>一<span class=x>二</span><B>三</B></p></div>" * 100
    assert simplify_markup(shallow, 256) == "<div><p>一二三</p></div>" * 100


def test_readers_html_big_pages_read_as_small_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    from test_readers import PAGE

    page = PAGE.replace("<p>", "<p><font color=red><span>").replace("</p>", "</span></font></p>")
    page = page.replace("<div class", "<div><div><div class")
    page = page.replace("</div>", "</div></div></div>")
    as_small = html_text(page)
    monkeypatch.setattr(html_reader, "SMALL_PAGE_TAGS", 0)  # every page simplified
    assert html_text(page) == as_small


# --- .txt ------------------------------------------------------------------------------

REPORT = "在全区经济工作会议上的讲话\n同志们：今天我们召开会议，主要任务是总结工作。"


@pytest.mark.parametrize("cut", [21, 42, 64])
def test_issue_12_truncated_gbk_is_gb18030(tmp_path: Path, cut: int) -> None:
    data = REPORT.encode("gbk")[:cut]
    path = tmp_path / "cut.txt"
    path.write_bytes(data)
    with pytest.warns(GovspeechWarning, match=r"\[W202\].*gb18030"):
        result = read_file(path)  # was cp874: Thai mojibake
    assert result.encoding == "gb18030"
    intact = data[: len(data) - 1].decode("gb18030")
    assert result.text == intact + "\ufffd"


def test_readers_clear_detection_does_not_warn(tmp_path: Path) -> None:
    path = tmp_path / "speech.txt"
    path.write_bytes((SPEECH * 3).encode("gbk"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert read_file(path).encoding == "gb18030"
