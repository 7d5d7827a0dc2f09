"""A folder of mixed speech files (.txt in several encodings, .docx, .html) to JSONL + CSV.

    python examples/corpus_to_jsonl.py

Builds a small sample folder in a temporary directory, including one file that cannot
be read, then runs the same engine as ``govspeech batch DIR -o OUT.jsonl --indicators
OUT.csv -j 2`` and shows what it wrote.
"""

from __future__ import annotations

import csv
import json
import tempfile
from pathlib import Path

import docx

from govspeech import Document
from govspeech.corpus.batch import errors_path, run_batch

SPEECH = """在全区经济工作会议上的讲话
同志们:
今天召开全区经济工作会议,主要任务是总结工作、部署任务。
一、坚持稳中求进
全年地区生产总值完成244.4亿元,同比增长9.4%。
二、狠抓工作落实
全年城镇新增就业1.2万人,居民人均可支配收入增长6.5%。
"""


def make_sample(folder: Path) -> None:
    """The kinds of files a corpus collected from the web holds."""
    (folder / "2023").mkdir(parents=True)
    (folder / "utf8.txt").write_text(SPEECH, encoding="utf-8")
    (folder / "2023" / "gbk.txt").write_bytes(SPEECH.encode("gbk"))
    (folder / "2023" / "utf16.txt").write_text(SPEECH, encoding="utf-16")
    page = "".join(f"<p>{line}</p>" for line in SPEECH.splitlines())
    (folder / "saved_page.html").write_text(
        f"<html><head><meta charset='utf-8'><script>track()</script></head>"
        f"<body><nav>首页 &gt; 讲话</nav>{page}</body></html>",
        encoding="utf-8",
    )
    document = docx.Document()
    for line in SPEECH.splitlines():
        document.add_paragraph(line)
    document.save(str(folder / "word.docx"))
    (folder / "broken.docx").write_bytes(b"this is not a Word file")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder, out, table = (
            Path(tmp) / "speeches",
            Path(tmp) / "speeches.jsonl",
            Path(tmp) / "indicators.csv",
        )
        make_sample(folder)

        summary = run_batch([folder], out, indicators=table, jobs=2, progress=False)
        print(summary)

        with open(out, encoding="utf-8") as f:
            for line in f:
                doc = Document.model_validate_json(line)
                headings = [part.heading for speech in doc.speeches for part in speech.parts]
                print(
                    f"{Path(doc.path or '').name:16} {doc.format:5} {doc.encoding or '-':10} {headings}"
                )

        for error in map(json.loads, errors_path(out).read_text(encoding="utf-8").splitlines()):
            print(f"failed: {Path(error['path']).name}: {error['kind']}: {error['message']}")

        with open(table, encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        print(f"{len(rows)} indicator rows in {table.name}")
        for row in rows[:3]:
            print(" ", row["file"].rsplit("/", 1)[-1], row["name"], row["value"], row["unit"])


if __name__ == "__main__":  # required: worker processes are spawned and import this file
    main()
