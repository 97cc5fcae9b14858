"""Stage 2: a clean article → its parts (the Article contract).

Reading order: bylines off the top and bottom, then the front (title, epigraph, dateline),
then the lead, the closing, and the body's headers and sections. The form is classified from
the same evidence: a dateline or reporter byline makes news; a speech title, or numbered
headers with 一是…二是… measures, a speech; headers of any kind an experience piece.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import groupby
from pathlib import Path

from drafter.article import Article, Byline, Measure, Section
from drafter.clean import CleanResult, clean_text
from drafter.errors import InputError
from drafter.files import read_article
from drafter.parse import headers, segment
from drafter.parse.byline import person_names, reporter_line, take_bylines
from drafter.parse.form import classify
from drafter.parse.front import (
    heads_text,
    is_diary_date,
    is_open_line,
    is_paper_note,
    is_part_label,
    read_front,
    take_salutation,
)
from drafter.parse.furniture import (
    CONTINUED,
    SENTENCE_MARK,
    is_blurb,
    is_caption,
    is_field_label,
    is_furniture,
    is_photo_line,
    is_scene_caption,
    site_notice,
)
from drafter.text.chars import HAN_CHAR
from drafter.vocabulary import CLOSING_MARKERS, NUMERALS

__all__ = ["parse_file", "parse_text", "read_structure"]

_SENTENCE = re.compile("[。！？]")
# `……(开头部分已省略221字)`: a document site shows the text from somewhere in the middle.
_OPENING_LEFT_OUT = re.compile(r"省略\s*\d+\s*字|已省略")
# A page without its title that opens on a second or later point (`第二，…`, `三、…`), or on the
# sum of what went before (`总之，…`), is a later page of the document: its opening is on another.
_LATER_POINT = re.compile(
    rf"^(?:第[{NUMERALS[1:]}][{NUMERALS}]?[，、,]|[{NUMERALS[1:]}][{NUMERALS}]?、"
    rf"|[（(][{NUMERALS[1:]}][{NUMERALS}]?[)）]|总之[，,]|总而言之|综上所述)"
)
# Whatever its title, a page whose text opens on a mark that goes on from a sentence before
# (`，位于…`) or on a word that follows a point made before (`其次，…`, `此外，…`, `二是…`) was cut
# from a longer text: its opening is not on the page.
_MID_TEXT = re.compile(
    rf"^(?:[，、。；：！？）」』》]|其[次{NUMERALS[1:]}][，,]|(?:再次|此外|另外|最后)[，,]"
    rf"|[{NUMERALS[1:]}]是)"
)


def parse_text(text: str, source: str = "<文本>") -> Article:
    """Clean raw article text, then read its structure."""
    cleaned = clean_text(text)
    return _with_report(read_structure(cleaned.text, source), cleaned)


def parse_file(path: str | Path) -> Article:
    """Read an article file in any supported encoding and parse it."""
    path = Path(path)
    decoded = read_article(path)
    cleaned = clean_text(decoded.text, encoding=decoded.encoding)
    return _with_report(read_structure(cleaned.text, path.name, path), cleaned)


def _with_report(article: Article, cleaned: CleanResult) -> Article:
    article.repairs = [r.to_dict() for r in cleaned.repairs]
    article.unrepaired = [u.to_dict() for u in cleaned.unrepaired]
    return article


def read_structure(text: str, source: str, path: str | Path | None = None) -> Article:
    """The structure of a cleaned article's text."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if not lines or not HAN_CHAR.search(text):
        raise InputError(
            "没有可读的中文正文（文件为空，或清洗后不含汉字）。",
            file=path or source,
            hint="请确认这是一篇中文文章的纯文本。",
        )
    page_marks: list[str] = []
    lines, byline = take_bylines(segment.paragraphs(lines, page_marks))
    lines, contents = _without_contents(lines)
    front, body = read_front(lines)
    # the site's own lines above the text show that the page begins where the article does
    page_top = bool(front.furniture) and not any(map(CONTINUED.search, front.furniture))
    front.furniture[:0] = page_marks + contents
    if front.title:  # the page printing its title again, maybe with the site's tag
        again = [line for line in body if _restates(line, front.title)]
        front.furniture += again
        restated = set(again)  # (a page may print it thousands of times: no list lookups)
        body = [line for line in body if line not in restated]
        # or run into the text's first line (`…心得体会五 3月6日，…`, `…演讲稿一、开场白`)
        core = _ENCLOSED.sub(r"\g<inner>", front.title)
        if body and len(core) >= _RESTATED_MIN and body[0].startswith(core) and body[0] != core:
            front.furniture.append(core)
            body[0:1] = segment.split_glued(body[0][len(core) :].strip())
        if front.salutation is None:  # (what the restated title stood before: `同志们：…`)
            take_salutation(front, body)
    if front.reporters and (line := reporter_line(front.reporters)):
        byline.outlet = byline.outlet or line.outlet
        byline.reporters = byline.reporters or line.reporters
        byline.correspondents = byline.correspondents or line.correspondents
        byline.lines.insert(0, front.reporters)
    if front.author and not byline.author:
        byline.author = front.author
        byline.lines.insert(0, front.author)
    if front.credit:
        # `（记者 张三 通讯员 李四）`, or names alone (`（张小胜 李凤一）`: the reporters).
        credit = reporter_line(front.credit) or Byline(reporters=person_names(front.credit) or [])
        if credit.reporters or credit.correspondents:
            byline.outlet = byline.outlet or credit.outlet
            byline.reporters = byline.reporters or credit.reporters
            byline.correspondents = byline.correspondents or credit.correspondents
            byline.lines.insert(0, f"（{front.credit}）")
        else:
            front.furniture.append(f"（{front.credit}）")
    article = Article(
        source=source,
        form="experience",
        title=front.title,
        epigraph=front.epigraph,
        dateline=front.dateline,
        salutation=front.salutation,
        byline=byline,
        furniture=front.furniture,
    )
    # page furniture between the front and the text (an English abstract, a widget line); a
    # short first paragraph with a date is the lead, though a line like it elsewhere is not
    skipped = 0
    while skipped < len(body) and (
        (
            _is_page_line(body[skipped])
            and not heads_text(body[skipped], body[skipped + 1 : skipped + 2])
        )
        # a photo's caption, a 范文 site's blurb, over the text
        or (skipped + 1 < len(body) and (is_caption(body[skipped]) or is_blurb(body[skipped])))
    ):
        if is_field_label(body[skipped]):
            skipped += 2
            # (a listing prints each of its writers on a line of his own under `作者`)
            while skipped < len(body) and person_names(body[skipped]) == [body[skipped]]:
                skipped += 1
        else:
            skipped += 1
    article.furniture += body[:skipped]
    body = body[skipped:]
    if page_top and len(body) > 1 and is_photo_line(body[0]):
        article.furniture.append(body.pop(0))
        skipped += 1
    if skipped and article.salutation is None:  # (`同志们：` under the lines set aside)
        take_salutation(front, body)
        article.salutation = front.salutation
    later_page = (
        article.title is None
        and (
            any(map(CONTINUED.search, article.furniture))
            or bool(body and _LATER_POINT.match(body[0]))
        )
    ) or bool(body and _MID_TEXT.match(body[0]))
    if (
        body
        and not later_page
        and not headers.opens_numbered(body)
        and not (len(body) > 1 and (headers.is_line_header(body[0]) or is_diary_date(body[0])))
    ):
        article.lead = body.pop(0)
    kept = []
    for index, paragraph in enumerate(body):
        after = body[index + 1 : index + 2]
        numbering = headers.labels_header(paragraph, after) or heads_text(paragraph, after)
        page_line = not numbering and (
            (is_furniture(paragraph) and not is_diary_date(paragraph))
            or _is_scene_line(paragraph)
        )
        (article.furniture if page_line else kept).append(paragraph)
    body = kept
    if body and CLOSING_MARKERS.match(body[-1]):
        article.closing = body.pop()
    article.sections, article.paragraphs = _sections(body, article.lead)
    # (a page without its title begins in the middle, unless its abstract, the site's lines
    # above it or an opening part's label show the start)
    if (
        article.lead is None
        and article.sections
        and not later_page
        and (
            article.title
            or article.epigraph
            or page_top
            or is_part_label(article.sections[0].header)
            or is_diary_date(article.sections[0].header)
        )
    ):
        article.lead = _opening_paragraph(article.sections[0], front.furniture)
    # (the first lines were not taken as the lead for their shape, the writers' names and units
    # of a journal page, a subhead, yet no section came of them: the text starts below them)
    if (
        article.lead is None
        and not article.sections
        and not later_page
        and (article.title or article.epigraph or page_top)
        and not any(_OPENING_LEFT_OUT.search(line) for line in article.furniture)
        and (at := _first_text(article.paragraphs)) is not None
    ):
        article.lead = article.paragraphs.pop(at)
    for section in article.all_sections():
        _take_measures(section)
    article.form, article.form_evidence = classify(article)
    return article


