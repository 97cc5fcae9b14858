"""The front of an article: title, epigraph, dateline, salutation — each recognised by its shape
and position — and the page furniture around them.

On a saved page the article's first body paragraph is preceded by whatever the site printed:
its name, breadcrumbs, metadata (`2018-03-20 10:39 来源：… 作者：…`), widgets, the title once or
twice, a column name. Everything before the first body paragraph is the front zone: this module
sorts its lines into the title's candidates (open, short, mostly Han, not furniture), the
writers, the dateline and the furniture; `title` chooses among the candidates, `salutation`,
`dateline` and `paper` read the parts of their own. What the page prints around the article is
told in `furniture`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter.parse.byline import (
    OFFICES,
    author_line,
    is_credit_label,
    reporter_line,
    surnamed,
)
from drafter.parse.continuation import goes_on_below
from drafter.parse.dateline import lone_dateline, split_dateline, take_dateline
from drafter.parse.furniture import (
    CAPTION_MAX,
    SENTENCE_MARK,
    is_blurb,
    is_furniture,
    is_marked_furniture,
)
from drafter.parse.paper import (
    ABSTRACT_LABEL,
    ABSTRACT_MIN,
    AFFILIATED_TEXT,
    BEFORE_STORY,
    EDITOR_NOTE_LABEL,
    INSTITUTION,
    PAPER_NOTE,
    is_abstract,
    is_affiliation,
    take_paper_front,
)
from drafter.parse.salutation import is_salutation, take_salutation, titled_salutation
from drafter.parse.title import (
    COLLECTION_COUNT,
    CRUMB_SEPARATOR,
    KIND_OF_TEXT,
    TITLE_MAX,
    as_file_title,
    files_year_before,
    join_title_cut_by_wrap,
    joined_lead_ins,
    name_after,
    own_words,
    stopped_title,
    title_glued_to_text,
    title_goes_on,
    title_named_by_breadcrumb,
    title_of,
    without_cover_words,
)
from drafter.text.chars import HAN, HAN_CHAR, NUMERALS
from drafter.text.lazy import LazyPattern
from drafter.text.punctuation import is_open_line

_CLAUSES = re.compile("[，；、]")
_ZONE_MAX = 200  # lines above the text that may hold the title
_NAME_MAX = 6  # a line this short may be the author's name under the title
# Or the authors' names in a list: `祝宇豪，苏咏喜，徐有芳`, `张三 李四`, `兰 芳，刘浩杰，何 楠`.
_NAME_LIST = re.compile(rf"[{HAN}·]{{1,4}}(?:[，、\s+＋]+[{HAN}·]{{1,4}}){{1,5}}")
_OPENS_PART = re.compile(r"^[一二三四五六七八九十]{1,3}、")
_NUMBERED = re.compile(
    rf"^(?:[一二三四五六七八九十]{{1,3}}(?:、|[.．。](?!\d)|[ \u3000]+(?=[{HAN}“]))"
    r"|[（(][一二三四五六七八九十]{1,3}[)）]|\d+[、.．])"
)
# A body paragraph holds this many Han characters at least, besides `BODY_MIN` characters.
_BODY_HAN_MIN = 12
_AUTHORED = re.compile(
    rf"[{HAN}]{{2,4}}\s*(?:撰文?|撰稿|执笔)$|^[【\[（(]?文\s*[/／:：_＿]|[/／]\s*文$"
    # a newspaper's or journal's mark before the writers' names: `□ 张三 李四`, `◎陈柳钦`
    rf"|^[□■◎]\s*[{HAN}\s]{{2,20}}$"
    # (an outlet's commentator, named or not: `本报评论员`, `湖北日报评论员 张双双`)
    rf"|^(?:本刊|本报|本台|本网|[{HAN}·]{{1,8}}(?:报|社|网|台|刊))?(?:特约)?评论员"
    rf"(?:[ \u3000]*[{HAN}·]{{2,4}})?$"
    # an author and her institution: `吴林丽    江西科技师范大学`
    rf"|^[{HAN}·]{{2,4}}\s+{INSTITUTION}$"
)
# Or the institution first: `四川大学经济学院 贺立龙 张 衔`.
_INSTITUTION_FIRST = re.compile(rf"^{INSTITUTION}\s+(?P<names>.+)$")
# Or a department before a colon: `担保业务二部：邹杰`.
_UNIT_THEN_NAME = re.compile(
    rf"^[{HAN}]{{2,16}}(?:部|处|科|室|中心|局|委|办|所|站|队|组|公司|支行|分行)[:：]\s*(?P<names>[{HAN}·]{{2,4}})$"
)
# Who speaks, on a line of its own under a speech's title: `—马步乡寨下村村主任周流兴`,
# `——…执委会主任、华西村党委书记吴协恩`, or with no dash the post spaced from the name
# (`…白竹村第一书记 邹祎芹`); not a subtitle that profiles someone (`——记村党支部书记张三`) or
# names a meeting (`——…召开第一书记座谈会`).
_SPEAKER_POST = rf"(?:{OFFICES}|村长|代表|委员)"
_SPEAKER_LINE = re.compile(
    rf"^(?:[—-]{{1,2}}(?![—-]|记).{{0,40}}{_SPEAKER_POST}\s*"
    rf"|[^—\-，。！？：:\s]{{2,40}}{_SPEAKER_POST}(?:助理)?\s+)"
    # (a two-character name spaced out to the width of longer ones: `詹 毅`)
    rf"(?!座谈会|大会|会议)(?:[{HAN}]{{2,3}}|[{HAN}][ \u3000]{{1,2}}[{HAN}])$"
)


def is_speaker_line(line: str) -> bool:
    """Who speaks, on a line of its own under a speech's title (`镇党委书记 张三`)."""
    return bool(_SPEAKER_LINE.match(line))


