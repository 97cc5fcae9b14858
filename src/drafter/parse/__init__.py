"""Stage 2: a clean article → its parts (the Article contract).

Reading order: bylines off the top and bottom, then the front (title, epigraph, dateline),
then the lead, the closing, and the body's headers and sections. The form is classified from
the same evidence: a dateline or reporter byline makes news; a speech title, or numbered
headers with 一是…二是… measures, a speech; headers of any kind an experience piece.
"""

from __future__ import annotations

import re
from pathlib import Path

from drafter.article import Article, Byline, Section
from drafter.clean import CleanResult, clean_text
from drafter.errors import InputError
from drafter.files import read_article
from drafter.parse import headers, segment
from drafter.parse.byline import (
    author_line,
    is_credit_label,
    person_names,
    reporter_line,
    take_bylines,
)
from drafter.parse.contents import without_contents
from drafter.parse.form import classify
from drafter.parse.front import (
    Front,
    heads_text,
    is_diary_date,
    is_opening_part,
    is_part_label,
    read_front,
)
from drafter.parse.furniture import (
    CONTINUED,
    is_blurb,
    is_caption,
    is_field_label,
    is_furniture,
    is_photo_line,
    is_scene_caption,
    site_notice,
)
from drafter.parse.paper import is_paper_note
from drafter.parse.salutation import take_salutation
from drafter.parse.sections import build_sections, take_measures, unenclosed
from drafter.parse.title import restated_title_end
from drafter.text.chars import HAN_CHAR, NUMERALS
from drafter.text.punctuation import SENTENCE_END
from drafter.vocabulary import CLOSING_MARKERS

__all__ = ["parse_file", "parse_text", "read_structure"]

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

# A host's script is a meeting's running order, read out by its chair: its numbered steps
# (`五、进行大会选举`) and what he says between them (`现在，进行第一项议程。`) are the order
# of business, not sections of a text.
_RUNNING_ORDER = re.compile("主持(?:词|稿)")


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
    lines, contents = without_contents(lines)
    front, body = read_front(lines)
    # the site's own lines above the text show that the page begins where the article does
    page_top = bool(front.furniture) and not any(map(CONTINUED.search, front.furniture))
    front.furniture[:0] = page_marks + contents
    if front.title:  # the page printing its title again, maybe with the site's tag
        again = [line for line in body if _restates(line, front.title)]
        front.furniture += again
        restated = set(again)  # (a page may print it thousands of times: no list lookups)
        body = [line for line in body if line not in restated]
        # or run into the text's first line, maybe twice (`…述职报告篇一：…述职报告经过整顿，…`)
        while body and (end := restated_title_end(unenclosed(front.title), body[0])):
            front.furniture.append(body[0][:end].strip())
            body[0:1] = segment.split_glued(body[0][end:].strip())
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
        elif (author := author_line(front.credit)) and not byline.author:  # `（刘恩权/文）`
            byline.author = author
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
    skipped = _page_lines_above_text(body, page_top)
    article.furniture += body[:skipped]
    body = body[skipped:]
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
        and not _heads_a_set(body)
    ):
        article.lead = body.pop(0)
        if article.epigraph is None and (notes := _journal_notes_below(body)):
            # an abstract the page left unlabelled: a journal's notes stand between it and the
            # text (its keywords, the authors' units), as they stand under a labelled one
            article.epigraph, article.lead = article.lead, body[notes]
            article.furniture += body[:notes]
            body = body[notes + 1 :]
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
    if article.title and _RUNNING_ORDER.search(article.title):
        article.paragraphs = body
    else:
        article.sections, article.paragraphs = build_sections(body, article.lead)
    # A page without its title whose first point is a later one (`（二）…` under the text it
    # opens on) was cut from a longer text: the text it opens on goes on from before.
    if article.lead is not None and article.title is None and _opens_on_a_later_point(article):
        article.paragraphs.insert(0, article.lead)
        article.lead, later_page = None, True
    # A paper's text opens on its opening part (`一、引言`): what stood above it is the page's
    # (the journal's lines, keywords, an abstract the page left unlabelled), not the lead.
    opening = article.sections[0].header if article.sections else ""
    if article.lead is not None and is_opening_part(opening):
        article.furniture += [article.lead, *article.paragraphs]
        article.lead, article.paragraphs = None, []
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
        article.lead = _opening_paragraph(article.sections[0], front)
        article.salutation = front.salutation
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
        take_measures(section)
    article.form, article.form_evidence = classify(article)
    return article


# (`…讲话 【演讲稿】`, `…报告(完整文档)`)
_SITE_TAG = re.compile(r"\s*[【\[(（][^】\])）]{1,8}[】\])）]")


