"""Stage 3: read a speech's header: title, subtitle, date, speaker, meeting, salutation.

``区委书记在区委全会上的讲话——坚持六大理念`` / ``强化使命担当`` / ``同志们:`` gives the
title ``区委书记在区委全会上的讲话``, the subtitle ``坚持六大理念 强化使命担当`` and the
salutation ``同志们``; the preamble starts after the salutation. The title is normalised
(``政 府 工 作 报 告`` despaced, a file extension or a site's suffix dropped, a title
broken over two lines joined); a date line such as ``2026年1月27日在某省人民代表大会第四次
会议上 省长 某某`` gives the date, the meeting and the speaker.
"""

from __future__ import annotations

from govspeech.parser._types import Line, SpeechSlice
from govspeech.parser.speech_words import (
    DATE_LINE,
    DATE_NOTE,
    GLUED_HEADLINE,
    GLUED_SPEAKER,
    GLUED_TITLE,
    MAX_HEADER_WALK,
    MEETING_AT,
    NAME_LINE,
    NEWS_LEAD,
    NUMBERED_TITLE,
    OFFICE_PREFIX,
    SALUTATION,
    SIGNATURE_LINE,
    SPEAKER_LINE,
    SUBTITLE_DASH,
    SUBTITLE_PREFIXES,
    TEXT_NOTE,
    TITLE_NOTE,
    TITLE_PARTS,
    TITLE_SHAPE,
    TITLE_WORD_END,
    TITLE_WORDS,
    clean_title,
    despace,
    digest_title,
    heads_bare_title,
    is_header_line,
    looks_like_title,
    straddles_title,
)


def read_header(speech: SpeechSlice) -> SpeechSlice:
    """Fill the header fields of ``speech`` from its lines and set where its body starts.

    >>> from govspeech.parser.split import split_speeches
    >>> (s,) = split_speeches("开幕讲话篇1\\n同志们:\\n今天开会。")
    >>> s = read_header(s)
    >>> s.title, s.salutation, s.body_start  # the body starts after the salutation's line
    ('开幕讲话', '同志们', 11)
    """
    lines = [line for line in speech.lines if not line.blank]
    header: list[str] = []
    speech.body_start = speech.start
    if lines and _read_glued(speech, lines[0]):
        return speech
    # as many lines as split walks up from a salutation to its title
    for k, line in enumerate(lines[: MAX_HEADER_WALK + 1]):
        match = SALUTATION.match(line.text)
        if match:
            speech.salutation = match.group("who").strip()
            speech.body_start = line.start + match.end()
            break
        digest = digest_title(line.text) if k == 0 else None  # 一、某书记的讲话摘要
        if digest is None and not is_header_line(line) and not NEWS_LEAD.match(line.text):
            break
        header.append(digest or line.text)
        speech.body_start = line.end
    if speech.salutation is None:
        # No salutation: the first short line is the title, followed only by the lines
        # that cannot be body — a date, a ——subtitle; the rest is preamble.
        kept = header[:1]
        for text_line in header[1:]:
            if not (_is_field(text_line) or SIGNATURE_LINE.match(text_line)):
                break
            kept.append(text_line)
        # ...and a short first line is a title only if it reads as one: a title word, or a
        # date/subtitle under it; "今天我们召开全县经济工作会议" is the preamble's first line.
        if kept and len(kept) == 1 and not looks_like_title(kept[0]):
            kept = []
        header = kept
        speech.body_start = lines[len(kept) - 1].end if kept else speech.start
    _title_fields(speech, header)
    return speech


def _read_glued(speech: SpeechSlice, first: Line) -> bool:
    """A first line that holds the title, the salutation and the body, glued together by
    a page that lost its line breaks: read the title and the salutation from it."""
    if is_header_line(first) or SALUTATION.match(first.text):
        return False
    glued = GLUED_TITLE.match(first.text)
    if glued is None:
        return _read_glued_headline(speech, first)
    title = glued.group("title")
    # a page's title glued before the speech's own: the nearest one is the speech's
    # (not inside an open 在…上的 frame: 在全县春季造林动员|大会上的讲话 is one title; nor
    # before a bare title word: …政府工作总结|报告)
    ends = [m.end() for m in TITLE_WORD_END.finditer(title)
            if len(title) - m.end() > _BARE_TITLE_WORD and looks_like_title(title[m.end():])
            and not _opens_frame(title[: m.end()])]
    title = title[ends[-1]:] if ends else title
    if not looks_like_title(title):
        return False
    salutation = SALUTATION.match(first.text[glued.end():])
    assert salutation is not None  # GLUED_TITLE looks ahead for it
    speech.salutation = salutation.group("who").strip()
    speech.body_start = first.start + glued.end() + salutation.end()
    speaker = [f"{glued.group('office')} {glued.group('name')}"] if glued.group("office") else []
    _title_fields(speech, [title, *speaker])
    return True


def _read_glued_headline(speech: SpeechSlice, first: Line) -> bool:
    """A first line that holds a report's title and its body with no salutation: the body
    starts at the part's marker or the sentence after the title."""
    glued = GLUED_HEADLINE.match(first.text)
    if glued is None or not TITLE_SHAPE.search(glued.group("title")) or not looks_like_title(glued.group("title")):
        return False
    rest = first.text[glued.end():]
    speech.body_start = first.start + glued.end() + len(rest) - len(rest.lstrip(" \t"))
    _title_fields(speech, [glued.group("title")])
    return True


_BARE_TITLE_WORD = 4  # 报告, 讲话, 总结报告: a title word alone names no speech
_FRAME_OPEN, _FRAME_CLOSES = "在", ("上", "时")  # 在全县…会议上的讲话, 在调研…时的讲话