# A speech's or a report's title with who gave it run onto it, the break between them lost:
# `…开幕式欢迎辞**市人民政府市长 陈国鹰`, `…调查中共四川省委书记 彭清华`.
_TITLE_THEN_SPEAKER = re.compile(
    rf"(?P<title>[^，。；！？\s]{{6,60}}?(?:{KIND_OF_TEXT}|欢迎辞|调查))"
    rf"(?P<speaker>[^，。；！？\s—-]{{2,30}}?{_SPEAKER_POST}[ \u3000]+[{HAN}]{{2,3}})"
)


def _speaker_apart(line: str) -> list[str]:
    """`line`, or the title and its speaker's line when they were run together."""
    found = _TITLE_THEN_SPEAKER.fullmatch(line)
    return [found["title"], found["speaker"]] if found else [line]


# A subtitle's dash, typed as the page could: `——`, `--`, `-—`.
_SUBTITLE_DASH = re.compile(r"[—\-－–─]{2}")  # (`──`: box-drawing lines for a dash)
_REPRINT_NOTE = re.compile(
    r"(?:全文|原文|内容)如下[:：]?$|(?:转载|转自|来源于)[^。]{0,30}[。：:]?$"
    r"|^(?:原|本文)?(?:刊|载|刊载|发表)于《"  # (where it ran: `刊于《中国妇女报》2020年7月8日`)
)
# The speaker's office under a speech's title (`县委副书记`, `镇党委书记 张三`): not the title.
# The office is named by its body first, so a title that ends in one (`争当新时代好支部书记`)
# is not taken for it.
_OFFICE_LINE = LazyPattern(
    rf"^(?:中共)?[{HAN}*＊×xX]{{0,6}}(?:县委|市委|区委|州委|党委|党工委|党组|政府|人大|政协|纪委|组织部"
    rf"|宣传部|县|区|市|镇|乡)(?:常务)?副?(?:{OFFICES})"
    rf"(?:\s+[{HAN}]{{2,3}})?$"
)
_OFFICE_MAX = 14
# A credit line the reporter pattern cannot read whole (`本报记者 张三 共享联盟·某地 李四`).
_CREDIT_OPENING = re.compile(r"^(?:本报|本台|本网)?(?:特约)?(?:记者|通讯员)\s")
_TITLE_LABEL = re.compile(r"^(?:原标题|标题|题目)\s*[:：]\s*")
# (a journal may space the two characters out: `引 言`)
OPENING_PARTS = r"引\s?言|前\s?言|导\s?言|绪\s?论|序\s?言"
_OPENING_PART = re.compile(rf"(?:{OPENING_PARTS})[：:]?")
# (a paper may number it with a bare figure: `0 引言`)
# (or name what the part says after a colon: `引言：数字时代下的乡村党建新机遇`)
_PART_LABEL = re.compile(
    rf"(?:\d[ \u3000]+)?(?:{OPENING_PARTS}|结\s?语|结束语|结\s?论|余\s?论)"
    r"(?:[：:](?:[^。！？：:]{2,30})?)?"
)
# A label glued to the lead: `摘要：…`, `编后：…`.
_LEAD_LABELS = r"^[【\[]?(?:摘要|内容摘要|编后|编者按|按语|导语|核心提示|导读)[】\]]?\s*"
_LEAD_LABEL = re.compile(
    rf"{_LEAD_LABELS}[:：]?\s*(?=\S)"
    r"|^<正>|^[【\[]正文[】\]]\s*"  # a database's or a site's mark where the text starts
)
# Over the text, such a label holds keywords, not the title: `核心提示：水源 活动 党员干部`.
_LABELLED_KEYWORDS = re.compile(rf"{_LEAD_LABELS}[:：]")


