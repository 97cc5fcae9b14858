"""Which line of an article's front is its title, and what of the line is the title's own.

A saved page prints its title among other title-shaped lines (a column's name, a site's
headline, a cover's words, a collection's count) and decorates it (site tags, a piece's number,
the site's name after a dash). The title is the line the page repeats or that another extends,
else the one nearest the text unless a line above shares clearly more of the text's words.
Where the page lost the title's line, the title is found run into the text: cut at a wrap,
named by a breadcrumb, or glued to the first paragraph.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from drafter.parse.byline import OFFICES, author_line, surnamed
from drafter.parse.continuation import ends_wanting_more, goes_on_below
from drafter.parse.furniture import (
    BODY_MIN,
    date_after,
    field_after,
    is_marked_furniture,
    site_after_title,
)
from drafter.parse.salutation import ADDRESS_OPENING, SALUTATION_OPENING
from drafter.text.chars import HAN, HAN_CHAR
from drafter.text.punctuation import is_open_line, quotation_balance

if TYPE_CHECKING:
    from drafter.parse.front import Front

TITLE_MAX = 60  # characters of a title line, at most
_TITLE_HAN_MIN = 6  # Han characters a title keeps when what the page ran onto it is cut off
# The first piece's label run onto the collection's title (`党员队伍建设的调研3篇【篇一】`,
# `…讲稿（优质19篇）篇一`), a document site's label on the image of each page (`…调研报告_第1页`),
# or the piece's number run onto a title that names the kind of text (`…推进会上的讲话1`).
_PIECE_LABEL_AFTER = re.compile(
    r"[（(【]篇[一二三四五六七八九十]{1,3}[)）】]$|(?:(?<=[)）])|\s)篇[一二三四五六七八九十]{1,3}$"
    r"|_第\d{1,3}页$"
    r"|(?<=讲话|发言|言稿|讲稿|话稿|报告|总结|材料|体会|方案)[1-9]$"
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
_FILE_TITLE = re.compile(
    r"^《?(?P<title>[^《》]{4,60}?)\s*\.(?:docx?|pdf|wps|txt)》?$", re.IGNORECASE
)


def own_words(line: str) -> str:
    """A title line without what the site put around it: its tags, its name, its widgets, the
    page's fields run on; printed twice, once."""
    tags = _SITE_TAGS.search(line) or _PIECE_LABEL_AFTER.search(line)
    own = line[: tags.start() if tags else _tail_start(line)].rstrip()
    # (a page's title as its window names it: `[…心得体会五]`)
    return undoubled(own[1:-1] if _BRACKETED.fullmatch(own) else own)


def _tail_start(line: str) -> int:
    """Where a title line's own words end: before the site's name after a dash, or before the
    page's date or fields run onto it (a title long enough to stand without them)."""
    ends = (site_after_title(line), field_after(line), date_after(line))
    return min(
        (e for e in ends if e is not None and len(HAN_CHAR.findall(line[:e])) >= _TITLE_HAN_MIN),
        default=len(line),
    )


# A title with its author's name after a space: `难忘的40年党员冬训 郝立良`.
_TITLE_THEN_NAME = re.compile(rf"^(?P<title>\S.{{5,}}?)[ \u3000]+(?P<name>[{HAN}]{{2,3}})$")


# Or run onto it, the break lost, after the word a title ends on (`…问题研究张可翔`,
# `…对策探析*王 金`, `乡村振兴宣言张一一`, `…“领头雁”陈秀艳`).
_TITLE_THEN_GLUED_NAME = re.compile(
    rf"^(?P<title>\S.{{5,}}?(?:研究|探析|探究|初探|浅析|浅谈|探讨|思考|对策|路径|宣言|报告|讲话"
    rf"|发言|致辞|讲稿|总结|[”*》]))(?P<name>[{HAN}](?:[ \u3000]?[{HAN}]){{1,2}})$"
)


def name_after(title: str) -> tuple[str, str] | None:
    """(the title, its author) when the page printed the author's name after the title."""
    from drafter.language import word_frequency

    named = _TITLE_THEN_NAME.match(title)
    # (`乡村振兴路上的 金扁担`: one phrase, no name)
    if named and not ends_wanting_more(named["title"]) and author_line(named["name"]):
        return named["title"], named["name"]
    # (a name, not a word: `…调研报告范文`, `…“城归”庄主`)
    glued = _TITLE_THEN_GLUED_NAME.match(title)
    if glued and author_line(glued["name"]) and not word_frequency("".join(glued["name"].split())):
        return glued["title"], glued["name"]
    return None


