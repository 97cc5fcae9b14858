"""Measure parse against the gold of the real corpus (tests/corpus/real) and the seeds.

    python -m tests.evaluate [dev|test|seeds|dev/PREFIX|test/PREFIX|dev-wrapped|dev-glued|dev-flat
                              |dev-framed|test-wrapped|test-glued|test-flat|test-framed] [--details]

Headers are matched by their cleaned text (number included, width and white space folded,
final stop ignored); optional headers and third-level ones count neither way. A lead is right
when the parsed lead starts with the gold's `lead_start` (or both are absent); a title when it
is the gold's, folded alike (or both are absent).
`--details` lists each article's misses: use it on `dev` only — `test` is measured, not read.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REAL = Path(__file__).resolve().parent / "corpus" / "real"
SEEDS = ROOT / "examples" / "corpus"
SEED_GOLD = Path(__file__).resolve().parent / "gold"


def _fold(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split()).rstrip("。.;；：:")


def _canonical(text: str) -> str:
    """Gold is written from the raw text: clean it as drafter would, then fold."""
    from drafter.clean import clean_text

    return _fold(clean_text(text).text)


@dataclass
class Scores:
    found: int = 0
    expected: int = 0
    matched: int = 0
    forms_right: int = 0
    leads_right: int = 0
    titles_right: int = 0
    articles: int = 0
    misses: list[str] = field(default_factory=list, repr=False)  # never shown for `test`

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, name: str) -> str:
        n = self.articles or 1
        return (
            f"{name:<6} articles {self.articles:>3}  headers P {self.precision:.2f} "
            f"R {self.recall:.2f} F1 {self.f1:.2f}  form {self.forms_right / n:.2f} "
            f"({self.forms_right}/{self.articles})  lead {self.leads_right / n:.2f} "
            f"({self.leads_right}/{self.articles})  title {self.titles_right / n:.2f} "
            f"({self.titles_right}/{self.articles})"
        )


def articles(split: str) -> list[tuple[Path, dict]]:
    """The articles of a split; `dev/g` is the dev files whose names start with `g` (a batch)."""
    if split == "seeds":
        return [
            (path, json.loads((SEED_GOLD / f"{path.stem}.gold.json").read_text("utf-8")))
            for path in sorted(SEEDS.glob("*.txt"))
        ]
    folder, _, prefix = split.partition("/")
    golds = [
        (path, path.with_suffix(".gold.json"))
        for path in sorted((REAL / folder).glob(f"{prefix}*.txt"))
    ]
    return [(path, json.loads(gold.read_text("utf-8"))) for path, gold in golds if gold.exists()]


def wrapped_at(columns: int, text: str) -> list[str]:
    """`text` broken as a print layout breaks it: Han and full-width marks take two columns,
    digits and spaces one."""
    lines, line, used = [], "", 0
    for char in text:
        width = 1 if char.isascii() else 2
        if used + width > columns:
            lines.append(line)
            line, used = "", 0
        line, used = line + char, used + width
    return [*lines, line]


def rewrapped(text: str, name: str, narrowest: int = 48) -> str:
    """`text` hard-wrapped as a print or PDF copy is: every line broken at one width, 48 to 64
    columns by the page's name (a narrow column's copy: from `narrowest` on, 16 more)."""
    width = narrowest + 2 * (int(hashlib.sha1(name.encode()).hexdigest(), 16) % 9)
    return "\n".join(line for part in text.split("\n") for line in wrapped_at(width, part))


def glued(text: str, title: str) -> str | None:
    """`text` with its title line run into the line under it, as pages scraped without their
    breaks print it (`…调研报告通过调研，…`); None when the title is not a line of its own."""
    lines = text.split("\n")
    at = next((i for i, line in enumerate(lines) if line.strip() and _fold(line) == title), None)
    if at is None:
        return None
    under = next((i for i in range(at + 1, len(lines)) if lines[i].strip()), None)
    if under is None:
        return None
    lines[at : under + 1] = [lines[at].strip() + lines[under].strip()]
    return "\n".join(lines)


def title_broken(text: str, title: str, name: str) -> str | None:
    """`text` with its title line broken at a wrap into two lines, as a print layout or a narrow
    column breaks a long title (`以人才振兴奏响乡村发` over `展“奋进曲”`), 8 to 15 characters in
    by the page's name; None when the title is not a line of its own or too short to wrap."""
    lines = text.split("\n")
    at = next((i for i, line in enumerate(lines) if line.strip() and _fold(line) == title), None)
    if at is None:
        return None
    line = lines[at].strip()
    width = 8 + int(hashlib.sha1(name.encode()).hexdigest(), 16) % 8
    if len(line) < width + 4:
        return None
    lines[at : at + 1] = [line[:width], line[width:]]
    return "\n".join(lines)