@dataclass
class Front:
    title: str | None = None
    epigraph: str | None = None
    dateline: str | None = None
    salutation: str | None = None
    credit: str | None = None  # `记者 张三` given in the dateline's parentheses
    reporters: str | None = None  # `人民日报记者 孟祥夫` on a line of its own under the title
    author: str | None = None  # the name printed after the title on its line
    furniture: list[str] = field(default_factory=list)


# A diary entry's date, with its weekday or its weather (`12月1日 星期四 阴`, `2019年9月24日周二`,
# `201*年4 月16日 晴 星期二`): the entry's heading where it has no title of its own.
_WEEKDAY = "星期[一二三四五六日天]|周[一二三四五六日]"
_WEATHER = "[天晴阴雨雪多云转大小中雷阵]{1,6}"
DIARY_DATE = (
    r"(?:(?:19|20)[\d*＊]{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日"
    rf"(?:\s*(?:{_WEEKDAY})(?:\s*{_WEATHER})?|\s*{_WEATHER}(?:\s*(?:{_WEEKDAY}))?)"
)
_DIARY_DATE = re.compile(DIARY_DATE)


def is_diary_date(line: str) -> bool:
    return bool(_DIARY_DATE.fullmatch(line))


def is_opening_part(line: str) -> bool:
    """`引言`, `前言`, `导言`: the name of the part a paper's text opens on."""
    return bool(_OPENING_PART.fullmatch(line))


def is_part_label(line: str) -> bool:
    """`引言`, `前言`, `结语`: the name of a part of a document, a header on its own."""
    return bool(_PART_LABEL.fullmatch(line))


# An epigraph that says it is one: `只有贫困过，你才会知道……——题记`.
_MARKED_EPIGRAPH = re.compile(r"[—-]{1,2}\s*题记$")


def is_epigraph(line: str) -> bool:
    """A couplet: a closed line of two or more short clauses of equal length
    (`欲筑室者，先治其基；党建引领，稳舵奋楫。`), or a line marked `——题记`. A header does not
    close its own line, and a lead's clauses differ in length. (Only above the title is a
    couplet the epigraph: under it, the text opens on it.)"""
    if _MARKED_EPIGRAPH.search(line):
        return True
    if len(line) > 40 or line[-1] not in "。！":
        return False
    clauses = [c for c in _CLAUSES.split(line[:-1]) if c]
    return len(clauses) >= 2 and len({len(c) for c in clauses}) == 1 and len(clauses[0]) <= 9


# A part's number alone on its line, its text under it with no header's words (`一、`).
BARE_NUMBER = re.compile(
    rf"(?P<mark>(?P<number>[{NUMERALS}]{{1,3}})、|[（(](?P<inner>[{NUMERALS}]{{1,3}})[)）])"
)


