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
from typing import TYPE_CHECKING, Any

from drafter.render.headers import choose_headers
from drafter.schema import SLOT, Frame, Schema, SectionFrame, repeats_a_slot
from drafter.text.chars import NUMERALS
from drafter.text.punctuation import widen
from drafter.vocabulary import (
    CLOSING_SLOTS,
    LEAD_SLOTS,
    NO_SENTENCE,
    REPORT_SKELETON,
    TIME_PHRASE,
)

if TYPE_CHECKING:  # pydantic is imported by the commands that read sheets, not here
    from drafter.facts import FactSheet, FigurePart, Section

_STOPS = "。！？；…"
_CLOSERS = "”’）》"
TO_FILL = "【待补：{}】"
# A point that asks for a new paragraph, where the writer wants one.
PARAGRAPH_BREAKS = ("另起一段", "（另起一段）")
_PER_PARAGRAPH = 3  # points of a section joined into one paragraph, as the genre writes
# Adverbs a frame puts before a slot that the writer's own words may already begin with.
_ADVERB = "继续|持续|进一步|不断|全面|深入|扎实|切实|大力|着力|充分|积极|认真"
_FRAME_ADVERB = re.compile(f"(?:{_ADVERB})$")
_VALUE_ADVERB = re.compile(f"^(?:{_ADVERB})")
_FIRST_PERSON = re.compile("我们|我区|我县|我市|我镇|我乡")
# A time phrase: a frame's own (`如今，{outcome}`) goes when her value opens with one
# (`今年雨量丰沛…`), which says when already.
_TIME_CLAUSE = re.compile(f"(?:{TIME_PHRASE})")
_TIME_OPENING = re.compile(f"^(?:{TIME_PHRASE})")
# An aim that opens with how it is done (`通过学习典型…`) is no purpose to put 为 before.
_MEANS = re.compile("^(?:通过|以|按照|围绕|依托|借助|坚持|聚焦|立足)")


@dataclass
class DraftSection:
    header: str  # without number; "" for none
    number: str | None  # 一, 二… for numbered headers; （一） sub-headers are numbered in any style
    style: str  # numbered | sentence | line | none
    paragraphs: list[str] = field(default_factory=list)
    level: int = 1  # 2: a sub-section, （一）, under the level-1 section before it


@dataclass
class Draft:
    form: str
    title: str
    author: str
    salutation: str  # a speech's `各位领导、同志们：`, a paragraph before the lead
    lead: str
    sections: list[DraftSection]
    closing: str
    signature: list[str]  # right-aligned lines: unit, date
    credits: list[str]  # left-aligned lines after the text: editor, reporters
    todo: list[str] = field(default_factory=list)  # slots left to fill, for stderr
    notes: list[str] = field(default_factory=list)  # where borrowed headers came from


def _tidy(text: str) -> str:
    """Full-width punctuation in the writer's Chinese text (the same rule as `clean`)."""
    return widen(text.strip())[0]


def _sentence(text: str) -> str:
    """The text ending as a sentence: `…开展“大比武”` takes a full stop after the quote, `…活动。”`
    already has one inside it."""
    text = _tidy(text)
    core = text.rstrip(_CLOSERS)
    if not text or (core and core[-1] in _STOPS):
        return text
    return text + "。"


def fill_frame(frame: str, facts: dict[str, str], todo: list[str]) -> str:
    """Fill a frame's slots. A clause whose known slot is empty is left out, and a sentence
    left with none of its slots goes whole, connective and all (`总之，{summary}。`); an adverb
    the writer's words already begin with is not said twice (`继续` + `持续…`), nor a time
    (`如今，` + `今年…`); an unknown slot is marked for the writer."""
    sentences = []
    for sentence in filter(None, frame.rstrip("。").split("。")):
        kept, slotted, filled = [], 0, 0
        for clause in sentence.split("，"):
            names = SLOT.findall(clause)
            slotted += bool(names)
            if any(name in facts and not facts[name] for name in names):
                continue
            filled += bool(names)
            for name in names:
                if name not in facts:
                    todo.append(name)
            filled_clause = _fill_clause(clause, facts)
            said_when = bool(names and kept) and _TIME_CLAUSE.fullmatch(kept[-1]) is not None
            if said_when and _TIME_OPENING.match(filled_clause):
                kept.pop()
            kept.append(filled_clause)
        if kept and (filled or not slotted):
            sentences.append("，".join(kept))
    text = "。".join(sentences)
    return text + "。" if text else ""