def undoubled(line: str) -> str:
    """`乡村振兴领头雁乡村振兴领头雁` → `乡村振兴领头雁`: a title the page printed twice, the
    first time perhaps under a prefix of its own (`2023年专题党课：… 专题党课：…`)."""
    half = len(line) // 2
    if len(line) % 2 == 0 and line[:half] == line[half:]:
        return line[:half]
    # (the copy after the space is a title line, no longer: a long line is not compared at each
    # of its spaces, which was quadratic)
    for space in _SPACE.finditer(line, max(len(line) - TITLE_MAX - 1, 0)):
        second = line[space.end() :]
        if len(second) >= _SHORTENED_MIN and line.endswith(second, 0, space.start()):
            return second
    # (or twice among the words a page on one line spaced around it: `…工作总结 马振华 …工作总结`,
    # `[…心得体会五] …心得体会五`, `…报告（通用3篇） …报告（通用3篇） …报告 篇1`)
    printed = Counter(
        word.strip("[]【】") for word in line.split() if len(word) >= _SHORTENED_MIN
    )
    twice = [word for word, times in printed.items() if times > 1]
    return max(twice, key=len) if twice else line


_SPACE = re.compile(r"\s+")


def as_file_title(line: str) -> str | None:
    """`《在县委农村工作会议上的发言.docx》` → the title a document site printed as a file name."""
    match = _FILE_TITLE.match(line)
    return match["title"] if match else None


_WRAPPED_TAIL = re.compile(rf"[{HAN}]{{1,2}}")
# The words a title ends on that name the kind of text it heads (`…上的讲话`, `…调研报告`).
KIND_OF_TEXT = "讲话|发言|致辞|讲稿|主持词|报告|总结|计划|材料|汇报|方案"
_NAMED_KIND_END = re.compile(rf"(?:{KIND_OF_TEXT})$")
_STOPPED_TITLE = re.compile(rf"[^，,。；;！？!?：:]{{8,58}}(?:{KIND_OF_TEXT})。")


def names_a_kind_of_text(line: str) -> bool:
    """`line` ends on the word that names a kind of text (`调查报告`, `工作总结`)."""
    return bool(_NAMED_KIND_END.search(line))


def _wrapped_tail(title: str, line: str) -> bool:
    """`line` is the last character or two of `title`, wrapped onto a line of their own: the
    two end on the word that names the kind of text, which `title` alone does not."""
    return bool(
        _WRAPPED_TAIL.fullmatch(line)
        and _NAMED_KIND_END.search(title + line)
        and not _NAMED_KIND_END.search(title)
    )


# A title's line that only goes on from the line above: `及下一步工作计划`, `上的主持词`.
_GOES_ON_OPENING = re.compile(r"^(?:[的之及与暨]|[上中时]的)")
# Where a speech's title opens: on who gave it, or when (`镇党委书记在…`, `2021年在…`).
_SPEAKER_AT = re.compile(
    rf"^(?:(?:19|20)\d{{2}}年)?(?:[^，。：\s]{{0,12}}?(?:{OFFICES}|同志|代表))?在"
)
# (`…工作情况` over `调研报告`, `2023年乡村振兴` over `工作述职报告`; not a title whole, nor the
# title printed again under a collection's: `村委调研报告` under `村委调研报告十篇`)
_KIND_TAIL_MAX = 6
_PIECE_NUMBER = r"篇[一二三四五六七八九十]{1,3}|第[一二三四五六七八九十\d]{1,3}篇"
_PIECE = re.compile(_PIECE_NUMBER)
# A year a wrap broke: `…人民政府202` over `0年度工作总结`.
_YEAR_BROKEN = re.compile(r"(?:19|20)\d{2}年")
_TRAILING_DIGITS = re.compile(r"\d+$")
# A title's line cut after these goes on: `…农村基层团组织“` over `空心化”问题…`.
_LEFT_OPEN = tuple("，,、“‘《（(【")