def heads_text(line: str, after: list[str]) -> bool:
    """`line` is a part's number alone, over the part's text: a paragraph, not a header."""
    return bool(BARE_NUMBER.fullmatch(line)) and bool(after) and _is_body(after[0])


def _run_on_headline(line: str, own: str) -> bool:
    """`own`, a headline's words, is what stands of `line` before the page's date or fields run
    on with no space between: the line break between them lost (`…田园中2019-11-18朱建国`), not
    a line of the page's own words (`本帖最后由 吕村镇 于 2017-…`)."""
    return (
        own != line
        and line.startswith(own)
        and not line[len(own)].isspace()
        and not is_furniture(own)
    )


def _open_under_fields(line: str) -> bool:
    """A headline the page's fields ran onto is open though the fields end on a colon (`…四必评
    2016年12月01日 09:05:30 来源：浙江党建网 作者：`): its own words are."""
    own = own_words(line)
    return _run_on_headline(line, own) and is_open_line(own)


def _is_body(line: str) -> bool:
    """A paragraph of the article: a sentence of some length that is not furniture (an epigraph
    is a sentence of the front), a dateline, a salutation."""
    sentence = (
        bool(SENTENCE_MARK.search(line))
        and not stopped_title(line)
        and not _REPRINT_NOTE.search(line)  # `…在《西安日报》发表。全文如下：` stands before
        and not _TITLE_LABEL.match(line)  # `原标题：…？` is the front, though it ends a sentence
        and len(HAN_CHAR.findall(line)) >= _BODY_HAN_MIN
        and not is_furniture(line)
        and not is_epigraph(line)
    )
    return sentence or bool(split_dateline(line)) or is_salutation(line)


def _opens_text(line: str) -> bool:
    """A sentence too short for a paragraph of the body that closes right above it is the text's
    first, a scene or a date it opens on (`11月21日，周一。`), as a couplet there is
    (`is_epigraph`): not a title a page closed with a stop (`…的致辞。`), nor the page's
    furniture."""
    return line.endswith("。") and not stopped_title(line) and not is_furniture(line)


def _broken_opening(line: str, text: str) -> bool:
    """`line` is the text's first sentence broken off at a wrap, `text` the rest of it
    (`春节前夕的一天，…村民刘福官忙着整理堂` over `屋、摆放桌椅，…`): a clause of a sentence
    (a title's words have none, a page's fields end on figures), a word broken at its end, and
    the evidence of the wrap."""
    return "，" in line and bool(HAN_CHAR.match(line[-1])) and goes_on_below(line, text)


def _named(line: str) -> bool:
    """Names only, under common surnames, with no other word (`汪珺`, `张三 李四`)."""
    return bool(_HAN_WORDS.fullmatch(line)) and surnamed(line)


_HAN_WORDS = re.compile(rf"[{HAN}]{{2,3}}(?:[ \u3000，、]+[{HAN}]{{2,3}})*")


# (or its subtitle on its line: `大学生村官能改善中国乡村治理吗？——来自CRHPS2017的微观证据`)
_ASKS_OVER_SUBTITLE = re.compile(r"[^。！？!?]{4,}[？?！!]\s?——[^。！？!?]{4,}")


def _asks_or_exclaims(line: str) -> bool:
    """A headline may ask (`144位村书记为啥成为座上宾？`) or exclaim (`…老人免费吃午餐！`)."""
    return line.endswith(("？", "?", "！", "!"))
_NUMBERED_PIECE = re.compile(r"\s篇\s*\d{1,2}$")  # `换届选举会议主持词 篇8`
# (a line wholly in round brackets is a caption or a credit: `（徽县县城鸟瞰）`, never the title)
_PARENTHESISED = re.compile(r"[（(][^（）()]+[)）]")


