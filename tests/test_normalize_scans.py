"""The shortcuts of the normalisation scans find exactly what the plain scans find.

Noise rows are tried only where one of their anchors stands, page fragments only after a
cut line or a title, chrome only on lines that hold something a kind needs, and the
Traditional characters come from one batched OpenCC call: each check below compares a
shortcut with the slow, obvious way on texts built from the tables' own vocabulary.
"""

from __future__ import annotations

import random

import pytest
import regex

from govspeech.parser.normalize import chars, chrome, noise, noise_match

# The page-fragment triggers as plain words, before they looked back for their lines.
PLAIN_TRIGGERS = {1: r"\n(?:[ \t]*\n)?[ \t]*\d{1,3}[、.]"}

NOISE_WORDS = [
    "Copyright ©", "CoPyRiGhT 2024", "İCP备12345678号", "icp备1234", "ICP证 20220001", "版权所有",
    "相关推荐", "热门推荐阅读", "相关 下载", "来源:", "来源于网络,欢迎阅读", "《讲话》来源于feisuxs",
    "分享\n", "佩珊分享", "a@b.com", "本站内容侵权请联系删除", "联系我们", "第1页/共3页", "x.docx_第2页",
    "展开阅读全文", "下载 收藏 打印", "标题:", "下面是小编整理的讲话,仅供参考。", "首页 > 新闻 > 讲话",
    "ALL RIGHTS RESERVED", "all ſights", "备案号:", "上传人:张三", "作者:李四", "看过本文的人还看了:",
    "京公网安备11010502030143号", "温馨提示:", "下载须知", "1. 本文档由用户上传", "网站客服:123", "加入Vip免费下载", "立即下载",
    "下载文档", "收藏 分享赚钱", "分享(赏)", "此处隐藏99个字。", "vip会员可见", "超出免费预览", "剩余20字未读", "试读结束", "ID:123", "id:9", "大小:2 KB", "格式:DOC", "\n", "\n", "\n", "。", " ", "\t", "一、", "1、", "2.", "12.",
]
PROSE = [
    "今年经济平稳增长", "同志们:", "我们要加快发展现代服务业", "全年完成固定资产投资三百亿元",
    "工作会议上的讲话", "集中时间、集中", "精力",
]


def _texts(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rnd.randint(1, 40)):
            pick = rnd.random()
            if pick < 0.15:
                parts.append("\n" + rnd.choice(["", " ", "\t"]) + str(rnd.randint(1, 4)) + rnd.choice("、."))
            elif pick < 0.25:
                title = rnd.choice(PROSE) * rnd.randint(1, 3)
                parts.append(f"\n{title}\n1、{title}" if rnd.random() < 0.5 else "\n" + title * 3)
            elif pick < 0.65:
                parts.append(rnd.choice(NOISE_WORDS))
            else:
                parts.append(rnd.choice(PROSE))
        texts.append("".join(parts))
    return texts


def _plain_rows() -> tuple[tuple[noise.NoisePattern, regex.Pattern[str], regex.Pattern[str]], ...]:
    """Every row scanning for its plain trigger over the whole text."""
    rows = []
    fragment = 0
    for row, trigger, pattern in noise_match._COMPILED:
        if row.numbered:
            fragment += 1
            trigger = regex.compile(PLAIN_TRIGGERS[fragment])
        rows.append((row._replace(anchors=()), trigger, pattern))
    return tuple(rows)