def flattened(text: str) -> str:
    """`text` with its line breaks lost to spaces, as document-site previews and some copied
    posts print a whole page on one line."""
    return " ".join(line.strip() for line in text.split("\n") if line.strip())


# What sites print around an article, in a few common shapes (names and figures made up).
_SITE_HEADS = (
    (
        "某某县人民政府网",
        "首页 > 新闻中心 > 乡镇动态",
        "2023-05-06 10:20:31 来源：某某县融媒体中心 作者：张三",
        "【字体：大 中 小】 【打印】 【关闭】",
    ),
    (
        "当前位置：首页 >> 党建工作 >> 正文",
        "发布时间：2022年08月12日  浏览次数：1024",
        "分享到：微信 微博 QQ空间",
    ),
    ("设为首页 | 加入收藏 | 联系我们", "某某党建网", "首页 组织建设 党员教育 基层动态 人才工作"),
)
_SITE_TAILS = (
    (
        "责任编辑：李四",
        "版权所有：某某县委组织部  备案号：冀ICP备12345678号-1",
        "地址：某某县人民路1号 电话：0311-12345678",
    ),
    ("【关闭窗口】", "上一篇：某村召开党员大会", "下一篇：某镇开展主题党日活动"),
)


def framed(text: str, name: str) -> str:
    """`text` between a site's header lines and its footer, chosen by the page's name."""
    pick = int(hashlib.sha1(name.encode()).hexdigest(), 16)
    head, tail = _SITE_HEADS[pick % len(_SITE_HEADS)], _SITE_TAILS[pick % len(_SITE_TAILS)]
    return "\n".join([*head, text, *tail])


# Each copy of a page: its text damaged, from the raw text, the page's name and its folded gold
# title ("" when it has none); None when the damage does not apply to the page.
COPIES: dict[str, Callable[[str, str, str], str | None]] = {
    "wrapped": lambda text, name, title: rewrapped(text, name),
    "glued": lambda text, name, title: glued(text, title) if title else None,
    "flat": lambda text, name, title: flattened(text),
    "framed": lambda text, name, title: framed(text, name),
    "broken": lambda text, name, title: title_broken(text, title, name) if title else None,
    "narrow": lambda text, name, title: rewrapped(text, name, 22),
}


def score(split: str) -> Scores:
    """`dev-wrapped` is the dev pages without damage (pinyin, mojibake, Traditional script,
    whose repair changes line widths), each hard-wrapped (`rewrapped`); `dev-glued` those of
    them whose title stands on a line of its own, the title run into the next line (`glued`);
    `dev-flat` all of them on one line (`flattened`); `dev-framed` all of them between a site's
    header and footer lines (`framed`); `dev-broken` those whose title is a line of its own long
    enough to wrap, the title broken over two lines (`title_broken`); `dev-narrow` all of them
    hard-wrapped in a newspaper's or a phone's narrow column (22 to 38 columns, 11 to 19 Han
    characters)."""
    from drafter.parse import parse_file, parse_text

    damage = split.partition("-")[2]
    if damage and damage not in COPIES:
        raise SystemExit(f"no such copy of the pages: {split}")
    pages = articles(split.partition("-")[0])
    if damage:
        pages = [
            (path, gold)
            for path, gold in pages
            if not gold.get("must_not_contain") and gold.get("script") != "traditional"
        ]
    scores = Scores()
    for path, gold in pages:
        if damage:
            title = gold.get("title")
            text = COPIES[damage](path.read_text("utf-8"), path.name, _fold(title) if title else "")
            if text is None:
                continue
            article = parse_text(text, path.name)
        else:
            article = parse_file(path)
        scores.articles += 1
        optional = gold.get("optional_sections", [])
        skip = {_canonical(h if isinstance(h, str) else h["header"]) for h in optional}
        skip |= {_canonical(s["header"]) for s in gold["sections"] if s["level"] > 2}
        expected = [_canonical(s["header"]) for s in gold["sections"] if s["level"] <= 2]
        found = [_fold(s.printed_header) for s in article.all_sections()]
        found = [h for h in found if h not in skip]
        unmatched = list(expected)
        for header in found:
            if header in unmatched:
                unmatched.remove(header)
                scores.matched += 1
            else:
                scores.misses.append(f"{path.name}: extra header {header}")
        scores.misses += [f"{path.name}: missed header {h}" for h in unmatched]
        scores.found += len(found)
        scores.expected += len(expected)
        if article.form == gold["form"]:
            scores.forms_right += 1
        else:
            scores.misses.append(f"{path.name}: form {article.form} (gold {gold['form']})")
        lead_start = gold.get("lead_start")
        if lead_start is None:
            right = article.lead is None
        else:
            right = article.lead is not None and _fold(article.lead).startswith(
                _canonical(lead_start)
            )
        if right:
            scores.leads_right += 1
        else:
            scores.misses.append(
                f"{path.name}: lead {(article.lead or '')[:20]!r} (gold {lead_start!r})"
            )
        title = gold.get("title")
        if (article.title and _fold(article.title)) == (title and _canonical(title)):
            scores.titles_right += 1
        else:
            scores.misses.append(f"{path.name}: title {article.title!r} (gold {title!r})")
    return scores