def read_front(lines: list[str]) -> tuple[Front, list[str]]:
    """Take the front zone off the start of `lines`: title, subtitle, epigraph, dateline,
    salutation, furniture; return them and the body."""
    front = Front()
    lines = [part for line in lines for p in titled_salutation(line) for part in _speaker_apart(p)]
    # A headline may ask or exclaim when a subtitle completes it: `…何以有效？` / `——基于…`.
    # So may one over the page's metadata: `…——如何跨村“联姻”携手共富？` / `2024-03-07 来源：…`.
    asking_headlines = {
        i
        for i, line in enumerate(lines[:-1])
        if len(line) <= TITLE_MAX
        and (
            _ASKS_OVER_SUBTITLE.fullmatch(line)
            or (
                not SENTENCE_MARK.search(line[:-1])
                and (
                    _SUBTITLE_DASH.match(lines[i + 1])
                    or (_asks_or_exclaims(line) and is_marked_furniture(lines[i + 1]))
                    # or one heading the page, or over a line that is no sentence (its second)
                    or (line.endswith(("？", "?")) and (i == 0 or not _is_body(lines[i + 1])))
                )
            )
        )
    }
    start = next(
        (
            i
            for i, line in enumerate(lines)
            if i not in asking_headlines
            and (
                _is_body(line)
                or (_NUMBERED.match(line) and not is_furniture(line) and not is_affiliation(line))
                or is_part_label(line)
                or heads_text(line, lines[i + 1 : i + 2])
                # (an entry's date over its text; a dated page's metadata is over its widgets)
                or (is_diary_date(line) and i + 1 < len(lines) and _is_body(lines[i + 1]))
            )
        ),
        0,
    )
    if (
        start == 0
        and len(lines) > 1
        and is_open_line(lines[0])
        and len(lines[0]) <= TITLE_MAX
        and not is_part_label(lines[0])
        and not is_diary_date(lines[0])
        and not _NUMBERED.match(lines[0])  # a page that opens on a numbered header
    ):
        start = 1  # a title directly above a body whose first paragraph is short
    if start > 1 and _opens_text(lines[start - 1]):
        start -= 1  # (a short first sentence under the title: `初冬的风，潮湿，阴冷。`)
    elif start > 1 and _broken_opening(lines[start - 1], lines[start]):
        lines = [*lines[: start - 1], lines[start - 1] + lines[start], *lines[start + 1 :]]
        start -= 1
    zone, body = lines[:start], list(lines[start:])
    # The title stands near the text; what a page prints further up is its menus (and a page
    # of nothing but short lines must not cost a name check for each).
    front.furniture += zone[:-_ZONE_MAX]
    skipped = max(len(zone) - _ZONE_MAX, 0)
    candidates: list[str] = []
    # the candidates above a 范文 site's blurb over the text (`下面是小编…`), if it has one
    above_blurb: int | None = None
    subtitle = subtitled = ""
    opening: list[str] = []
    run_on: list[str] = []
    joined_at = -1  # the line a title broken at a wrap was last joined up to
    for at, line in enumerate(zone[skipped:], skipped):
        if above_blurb is None and is_blurb(line):
            above_blurb = len(candidates)
        if (
            candidates
            and (candidates[-1] == zone[at - 1] or joined_at == at - 1)
            and title_goes_on(candidates[-1], line)
        ):
            candidates[-1] += line  # a title broken at a wrap: `…奏响乡村发` over `展“奋进曲”`
            joined_at = at
        elif file_title := as_file_title(line):
            front.furniture.append(line)
            candidates.append(file_title)
        elif (
            # (a boxed line of reporters is their credit: `□新华社记者许仕豪 李丽`)
            (
                _AUTHORED.search(line)
                and len(line) <= TITLE_MAX
                and not (front.reporters is None and reporter_line(line))
            )
            or (
                (named := _INSTITUTION_FIRST.match(line) or _UNIT_THEN_NAME.match(line))
                and author_line(named["names"])
            )
            or _REPRINT_NOTE.search(line)
            or ABSTRACT_LABEL.fullmatch(line)
            or EDITOR_NOTE_LABEL.fullmatch(line)
            or _LABELLED_KEYWORDS.match(line)
            or is_affiliation(line)
            or PAPER_NOTE.match(line)
        ):
            front.furniture.append(line)  # `…研究员白瑾撰`: who wrote it, not the title
        elif is_epigraph(line) and front.epigraph is None:
            if candidates and not _MARKED_EPIGRAPH.search(line):
                opening.append(line)  # under a title, a couplet is the writer's first sentence
            else:
                front.epigraph = line
        elif at == len(zone) - 1 and body and ABSTRACT_LABEL.match(body[0]) and _named(line):
            front.author = front.author or line  # a paper's writers, over its abstract
            front.furniture.append(line)
        elif is_speaker_line(line) or _named_in_metadata(line, front.furniture):
            front.furniture.append(line)
        elif _SUBTITLE_DASH.match(line) and candidates and not subtitle:
            subtitle, subtitled = line, candidates[-1]  # the title is the line it completes
        elif front.reporters is None and reporter_line(line):
            front.reporters = line
        elif is_credit_label(line):  # (the reporters' label alone: `新华社“中国网事”记者`)
            front.furniture.append(line)
        elif front.dateline is None and (lone := lone_dateline(line)):
            front.dateline, front.credit = lone[0], front.credit or lone[1]
        elif (label := _TITLE_LABEL.match(line)) and len(line) - label.end() <= TITLE_MAX:
            front.furniture.append(line)
            candidates.append(own_words(line[label.end() :]))
        elif (
            (
                is_open_line(line)
                or at in asking_headlines
                or _asks_or_exclaims(line)
                or stopped_title(line)
                or _open_under_fields(line)
            )
            and len(own := own_words(line)) <= TITLE_MAX
            and (
                not (furniture := is_furniture(line))
                # (a headline the page's date or fields ran onto, its break lost)
                or _run_on_headline(line, own)
                # (not a breadcrumb whose last crumb counts them: `…> 公文范文 > …标准6篇`)
                or (COLLECTION_COUNT.search(line) and len(CRUMB_SEPARATOR.split(line)) < 3)
                # (a page of one piece titled with its number, which it keeps; under a blurb,
                # the label of a collection's piece)
                or (_NUMBERED_PIECE.search(line) and above_blurb is None)
            )
            and not reporter_line(line)
            and not _CREDIT_OPENING.match(line)
            and not _NUMBERED.match(line)
            and not _PARENTHESISED.fullmatch(line)
            and not ((len(line) <= _NAME_MAX or _NAME_LIST.fullmatch(line)) and author_line(line))
            and not (len(line) <= _OFFICE_MAX and _OFFICE_LINE.match(line))
        ):
            # (a headline run onto the page's fields is the title only where no line is)
            ran_on = furniture and _run_on_headline(line, own)
            (run_on if ran_on else candidates).append(own)
            if own != line:  # the title printed twice on one line, or tagged
                front.furniture.append(line)
        else:
            front.furniture.append(line)
    candidates = candidates or run_on
    body[:0] = opening
    # The text may open on a sentence that hands over with a dash (`…处在“高光时刻”——`): the
    # last line above the text, under the title, is the lead, not a lead-in to a title.
    if len(candidates) > 1 and zone and candidates[-1] == zone[-1] and zone[-1].endswith("——"):
        body.insert(0, candidates.pop())
    # the page's title stands over the blurb, the piece's own title (`…总结一`) under it; the
    # title printed again under it still says which line above is the title
    if above_blurb:
        above, below = candidates[:above_blurb], candidates[above_blurb:]
        again = [
            c for c in below if any(a.startswith(c) or files_year_before(a, c) for a in above)
        ]
        front.furniture += [c for c in below if c not in again]
        candidates = above + again
    candidates, cover = without_cover_words(joined_lead_ins(candidates))
    front.furniture += cover
    title = subtitled or title_of(candidates, body)
    for candidate in candidates:
        if candidate != title or front.title is not None:
            front.furniture.append(candidate)
        else:
            front.title = candidate
    if front.title and (named := name_after(front.title)):
        front.title, front.author = named
    if front.title and subtitle:
        front.title += subtitle
    elif subtitle:
        front.furniture.append(subtitle)
    join_title_cut_by_wrap(front, body)
    if front.title is None and body:
        title_named_by_breadcrumb(front, body)
    if front.title is None and body:
        title_glued_to_text(front, body)
    if (
        len(body) > 1
        and is_epigraph(body[0])
        and front.epigraph is None
        and (front.title is None or _MARKED_EPIGRAPH.search(body[0]))
    ):
        front.epigraph = body.pop(0)
    if body and (dated := _DATED_BYLINE.match(body[0])):
        front.furniture.append(dated["who"])  # who issued or gave it, and when
        body[0] = dated["rest"]
    elif body and (named := AFFILIATED_TEXT.match(body[0])) and surnamed(named["names"]):
        front.furniture.append(body[0][: named.start("rest")].strip())  # the authors, posts
        body[0] = named["rest"]
    elif body and (office := _OFFICE_BEFORE_DATE.match(body[0])):
        front.furniture.append(office["office"])  # the office that wrote it, its line lost
        body[0] = body[0][office.end("office") :]
    elif (
        body
        and front.furniture
        and len(front.furniture[-1]) <= _OFFICE_TAIL_MAX
        and _ENDS_IN_OFFICE.search(front.furniture[-1])
        and (spoken := _NAME_BEFORE_DATE.match(body[0]))
        and surnamed(spoken["who"])
    ):
        # the speaker under the office set aside above, and the day, run into the text
        front.author = front.author or spoken["who"]
        front.furniture.append(spoken["when"])
        body[0] = spoken["rest"]
    if (
        front.dateline is None
        and len(body) > 1
        and len(body[0]) <= CAPTION_MAX
        and sum(map(body[0].count, "。！？")) <= 1
        and split_dateline(body[1])
    ):
        # a picture's caption (a sentence) between the title and the dateline: the story opens
        # at the dateline
        front.furniture.append(body.pop(0))
    take_salutation(front, body)
    take_dateline(front, body)
    _take_listing_fields(front, zone, body)
    take_paper_front(front, body)
    # A summary the page printed above `引言` is the article's abstract, the text starts under it.
    if front.epigraph is None and len(body) > 2 and _OPENING_PART.fullmatch(body[1]):
        front.epigraph = body.pop(0)
    if front.epigraph is None and body and is_abstract(zone, body):
        front.epigraph = body.pop(0)
    # An academic abstract labelled in its paragraph, with no keywords under it (`摘 要：…`,
    # `内容提要 …`); a news page's short `摘要：` opens its lead (below).
    label = ABSTRACT_LABEL.match(body[0]) if body else None
    if front.epigraph is None and len(body) > 1 and label and len(body[0]) >= ABSTRACT_MIN:
        front.furniture.append(label.group().strip())
        front.epigraph = body.pop(0)[label.end() :]
    if body and (label := _LEAD_LABEL.match(body[0])) and len(body[0]) > label.end():
        # an editor's note or reading guide stands before the story (`导读：…`, then the text)
        if BEFORE_STORY.search(label.group()) and len(body) > 1 and front.epigraph is None:
            front.epigraph = body.pop(0)
        else:
            front.furniture.append(label.group().strip())
            body[0] = body[0][label.end() :]
    _take_column_note(front, body)
    return front, body