def _fill_clause(clause: str, facts: dict[str, str]) -> str:
    parts = []
    position = 0
    for match in SLOT.finditer(clause):
        before = clause[position : match.start()]
        value = facts.get(match[1]) or TO_FILL.format(match[1])
        if _VALUE_ADVERB.match(value):
            before = _FRAME_ADVERB.sub("", before)
        parts += [before, value]
        position = match.end() + _repeated_at_join(value, clause[match.end() :])
    parts.append(clause[position:])
    return "".join(parts).rstrip("。")


def _repeated_at_join(value: str, after: str) -> int:
    """How many characters of the frame after a slot the writer's value already ends with (a
    word of two or more: `…工作要求` + `要求` is said once)."""
    after = SLOT.split(after, maxsplit=1)[0]
    sizes = range(min(len(value), len(after)), 1, -1)
    return next((n for n in sizes if value.endswith(after[:n])), 0)


def _pick_frame(chosen: str, frames: list[Frame], form: str, facts: dict[str, str]) -> Frame | None:
    """The writer's frame (without sources), or the schema's frame that her facts fill best:
    the form's own, when her facts fill more of it than they leave empty (a commentary does
    not close on a news item's `接下来，…`), else any form's; the most frequent first on a tie;
    None when there is none."""
    if chosen:
        return Frame(_tidy(chosen), form, 0)
    # A schema written by an older drafter may hold frames that name a slot twice.
    usable = [f for f in frames if not repeats_a_slot(f.text)]
    if form == "news":  # a news item reports; it never speaks as "we"
        usable = [f for f in usable if not _FIRST_PERSON.search(f.text)] or [
            Frame(_FIRST_PERSON.sub("{region}", f.text), f.form, f.count) for f in usable
        ]

    def fit(frame: Frame) -> tuple[int, int]:
        # Slots her facts fill count for a frame, slots they leave empty against it (their
        # clauses would go, and the frame with them); the region is always hers to give. Her
        # approach before the region dangles unless it says how (`通过…`, `以…`): a verb
        # phrase there (`充分发挥…，某县举行…`) has no subject.
        names = SLOT.findall(frame.text)
        filled = sum(1 for name in set(names) if facts.get(name))
        empty = sum(1 for name in set(names) if name in facts and not facts[name])
        approach = facts.get("approach", "")
        dangling = (
            "approach" in names
            and "region" in names
            and names.index("approach") < names.index("region")
            and bool(approach)
            and not _MEANS.match(approach)
        )
        return filled - 2 * empty - 2 * dangling, "region" in names

    own = max((f for f in usable if f.form == form), key=fit, default=None)
    if own is not None and fit(own)[0] > 0:  # a frame of her form that her facts mostly fill
        return own
    return max(usable, key=fit, default=None)


def _with_unplaced(
    text: str, frame: Frame | None, facts: dict[str, str], order: tuple[str, ...], *, clauses: bool
) -> str:
    """`text` with the writer's facts its frame has no slot for: a filled field is never
    dropped. Each follows as a clause of the last sentence (a lead's `aim`: `…，促进农民增收。`)
    or, with `clauses` false, as a sentence of its own; a time phrase opens the text."""
    left = _unplaced(frame, facts, order)
    said = [_sentence(facts[name]).rstrip("。") for name in left if name not in _PLACED_APART]
    if "pledge" in left:  # what comes next has its subject: 下一步，某县将…
        said.append(f"下一步，{facts['region']}将{facts['pledge'].removeprefix('将')}".rstrip("。"))
    if "aim" in left and _MEANS.match(facts["aim"]) and text:
        # an aim that says how (`通过学习典型，谋划新路径`) follows what was done, as a clause
        said.insert(0, _sentence(facts["aim"]).rstrip("。"))
    elif "aim" in left:  # a purpose goes before what was done for it
        text = _with_purpose(text, facts["aim"], facts.get("when", ""))
    if said and clauses and text.endswith("。"):
        text = f"{text[:-1]}，{'，'.join(said)}。"
    elif said:
        text += "".join(s + "。" for s in said)
    if "when" in left and text:
        text = f"{facts['when']}，{text}"
    return text


_PLACED_APART = ("when", "pledge", "aim")  # said in their own place, not appended


def _unplaced(frame: Frame | None, facts: dict[str, str], order: tuple[str, ...]) -> list[str]:
    """The writer's filled fields that `frame` has no slot for (the region is always placed)."""
    slots = set(SLOT.findall(frame.text)) if frame else set()
    return [name for name in order if facts.get(name) and name not in slots and name != "region"]