def title_goes_on(title: str, line: str) -> bool:
    """`line` is the rest of `title`, broken at a wrap: a word, a year, a quotation or a
    book title broken there (`…奏响乡村发` over `展“奋进曲”`, `…政府202` over `0年度…`,
    `…“三链` over `”融合…`, `《…研究报告` over `2021》发布会…`), a title cut after a comma, a
    word that only goes on (`及下一步…`, `上的讲话`), the kind of text the title names
    (`2023年乡村振兴` over `工作述职报告`, `…推进会议上的讲` over `话`) or a collection's count
    (`(精选34篇)`)."""
    if (
        len(title) + len(line) > TITLE_MAX
        or _PIECE.match(line)  # (a collection's piece under its count: `…范文三篇` over `篇一`)
        # (a widget or the page's fields: `…书记张三` over `点赞 12`, `…田园中` over `转自：…`)
        or is_marked_furniture(line)
        or field_after(line) == 0
    ):
        return False
    if (
        title.endswith(_LEFT_OPEN)
        or (quotation_balance(title) > 0 and quotation_balance(line) < 0)
        or (title.count("《") > title.count("》") and "》" in line)
        or COLLECTION_COUNT.fullmatch(line)
    ):
        return True
    # (a figure runs on across the break as a year, `…政府202` over `0年度…`, or into its unit,
    # `县委书记在2024` over `年全县…`; not a number over a date, `…主持词 篇8` over `2024-07-18`)
    if year := _TRAILING_DIGITS.search(title):
        if line[0].isdigit():
            return bool(_YEAR_BROKEN.match(year[0] + line))
        if line[0] in "年月日":
            return True
    return (
        goes_on_below(title, line)
        or _wrapped_tail(title, line)
        or bool(_GOES_ON_OPENING.match(line))
        or ends_wanting_more(title)  # (`…政府工作报告和` over `2019年工作计划`)
        # (a speech's title broken before where it was given: `2021年在全镇重点工作` over
        # `部署会议上的讲话`; a line opening on `在` is a speech's title whole)
        or (
            bool(_SPEAKER_AT.match(title))
            and "上的" not in title
            and not line.startswith("在")
            and bool(_SPOKEN_AT.fullmatch(line))
        )
        or (
            # (or a letter's or report's `关于…` over the rest, `…的调研报告`)
            (len(line) <= _KIND_TAIL_MAX or title.startswith("关于"))
            and names_a_kind_of_text(COLLECTION_COUNT.sub("", line))
            and not names_a_kind_of_text(title)
            and line not in title
        )
    )


def joined_lead_ins(candidates: list[str]) -> list[str]:
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
_SPOKEN_AT = re.compile(
    r"[^，。：]{0,30}上的(?:讲话|发言|表态发言|交流发言|致辞|主持词|汇报)(?:提纲|稿)?$"
)
_COVER_LINES = 12  # a cover's word lines, at most


def stopped_title(line: str) -> bool:
    """A title that names its kind, closed by a full stop: `关于农村红白喜事调查报告。`."""
    return bool(_STOPPED_TITLE.fullmatch(line))


def without_cover_words(candidates: list[str]) -> tuple[list[str], list[str]]:
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


def title_of(candidates: list[str], body: list[str]) -> str | None:
    """The title among the front zone's title-shaped lines: a collection's counted title; one
    the page repeats (or that another candidate extends with a column note); else the one
    nearest the body, unless a line above shares clearly more words with the text's opening; a
    headline that asks only when no other line could be the title."""
    if not candidates:
        return None
    # a 范文 site's page of several pieces is titled by the line that counts them, not by the
    # first piece's own title under it (`…工作日记范文（精选10篇）` over `…工作日记 1`); or
    # by that line without its count, when the page printed it so first
    counted = next((i for i, c in enumerate(candidates) if COLLECTION_COUNT.search(c)), None)
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
        return candidates[-1] if files_year_before(again, candidates[-1]) else again
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


def files_year_before(headline: str, title: str) -> bool:
    """Whether a document site's `headline` is `title` with a year filed before it (and the
    site's tag after it): `2022年度贫困村调研报告（全文完整）` over `贫困村调研报告`."""
    own = own_words(headline)
    return own != title and own.endswith(title) and bool(_FILED_YEAR.fullmatch(own[: -len(title)]))