# (a title the page set in brackets: `[基层干部学习…心得体会五]`)
_ENCLOSED = re.compile(r"^[\[【](?P<inner>[^\[\]【】]+)[\]】]$")
_RESTATED_MIN = 8  # characters of a title that the text's first line may repeat

# (`…讲话 【演讲稿】`, `…报告(完整文档)`)
_SITE_TAG = re.compile(r"\s*[【\[(（][^】\])）]{1,8}[】\])）]")


def _restates(line: str, title: str) -> bool:
    return line.startswith(title) and (
        len(line) == len(title) or bool(_SITE_TAG.fullmatch(line, len(title)))
    )


# `目录/提纲:……` on 范文 sites, `本文目录导读：` on explainers: what follows, up to a line of
# dots, is the outline.
_CONTENTS_LABEL = re.compile(
    r"^(?:目\s*录|提\s*纲|目录/提纲|内容提纲|(?:本文)?目录导读)[:：]?[…. ]*$"
)
_DOTS = re.compile(r"^[…. ]+$")


def _without_contents(lines: list[str]) -> tuple[list[str], list[str]]:
    """Take out a table of contents: a block of short numbered header lines, two or more of
    which the article prints again further on, whole or as the start of a longer header. The
    rest of the block goes with them: a stored page may stop before it reaches those headers
    (then a contents label before the block is enough)."""
    outline = _dotted_outline(lines)
    lines = [line for i, line in enumerate(lines) if i not in outline]
    keys = [_header_key(line) for line in lines]
    repeated = [False] * len(lines)
    later: Counter[str] = Counter()  # prefixes of the keys of the lines after this one
    for index in reversed(range(len(lines))):
        if key := keys[index]:
            repeated[index] = later[key] > 0
            later.update(key[:end] for end in range(1, len(key) + 1))
    contents: set[int] = set()
    block: list[int] = []
    block_keys: set[str] = set()
    labelled = False
    for index, key in enumerate([*keys, None]):
        # The block ends where a line repeats one of its own: there the article begins.
        if key and len(lines[index]) <= 60 and key not in block_keys:
            block.append(index)
            block_keys.add(key)
            continue
        if len(block) >= 2 and (
            labelled or sum(repeated[i] for i in block) >= 2 or _over_title(lines, block, index)
        ):
            contents.update(block)
            if labelled:
                contents.add(block[0] - 1)
                if index < len(lines) and _DOTS.match(lines[index]):
                    contents.add(index)
        labelled = index < len(lines) and bool(_CONTENTS_LABEL.match(lines[index]))
        block = [index] if key and len(lines[index]) <= 60 else []
        block_keys = {key} if block and key else set()
    kept = [line for i, line in enumerate(lines) if i not in contents]
    return kept, [*outline.values(), *(lines[i] for i in sorted(contents))]