def _unplaced_note(part: str, key: str, frame: Frame | None, facts: dict[str, str]) -> list[str]:
    """Says which of her facts went in beside the frame named in the note before it, so the
    note and the printed text agree."""
    left = _unplaced(frame, facts, LEAD_SLOTS if key == "lead" else CLOSING_SLOTS)
    if not frame or not left:
        return []
    return [f"{part}框架没有位置的 {'、'.join(f'{key}.{name}' for name in left)} 另外写进了{part}"]


def _with_purpose(text: str, aim: str, when: str) -> str:
    """`为{aim}，` after the time and purpose phrases, before what was done for it:
    近年来，为促进农民增收，某县…"""
    purpose = _sentence(aim).rstrip("。")
    purpose = purpose if purpose.startswith("为") else f"为{purpose}"
    if not text:
        return f"{purpose}。"
    first, stop, rest = text.partition("。")  # the purpose goes into the first sentence
    clauses = first.split("，")
    adverbial = [bool(_ADVERBIAL.match(c)) or (bool(when) and c == when) for c in clauses]
    at = adverbial.index(False) if False in adverbial else len(clauses)
    return "，".join([*clauses[:at], purpose, *clauses[at:]]) + stop + rest


def _frame_note(part: str, frame: Frame | SectionFrame | None) -> list[str]:
    """Which article of the corpus a frame came from, said so she can look it up."""
    if frame is None or not frame.sources:
        return []
    more = f"等 {len(frame.sources)} 篇" if len(frame.sources) > 1 else ""
    return [f"{part}框架取自范文 {frame.sources[0]}{more}：{frame.text}"]


def _header_style(schema: Schema, form: str, asked: str = "") -> str:
    """The writer's header style, else the form's: none for news, numbered for speeches and
    reports, else the corpus's commonest for the form."""
    if asked:
        return asked
    if form == "news":
        return "none"
    if form in ("speech", "report"):
        return "numbered"
    stats = schema.forms.get(form)
    if stats and stats.header_styles:
        return next(iter(stats.header_styles))  # the most frequent
    return "line"


def _figure(figure: FigurePart) -> str:
    """`事项+数字+单位`, and its parts after 其中: `回引在外优秀人才96名，其中进入村两委63名`."""
    stated = f"{_tidy(figure.item)}{figure.value_text()}{_tidy(figure.unit)}"
    parts = [f"{_tidy(p.item)}{p.value_text()}{_tidy(p.unit)}" for p in figure.parts]
    return f"{stated}，其中{'、'.join(parts)}" if parts else stated


def _numeral(index: int) -> str:
    return NUMERALS[index] if index < len(NUMERALS) else str(index + 1)


def _measures(section: Section) -> str:
    """`一是…；二是…；三是…。`: one paragraph of the section's measures."""
    parts = []
    for index, text in enumerate(section.measures):
        marker = _numeral(index)
        parts.append(f"{marker}是{_sentence(text).rstrip('。；')}")
    return "；".join(parts) + "。" if parts else ""


def _paragraphs(section: Section) -> list[str]:
    """A section's points, figures and measures as the genre writes them: points run together
    a few to a paragraph (the writer starts a new one with a point “另起一段”), each figure joins
    the point it follows (`after`; else it ends the section, after the measures), measures make
    a paragraph of their own."""
    units: list[list[str]] = [[]]
    placed: dict[int, list[str]] = {}  # by the point they follow; 0: none, the section's end
    for figure in section.figures:
        placed.setdefault(figure.after or 0, []).append(_figure(figure))
    number = 0
    for point in section.points:
        if _tidy(point) in PARAGRAPH_BREAKS:
            units.append([])
            continue
        number += 1
        if len(units[-1]) >= _PER_PARAGRAPH:
            units.append([])
        units[-1].append(_sentence(point))
        if number in placed:
            units[-1].append("，".join(placed.pop(number)) + "。")
    if measures := _measures(section):
        units.append([measures])
    leftover = [text for key in sorted(placed) for text in placed[key]]
    if leftover:  # figures without `after` (or after a point beyond the last) end the section
        units[-1].append("，".join(leftover) + "。")
    return ["".join(unit) for unit in units if unit]


