"""Paragraphs as the author wrote them, whatever the page did to the line breaks.

Real pages arrive in three broken shapes: hard-wrapped copies of print or PDF layouts (a break
every 25–30 characters, mid-sentence), pages whose breaks were lost (the whole article on one
line, headers glued to the sentence before them), and pages whose paragraphs are separated by
spaces inside one line. Each is recognised by its shape, never by its words; the hard wraps
are joined in `wrap`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.parse.byline import OFFICES, author_line, reporter_line
from drafter.parse.front import (
    DIARY_DATE,
    OPENING_PARTS,
    is_diary_date,
    is_part_label,
    is_speaker_line,
)
from drafter.parse.furniture import BODY_MIN, FIELD_NAMES, FIELDS_RUN, is_furniture, site_notice
from drafter.parse.headers import BODY_OPENING, is_line_header, told_by_or_counted
from drafter.parse.paper import is_affiliation
from drafter.parse.title import KIND_OF_TEXT
from drafter.parse.wrap import CHINESE_NUMBER_MARK, WORD_GAP, WRAP_MIN, ends_sentence, reflow
from drafter.text.chars import HAN, HAN_CHAR, NUMERALS
from drafter.text.lazy import LazyPattern
from drafter.text.punctuation import SENTENCE_END, is_open_line, quotation_balance
from drafter.vocabulary import REPORT_PARTS

# Breaks inside a line: before a numbered header or measure run that follows a sentence end or a
# space (`…提质增效。一、筑先锋堡垒…`, `…发展 一是锚定…`, `…。（一）科学划分…`).
_NUMBER = rf"(?:{CHINESE_NUMBER_MARK}|第[{NUMERALS}]{{1,3}}[，、,])"
# Each pattern starts with the characters it looks for, so the engine skips ahead to them; what
# stands before is checked after.
# A header's first character: Han, a quotation mark, or a name a template masked (`xxxx区…`).
_HEADER_CHAR = rf"[{HAN}“xX×*＊]"
# (a collection's label before the first header: `【篇一】一、…`; a list of `1、` points opened
# by a colon or a full stop: `…主要有：1、党员年龄…。2、…`)
_GLUED_HEADER = LazyPattern(
    rf"(?:(?<![ \u3000])[ \u3000]+|(?<=[。！？”】])|(?<=如下：))(?={_NUMBER}{_HEADER_CHAR})"
    rf"|(?<=[。！？：])(?=\d{{1,2}}、{_HEADER_CHAR})"
    # (not a unit's postcode before the next unit's number: `…陕西 西安 710126 2.西安…`)
    rf"|(?:(?<=[。！？”：])|(?<![ \u3000\d]))[ \u3000]+(?=\d{{1,2}}[、.．][ \u3000]?{_HEADER_CHAR})"
    rf"|(?<![ \u3000])[ \u3000]+(?=[{NUMERALS}]是)"  # `…抱团发展 一是锚定…`: ends at the space
    # (a sub-point after a space: `1. 改善农村人居环境 (1)村庄规划 …`, the space a lost break)
    rf"|(?<![ \u3000])[ \u3000]+(?=[（(]\d{{1,2}}[)）]{_HEADER_CHAR})"
    # (a paper's decimal part after a sentence: `…提供依据。 1.1 实地考察 …`)
    rf"|(?<=[。！？”])[ \u3000]+(?=\d{{1,2}}[.．]\d{{1,2}}[ \u3000]?{_HEADER_CHAR})"
    r"|(?<![ \u3000])[ \u3000]+(?=[•●▪])"  # a bullet after a space: `…的背景 • 国家层面：…`
)
# (led by the characters its branches open with: the engine would try every branch at every
# character, where one class fails most of them at once)
_HEADER_START = re.compile(
    rf"(?=[{NUMERALS}（(第。！？： \u3000])"
    rf"(?:{_NUMBER}{_HEADER_CHAR}|[。！？：]\d{{1,2}}、{_HEADER_CHAR}"
    rf"|[ \u3000]\d{{1,2}}[、.．][ \u3000]?{_HEADER_CHAR}"
    rf"|[ \u3000][（(]\d{{1,2}}[)）]{_HEADER_CHAR}|[ \u3000][•●▪]|[ \u3000]\d{{1,2}}[.．]\d{{1,2}})"
)
# `一、重要意义（一）内在赓续…`, `一、工作开展情况1、加强学习…`: a first-level header that lost its
# break runs straight into its first sub-header; nothing but header words stands between them
# (a header's phrases included: `一、人居环境整治成效显著，农村居民满意度高（一）调查的…`).
# (a paper numbers its sub-parts with decimals: `一、引言1.1研究背景与意义…`; the first one that
# follows ends the header; so does a first measure: `一、…存在的突出问题一是农村…`)
_HEADER_THEN_SUB = re.compile(
    rf"(?P<head>[{NUMERALS}]{{1,3}}、(?:[^，。；！？：（(]{{2,30}}，){{0,2}}[^，。；！？：（(]{{2,40}}?)"
    rf"(?=[ \u3000]?(?:[（(][{NUMERALS}]{{1,3}}[)）][{HAN}“]|1[、.．][ \u3000]?[{HAN}“]"
    rf"|1[.．]1(?:[.．]1)?[ \u3000]?[{HAN}“]|{NUMERALS[0]}是[{HAN}“]))"
)
# `1.1研究背景与意义乡村治理作为…`: a paper's decimal-numbered part run into its text, its name
# saying where the header ends (as a report's part names do: `_PART_THEN_BODY`).
_DECIMAL_PART_THEN_BODY = re.compile(
    rf"(?P<head>\d{{1,2}}(?:[.．]\d{{1,2}}){{1,2}}[ \u3000]?[{HAN}]{{0,10}}?"
    r"(?:背景|意义|现状|方法|综述|思路|问题的提出))(?=[^，。；：、）)\s及与和暨的])"
)
# `一、基本情况全县现有…`: a report's part header that lost its break runs into its body; the
# part's name says where the header ends (unless a word joins more to it: `基本情况及…`).
# (the name may close a longer header: `一、党员队伍现状及存在的主要问题xx县共有…`)
# (or a paper's opening or closing part, named alone: `一、引言习近平总书记指出，…`)
_PART_THEN_BODY = re.compile(
    rf"(?P<head>{_NUMBER}(?:[^，。；：、\s]{{0,12}}?(?:{'|'.join(REPORT_PARTS)})"
    rf"|{OPENING_PARTS}|结\s?语|结束语))"
    r"(?=[^，。；：、）)\s\d及与和暨的])"
)
# A space between two sentences of a long line: the page's paragraph break.
_SPACED_PARAGRAPH = re.compile(rf"(?<=[。！？”])[ \u3000](?=[{HAN}“（])")
# But not after a quoted word spaced apart inside a sentence (`…让这些 “毛细血管” 出现了…`).
_SPACED_QUOTE = re.compile(r"(?<![。！？”\s])[ \u3000]“[^“”]{1,12}”$")
_SPACED_QUOTE_REACH = 16
# Where the page lost its line breaks, the title stands before the body: up to the last space
# before the first clause mark (a title may hold spaces: `坚持党建领航 强化一体推进`), or, with
# no space, up to the word that names the kind of text, before a lead's usual opening.
_CLAUSE_MARK = re.compile("[，。；！？]")
# The credit or the abstract's label under a title, after a space: where a page on one line
# ends its title.
# (the paper's own writers: `本报记者`, `本刊特约评论员`)
_OWN_WRITERS = "(?:本报|本刊|本网)(?:特约)?(?:记者|评论员|通讯员)"
_SPACED_CREDIT = re.compile(
    rf"[ \u3000]+(?={_OWN_WRITERS}|(?:本台|新华社|[{HAN}]{{2,8}}[报台网])?(?:特约)?"
    r"(?:记者|评论员|通讯员)|(?:摘\s?要|内容摘要)(?:[ \u3000:：]|$))"
)
_SPACED_SALUTATION = re.compile(r"[ \u3000]+(?=(?:尊敬的|各位|同志们)[^。]{0,20}[:：])")
# The salutation between spaces, where the page lost its lines: both spaces are line breaks.
# (a run of spaces is taken whole, once: tried from each of its spaces it is quadratic)
_SPACED_SALUTATION_LINE = re.compile(
    # (the space first, what stands before it checked after: so the engine skips to spaces)
    r"[ \u3000](?<![ \u3000][ \u3000])[ \u3000]*+"
    r"((?:尊敬的|各位|同志们)[^。，\s]{0,20}[:：])[ \u3000]+"
)
_NAMED_TITLE = re.compile(
    # (a document site's page count may stand before it: `8页乡村治理环境调研分析报告…`)
    r"^(?P<pages>\d{1,3}页)?"
    r"(?P<title>[^，。：；！？\s]{6,40}?(?:材料|发言|调研报告|调查报告|研究报告|分析报告|讲话|做法|纪实|综述))"
    # (and when it was given: `…上的讲话（2015年10月28日）同志们：…`)
    r"(?P<when>[（(](?:19|20)\d\d[^（）()]{0,14}[)）])?"
    rf"(?=[{HAN}“])(?!精神)"  # (`…重要讲话精神，` is the lead's opening, not a title)
)
# The page's field of when it was published: `发布时间`, `发布日期`, `更新时间`.
_PUBLISHED = "(?:发布|更新|发表)(?:时间|日期)"
# A title the page ran into the line under it: the speech's salutation
# (`…推进会上的讲话同志们：`), the first part's header (`…调研报告一、前言`), or the page's date,
# source or widgets (`…上的讲话2024-10-28 08:41:08 某网`, `…评议会议字号大小：【 】`).
_TITLE_RUN_ON = re.compile(
    rf"^(?P<title>[^，。；！？\s]{{4,60}}?(?:讲话|发言|致辞|辞|讲稿|主持词)(?=尊敬的|各位|同志们|亲爱的)"
    rf"|[^，。；！？\s]{{4,60}}?(?:{KIND_OF_TEXT})(?=[{NUMERALS}]、)"
    # (no space in the title: `唐丽桂 乡村建设研究 2024-01-13` is an account's author line)
    # (a page prints its date so, `2023-05-12`; prose writes `5月12日`)
    rf"|[^\s，。；！？]{{6,60}}?(?=\s*(?:\d{{4}}-\d{{1,2}}-\d{{1,2}}"
    rf"|(?:文章|信息|新闻|稿件)?(?:字号|标签|来源|转自|转载|作\s?者|{_PUBLISHED}|时间|日期|编辑|浏览|点击)"
    r"[^，。：:]{0,4}[:：]))"
    # or any headline, spaces, commas and marks and all, before the page's own field of when it
    # was published (`党建引领 激活乡村振兴 “一池春水”发布时间：2025-02-28…`, `…？发表于 2024-2-27`)
    rf"|(?:[^。；\s]|[ \u3000](?=\S)){{6,80}}?(?={_PUBLISHED}[:：]|发表于\s*\d)"
    # or two phrases spaced apart, the date run on with no space (`…党建引领 起航…2021-07-15`)
    rf"|[{HAN}“”：:—、]{{2,30}}(?:[ \u3000][{HAN}“”：:—、]{{2,30}}){{1,2}}"
    r"(?=\d{4}-\d{1,2}-\d{1,2}))"
)
# A headline with the note of when it was given run onto it, alone on its line (`…会议上的讲话
# （2013年4月23日，根据录音整理）`): two lines, as printed above the text.
_DATED_HEADLINE = re.compile(
    r"^(?P<title>[^，。；！？：:\s（）()]{6,60})"
    r"(?P<when>[（(](?:19|20)\d\d年\d{1,2}月\d{1,2}日[^（）()]{0,20}[)）])$"
)
_LOST_CHARACTERS = re.compile(r"[?？][?？\s]*")
# (a middle dot with a space after it joins no name: `· 链上党建…`)
_BULLET = re.compile(r"^(?:[•●▪]\s*|·\s+)")
# A photo's caption ends on its photographer's credit; text run on after it is the article's:
# `…调度会议。鱼娇 摄 长城网唐山11月5日电（…）记者从…`.
_CREDITED_CAPTION = re.compile(rf"(?<=[{HAN}][ \u3000]摄)[ \u3000]+(?=\S)")
# `第1页共6页`: a converted document's page marker.
_PAGE_MARK = re.compile(r"第\s*\d+\s*页\s*[,，]?\s*共\s*\d+\s*页")
# Page metadata fields separated by `|` at the start of a line, the last one glued to the lead:
# `发布时间：… | 来源：中国网 | 作者： | 责任编辑：吴一凡在国家发展的…`.
# (each field taken whole, up to its bar, and never given back in part: a field's spaces that
# either side of the bar could take made a line of bars try every way of sharing them out)
# (a field's name, not a place a headline opens on after its column's: `百村调研行 | 苏州：…`)
_METADATA_RUN = re.compile(
    rf"^(?>[^|。，]{{0,40}}\|)+\s*(?P<label>(?:{FIELD_NAMES}|标题|题目)\s*[:：])\s*"
)
_PAGE_CHUNK = re.compile(r"^(\d{1,3})、")
_CHUNK_MIN = 40  # a converted file's chunks run to hundreds of characters
_LONG_LINE = 200
_ONE_LINE_PAGE_MIN = 80  # characters of a page on one line, its title and some text
_TITLE_SPACE_MAX = 60  # a title glued to the text ends at a space this far in, at most
_TITLE_WITH_COMMAS_MAX = 32  # or this far, when it holds a comma
_GOES_ON = ("—", "-", "：", ":")


# A line broken off after a comma, or after a comma and the word that leads into the next clause
# (`…这是今年我市“三农”工作的总思路，其中` over `农村改革是重中之重，…`): no line ends so but a
# sentence the page cut, whatever the width of its lines.
_CUT_AFTER_COMMA = re.compile(
    r"，(?:其中|同时|并且?|而且?|但是?|特别是|尤其是|从而|进而|因此|所以)?$"
)
# (a salutation may end on a comma: `尊敬的各位领导，`)
_ADDRESSES = re.compile("同志们|各位|尊敬的|朋友们|大家好")
_GOES_ON_TEXT = re.compile(rf"[{HAN}“]")


def _joined_cut_lines(lines: list[str]) -> list[str]:
    joined: list[list[str]] = []  # each paragraph in pieces: adding to a string is quadratic
    for line in lines:
        if (
            joined
            and _CUT_AFTER_COMMA.search(joined[-1][-1])
            and not _ADDRESSES.search(joined[-1][-1])
            and _GOES_ON_TEXT.match(line)
            and not _NUMBERED_HEAD.match(line)
            and not is_furniture(line)
        ):
            joined[-1].append(line)
        else:
            joined.append([line])
    return ["".join(pieces) for pieces in joined]


def _without_table_border(line: str) -> str:
    """`| 某村 | 党员 32 名 |` → `某村 | 党员 32 名` (string methods: a pattern for the trailing
    border would try every space of a long run)."""
    if line.startswith("|"):
        line = line[1:].lstrip()
    if line.endswith("|"):
        line = line[:-1].rstrip()
    return line


# A forum's anti-copy jammer: runs of one- or two-character ASCII scraps, letters and marks
# mixed (`& N9 [- V' s8 t6 S6 Y3 \`), printed invisibly between the text's lines and kept in
# the copy at their starts and ends.
_JAMMER = re.compile(r"(?:[!-~]{1,2} +){3,}[!-~]{1,2}")
_JAMMER_MARK = re.compile(r"[^A-Za-z0-9 ]")
_JAMMER_LETTER = re.compile(r"[A-Za-z0-9]")
_JAMMER_MAX = 60  # characters of one run


def _is_jammer(run: str) -> bool:
    run = run.strip()
    return (
        len(run) <= _JAMMER_MAX
        and bool(_JAMMER.fullmatch(run))
        and bool(_JAMMER_MARK.search(run))
        and bool(_JAMMER_LETTER.search(run))
    )


def _jammer_apart(line: str) -> tuple[str, str, str]:
    """(jammer run at the start, the text, jammer run at the end), read with string methods: a
    pattern searched for at the end would try every space of a long line."""
    text_start = next((i for i, c in enumerate(line[: _JAMMER_MAX + 1]) if not c.isascii()), 0)
    text_end = len(line) - next(
        (i for i, c in enumerate(reversed(line[-_JAMMER_MAX - 1 :])) if not c.isascii()), 0
    )
    head = line[:text_start] if text_start and _is_jammer(line[:text_start]) else ""
    tail = line[text_end:] if text_end < len(line) and _is_jammer(line[text_end:]) else ""
    return head.strip(), line[len(head) : text_end if tail else len(line)].strip(), tail.strip()


def split_glued(line: str, titled: bool = True, page_min: int = _LONG_LINE) -> list[str]:
    """A line holding several paragraphs: split before numbered headers glued to the previous
    sentence, and, in a line of `page_min` characters or more (a page that lost its breaks), at
    spaces between sentences; a title glued to the text is looked for only where `titled` (the
    page's first such line: the title stands at the top)."""
    if "|" in line:  # the pattern cannot skip ahead to a pipe: it would try every character
        # a table's border alone on its line stays whole: it is furniture, and said to be
        line = _without_table_border(line) or line
    if line[:1].isascii() or line[-1:].isascii():  # (most lines hold Chinese at both ends)
        head, line, tail = _jammer_apart(line)
        if head or tail:
            return [part for part in (head, *split_glued(line, titled, page_min), tail) if part]
    pieces = [line]
    if _HEADER_START.search(line, 1):
        pieces = _run_in_points(line, [p.strip() for p in _GLUED_HEADER.split(line) if p.strip()])
    pieces = [part for piece in pieces for part in _sub_header_off(piece)]
    pieces = [part for piece in pieces for part in _notices_off(piece)]
    if pieces and "|" in pieces[0]:
        pieces[0:1] = _metadata_off(pieces[0])
    elif len(line) < page_min and pieces and (apart := _fields_apart(pieces[0])):
        pieces[0:1] = apart  # (on a page that lost its breaks, `_head_off` looks for them)
    if "摄" in line:
        pieces = [part for piece in pieces for part in _CREDITED_CAPTION.split(piece) if part]
    run_on = _TITLE_RUN_ON.match(pieces[0]) if pieces else None
    # (a title does not end inside a quotation: `版权声明：凡注明“来源：某网”的…` is one notice)
    if run_on and quotation_balance(run_on["title"]) > 0:
        run_on = None
    if run_on:  # (the header it ran into may run into its sub-header: `…报告二、…成效(一)创新…`)
        pieces[0:1] = [run_on["title"], *_sub_header_off(pieces[0][run_on.end() :].strip())]
    elif pieces and (dated := _DATED_HEADLINE.match(pieces[0])):
        pieces[0:1] = [dated["title"], dated["when"]]
    if len(line) >= page_min and pieces and not _spaces_its_marks(line):
        # (a title that ran on into the page's fields ends there: `…发言材料(精品) 更新时间：…`)
        if titled and not run_on and not is_diary_date(pieces[0]):
            title, *text = _title_off(pieces[0])
            pieces[0:1] = [title, *(part for piece in text for part in _sub_header_off(piece))]
        pieces = [q for p in pieces for q in _spaced_paragraphs(p) if q.strip()]
        # (a salutation near the top stands on a line of its own: `…讲话一： 同志们： 今天…`)
        pieces = [
            q
            for at, p in enumerate(pieces)
            for q in (_SPACED_SALUTATION_LINE.split(p) if at < _FRONT_PIECES else [p])
            if q.strip()
        ]
        pieces = [
            q
            for at, p in enumerate(pieces)
            for c in (_crumbs_apart(p) if at < _FRONT_PIECES else [p])
            for r in (_names_off(c) if at < _FRONT_PIECES else [c])
            for q in _head_off(r, at > 0 and _ends_paragraph(pieces[at - 1]))
        ]
        pieces = _labels_to_their_values(pieces)
    return pieces


# A field's label left at the end of the piece before its value (`…提高党员质量 日期：` over
# `2015-06-05 来源：`), or alone.
# (looked for from the label, a space before it: a pattern that took the spaces first would try
# every space of a long run)
_FIELD_LABEL = rf"(?:{FIELD_NAMES})\s*[:：]"
_TRAILING_LABEL = re.compile(rf"(?<=[ \u3000]){_FIELD_LABEL}$")
_LONE_LABEL = re.compile(_FIELD_LABEL)


def _labels_to_their_values(pieces: list[str]) -> list[str]:
    """The pieces, a field's label that a split left behind, at a piece's end or alone, moved
    onto the piece that holds its value."""
    moved: list[str] = []
    carried = ""  # (a label moving on to the next piece)
    for at, piece in enumerate(pieces):
        piece = carried + piece
        carried = ""
        label = _TRAILING_LABEL.search(piece) or _LONE_LABEL.fullmatch(piece)
        if label and at + 1 < len(pieces) and FIELDS_RUN.match(label.group() + pieces[at + 1]):
            carried, piece = label.group(), piece[: label.start()].rstrip()
        if piece:
            moved.append(piece)
    return moved


# Near the top of a page that lost its breaks to spaces, its writers' names run onto the text,
# maybe with their units in brackets: `兰 芳，刘浩杰，何 楠 （1.某某大学…） 当前，…`, `杨力 “借助…`.
_FRONT_PIECES = 4
_NAMES_REACH = 30
_NAMES_END = re.compile(r"[ \u3000]+(?=\S)|(?=[（(])")
_UNIT_IN_BRACKETS = re.compile(r"[（(][^（）()]{4,80}[）)]")


# (the marks between crumbs, not `/`, which a page's dates hold: `2016/12/15`)
_CRUMB_MARK = re.compile(r"\s*(?:->|>|»|›)\s*")
_CRUMBS_MIN = 2  # marks between crumbs: `首页 > 基层党建 > …`
_CRUMBED_MAX = 120  # characters of a breadcrumb and a headline
_HEADLINE_HAN_MIN = 6


def _crumbs_apart(piece: str) -> list[str]:
    """A breadcrumb and the headline after its last crumb, a space apart, as a page on one line
    runs them together (`清风网主页 > 基层党建 > 基层党建 党建赋能乡土引才激活乡村振兴动能`):
    the two lines they were."""
    if len(piece) > _CRUMBED_MAX:
        return [piece]
    marks = list(_CRUMB_MARK.finditer(piece))
    if len(marks) < _CRUMBS_MIN or (space := _SPACE.search(piece, marks[-1].end())) is None:
        return [piece]
    head = piece[space.end() :].strip()
    if len(HAN_CHAR.findall(head)) < _HEADLINE_HAN_MIN or not is_open_line(head):
        return [piece]
    return [piece[: space.start()], head]


def _names_off(piece: str) -> list[str]:
    ends = [m.start() for m in _NAMES_END.finditer(piece, 1, _NAMES_REACH + 1)]
    for end in reversed(ends):  # the longest run of names first
        names, rest = piece[:end].strip(), piece[end:].lstrip()
        if not author_line(names):
            continue
        unit = _UNIT_IN_BRACKETS.match(rest)
        text = rest[unit.end() :].lstrip() if unit else rest
        # (a speaker and his post before his words is no byline: `李波（…村党总支书记）：我们…`)
        if unit and not is_affiliation(unit.group()):
            return [piece]
        if len(text) < WRAP_MIN or not SENTENCE_END.search(text):
            return [piece]
        return [names, unit.group(), text] if unit else [names, text]
    return [piece]


def _ends_paragraph(piece: str) -> bool:
    """A sentence ends at the end of `piece` (maybe inside a quotation: `…做奋斗者。”`), or the
    piece is a header line of its own."""
    return piece.rstrip("”’").endswith(("。", "！", "？")) or is_line_header(piece)


_SPACED_COMMA = re.compile("，[ \u3000]")
_SPACED_COMMAS_MIN = 3
_SPACED_OPENING = re.compile("[“‘《][ \u3000]")
_SPACED_OPENINGS_MIN = 2


def _spaces_its_marks(line: str) -> bool:
    """A page that sets a space after its punctuation (`在 《乡土中国》 的开篇， 费孝通…`), or
    after its opening quotation marks (`开展“ 百社联百村· 携手共富” 行动`: no paragraph ends on
    one), lost no line breaks to spaces: its spaces part nothing."""
    spaced = len(_SPACED_COMMA.findall(line))
    return (spaced >= _SPACED_COMMAS_MIN and spaced * 2 >= line.count("，")) or len(
        _SPACED_OPENING.findall(line)
    ) >= _SPACED_OPENINGS_MIN


_ORDINAL_POINT = re.compile(rf"第(?P<n>[{NUMERALS}])[，、,]")
# (or a point numbered `二、` after a first, `一、`, that a colon opened inside the text:
# `…作了强调：一、要…。二、要…`; under `如下：` the points are headers, split off before)
_LISTED_POINT = re.compile(rf"(?P<n>[{NUMERALS}])、")
_LISTED_FIRST = re.compile(r"(?<!如下)：一、")


@dataclass
class _Points:
    """The last points a piece holds inside its text, read as pieces join it."""

    ordinal: str | None = None  # the numeral of its last `第N，`
    listed: str | None = None  # of its last `N、`
    opened: bool = False  # a colon opened its `一、`

    def read(self, text: str, start: int) -> None:
        if ordinals := [found["n"] for found in _ORDINAL_POINT.finditer(text, start)]:
            self.ordinal = ordinals[-1]
        if listed := [found["n"] for found in _LISTED_POINT.finditer(text, start)]:
            self.listed = listed[-1]
        self.opened = self.opened or bool(_LISTED_FIRST.search(text, start))

    def continued_by(self, piece: str) -> bool:
        """`piece` opens on the point after the last one inside."""
        for point, last in ((_ORDINAL_POINT, self.ordinal), (_LISTED_POINT, self.listed)):
            this = point.match(piece)
            if this and (point is _ORDINAL_POINT or self.opened):
                n = NUMERALS.find(this["n"])
                return n > 0 and last == NUMERALS[n - 1]
        return False


def _run_in_points(line: str, pieces: list[str]) -> list[str]:
    """Join back a point (`第二，…`, `二、…`) split off a piece of `line` that holds the point
    before it inside its text (`研究发现：第一，…。第二，…`): the series runs in the text, not its
    own. The joined piece is the line's own text again, spaces and all. (What each piece holds
    is read once: a line of points joined end to end was read again at each join.)"""
    kept: list[str] = []
    joined_to: list[int] = []  # where each kept piece ends in `line` once others joined it
    starts: list[int] = []
    points = _Points()
    cursor = 0
    for piece in pieces:
        at = line.find(piece, cursor)
        cursor = at + len(piece)
        if kept and points.continued_by(piece):
            joined_to[-1] = cursor  # (cut from the line once, at the end: not at each join)
            points.read(piece, 0)
        else:
            kept.append(piece)
            starts.append(at)
            joined_to.append(-1)
            points = _Points()
            points.read(piece, 1)
    return [
        piece if end < 0 else line[start:end]
        for piece, start, end in zip(kept, starts, joined_to, strict=True)
    ]


# Where a page lost its line breaks to spaces, a numbered header stands before its text with a
# space between: the last space near the start with no sentence ended before it (a header may
# hold commas and spaces: `一、肯定成绩，总结经验，深刻认识…意义 过去一年…`).
# (the header may end on a colon, `四、下面我先作个自我介绍： 我叫…`; the text may open on its
# date, `一、线上调查、明确方向 7月21日，团队…`)
# (the text may open on a sub-part's number, `二、主要做法 （一）、加强组织领导，…`, or on a name
# a 范文 site masked, `（一）… _总书记强调：…`)
_HEAD_SPACE = re.compile(
    rf"(?<=[{HAN}”’）)：:])[ \u3000]+"
    rf"(?={_HEADER_CHAR}|_|[（(][{NUMERALS}]|\d{{4}}年|\d{{1,2}}月\d{{1,2}}日)"
)
_FIRST_WORD = re.compile(r"(?P<word>[^\s，。]{2,12})[ \u3000]+")
# (or a paper's decimal part: `1.1 实地考察`)
_NUMBERED_HEAD = re.compile(rf"{_NUMBER}|\d{{1,2}}[、.．](?!\d)|\d{{1,2}}[.．]\d{{1,2}}[ \u3000]")
_HEAD_MAX = 60
_HEAD_HAN_MIN = 2


def _fields_apart(piece: str) -> tuple[str, str] | None:
    """(the page's fields, the text) where its fields run onto a text or a sentence (a photo's
    caption under them): `时间:2021-10-12乡风文明的改进，是…`."""
    if (fields := FIELDS_RUN.match(piece)) and (
        len(rest := piece[fields.end() :]) >= WRAP_MIN or (rest and ends_sentence(rest))
    ):
        return fields.group().strip(), rest
    return None


def _headline_over_fields(piece: str) -> tuple[str, str, str] | None:
    """(a headline, the page's fields, the text or nothing) run together a space apart, as a page
    that lost its breaks prints them: `湖北通城：党建引领 起航乡村振兴新征程 2021-07-15 16:43:22
    一条条…`."""
    padded = f"{piece} "  # (each field is matched with a space after it, the last one too)
    for space in _SPACE.finditer(piece, 0, _HEAD_MAX + 1):
        head = piece[: space.start()]
        if (
            len(HAN_CHAR.findall(head)) < _HEAD_HAN_MIN
            or SENTENCE_END.search(head)
            or not (fields := FIELDS_RUN.match(padded, space.end()))
        ):
            continue
        rest = piece[space.end() :]
        # (the fields alone, or with the site's name after them: `2024-10-28 08:41:08 德育素材网`)
        if fields.end() == len(padded) or (not SENTENCE_END.search(rest) and is_furniture(rest)):
            return head, rest, ""
        if apart := _fields_apart(rest):
            return head, *apart
    return None


_MENU_WORD = re.compile(rf"[{HAN}]{{2}}")
_WORD = re.compile(r"\S+")


def _is_menu_word(word: str) -> bool:
    return bool(_MENU_WORD.search(word)) and is_furniture(word)


def _menu_apart(head: str) -> list[str]:
    """The site's words before a headline (`德育素材网 首页 县委书记在…上的讲话`), set apart from it
    as the lines they were: the headline may hold spaces of its own, the menu's words come first."""
    words = list(_WORD.finditer(head))
    at = 0
    # (a word of the page's, not a figure or a character a headline spaced out: `在 2025 年…`)
    while at < len(words) - 1 and _is_menu_word(words[at].group()):
        at += 1
    # (cut at the words' places: the headline keeps its own spacing as printed)
    return [head[: words[at - 1].end()], head[words[at].start() :]] if at else [head]


def _head_off(piece: str, after_sentence: bool = False, fields_off: bool = False) -> list[str]:
    """What a page that lost its breaks to spaces ran onto a paragraph's text: a part label, a
    run of the page's fields (unless `fields_off`: they were), a numbered header, or,
    `after_sentence` (the piece before ended one), a header line; each split off before the
    text."""
    if (label := _FIRST_WORD.match(piece)) and is_part_label(label["word"]):
        return [label["word"], piece[label.end() :]]  # `引言 乡村振兴战略是…`
    if not fields_off and (apart := _fields_apart(piece)):
        return [apart[0], *(q for r in _names_off(apart[1]) for q in _head_off(r, False, True))]
    if not fields_off and (headed := _headline_over_fields(piece)):
        head, fields, text = headed
        text_off = (q for r in _names_off(text) for q in _head_off(r, False, True)) if text else ()
        return [*_menu_apart(head), fields, *text_off]
    if not _NUMBERED_HEAD.match(piece):
        return _line_head_off(piece) if after_sentence else [piece]
    stop = SENTENCE_END.search(piece)
    reach = min(stop.start() if stop else len(piece), _HEAD_MAX)
    # (not a space inside brackets: `（鱼娇 金虹 记者 张野）`)
    spaces = [
        space
        for space in _HEAD_SPACE.finditer(piece, 0, reach + 1)
        if _last_open_space(piece[: space.end()]) == space.end() - 1
    ]
    if not spaces:
        return [piece]
    # The text starts after the first space followed by a clause (a header's second phrase has
    # none); on a wrapped page the wraps left spaces in the text too (`…理论逻辑 马克思主义认为，
    # 人民群众是历史发展和 社会进步…`), so the last space is not the header's end.
    end = next((space for space in spaces if _opens_clause(piece, space.end())), spaces[-1])
    head, rest = piece[: end.start()], piece[end.end() :]
    # (text cut short by the page's end is shorter, but goes on past a clause)
    text_min = _CUT_TEXT_MIN if _CLAUSE_STOP.search(rest) else WRAP_MIN
    if len(HAN_CHAR.findall(head)) < _HEAD_HAN_MIN or len(rest) < text_min:
        return [piece]
    # (the page may stop in the text's first sentence: `…明白为什么下去 选派第一书记驻村帮扶，是…`;
    # without a clause going on, the words after the space are a list's, not a text)
    if not stop and not _CLAUSE_STOP.search(rest):
        return [piece]
    return [head, rest]


_SPACE = re.compile("[ \u3000]")
_CUT_TEXT_MIN = 12


def _opens_clause(piece: str, start: int) -> bool:
    """Whether the words from `start` to the next space hold a clause's mark."""
    space = _SPACE.search(piece, start)
    return bool(_CLAUSE_STOP.search(piece, start, space.start() if space else len(piece)))


# A header line run onto its text with a space (`福山村概况 福山村位于…`). A header of two phrases
# holds a space itself (`坚持党建驱动 筑牢乡村振兴主心骨 …`); two labelled ones are a part's and its
# first sub-part's (`党建引领：锻造“永不卷刃的钢刀” 班子建设：十指弹琴奏强音 “村看村…`).
_SPACED_HEAD = re.compile(r"(?P<head>[^\s。；！？]{4,40})[ \u3000]+(?=\S)")
_LABEL_COLON = re.compile("[：:]")
_NO_HEADER_END = re.compile("(?:[，,、；;]|记者|通讯员)$")


def _line_head_off(piece: str) -> list[str]:
    head = _spaced_head(piece, WRAP_MIN)
    if head is None:
        return _labelled_pair(piece) or [piece]
    rest = piece[head.end() :]
    second = _spaced_head(rest, 1)
    if second is None:
        return [head["head"], rest]
    if _LABEL_COLON.search(head["head"]) and _LABEL_COLON.search(second["head"]):
        return [head["head"], second["head"], rest[second.end() :]]
    return [f"{head['head']} {second['head']}", rest[second.end() :]]


def _labelled_pair(piece: str) -> list[str] | None:
    """A part's labelled header and its first sub-part's, a space apart with their text split
    off after them: `产业突围：蹚出“旱涝保收”致富路 战天斗地：把“望天田”变成“吨粮田”`."""
    pair = _SPACED_PAIR.fullmatch(piece)
    if pair and all(
        _LABEL_COLON.search(head) and not _LABEL_COLON.match(head[-1]) and is_line_header(head)
        for head in pair.groups()
    ):
        return list(pair.groups())
    return None


_SPACED_PAIR = re.compile(r"([^\s。；！？]{4,40})[ \u3000]+([^\s。；！？]{4,40})")


def _spaced_head(piece: str, text_min: int) -> re.Match[str] | None:
    """The header line opening `piece`, with at least `text_min` characters of text after it
    (a sentence, or one that introduces a list: `…几个关键角色：`)."""
    found = _SPACED_HEAD.match(piece)
    if not found:
        return None
    head, rest = found["head"], piece[found.end() :]
    if (
        len(rest) < text_min
        # (a sentence, or text the page cut short that goes on past a clause)
        or not (
            SENTENCE_END.search(rest)
            or _LABEL_COLON.match(rest[-1])
            or (len(rest) >= WRAP_MIN and _CLAUSE_STOP.search(rest))
        )
        or not is_line_header(head)
        or _LABEL_COLON.match(head[-1])  # (it introduces what follows: `…有以下几个特点：`)
        or _NO_HEADER_END.search(head)  # (`国庆长假， 位于…`, `本报记者 朱海兵…`)
        or told_by_or_counted(head)
        or "正在" in head
        or BODY_OPENING.match(head)
    ):
        return None
    return found


def _sub_header_off(piece: str) -> list[str]:
    """Headers at the start of `piece` that lost their breaks, each on its own (a header, its
    sub-header, the sub-header's body). (Read on from where the last one ended: cutting each
    off would copy the rest of the line, thousands of times on a hostile one.)"""
    heads = []
    at = 0
    while found := (
        _HEADER_THEN_SUB.match(piece, at)
        or _glued_part_body(piece, at)
        or _over_text(_DECIMAL_PART_THEN_BODY, piece, at)
        or _over_text(_RUN_IN_LABEL, piece, at)
        or _over_text(_DATED_ENTRY, piece, at)
    ):
        heads.append(found["head"].strip())
        at = found.end()
        while at < len(piece) and piece[at].isspace():
            at += 1
    return [*heads, piece[at:]]


def _glued_part_body(piece: str, at: int) -> re.Match[str] | None:
    """A part's header and its body run on, when a body follows: not a header's last word
    alone on its line (`一、基本情况介绍`, `一、…现状分析`)."""
    found = _PART_THEN_BODY.match(piece, at)
    return found if found and len(piece) - found.end() >= _PART_BODY_MIN else None


_PART_BODY_MIN = 6  # characters after a part's name that are its body, not the header's end
# The label of a part of a case or a report, run into its text: `背景与起因：新城原称旧城，…`,
# `调研目的：作为一名党支部书记，…` (a part with no number, labelled as forms label a field).
# (a word alone is a structured abstract's label, `目的：本文…`, which the front reads)
_PART_WORDS = "背景|起因|缘起|目的|做法|经过|成效|效果|启示|问题|建议|对策|概况|意义|亮点"
_RUN_IN_LABEL = re.compile(
    rf"(?P<head>(?:[{HAN}]{{1,4}}(?:{_PART_WORDS})|(?:{_PART_WORDS})[与和及][{HAN}]{{1,4}})"
    rf"[：:])(?=[{HAN}“])"
)
_LABELLED_TEXT_MIN = 20  # characters of text after the label
# A diary entry's date run into its text after a space: `12月1日 星期四 阴 今天按照工作安排，…`.
# (all of the date's parts or none: a weather word is no text)
_DATED_ENTRY = re.compile(rf"(?P<head>(?>{DIARY_DATE}))(?=[ \u3000]+[{HAN}“])")


def _over_text(head: re.Pattern[str], piece: str, at: int) -> re.Match[str] | None:
    """`head` at `at`, where text of its own follows it."""
    found = head.match(piece, at)
    return found if found and len(piece) - found.end() >= _LABELLED_TEXT_MIN else None


_NOTICE_CUT_MIN = 100  # a paragraph this long keeps its text when a site's notice runs into it
# Where a notice run onto a paragraph's end begins: after a sentence, at a space, an ellipsis or
# an opening bracket (`…报告如下：精品资料 - - - 欢迎下载`, `…方面达 ……（快文网…省略685字…）`).
_NOTICE_START = re.compile(r"(?<=[。！？：；])|[ \u3000]+|……|[（(【\[]")
_LABEL_HAN = 6  # Han characters a notice's first words hold before the words that tell it
_CLAUSE_STOP = re.compile("[，,；;]")


def _notices_off(piece: str) -> list[str]:
    """A long paragraph that a document site's notice runs into, at its start (`温馨提示：本文是
    笔者精心整理编制而成…。`) or at its end, split into the notice and the text: the notice is
    furniture, the text is not lost with it."""
    pieces, start = [], 0  # the notices cut off the start so far, and where the rest begins
    while len(piece) - start >= _NOTICE_CUT_MIN and (notice := site_notice(piece, start)):
        if notice.start() - start >= (len(piece) - start) // 2:
            return [*pieces, *_tail_notice_off(piece[start:], notice.start() - start)]
        # the notice opens the paragraph: it runs to its sentence's end
        stop = SENTENCE_END.search(piece, notice.end())
        cut = stop.end() if stop else len(piece)
        if len(piece) - cut < _NOTICE_CUT_MIN:  # a blurb of the site's, whole
            break
        pieces.append(piece[start:cut])
        start = cut
    return [*pieces, piece[start:]]


def _tail_notice_off(piece: str, at: int) -> list[str]:
    # The notice's first words are a label or an address, not words of the text (`精品资料`):
    # it may start where no more than a few Han characters stand before the words that tell it.
    reach, han = at, 0
    while reach > 0 and (han := han + bool(HAN_CHAR.match(piece, reach - 1))) <= _LABEL_HAN:
        reach -= 1
    start = _NOTICE_START.search(piece, reach, at)
    cut = start.start() if start else at
    if SENTENCE_END.search(piece, cut):  # the notice is a sentence of the blurb it ends
        return [piece]
    return [part for part in (piece[:cut].rstrip(), piece[cut:].strip()) if part]


_DATELINE_AT_END = re.compile(
    rf"[ \u3000](?P<dateline>[{HAN}]{{1,12}}\d{{1,2}}月\d{{1,2}}日电|[{HAN}]{{2,12}}讯)$"
)


_SPEECH_THEN_SPEAKER = re.compile(
    r"^(?P<title>[^，。：；！？]{6,60}?(?:讲话|发言|致辞|讲稿))"
    rf"(?=(?:中共)?[^，。：；！？\s]{{2,30}}?(?:{OFFICES}|常委|委员)"
    rf"[ \u3000]*[{HAN}]{{2,3}}[（(\s])"
)


def _spaced_paragraphs(line: str) -> list[str]:
    """A long line split at the spaces between its sentences."""
    pieces, start = [], 0
    for gap in _SPACED_PARAGRAPH.finditer(line):
        at = gap.start()
        if _SPACED_QUOTE.search(line, max(at - _SPACED_QUOTE_REACH, 0), at):
            continue
        pieces.append(line[start:at])
        start = gap.end()
    return [*pieces, line[start:]]


def _title_off(line: str) -> list[str]:
    """A long first piece split into the title the page glued to it and the rest."""
    # (a speech's title run into its speaker's office and name: `…授牌仪式上的讲话中共某县委常委、
    # 组织部长 林清（2011年8月18日）同志们：…`, the title's own spaces and all)
    if spoken := _SPEECH_THEN_SPEAKER.match(line):
        return [spoken["title"].strip(), line[spoken.end("title") :]]
    greeting = _SPACED_SALUTATION.search(line, 0, 80)
    if greeting and greeting.start() >= 6:
        return [line[: greeting.start()], line[greeting.end() :]]
    # (or at the space before the credit or the abstract's label under it: `…好支书学习 本报评论员
    # …`, `…一线观察 新华社记者潘莹、周晔 …`, `…试点经验探讨 摘要 …`)
    under = _SPACED_CREDIT.search(line, 0, _TITLE_SPACE_MAX + 1)
    if (
        under
        and under.start() >= 6
        and not _CLAUSE_MARK.search(line, 0, under.start())
        and _last_open_space(line[: under.end()]) == under.end() - 1  # (not inside brackets)
        and not reporter_line(line[: under.start()])
    ):
        return [line[: under.start()], *_credit_apart(line[under.end() :])]
    # The title ends before the first clause, or, a short title holding commas (`选好育好“领头雁”，
    # 激发乡村振兴新活力 乡村振兴的战略目标，…`), at a space between words before the first sentence
    # ends (not a space before a quotation: `…凝聚乡村发展的 “合力”。`).
    for end, reach in ((_CLAUSE_MARK, _TITLE_SPACE_MAX), (SENTENCE_END, _TITLE_WITH_COMMAS_MAX)):
        found = end.search(line)
        head = line[: found.start()] if found else line
        space = _last_open_space(head[: reach + 1])
        # (a speaker's name before his post and his words is the text's: `…探究 李波 （某村党总支
        # 书记）：…`)
        if space > 0 and _POST_THEN_WORDS.match(line, space + 1):
            space = _last_open_space(head[:space])
        title, rest = line[:space].strip(), line[space:].strip()
        # (a sentence goes on after a dash or a colon: `组织振兴是乡村振兴的“保障”—— 只有…`)
        if (
            6 <= space <= reach
            and not title.endswith(_GOES_ON)
            and (end is _CLAUSE_MARK or bool(WORD_GAP.search(f"{title[-1]} {rest[:1]}")))
        ):
            # (the dateline before the space stands at the head of the text: `…新风气 白城9月18日电
            # (高龙安)杨玉林…`)
            if dated := _DATELINE_AT_END.search(title):
                return [title[: dated.start()].strip(), f"{dated['dateline']} {rest}"]
            return [title, rest]
    named = _NAMED_TITLE.match(line)
    if not named:
        return [line]
    title, rest = named["title"], line[named.end() :]
    pages = [named["pages"]] if named["pages"] else []
    if named["when"]:
        return [*pages, title, named["when"], rest]
    # `…乡村建设调研报告乡村建设调研报告根据…`: the page printed the title twice, the first time
    # behind a banner.
    for length in range(len(title), 5, -1):
        if rest.startswith(title[-length:]):
            parts = (title[:-length], title[-length:], rest[:length], rest[length:])
            return [*pages, *(p for p in parts if p)]
    return [*pages, title, rest]


_POST_THEN_WORDS = re.compile(r"[（(][^（）()]{2,40}[)）][:：]")


def _credit_apart(text: str) -> list[str]:
    """`text`, or the credit it opens on and the rest apart (`新华社记者潘莹、周晔 曾深度贫困的…`):
    the longest run of words up to a space that reads as a credit."""
    for space in reversed([m.start() for m in _SPACE.finditer(text, 0, _CREDIT_REACH)]):
        credit = text[:space]
        if reporter_line(credit) or _ROLE_ALONE.fullmatch(credit):
            return [credit, text[space:].strip()]
    return [text]


_CREDIT_REACH = 40
_ROLE_ALONE = re.compile("(?:本报|本刊|本网)?(?:特约)?评论员")


def _last_open_space(head: str) -> int:
    """The last space of `head` outside brackets (-1 if none): `…调研报告 盟委组织部（20XX 年 4
    月）…` is not cut inside its date."""
    depth, last = 0, -1
    for index, char in enumerate(head):
        if char in "（(《“":
            depth += 1
        elif char in "）)》”":
            depth = max(depth - 1, 0)
        elif char in " \u3000" and not depth:
            last = index
    return last


def _metadata_off(line: str) -> list[str]:
    """Split a run of `|`-separated metadata off the lead it was glued to; the last field's
    value is a person's name when jieba tags it as one."""
    match = _METADATA_RUN.match(line)
    if not match or len(line) - match.end() < 20:
        return [line]
    from drafter.language import first_tag

    rest = line[match.end() :]
    word, tag = first_tag(rest[:8])
    cut = match.end() + (len(word) if tag.startswith("nr") and 2 <= len(word) <= 4 else 0)
    return [line[:cut].strip(), line[cut:].strip()]


def _broken_off(line: str) -> bool:
    """A chunk of body text that stops mid-sentence; a title or header above `1、…` is short."""
    return len(line) > _CHUNK_MIN and not ends_sentence(line)


def _without_page_chunks(lines: list[str], removed: list[str]) -> list[str]:
    """Document sites number the chunks of a converted file (`1、` `2、`…) at line starts, often
    mid-sentence. When the numbers run 1, 2, 3… and one of them breaks a sentence, none of them
    is the text's: each is removed, and a chunk that continues a sentence joins it."""
    numbers = [int(m[1]) for line in lines if (m := _PAGE_CHUNK.match(line))]
    if len(numbers) < 2 or numbers[:3] != list(range(1, min(3, len(numbers)) + 1)):
        return lines
    breaks = any(
        _PAGE_CHUNK.match(line) and i and _broken_off(lines[i - 1])
        for i, line in enumerate(lines)
    )
    if not breaks:
        return lines
    kept: list[str] = []
    pieces: list[str] = []  # the line being joined, and its length and last text
    length, tail = 0, "。"
    for line in lines:
        chunk = _PAGE_CHUNK.match(line)
        if chunk:
            removed.append(chunk.group())
        if not (chunk and length > _CHUNK_MIN and not ends_sentence(tail)):  # not broken off
            kept.append("".join(pieces))
            pieces, length = [], 0
        text = line[chunk.end() :] if chunk else line
        pieces.append(text)
        length, tail = length + len(text), text or tail
    kept.append("".join(pieces))
    return [line for line in kept if line]


_SUMMARY_MIN = 20  # what the two lines repeated hold together, at least


def _without_summaries(lines: list[str], removed: list[str]) -> list[str]:
    """A page may print its description first: the lines under it run together
    (`…宝典：www.…com提高…的调研报告广大农村…` over the banner, the title and the text). A line
    that opens with the next two lines whole repeats them; it is removed."""
    kept = []
    for index, line in enumerate(lines):
        if (
            index + 2 < len(lines)
            and line.startswith(lines[index + 1])
            and len(lines[index + 1]) + len(lines[index + 2]) >= _SUMMARY_MIN
            and line.startswith(lines[index + 2], len(lines[index + 1]))
        ):
            removed.append(line)
        else:
            kept.append(line)
    return kept


def paragraphs(lines: list[str], removed: list[str] | None = None) -> list[str]:
    """The article's paragraphs from its non-empty lines; the page marks taken out (`第1页共6页`,
    chunk numbers) are added to `removed`, so nothing goes unsaid."""
    removed = removed if removed is not None else []
    marked = []
    for line in lines:
        removed += _PAGE_MARK.findall(line)
        kept = _PAGE_MARK.sub("", line).strip()
        if bullet := _BULLET.match(kept):  # a list's round bullet: what follows is the text
            removed.append(bullet.group().strip())
            kept = kept[bullet.end() :]
        # what an encoding left of characters it lost, before a line's text (`????1月5日，…`,
        # `?2023年，…`, `? ? ?10月23日，…`): no title or paragraph opens on a question mark
        if (lost := _LOST_CHARACTERS.match(kept)) and len(kept) > lost.end():
            removed.append(lost.group().strip())
            kept = kept[lost.end() :]
        if kept:
            marked.append(kept)
    lines = _joined_cut_lines(
        reflow(_without_page_chunks(_without_summaries(marked, removed), removed))
    )
    # (the title stands above the text: not after a paragraph of it, a sentence ended)
    top = next(
        (i for i, line in enumerate(lines) if ends_sentence(line) and not is_furniture(line)),
        len(lines),
    )
    # (a short page on one line lost its breaks as a long one does: `…抗旱情 连日来，…`)
    page_min = _ONE_LINE_PAGE_MIN if len(lines) == 1 else _LONG_LINE
    first_long = next((i for i, line in enumerate(lines[: top + 1]) if len(line) >= page_min), -1)
    return [
        piece
        for i, line in enumerate(lines)
        for part in (_title_run_into(line, i < top) if i != top else _bracketed_headline_off(line))
        for piece in split_glued(part, i == first_long, page_min)
    ]


# A title the page ran into the line under it: the credit (`…助推乡村振兴本报记者`,
# `…学习本报评论员`, `…村规民约哪家好通讯员 丁远进 连中福`, `…蓝色海洋中共罗源县委组织部`), the
# first part's numbered header (`…实践与探索一、背景意义`) or the label of the abstract or the
# opening part (`…试点经验探讨摘要`, `…的思考引言`).
_TITLE_RUN_INTO = re.compile(
    rf"(?P<title>[^。！？；]{{6,60}}?[{HAN}”）)])"
    rf"(?P<rest>{_OWN_WRITERS}[^。！？，]{{0,24}}"
    rf"|(?:记者|通讯员)[ \u3000]+[{HAN}]{{2,4}}(?:[ \u3000]+[{HAN}]{{2,4}}){{0,5}}"
    rf"|中共[{HAN}]{{2,16}}?委(?:员会)?(?:组织部|宣传部|统战部|办公室)"
    rf"|一、(?P<header>[^。！？；，]{{2,20}})|摘要|内容摘要|{OPENING_PARTS}"
    # (or the day it was published: `…整治人居环境2024年03月22日`)
    r"|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:[ \u3000]*\d{1,2}:\d{2}(?::\d{2})?)?)$"
)
# Or, after a title that names its kind, the line under it: the speaker
# (`…专项述职报告林庄村党总支书记 张振华`, a template's `…上的讲话XXX`), the site's name
# (`…上的讲话三味园范文网`) or the kind again, spaced out as printed (`…工作计划政 府 工 作 报 告`).
_KIND_THEN_LINE_UNDER = re.compile(
    rf"(?P<title>[^。！？；]{{4,60}}?(?:{KIND_OF_TEXT}))"
    rf"(?P<rest>(?P<speaker>\S{{4,40}}[ \u3000]+[{HAN}]{{2,3}})|[XxＸ×*＊]{{2,4}}"
    rf"|[{HAN}]{{2,8}}网|(?:[{HAN}][ \u3000]){{3,}}[{HAN}])"
)


# The headline in square brackets at the head of the text's first line: `【六合街道：跨村联建谋发展
# 同心铸就共富路】为全面推进乡村振兴，…`. (not a dateline, `【本报讯】`, nor a label, `【摘要】`)
# The brackets set it off from the text, and go with the break that does so.
_BRACKETED_HEADLINE = re.compile(
    r"^【(?P<title>[^【】。！？]{6,50}(?<![讯电]))】[ \u3000]*(?P<rest>\S.*)$"
)


def _bracketed_headline_off(line: str) -> list[str]:
    found = _BRACKETED_HEADLINE.match(line)
    if found and len(found["rest"]) >= BODY_MIN:
        return [found["title"], found["rest"]]
    return [line]


def _title_run_into(line: str, above_text: bool) -> list[str]:
    """A line above the text, or its title and what ran into it, each on its own. (Not a
    paper's credit line that names it before its reporters: `工人日报-中工网记者 柳姗姗`.)"""
    if not above_text:
        return [line]
    if (found := _KIND_THEN_LINE_UNDER.fullmatch(line)) and (
        not found["speaker"] or is_speaker_line(found["speaker"])
    ):
        return [found["title"], found["rest"]]
    if (
        not (found := _TITLE_RUN_INTO.fullmatch(line))
        or (found["header"] and not is_line_header(found["header"]))
        or reporter_line(line)
    ):
        return [line]
    return [found["title"], found["rest"]]