def _over_title(lines: list[str], block: list[int], end: int) -> bool:
    """Header lines that open the page, over a title-shaped line and the text: an outline
    printed above the document (its headers would come after its title), where the page stops
    before them."""
    return (
        block[0] == 0
        and end + 1 < len(lines)
        and is_open_line(lines[end])
        and len(lines[end]) <= _OUTLINE_LINE_MAX
        and len(lines[end + 1]) > _OUTLINE_LINE_MAX
    )


_OUTLINE_REACH = 80  # lines from a contents label to the dots that close its outline
_OUTLINE_LINE_MAX = 60


def _dotted_outline(lines: list[str]) -> dict[int, str]:
    """A labelled outline closed by a line of dots (`目录/提纲：……` … `……`), whatever its lines
    are, headers or the `一是` points under them, so long as none of them is a sentence."""
    start = None  # the label of the outline being read (one pass: a label starts another)
    for index, line in enumerate(lines):
        if _CONTENTS_LABEL.match(line):
            start = index
        elif start is None:
            continue
        elif _DOTS.match(line):
            if index > start + 1:
                return {i: lines[i] for i in range(start, index + 1)}
            start = None
        elif (
            len(line) > _OUTLINE_LINE_MAX
            or SENTENCE_MARK.search(line)
            or index - start >= _OUTLINE_REACH
        ):
            start = None
    return {}


# A contents line may list the `1.` level too.
_ARABIC_NUMBERED = re.compile(r"^(?P<number>\d{1,2})[.．、](?P<header>[^\d].*)$")
_KEY_MAX = 40  # what a contents line and its header must share, at most


def _header_key(line: str) -> str | None:
    if found := headers.numbered(line):
        number, header = found.number, found.header
    elif found := _ARABIC_NUMBERED.match(line):
        number, header = found["number"], found["header"]
    else:
        return None
    return f"{number}{header.rstrip('。；')}"[:_KEY_MAX]


def _sections(body: list[str], lead: str | None = None) -> tuple[list[Section], list[str]]:
    """Build the section tree of the body (the text after the lead, if one was taken); return
    it and the paragraphs before any header."""
    body = headers.joined_labels(headers.joined_halves(body))
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
        and not is_furniture(p)
        for index, (p, n, date) in enumerate(zip(body, numbered, dated, strict=True))
    ]
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
        ) and not headers.is_line_header(body[at + 1])
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
            items.append(Section(2, "line", _unenclosed(paragraph)) if shaped else paragraph)
        elif line and line_headers:
            items.append(Section(1, "line", _unenclosed(paragraph)))
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