_NUMBER_PREFIX = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、,.．。]|[（(][一二三四五六七八九十\d]{1,3}[）)]"
    r"|(?:第[一二三四五六七八九十]{1,3}|首先|其次|再次|最后)[，,、]"
    r"|\d{1,2}[.．]\d{1,2}[、.．]?|\d{1,2}[、.．]|\d(?=[\u4e00-\u9fff“]))"
)


def true_headers() -> set[str]:
    """Every gold header of the real corpus and the seeds, without its number, folded."""
    found = set()
    for split in ("seeds", "dev", "test"):
        for _, gold in articles(split):
            headers = [s["header"] for s in gold["sections"]]
            headers += [
                h if isinstance(h, str) else h["header"] for h in gold.get("optional_sections", [])
            ]
            found |= {_NUMBER_PREFIX.sub("", _canonical(h)) for h in headers}
    return found


@dataclass
class Purity:
    filed: list[str]  # the headers the schema files under `headers.by_topic`
    offered: list[str]  # those `drafter new` suggests (the first of each topic)
    truth: set[str]

    def false(self, headers: list[str]) -> list[str]:
        return [h for h in headers if _NUMBER_PREFIX.sub("", _fold(h)) not in self.truth]

    def line(self, name: str) -> str:
        filed, offered = len(self.filed), len(self.offered)
        real = filed - len(self.false(self.filed))
        suggested = offered - len(self.false(self.offered))
        return (
            f"{name} {real}/{filed} = {real / max(filed, 1):.2f} of by_topic headers are real; "
            f"new suggests {suggested}/{offered} = {suggested / max(offered, 1):.2f}"
        )


def purity(split: str = "") -> Purity:
    """The headers the schema of the real corpus (or one split of it) files by topic, and those
    `drafter new` suggests, with the gold's headers to tell the real ones."""
    from drafter.analyze import analyze_corpus
    from drafter.facts.scaffold import header_suggestions

    schema = analyze_corpus(REAL / split, jobs=1).schema
    filed = [c.text for entries in schema.headers.by_topic.values() for c in entries]
    offered = [h for topic in schema.headers.by_topic for h in header_suggestions(schema, topic)]
    return Purity(filed, offered, true_headers())


def main(argv: list[str]) -> int:
    details = "--details" in argv
    splits = [a for a in argv if not a.startswith("--")] or ["seeds", "dev", "test"]
    for name, split in (("purity", ""), ("purity-dev", "dev")):
        if name in splits:
            splits.remove(name)
            found = purity(split)
            print(found.line(name))
            if details and split == "dev":
                print("\n".join("  not a header: " + h for h in found.false(found.filed)))
    for split in splits:
        scores = score(split)
        print(scores.line(split))
        if details and not split.startswith("test"):
            print("\n".join("  " + m for m in scores.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
