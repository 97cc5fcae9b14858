"""The body's section tree: numbered, line and sentence headers over their paragraphs, and the
`一是…二是…` measures inside each section. Headers are told by the evidence any article of the
genre carries: numbering, shape, position between paragraphs, and sets of like headers.
"""

from __future__ import annotations

import re
from itertools import groupby

from drafter.article import Measure, Section
from drafter.parse import headers
from drafter.parse.byline import reporter_line
from drafter.parse.continuation import goes_on_below
from drafter.parse.front import is_diary_date
from drafter.parse.furniture import is_furniture, is_located_scene
from drafter.parse.title import names_a_kind_of_text
from drafter.text.chars import HAN, HAN_CHAR
from drafter.text.punctuation import SENTENCE_END, quotation_balance

# (a header the page set in brackets: `【生态治理：从“脏乱差”到“洁净美”】`)
_ENCLOSED = re.compile(r"^[\[【](?P<inner>[^\[\]【】]+)[\]】]$")


def build_sections(body: list[str], lead: str | None = None) -> tuple[list[Section], list[str]]:
    """Build the section tree of the body (the text after the lead, if one was taken); return
    it and the paragraphs before any header."""
    body = headers.joined_labels(headers.joined_halves(body, lead is not None))
    numbered = headers.numbered_all(body)
    numberings = sorted({n.level for n in numbered if n})
    has_first_level_numbers = 1 in numberings
    # Line headers, like sentence headers, come in sets: a lone short line is a caption, a
    # slogan or a fragment of the page, not a section.
    # A header heads something: the last line of a page cut short is a broken sentence.
    # (a diary's dates are headers by the rule for them below, or text)
    dated = [not n and is_diary_date(p) for p, n in zip(body, numbered, strict=True)]
    short = [
        not n
        and not date
        and index + 1 < len(body)
        and headers.is_line_header(p)
        and not goes_on_below(p, body[index + 1])
        and not is_furniture(p)
        and not reporter_line(p)  # (the reporters, named where the page went on to other stories)
        for index, (p, n, date) in enumerate(zip(body, numbered, dated, strict=True))
    ]
    # Words of two or three characters head sections only as a set, each over its text (`背景`,
    # `意义`, `亮点`): one or two alone are a page's labels or a kicker; in a row, a list (below).
    labels = [
        not n and not date and index + 1 < len(body) and bool(_LABEL_WORD.fullmatch(p))
        for index, (p, n, date) in enumerate(zip(body, numbered, dated, strict=True))
    ]
    if sum(labels) >= _LABEL_WORDS_MIN:
        short = [line or labelled for line, labelled in zip(short, labels, strict=True)]
    # Headers stand between paragraphs: short lines in a row are a list, a sidebar or a
    # table's cells; only two in a row may be a header over its subheader, both shaped so.
    lines = list(short)
    grouped = groupby(range(len(short)), short.__getitem__)
    runs = [list(run) for is_short, run in grouped if is_short]
    # (pairs that recur are the page's layout: a label over each header, `党建+基层治理` over
    # `擦亮基层党组织“红色名片”`, whatever their shape)
    paired = sum(len(run) == 2 for run in runs) >= 2
    for run in runs:
        if len(run) > 1:
            stacked = len(run) == 2 and (
                paired or all(headers.is_headline_shaped(body[i]) for i in run)
            )
            for index in run:
                lines[index] = stacked
    # An untitled diary's entries are headed by their dates (`12月1日 星期四 阴`); where the
    # entries have titles of their own, or the text other headers, the date is the entry's text.
    diary = any(dated) and not numberings and not any(lines)
    if diary:
        lines = dated
    line_headers = diary or sum(lines) >= 2
    # Alone, a line is a header only in a header's own shape, or between two long paragraphs;
    # and only before text.
    if sum(lines) == 1 and not diary:
        at = lines.index(True)
        # (the lead is the paragraph before a header that opens the body)
        around = [lead, *body] if lead else body
        line_headers = (
            headers.is_headline_shaped(body[at]) or _between_paragraphs(around, at + bool(lead))
        ) and not (at + 2 < len(body) and headers.is_line_header(body[at + 1]))
    items: list[Section | str] = []
    for paragraph, number, line in zip(body, numbered, lines, strict=True):
        if number:
            # the numbering's rank among those the article uses; `1.` under line headers is
            # the level below them
            level = numberings.index(number.level) + 1
            if numberings == [3] and line_headers and any(lines):
                level = 2
            items.append(Section(level, "numbered", number.header, number.number, number.mark))
            if number.rest:
                items.append(number.rest)
        elif line and has_first_level_numbers:
            # under `一、` parts a plain line is a subheader only in a header's own shape
            # (`班子建设：十指弹琴奏强音`); other short lines there are list items and labels
            shaped = headers.is_headline_shaped(paragraph)
            items.append(Section(2, "line", unenclosed(paragraph)) if shaped else paragraph)
        elif line and line_headers:
            items.append(Section(1, "line", unenclosed(paragraph)))
        else:
            items.append(paragraph)
    items = _sentence_headers(items)
    sections: list[Section] = []
    loose: list[str] = []
    parent: Section | None = None
    current: Section | None = None
    for item in items:
        if isinstance(item, str):
            (current.paragraphs if current else loose).append(item)
        elif item.level == 1 or parent is None:
            item.level = 1
            sections.append(item)
            parent = current = item
        else:
            parent.subsections.append(item)
            current = item
    return sections, loose


