"""The rendered page in a real browser: Debian's chromium driven by Playwright.

No browser is ever downloaded: the tests use the system's ``chromium`` (``.ci/run``
installs it with apt-get) and skip, saying why, only where none can be had.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import govspeech

from _render_data import HOSTILE, REPORT, long_report, repeated

# Quiet, offline, headless: no background requests, updates, sync or first-run pages.
LAUNCH_ARGS = [
    "--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")


def _chromium() -> str | None:
    """The system's chromium: ``GOVSPEECH_CHROMIUM``, Debian's path, or one on PATH."""
    for path in (os.environ.get("GOVSPEECH_CHROMIUM"), *CANDIDATES,
                 shutil.which("chromium"), shutil.which("chromium-browser")):
        if path and os.access(path, os.X_OK):
            return path
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="browser tests skipped: the playwright package is not installed "
        '(pip install -e ".[dev]")')
    executable = _chromium()
    if executable is None:
        pytest.skip("browser tests skipped: no chromium found (apt-get install chromium, "
                    "or set GOVSPEECH_CHROMIUM to a Chromium binary)")
    with sync_api.sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=executable, args=LAUNCH_ARGS)
        yield instance
        instance.close()


class Opened:
    """A page opened from a file, with what it logged and every dialog it tried to open."""

    def __init__(self, browser: Any, path: Path, **options: Any) -> None:
        self.page = browser.new_page(**options)
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.goto(path.as_uri())

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()


@pytest.fixture()
def open_page(browser: Any, tmp_path: Path) -> Iterator[Any]:
    opened: list[Opened] = []

    def _open(text: str, name: str = "page.html", **options: Any) -> Opened:
        path = tmp_path / name
        path.write_text(govspeech.parse(text).to_html(text), encoding="utf-8")
        opened.append(Opened(browser, path, **options))
        return opened[-1]

    yield _open
    for item in opened:
        item.page.close()


def _in_view(page: Any, selector: str) -> bool:
    return bool(page.evaluate(
        """s => { const r = document.querySelector(s).getBoundingClientRect();
                  return r.top >= 0 && r.bottom <= window.innerHeight; }""", selector))


def test_render_browser_page_loads_without_console_error(open_page: Any) -> None:
    opened = open_page(REPORT)
    opened.page.wait_for_load_state("load")
    assert opened.errors == [] and opened.dialogs == []
    assert opened.page.locator("section.gs-speech").count() == 2
    # the script ran; textContent, since innerText is empty while the table's section is off
    # screen and its layout skipped (content-visibility: auto)
    count = len(govspeech.parse(REPORT).indicators)
    assert opened.page.locator("#gs-shown").text_content() == f"{count} of {count} shown"


def test_render_browser_outline_click_brings_the_node_into_view(open_page: Any) -> None:
    opened = open_page(repeated(30_000), viewport={"width": 1200, "height": 700})
    page = opened.page
    last = page.locator(".gs-nav a[data-target^='gs-n']").last
    target = last.get_attribute("data-target")
    assert not _in_view(page, f"#{target}")
    page.locator(".gs-nav button[data-act='expand']").click()
    last.click()
    page.wait_for_function("id => { const r = document.getElementById(id).getBoundingClientRect();"
                           " return r.top >= 0 && r.bottom <= window.innerHeight; }", arg=target)
    assert page.evaluate("location.hash") == f"#{target}"
    assert opened.errors == []


def test_render_browser_outline_collapses(open_page: Any) -> None:
    page = open_page(REPORT).page
    entry = page.locator(".gs-nav details details a").first
    assert entry.is_visible()
    page.locator(".gs-nav button[data-act='collapse']").click()
    assert not entry.is_visible()


def test_render_browser_hover_shows_the_indicator_fields(open_page: Any) -> None:
    page = open_page(REPORT).page
    tip = page.locator("#gs-tip")
    assert tip.is_hidden()
    page.locator("mark[data-role='level']").first.hover()
    assert tip.is_visible()
    text = tip.inner_text()
    for field in ("地区生产总值", "244.4 亿元", "同比 ↑ up 9.4 %", "180 亿元", "全年", "actual"):
        assert field in text, (field, text)
    page.mouse.move(0, 0)
    assert tip.is_hidden()


def test_render_browser_focus_shows_the_indicator_fields(open_page: Any) -> None:
    page = open_page(REPORT).page
    page.locator("mark[data-i][data-role='level']").nth(3).focus()  # 新增就业人员 2.3 万人, a target
    text = page.locator("#gs-tip").inner_text()
    assert "新增就业人员" in text and "2.3 万人" in text and "target" in text


def test_render_browser_table_sorts_and_filters(open_page: Any) -> None:
    page = open_page(REPORT).page
    indicators = govspeech.parse(REPORT).indicators
    numbers = [(i.scaled_value if i.scaled_value is not None else i.value, k)
               for k, i in enumerate(indicators)]
    known = sorted((v, k) for v, k in numbers if v is not None)
    blank = [k for v, k in numbers if v is None]
    ascending = [str(k + 1) for _, k in known] + [str(k + 1) for k in blank]  # blanks last
    descending = [str(k + 1) for _, k in reversed(known)] + [str(k + 1) for k in blank]
    # text_content, not inner_text: rows off screen skip layout (content-visibility: auto)
    order = page.locator(".gs-table tbody tr:not([hidden]) td:first-child")
    header = page.locator(".gs-table th[data-sort='value']")
    header.click()
    assert order.all_text_contents() == ascending and header.get_attribute("aria-sort") == "ascending"
    header.click()
    assert order.all_text_contents() == descending
    page.select_option("#gs-status", "target")
    shown = page.locator(".gs-table tbody tr:not([hidden])").all_text_contents()
    assert len(shown) == sum(i.status == "target" for i in indicators) >= 2
    assert all("target" in row for row in shown)
    assert page.locator("#gs-shown").text_content() == f"{len(shown)} of {len(indicators)} shown"


def test_render_browser_csv_button_downloads_every_indicator(open_page: Any, tmp_path: Path) -> None:
    import csv

    page = open_page(REPORT).page
    page.select_option("#gs-status", "target")  # the CSV is the file's, whatever is shown
    with page.expect_download() as info:
        page.locator("#gs-csv").click()
    saved = tmp_path / "out.csv"
    info.value.save_as(saved)
    rows = list(csv.DictReader(saved.read_text(encoding="utf-8-sig").splitlines()))
    doc = govspeech.parse(REPORT)
    assert [r["name"] for r in rows] == [i.name for i in doc.indicators]
    assert rows[0]["value"] == "244.4" and rows[0]["change_kind"] == "同比"


def test_render_browser_hostile_text_runs_nothing(open_page: Any) -> None:
    opened = open_page(HOSTILE)
    page = opened.page
    for mark in page.locator("mark[data-i]").all():
        mark.hover()
    page.locator(".gs-text").first.hover()
    page.locator(".gs-nav a").last.click()
    assert opened.dialogs == []
    assert page.evaluate("window.__pwned") is None
    assert page.evaluate("document.querySelectorAll('script').length") == 2
    assert page.evaluate("document.querySelectorAll('img, textarea, .gs-text a, .gs-text style').length") == 0
    assert page.evaluate("[...document.querySelectorAll('*')].filter(e => [...e.attributes]"
                         ".some(a => a.name.startsWith('on'))).length") == 0
    assert "<script>window.__pwned = 1" in page.locator(".gs-text").first.inner_text()
    assert opened.errors == []


def test_render_browser_one_megabyte_page_works(open_page: Any) -> None:
    # how fast such a page loads and answers is measured outside the suite (docs/render.md)
    text = long_report(400_000)
    assert len(text.encode("utf-8")) >= 1_000_000
    opened = open_page(text)
    page = opened.page
    page.wait_for_load_state("load")
    for act in (
        lambda: page.locator("#gs-i2000").hover(),
        lambda: page.locator("#gs-indicators").scroll_into_view_if_needed(),
        lambda: page.locator(".gs-table th[data-sort='name']").click(),
        lambda: page.select_option("#gs-status", "target"),
        lambda: page.locator(".gs-nav a[data-target^='gs-n']").last.click(),
    ):
        act()
        page.evaluate("new Promise(r => requestAnimationFrame(() => r(1)))")  # painted
    assert opened.errors == []
    assert page.locator(".gs-table tbody tr:not([hidden])").count() < page.locator(".gs-table tbody tr").count()
