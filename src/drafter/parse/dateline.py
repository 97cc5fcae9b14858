"""The dateline and the writers a news item names at the head of its text: `本报讯（记者 张三）`,
`新华社北京11月20日电`, `【本报讯】`, an outlet and its writers in brackets, the writers alone in
brackets or spaced out before the text, and a wire story's `题：…` after its dateline.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import TYPE_CHECKING

from drafter.parse.byline import author_line, person_names, reporter_line
from drafter.parse.furniture import BODY_MIN
from drafter.text.chars import HAN

if TYPE_CHECKING:
    from drafter.parse.front import Front

# `琅琊新闻网讯 …`, `本报讯（记者 张三）…`, `新华社北京11月20日电 …`, `本网讯特约记者张三报道：…`;
# an outlet's `消息` or `报道` before its writer in brackets (`国际在线吉林频道报道（姜彦艳）：…`)
_DATELINE = re.compile(
    # (a site may give two of its names: `中国网/中国发展门户网讯`; an agency its name and a
    # space before the place: `中新网 长沙3月25日电`)
    # (`据新华网消息：…` cites a source: the lead opens on it)
    rf"^(?!据)(?P<dateline>(?:[{HAN}]{{2,8}}(?:网|社)[ \u3000])?"
    # (and its other name in brackets: `荆楚网（湖北日报网）讯`)
    rf"[{HAN}0-9·/]{{2,24}}?(?:[（(][{HAN}]{{2,12}}[)）])?"
    # (a site's `消息` may hand over at a colon: `央视网消息：本轮疫情发生以来，…`)
    r"(?:讯|电|(?:消息|报道)(?=[（(])|(?<=网)消息(?=[:：])))"
    r"(?:[\s　]*[（(](?P<credit>[^（）()]{2,40})[)）][:：]?[\s　]*"
    r"|(?P<reported>[^，。：:]{2,40}?报道)[:：]\s*"
    # (or unbracketed, spaces apart: `…讯 通讯员 陈欢欢 报道  “电力爱心超市…`)
    r"|[\s　]+(?P<spaced>(?:本报|本台|本网)?(?:特约)?(?:记者|通讯员)"
    r"[^，。：:（）()“”]{2,40}?报道)[\s　]+"
    r"|[\s　]+"
    r"|(?<=讯|息)[:：][\s　]*"  # (or a colon: `本报拉萨11月22日讯：日前，…`)
    r"|(?<=讯)(?=“)"  # (or the quotation the story opens on: `本报淄博讯“作为村里的…”`)
    # the paper's own `本报讯` needs nothing after it: `本报讯近日，…`
    r"|(?<=^本报讯)|(?<=^本网讯)|(?<=^本台讯)"
    r"|(?<=电)(?=题\s*[:：]))(?P<rest>\S.*)$"  # (a wire names its story next: `…电题：…`)
)
# A dateline the paper sets in square brackets, its writers maybe after it: `【本报讯】近日，…`,
# `【新华社北京电】（记者 张三）…`.
_ENCLOSED_DATELINE = re.compile(
    rf"^(?P<dateline>[【\[][{HAN}0-9·/ ]{{2,24}}?(?:讯|电)[】\]])[\s　]*"
    r"(?:[（(](?P<credit>[^（）()]{2,40})[)）][:：]?[\s　]*)?(?P<rest>\S.*)$"
)
_OUTLET = rf"[{HAN}][{HAN}\-－·]{{1,20}}(?:网|报|台|融媒|客户端)"
# An outlet and its writers in brackets opening the lead, with no `讯`: `中国报道网（通讯员唐华）`,
# or their names alone after its colon (`山东法制传媒网：（李静良）`).
# (the outlet may name its parent site: `浙江在线-兰溪新闻网（记者杨一之）`)
_OUTLET_CREDIT = re.compile(
    rf"^(?P<outlet>{_OUTLET})(?P<colon>[:：]\s*)?[（(]\s*"
    r"(?P<credit>[^（）()]{2,30})[)）]\s*(?P<rest>\S.*)$"
)
# Or its name and the day, a space before the text: `氧分子网5月30日 徽县位于…`.
_DATED_OUTLET = re.compile(
    rf"^(?P<dateline>{_OUTLET}(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日)[ \u3000]+(?P<rest>\S.*)$"
)
# The paper's reporter and his `报道` run straight into the text: `本报记者郝彦丰报道村民在…`.
# (names, not words: `本报记者日前报道的…` is the text's)
_PAPER_REPORTED = re.compile(
    rf"^(?P<credit>(?:本报|本台|本网)(?:特约)?记者[ \u3000]*(?P<names>[{HAN}]{{2,4}}"
    rf"(?:[、 \u3000][{HAN}]{{2,4}}){{0,3}})[ \u3000]*报道)[:：]?[ \u3000]*(?P<rest>\S.*)$"
)
# Or the writers in brackets alone: `（记者邓静 通讯员王树健）近日，…`, after the place they
# write from (`（谷山 通讯员 赵西培）`), maybe under their paper's name (`（浙江日报记者 林庆雄）`).
_BRACKETED_CREDIT = re.compile(
    rf"^[（(](?:(?P<place>(?!\S*(?:记者|通讯员))[{HAN}]{{2,6}})\s+)?"
    rf"(?P<credit>(?:本报|本台|本网|[{HAN}]{{2,10}}(?:报|台|网|融媒))?(?:特约)?(?:记者|通讯员)"
    r"[^（）()]{2,40})[)）]\s*(?P<rest>\S.*)$"
)
# Or who wrote it, in brackets: `（刘恩权/文）近日，…`, `（文/张三）…`.
_BRACKETED_WRITER = re.compile(
    r"^[（(](?P<credit>[^（）()/／]{2,30}[/／]\s*文|文\s*[/／][^（）()]{2,30})[)）]\s*(?P<rest>\S.*)$"
)
# A dateline on a line of its own above the lead: `本网5月21日综合讯`, `新华社北京电`, its
# writers in brackets after it (`本台讯 （周口广电全媒体记者 李俊杰 通讯员郭金磊）`).
_LONE_DATELINE = re.compile(
    rf"^(?P<dateline>(?:本报|本网|新华社|[{HAN}]{{1,10}}(?:网|报|社|台|融媒|客户端|在线))"
    rf"[{HAN}0-9·/]{{0,14}}?(?:讯|电))(?:[\s　]*[（(](?P<credit>[^（）()]{{2,40}})[)）])?$"
)
# A wire story names its title after the dateline: `新华社西宁12月5日电 题：…`.
_WIRE_TITLE = re.compile(r"^题\s*[:：][^。！？]{2,60}$")
_WIRE_HEADLINE = re.compile(
    rf"^(?:(?P<dateline>[{HAN}]{{2,8}}\d{{1,2}}月\d{{1,2}}日电)\s*)?"
    r"(?P<label>题\s*[:：])\s*(?P<title>\S.*)$"
)
# or on the dateline's line, the wire's reporter and the text after it, spaces apart:
# `题：支部书记成了“自己人”  新华社记者王阳  “咚咚咚，…`
_WIRE_TITLE_RUN = re.compile(
    r"^(?P<title>题\s*[:：][^。！？\s]{2,60})\s{2,}"
    r"(?:(?P<credit>(?:新华社|中新社|本报|本台)?记者[^，。\s]{2,12})\s{2,})?"
)

def split_dateline(paragraph: str) -> tuple[str, str | None, str] | None:
    """(dateline, credit, rest of the paragraph) when the paragraph opens with a dateline."""
    if enclosed := _ENCLOSED_DATELINE.match(paragraph):
        return enclosed["dateline"], enclosed["credit"], enclosed["rest"]
    match = _DATELINE.match(paragraph)
    if not match:
        return None
    return match["dateline"], match["credit"] or match["reported"] or match["spaced"], match["rest"]


def lone_dateline(line: str) -> tuple[str, str | None] | None:
    """(dateline, credit) of a dateline on a line of its own above the lead."""
    found = _LONE_DATELINE.match(line)
    return (found["dateline"], found["credit"]) if found else None


def take_dateline(front: Front, body: list[str]) -> None:
    """Take the dateline and the writers the text opens on into `front`, and a wire story's
    title after its dateline."""
    if body and (credited := _outlet_credit(body[0])):
        # `中国报道网（通讯员唐华）1月4日，…`: the outlet and its writers, with no dateline
        if credited["colon"]:  # (their names alone: the outlet said apart)
            front.furniture.append(credited["outlet"] + credited["colon"].strip())
            front.credit = credited["credit"]
        else:
            front.credit = credited["outlet"] + credited["credit"]
        body[0] = credited["rest"]
    elif body and (dated := _DATED_OUTLET.match(body[0])):
        front.dateline, body[0] = dated["dateline"], dated["rest"]
    elif (
        body
        and (reported := _PAPER_REPORTED.match(body[0]))
        and person_names(reported["names"])
    ):
        front.credit, body[0] = reported["credit"], reported["rest"]
    elif (
        body
        and (bracketed := _BRACKETED_CREDIT.match(body[0]))
        and reporter_line(bracketed["credit"])
    ):
        front.credit, body[0] = bracketed["credit"], bracketed["rest"]
        if bracketed["place"]:
            front.furniture.append(bracketed["place"])  # where they wrote from
    elif (
        body
        and (written := _BRACKETED_WRITER.match(body[0]))
        and author_line(written["credit"])
    ):
        front.credit, body[0] = written["credit"], written["rest"]
    elif body and front.reporters is None and (credit := _run_in_credit(body[0])):
        # (a reporters' line as printed, run into the text: no dateline's brackets around it)
        front.reporters, body[0] = credit, body[0][len(credit) :].lstrip()
    elif body and (found := split_dateline(body[0])):
        front.dateline, front.credit, body[0] = found
        if _WIRE_TITLE.match(body[0]) and len(body) > 1:
            wire_title = body.pop(0)  # a wire story names its title after the dateline
            if front.title is None:  # (the page printed no other: the title, its label off below)
                front.title = wire_title
            else:
                front.furniture.append(wire_title)
                _wire_reporters(front, body)
        elif (wire := _WIRE_TITLE_RUN.match(body[0])) and len(body[0]) - wire.end() >= BODY_MIN:
            front.furniture.append(wire["title"])
            if wire["credit"]:
                front.credit = front.credit or wire["credit"]
            body[0] = body[0][wire.end() :]
    if (
        front.title
        and (wire := _WIRE_HEADLINE.match(front.title))
        and not (wire["dateline"] and front.dateline)
    ):
        # the page's only headline is the wire's line: `新华社西宁12月5日电 题：果洛藏贡麻村…`, or
        # its `题：…` under the dateline
        front.dateline = front.dateline or wire["dateline"]
        front.title = wire["title"]
        front.furniture.append(wire["label"])
        _wire_reporters(front, body)


def _outlet_credit(paragraph: str) -> re.Match[str] | None:
    """An outlet and the writers it names in brackets: by their roles, or after the outlet's
    colon by their names alone."""
    found = _OUTLET_CREDIT.match(paragraph)
    if not found:
        return None
    credit = found["credit"].strip()
    if credit.startswith(("记者", "通讯员")) or (found["colon"] and person_names(credit)):
        return found
    return None


def _run_in_credit(paragraph: str) -> str | None:
    """The reporters a paper names at the head of the text, spaces apart, run into it
    (`□本报记者 孙希明 通讯员 肖晴 文/图 连日来，…`): the longest run of words that names them."""
    if not _CREDIT_HEAD.match(paragraph):
        return None
    ends = [word.end() for word in islice(_WORD.finditer(paragraph), _CREDIT_WORDS_MAX)]
    for end in reversed(ends[1:]):
        if len(paragraph) - end >= BODY_MIN and reporter_line(paragraph[:end]):
            return paragraph[:end]
    return None


_CREDIT_HEAD = re.compile(rf"^[□■◇◆●]?\s*[{HAN}]{{0,12}}?(?:记者|通讯员)\s")
_CREDIT_WORDS_MAX = 10  # an outlet, two roles, their names and what they made
_WORD = re.compile(r"\S+")


def _wire_reporters(front: Front, body: list[str]) -> None:
    """A wire's reporters on the line under its title: `新华社记者黄豁、史卫燕`."""
    if front.reporters is None and len(body) > 1 and reporter_line(body[0]):
        front.reporters = body.pop(0)
