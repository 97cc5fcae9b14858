"""Composition: a fact sheet and a schema become a Draft — the article's parts as text.

Only the writer's facts carry particulars. Frames from the schema give the lead and closing
their shape; a frame clause whose slot has no fact is left out, and a slot drafter does not
know is marked `【待补：…】` and reported. Headers come from the writer, or from the schema's
real headers for the section's topic (the schema keeps only those without figures or place
names) — never the same one twice in a draft.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from drafter.schema import Frame, Schema
from drafter.text.punctuation import widen
from drafter.vocabulary import NUMERALS

_SLOT = re.compile(r"\{(\w+)\}")
_ENDS_SENTENCE = "。！？；…”"
TO_FILL = "【待补：{}】"


@dataclass
class DraftSection:
    header: str  # without number; "" for none
    number: str | None  # 一, 二… for numbered headers
    style: str  # numbered | sentence | line | none
    paragraphs: list[str] = field(default_factory=list)


@dataclass
class Draft:
    form: str
    title: str
    author: str
    lead: str
    sections: list[DraftSection]
    closing: str
    signature: list[str]  # right-aligned lines: unit, date
    credits: list[str]  # left-aligned lines after the text: editor, reporters
    todo: list[str] = field(default_factory=list)  # slots left to fill, for stderr


def _tidy(text: str) -> str:
    """Full-width punctuation in the writer's Chinese text (the same rule as `clean`)."""
    return widen(text.strip())[0]


def _sentence(text: str) -> str:
    text = _tidy(text)
    return text if not text or text[-1] in _ENDS_SENTENCE else text + "。"


def fill_frame(frame: str, facts: dict[str, str], todo: list[str]) -> str:
    """Fill a frame's slots. A clause whose known slot is empty is left out; an unknown slot
    is marked for the writer."""
    clauses = []
    for sentence in filter(None, frame.rstrip("。").split("。")):
        kept = []
        for clause in sentence.split("，"):
            names = _SLOT.findall(clause)
            if any(name in facts and not facts[name] for name in names):
                continue
            for name in names:
                if name not in facts:
                    todo.append(name)
            kept.append(_SLOT.sub(lambda m: facts.get(m[1]) or TO_FILL.format(m[1]), clause))
        if kept:
            clauses.append("，".join(kept))
    text = "。".join(clauses)
    return text + "。" if text else ""


def _pick_frame(chosen: str, frames: list[Frame], form: str, facts: dict[str, str]) -> str:
    """The writer's frame, or the schema's frame that her facts fill best (the form's own
    frames first, the most frequent first)."""
    if chosen:
        return _tidy(chosen)
    ordered = [f for f in frames if f.form == form] + [f for f in frames if f.form != form]

    def filled(frame: Frame) -> int:
        return sum(1 for name in set(_SLOT.findall(frame.text)) if facts.get(name))

    return max(ordered, key=filled).text if ordered else ""


def _header_style(schema: Schema, form: str) -> str:
    if form == "news":
        return "none"
    if form in ("speech", "report"):
        return "numbered"
    stats = schema.forms.get(form)
    if stats and stats.header_styles:
        return next(iter(stats.header_styles))  # the most frequent
    return "line"


def _figures(section: Any) -> str:
    phrases = [f"{_tidy(f.item)}{f.value_text()}{_tidy(f.unit)}" for f in section.figures]
    return "，".join(phrases) + "。" if phrases else ""


def _measures(section: Any) -> str:
    parts = []
    for index, text in enumerate(section.measures):
        marker = NUMERALS[index] if index < len(NUMERALS) else str(index + 1)
        parts.append(f"{marker}是{_sentence(text)}")
    return "".join(parts)


def compose(sheet: Any, schema: Schema) -> Draft:
    """The draft of one fact sheet (a drafter.facts.FactSheet)."""
    todo: list[str] = []
    form = sheet.form
    title = _tidy(sheet.title) or _title(sheet)
    lead_facts = {"region": sheet.region, **sheet.lead.model_dump(exclude={"frame"})}
    lead_facts = {k: _tidy(v) for k, v in lead_facts.items()}
    lead_frame = _pick_frame(sheet.lead.frame, schema.leads, form, lead_facts)
    lead = fill_frame(lead_frame, lead_facts, todo)
    if form == "news" and sheet.dateline and lead:
        lead = f"{_tidy(sheet.dateline)} {lead}"
    style = _header_style(schema, form)
    used: set[str] = {_tidy(s.header).rstrip("。") for s in sheet.sections if s.header}
    sections = []
    for index, section in enumerate(sheet.sections):
        header = _tidy(section.header).rstrip("。")
        if not header and style != "none":
            header = next(
                (
                    c.text
                    for c in schema.headers.by_topic.get(section.topic, [])
                    if c.text not in used
                ),
                "",
            )
            used.add(header)
        body = [_sentence(p) for p in section.points]
        body += [text for text in (_measures(section), _figures(section)) if text]
        number = NUMERALS[index] if style == "numbered" and index < len(NUMERALS) else None
        sections.append(DraftSection(header, number, style if header else "none", body))
    closing_facts = {k: _tidy(v) for k, v in sheet.closing.model_dump(exclude={"frame"}).items()}
    closing = ""
    if any(closing_facts.values()):
        closing_frame = _pick_frame(sheet.closing.frame, schema.closings, form, closing_facts)
        closing = fill_frame(closing_frame, closing_facts, todo)
    return Draft(
        form=form,
        title=title,
        author=_tidy(sheet.byline.author) if form != "news" else "",
        lead=lead,
        sections=sections,
        closing=closing,
        signature=_signature(sheet),
        credits=_credits(sheet),
        todo=sorted(set(todo)),
    )


def _title(sheet: Any) -> str:
    theme = _tidy(sheet.theme)
    title = theme if theme.startswith(sheet.region) else f"{sheet.region}{theme}"
    return f"交流发言：{title}" if sheet.form == "speech" else title


def _signature(sheet: Any) -> list[str]:
    if sheet.form == "news":
        return []
    from drafter.facts import to_date

    lines = [_tidy(sheet.byline.unit or sheet.organization)]
    if sheet.date:
        when = to_date(sheet.date)
        lines.append(f"{when.year}年{when.month}月{when.day}日")
    return [line for line in lines if line]


def _credits(sheet: Any) -> list[str]:
    byline = sheet.byline
    lines = []
    if sheet.form == "news" and (byline.reporters or byline.correspondents):
        line = ""
        if byline.reporters:
            line += f"{_tidy(byline.outlet)}记者 {' '.join(map(_tidy, byline.reporters))}"
        if byline.correspondents:
            line += f" 通讯员 {' '.join(map(_tidy, byline.correspondents))}"
        lines.append(line.strip())
    if byline.editor:
        lines.append(f"责任编辑：{_tidy(byline.editor)}")
    return lines
