"""drafter benchmarks: `python benchmarks/run.py [clean] [parse] [analyze] [render] [check]
[serve]`.

Every figure is reported next to a baseline measured in the same run on the same text, so
results compare across machines as ratios.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"


def _seed_texts() -> list[str]:
    from drafter.files import read_article

    return [read_article(p).text for p in sorted(CORPUS.glob("*.txt"))]


def _replicate(texts: list[str], megabytes: float) -> list[str]:
    size = sum(len(t.encode("utf-8")) for t in texts)
    copies = int(megabytes * 1e6 // size) + 1
    return texts * copies


def _throughput(label: str, docs: list[str], work: Callable[[str], object]) -> float:
    size = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    start = time.perf_counter()
    for doc in docs:
        work(doc)
    seconds = time.perf_counter() - start
    rate = size / seconds
    print(f"  {label:<34}{size:8.1f} MB {seconds:8.2f} s {rate:8.1f} MB/s")
    return rate


def _interleaved_rates(docs: list[str], works: dict[str, Callable[[str], object]]) -> dict:
    """MB/s of each work over `docs`, the works taking turns article by article, so a machine
    that is busier for a while slows them alike."""
    spent = dict.fromkeys(works, 0.0)
    for doc in docs:
        for label, work in works.items():
            start = time.perf_counter()
            work(doc)
            spent[label] += time.perf_counter() - start
    size = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    return {label: size / seconds for label, seconds in spent.items()}


def bench_clean(megabytes: float) -> None:
    from drafter.clean import clean_text, mojibake
    from drafter.text.script import converter

    seeds = _seed_texts()
    t2s = converter("t2s")
    repaired = [clean_text(doc).text for doc in seeds]
    for doc in seeds:  # warm-up: OpenCC tables, jieba dictionary, regexes
        t2s.convert(doc)
    print("clean: OpenCC t2s alone is the floor; both take turns article by article")
    for label, texts, cached, target in (
        ("text that needs no repair (the seeds cleaned)", repaired, "nothing to repair", 0.5),
        (
            "damaged text (the seeds as scraped)",
            seeds,
            "a span's repair cached after the first copy; first sight below",
            0.2,
        ),
    ):
        docs = _replicate(texts, megabytes)
        rates = _interleaved_rates(docs, {"floor": t2s.convert, "clean": clean_text})
        print(f"  {label}: {len(docs)} articles, {megabytes:g} MB")
        print(f"    inputs: {len(texts)} distinct texts replicated ({cached})")
        print(f"    {'OpenCC t2s alone':<32}{rates['floor']:8.1f} MB/s")
        print(f"    {'drafter clean_text':<32}{rates['clean']:8.1f} MB/s")
        print(f"    ratio: {rates['clean'] / rates['floor']:.2f}  (target ≥ {target:.2f})")
    mojibake._repair.cache_clear()
    start = time.perf_counter()
    for doc in seeds:
        clean_text(doc)
    per_doc = (time.perf_counter() - start) / len(seeds) * 1000
    print(f"  first sight of each damaged seed (no repair cache): {per_doc:.1f} ms/article")


def _timed(module: object, name: str, spent: list[float]) -> None:
    """Wrap module.name so the time spent inside it is added to spent[0]."""
    original = getattr(module, name)

    def wrapper(*args: object, **kwargs: object) -> object:
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - start

    setattr(module, name, wrapper)


def bench_parse(_megabytes: float, rounds: int = 100) -> None:
    from drafter import language
    from drafter.clean import clean_text, mojibake
    from drafter.parse import parse_text, read_structure

    seeds = _seed_texts()
    cleaned = [clean_text(doc).text for doc in seeds]
    for doc in seeds:  # warm-up: jieba's dictionary, OpenCC tables, regexes
        parse_text(doc)
    chars = sum(map(len, cleaned)) / len(cleaned)
    memos = (language.first_tag, mojibake._repair)

    def forget() -> None:  # every article seen for the first time, as in a real corpus
        for memo in memos:
            memo.cache_clear()

    jieba = [0.0]
    for name in ("first_tag", "logprob"):
        _timed(language, name, jieba)
    print(f"parse: {len(seeds)} seeds × {rounds} rounds, {chars:.0f} characters each on average")
    # A baseline in the same run for the structure, taking turns with it article by article:
    # jieba cutting the same text, work whose cost does not change with drafter, so a machine
    # busier for a while slows both alike and the ratio holds where the milliseconds do not.
    # (the warm-up loaded jieba's tables: cutting loads nothing parse would not have)
    cut = language.tokenizer().lcut
    for label, work, docs, baseline in (
        ("structure only (read_structure)", lambda d: read_structure(d, "bench"), cleaned, cut),
        ("clean + structure (parse_text)", parse_text, seeds, None),
    ):
        jieba[0] = 0.0
        seconds = baseline_seconds = 0.0
        for _ in range(rounds):
            for doc in docs:
                forget()
                start = time.perf_counter()
                work(doc)
                seconds += time.perf_counter() - start
                if baseline:
                    start = time.perf_counter()
                    baseline(doc)
                    baseline_seconds += time.perf_counter() - start
        per_article = seconds / (rounds * len(docs)) * 1000
        print(
            f"  {label:<34}{per_article:6.2f} ms/article {per_article * 5000 / chars:6.2f} ms per "
            f"5,000 characters; jieba {jieba[0] / seconds:5.1%} of it"
        )
        if baseline:
            print(f"    ratio to jieba cutting the same text: {seconds / baseline_seconds:.2f}")
    # A clean seed (its words tagged for a place name) and one with mojibake to repair, which
    # needs jieba's whole word model.
    clean, damaged = CORPUS / "002_41f6191bd45bc140.txt", CORPUS / "000_9c1aa16d39bd4a9f.txt"
    commands = {
        f"drafter parse seed {path.name[:3]} ({kind})": ["parse", str(path)]
        for path, kind in ((clean, "clean"), (damaged, "mojibake"))
    }
    for bytecode in (False, True):
        cold_s, import_s = _cold_start(commands, "import jieba, opencc, typer", bytecode)
        ratio, clean_ms = cold_s[0] / import_s, cold_s[0] * 1000
        print(f"  ratio, clean seed: {ratio:.2f}  ({clean_ms:.0f} ms; target ≤ 500 ms)")


def _child(kind: str, directory: str, jobs: int) -> None:
    """Run one measured job in this (fresh) process; print seconds and peak memory as JSON."""
    import json
    import resource

    from drafter.language import tokenizer, word_tags
    from drafter.parse import parse_text

    # One seed article read first, and jieba's tables loaded (a single article is read with the
    # lexicon file instead; a folder of them loads the tables anyway): jieba, its tags, OpenCC's
    # tables and the repair tables are loaded before the clock starts, so the figures are
    # throughput.
    tokenizer()
    word_tags("乡村振兴")
    parse_text(_seed_texts()[0])
    start, cpu_start = time.perf_counter(), _cpu_seconds()
    if kind == "analyze":
        from drafter.analyze import analyze_corpus

        analyze_corpus(directory, jobs=jobs)
    else:
        from drafter.clean import clean_file

        for path in sorted(Path(directory).glob("*.txt")):
            clean_file(path)
    seconds, cpu = time.perf_counter() - start, _cpu_seconds() - cpu_start
    peak = max(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    )
    print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mb": peak / 1024}))


def _cpu_seconds() -> float:
    """Processor time of this process and its ended children (analyze's workers): next to the
    elapsed time it shows whether other work on the machine took the processors meanwhile."""
    import resource

    return sum(
        usage.ru_utime + usage.ru_stime
        for usage in map(resource.getrusage, (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    )


def _measure(kind: str, directory: Path, jobs: int = 1) -> dict[str, float]:
    import json
    import subprocess

    command = [sys.executable, __file__, "--child", kind, str(directory), str(jobs)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _corpus_on_disk(root: Path, megabytes: float) -> tuple[Path, float]:
    directory = root / f"corpus_{megabytes:g}mb"
    directory.mkdir()
    seeds = sorted(CORPUS.glob("*.txt"))
    size = sum(p.stat().st_size for p in seeds)
    copies = int(megabytes * 1e6 // size) + 1
    for copy in range(copies):
        for path in seeds:
            (directory / f"{copy:05d}_{path.name}").write_bytes(path.read_bytes())
    return directory, copies * size / 1e6


REAL = CORPUS.parents[1] / "tests" / "corpus" / "real"


_THOUSAND = 1000  # files: the corpus size of the --jobs 2 target


def _cpu_note(run: dict[str, float]) -> str:
    return f"({run['seconds']:.1f} s, processors {run['cpu']:.1f} s)"


def bench_analyze(megabytes: float) -> None:
    import tempfile

    real = sorted(REAL.rglob("*.txt"))
    real_mb = sum(path.stat().st_size for path in real) / 1e6
    with tempfile.TemporaryDirectory() as root:
        distinct = Path(root) / "real"
        distinct.mkdir()
        for path in real:
            (distinct / f"{path.parent.name}_{path.name}").write_bytes(path.read_bytes())
        floor = _measure("clean", distinct)
        one = _measure("analyze", distinct)
        pages = f"{len(real)} distinct real pages ({real_mb:.2f} MB)"
        print(f"analyze: {pages}, each seen for the first time, 1 process, tables loaded")
        print(f"  {'floor: clean only':<34}{real_mb / floor['seconds']:8.2f} MB/s")
        print(
            f"  {'analyze --jobs 1':<34}{real_mb / one['seconds']:8.2f} MB/s"
            f"  peak {one['peak_mb']:6.0f} MB  {_cpu_note(one)}  (target ≥ 2 MB/s)"
        )
    with tempfile.TemporaryDirectory() as root:
        # The target's corpus size, made from the real pages (each worker sees its own first
        # copies, so --jobs 2 repairs more spans afresh than --jobs 1).
        thousand = Path(root) / "thousand"
        thousand.mkdir()
        for number in range(_THOUSAND):
            path = real[number % len(real)]
            name = f"{number // len(real)}_{path.parent.name}_{path.name}"
            (thousand / name).write_bytes(path.read_bytes())
        size = sum(path.stat().st_size for path in thousand.iterdir()) / 1e6
        one, two = _measure("analyze", thousand), _measure("analyze", thousand, jobs=2)
        print(
            f"analyze: {_THOUSAND:,} files ({size:.2f} MB), the {len(real)} real pages copied"
            f" {_THOUSAND / len(real):.1f} times (a page's later copies hit the repair cache of"
            " the process that saw it), tables loaded"
        )
        for label, run in (("analyze --jobs 1", one), ("analyze --jobs 2", two)):
            print(
                f"  {label:<34}{size / run['seconds']:8.2f} MB/s"
                f"  peak {run['peak_mb']:6.0f} MB  {_cpu_note(run)}"
            )
        print(
            f"  speed-up from --jobs 2:            {one['seconds'] / two['seconds']:8.2f}"
            "  (target ≥ 1.7)"
        )
    big_mb = max(megabytes, 50.0)
    with tempfile.TemporaryDirectory() as root:
        small, small_size = _corpus_on_disk(Path(root), big_mb / 10)
        big, big_size = _corpus_on_disk(Path(root), big_mb)
        print(
            f"analyze: the seeds replicated to {small_size:.1f} MB and {big_size:.1f} MB"
            " (identical copies: repairs are cached after the first)"
        )
        floor = _measure("clean", big)
        print(f"  {'floor: clean only, 1 process':<34}{big_size / floor['seconds']:8.2f} MB/s")
        one_small = _measure("analyze", small)
        one = _measure("analyze", big)
        two = _measure("analyze", big, jobs=2)
        for label, run in (("analyze --jobs 1", one), ("analyze --jobs 2", two)):
            print(
                f"  {label:<34}{big_size / run['seconds']:8.2f} MB/s"
                f"  peak {run['peak_mb']:6.0f} MB  {_cpu_note(run)}"
            )
        print(f"  analyze / clean floor (jobs 1):    {floor['seconds'] / one['seconds']:8.2f}")
        print(
            f"  10x corpus / 1x corpus time:       {one['seconds'] / one_small['seconds']:8.2f}"
            "  (target ≤ 11)"
        )
        print(f"  speed-up from --jobs 2:            {one['seconds'] / two['seconds']:8.2f}")


FACTS = CORPUS.parent / "facts" / "船营区.yaml"


def _median_seconds(work: Callable[[], object], rounds: int) -> float:
    import statistics

    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _docxtpl_loop(blocks: list[object], count: int, folder: Path) -> float | None:
    """Drafts per second of a one-process docxtpl loop writing the same paragraphs to files:
    the way a script without drafter would fill a Word template. None without docxtpl."""
    try:
        from docxtpl import DocxTemplate
    except ImportError:
        return None
    from docx import Document

    template = folder / "template.docx"
    document = Document()
    for line in ("{%p for text in paragraphs %}", "{{ text }}", "{%p endfor %}"):
        document.add_paragraph(line)
    document.save(template)
    paragraphs = [block.text for block in blocks]  # type: ignore[attr-defined]
    start = time.perf_counter()
    for index in range(count):
        filled = DocxTemplate(template)
        filled.render({"paragraphs": paragraphs})
        filled.save(folder / f"tpl{index:04d}.docx")
    return count / (time.perf_counter() - start)


def bench_render(_megabytes: float, rounds: int = 30, batch: int = 1000) -> None:
    import io
    import shutil
    import subprocess
    import tempfile

    from docx import Document

    from drafter.facts.load import load_fact_sheet
    from drafter.render import RenderOptions, render_facts
    from drafter.render.markdown import parse_markdown
    from drafter.schema import load_schema

    schema = load_schema()
    rendered = render_facts(load_fact_sheet(FACTS).sheet, schema, RenderOptions())
    blocks = parse_markdown(rendered.markdown)

    def bare() -> bytes:  # the same paragraphs, with python-docx and nothing else
        document = Document()
        for block in blocks:
            document.add_paragraph(block.text)
        output = io.BytesIO()
        document.save(output)
        return output.getvalue()

    def ours() -> bytes:  # the fact sheet on disk to DOCX bytes
        return render_facts(load_fact_sheet(FACTS).sheet, schema, RenderOptions()).content

    floor = _median_seconds(bare, rounds)
    drafted = _median_seconds(ours, rounds)
    print(f"render: {FACTS.name}, {len(blocks)} paragraphs; medians of {rounds} runs, warm process")
    print(f"  {'bare python-docx, same paragraphs':<44}{floor * 1000:8.2f} ms")
    print(f"  {'drafter: fact sheet on disk to DOCX bytes':<44}{drafted * 1000:8.2f} ms")
    print(f"  ratio: {drafted / floor:.2f}  (target ≤ 0.20)")

    with tempfile.TemporaryDirectory() as root:
        sheets = Path(root) / "sheets"
        sheets.mkdir()
        for index in range(batch):
            shutil.copy(FACTS, sheets / f"{index:04d}.yaml")
        command = [
            sys.executable,
            "-m",
            "drafter",
            "render",
            str(sheets),
            "-o",
            str(Path(root) / "out"),
        ]
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        ours_rate = batch / (time.perf_counter() - start)
        templated = Path(root) / "docxtpl"
        templated.mkdir()
        loop_rate = _docxtpl_loop(blocks, batch, templated)
        print(f"  batch: {batch} copies of the sheet, one command, files written")
        import os

        label = f"drafter render (one command, {os.cpu_count()} workers)"
        print(f"  {label:<44}{ours_rate:8.1f} drafts/s")
        if loop_rate is None:
            print("  docxtpl loop: skipped (pip install '.[bench]' installs docxtpl)")
        else:
            print(f"  {'docxtpl loop, same paragraphs, one process':<44}{loop_rate:8.1f} drafts/s")
            print(f"  ratio: {ours_rate / loop_rate:.2f}  (target ≥ 5)")

        target = str(Path(root) / "cold.docx")
        cold = ["render", str(FACTS), "-o", target, "--force"]
        baseline = "import docx, jinja2, yaml, typer, pydantic"
        commands = {f"drafter render {FACTS.name}": cold}
        for bytecode in (False, True):
            cold_s, import_s = _cold_start(commands, baseline, bytecode)
            print(f"  ratio: {cold_s[0] / import_s:.2f}  (target ≤ 1.0)")


def _cold_start(
    commands: dict[str, list[str]], baseline: str, bytecode: bool
) -> tuple[list[float], float]:
    """Median seconds of each drafter command and of `python -c baseline`, each run in a new
    process, 9 times interleaved so all meet the same load; caches (jieba's, the lexicon, the
    compiled templates) are filled by a first run. With `bytecode`, every module's compiled
    bytecode is cached too (in a folder of its own), as in an installed package; without, the
    environment decides (PYTHONDONTWRITEBYTECODE and a source checkout compile drafter's
    modules in every process)."""
    import os
    import statistics
    import subprocess
    import tempfile

    runs = [[sys.executable, "-m", "drafter", *args] for args in commands.values()]
    runs.append([sys.executable, "-c", baseline])
    with tempfile.TemporaryDirectory() as cached:
        environment = dict(os.environ)
        if bytecode:
            environment.pop("PYTHONDONTWRITEBYTECODE", None)
            environment["PYTHONPYCACHEPREFIX"] = cached
        for command in runs:
            subprocess.run(command, check=True, capture_output=True, env=environment)
        times: list[list[float]] = [[] for _ in runs]
        for _ in range(9):
            for command, spent in zip(runs, times, strict=True):
                start = time.perf_counter()
                subprocess.run(command, check=True, capture_output=True, env=environment)
                spent.append(time.perf_counter() - start)
    medians = [statistics.median(spent) for spent in times]
    state = "bytecode cached" if bytecode else "bytecode as the environment leaves it"
    print(f"  cold start: new process each run, medians of 9 interleaved runs, caches and {state}")
    print(f"  {'python -c ' + baseline:<44}{medians[-1] * 1000:8.0f} ms")
    for label, seconds in zip(commands, medians, strict=False):
        print(f"  {label:<44}{seconds * 1000:8.0f} ms")
    return medians[:-1], medians[-1]


def bench_check(_megabytes: float, articles: int = 1000, rounds: int = 5) -> None:
    """查重: a 5,000-character draft against a corpus of distinct articles (sentences of the
    seeds and the real corpus, shuffled into new articles), with the index against a scan of
    every article per draft (the baseline: what the index saves)."""
    import random

    from drafter.check.originality import MIN_SPAN, CorpusIndex, fold
    from drafter.clean import clean_text

    real = Path(__file__).resolve().parents[1] / "tests" / "corpus" / "real" / "dev"
    texts = _seed_texts() + [
        read.read_text(encoding="utf-8") for read in sorted(real.glob("*.txt"))
    ]
    sentences = [s + "。" for t in texts for s in clean_text(t).text.split("。") if len(s) > 8]
    chance = random.Random(7)
    corpus = []
    for _ in range(articles):
        chosen = chance.sample(sentences, 40)
        corpus.append("".join(chosen)[:3000])
    draft = "".join(chance.sample(sentences, 200))[:5000]
    start = time.perf_counter()
    index = CorpusIndex()
    for number, text in enumerate(corpus):
        index.add(str(number), text)
    built = time.perf_counter() - start
    folded, _ = fold(draft)
    indexed = _median_seconds(lambda: index.shared(folded), rounds)

    def scan() -> int:  # every 13-character run of the draft looked for in every article
        grams = {folded[i : i + MIN_SPAN] for i in range(len(folded) - MIN_SPAN + 1)}
        return sum(1 for text in index.texts for gram in grams if gram in text)

    scanned = _median_seconds(scan, 1)
    chars = sum(map(len, corpus))
    print(f"check (查重): distinct corpus of {articles} articles, {chars / 1e6:.1f} M characters")
    print(f"  index built once                  {built:8.2f} s")
    print(f"  5,000-character draft, indexed    {indexed * 1000:8.1f} ms")
    print(
        f"  the same, scanning every article  {scanned * 1000:8.1f} ms"
        f"  (index {scanned / indexed:.0f}× faster)"
    )


def bench_serve(megabytes: float) -> None:
    sys.path.insert(0, str(Path(__file__).parent))
    from serve import bench_serve as run  # benchmarks/serve.py

    run(megabytes)


BENCHMARKS = {
    "clean": bench_clean,
    "parse": bench_parse,
    "analyze": bench_analyze,
    "render": bench_render,
    "check": bench_check,
    "serve": bench_serve,
}


def main() -> None:
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        _child(sys.argv[2], sys.argv[3], int(sys.argv[4]))
        return
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("names", nargs="*", metavar="name", help=f"any of: {', '.join(BENCHMARKS)}")
    parser.add_argument("--mb", type=float, default=20.0, help="corpus size to replicate to")
    args = parser.parse_args()
    unknown = [name for name in args.names if name not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark: {', '.join(unknown)}")
    for name in args.names or BENCHMARKS:
        BENCHMARKS[name](args.mb)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
