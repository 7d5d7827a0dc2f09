"""Time of ``govspeech render`` on a 1 MB document (a script, not a test).

    python benchmarks/bench_render.py            # 1 MB: the command, and parse vs render
    python benchmarks/bench_render.py --mb 5     # another size

The document is the gold dev texts beside the checkout (``../shared/gold/dev*/texts``),
concatenated and repeated to the size in UTF-8 bytes, else the generated speech of
``bench.py``. Three figures, each the best of a few rounds:

- the command, ``python -m govspeech render FILE -o PAGE``, wall time from start to
  exit: interpreter start, imports, reading, parsing, rendering, writing;
- in process, ``parse`` and ``Document.to_html`` apart, so the renderer's own share shows;
- the page's size against the input's, which must stay a constant factor (linear output).

Target: the command under 2 s for 1 MB.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import govspeech

HERE = Path(__file__).resolve().parent
GOLD = HERE.parents[1] / "shared" / "gold"
TARGET_SECONDS = 2.0
sys.path.insert(0, str(HERE))
from bench import GENERATED, best_of  # noqa: E402  (the sibling script's speech and timer)


def source_text() -> str:
    files = sorted(GOLD.glob("dev*/texts/*.txt")) if GOLD.is_dir() else []
    return "".join(f.read_text(encoding="utf-8") for f in files) or GENERATED


def sized(base: str, size_bytes: int) -> str:
    """``base`` repeated to ``size_bytes`` of UTF-8, cut at a character boundary."""
    data = (base * (size_bytes // len(base.encode("utf-8")) + 1)).encode("utf-8")[:size_bytes]
    return data.decode("utf-8", errors="ignore")


def command_seconds(path: Path, page: Path, rounds: int) -> tuple[float, float]:
    """Best wall time and best CPU time (user + system) of the command.

    On a shared machine the CPU time is the steadier figure: wall time also counts the
    time other people's processes held the cores.
    """
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(HERE.parent / "src"),
                                                                      os.environ.get("PYTHONPATH")]))}
    command = [sys.executable, "-m", "govspeech", "render", str(path), "-o", str(page)]
    wall = cpu = float("inf")
    for _ in range(rounds):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, check=True, env=env)
        wall = min(wall, time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = min(cpu, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall, cpu


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=1.0, help="input size in MB (default 1)")
    ap.add_argument("--rounds", type=int, default=3, help="rounds per figure (best is kept)")
    args = ap.parse_args(argv)
    text = sized(source_text(), int(args.mb * 1_000_000))
    with tempfile.TemporaryDirectory() as tmp:
        path, page = Path(tmp) / "report.txt", Path(tmp) / "report.html"
        path.write_text(text, encoding="utf-8")
        command, command_cpu = command_seconds(path, page, args.rounds)
        page_bytes = page.stat().st_size
    doc = govspeech.parse(text)
    parse = best_of(lambda: govspeech.parse(text), args.rounds)
    render = best_of(lambda: doc.to_html(text), args.rounds)
    in_bytes = len(text.encode("utf-8"))
    print(f"govspeech {govspeech.__version__}, Python {sys.version.split()[0]}")
    print(f"input   {in_bytes:>12,} bytes  {len(text):,} characters, {len(doc.speeches)} speeches, "
          f"{len(doc.indicators):,} indicators, {len(doc.noise):,} noise spans")
    print(f"page    {page_bytes:>12,} bytes  ({page_bytes / in_bytes:.1f} × the input)")
    print(f"parse   {parse:>10.2f} s   in process")
    print(f"render  {render:>10.2f} s   in process (Document.to_html)")
    verdict = "ok" if command < TARGET_SECONDS else f"OVER {TARGET_SECONDS:.0f} s"
    print(f"command {command:>10.2f} s   python -m govspeech render FILE -o PAGE, wall  [{verdict}]")
    print(f"        {command_cpu:>10.2f} s   the same, CPU time (user + system)")
    print(f"load    {os.getloadavg()[0]:>10.2f}     on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