def _unenclosed(line: str) -> str:
    """A header without the brackets a page set it in (`【生态治理：从“脏乱差”到“洁净美”】`)."""
    return _ENCLOSED.sub(r"\g<inner>", line)


def _between_paragraphs(paragraphs: list[str], at: int) -> bool:
    """A short plain line between two long paragraphs, on a page that stopped after its first
    section (`探索民富村强的路径`): a header has text on both sides, a label or a slogan rarely."""
    line = paragraphs[at]
    return (
        0 < at < len(paragraphs) - 1
        and len(HAN_CHAR.findall(line)) >= _LONE_HAN_MIN and len(line) <= _LONE_MAX
        and not headers.tells_a_story(line)
        and all(
            len(paragraphs[i]) >= _AROUND_MIN
            # (or one that introduces a list: `…呈现出以下特点：`)
            and (_SENTENCE.search(paragraphs[i]) or paragraphs[i].endswith("："))
            for i in (at - 1, at + 1)
        )
    )


# (on dev, lone headers run to 22 characters; a caption or a label stands beside less text)
_LONE_HAN_MIN, _LONE_MAX = 5, 22  # a lone header's Han characters, at least, and its length
_AROUND_MIN = 45  # characters of each paragraph around it: a sentence or two


# A short line between the paragraphs that says who in the picture does what, without a
# clause (`实践队员走访调研`, `村民上台领取分红`), is the picture's caption; over the text, the
# same shape may be a headline (`习近平在湖南考察…`), so the body alone is read so.
_SCENE_LINE_MAX = 24
_CLAUSE_MARK = re.compile("[，,。；：！？]")


def _is_scene_line(line: str) -> bool:
    return (
        len(line) <= _SCENE_LINE_MAX and not _CLAUSE_MARK.search(line) and is_scene_caption(line)
    )


def _is_page_line(line: str) -> bool:
    # (a journal's keywords under its abstract, where the stored page stops; its note on how
    # to cite it, sentence marks and all)
    # (or a paragraph in another language: an English abstract's `…population”。 The…`)
    # (and a site's notice about itself, sentences and all: `尊敬的读者…您可以本页添加留言。`)
    return (
        is_paper_note(line)
        or bool(site_notice(line))
        or (is_furniture(line) and not _SENTENCE.search(line) and not is_diary_date(line))
        or not HAN_CHAR.search(line)
    )


_TEXT_MIN = 40  # characters of a paragraph of text, at least (a name or unit line is shorter)
_TEXT_REACH = 4  # paragraphs the text may start below the title


def _first_text(paragraphs: list[str]) -> int | None:
    """The first of the opening paragraphs that is text: long, holding a sentence's end (a page
    cut short stops in a sentence), no journal's note (`本文为…项目的阶段性成果。`)."""
    return next(
        (
            i
            for i, p in enumerate(paragraphs[:_TEXT_REACH])
            if len(p) >= _TEXT_MIN
            and _SENTENCE.search(p)
            and not is_paper_note(p)
        ),
        None,
    )


def _opening_paragraph(first: Section, furniture: list[str]) -> str | None:
    """Take the first paragraph of a document that opens on a header (`一、基本情况`, `引言`):
    it is the lead. A page that says it left the opening out begins in the middle and has none
    (nor has a page without the title, an abstract, the site's lines above or an opening part's
    label, which the caller checks)."""
    if any(_OPENING_LEFT_OUT.search(line) for line in furniture):
        return None
    part = next((s for s in [first, *first.subsections] if s.paragraphs), None)
    return part.paragraphs.pop(0) if part else None


def _sentence_headers(items: list[Section | str]) -> list[Section | str]:
    """Find the sentence headers among the paragraphs and split them off their bodies.

    Candidates are grouped by the header above them; within a group, if some candidates have
    two clauses, single-clause ones are body sentences. An article needs two or more."""
    groups: dict[int, list[tuple[int, str, str, float]]] = {}
    group, second_level = -1, False
    nested: set[int] = set()  # paragraphs under a second-level header (`1.`)
    for index, item in enumerate(items):
        if isinstance(item, Section):
            group, second_level = index, item.level >= 2
            continue
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
    # Under a second-level header a paragraph's first sentence sums it up: a sentence header
    # there would stand beside that header, at its level.
    accepted = {index: found for index, found in accepted.items() if index not in nested}
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


def _take_measures(section: Section) -> None:
    paragraphs = []
    for paragraph in section.paragraphs:
        opening, measures = headers.split_measures(paragraph)
        if opening:
            paragraphs.append(opening)
        section.measures += [Measure(marker, text) for marker, text in measures]
    section.paragraphs = paragraphs