# A paragraph that speaks of the publication, not of the story: a column or a series announced
# (`…公众号推出“驻村日记”专栏`, `今天推出系列报道的第一篇。`, `本期展播的是兴四村。`).
# (the publication names itself: a county that opens a column in its news is the story)
_COLUMN_NOTE = re.compile(
    r"(?:本报|本刊|本网|本台|公众号|即日起)[^。！？]{0,30}?(?:推出|开设|开辟|展播|将)"
    rf"|系列报道的?第[{NUMERALS}\d]+篇|本期(?:展播|推出|刊发|介绍)|敬请关注"
)
_COLUMN_NOTE_REACH = 2  # paragraphs: an editor's note stands at the top, in one or two (on dev)


def _take_column_note(front: Front, body: list[str]) -> None:
    """The paragraphs at the top, down to the last that announces the column or the series
    the story appears in, are the editor's note before the story, not its lead."""
    note_end = None
    for at, paragraph in enumerate(body[: min(_COLUMN_NOTE_REACH, len(body) - 1)]):
        if is_open_line(paragraph):
            break  # a header: the story has begun
        if _COLUMN_NOTE.search(paragraph):
            note_end = at + 1
    if note_end is None:
        return
    front.epigraph = "\n".join([*filter(None, [front.epigraph]), *body[:note_end]])
    del body[:note_end]


