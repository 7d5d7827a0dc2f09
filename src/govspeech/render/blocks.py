"""The blocks of a page around the text: title blocks, the outline, the indicator table.

Each block is plain HTML that reads without a script (a notebook may not run one); the
page's script only adds behaviour to it (sorting, filtering, tooltips, CSV).

>>> from govspeech import parse
>>> "稳增长" in outline_nav(parse("同志们:\\n一、稳增长").speeches)
True
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from govspeech.models import Indicator, Noise, Speech
from govspeech.render.escape import attr, text
from govspeech.render.marks import NodeRef, node_refs

__all__ = ["indicator_table", "noise_summary", "number", "outline_nav", "plural", "speech_block"]

# The title block: (label, field) of the metadata shown under a speech's title.
SPEECH_FIELDS: tuple[tuple[str, str], ...] = (
    ("date", "date"),
    ("speaker", "speaker"),
    ("meeting", "meeting"),
    ("salutation", "salutation"),
)

# The indicator table: (header, key the script sorts by, cell). Keys name fields of the
# rows embedded in the page (``govspeech indicators`` columns, plus ``i``).
COLUMNS: tuple[tuple[str, str, Callable[[int, Indicator, str], str]], ...] = (
    ("#", "i", lambda k, i, s: str(k + 1)),
    ("name", "name", lambda k, i, s: text(i.name or "—")),
    ("value", "value", lambda k, i, s: text(_level(i))),
    ("change", "change_value", lambda k, i, s: text(_change(i))),
    ("base", "base_value", lambda k, i, s: text(_base(i))),
    ("period", "period", lambda k, i, s: text(i.period or "")),
    ("status", "status", lambda k, i, s: text(i.status)),
    ("speech", "speech", lambda k, i, s: s),
    ("heading", "heading_path", lambda k, i, s: text(" > ".join(i.heading_path))),
)
NAME_COLUMN = next(k for k, (_, key, _) in enumerate(COLUMNS) if key == "name")  # linked to the text
ARROWS = {"up": "↑", "down": "↓"}


def number(value: float | None) -> str:
    """A value as a reader writes it: ``760.0`` → ``760``, ``4.93`` → ``4.93``."""
    if value is None:
        return ""
    return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)


def plural(n: int, word: str) -> str:
    """``1 part``, ``3 parts``."""
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def speech_block(k: int, speech: Speech) -> str:
    """The title block of speech ``k``: title, subtitle, metadata and counts."""
    title = text(speech.title or f"Speech {k + 1} (untitled)")
    rows = [f"<dt>{label}</dt><dd>{text(str(getattr(speech, field)))}</dd>"
            for label, field in SPEECH_FIELDS if getattr(speech, field)]
    points = sum(1 for _ in (p for part in speech.parts for p in part.walk())) - len(speech.parts)
    counts = (f"{plural(len(speech.parts), 'part')} · {plural(points, 'point')} · "
              f"{plural(len(speech.indicators), 'indicator')} · "
              f"characters {speech.start}–{speech.end}")
    subtitle = f'<p class="gs-subtitle">{text(speech.subtitle)}</p>' if speech.subtitle else ""
    return (f'<header class="gs-head"><p class="gs-kicker">Speech {k + 1}</p>'
            f"<h2>{title}</h2>{subtitle}<dl>{''.join(rows)}</dl>"
            f'<p class="gs-counts">{counts}</p></header>')


def outline_nav(speeches: Sequence[Speech], *, links: bool = True, open_depth: int = 1) -> str:
    """The outline: speeches, then parts and points, collapsible, each linking to its node.

    Args:
        speeches: The speeches, in document order.
        links: Link entries to the text (``False`` when the page has no text).
        open_depth: Entries down to this depth start expanded.
    """
    refs = node_refs(speeches)
    out: list[str] = ['<ul class="gs-tree">']
    cursor = 0
    for k, speech in enumerate(speeches):
        title = text(speech.title or f"Speech {k + 1}")
        out.append(f'<li><details open><summary>{_link(f"gs-s{k}", title, links)}</summary><ul>')
        while cursor < len(refs) and refs[cursor].speech == k:
            cursor = _outline_subtree(refs, cursor, out, links, open_depth)
        out.append("</ul></details></li>")
    out.append("</ul>")
    return "".join(out)


def _outline_subtree(
    refs: list[NodeRef], cursor: int, out: list[str], links: bool, open_depth: int
) -> int:
    """Write the node at ``cursor`` and its descendants; the index after them."""
    ref = refs[cursor]
    label = _link(ref.ident, f'<b>{text(ref.node.marker)}</b> {text(ref.node.heading)}', links)
    end = cursor + 1
    if not ref.node.points:
        out.append(f'<li class="gs-leaf">{label}</li>')
        return end
    is_open = " open" if ref.depth <= open_depth else ""
    out.append(f"<li><details{is_open}><summary>{label}</summary><ul>")
    while end < len(refs) and refs[end].depth > ref.depth and refs[end].speech == ref.speech:
        end = _outline_subtree(refs, end, out, links, open_depth)
    out.append("</ul></details></li>")
    return end


def _link(ident: str, label: str, links: bool) -> str:
    if not links:
        return f"<span>{label}</span>"
    return f'<a href="#{ident}" data-target="{ident}">{label}</a>'


def indicator_table(
    speeches: Sequence[Speech], *, limit: int | None = None, links: bool = True
) -> str:
    """The indicator table: one row per indicator, headers the script sorts by.

    Args:
        speeches: The speeches whose indicators are listed.
        limit: Show at most this many rows (a notebook's compact view), saying how many more.
        links: Link each name to its figure in the text (``False`` when the page has none).
    """
    # The speech column holds its number (the title is in the title block and the outline).
    items = [(str(n + 1), ind) for n, s in enumerate(speeches) for ind in s.indicators]
    shown = items if limit is None else items[:limit]
    head = "".join(f'<th data-sort="{key}" tabindex="0">{label}</th>' for label, key, _ in COLUMNS)
    body = []
    for k, (title, ind) in enumerate(shown):
        cells = [cell(k, ind, title) for _, _, cell in COLUMNS]
        if links:
            cells[NAME_COLUMN] = f'<a href="#gs-i{k}">{cells[NAME_COLUMN]}</a>'
        body.append(f'<tr data-i="{k}" data-status="{ind.status}"><td>' + "</td><td>".join(cells)
                    + "</td></tr>")
    more = len(items) - len(shown)
    tail = f'<p class="gs-more">… and {more} more indicators</p>' if more > 0 else ""
    return (f'<table class="gs-table"><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(body)}</tbody></table>{tail}")


def noise_summary(noise: Sequence[Noise]) -> str:
    """How much was set aside as noise, by kind: ``outside 2 · page_marker 5``."""
    if not noise:
        return "no noise"
    counts = Counter(item.kind for item in noise)
    return " · ".join(
        f'<span class="gs-noise-kind" data-kind="{attr(kind)}">{text(kind)}</span> {n}'
        for kind, n in sorted(counts.items())
    )


def _level(ind: Indicator) -> str:
    if ind.value is None:
        return ""
    approx = "≈" if ind.approximate else ""
    return f"{approx}{number(ind.value)} {ind.unit or ''}".strip()


def _change(ind: Indicator) -> str:
    change = ind.change
    if change is None:
        return ""
    arrow = ARROWS.get(change.direction or "", "")
    parts = [change.kind or "", arrow, number(change.value), change.unit or ""]
    return " ".join(p for p in parts if p)


def _base(ind: Indicator) -> str:
    base = ind.base
    if base is None:
        return ""
    level = f"{number(base.value)} {base.unit or ''}".strip()
    return f"{level} ({base.period})" if base.period else level
