"""Changes written with a sign, or with their ``%`` lost (GUIDE §3).

Statistical bulletins write a fall as a negative growth: ``同比增长-0.5%``, and a list of
them with no verb at all: ``同比分别-6.2%、-19.3%``. Such a figure is kept with its sign in
its span and a negative value; ``changes.change_of`` reads it as a fall of 0.5 (value
positive, direction ``down``, as every other change). Pages copied from Word often lose
the ``%``: ``比上年增长12.5``, ``分别比上年增长 21 和 9.4``. A bare number is read as a
percent only after a comparison and a growth verb, with nothing that could be a unit after.

>>> [(f.text, f.value) for f in add_signed("产值同比增长-0.5%", [])]
[('-0.5%', -0.5)]
"""

from __future__ import annotations

import re
from dataclasses import replace

from govspeech.parser.indicators import lexicon, namewords
from govspeech.parser.indicators._regex import Tail
from govspeech.parser.indicators.changes import VERB_END, kind_of
from govspeech.parser.indicators.match import Found, find_quantities

__all__ = ["add_signed"]

_SIGN = re.compile(r"-(?=\d)")
_REACH = 16  # characters before a figure read for its verb and comparison
# what may stand right before a sign: a change verb or a comparison (同比分别-6.2%), or the
# join after a rate of a list (、-19.3%)
_SIGNED_LEAD = Tail(f"(?:%|个百分点) ?(?:{lexicon.LIST_JOINS})$")
# or a rate word (增速-4.7%, 增幅为-2.1%), whose figure is a change as 增长-4.7% is
_RATE_LEAD = Tail(f"(?:{namewords.RATE_WORDS})(?:为|达|是)?$")
# a number with nothing after it but a clause end or the next item of a list
_BARE = re.compile(r"(?<![\d.\-])(?P<num>\d+(?:\.\d+)?) ?(?=[,;。!?]|$|(?:和|、) ?\d)")
_BARE_VERB = Tail(f"(?:{lexicon.STRIPPED_PERCENT_VERBS})(?:了)? ?$")
_BARE_HINT = re.compile(lexicon.STRIPPED_PERCENT_VERBS)
_BARE_JOIN = re.compile(r"^ ?(?:和|、) ?$")


def add_signed(sentence: str, found: list[Found]) -> list[Found]:
    """``found`` with the signed changes and the ``%``-less growth rates it lacks, in order."""
    added = _signed(sentence, found) if "-" in sentence else []
    if _BARE_HINT.search(sentence) is not None:
        added += _stripped(sentence, found)
    if not added:
        return found
    return sorted(found + added, key=lambda f: f.start)


def _signed(sentence: str, found: list[Found]) -> list[Found]:
    """``增长-0.5%``, ``同比分别-6.2%、-19.3%``: figures whose sign kept the matcher away."""
    signs: list[int] = []
    for m in _SIGN.finditer(sentence):
        before = sentence[max(0, m.start() - _REACH) : m.start()].rstrip(" ")
        if (VERB_END.search(before) is not None or kind_of(before) is not None
                or _SIGNED_LEAD.search(before) is not None or _RATE_LEAD.search(before) is not None):
            signs.append(m.start())
    if not signs:
        return []
    masked = list(sentence)
    for i in signs:
        masked[i] = " "
    taken = {f.start for f in found}
    by_start = {f.start: f for f in find_quantities("".join(masked)) if f.start not in taken}
    out: list[Found] = []
    for i in signs:
        f = by_start.get(i + 1)
        if f is not None and f.kind == "quantity" and f.unit in ("%", "个百分点"):
            out.append(replace(f, start=i, text=sentence[i : f.end], value=-f.value,
                               scaled_value=-f.scaled_value))
    return out


def _stripped(sentence: str, found: list[Found]) -> list[Found]:
    """``比上年增长12.5``, ``分别比上年增长 21 和 9.4``: growth rates whose ``%`` was lost."""
    spans = [(f.start, f.end) for f in found]
    out: list[Found] = []
    for m in _BARE.finditer(sentence):
        start, end = m.span("num")
        if any(a < end and start < b for a, b in spans):
            continue
        if out and _BARE_JOIN.match(sentence[out[-1].end : start]) is not None:
            out.append(_percent(sentence, start, end))  # 增长 21 和 9.4: the list's next item
            continue
        before = sentence[max(0, start - _REACH) : start]
        verb = _BARE_VERB.search(before)
        if verb is not None and kind_of(before[: verb.start()]) is not None:
            out.append(_percent(sentence, start, end))
    return out


def _percent(sentence: str, start: int, end: int) -> Found:
    value = float(sentence[start:end])
    return Found(start, end, sentence[start:end], value, "%", value, "%", "quantity", "share")
