"""Web page furniture that scrapers leave around an article: record numbers, copyright and
support lines, phone numbers, addresses, navigation links. Matched on Simplified text.

Bylines, author units and editor lines are not boilerplate: the parser needs them.
"""

from __future__ import annotations

import re
from collections import Counter

from drafter.text.lazy import LazyPattern

# Every alternative starts with a literal character (the Latin words spell their cases out), so
# the regex engine skips ahead by the set of first characters: sixteen times faster on Han text
# than with re.IGNORECASE or a class in front.
_MARKERS = re.compile(
    r"I[Cc][Pp][备证]|i[Cc][Pp][备证]|C[Oo][Pp][Yy][Rr][Ii][Gg][Hh][Tt]"
    r"|c[Oo][Pp][Yy][Rr][Ii][Gg][Hh][Tt]|公网安备|版权所有|©|技术支持[:：]|网站地图"
    r"|\[管理[\]】]|【管理[\]】]|主办单位[:：]|承办单位[:：]|设为首页|加入收藏|联系我们|关于我们"
    r"|免责声明|返回顶部|打印本页|关闭窗口|上一篇[:：]|下一篇[:：]|扫一扫|分享到|字号[:：]|字体[:：]"
    r"|当前位置[:：]|您的位置[:：]|首页\s*[>＞»›]|【(?:打印|关闭|收藏)】"
)
# Page metadata and contact lines: a label at the start of a short line.
_LABELLED = re.compile(
    r"^(?:地址|来源|发布时间|发布日期|时间|浏览次数|浏览量|点击数|点击量|阅读数|阅读次数|阅读量"
    r"|访问量|邮编|邮箱|E-?mail)\s*[:：]",
    re.IGNORECASE,
)
# A line that is only a publication date and time: `2021-09-01 10:30`.
_DATE_ONLY = re.compile(
    r"^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
)
# Where a page's list of other articles begins: everything from here on is not the article.
_RELATED = re.compile(
    r"^[【\[]?(?:相关新闻|相关阅读|相关文章|推荐阅读|延伸阅读|热门推荐|热点推荐|猜你喜欢"
    r"|你可能(?:想看|还想看|感兴趣|喜欢))"
)
_PHONE = re.compile(
    r"(?:\+?86[- ]?)?(?:400-?\d{3,4}-?\d{3,4}|1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|\d{7,8})"
)
_PHONE_LABELS = re.compile(
    r"洽谈|咨询|联系|服务|客服|投诉|热线|举报|电话|手机|传真|[:：,，;；、/\s\-()（）]"
)
# Every character a line of phone numbers and their labels can hold: the two patterns above
# take a line apart ten times slower than this tells that an article's line is none.
_PHONE_CHARS = re.compile(
    r"[\d+\-\s:：,，;；、/()（）洽谈咨询联系服务客服投诉热线举报电话手机传真]*"
)
_SHORT = 120


_STRONG = re.compile(
    r"ICP[备证]|公网安备|Copyright|©|版权所有[:：]|技术支持[:：]|主办单位[:：]", re.I
)
_HAN = LazyPattern("[\u3400-\u9fff]")
_URL = re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)
_SEPARATORS = re.compile(r"[|｜/>＞»›•·\s:：,，;；、()（）\[\]【】-]+")
_ALL_DATES = re.compile(
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}:\d{2}(?::\d{2})?"
)
# What may be left of a furniture line once its markers are taken out: a site's or a
# widget's name (微信 微博 QQ空间), never a clause of the article.
_REST_MAX = 6
_LINK_MAX = 40  # a related article's title: a short line with no sentence in it


def _rest(line: str) -> int:
    """Han characters left when markers, labels, phones, dates, links and separators go."""
    rest = _MARKERS.sub("", line)
    rest = _LABELLED.sub("", rest)
    rest = _ALL_DATES.sub("", _PHONE.sub("", _URL.sub("", rest)))
    rest = _PHONE_LABELS.sub("", _SEPARATORS.sub("", rest))
    return len(_HAN.findall(rest))


# A site's watermark run into the text at the start of lines (`爱思范文网http://fanwen.is97.com党章
# 规定…`): a short name and an address that open several lines of the page. The address ends on
# a letter or a slash, so a figure run into it (`….com2021年`) stays the writer's.
_WATERMARK = re.compile(r"^[^\s。，！？：:]{0,12}?(?:https?://|www\.)[A-Za-z0-9.\-/_]*[A-Za-z/]")
_WATERMARK_LINES = 3


def may_hold_watermark(text: str) -> bool:
    """Whether `text` can hold a watermark: each holds an address. Two scans of the whole text
    tell it for most texts, which hold none, where `watermarks` matches every line."""
    return "://" in text or "www." in text