def compose(sheet: FactSheet, schema: Schema) -> Draft:
    """The draft of one fact sheet."""
    todo: list[str] = []
    notes: list[str] = []
    form = sheet.form
    title = _tidy(sheet.title) or _title(sheet)
    lead_facts = {"region": sheet.region, **sheet.lead.model_dump(exclude={"frame"})}
    lead_facts = {k: _tidy(v) for k, v in lead_facts.items()}
    lead_frame = _pick_frame(sheet.lead.frame, schema.leads, form, lead_facts)
    lead_text = fill_frame(lead_frame.text, lead_facts, todo) if lead_frame else ""
    if lead_text:  # a frame all of whose clauses went for want of facts was not used
        notes += _frame_note("导语", lead_frame)
        notes += _unplaced_note("导语", "lead", lead_frame, lead_facts)
    lead_text = _with_unplaced(lead_text, lead_frame, lead_facts, LEAD_SLOTS, clauses=True)
    lead = _with_subject(lead_text, sheet.region, lead_facts)
    lead = _with_parent(lead, sheet.region, _tidy(sheet.parent_region), _tidy(sheet.dateline))
    # A news item's dateline and its reporters; without a dateline they go to a credit line.
    dateline = ""
    if form == "news" and _tidy(sheet.dateline):
        dateline = f"{_tidy(sheet.dateline)}{_news_credit(sheet)}"
    if dateline and lead:
        lead, dateline = f"{dateline}{lead}", ""
    style = _header_style(schema, form, sheet.header_style)
    given = [_part_header(s, i, notes) for i, s in enumerate(sheet.sections, 1)]
    headers = given if style == "none" else choose_headers(sheet.sections, given, schema, notes)
    sections = []
    # Numbers go to the sections that have a header, without a gap: 一、二、三、 for level 1;
    # （一）（二） for level 2, again from （一） under each level-1 section.
    counted = {1: 0, 2: 0}
    said: set[str] = set()  # section frames used, so each section says something of its own
    theses = _theses_for_most(sheet, schema)
    for index, (section, header) in enumerate(zip(sheet.sections, headers, strict=True), 1):
        level = section.level
        if level == 1:
            counted[2] = 0
        number = None
        if header and (style == "numbered" or level == 2):
            number = _numeral(counted[level])
            counted[level] += 1
        paragraphs = _framed(
            _paragraphs(section), section, index, sheet, schema, said, notes, todo, theses
        )
        sections.append(
            DraftSection(header, number, style if header else "none", paragraphs, level)
        )
    if dateline:  # no lead: the dateline opens the first paragraph of the story
        first = next((s for s in sections if s.paragraphs), None)
        if first is not None:
            first.paragraphs[0] = dateline + first.paragraphs[0]
    closing_facts = {k: _tidy(v) for k, v in sheet.closing.model_dump(exclude={"frame"}).items()}
    closing = ""
    if any(closing_facts.values()):
        closing_facts["region"] = sheet.region
        closing_frame = _pick_frame(sheet.closing.frame, schema.closings, form, closing_facts)
        closing = fill_frame(closing_frame.text, closing_facts, todo) if closing_frame else ""
        if closing:  # named only when some of it was used
            notes += _frame_note("结尾", closing_frame)
            notes += _unplaced_note("结尾", "closing", closing_frame, closing_facts)
        closing = _with_unplaced(
            closing, closing_frame, closing_facts, CLOSING_SLOTS, clauses=False
        )
    draft = Draft(
        form=form,
        title=title,
        author=_author(sheet, notes),
        salutation=_salutation(sheet),
        lead=lead,
        sections=sections,
        closing=closing,
        signature=_signature(sheet, notes),
        credits=_credits(sheet),
        todo=sorted(set(todo)),
        notes=notes,
    )
    notes.append(_composition(draft, sheet, schema))
    return draft


_ADVERBIAL = re.compile(r"^(?:为了?|近年来|今年以来|去年以来|近日|日前|近期|目前|当前|随着|在|自)")


def _theses_for_most(sheet: FactSheet, schema: Schema) -> bool:
    """Whether most sections can open on a thesis (hers, or the corpus's): the genre opens
    most of an article's sections on one or none, and a thesis over one section of three
    stands out as pasted in."""
    trial = {_tidy(s.opening) for s in sheet.sections}
    theses = sum(
        1
        for s in sheet.sections
        if _tidy(s.opening) not in NO_SENTENCE
        and (_tidy(s.opening) or schema.next_section_frame("opening", sheet.form, s.topic, trial))
    )
    return theses * 2 > len(sheet.sections)


