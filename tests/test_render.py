"""The HTML page and notebook view of a parse: the text kept, marks by offset, escaping."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

import govspeech
from govspeech.cli import cli
from govspeech.corpus.tables import indicator_rows
from govspeech.errors import InputError
from govspeech.render.escape import script_json
from govspeech.render.spans import Span, weave

from _render_data import HOSTILE, REPORT, repeated


class _Page(HTMLParser):
    """What a browser would build: elements, attributes, the text of ``.gs-text`` blocks."""

    VOID = {"meta", "link", "img", "br", "input", "hr"}

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []
        self.scripts: list[str] = []
        self.feed(page)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        self.elements.append((tag, values))
        if tag not in self.VOID:
            inside = bool(self.stack and self.stack[-1][1]) or "gs-text" in values.get("class", "").split()
            self.stack.append((tag, inside))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1][0] == "script":
            self.scripts.append(data)
        elif self.stack and self.stack[-1][1]:
            self.text.append(data)


def _render(text: str) -> tuple[govspeech.Document, str]:
    doc = govspeech.parse(text)
    return doc, doc.to_html(text)


# --- weave: spans over offsets ---------------------------------------------------------

def test_render_weave_escapes_text_and_nests_spans() -> None:
    out = weave("a<b>&c", [Span(1, 4, "i"), Span(0, 6, "s", rank=0)])
    assert out == "<s>a<i>&lt;b&gt;</i>&amp;c</s>"


def test_render_weave_cuts_a_crossing_span_and_reopens_it_without_its_id() -> None:
    out = weave("abcdef", [Span(0, 3, "u", ident="x"), Span(2, 5, "mark", ident="y")])
    assert out == '<u id="x">ab<mark id="y">c</mark></u><mark>de</mark>f'


def test_render_weave_drops_empty_and_outside_spans() -> None:
    assert weave("abc", [Span(1, 1, "i"), Span(5, 9, "b"), Span(-3, 1, "u")]) == "<u>a</u>bc"


# --- the page: the text as given, one element per mark ------------------------------------

def test_render_page_keeps_every_character_of_the_text() -> None:
    doc, page = _render(REPORT)
    parsed = _Page(page)
    assert "".join(parsed.text) == REPORT
    assert len(doc.speeches) == 2 and doc.noise


def test_render_page_marks_each_indicator_role_once() -> None:
    doc, page = _render(REPORT)
    roles = {"level": 0, "change": 0, "base": 0}
    for ind in doc.indicators:
        roles["level"] += ind.start is not None
        roles["change"] += bool(ind.change and ind.change.start is not None)
        roles["base"] += bool(ind.base and ind.base.start is not None)
    marks = [a for tag, a in _Page(page).elements if tag == "mark" and "data-i" in a]
    for role, count in roles.items():
        assert sum(a["data-role"] == role for a in marks) == count, role
    assert roles["base"] >= 1 and roles["change"] >= 2  # the sample has each role
    level = next(a for a in marks if a["data-role"] == "level" and "gs-target" in a["class"])
    assert doc.indicators[int(level["data-i"])].status == "target"


def test_render_page_mark_text_is_the_quantity_as_written() -> None:
    doc, page = _render(REPORT)
    for k, ind in enumerate(doc.indicators):
        if ind.start is not None:
            match = re.search(rf'<mark id="gs-i{k}"[^>]*>([^<]*)</mark>', page)
            assert match and match.group(1) == REPORT[ind.start:ind.end]


def test_render_page_greys_noise_with_its_kind() -> None:
    doc, page = _render(REPORT)
    kinds = [a["data-kind"] for tag, a in _Page(page).elements if a.get("class") == "gs-noise"]
    assert sorted(kinds[1:]) == sorted(n.kind for n in doc.noise)  # the first is the legend's
    assert re.search(r'data-kind="page_counter">第1页 / 共2页</span>', page)


def test_render_page_outline_links_reach_markers() -> None:
    doc, page = _render(REPORT)
    elements = _Page(page).elements
    ids = {a["id"] for _, a in elements if "id" in a}
    targets = [a["data-target"] for tag, a in elements if tag == "a" and "data-target" in a]
    nodes = [n for s in doc.speeches for p in s.parts for n in p.walk()]
    assert len(targets) == len(nodes) + len(doc.speeches)
    assert set(targets) <= ids
    for k, node in enumerate(nodes):
        assert f'<b id="gs-n{k}" class="gs-mk gs-d' in page
        assert re.search(rf'id="gs-n{k}"[^>]*>{re.escape(node.marker)}</b>', page)


def test_render_page_shows_each_speech_with_its_title_block() -> None:
    doc, page = _render(REPORT)
    sections = [a for tag, a in _Page(page).elements if tag == "section" and a.get("class") == "gs-speech"]
    assert [a["id"] for a in sections] == ["gs-s0", "gs-s1"]
    assert page.count('<header class="gs-head">') == 2
    assert page.count("<h2>全区经济工作会议讲话</h2>") == 2


def test_render_page_embeds_the_indicator_rows_of_the_cli_table() -> None:
    from govspeech.corpus.tables import COLUMNS

    doc, page = _render(REPORT)
    data = json.loads(_Page(page).scripts[0])
    assert data["columns"] == [name for name, _ in COLUMNS]
    rows = [dict(zip(data["columns"], values)) for values in data["rows"]]
    assert rows == list(indicator_rows(doc))
    assert page.count('<tr data-i="') == len(doc.indicators)


def test_render_page_size_grows_with_the_text_not_per_character() -> None:
    small, large = repeated(20_000), repeated(80_000)
    sizes = [len(_render(text)[1].encode()) for text in (small, large)]
    ratio = sizes[1] / sizes[0]
    assert 3.0 < ratio < 4.5, sizes
    doc, page = _render(large)
    tags = page.count("<mark ") + page.count('class="gs-noise"') + page.count("<b id=")
    marks = sum((i.start is not None) + bool(i.change and i.change.start is not None)
                + bool(i.base and i.base.start is not None) for i in doc.indicators)
    nodes = sum(1 for s in doc.speeches for p in s.parts for _ in p.walk())
    assert tags <= marks + len(doc.noise) + nodes + 10  # one element per mark (+ the legend's)


def test_render_page_script_is_allowed_by_hash_only() -> None:
    _, page = _render(REPORT)
    policy = re.search(r'Content-Security-Policy" content="([^"]*)"', page)
    assert policy and "default-src 'none'" in policy.group(1)
    script = _Page(page).scripts[1]
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in policy.group(1)


# --- hostile text -------------------------------------------------------------------------

def test_render_hostile_text_stays_text() -> None:
    doc, page = _render(HOSTILE)
    parsed = _Page(page)
    assert "".join(parsed.text) == HOSTILE  # shown exactly as written
    tags = [t for t, _ in parsed.elements]
    assert tags.count("script") == 2 and tags.count("style") == 1  # the page's own
    for tag, attrs in parsed.elements:
        assert tag not in {"img", "textarea"}, tag
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert not attrs.get("href", "").lower().startswith("javascript"), attrs
    assert "<!--" not in page and "\u2028" not in page.split('id="gs-data">')[1]


def test_render_hostile_text_survives_the_data_island() -> None:
    doc, page = _render(HOSTILE)
    data = json.loads(_Page(page).scripts[0])
    rows = [dict(zip(data["columns"], values)) for values in data["rows"]]
    assert rows and any("</script>" in r["context"] for r in rows)
    assert rows == list(indicator_rows(doc))


@pytest.mark.parametrize("value", ["</script><script>x()</script>", "<!--", "a\u2028b\u2029", "</SCRIPT >"])
def test_render_script_json_cannot_close_its_element(value: str) -> None:
    raw = script_json({"v": value})
    assert "<" not in raw and "\u2028" not in raw and "\u2029" not in raw
    assert json.loads(raw) == {"v": value}


def test_render_script_json_writes_no_nan() -> None:
    """``JSON.parse`` rejects NaN: a value that is not finite is written as null."""
    assert json.loads(script_json({"v": [float("nan"), float("inf"), 1.5]})) == {"v": [None, None, 1.5]}


def test_render_slots_are_filled_once() -> None:
    """Text that looks like a template slot is not filled in (``{{js}}`` stays text)."""
    _, page = _render(HOSTILE)
    assert page.count("\"use strict\"") == 1
    assert "{{js}} {{data}}" in page


# --- the API ------------------------------------------------------------------------------

def test_render_to_html_needs_the_text_it_was_parsed_from() -> None:
    doc = govspeech.parse(REPORT)
    with pytest.raises(InputError, match="to_html"):
        doc.to_html()
    with pytest.raises(InputError, match="characters"):
        doc.to_html(REPORT + "多余")


def test_render_parse_file_document_renders_its_own_text(tmp_path: Path) -> None:
    path = tmp_path / "讲话.txt"
    path.write_text(REPORT, encoding="utf-8")
    page = govspeech.parse_file(path).to_html()
    assert "".join(_Page(page).text) == REPORT
    assert "讲话.txt" in page


def test_render_speech_page_shows_that_speech_only() -> None:
    doc = govspeech.parse(REPORT)
    second = doc.speeches[1]
    page = second.to_html(REPORT)
    assert "".join(_Page(page).text) == REPORT[second.start:second.end]
    assert "抓民生" in page and "过去一年工作回顾" not in page


def test_render_notebook_view_is_compact_and_runs_no_script() -> None:
    doc = govspeech.parse(REPORT * 20)
    view = doc._repr_html_()
    assert view.startswith('<div class="gs-root gs-compact">') and "<script" not in view
    assert view.count('<tr data-i="') == 50 < len(doc.indicators)
    assert f"… and {len(doc.indicators) - 50} more indicators" in view
    assert "过去一年工作回顾" in view and "page_counter" in view
    assert "新增就业人员" in doc.speeches[0]._repr_html_()
    _Page(view)  # well formed


def test_render_notebook_view_shows_the_text_it_knows(tmp_path: Path) -> None:
    path = tmp_path / "讲话.txt"
    path.write_text(REPORT, encoding="utf-8")
    view = govspeech.parse_file(path)._repr_html_()
    parsed = _Page(view)
    assert "".join(parsed.text) == REPORT and "<script" not in view
    assert view.count("<h2>全区经济工作会议讲话</h2>") == 2  # the title blocks, once each
    assert '<div class="gs-textbox">' not in govspeech.parse(REPORT)._repr_html_()  # no text kept


def test_render_style_is_scoped_to_the_root() -> None:
    """The notebook view brings its style along: no rule may reach the notebook's own page."""
    from importlib.resources import files

    css = (files("govspeech") / "data" / "render.css").read_text(encoding="utf-8")
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    css = re.sub(r"@media[^{]*\{", "", css)
    for selectors in re.findall(r"([^{}]+)\{[^{}]*\}", css):
        for selector in selectors.split(","):
            assert selector.strip().startswith(".gs-"), selector


def test_render_import_govspeech_does_not_load_the_renderer() -> None:
    code = "import sys, govspeech; govspeech.parse('同志们:'); print('govspeech.render' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --- the command --------------------------------------------------------------------------

def test_render_cli_writes_a_page(tmp_path: Path) -> None:
    source = tmp_path / "讲话.txt"
    source.write_text(REPORT, encoding="utf-8")
    out = tmp_path / "page.html"
    result = CliRunner().invoke(cli, ["render", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "".join(_Page(out.read_text(encoding="utf-8")).text) == REPORT


def test_render_cli_reads_standard_input() -> None:
    result = CliRunner().invoke(cli, ["render", "-"], input=HOSTILE.encode("utf-8"))
    assert result.exit_code == 0, result.output
    assert html.unescape("".join(_Page(result.output).text)) == html.unescape(HOSTILE)


def test_render_cli_unreadable_file_exits_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["render", str(tmp_path / "missing.txt")])
    assert result.exit_code == 2 and "missing.txt" in result.output