def unenclosed(line: str) -> str:
    """A header without the brackets a page set it in (`【生态治理：从“脏乱差”到“洁净美”】`)."""
    return _ENCLOSED.sub(r"\g<inner>", line)


def _between_paragraphs(paragraphs: list[str], at: int) -> bool:
    """A short plain line between two long paragraphs, on a page that stopped after its first
    section (`探索民富村强的路径`): a header has text on both sides, a label or a slogan rarely."""
    line = paragraphs[at]
    return (
        0 < at < len(paragraphs) - 1
        and len(HAN_CHAR.findall(line)) >= _LONE_HAN_MIN and len(line) <= _LONE_MAX
        and not headers.told_by_or_counted(line)
        and not names_a_kind_of_text(line)  # (a label of what follows: `调查报告`)
        and all(
            len(paragraphs[i]) >= _AROUND_MIN
            # (or one that introduces a list: `…呈现出以下特点：`)
            and (SENTENCE_END.search(paragraphs[i]) or paragraphs[i].endswith("："))
            for i in (at - 1, at + 1)
        )
        and not is_located_scene(line)  # (last: it tags the line's words)
    )


_LABEL_WORD = re.compile(f"[{HAN}]{{2,3}}")
_LABEL_WORDS_MIN = 3

# (on dev, lone headers run from four Han characters, `工作做法`, to 22 characters; a caption or a
# label stands beside less text)
_LONE_HAN_MIN, _LONE_MAX = 4, 22  # a lone header's Han characters, at least, and its length
_AROUND_MIN = 30  # characters of each paragraph around it: a sentence at least