def _framed(
    paragraphs: list[str],
    section: Section,
    index: int,
    sheet: FactSheet,
    schema: Schema,
    said: set[str],
    notes: list[str],
    todo: list[str],
    theses: bool,
) -> list[str]:
    """The section's paragraphs with what the genre says around the facts: a thesis before
    them, and her outcome in a result sentence after them with a clause that ends the section
    (`如今，{outcome}，为乡村振兴提供坚强组织保证。`); her own sentences are never changed, so
    the ending joins only the result. Each is the writer's when she wrote it, none when she
    wrote 无, else the schema's best for the section that this draft has not used yet. A news
    item reports its facts and argues no thesis: it has only her outcome, as a sentence."""
    facts = {"region": sheet.region}

    def chosen(written: str, role: str, label: str) -> str:
        written = _tidy(written)
        if written in NO_SENTENCE or sheet.form == "news":  # validate says news drops hers
            return ""
        if written:  # hers, or the schema's that `new` wrote into her sheet (then named)
            said.add(written)
            known = (f for f in schema.section_frames if f.role == role and f.text == written)
            notes.extend(_frame_note(f"第 {index} 部分{label}", next(known, None)))
            return written
        if role == "opening" and not theses:
            return ""
        frame = schema.next_section_frame(role, sheet.form, section.topic, said)
        notes.extend(_frame_note(f"第 {index} 部分{label}", frame))
        return frame.text if frame else ""

    paragraphs = list(paragraphs)
    if opening := chosen(section.opening, "opening", "开头的论述句"):
        opening = fill_frame(_sentence(opening), facts, todo)
        paragraphs[:1] = [opening + (paragraphs[0] if paragraphs else "")]
    if outcome := _sentence(section.outcome):
        frame = chosen("", "result", "成效句的开头")
        mark = outcome[-1] if outcome[-1] in "！？" else "。"  # her own mark ends the sentence
        result = fill_frame(
            frame or "{outcome}。", {**facts, "outcome": outcome.rstrip("。！？")}, todo
        )
        ending = chosen(section.ending, "ending", "收尾的一句")
        if ending := fill_frame(ending, facts, todo).rstrip("。"):
            result = f"{result.rstrip('。')}，{ending}。"
        elif mark != "。":
            result = result.removesuffix("。") + mark
        last = paragraphs[-1] if paragraphs else ""
        if not frame and last.endswith("。"):  # no words of its own: her outcome ends the sentence
            last = last[:-1] + "，"
        paragraphs[-1:] = [last + result]
    return paragraphs


def _with_subject(lead: str, region: str, facts: dict[str, str]) -> str:
    """The lead has the region for its subject: when the frame's clause that held it went for
    want of a fact, the region opens the first clause after the time and purpose phrases."""
    clauses_of_lead = re.split("[，；。]", lead)
    if not lead or any(c.startswith(region) for c in clauses_of_lead):
        return lead  # the region is a clause's subject already (a mere mention is not)
    first, dot, rest = lead.partition("。")
    clauses = first.split("，")
    when = facts.get("when") or "\0"
    for index, clause in enumerate(clauses):
        if clause and not clause.startswith(when) and not _ADVERBIAL.match(clause):
            clauses[index] = region + clause
            break
    else:
        clauses[-1] += f"，{region}"
    return "，".join(clauses) + dot + rest


def _composition(draft: Draft, sheet: FactSheet, schema: Schema) -> str:
    """How long the draft is and how much of it the writer typed (the rest: frames, borrowed
    headers, numbering, the title's form). A section frame `new` put in her sheet is not hers."""
    parts = [draft.title, draft.author, draft.salutation, draft.lead, draft.closing]
    parts += [*draft.signature, *draft.credits]
    parts += [t for s in draft.sections for t in (s.header, *s.paragraphs)]
    text = "".join(parts)
    total = len("".join(text.split()))
    covered = [False] * len(text)
    frames = {_tidy(f.text) for f in schema.section_frames}
    for value in sorted({_tidy(v) for v in _texts(sheet.model_dump())}, key=len, reverse=True):
        if len(value) < 2 or value in frames:
            continue
        start = text.find(value)
        while start >= 0:
            covered[start : start + len(value)] = [True] * len(value)
            start = text.find(value, start + len(value))
    typed = sum(1 for char, mine in zip(text, covered, strict=True) if mine and not char.isspace())
    share = typed / total if total else 0
    return f"全文 {total} 字，其中 {typed} 字（{share:.0%}）来自事实表，其余来自范文框架和标题"


def _texts(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for item in value.values() for t in _texts(item)]
    if isinstance(value, list):
        return [t for item in value for t in _texts(item)]
    return []


