"""Detect the encoding of text and HTML bytes: BOM, declared charset, UTF-8, charset-normalizer."""

from __future__ import annotations

import codecs
import re
import warnings

from govspeech.errors import DecodeError, GovspeechWarning

__all__ = ["declared_charset", "decode_bytes"]

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
# A detection is trusted from this many bytes and below this mess ratio, when its codec
# is one Chinese text is written in; else it comes with a [W202] warning.
_SURE_BYTES = 64
_SURE_CHAOS = 0.2
_CJK_CODECS = ("gb18030", "big5", "utf-", "hz", "euc_tw", "cp950", "big5hkscs")
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
    detected = _detect(data, path)
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


def _detect(data: bytes, path: str) -> str | None:
    """The codec charset-normalizer finds for non-UTF-8 bytes, or ``None`` for binary."""
    from charset_normalizer import from_bytes

    # A file cut mid-character fails every strict decoder, and charset-normalizer then
    # settles for a single-byte code page (Thai cp874 for cut GBK): judge the whole
    # characters, without the cut tail.
    whole = data[: _gb18030_cut(data)]
    for cut in range(4):
        matches = from_bytes(whole[: len(whole) - cut] if cut else whole)
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
        _warn_if_unsure(codec, found.get(codec, best.chaos), len(whole), path)
        return codec
    return None


def _gb18030_cut(data: bytes) -> int:
    """Where valid GB18030 stops short of a truncated last character, else ``len(data)``."""
    try:
        data.decode("gb18030")
    except UnicodeDecodeError as exc:
        if exc.reason == "incomplete multibyte sequence" and exc.start >= len(data) - 3:
            return exc.start
    return len(data)


def _warn_if_unsure(codec: str, chaos: float, size: int, path: str) -> None:
    """Warn [W202] when the guess is weak: few bytes, a messy decoding or no CJK codec."""
    reasons = []
    if size < _SURE_BYTES:
        reasons.append(f"only {size} bytes")
    if chaos > _SURE_CHAOS:
        reasons.append(f"{chaos:.0%} of the text looks garbled")
    if not codec.startswith(_CJK_CODECS):
        reasons.append("not an encoding of Chinese text")
    if reasons:
        warnings.warn(
            f"[W202] {path}: decoded as {codec}, a guess with low confidence "
            f"({'; '.join(reasons)})",
            GovspeechWarning,
            stacklevel=5,
        )


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


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first 4 KB, if Python knows it."""
    found = _META_CHARSET.search(data, 0, 4096)
    if found is None:
        return None
    try:
        return _codec(found.group(1).decode("ascii"))
    except (LookupError, UnicodeDecodeError):
        return None