def _opens_frame(text: str) -> bool:
    """Whether ``text`` ends inside a ``在…上的`` (``在…时的``) frame it opened (``县长在全县…动员``)."""
    at = text.rfind(_FRAME_OPEN)
    return at >= 0 and not any(close in text[at:] for close in _FRAME_CLOSES)


def _title_fields(speech: SpeechSlice, header: list[str]) -> None:
    header = [h for h in header if not NEWS_LEAD.match(h)]  # a page's lead is no header field
    header = _join_title_lines(header)
    rest: list[str] = []
    for k, line in enumerate(header):
        # a page that opens at the ——subtitle has no title: the line is a subtitle
        titled = k == 0 and not line.startswith(SUBTITLE_PREFIXES)
        if not titled:
            line = " ".join(SUBTITLE_DASH.sub("", line, count=1).split() if line.startswith(SUBTITLE_PREFIXES) else line.split())
        dated = DATE_NOTE.search(line) if titled or not DATE_LINE.match(line) else None
        if dated:  # …会议上的报告(2021年3月29日): the date closes the line
            speech.date = speech.date or dated.group("date")
            line = line[: dated.start()]
        date = DATE_LINE.match(line)
        if date:
            speech.date = date.group("date")
            if date.group("rest"):
                rest.append(date.group("rest"))
        elif titled:
            title = NUMBERED_TITLE.sub("", line).rstrip(": ")
            holder = GLUED_SPEAKER.search(title)
            if holder and looks_like_title(title[: holder.start()]):  # …工作报告市城管局局长 杜 宇
                title = title[: holder.start()]
                rest.append(f"{holder.group('office')} {''.join(holder.group('name').split())}")
            main, _, sub = _split_dash(title)
            note = TITLE_NOTE.search(main)
            if note:  # 政府工作报告(文字实录): the note is no part of the title
                main, sub = main[: note.start()], " ".join(x for x in (note.group(1), sub) if x)
            speech.title = clean_title(main) or None
            if sub:
                rest.append(sub)
        elif line != speech.title:  # the page's headline repeats the title: no subtitle
            rest.append(line)
    if rest:
        speech.subtitle = " ".join(rest)
    _speaker_and_meeting(speech, rest)


def _join_title_lines(header: list[str]) -> list[str]:
    """A title broken over lines becomes one: ``在全县经济工作会议`` / ``上的讲话``, names
    over a bare title word (``某某市人大常委会`` / ``工作报告``), or a slogan in two lines
    (``高举…旗帜`` / ``为…而奋斗``) over its ——subtitle."""
    if len(header) < 2 or _is_field(header[0]):
        return header
    for n in range(_MAX_TITLE_LINES, 1, -1):
        if len(header) >= n and heads_bare_title(header[:n]):
            return ["".join(despace(line) for line in header[:n]), *header[n:]]
    upper, lower = header[0], header[1]
    # before the fields: 讲话 under …大会上的 reads as a bare name too
    if straddles_title(upper, lower):
        return [upper + lower, *header[2:]]
    if _is_field(lower) or SUBTITLE_DASH.search(upper):
        return header
    slogan = not TITLE_WORDS.search(upper) and not TITLE_WORDS.search(lower)
    if slogan and len(header) > 2 and header[2].startswith(SUBTITLE_PREFIXES):
        return [f"{upper} {lower}", *header[2:]]
    return header


_MAX_TITLE_LINES = 3  # lines of a title over its bare title word


def _is_field(line: str) -> bool:
    return bool(
        DATE_LINE.match(line) or line.startswith(SUBTITLE_PREFIXES) or SPEAKER_LINE.match(line)
        or TEXT_NOTE.match(line) or NAME_LINE.match(line)
    )


def _speaker_and_meeting(speech: SpeechSlice, subtitles: list[str]) -> None:
    """Who speaks and at which meeting, from the title, a ——subtitle or a speaker line."""
    # a subtitle wrapped over lines names its meeting across them (在某某市第五届 / 人民代表大会…上)
    wrapped = MEETING_AT.search(" ".join(subtitles))
    for line in [speech.title or "", *subtitles]:
        parts = TITLE_PARTS.match(line)
        if parts and speech.meeting is None:
            speech.speaker = speech.speaker or (parts.group("speaker") or None)
            meeting = parts.group("meeting")
            office = OFFICE_PREFIX.match(meeting) if speech.speaker is None else None
            if office:
                speech.speaker, meeting = office.group("office"), meeting[office.end():]
            speech.meeting = meeting.strip()
        at = MEETING_AT.search(line) if speech.meeting is None and line != speech.title else None
        if at:  # 2026年1月27日在某省人民代表大会第四次会议上 省长 某某
            speech.meeting = "".join((wrapped or at).group("meeting").split())
            line = line[at.end():].strip()
        speaker_line = SPEAKER_LINE.match(line)
        if speaker_line and line != speech.title:
            speech.speaker = _spaced_name(speaker_line.group("speaker"))
        elif speech.speaker is None and line != speech.title and NAME_LINE.match(line):
            speech.speaker = "".join(line.split())  # 习近平 under the date line


def _spaced_name(speaker: str) -> str:
    """``上海市市长 龚 正`` → ``上海市市长 龚正``: one space between office and name."""
    office, _, name = speaker.partition(" ")
    name = "".join(name.split())
    return f"{office} {name}" if name else office


def _split_dash(title: str) -> tuple[str, str, str]:
    """``主标题——副标题`` → (主标题, ——, 副标题)."""
    m = SUBTITLE_DASH.search(title)
    if m is None or m.start() == 0:
        return title, "", ""
    return title[: m.start()], m.group(), title[m.end():]