def _with_parent(lead: str, region: str, parent: str, dateline: str = "") -> str:
    """The region's first mention in the lead says whose it is: 吉林市船营区; not when the
    lead or the dateline before it names the parent already (`红网时刻娄底…讯`)."""
    named = parent.removesuffix("市").removesuffix("县") if len(parent) > 2 else parent
    if not parent or named in lead or named in dateline or region.startswith(parent):
        return lead
    return lead.replace(region, parent + region, 1)


def _news_credit(sheet: FactSheet) -> str:
    """`（记者 张三 通讯员 李四）` after the dateline, as news items print their reporters."""
    byline = sheet.byline
    parts = []
    if byline.reporters:
        parts.append("记者 " + " ".join(map(_tidy, byline.reporters)))
    if byline.correspondents:
        parts.append("通讯员 " + " ".join(map(_tidy, byline.correspondents)))
    return f"（{' '.join(parts)}）" if parts else " "


def _part_header(section: Section, index: int, notes: list[str]) -> str:
    """Her header; for a report's part left without one (topic 存在问题), the part's name."""
    header = _tidy(section.header).rstrip("。")
    if not header and (header := REPORT_SKELETON.get(section.topic, "")):
        notes.append(f"第 {index} 部分的小标题按调研报告的部分名写作“{header}”，可在事实表中改写")
    return header


def _title(sheet: FactSheet) -> str:
    """A title as the genre titles each form: `区名：主题` for an experience piece, a headline
    without a colon for news (what happened, when she says it), `…——在…上的交流发言` for a
    speech (`交流发言：…` when she names no occasion), `关于…的调研报告` for a report."""
    theme = _tidy(sheet.theme)
    region = sheet.region
    if theme.startswith(region):
        theme = theme[len(region) :].lstrip("：:")
    if sheet.form == "speech":
        if occasion := _tidy(sheet.occasion):  # `在全市…推进会上的交流发言`, as the genre titles it
            said = f"在{occasion.removeprefix('在').removesuffix('上')}上的交流发言"
            return f"{region}{theme}——{said}" if theme else said
        return f"交流发言：{region}{theme}"
    if sheet.form == "report":
        return theme if "报告" in theme else f"关于{region}{theme}的调研报告"
    if sheet.form == "experience":
        return f"{region}：{theme}"
    if sheet.form == "news" and (event := _tidy(sheet.lead.event).rstrip("。")):
        return f"{region}{event}"  # a headline says what happened: `某县召开…推进会`
    return f"{region}{theme}"


def _salutation(sheet: FactSheet) -> str:
    """A speech's salutation, ending with its colon."""
    salutation = _tidy(sheet.salutation).rstrip("：:，,")
    return f"{salutation}：" if salutation and sheet.form == "speech" else ""


def _author(sheet: FactSheet, notes: list[str]) -> str:
    """The author under the title; a unit put in `author` (the same as the signature's) is
    printed once, in the signature."""
    author = _tidy(sheet.byline.author)
    if sheet.form == "news" or not author:
        return ""
    if author in (_tidy(sheet.byline.unit), _tidy(sheet.organization)):
        notes.append(f"作者“{author}”与落款单位相同，只在落款处写一次")
        return ""
    return author


def _signature(sheet: FactSheet, notes: list[str]) -> list[str]:
    """Unit and date, right-aligned; a blank date is today's, and said."""
    if sheet.form == "news":
        return []
    from datetime import date

    from drafter.facts import to_date

    lines = [_tidy(sheet.byline.unit or sheet.organization)]
    when = to_date(sheet.date) if sheet.date else date.today()
    stamp = f"{when.year}年{when.month}月{when.day}日"
    if not sheet.date:
        notes.append(f"事实表没有填日期，落款日期按今天写作 {stamp}")
    lines.append(stamp)
    return [line for line in lines if line]


def _credits(sheet: FactSheet) -> list[str]:
    byline = sheet.byline
    lines = []
    # A news item names its reporters after the dateline; without one, in a credit line.
    if sheet.form == "news" and not sheet.dateline and (byline.reporters or byline.correspondents):
        line = ""
        if byline.reporters:
            line += f"{_tidy(byline.outlet)}记者 {' '.join(map(_tidy, byline.reporters))}"
        if byline.correspondents:
            line += f" 通讯员 {' '.join(map(_tidy, byline.correspondents))}"
        lines.append(line.strip())
    if byline.editor:
        lines.append(f"责任编辑：{_tidy(byline.editor)}")
    return lines