# How a collection's title counts its pieces (two or more, not `第二篇`): `（精选10篇）`,
# `大全(19篇)`, `（共五则范文）`, `-13篇`, `三篇`.
_PIECES = (
    r"(?<!第)(?:[2-9]|[1-9]\d{1,2}|[二三四五六七八九两]"
    r"|十[一二三四五六七八九]?|[二三四五六七八九]十[一二三四五六七八九]?)"
)
COLLECTION_COUNT = re.compile(
    rf"(?:[（(]\s*(?:共|精选|优质|优秀|通用|热门|推荐|最新)?\s*{_PIECES}\s*[篇则份](?:范文)?\s*[)）]"
    rf"|(?:大全|汇编|合集|范文|精选|-|[{HAN}])\s*{_PIECES}\s*[篇则])$"
)
_BRACKETED = re.compile(r"\[[^\[\]:：]{6,}\]")
_OPENING_PARAGRAPHS, _OPENING_REACH = 3, 400  # the text's opening, in paragraphs and characters
_SHARED_MORE = 3  # pairs of Han characters a title shares with it beyond the nearest line's


def _pairs(text: str) -> set[str]:
    """The pairs of Han characters side by side in `text`: its words, roughly."""
    return {text[i : i + 2] for i in range(len(text) - 1) if _HAN_PAIR.fullmatch(text[i : i + 2])}


_HAN_PAIR = re.compile(f"[{HAN}]{{2}}")
_SHORTENED_MIN = 6
_LABEL_MARKS = re.compile(r"[:：\[\]【】<>《》|｜]")


# A title the page ran into its first paragraph ends on a word that names the kind of text
# (`…调研报告`, `…上的讲话`, `…情况汇报`), or before a lead's usual opening: a time and a comma
# (`…积分制管理日前，东阳结合…`) or a salutation, after words that are not a place's or an
# office's name, nor an outlet's credit (`中国报道网（通讯员唐华）1月4日，…`).
_BRACKETED_DATE = r"[（(][^（）()]{0,12}?年[^（）()]{0,10}[)）]"
# (a sentence may go on from the word that names the kind of text: `…工作报告中提出`, `…讲话精神`)
_GOES_ON_FROM_KIND = "精神|的|和|与|及|暨|中|时|上"
_DATE_AFTER_TITLE = re.compile(f"{_BRACKETED_DATE}$")
_GLUED_TITLE = re.compile(
    r"^(?P<title>[^，。：；！？\s]{2,40}?"
    r"(?:(?:调研|调查|研究|分析|述职|工作|情况|自查)报告|情况(?:汇报|总结)|材料|发言|讲话|讲稿|致辞|主持词"
    r"|演讲稿|心得体会|工作总结|工作计划|做法|纪实|综述)"
    r"(?:范文|范本)?"  # (as a 范文 site names it: `…调查情况报告范文为了解xx区…`)
    # (a speech's date may follow: `…支部大会主持词（年月日）同志们：…`)
    rf"(?:{_BRACKETED_DATE})?"
    # (the text may open on a name or a date a 范文 site masked: `…主持词xxx等x名预备党员…`,
    # `…心得体会___年__月__日至…`)
    rf"(?=[{HAN}“\d]|[xX×*＊]{{2,}}|_{{2,}})(?!{_GOES_ON_FROM_KIND})"
    # (a study named for what it is about: `关于农村集体“三资”管理的调研农村集体资金、…`)
    rf"|关于[^，。：；！？\s]{{2,40}}?的(?:调研|调查|思考)(?=[{HAN}“\d])(?!报告|与|和|及)"
    # (or it runs into the paper's own dateline: `支书当考生群众来打分本报讯（通讯员…）`)
    rf"|[^，。：；！？\s（）()][^，。：；！？（）()\n]{{4,48}}?[^，。：；！？\s（）()]"
    rf"(?=[ \u3000]?(?:本报|本台|本网)[{HAN}\d]{{0,12}}讯)"
    # (a place and a colon may label it: `太尉镇：多措并举做好…工作为进一步做好…`; two phrases a
    # space apart: `党建引领网格化管理 助推乡村振兴近年来，…`)
    # (a speech's title may label it: `…会议上的交流发言：发展…，探索…新模式近年来，…`; it may
    # number an instalment: `…蹲点调研活动（二）3月19—20日，…`)
    r"|(?:(?:[^，。：；！？\s（）()]{2,30}[：:])[^，。：；！？\s（）()]{8,40}?"
    r"(?:[ \u3000，][^，。：；！？\s（）()]{4,20}?)?"
    r"|[^，。：；！？\s（）()]{8,40}?(?:[ \u3000][^，。：；！？\s（）()]{4,20}?)?)"
    r"(?:[（(][一二三四五六七八九十]{1,2}[)）])?"
    r"(?<![县区市镇乡村省州部委局讯电\s])"
    r"(?=(?:近年来|近日|日前|连日来|前不久|今年以来|去年以来|昨天(?:上午|下午|晚上)?"
    # (a day, or days: `3月19—20日`)
    r"|(?:\d{4}年)?\d{1,2}月\d{1,2}(?:[—\-－~至]\d{1,2})?日(?:上午|下午|晚上)?"
    r"|\d{4}年以来"
    r"|自[^，。]{2,20}以来"
    # (or where and when the story stands: `在乡村振兴的新时代，`, `根据镇党委统一部署安排，`)
    r"|在[^，。]{2,20}?(?:中|下|上|里|之际|期间|时代|进程中)|根据[^，。]{2,30})，|尊敬的|同志们"
    # or a lead opening on its aim (`为进一步做好群众动态监测和帮扶工作，…`)
    r"|为(?:进一步|深入|全面|切实|扎实|更好|加快|持续|认真|有效)[^。]{2,40}，"
    # or on what someone said, a sentence quoted (`…移风易俗树新风“喜事新办，丧事从俭…”`; a
    # title's own quoted words are a name: `党建引领“联”村富`)
    r"|“[^“”]{2,80}[。！？]”))"
)
# A breadcrumb's separators: `首页 > 工作范文 > 某某调查汇报`, `首页 » …`, `首页 -> …`.
CRUMB_SEPARATOR = re.compile(r"\s*(?:->|>|»|›|/)\s*")
_CRUMB_MIN = 6  # characters of a last crumb that may be the title
_CRUMB_REACH = 40  # how far into the first paragraph the title may be glued