# An office's name run into a text that opens on the date (`县人大常委会农工委2019年10月11日，
# 县人大…`): the text says when before it says who, so the office is the writer, not the subject.
_OFFICE_BEFORE_DATE = re.compile(
    rf"(?P<office>[{HAN}]{{2,16}}?(?:委|局|部|办|厅|工委|中心))"
    r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[，,]"
)


# A unit or speaker and the date, under a report's or a speech's title, run into its text:
# `盟委组织部（20XX 年 4 月）农村基层党组织是…`.
# (a unit, or an office and a name: not a time, `今年（2023年）以来…`)
_ENDS_IN_OFFICE = re.compile(rf"(?:{OFFICES}|常委|委员)$")
_OFFICE_TAIL_MAX = 30
# (the year in brackets, its figures masked or not: `（20XX 年 4 月）`, `（2011年8月18日）`)
_BRACKETED_YEAR = r"[（(]\s*(?:19|20)[\dXx×]{2}\s*年[\d\s月日]{0,10}[)）]"
_NAME_BEFORE_DATE = re.compile(
    rf"(?P<who>[{HAN}]{{2,3}})\s*(?P<when>{_BRACKETED_YEAR})\s*(?P<rest>\S.*)"
)
_DATED_BYLINE = re.compile(
    rf"(?P<who>[^，。；：！？“”（(]{{0,28}}?(?:部|委|局|办|室|厅|院|校|处|站|所|中心"
    rf"|(?:{OFFICES}|委员|常委)\s*[{HAN}]{{2,3}})"
    rf"\s*{_BRACKETED_YEAR})\s*(?P<rest>\S.*)"
)


