"""Web page furniture that scrapers leave around an article: record numbers, copyright and
support lines, phone numbers, addresses, navigation links. Matched on Simplified text.

Bylines, author units and editor lines are not boilerplate: the parser needs them.
"""

from __future__ import annotations

import re

_MARKERS = re.compile(
    r"ICP[备证]|公网安备|版权所有|Copyright|©|技术支持[:：]|网站地图|[\[【]管理[\]】]"
    r"|主办单位[:：]|承办单位[:：]|设为首页|加入收藏|联系我们|关于我们|免责声明|返回顶部"
    r"|打印本页|关闭窗口|上一篇[:：]|下一篇[:：]|扫一扫|分享到|字号[:：]|字体[:：]"
    r"|当前位置[:：]|您的位置[:：]|首页\s*[>＞»›]|【(?:打印|关闭|收藏)】",
    re.IGNORECASE,
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
    r"^[【\[]?(?:相关新闻|相关阅读|相关文章|推荐阅读|延伸阅读|热门推荐|热点推荐|猜你喜欢)"
)
_PHONE = re.compile(
    r"(?:\+?86[- ]?)?(?:400-?\d{3,4}-?\d{3,4}|1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|\d{7,8})"
)
_PHONE_LABELS = re.compile(
    r"洽谈|咨询|联系|服务|客服|投诉|热线|举报|电话|手机|传真|[:：,，;；、/\s\-()（）]"
)
_SHORT = 120


def furniture(lines: list[str]) -> set[int]:
    """Indexes of the lines that are page furniture. Long lines are looked at only when the
    text has a marker at all: most articles have none, and most lines are long."""
    markers_anywhere = any(_MARKERS.search(line) for line in lines if len(line) > _SHORT)
    found = {
        index
        for index, line in enumerate(lines)
        if (markers_anywhere or len(line) <= _SHORT) and is_boilerplate(line)
    }
    # A "related articles" list in the last part of a page runs to its end.
    start = len(lines) // 2
    related = next((i for i in range(start, len(lines)) if _RELATED.match(lines[i])), None)
    if related is not None:
        found.update(range(related, len(lines)))
    return found


def is_boilerplate(line: str) -> bool:
    """Whether a (cleaned, Simplified) line is page furniture rather than article text."""
    stripped = line.strip()
    if not stripped:
        return False
    if len(stripped) > _SHORT:  # a paragraph: only a cluster of markers makes it furniture
        return len(_MARKERS.findall(stripped)) >= 2
    markers = len(_MARKERS.findall(stripped))
    # One marker in a sentence of the article (ending 。！？) is the article talking.
    if markers >= 2 or (markers and len(stripped) <= _SHORT and stripped[-1] not in "。！？"):
        return True
    if (_LABELLED.match(stripped) and len(stripped) <= 60) or _DATE_ONLY.match(stripped):
        return True
    # A line of phone numbers and their labels only.
    rest = _PHONE_LABELS.sub("", _PHONE.sub("", stripped))
    return not rest and len(stripped) <= _SHORT
