"""The draft against the writer's own fact sheet: every number in the draft must be one she
gave, every figure and point she gave must still be there, and her names as she spelt them.

Numbers compare as written (`1.50` is the figure `1.50`), but a figure written with thousands
separators (`12,345`) counts as `12345`; dates count by their parts (2026年11月20日).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from drafter.text.chars import HAN

if TYPE_CHECKING:
    from drafter.check.draft import Paragraph
    from drafter.check.findings import Finding
    from drafter.check.rules import Context, Rule

_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_LOST = 0.5  # share of a point's character pairs found in one paragraph: below, it is lost
_EDITED = 0.9  # below this (and above _LOST) it was changed


def _value(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def _sheet_texts(sheet: Any) -> list[str]:
    """Every text the writer typed into the sheet."""
    texts: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(sheet.model_dump())
    return texts


def _sheet_numbers(sheet: Any) -> set[Decimal]:
    numbers = set()
    for text in _sheet_texts(sheet):
        for match in _NUMBER.finditer(text):
            if (value := _value(match.group())) is not None:
                numbers.add(value)
    return numbers


_DATE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")


def unknown_numbers(rule: Rule, context: Context) -> Iterator[Finding]:
    """Every number must be one she gave. A full date is the signature's, written from her date
    or, with none, the day the draft was made: its numbers are not figures; a date that is not
    hers, when she gave one, is said."""
    known = _sheet_numbers(context.sheet)
    wanted = _sheet_date(context.sheet)
    for paragraph in context.draft.paragraphs:
        dates = [m.span() for m in _DATE.finditer(paragraph.text)]
        for start, end in dates:
            if wanted and paragraph.text[start:end] != wanted:
                yield context.finding(
                    rule,
                    paragraph,
                    start,
                    end - start,
                    f"日期与事实表的“{wanted}”不同",
                    "核对落款日期。",
                    severity="warning",
                )
        for match in _NUMBER.finditer(paragraph.text):
            if any(start <= match.start() < end for start, end in dates):
                continue
            value = _value(match.group())
            if value is not None and value not in known:
                yield context.finding(
                    rule,
                    paragraph,
                    match.start(),
                    len(match.group()),
                    "这个数字事实表里没有",
                    "核对数字；确实要写的，先补进事实表的 figures 或 points，再生成或校对。",
                )


def _sheet_date(sheet: Any) -> str | None:
    if not sheet.date:
        return None
    from drafter.facts import to_date

    when = to_date(sheet.date)
    return f"{when.year}年{when.month}月{when.day}日"


def _fold(text: str) -> str:
    """Compare as a reader would: width, white space and punctuation do not matter."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(c for c in text if c.isalnum())


def _pairs(text: str) -> set[str]:
    folded = _fold(text)
    return {folded[i : i + 2] for i in range(len(folded) - 1)}


def _best_paragraph(context: Context, text: str) -> tuple[Paragraph | None, float]:
    """The paragraph that holds most of `text`'s character pairs, and the share it holds."""
    wanted = _pairs(text)
    if not wanted:
        return None, 1.0
    best, share = None, 0.0
    for paragraph in context.draft.paragraphs:
        found = len(wanted & _pairs(paragraph.text)) / len(wanted)
        if found > share:
            best, share = paragraph, found
    return best, share


def _title(context: Context) -> Paragraph | None:
    return context.draft.paragraphs[0] if context.draft.paragraphs else None


def lost_facts(rule: Rule, context: Context) -> Iterator[Finding]:
    folded_draft = _fold(context.draft.text)
    for index, section in enumerate(context.sheet.sections, start=1):
        for figure in [f for whole in section.figures for f in (whole, *whole.parts)]:
            stated = _fold(f"{figure.value_text()}{figure.unit}")
            if stated in folded_draft:
                continue
            where, _ = _best_paragraph(context, figure.item)
            stated = f"{figure.item}{figure.value_text()}{figure.unit}"
            yield context.finding(
                rule,
                where or _title(context),
                0,
                0,
                f"事实表第 {index} 部分的数字“{stated}”稿中找不到",
                "稿中的数字被改过或删了：按事实表改回，或先改事实表。",
            )
        for point in [*section.points, *section.measures]:
            if _fold(point) in folded_draft:
                continue
            where, share = _best_paragraph(context, point)
            if share >= _EDITED:
                continue
            lost = share < _LOST
            yield context.finding(
                rule,
                where or _title(context),
                0,
                0,
                f"事实表第 {index} 部分的“{point[:24]}{'……' if len(point) > 24 else ''}”"
                + ("稿中找不到" if lost else "在稿中改动较大"),
                "核对这条做法是否被删掉或改错；有意改动的，也请同步改事实表。",
                severity=None if lost else "warning",
            )


_HAN_ONLY = re.compile(f"[{HAN}]+")


def names(rule: Rule, context: Context) -> Iterator[Finding]:
    sheet = context.sheet
    text = context.draft.text
    for label, name in (
        ("地区", sheet.region),
        ("上级地区", sheet.parent_region),
        ("单位", sheet.organization),
        ("作者单位", sheet.byline.unit),
    ):
        if not name or name in text:
            continue
        # The same length, all but one character alike: a slip of the keyboard.
        near = [
            (p, m)
            for p in context.draft.paragraphs
            for m in re.finditer(f"[{HAN}]{{{len(name)}}}", p.text)
            if sum(a != b for a, b in zip(m.group(), name, strict=True)) == 1
        ]
        if near:
            paragraph, match = near[0]
            yield context.finding(
                rule,
                paragraph,
                match.start(),
                len(name),
                f"与事实表的{label}“{name}”差一个字",
                f"改成“{name}”。",
            )
        elif label == "地区":
            yield context.finding(
                rule,
                _title(context),
                0,
                0,
                f"稿中没有出现事实表的{label}“{name}”",
                "核对地区名称。",
            )