def _sentence_headers(items: list[Section | str]) -> list[Section | str]:
    """Find the sentence headers among the paragraphs and split them off their bodies.

    Candidates are grouped by the header above them; within a group, if some candidates have
    two clauses, single-clause ones are body sentences. An article needs two or more."""
    groups: dict[int, list[tuple[int, str, str, float]]] = {}
    group, second_level = -1, False
    nested: set[int] = set()  # paragraphs under a second-level header (`1.`)
    group_of: dict[int, int] = {}  # each paragraph's header above
    for index, item in enumerate(items):
        if isinstance(item, Section):
            group, second_level = index, item.level >= 2
            continue
        group_of[index] = group
        if second_level:
            nested.add(index)
        if (found := headers.split_sentence_header(item)) is not None:
            groups.setdefault(group, []).append((index, *found))
    accepted: dict[int, tuple[str, str]] = {}
    series = headers.parallel_openings(items)
    for above, members in groups.items():
        if in_series := [m for m in members if m[0] in series]:
            members = in_series  # a series of like openings is the set, whatever else scores
        elif above >= 0 and len(members) == 1 and members[0][3] < 1.0:
            members = []  # one paragraph's short opening under a header is its own words
        elif any(score >= 0.7 for *_, score in members):
            members = [m for m in members if m[3] >= 0.7]
        accepted.update({index: (sentence, rest) for index, sentence, rest, _ in members})
    accepted.update(series)
    if len(accepted) == 1:
        [(sentence, _)] = accepted.values()
        accepted.update(headers.echoed_header(items, sentence))
    # (a pair of long headers, one of which may have been found on its own)
    if len(accepted) <= 1 and (pair := headers.shared_run_pair(items)).keys() >= accepted.keys():
        accepted = pair
    accepted |= _set_under_next_header(items, group_of, accepted)
    # Under a second-level header a paragraph's first sentence sums it up: a sentence header
    # there would stand beside that header, at its level.
    accepted = {index: found for index, found in accepted.items() if index not in nested}
    # A header is a whole sentence of its own: it does not end inside a quotation or a work's
    # name it opened, nor close one it did not open (a quoted speech's later sentence).
    accepted = {i: found for i, found in accepted.items() if quotation_balance(found[0]) == 0}
    if len(accepted) < 2 or not headers.parallel_pair([s for s, _ in accepted.values()]):
        return items
    under_headers = any(isinstance(item, Section) for item in items)
    result: list[Section | str] = []
    for index, item in enumerate(items):
        if index in accepted:
            sentence, rest = accepted[index]
            in_section = under_headers and any(isinstance(i, Section) for i in items[:index])
            result += [
                Section(2 if in_section else 1, "sentence", sentence),
                *([rest] if rest else []),
            ]
        else:
            result.append(item)
    return result


_SIBLING_REACH = 3  # paragraphs under a header where its set's first sentence header stands
_SIBLING_SLACK = 2  # Han characters a sentence header may be longer or shorter than its set's


def _set_under_next_header(
    items: list[Section | str], group_of: dict[int, int], accepted: dict[int, tuple[str, str]]
) -> dict[int, tuple[str, str]]:
    """Under parallel headers each part holds a set of sentence headers built alike: where one
    part's set is found, the sentences built like it under a part that shows none are its
    (`数据赋能是强大引擎。` under the next header after `政策理解是关键前提。` `覆盖全面是核心
    要求。`…, its page cut short after it). On 1,668 dev pages: 2 such, both headers, none false."""
    by_group: dict[int, list[str]] = {}
    for index, (sentence, _) in accepted.items():
        by_group.setdefault(group_of[index], []).append(sentence)
    model = next((s for g, s in by_group.items() if g >= 0 and len(s) >= 2), None)
    if model is None:
        return {}
    lengths = [len(HAN_CHAR.findall(sentence)) for sentence in model]
    shortest, longest = min(lengths) - _SIBLING_SLACK, max(lengths) + _SIBLING_SLACK
    clauses = {headers.clause_count(sentence) for sentence in model}
    found: dict[int, tuple[str, str]] = {}
    seen: dict[int, int] = {}  # paragraphs read under each header
    for index, group in group_of.items():
        seen[group] = seen.get(group, 0) + 1
        item = items[index]  # (a paragraph: only those have a header above them)
        if group < 0 or group in by_group or seen[group] > _SIBLING_REACH:
            continue
        opening = headers.first_sentence(item) if isinstance(item, str) else None
        if (
            opening
            and opening[1]
            and headers.clause_count(opening[0]) in clauses
            and shortest <= len(HAN_CHAR.findall(opening[0])) <= longest
        ):
            found[index] = opening
    return found


def take_measures(section: Section) -> None:
    paragraphs = []
    for paragraph in section.paragraphs:
        opening, measures = headers.split_measures(paragraph)
        if opening:
            paragraphs.append(opening)
        section.measures += [Measure(marker, text) for marker, text in measures]
    section.paragraphs = paragraphs