def watermarks(lines: list[str]) -> list[str]:
    """The watermarks that open three or more lines, longest first."""
    opening = Counter(m.group() for line in lines if (m := _WATERMARK.match(line)))
    found = [mark for mark, count in opening.items() if count >= _WATERMARK_LINES]
    return sorted(found, key=len, reverse=True)


def furniture(lines: list[str], text: str | None = None) -> dict[int, str]:
    """The lines that are page furniture, by index, each with the rule that removes it.

    A rule removes only what it is sure of: a marker line keeps nothing of the article once its
    markers are taken out; a lone date stands at the head of the page (at its foot it is the
    signature's date); a "related articles" list runs only as far as its lines look like links.
    Long lines are looked at only when the text has a marker at all. `text`: what the lines
    were cut from (each line a part of it), when the caller has it."""
    # One scan of all the lines for a marker: most pages have none, and then no line's markers
    # need counting. Long lines are looked at when any line holds one (a long line needs two
    # to be furniture, so this finds what a look at long lines alone would).
    marked = _MARKERS.search("\n".join(lines) if text is None else text) is not None
    found: dict[int, str] = {}
    head = max(5, len(lines) // 3)
    for index, line in enumerate(lines):
        if not line or not (marked or len(line) <= _SHORT):
            continue
        rule = _rule(line, marked)
        if rule == "date" and index >= head:
            continue
        if rule:
            found[index] = rule
    # A "related articles" list in the last part of a page: its heading and the link titles
    # after it, up to the first line that is a sentence.
    start = len(lines) // 2
    related = next(
        (
            i
            for i in range(start, len(lines))
            # the list's heading: a short line of its own, not a sentence that begins so
            if len(lines[i]) <= 12 and _RELATED.match(lines[i]) and "。" not in lines[i]
        ),
        None,
    )
    if related is not None:
        found[related] = "related"
        for index in range(related + 1, len(lines)):
            line = lines[index]
            if line and not _is_link(line):
                break
            if line:
                found[index] = "related"
    # The links to the neighbouring stories under the text, a label alone over the other story's
    # title (`上一篇：` over `嘉鱼县举行运价调整听证会 规范城区出租车运营`); at the page's head a
    # line under such a label may be the article's own title.
    if marked:
        for index in range(start, len(lines)):
            title = _next_line(lines, index) if _NEIGHBOUR_LABEL.fullmatch(lines[index]) else None
            if title is not None and _is_link(lines[title]):
                found.setdefault(title, "neighbour")
    return found


def _is_link(line: str) -> bool:
    """A line that may be a link's title: short, with no sentence in it."""
    return len(line) <= _LINK_MAX and not re.search("[。！？；]", line)


_NEIGHBOUR_LABEL = re.compile(r"[-－—·•\s]*[上下]一[篇条]\s*[:：]\s*")


def _next_line(lines: list[str], index: int) -> int | None:
    return next((i for i in range(index + 1, len(lines)) if lines[i].strip()), None)


def furniture_rule(line: str) -> str | None:
    """The rule by which a (cleaned, Simplified) line is page furniture, or None."""
    return _rule(line, marked=True)


def _rule(line: str, marked: bool) -> str | None:
    """`furniture_rule`, told whether the line may hold a marker at all."""
    stripped = line.strip()
    if not stripped:
        return None
    markers = len(_MARKERS.findall(stripped)) if marked else 0
    if len(stripped) > _SHORT:  # a paragraph: only a cluster of markers makes it furniture
        return "marker" if markers >= 2 and _rest(stripped) <= _REST_MAX * 2 else None
    sentence = stripped[-1] in "。！？"
    # Several widgets on a line may leave several names (微信 微博 QQ空间); a clause never.
    # A record number or a copyright notice is the site's footer whatever else the line says
    # (its company name, its address).
    if (
        markers
        and not sentence
        and (_STRONG.search(stripped) or _rest(stripped) <= _REST_MAX * min(markers, 2))
    ):
        return "marker"
    if len(stripped) <= 60 and _LABELLED.match(stripped) and _rest(stripped) <= _REST_MAX * 2:
        return "metadata"
    if sentence:  # neither a date nor a phone number ends so
        return None
    if stripped[0].isdecimal() and _DATE_ONLY.match(stripped):  # `\d`: a decimal digit
        return "date"
    # A line of phone numbers and their labels only.
    if not _PHONE_CHARS.fullmatch(stripped):
        return None
    rest = _PHONE_LABELS.sub("", _PHONE.sub("", stripped))
    return "phone" if not rest and len(stripped) <= _SHORT else None


def is_boilerplate(line: str) -> bool:
    """Whether a (cleaned, Simplified) line, taken alone, is page furniture."""
    return furniture_rule(line) is not None


# A removed line is said in the default summary unless it is plainly furniture: short, and
# nothing of the article left in it.
def is_obvious(line: str, rule: str) -> bool:
    return rule not in ("related", "neighbour") and len(line) <= 30 and _rest(line) <= _REST_MAX
