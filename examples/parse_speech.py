"""Parse a speech and print its outline and its indicators.

    python examples/parse_speech.py              # the sample speech below
    python examples/parse_speech.py 讲话.txt      # your own file (.txt, .docx, .html)
"""

from __future__ import annotations

import sys

import govspeech
from govspeech.corpus.export import to_outline

SAMPLE = """學習啦>實用範文>致辭講話>
開發區工作會議上的講話
同志們:
今天,我們召開20xx年工作會議。
一、回顧過去一年的工作
全年共完成地區生產總值188億元,增長30%;財政收入27.46億元,增長22%。
二、明確今年的目標任務
(一)抓項目。一要全力運作申報。二要謀劃立區項目,計劃新開工項目30個。
(二)保民生。
同志們,讓我們團結一心,努力奮鬥!
"""


def main(argv: list[str]) -> int:
    doc = govspeech.parse_file(argv[0]) if argv else govspeech.parse(SAMPLE)
    text = doc.text if doc.text is not None else SAMPLE
    print(to_outline(doc))
    print()
    for ind in doc.indicators:
        change = f", {ind.change.kind or ''}{ind.change.direction} {ind.change.value}{ind.change.unit}" if ind.change else ""
        where = " > ".join(ind.heading_path)
        print(f"[{where}] {ind.name}: {ind.value} {ind.unit}{change}  ← {text[ind.start:ind.end]!r}" if ind.start is not None
              else f"[{where}] {ind.name}{change}")
    print()
    print("noise:", ", ".join(f"{n.kind} {text[n.start:n.end]!r}" for n in doc.noise if n.kind != "pinyin"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