def _heads_a_set(body: list[str]) -> bool:
    """The first paragraph opens on the first of a pair of sentence headers, alike as a pair is
    (`统筹谋划，实现党群服务中心全覆盖。…` over `有序推进，不让一个党群服务中心掉队。…`): the text
    opens on its first section, and the paragraph is no lead. (A lead may open on a saying
    beside the headers below, `乡村兴则国家兴，乡村衰则国家衰。`, unlike them.)"""
    if len(body) < 2 or headers.split_sentence_header(body[0]) is None:
        return False
    sections, loose = build_sections(body, None)
    return (
        not loose
        and len(sections) >= 2
        and sections[0].style == sections[1].style == "sentence"
        and headers.alike_pair(sections[0].header, sections[1].header)
    )


_NUMBER_WORDS = frozenset(NUMERALS)


def _opens_on_a_later_point(article: Article) -> bool:
    """The article's first point numbered in words (`二、`, `（二）`, `第二，`) is not its first."""
    first = next((s for s in article.all_sections() if s.number in _NUMBER_WORDS), None)
    return first is not None and first.number != NUMERALS[0]


def _journal_notes_below(body: list[str]) -> int:
    """How many of the body's first lines are a journal's notes over its text (keywords, the
    authors' units, the reprint's source, maybe beside the page's own lines), a note of a
    journal's among them; 0 when no text follows them."""
    notes = next((i for i, line in enumerate(body) if not _is_page_line(line)), len(body))
    if not any(map(is_paper_note, body[:notes])) or _first_text(body[notes : notes + 1]) is None:
        return 0
    return notes


def _page_lines_above_text(body: list[str], page_top: bool) -> int:
    """How many of the body's first lines are the page's, not the text's: its furniture between
    the front and the text (an English abstract, a widget line), and, under the site's lines
    (`page_top`), the photos' captions over the text, each maybe under its picture's file name
    (`20220316.png`, then `…茶园基地。`). A short first paragraph with a date is the lead, though
    a line like it elsewhere is not."""
    skipped = 0
    while skipped < len(body):
        line, after = body[skipped], body[skipped + 1 : skipped + 2]
        if is_field_label(line):
            skipped += 2
            # (a listing prints each of its writers on a line of his own under `作者`)
            while skipped < len(body) and person_names(body[skipped]) == [body[skipped]]:
                skipped += 1
        elif (
            (_is_page_line(line) and not heads_text(line, after))
            # a photo's caption, a 范文 site's blurb, over the text
            or (after and (is_caption(line) or is_blurb(line)))
            or (page_top and after and is_photo_line(line))
            or is_credit_label(line)  # (the reporters' label, their names not printed)
        ):
            skipped += 1
        else:
            break
    return skipped


def _restates(line: str, title: str) -> bool:
    return line.startswith(title) and (
        len(line) == len(title) or bool(_SITE_TAG.fullmatch(line, len(title)))
    )


# A short line between the paragraphs that says who in the picture does what, without a
# clause (`实践队员走访调研`, `村民上台领取分红`), is the picture's caption, and so is one that
# goes on after a comma without a sentence (`驻村工作队走访绿野农场，查看西瓜秧苗长势`); over
# the text, the same shape may be a headline (`习近平在湖南考察…`), so the body alone is read so.
_SCENE_LINE_MAX, _SCENE_MAX = 40, 24
_COMMA = re.compile("[，,]")
_SENTENCE_MARK = re.compile("[。；：！？]")


def _is_scene_line(line: str) -> bool:
    scene = _COMMA.split(line, maxsplit=1)[0]
    return (
        len(line) <= _SCENE_LINE_MAX
        and len(scene) <= _SCENE_MAX
        and not _SENTENCE_MARK.search(line)
        and is_scene_caption(scene)
    )


def _is_page_line(line: str) -> bool:
    # (a journal's keywords under its abstract, where the stored page stops; its note on how
    # to cite it, sentence marks and all)
    # (or a paragraph in another language: an English abstract's `…population”。 The…`)
    # (and a site's notice about itself, sentences and all: `尊敬的读者…您可以本页添加留言。`)
    return (
        is_paper_note(line)
        or bool(site_notice(line))
        or (is_furniture(line) and not SENTENCE_END.search(line) and not is_diary_date(line))
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
            and SENTENCE_END.search(p)
            and not is_paper_note(p)
        ),
        None,
    )


def _opening_paragraph(first: Section, front: Front) -> str | None:
    """Take the first paragraph of a document that opens on a header (`一、基本情况`, `引言`):
    it is the lead, after the salutation a speech's opening part may start on (`开场白`, then
    `各位朋友，大家好！…`). A page that says it left the opening out begins in the middle and
    has none (nor has a page without the title, an abstract, the site's lines above or an
    opening part's label, which the caller checks)."""
    if any(_OPENING_LEFT_OUT.search(line) for line in front.furniture):
        return None
    part = next((s for s in [first, *first.subsections] if s.paragraphs), None)
    if part is None:
        return None
    if front.salutation is None:
        take_salutation(front, part.paragraphs)
    return part.paragraphs.pop(0) if part.paragraphs else None
