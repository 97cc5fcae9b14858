"""The house rules a draft is proofread against, each a small named function over the draft.

A rule yields findings; `RULES` lists them in the order they are reported, with the name
`--skip` takes and the severity of what they find. Rules that need the fact sheet, the corpus
or a DOCX say so and are skipped (with a note) when it is not given.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from drafter.check.draft import Draft, Paragraph
from drafter.check.findings import Finding
from drafter.text.chars import CJK, HAN, NUMERALS
from drafter.text.punctuation import WIDE


@dataclass
class Context:
    draft: Draft
    variant: str = "zh-Hans"
    sheet: Any = None  # a FactSheet, with --facts
    index: Any = None  # an originality.CorpusIndex, with --corpus
    common: frozenset[str] = field(default_factory=frozenset)  # the schema's stock phrases

    def finding(
        self,
        rule: Rule,
        paragraph: Paragraph | None,
        offset: int,
        length: int,
        message: str,
        advice: str,
        severity: str | None = None,
        fix: str | None = None,
    ) -> Finding:
        text = paragraph.text[offset : offset + length] if paragraph else ""
        where = self.draft.where(paragraph, offset) if paragraph else str(self.draft.path)
        return Finding(
            rule.name,
            severity or rule.severity,
            where,
            message,
            advice,
            text,
            paragraph.number if paragraph else None,
            offset if paragraph else None,
            length,
            fix,
        )


@dataclass(frozen=True)
class Rule:
    name: str
    severity: str
    about: str  # one line for `check --rules`
    run: Callable[[Rule, Context], Iterable[Finding]]
    needs: str = ""  # facts | corpus | docx | ""


def _matches(
    rule: Rule,
    context: Context,
    pattern: re.Pattern[str],
    message: str,
    advice: str,
    fix: Callable[[re.Match[str]], str | None] | None = None,
) -> Iterator[Finding]:
    for paragraph in context.draft.paragraphs:
        for match in pattern.finditer(paragraph.text):
            correction = fix(match) if fix else None
            yield context.finding(
                rule, paragraph, match.start(), len(match.group()), message, advice, fix=correction
            )


# `None` next to Chinese text: \b would not see its edge (Han characters are word characters).
_LEFTOVER = re.compile(
    r"【待补[:：][^】]*】|\{\{|\}\}|\{%|%\}|(?<![A-Za-z])None(?![A-Za-z])|“\s*”|‘\s*’|（\s*）"
)


_TEMPLATE_DEBRIS = {"{{", "}}", "{%", "%}", "None"}


def leftovers(rule: Rule, context: Context) -> Iterator[Finding]:
    yield from _matches(
        rule,
        context,
        _LEFTOVER,
        "是生成时留下的占位或空引号",
        "补上相应的内容，或删去这一处。",
        fix=lambda m: "" if m.group() in _TEMPLATE_DEBRIS else None,
    )


_DOUBLED = re.compile("，+(?=[、；：。！？])|([，、；：。！？])\\1+")


def doubled_marks(rule: Rule, context: Context) -> Iterator[Finding]:
    yield from _matches(
        rule, context, _DOUBLED, "标点重复", "只留一个应有的标点。", fix=lambda m: m[1] or ""
    )


_HALF_WIDTH = re.compile(rf"[,;:?!()](?:(?<=[{CJK}].)|(?=[{CJK}]))")


def half_width(rule: Rule, context: Context) -> Iterator[Finding]:
    yield from _matches(
        rule,
        context,
        _HALF_WIDTH,
        "中文里用了半角（英文）标点",
        "改成全角标点：，；：？！（）。",
        fix=lambda m: WIDE[m.group()],
    )


_PAIRS = (("“", "”"), ("‘", "’"), ("（", "）"), ("《", "》"), ("【", "】"))


def unpaired(rule: Rule, context: Context) -> Iterator[Finding]:
    for paragraph in context.draft.paragraphs:
        for opening, closing in _PAIRS:
            stack: list[int] = []
            for index, char in enumerate(paragraph.text):
                if char == opening:
                    stack.append(index)
                elif char == closing:
                    if stack:
                        stack.pop()
                    else:
                        yield context.finding(
                            rule,
                            paragraph,
                            index,
                            1,
                            f"“{closing}”前面少了“{opening}”",
                            f"补上“{opening}”，或删去多余的“{closing}”。",
                        )
            for index in stack:
                yield context.finding(
                    rule,
                    paragraph,
                    index,
                    1,
                    f"“{opening}”后面少了“{closing}”",
                    f"补上“{closing}”，或删去多余的“{opening}”。",
                )


def script(rule: Rule, context: Context) -> Iterator[Finding]:
    from drafter.text.script import tables, to_simplified, to_variant

    table = tables()
    if context.variant == "zh-Hans":
        # Only characters Simplified writing never uses: 乾县 and 显著 are Simplified too.
        pattern, message, advice = table.traditional_only, "简体稿中有繁体字", "改成简体字。"
    else:
        pattern, message, advice = table.simplified, "繁体稿中有简体字", "改成繁体字。"
    protected = _names(context)

    def convert(match: re.Match[str]) -> str | None:
        # A character inside a name the fact sheet holds is hers to decide, never changed.
        if any(match.group() in name for name in protected):
            return None
        if context.variant == "zh-Hans":
            return to_simplified(match.group())[0]
        return to_variant(match.group(), context.variant)

    yield from _matches(rule, context, pattern, message, advice, fix=convert)


def _names(context: Context) -> list[str]:
    sheet = context.sheet
    if sheet is None:
        return []
    byline = sheet.byline
    names = [sheet.region, sheet.parent_region, sheet.organization, byline.author, byline.unit]
    return [n for n in [*names, byline.editor, *byline.reporters, *byline.correspondents] if n]


_LEVEL_ONE = re.compile(rf"^(?:(?P<cn>[{NUMERALS}]{{1,3}})、|(?P<ar>\d{{1,2}})[.．、])")


def numbering(rule: Rule, context: Context) -> Iterator[Finding]:
    """At one level, one kind of numbering (`一、` or `1.`), counting up without a gap."""
    headers = context.draft.headers(1)
    found = [(p, m) for p in headers if (m := _LEVEL_ONE.match(p.header))]
    kinds = {("cn" if m["cn"] else "ar") for _, m in found}
    if len(kinds) > 1:
        paragraph, match = next((p, m) for p, m in found if m["ar"])
        yield context.finding(
            rule,
            paragraph,
            0,
            len(match.group()),
            "同一级标题混用“一、”和“1.”两种序号",
            "同一级标题统一用“一、二、三、”。",
        )
    expected = 1
    for paragraph, match in found:
        value = (
            NUMERALS.index(match["cn"][-1]) + 1
            if match["cn"] and len(match["cn"]) == 1
            else (int(match["ar"]) if match["ar"] else expected)
        )
        if value != expected:
            yield context.finding(
                rule,
                paragraph,
                0,
                len(match.group()),
                f"序号不连续：这里应是第 {expected} 个",
                "按顺序重新编号。",
            )
        expected = value + 1


# The lead announces the parts to come: `聚焦班子、产业、人才三个方面`, `实施“五大工程”`.
_ANNOUNCED = re.compile(
    rf"(?P<count>[两{NUMERALS}])(?:个方面|个维度|个层面|大方面|大(?:工程|行动|举措|体系)"
    r"|项(?:举措|措施|机制)|条(?:措施|经验))"
)


def announced_parts(rule: Rule, context: Context) -> Iterator[Finding]:
    """The number of parts the lead announces is the number of first-level headers."""
    headers = context.draft.headers(1)
    if not headers:
        return
    first_header = context.draft.paragraphs.index(headers[0])
    # the lead: the first paragraph of sentences (the author's line above it is none)
    lead = [p for p in context.draft.paragraphs[:first_header] if "。" in p.text]
    for paragraph in lead[:1]:
        for match in _ANNOUNCED.finditer(paragraph.text):
            count = match["count"]
            said = 2 if count == "两" else NUMERALS.index(count) + 1
            if said != len(headers):
                yield context.finding(
                    rule,
                    paragraph,
                    match.start(),
                    len(match.group()),
                    f"导语说“{match.group()}”，正文有 {len(headers)} 个一级标题",
                    "让导语的说法与正文的部分数一致。",
                )


_MIXED_NUMBER = re.compile(
    r"[零〇一二三四五六七八九十百千万亿]+\d|\d+[十百千万亿](?:[一二三四五六七八九]|\d)"
)
_CHINESE_COUNT = re.compile(
    r"(?<![第是“])(?:[一二三四五六七八九]?十[一二三四五六七八九]?|[二三四五六七八九]百[零一二三四五六七八九十]*)"
    r"(?=名|个|人|户|家|次|项|万元|元|亩|场|期|支|条|所|余)"
)


def numbers(rule: Rule, context: Context) -> Iterator[Finding]:
    """GB/T 15835: counts in Arabic numerals; never a number half in Chinese, half in digits."""
    yield from _matches(
        rule,
        context,
        _MIXED_NUMBER,
        "一个数字里混用了汉字和阿拉伯数字",
        "整个数字用同一种写法，计数一般写阿拉伯数字，例：23。",
    )
    for paragraph in context.draft.paragraphs:
        for match in _CHINESE_COUNT.finditer(paragraph.text):
            yield context.finding(
                rule,
                paragraph,
                match.start(),
                len(match.group()),
                "计数用了汉字数字",
                "按 GB/T 15835，计数写阿拉伯数字，例：23名。",
                severity="warning",
            )
    grouped = [
        (p, m) for p in context.draft.paragraphs for m in re.finditer(r"\d{1,3}(?:,\d{3})+", p.text)
    ]
    plain = any(re.search(r"(?<![\d,.])\d{5,}(?![\d,])", p.text) for p in context.draft.paragraphs)
    if grouped and plain:
        paragraph, match = grouped[0]
        yield context.finding(
            rule,
            paragraph,
            match.start(),
            len(match.group()),
            "千位分隔符有的用、有的不用",
            "全文统一：要么都用（12,345），要么都不用（12345）。",
            severity="warning",
        )


_CLAUSE = re.compile("[，；]")


def parallel_headers(rule: Rule, context: Context) -> Iterator[Finding]:
    """Headers of one level share a shape: the same number of clauses, similar lengths."""
    for level in (1, 2):
        headers = context.draft.headers(level)
        if len(headers) < 2:
            continue
        shapes = [_header_shape(p.header) for p in headers]
        usual_clauses = Counter(c for c, _ in shapes).most_common(1)[0][0]
        lengths = sorted(n for _, n in shapes)
        middle = lengths[len(lengths) // 2]
        for paragraph, (clauses, length) in zip(headers, shapes, strict=True):
            if clauses != usual_clauses:
                message = (
                    f"与同级其他标题不对仗：这里是 {clauses} 个分句，其他多为 {usual_clauses} 个"
                )
            elif not middle * 0.6 <= length <= middle * 1.5:
                message = f"与同级其他标题长短相差太大（{length} 字，其他约 {middle} 字）"
            else:
                continue
            yield context.finding(
                rule,
                paragraph,
                0,
                len(paragraph.text),
                message,
                "把同级标题改成一样的句式和相近的长度。",
            )


_NUMBER_PREFIX = re.compile(rf"^(?:[{NUMERALS}]{{1,3}}、|（[{NUMERALS}]{{1,3}}）|\d+[.．、])")


def _header_shape(text: str) -> tuple[int, int]:
    body = _NUMBER_PREFIX.sub("", text).rstrip("。")
    return len([c for c in _CLAUSE.split(body) if c]), len(re.findall(f"[{HAN}]", body))


_ADVERBS = "继续|持续|进一步|不断|切实|全面|深入|积极|认真|扎实"
_DOUBLED_ADVERB = re.compile(rf"({_ADVERBS})(?:\1|(?:{_ADVERBS}))")
_DANGLING = re.compile(r"(?:^|(?<=[。！？]))(?:总之|总而言之|综上所述|同时|此外|另外|因此)[。！？]")


def style(rule: Rule, context: Context) -> Iterator[Finding]:
    yield from _matches(
        rule, context, _DOUBLED_ADVERB, "副词重复（如“继续持续”“进一步进一步”）", "删去一个。"
    )
    yield from _matches(
        rule,
        context,
        _DANGLING,
        "连接词后面没有内容，单独成句",
        "补上要说的话，或删去连接词。",
    )


_PHRASE = 4
_TOO_OFTEN = 4


def repeated_phrases(rule: Rule, context: Context) -> Iterator[Finding]:
    """A four-character phrase used more than four times in one draft reads as padding."""
    positions: dict[str, list[tuple[Paragraph, int]]] = {}
    for paragraph in context.draft.paragraphs:
        if paragraph.kind == "title":
            continue
        for run in re.finditer(f"[{HAN}]{{{_PHRASE},}}", paragraph.text):
            for start in range(run.start(), run.end() - _PHRASE + 1):
                gram = paragraph.text[start : start + _PHRASE]
                positions.setdefault(gram, []).append((paragraph, start))
    reported: set[str] = set()
    for gram, places in positions.items():
        if len(places) <= _TOO_OFTEN or gram in context.common or gram in reported:
            continue
        reported.add(gram)
        paragraph, start = places[_TOO_OFTEN]
        yield context.finding(
            rule,
            paragraph,
            start,
            _PHRASE,
            f"全文用了 {len(places)} 次",
            "换个说法，或删去可有可无的几处。",
        )


def _facts_rules() -> list[Rule]:
    from drafter.check import facts

    return [
        Rule(
            "事实数字",
            "error",
            "稿中每个数字都要在事实表里有（--facts）",
            facts.unknown_numbers,
            "facts",
        ),
        Rule(
            "事实缺失",
            "error",
            "事实表的每个数字和每条做法都要还在稿中（--facts）",
            facts.lost_facts,
            "facts",
        ),
        Rule("名称", "warning", "地区、单位名称与事实表一致（--facts）", facts.names, "facts"),
    ]


def all_rules() -> list[Rule]:
    from drafter.check import layout, originality, pages

    return [
        Rule("遗留占位", "error", "【待补：…】、{{ }}、None、空引号", leftovers),
        Rule("重复标点", "error", "，，、，。等重复的标点", doubled_marks),
        Rule("半角标点", "error", "中文里的半角标点", half_width),
        Rule("标点配对", "error", "引号、括号、书名号成对", unpaired),
        Rule("繁简", "error", "简体稿里的繁体字（--variant 为繁体时反过来）", script),
        Rule("序号", "warning", "同级标题的序号一致、连续", numbering),
        Rule("数字用法", "error", "GB/T 15835：数字写法统一", numbers),
        *_facts_rules(),
        Rule("标题对仗", "warning", "同级标题句式一致、长短相近", parallel_headers),
        Rule("前后呼应", "warning", "导语里的“三个方面”等与正文的一级标题数一致", announced_parts),
        Rule("文风", "error", "副词重复、悬空的连接词", style),
        Rule("高频用语", "warning", "同一短语在一篇里用得太多", repeated_phrases),
        Rule(
            "查重",
            "warning",
            "与语料文章相同的连续 13 字以上（--corpus）",
            originality.shared_spans,
            "corpus",
        ),
        Rule("版式", "error", "DOCX 的纸张、页边距、字体、行距、页码", layout.house_format, "docx"),
        Rule("分页", "warning", "孤字、标题落在页底、落款单独成页", pages.layout, "pages"),
    ]