_SAYS_BEFORE = re.compile("(?:提出|指出|强调|表示|说|认为|写道|要求)$")


def title_glued_to_text(front: Front, body: list[str]) -> None:
    """The title a page ran into its first paragraph, cut off where its shape ends."""
    glued = _GLUED_TITLE.match(body[0])
    # (not who said what: `党的十九大报告中提出“要坚持…。”`)
    if not glued or ADDRESS_OPENING.match(body[0]) or _SAYS_BEFORE.search(glued["title"]):
        return
    rest = body[0][glued.end() :]
    if len(glued["title"]) >= _SHORTENED_MIN and (
        len(rest) >= BODY_MIN or SALUTATION_OPENING.match(rest)
    ):
        front.title, body[0] = glued["title"], rest
        if dated := _DATE_AFTER_TITLE.search(front.title):
            front.furniture.append(dated.group())
            front.title = front.title[: dated.start()]


def title_named_by_breadcrumb(front: Front, body: list[str]) -> None:
    """A page with no title line may glue its title to the text (`参考资料，少熬夜！某某调查汇报
    局领导：根据…`); its breadcrumb's last crumb names that title, and where it stands in the
    first paragraph the title ends."""
    for line in front.furniture:
        crumbs = CRUMB_SEPARATOR.split(line)
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


def join_title_cut_by_wrap(front: Front, body: list[str]) -> None:
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


# A piece's label before the title a 范文 site prints again over the text: `篇一：`.
_PIECE_LABEL = re.compile(rf"(?:{_PIECE_NUMBER})[：:]\s*")
_RESTATED_MIN = 8  # characters of a title that the text's first line may repeat
_RUNS_ON_FROM_TITLE = re.compile(_GOES_ON_FROM_KIND)


def restated_title_end(title: str, paragraph: str) -> int:
    """Where the title printed again at the head of `paragraph` ends, 0 if it is not there:
    the whole title run into the text (`…心得体会五 3月6日，…`, `…演讲稿一、开场白`), or,
    after a piece's label (`篇一：`), its last words before a space (`…演讲稿：脚上粘泥土心中有
    群众  这是一片…`) or before text run on from the word that names the kind of text
    (`篇一：…述职报告经过整顿，…`). Not a sentence that goes on from the title's words
    (`…工作报告中提出的…`, `…推进会议精神传达到…`)."""
    label = _PIECE_LABEL.match(paragraph)
    start = label.end() if label else 0
    for length in range(len(title), _RESTATED_MIN - 1, -1):
        if not paragraph.startswith(title[-length:], start):
            continue
        rest = paragraph[start + length :]
        if not rest.strip() or _RUNS_ON_FROM_TITLE.match(rest):
            return 0
        whole = length == len(title)
        spaced = rest[:1].isspace()
        return start + length if whole or spaced or _NAMED_KIND_END.search(title) else 0
    return 0
