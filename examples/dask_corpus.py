"""Parse a corpus with Dask: Documents as a bag, indicators as a DataFrame.

    pip install 'govspeech[dask]'
    python examples/dask_corpus.py

Runs on a local cluster made here; on a real one, pass the scheduler's address to
``Client`` and give paths the workers can read (a shared disk or s3://… URLs).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from dask.distributed import Client, LocalCluster

import govspeech.corpus.dask as gd

SPEECH = """同志们:
一、坚持稳中求进
全年地区生产总值完成{gdp}亿元,同比增长{growth}%。
二、狠抓工作落实
全年城镇新增就业{jobs}万人。
"""


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for k in range(12):
            path = Path(tmp) / f"county_{k:02d}.txt"
            text = SPEECH.format(gdp=200 + 10 * k, growth=6 + k / 10, jobs=1 + k / 10)
            path.write_bytes(text.encode("gb18030" if k % 3 == 0 else "utf-8"))
            paths.append(str(path))
        (Path(tmp) / "empty.txt").write_bytes(b"")
        paths.append(str(Path(tmp) / "empty.txt"))

        with (
            LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster,
            Client(cluster),
        ):
            docs = gd.parse_files(paths, npartitions=4, errors="skip")

            print("failed:", gd.failed_files(paths).compute())
            print("speeches:", docs.map(lambda d: len(d.speeches)).sum().compute())

            # Documents as JSON Lines, one file per partition, written by the workers.
            written = docs.map(lambda d: d.model_dump_json()).to_textfiles(f"{tmp}/out/*.jsonl")
            print("JSONL parts:", [Path(p).name for p in written])

            frame = gd.indicator_frame(docs)
            print(frame.groupby("name")["value"].agg(["count", "mean"]).compute())


if __name__ == "__main__":
    main()
