"""The front of an article: title, epigraph, dateline, salutation — each recognised by its shape
and position — and the page furniture around them.

On a saved page the article's first body paragraph is preceded by whatever the site printed:
its name, breadcrumbs, metadata (`2018-03-20 10:39 来源：… 作者：…`), widgets, the title once or
twice, a column name. Everything before the first body paragraph is the front zone; in it the
title is the title-shaped line (open, short, mostly Han, not furniture) that the page repeats or
that stands nearest the body. What the page prints around the article is told in `furniture`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from drafter.parse.byline import author_line, reporter_line, surnamed
from drafter.parse.dateline import lone_dateline, split_dateline, take_dateline
from drafter.parse.furniture import (
    BODY_MIN,
    CAPTION_MAX,
    SENTENCE_MARK,
    field_after,
    is_blurb,
    is_furniture,
    is_marked_furniture,
    site_after_title,
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
from drafter.text.chars import HAN, HAN_CHAR
from drafter.text.lazy import LazyPattern
from drafter.vocabulary import NUMERALS

# A sentence is closed by one of these; a title or header line is not.
CLOSED = "。！？；：…"
_CLAUSES = re.compile("[，；、]")
_TITLE_MAX = 60
_TITLE_HAN_MIN = 6  # Han characters a title keeps when what the page ran onto it is cut off
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
# The first piece's label run onto the collection's title (`党员队伍建设的调研3篇【篇一】`,
# `…讲稿（优质19篇）篇一`), a document site's label on the image of each page (`…调研报告_第1页`),
# or the piece's number run onto a title that names the kind of text (`…推进会上的讲话1`).
_PIECE_LABEL_AFTER = re.compile(
    r"[（(【]篇[一二三四五六七八九十]{1,3}[)）】]$|(?:(?<=[)）])|\s)篇[一二三四五六七八九十]{1,3}$"
    r"|_第\d{1,3}页$"
    r"|(?<=讲话|发言|言稿|讲稿|话稿|报告|总结|材料|体会|方案)[1-9]$"
)
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
# A listing site's category words after a headline: `…蓬勃发展（党建引领 乡镇）`.
# (the spaces before a tag are the title's to strip: a pattern that took them would try every
# space of a long run)
_SITE_TAGS = re.compile(
    rf"[（(][{HAN}]{{2,8}}(?:\s+[{HAN}]{{2,8}})+[)）]$"
    # or a forum's or a site's widget after the title: `… [打印本页]`
    r"|[\[【](?:打印本页|打印此页|打印|关闭窗口|关闭|收藏本页|收藏)[\]】]$"
    # or a 范文 site's note on the version it offers: `…发言材料（精品）`, `…的讲话（终稿）`
    r"|[（(](?:精品|终稿|定稿|完整版|最新版?|全文(?:完整)?|精选|通用版?|推荐)[)）]$"
)
# The offices a speaker or signer holds (each pattern below adds its own).
OFFICES = "书记|主任|主席|部长|县长|区长|市长|镇长|乡长|局长"
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


# A subtitle's dash, typed as the page could: `——`, `--`, `-—`.
_SUBTITLE_DASH = re.compile(r"[—\-－–]{2}")
_REPRINT_NOTE = re.compile(
    r"(?:全文|原文|内容)如下[:：]?$|(?:转载|转自|来源于)[^。]{0,30}[。：:]?$"
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
_FILE_TITLE = re.compile(
    r"^《?(?P<title>[^《》]{4,60}?)\s*\.(?:docx?|pdf|wps|txt)》?$", re.IGNORECASE
)
# Who is addressed (`尊敬的镇党委x书记、x镇长、各位同志：`): names and offices, anonymised or not.
_ADDRESSED = (
    rf"[{HAN}、，,\sA-Za-z×＊*]{{0,40}}(?:同志们|同志|领导|来宾|朋友们|同学们|乡亲们|代表(?!团)|各位|大家好)"
)
# (not someone's words introduced: `今年两会，在参加…代表团审议时指出：`)
_ADDRESSEES = rf"(?![^:：]*(?:指出|强调|表示|提出|说)){_ADDRESSED}[{HAN}、，,\s]{{0,10}}[:：]"
_GREETING = re.compile(
    r"(?:各位|同志们)?[，,]?(?:大家(?:早上|上午|中午|下午|晚上)?|早上|上午|中午|下午|晚上)好[！!。]?"
)
# (a greeting may follow on the same line: `同志们： 大家好！`)
_SALUTATION = re.compile(rf"^{_ADDRESSEES}\s*(?:{_GREETING.pattern})?$")
# A speech's title and its salutation on one line, a space between (`…工作 汇 报 尊敬的A组长，…：`).
_TITLED_SALUTATION = re.compile(
    r"^(?P<title>[^\s，,：:。！？]{6,60}(?:[ \u3000]+[^\s，,：:。！？]{1,60})*?)[ \u3000]+"
    r"(?P<salutation>(?:尊敬的|各位|亲爱的|同志们)[^。！？]{0,60}[：:])$"
)
# Or with nothing between, the break lost (`党课讲稿：抓实基层党建 发挥堡垒作用同志们：`): only the
# hall's usual names, after a title that addresses no one itself.
_GLUED_SALUTATION = re.compile(
    r"^(?P<title>[^。！？]{6,60}?)"
    r"(?P<salutation>(?:同志们|各位(?:领导|同志|代表|来宾)|尊敬的)[^。！？：:]{0,40}[：:])$"
)
# Or it ends at a comma, the greeting run on after it: `尊敬的各位领导，亲爱的同事们，大家上午好。`
_SALUTATION_OPENING = re.compile(
    rf"^(?P<salutation>{_ADDRESSEES}|{_ADDRESSED}[{HAN}、，,\s]{{0,10}}?[，,](?={_GREETING.pattern}))"
)
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


def is_part_label(line: str) -> bool:
    """`引言`, `前言`, `结语`: the name of a part of a document, a header on its own."""
    return bool(_PART_LABEL.fullmatch(line))


def is_open_line(line: str) -> bool:
    """A line that does not end a sentence: a title or a header of its own. A sentence closed
    inside a quotation is closed (`…老书记说：“…心情特别激动！”`)."""
    return bool(line) and line.rstrip("”’」』")[-1:] not in CLOSED


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


def is_salutation(line: str) -> bool:
    return bool(_SALUTATION.match(line))


# A part's number alone on its line, its text under it with no header's words (`一、`).
BARE_NUMBER = re.compile(
    rf"(?P<mark>(?P<number>[{NUMERALS}]{{1,3}})、|[（(](?P<inner>[{NUMERALS}]{{1,3}})[)）])"
)


def heads_text(line: str, after: list[str]) -> bool:
    """`line` is a part's number alone, over the part's text: a paragraph, not a header."""
    return bool(BARE_NUMBER.fullmatch(line)) and bool(after) and _is_body(after[0])


def _is_body(line: str) -> bool:
    """A paragraph of the article: a sentence of some length that is not furniture (an epigraph
    is a sentence of the front), a dateline, a salutation."""
    sentence = (
        bool(SENTENCE_MARK.search(line))
        and not _stopped_title(line)
        and not _REPRINT_NOTE.search(line)  # `…在《西安日报》发表。全文如下：` stands before
        and not _TITLE_LABEL.match(line)  # `原标题：…？` is the front, though it ends a sentence
        and len(HAN_CHAR.findall(line)) >= _BODY_HAN_MIN
        and not is_furniture(line)
        and not is_epigraph(line)
    )
    return sentence or bool(split_dateline(line)) or is_salutation(line)


def _undoubled(line: str) -> str:
    """`乡村振兴领头雁乡村振兴领头雁` → `乡村振兴领头雁`: a title the page printed twice, the
    first time perhaps under a prefix of its own (`2023年专题党课：… 专题党课：…`)."""
    half = len(line) // 2
    if len(line) % 2 == 0 and line[:half] == line[half:]:
        return line[:half]
    for space in _SPACE.finditer(line):
        first, second = line[: space.start()], line[space.end() :]
        if len(second) >= _SHORTENED_MIN and first.endswith(second):
            return second
    return line


_SPACE = re.compile(r"\s+")


def _named(line: str) -> bool:
    """Names only, under common surnames, with no other word (`汪珺`, `张三 李四`)."""
    return bool(_HAN_WORDS.fullmatch(line)) and surnamed(line)


_HAN_WORDS = re.compile(rf"[{HAN}]{{2,3}}(?:[ \u3000，、]+[{HAN}]{{2,3}})*")


def _as_file_title(line: str) -> str | None:
    """`《在县委农村工作会议上的发言.docx》` → the title a document site printed as a file name."""
    match = _FILE_TITLE.match(line)
    return match["title"] if match else None


_WRAPPED_TAIL = re.compile(rf"[{HAN}]{{1,2}}")
# The words a title ends on that name the kind of text it heads (`…上的讲话`, `…调研报告`).
KIND_OF_TEXT = "讲话|发言|致辞|讲稿|主持词|报告|总结|计划|材料|汇报|方案"
_NAMED_KIND_END = re.compile(rf"(?:{KIND_OF_TEXT})$")
_STOPPED_TITLE = re.compile(rf"[^，,。；;！？!?：:]{{8,58}}(?:{KIND_OF_TEXT})。")


def _wrapped_tail(title: str, line: str) -> bool:
    """`line` is the last character or two of `title`, wrapped onto a line of their own: the
    two end on the word that names the kind of text, which `title` alone does not."""
    return bool(
        _WRAPPED_TAIL.fullmatch(line)
        and _NAMED_KIND_END.search(title + line)
        and not _NAMED_KIND_END.search(title)
    )


def _joined_lead_ins(candidates: list[str]) -> list[str]:
    """A headline's lead-in that ends on a dash runs on into the line under it, and so does a
    speech's title broken over two lines (`在全区村居“两委”换届选举工作`, `会议上的讲话`); a
    lead-in that ends on who said it (`组织部长…在基层调研时强调`) runs on, a space apart, into
    what was said."""
    joined: list[str] = []
    for candidate in candidates:
        if joined and (
            joined[-1].endswith(("——", "--"))
            or (
                joined[-1].startswith("在")
                and not _SPOKEN_AT.search(joined[-1])
                and _SPOKEN_AT.match(candidate)
            )
        ):
            joined[-1] += candidate
        elif joined and _SAYS.search(joined[-1]):
            joined[-1] += f" {candidate}"
        else:
            joined.append(candidate)
    return joined


# (`…在基层调研时强调`: a headline does not end on the verb; its words are the line under it)
_SAYS = re.compile(r"(?:时|上)(?:强调|指出|要求|表示)$")


# Where a speech's title ends: `…会议上的讲话`, `…上的表态发言`.
_SPOKEN_AT = re.compile(r"[^，。：]{0,30}上的(?:讲话|发言|表态发言|交流发言|致辞|主持词|汇报)$")
_COVER_LINES = 12  # a cover's word lines, at most


def _asks_or_exclaims(line: str) -> bool:
    """A headline may ask (`144位村书记为啥成为座上宾？`) or exclaim (`…老人免费吃午餐！`)."""
    return line.endswith(("？", "?", "！", "!"))


def _stopped_title(line: str) -> bool:
    """A title that names its kind, closed by a full stop: `关于农村红白喜事调查报告。`."""
    return bool(_STOPPED_TITLE.fullmatch(line))


def _without_cover_words(candidates: list[str]) -> tuple[list[str], list[str]]:
    """(the candidates, a document cover's word lines): a cover prints the title a few words
    to a line (`农村基层`, `党组织`, `建设`…) above the title printed whole."""
    cover: set[int] = set()
    for end, whole in enumerate(candidates):
        length = 0
        for start in range(end - 1, max(end - _COVER_LINES, 0) - 1, -1):
            length += len(candidates[start])
            if length >= len(whole):  # the lines above, joined, are as long as the title
                if end - start > 1 and "".join(candidates[start:end]) == whole:
                    cover.update(range(start, end))
                break
    return (
        [c for i, c in enumerate(candidates) if i not in cover],
        [c for i, c in enumerate(candidates) if i in cover],
    )


def _title_of(candidates: list[str], body: list[str]) -> str | None:
    """The title among the front zone's title-shaped lines: a collection's counted title; one
    the page repeats (or that another candidate extends with a column note); else the one
    nearest the body, unless a line above shares clearly more words with the text's opening; a
    headline that asks only when no other line could be the title."""
    if not candidates:
        return None
    # a 范文 site's page of several pieces is titled by the line that counts them, not by the
    # first piece's own title under it (`…工作日记范文（精选10篇）` over `…工作日记 1`); or
    # by that line without its count, when the page printed it so first
    counted = next((i for i, c in enumerate(candidates) if _COLLECTION_COUNT.search(c)), None)
    if counted is not None:
        first = candidates[counted]
        return next((c for c in candidates[:counted] if first.startswith(c)), first)
    # (a writer's name a journal's page prints above and under the title is no title: `张春华`)
    printed = Counter(candidates)  # (a page may hold thousands of lines: no count per line)
    named_twice = {c for c, times in printed.items() if times > 1 and surnamed(c)}
    if named_twice and (others := [c for c in candidates if c not in named_twice]):
        candidates = others
    # (a headline the page prints twice is its title, whatever mark it ends on)
    if again := next((c for i, c in enumerate(candidates) if c in candidates[i + 1 :]), None):
        # (unless it files a year before the document's own title, which stands nearest the
        # text: `2022年度贫困村调研报告（全文完整）` twice over `贫困村调研报告`)
        return candidates[-1] if _files_year_before(again, candidates[-1]) else again
    if stated := [c for c in candidates if is_open_line(c)]:
        candidates = stated
    for candidate in candidates:
        others = [c for c in candidates if c is not candidate]
        if any(
            o == candidate or (o.startswith(candidate) and len(o) > len(candidate)) for o in others
        ):
            return candidate
    nearest = candidates[-1]
    # A title names what the text is about: a line above that shares clearly more words with the
    # text's opening than the nearest line does is the title, the nearest a column's or a
    # section's name, a tagline, a piece's label (`火蓝筑梦` under `脱贫攻坚 党建先行`).
    if len(candidates) > 1 and body:
        opening = _pairs("".join(body[:_OPENING_PARAGRAPHS])[:_OPENING_REACH])
        shared = [len(_pairs(c) & opening) for c in candidates]
        best = max(range(len(candidates)), key=lambda i: (shared[i], i))
        if shared[best] >= shared[-1] + _SHARED_MORE:
            nearest = candidates[best]
    # The article's own title shortened from the page's headline above it (`在…上的致辞` under
    # `龙明彪副主任在…上的致辞`, `党委书记培训班讲话` under `市委书记在…党委书记培训班上的讲话`):
    # the headline says it whole. Not a label (`文档介绍：…`, `[…]`), nor two titles run together,
    # nor a document site's year filed before it (`2022年度贫困村调研报告` over `贫困村调研报告`).
    if len(nearest) >= _SHORTENED_MIN:
        for candidate in reversed(candidates[:-1]):
            added = _added_to(nearest, candidate)
            if (
                added
                and not _LABEL_MARKS.search(added)
                and not _repeats(added, nearest)
                and not _FILED_YEAR.fullmatch(added)
            ):
                return candidate
    return nearest


_FILED_YEAR = re.compile(r"(?:免费|最新)?(?:(?:19|20)\d{2}年?度?|[（(]\d{2,4}年\d{1,2}月[)）]|\s)+")


def _files_year_before(headline: str, title: str) -> bool:
    """Whether a document site's `headline` is `title` with a year filed before it (and the
    site's tag after it): `2022年度贫困村调研报告（全文完整）` over `贫困村调研报告`."""
    own = _own_words(headline)
    return own != title and own.endswith(title) and bool(_FILED_YEAR.fullmatch(own[: -len(title)]))


# How a collection's title counts its pieces (two or more, not `第二篇`): `（精选10篇）`,
# `大全(19篇)`, `（共五则范文）`, `-13篇`, `三篇`.
_PIECES = (
    r"(?<!第)(?:[2-9]|[1-9]\d{1,2}|[二三四五六七八九两]"
    r"|十[一二三四五六七八九]?|[二三四五六七八九]十[一二三四五六七八九]?)"
)
_COLLECTION_COUNT = re.compile(
    rf"(?:[（(]\s*(?:共|精选|优质|优秀|通用|热门|推荐|最新)?\s*{_PIECES}\s*[篇则份](?:范文)?\s*[)）]"
    rf"|(?:大全|汇编|合集|范文|精选|-|[{HAN}])\s*{_PIECES}\s*[篇则])$"
)
_NUMBERED_PIECE = re.compile(r"\s篇\s*\d{1,2}$")  # `换届选举会议主持词 篇8`
_BRACKETED = re.compile(r"\[[^\[\]:：]{6,}\]")
# (a line wholly in round brackets is a caption or a credit: `（徽县县城鸟瞰）`, never the title)
_PARENTHESISED = re.compile(r"[（(][^（）()]+[)）]")
_OPENING_PARAGRAPHS, _OPENING_REACH = 3, 400  # the text's opening, in paragraphs and characters
_SHARED_MORE = 3  # pairs of Han characters a title shares with it beyond the nearest line's


def _pairs(text: str) -> set[str]:
    """The pairs of Han characters side by side in `text`: its words, roughly."""
    return {text[i : i + 2] for i in range(len(text) - 1) if _HAN_PAIR.fullmatch(text[i : i + 2])}


_HAN_PAIR = re.compile(f"[{HAN}]{{2}}")


# A title with its author's name after a space: `难忘的40年党员冬训 郝立良`.
_TITLE_THEN_NAME = re.compile(rf"^(?P<title>\S.{{5,}}?)[ \u3000]+(?P<name>[{HAN}]{{2,3}})$")
_JOINING = ("的", "之", "和", "与", "及")  # (`乡村振兴路上的 金扁担`: one phrase, no name)
_SHORTENED_MIN = 6
_LABEL_MARKS = re.compile(r"[:：\[\]【】<>《》|｜]")


# A title the page ran into its first paragraph ends on a word that names the kind of text
# (`…调研报告`, `…上的讲话`, `…情况汇报`), or before a lead's usual opening: a time and a comma
# (`…积分制管理日前，东阳结合…`) or a salutation, after words that are not a place's or an
# office's name, nor an outlet's credit (`中国报道网（通讯员唐华）1月4日，…`).
_ADDRESS_OPENING = re.compile("尊敬的|各位|亲爱的|同志们")  # a salutation, not a glued title
_GLUED_TITLE = re.compile(
    r"^(?P<title>[^，。：；！？\s]{2,40}?"
    r"(?:(?:调研|调查|研究|分析|述职|工作|情况)报告|情况(?:汇报|总结)|材料|发言|讲话|讲稿|致辞|主持词"
    r"|演讲稿|心得体会|工作总结|工作计划|做法|纪实|综述)"
    r"(?:范文|范本)?"  # (as a 范文 site names it: `…调查情况报告范文为了解xx区…`)
    # (the text may open on a name a 范文 site masked: `…主持词xxx等x名预备党员…`)
    rf"(?=[{HAN}“\d]|[xX×*＊]{{2,}})(?!精神|的|和|与|中|时|上)"
    # (a study named for what it is about: `关于农村集体“三资”管理的调研农村集体资金、…`)
    rf"|关于[^，。：；！？\s]{{2,40}}?的(?:调研|调查|思考)(?=[{HAN}“\d])(?!报告|与|和|及)"
    # (or it runs into the paper's own dateline: `支书当考生群众来打分本报讯（通讯员…）`)
    rf"|[^，。：；！？\s（）()][^，。：；！？（）()\n]{{4,48}}?[^，。：；！？\s（）()]"
    rf"(?=[ \u3000]?(?:本报|本台|本网)[{HAN}\d]{{0,12}}讯)"
    # (a place and a colon may label it: `太尉镇：多措并举做好…工作为进一步做好…`; two phrases a
    # space apart: `党建引领网格化管理 助推乡村振兴近年来，…`)
    r"|(?:[^，。：；！？\s（）()]{2,12}[：:])?[^，。：；！？\s（）()]{8,40}?"
    r"(?:[ \u3000][^，。：；！？\s（）()]{4,20}?)?"
    r"(?<![县区市镇乡村省州部委局讯电\s])"
    r"(?=(?:近年来|近日|日前|今年以来|去年以来|(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上)?"
    r"|\d{4}年以来"
    r"|自[^，。]{2,20}以来)，|尊敬的|同志们"
    # or a lead opening on its aim (`为进一步做好群众动态监测和帮扶工作，…`)
    r"|为(?:进一步|深入|全面|切实|扎实|更好|加快|持续|认真|有效)[^。]{2,40}，))"
)
# A breadcrumb's separators: `首页 > 工作范文 > 某某调查汇报`, `首页 » …`, `首页 -> …`.
_CRUMB_SEPARATOR = re.compile(r"\s*(?:->|>|»|›|/)\s*")
_CRUMB_MIN = 6  # characters of a last crumb that may be the title
_CRUMB_REACH = 40  # how far into the first paragraph the title may be glued


def _title_glued_to_text(front: Front, body: list[str]) -> None:
    """The title a page ran into its first paragraph, cut off where its shape ends."""
    glued = _GLUED_TITLE.match(body[0])
    if not glued or _ADDRESS_OPENING.match(body[0]):
        return
    rest = body[0][glued.end() :]
    if len(glued["title"]) >= _SHORTENED_MIN and (
        len(rest) >= BODY_MIN or _SALUTATION_OPENING.match(rest)
    ):
        front.title, body[0] = glued["title"], rest


def _title_named_by_breadcrumb(front: Front, body: list[str]) -> None:
    """A page with no title line may glue its title to the text (`参考资料，少熬夜！某某调查汇报
    局领导：根据…`); its breadcrumb's last crumb names that title, and where it stands in the
    first paragraph the title ends."""
    for line in front.furniture:
        crumbs = _CRUMB_SEPARATOR.split(line)
        if len(crumbs) < 3 or len(last := crumbs[-1].strip()) < _CRUMB_MIN:
            continue
        at = body[0].find(last, 0, _CRUMB_REACH + len(last))
        if at < 0 or len(body[0]) - at - len(last) < BODY_MIN:
            continue
        if before := body[0][:at].strip():
            front.furniture.append(before)
        front.title = last
        body[0] = body[0][at + len(last) :].strip()
        return


def _added_to(short: str, long: str) -> str | None:
    """What `long` adds to `short` when every character of `short` is in it, in order."""
    added: list[str] = []
    rest = iter(long)
    for char in short:
        for other in rest:
            if other == char:
                break
            added.append(other)
        else:
            return None
    added.extend(rest)
    return "".join(added) or None


def _repeats(added: str, title: str, run: int = 4) -> bool:
    return any(title[i : i + run] in added for i in range(len(title) - run + 1))


def read_front(lines: list[str]) -> tuple[Front, list[str]]:
    """Take the front zone off the start of `lines`: title, subtitle, epigraph, dateline,
    salutation, furniture; return them and the body."""
    front = Front()
    lines = [part for line in lines for part in _titled_salutation(line)]
    # A headline may ask or exclaim when a subtitle completes it: `…何以有效？` / `——基于…`.
    # So may one over the page's metadata: `…——如何跨村“联姻”携手共富？` / `2024-03-07 来源：…`.
    asking_headlines = {
        i
        for i, line in enumerate(lines[:-1])
        if (
            _SUBTITLE_DASH.match(lines[i + 1])
            or (_asks_or_exclaims(line) and is_marked_furniture(lines[i + 1]))
        )
        and len(line) <= _TITLE_MAX
        and not SENTENCE_MARK.search(line[:-1])
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
        and len(lines[0]) <= _TITLE_MAX
        and not is_part_label(lines[0])
        and not is_diary_date(lines[0])
        and not _NUMBERED.match(lines[0])  # a page that opens on a numbered header
    ):
        start = 1  # a title directly above a body whose first paragraph is short
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
    for at, line in enumerate(zone[skipped:], skipped):
        if above_blurb is None and is_blurb(line):
            above_blurb = len(candidates)
        if candidates and candidates[-1] == zone[at - 1] and _wrapped_tail(candidates[-1], line):
            candidates[-1] += line  # `…推进会议上的讲` over `话`: a title's last characters
        elif file_title := _as_file_title(line):
            front.furniture.append(line)
            candidates.append(file_title)
        elif (
            # (a boxed line of reporters is their credit: `□新华社记者许仕豪 李丽`)
            (
                _AUTHORED.search(line)
                and len(line) <= _TITLE_MAX
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
        elif front.dateline is None and (lone := lone_dateline(line)):
            front.dateline, front.credit = lone[0], front.credit or lone[1]
        elif (label := _TITLE_LABEL.match(line)) and len(line) - label.end() <= _TITLE_MAX:
            front.furniture.append(line)
            candidates.append(_own_words(line[label.end() :]))
        elif (
            (
                is_open_line(line)
                or at in asking_headlines
                or _asks_or_exclaims(line)
                or _stopped_title(line)
            )
            and len(_undoubled(line)) <= _TITLE_MAX
            and (
                not is_furniture(line)
                # (not a breadcrumb whose last crumb counts them: `…> 公文范文 > …标准6篇`)
                or (_COLLECTION_COUNT.search(line) and len(_CRUMB_SEPARATOR.split(line)) < 3)
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
            candidates.append(_own_words(line))
            if candidates[-1] != line:  # the title printed twice on one line, or tagged
                front.furniture.append(line)
        else:
            front.furniture.append(line)
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
            c for c in below if any(a.startswith(c) or _files_year_before(a, c) for a in above)
        ]
        front.furniture += [c for c in below if c not in again]
        candidates = above + again
    candidates, cover = _without_cover_words(_joined_lead_ins(candidates))
    front.furniture += cover
    title = subtitled or _title_of(candidates, body)
    for candidate in candidates:
        if candidate != title or front.title is not None:
            front.furniture.append(candidate)
        else:
            front.title = candidate
    named = _TITLE_THEN_NAME.match(front.title or "")
    if named and not named["title"].endswith(_JOINING) and author_line(named["name"]):
        front.title, front.author = named["title"], named["name"]
    if front.title and subtitle:
        front.title += subtitle
    elif subtitle:
        front.furniture.append(subtitle)
    _join_title_cut_by_wrap(front, body)
    if front.title is None and body:
        _title_named_by_breadcrumb(front, body)
    if front.title is None and body:
        _title_glued_to_text(front, body)
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


def _own_words(line: str) -> str:
    """A title line without what the site put around it: its tags, its name, its widgets, the
    page's fields run on; printed twice, once."""
    tags = _SITE_TAGS.search(line) or _PIECE_LABEL_AFTER.search(line)
    own = line[: tags.start() if tags else _tail_start(line)].rstrip()
    # (a page's title as its window names it: `[…心得体会五]`)
    return _undoubled(own[1:-1] if _BRACKETED.fullmatch(own) else own)


# An office's name run into a text that opens on the date (`县人大常委会农工委2019年10月11日，
# 县人大…`): the text says when before it says who, so the office is the writer, not the subject.
_OFFICE_BEFORE_DATE = re.compile(
    rf"(?P<office>[{HAN}]{{2,16}}?(?:委|局|部|办|厅|工委|中心))"
    r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[，,]"
)


def _tail_start(line: str) -> int:
    """Where a title line's own words end: before the site's name after a dash, or before the
    page's fields run onto it (a title long enough to stand without them)."""
    for end in (site_after_title(line), field_after(line)):
        if end is not None and len(HAN_CHAR.findall(line[:end])) >= _TITLE_HAN_MIN:
            return end
    return len(line)


def _titled_salutation(line: str) -> list[str]:
    """The line, or its title and its salutation apart when it holds both."""
    if not line.endswith(("：", ":")):  # (most lines: the salutation ends on its colon)
        return [line]
    found = _TITLED_SALUTATION.match(line)
    if found and is_salutation(found["salutation"]) and not is_salutation(found["title"]):
        return [found["title"], found["salutation"]]
    glued = _GLUED_SALUTATION.match(line)
    if glued and is_salutation(glued["salutation"]) and not _ADDRESS_OPENING.search(glued["title"]):
        return [glued["title"], glued["salutation"]]
    return [line]


def take_salutation(front: Front, body: list[str]) -> None:
    """The salutation opening the body (`同志们：`, `尊敬的各位领导，…大家好！`), off its text."""
    if not body or not (greeting := _SALUTATION_OPENING.match(body[0])):
        return
    front.salutation = greeting["salutation"]
    rest = body[0][greeting.end() :].strip()
    if rest and not _GREETING.fullmatch(rest):
        body[0] = rest
    else:
        if rest:  # `尊敬的各位领导，来宾，上午好！`: the greeting run on after the address
            front.furniture.append(rest)
        body.pop(0)
        # A speaker greets twice and announces the title (`大家好，今天我演讲的题目是：`
        # then the title): the front of the speech, not its lead.
        greetings = 0
        while greetings < len(body) and _greets(body[greetings]):
            greetings += 1
        front.furniture += body[:greetings]
        del body[:greetings]
        if len(body) > 1 and front.title and is_open_line(body[0]) and body[0] in front.title:
            front.furniture.append(body.pop(0))


def _join_title_cut_by_wrap(front: Front, body: list[str]) -> None:
    """`…建设的生态新` as the title, `画卷习近平总书记指出…` as the text: a preview broke the title
    at a wrap and ran it into the text. The page's whole title (a file name) says where the
    title ends; the cut piece and its end go to the furniture."""
    if not (front.title and body):
        return
    for line in front.furniture:
        rest = line[len(front.title) :]
        if line.startswith(front.title) and rest and body[0].startswith(rest) and body[0] != rest:
            front.furniture.append(f"{front.title} {rest}")
            front.title = line
            body[0] = body[0][len(rest) :]
            return


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


def _greets(line: str) -> bool:
    return bool(_SALUTATION.match(line) or _GREETING.fullmatch(line) or _ORDER.fullmatch(line))


# A host calling the hall to order before the speech: `大家安静，大会马上开始。`
_ORDER = re.compile(
    r"(?:请)?大家(?:安静|静一静|坐好)[，,]?(?:(?:大会|会议)(?:马上|现在)?开始)?[。！!]?"
    r"|(?:现在)?(?:大会|会议)(?:马上|现在)?开始[。！!]?"
)
