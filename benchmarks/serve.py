"""drafter serve: `python benchmarks/run.py serve`.

The preview's server time for a full sheet (the example, as the page sends it) against
render_facts to Markdown in the same process: what checking the form's answers and making the
HTML add to the draft itself. Also the first response after starting `drafter serve`.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FACTS = ROOT / "examples" / "facts" / "船营区.yaml"


def _median(work: object, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def first_response(port: int = 8799) -> float:
    """Seconds from starting `drafter serve` to the page's first answer."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        command = [sys.executable, "-m", "drafter", "serve", "--no-browser", "--port", str(port)]
        started = time.perf_counter()
        process = subprocess.Popen(
            [*command, "--sheets", folder], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            deadline = started + 20
            while time.perf_counter() < deadline:
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1) as answer:
                        answer.read()
                        return time.perf_counter() - started
                except OSError:
                    time.sleep(0.02)
            raise RuntimeError("drafter serve did not answer within 20 s")
        finally:
            process.terminate()
            process.wait(10)


def bench_serve(_megabytes: float, rounds: int = 50) -> None:
    from starlette.testclient import TestClient

    from drafter.facts.load import load_fact_sheet
    from drafter.render import RenderOptions, render_facts
    from drafter.schema import load_schema
    from drafter.serve import drafting
    from drafter.serve.app import create_app

    schema = load_schema()
    sheet = load_fact_sheet(FACTS).sheet
    answers = drafting.open_text(FACTS.read_text(encoding="utf-8"))["sheet"]
    md = RenderOptions("md")
    for _ in range(3):  # warm-up: templates, OpenCC, jieba
        render_facts(sheet, schema, md)
        drafting.preview(answers, schema, "zh-Hans", "gb2312")
    floor = _median(lambda: render_facts(sheet, schema, md), rounds)
    ours = _median(lambda: drafting.preview(answers, schema, "zh-Hans", "gb2312"), rounds)
    print("serve:")
    print(f"  {'render_facts to Markdown (in process)':<44}{floor * 1000:8.2f} ms")
    print(f"  {'preview: check + render + HTML (server)':<44}{ours * 1000:8.2f} ms")
    print(f"  ratio: {ours / floor:.2f}  (target: well under 100 ms)")

    with TempFolder() as folder:
        client = TestClient(
            create_app(schema, folder, "t", port=8765),
            base_url="http://127.0.0.1:8765",
            headers={"X-Drafter-Token": "t"},
        )
        with client:
            http = _median(lambda: client.post("/api/preview", json=answers), rounds)
    print(f"  {'POST /api/preview through the app':<44}{http * 1000:8.2f} ms")
    print(
        f"  {'first response after drafter serve starts':<44}{first_response() * 1000:8.0f} ms"
        "  (target < 1500 ms)"
    )


class TempFolder:
    def __enter__(self) -> Path:
        import tempfile

        self._dir = tempfile.TemporaryDirectory()
        return Path(self._dir.name)

    def __exit__(self, *exc: object) -> None:
        self._dir.cleanup()
