"""Stage 3: read a speech's header: title, subtitle, date and salutation.

``区委书记在区委全会上的讲话——坚持六大理念`` / ``强化使命担当`` / ``同志们:`` gives the
title ``区委书记在区委全会上的讲话``, the subtitle ``坚持六大理念 强化使命担当`` and the
salutation ``同志们``; the preamble starts after the salutation.
"""

from __future__ import annotations

from govspeech.parser._types import SpeechSlice
from govspeech.parser.speech_words import (
    DATE_LINE,
    MAX_HEADER_LINES,
    NUMBERED_TITLE,
    OFFICE_PREFIX,
    SALUTATION,
    SPEAKER_LINE,
    SUBTITLE_DASH,
    SUBTITLE_PREFIXES,
    TITLE_PARTS,
    TITLE_WORDS,
    is_header_line,
)


def read_header(speech: SpeechSlice) -> SpeechSlice:
    """Fill the header fields of ``speech`` from its lines and set where its body starts.

    >>> from govspeech.parser.split import split_speeches
    >>> (s,) = split_speeches("开幕讲话篇1\\n同志们:\\n今天开会。")
    >>> s = read_header(s)
    >>> s.title, s.salutation, s.body_start
    ('开幕讲话', '同志们', 12)
    """
    lines = [line for line in speech.lines if not line.blank]
    header: list[str] = []
    speech.body_start = speech.start
    for line in lines[: MAX_HEADER_LINES + 1]:
        match = SALUTATION.match(line.text)
        if match:
            speech.salutation = match.group("who").strip()
            speech.body_start = line.start + match.end()
            break
        if not is_header_line(line):
            break
        header.append(line.text)
        speech.body_start = line.end
    if speech.salutation is None:
        # No salutation: the first short line is the title, followed only by the lines
        # that cannot be body — a date, a ——subtitle; the rest is preamble.
        kept = header[:1]
        for text_line in header[1:]:
            if not (DATE_LINE.match(text_line) or text_line.startswith(SUBTITLE_PREFIXES)):
                break
            kept.append(text_line)
        # ...and a short first line is a title only if it reads as one: a title word, or a
        # date/subtitle under it; "今天我们召开全县经济工作会议" is the preamble's first line.
        if kept and len(kept) == 1 and not TITLE_WORDS.search(kept[0]) and not NUMBERED_TITLE.search(kept[0]):
            kept = []
        header = kept
        speech.body_start = lines[len(kept) - 1].end if kept else speech.start
    _title_fields(speech, header)
    return speech


def _title_fields(speech: SpeechSlice, header: list[str]) -> None:
    rest: list[str] = []
    for k, line in enumerate(header):
        date = DATE_LINE.match(line)
        if date:
            speech.date = date.group("date")
        elif k == 0:
            title = NUMBERED_TITLE.sub("", line).rstrip(": ")
            main, _, sub = _split_dash(title)
            speech.title = main or None
            if sub:
                rest.append(sub)
        else:
            rest.append(SUBTITLE_DASH.sub("", line, count=1) if line.startswith(SUBTITLE_PREFIXES) else line)
    if rest:
        speech.subtitle = " ".join(rest)
    _speaker_and_meeting(speech, rest)


def _speaker_and_meeting(speech: SpeechSlice, subtitles: list[str]) -> None:
    """Who speaks and at which meeting, from the title, a ——subtitle or a speaker line."""
    for line in [speech.title or "", *subtitles]:
        parts = TITLE_PARTS.match(line)
        if parts and speech.meeting is None:
            speech.speaker = speech.speaker or (parts.group("speaker") or None)
            meeting = parts.group("meeting")
            office = OFFICE_PREFIX.match(meeting) if speech.speaker is None else None
            if office:
                speech.speaker, meeting = office.group("office"), meeting[office.end():]
            speech.meeting = meeting
        speaker_line = SPEAKER_LINE.match(line)
        if speaker_line and line != speech.title:
            speech.speaker = speaker_line.group("speaker")


def _split_dash(title: str) -> tuple[str, str, str]:
    """``主标题——副标题`` → (主标题, ——, 副标题)."""
    m = SUBTITLE_DASH.search(title)
    if m is None or m.start() == 0:
        return title, "", ""
    return title[: m.start()], m.group(), title[m.end():]