@pytest.mark.parametrize("seed", range(4))
def test_normalize_scans_noise_as_the_plain_triggers_do(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts(seed, 500)
    fast = [noise_match.find_noise(text) for text in texts]
    monkeypatch.setattr(noise_match, "_COMPILED", _plain_rows())
    assert fast == [noise_match.find_noise(text) for text in texts]


def test_normalize_scans_anchor_hits_as_the_trigger_does() -> None:
    for text in _texts(7, 300):
        for (row, trigger, _), spans in zip(noise_match._COMPILED, noise_match._anchored(text)):
            if row.anchors:
                fast = [m.span() for m in noise_match._trigger_hits(trigger, text, spans)]
                assert fast == [m.span() for m in trigger.finditer(text)], (row.name, text)


def test_normalize_scans_case_folds_onto_ascii_letters() -> None:
    # the letters anchors open with, and every other character regex takes for one of them
    letters = {ch.lower() for row in noise.NOISE_PATTERNS for w in row.anchors if w.isascii() for ch in w[:2]}
    letters = {ch for ch in letters if ch.isalpha()}
    either = regex.compile("(?i)[" + "".join(sorted(letters)) + "]")
    for cp in range(0x80, 0x110000):
        ch = chr(cp)
        if either.fullmatch(ch):
            folds_onto = [x for x in letters if regex.fullmatch(f"(?i){x}", ch)]
            assert all(ch in noise_match._FOLDS_ONTO.get(x, "") for x in folds_onto), hex(cp)


def test_normalize_scans_batched_traditional_table_matches_one_by_one() -> None:
    convert = chars._converter().convert
    one_by_one = {}
    for cp in (*range(0x3400, 0xA000), *range(0xF900, 0xFB00)):
        out = convert(chr(cp))
        if len(out) == 1 and out != chr(cp):
            one_by_one[cp] = ord(out)
    assert chars._bmp_table() == one_by_one


def test_normalize_scans_foldable_class_holds_what_fold_changes() -> None:
    foldable = chars._foldable()
    for cp in (*chars._WIDTH_TABLE, *chars._bmp_table(), 0xD800, 0xDFFF, 0x20000, 0x2FA1F):
        assert foldable.fullmatch(chr(cp)), hex(cp)
    assert foldable.search("开发区建设取得显著成效。同志们") is None


def test_normalize_scans_chrome_lines_as_a_look_at_every_line_does(monkeypatch: pytest.MonkeyPatch) -> None:
    rnd = random.Random(5)
    vocab = [
        *chrome.META_LABELS, *chrome.FOOTER_LABELS, *chrome.NEIGHBOUR_LABELS, *chrome.RELATED_HEADS,
        *chrome.CRUMB_LABELS, *chrome.EXPORT_LABELS, *sorted(chrome.TOOLBAR_WORDS | chrome.SIZE_WORDS),
        *"【】[]()<>|/:>»› \t\u3000\ufeff\x0b摄。!?;,0123456789-", "记者 张三 摄", "2024-01-02 10:20",
        "2025年01月10日 来源:新华社", "2024-01-02", "2025年01月10日 作者张三", "同志们:", "1月8日,县长作政府工作报告", "一、", "(一)", "1116650",
        "首页", "新闻", "今年经济平稳增长", "\n", "\n", "\n", "\n\n",
    ]
    texts = ["".join(rnd.choice(vocab) for _ in range(rnd.randint(1, 25))) for _ in range(8000)]
    fast = [chrome.find_chrome(text) for text in texts]
    # every line a candidate: the offset of each line start
    monkeypatch.setattr(chrome, "_maybe_chrome", lambda text: [0, *(m.end() for m in regex.finditer("\n", text))])
    slow = [chrome.find_chrome(text) for text in texts]
    assert sum(map(len, slow)) > 500
    assert fast == slow


def test_normalize_scans_fold_scanning_as_taking_a_set(monkeypatch: pytest.MonkeyPatch) -> None:
    rnd = random.Random(9)
    pool = "開發區面臨著顯著著名乾燥後\ud800\udfff\r\n，。（）\u3000\u00a0abcＡＢ𠀀𠮷𪚥\ufeff著作开发区同志们"
    texts = ["".join(rnd.choice(pool) for _ in range(rnd.randint(0, 40))) for _ in range(2000)]
    monkeypatch.setattr(chars, "SCAN_FROM", 10**9)
    whole = [chars.fold(text) for text in texts]
    monkeypatch.setattr(chars, "SCAN_FROM", 0)
    assert [chars.fold(text) for text in texts] == whole