def _take_listing_fields(front: Front, zone: list[str], body: list[str]) -> None:
    """A journal listing prints its fields as labels on lines of their own, each value under
    its label (`作者简介：`, then `袁雪，济南市团校，…`), and short fields whole (`期刊代号：D421`).
    With two labels above the text, a value under a label is furniture, an abstract's is the
    epigraph, and the text starts after the last field."""
    if sum(map(_is_bare_label, zone)) < _LISTING_LABELS:
        return
    label = zone[-1] if _is_bare_label(zone[-1]) else ""  # the label whose value comes next
    while len(body) > 1:
        if label:
            value = body.pop(0)
            if ABSTRACT_LABEL.fullmatch(label) and front.epigraph is None:
                front.epigraph = value
            else:
                front.furniture.append(value)
            label = ""
        elif _is_bare_label(body[0]):
            label = body.pop(0)
            front.furniture.append(label)
        elif _SHORT_FIELD.fullmatch(body[0]):
            front.furniture.append(body.pop(0))
        else:
            break


_LISTING_LABELS = 2
_BARE_LABEL = re.compile(rf"[{HAN}][{HAN}\s]{{1,7}}[:：]")
_SHORT_FIELD = re.compile(rf"[{HAN}][{HAN}\s]{{1,7}}[:：]\s*[^，。；！？]{{1,24}}")


def _is_bare_label(line: str) -> bool:
    """A field's label alone on its line (`作者简介：`); a salutation is not one."""
    return bool(_BARE_LABEL.fullmatch(line)) and not is_salutation(line)


def _named_in_metadata(line: str, furniture: list[str]) -> bool:
    """The authors' names on a line of their own, which a journal mirror's metadata line above
    ends on (`2021-09-14 02:51方小姣周毕芬`, then `方小姣 周毕芬`)."""
    names = "".join(line.split())
    return _NAMES_MIN <= len(names) <= _NAMES_MAX and any(
        _CLOCK.search(above) and "".join(above.split()).endswith(names) for above in furniture
    )


_NAMES_MIN, _NAMES_MAX = 2, 12
_CLOCK = re.compile(r"\d{1,2}:\d{2}")
