"""An academic article's front matter: its authors' affiliations, the abstract and the journal's
notes (keywords, classification, fund, where it was first printed) between the abstract and the
text, and the labels of an abstract or an editor's note.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from drafter.parse.byline import surnamed
from drafter.parse.furniture import BODY_MIN, is_furniture
from drafter.text.chars import HAN

if TYPE_CHECKING:
    from drafter.parse.front import Front

_SCHOOLS = "大学|学院|研究院|研究所|研究中心|党校"
INSTITUTION = rf"[{HAN}]{{2,24}}(?:{_SCHOOLS})"
# The notes a journal prints between an article's abstract and its text.
PAPER_NOTE = re.compile(
    r"^[【\[〔]?(?:关\s*键\s*词|关键字|中图分类号|中图法分类号|文献标[识志]码|文章编号|收稿日期"
    r"|DOI|基金项目|作者简介|作者单位|作者(?=[】\]\s:：])|Key\s*words"
    # (a unit's label run into its name: `单位中国社会科学院大学`)
    rf"|单位\s*[:：]?\s*{INSTITUTION}$"
    # the label over a journal's QR code: `开放科学（资源服务）标识码（OSID）：`
    r"|开放科学\s*[（(]资源服务[)）]"
    # where the page says it reprints the article from (`本文原刊于《行政论坛》2025年第3期，…`)
    r"|本文(?:原)?(?:刊|载|发表)(?:于|在)|(?:原|本文)载(?:于)?《"
    # (or names a journal's issue as the source: `文章来源：《经济纵横》2022年第12期。`)
    r"|(?:文章)?来源\s*[:：]\s*《[^》]{2,20}》\s*\d{4}\s*年\s*第?\s*\d{1,2}\s*期"
    # how to cite it, which a journal's site prints under the abstract (`文章引用：聂铭. …`)
    r"|文章引用|引用本文|引用格式|引文格式"
    # the grant it was written under, unlabelled: `本文为国家社会科学基金一般项目“…”的阶段性成果。`
    r"|本文[为系是][^。]{0,80}(?:项目|课题|基金)[^。]{0,60}(?:成果|资助)[。]?$)",
    re.IGNORECASE,
)
# An author's affiliation under an academic title: `（中南民族大学马克思主义学院，武汉 430070）`,
# maybe after the author's name (`刘朵朵（东北大学文法学院，辽宁沈阳 110169）`); or the authors and
# their posts run into the text (`卫志民 吴茜（北京师范大学…教授；…）脱贫攻坚战…`).
# (a school may name its campus in brackets: `（中国石油大学（华东） 马克思主义学院，…）`)
_IN_BRACKETS = r"(?:[^（）()]|[（(][^（）()]{1,10}[）)])*"
_AFFILIATION = re.compile(
    rf"^(?P<names>[{HAN}·\s，、]{{0,30}}?)[（(]{_IN_BRACKETS}(?:{_SCHOOLS}|\d{{6}}){_IN_BRACKETS}[）)]$"
)
# Or its authors' several units, numbered: `1.中共某某盟委员会党校科研处;2.某某中心医院医学工程科`.
# (or one to a line, each with its postcode: `2. 江苏省委党校 党史党建教研部, 江苏 南京 210009;`)
_NUMBERED_AFFILIATIONS = re.compile(
    rf"^1[.．]\s*[^;；]{{0,30}}(?:{_SCHOOLS})[^;；]{{0,20}}[;；]\s*2[.．]\s*[{HAN}][^;；。]{{1,40}}"
    rf"|^\d[.．]\s*[^;；。]{{0,30}}(?:{_SCHOOLS})[^;；。]{{0,30}}\d{{6}}\s*[;；]?$"
)
AFFILIATED_TEXT = re.compile(
    rf"^(?P<names>[{HAN}·\s，、]{{2,30}}?)[（(][^（）()]*(?:{_SCHOOLS})[^（）()]*[）)]\s*"
    rf"(?P<rest>[{HAN}“].{{{BODY_MIN},}})$"
)
# An author's post and address under an academic title: `王某 研究员 某某公司 北京 100048`.
_POSTAL_ADDRESS = re.compile(rf"^[{HAN}·]{{2,4}}\s.{{2,60}}[{HAN}]\s*\d{{6}}$")
# Keywords a page printed without their label: short terms between semicolons.
_BARE_KEYWORDS = re.compile(rf"[{HAN}]{{2,12}}(?:\s*[；;]\s*[{HAN}]{{2,12}}){{2,7}}[；;]?")
_BARE_LABEL_MAX = 6  # `关键词` or `关 键 词：` on a line of its own, the words on the next
# (`提要` only as a label: `提要求…` opens a sentence)
ABSTRACT_LABEL = re.compile(
    r"^[【\[〔]?(?:内容)?(?:摘\s*要|提\s*要(?=[】\]〕\s:：]|$))[】\]〕]?\s*[:：]?\s*"
)
# A report's labelled summary, or a structured abstract's first part (`目的：本文…`).
_ABSTRACT_OPENING = re.compile(
    r"^[【\[]?报告要点[】\]]?\s*[:：]|^(?:研究)?目的(?:[/／与和]意义)?\s*[:：]"
)
# An editor's note labelled on a line of its own: the paragraph under it stands before the story.
# (a column's first piece carries its note too: `开栏的话`)
EDITOR_NOTE_LABEL = re.compile(
    r"[【\[]?(?:编者按|编者的话|开栏的话|写在前面|(?:文章|内容)?导读)[】\]]?\s*[:：]?"
)
BEFORE_STORY = re.compile("编者按|按语|导读")
ABSTRACT_MIN = 100  # characters: an abstract says what the paper does; a news summary is short


def is_affiliation(line: str) -> bool:
    if _NUMBERED_AFFILIATIONS.match(line):
        return True
    found = _AFFILIATION.match(line)
    # (an affiliation in brackets says that the words before it are its authors' names)
    return bool(found) and (not found["names"].strip() or surnamed(found["names"]))


def take_paper_front(front: Front, body: list[str]) -> None:
    """An academic article's abstract stands before the keywords and the journal's notes: the
    paragraph before them, or all from a `摘要` label to them. It is the epigraph, the notes are
    furniture (with or without an abstract), and the text starts after them. Notes may stand
    above the abstract too (`作者简介：…`, `基金项目：…`, `本文原刊于…`)."""
    above = 0
    while above < len(body) - 2 and is_paper_note(body[above]):
        above += 1
    front.furniture += body[:above]
    del body[:above]
    notes = next((i for i in range(1, min(len(body) - 1, 4)) if is_paper_note(body[i])), 0)
    label = ABSTRACT_LABEL.match(body[0]) if notes else None
    if front.epigraph is None and notes and (notes == 1 or label):
        abstract = "\n".join(body[:notes])
        del body[:notes]
        if label:
            front.furniture.append(label.group().strip())
            abstract = abstract[label.end() :]
        front.epigraph = abstract
    notes = 0
    while notes < len(body) and is_paper_note(body[notes]):
        # `关键词` on a line of its own takes the words on the next (text must remain after)
        label = len(body[notes]) <= _BARE_LABEL_MAX and len(body) - notes > 2
        notes += 2 if label else 1
    front.furniture += body[:notes]
    del body[:notes]


def is_abstract(zone: list[str], body: list[str]) -> bool:
    """The body's first paragraph is an abstract (or an editor's note) rather than the lead where
    its label stands alone above it (`内容提要：`, `编者按：`), where a report labels its summary
    (`报告要点：…`), or where a labelled one is all the page kept of the text (a journal's
    listing): a summary glued to a news item's lead (`摘要：近日，…`) has text after it.
    """
    label = zone[-1] if zone else ""
    if ABSTRACT_LABEL.fullmatch(label) or EDITOR_NOTE_LABEL.fullmatch(label):
        return True
    if _ABSTRACT_OPENING.match(body[0]):
        return True
    return bool(ABSTRACT_LABEL.match(body[0])) and all(map(is_furniture, body[1:]))


def is_paper_note(line: str) -> bool:
    """A journal's note between an abstract and the text: keywords, classification, fund, an
    author's post and address."""
    return bool(
        PAPER_NOTE.match(line) or _BARE_KEYWORDS.fullmatch(line) or _POSTAL_ADDRESS.match(line)
    )
