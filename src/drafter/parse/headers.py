"""Section headers, recognised by what makes them headers rather than by their words:

- numbering: `一、` (level 1) and `（一）` (level 2, or 1 when an article has no `一、`);
- a line of its own that does not close a sentence (`发挥支部“主心骨”，凝聚基层向心力`);
- a short sentence opening a paragraph whose body follows (`注重目标导向，聚焦党建促发展。…`):
  one or two clauses of similar length, no subject or adverbial opening, no figures, no
  narrative words — and, since an article's headers share a shape, never alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from drafter.parse.front import BARE_NUMBER, is_part_label
from drafter.parse.salutation import is_salutation
from drafter.text.chars import HAN, HAN_CHAR, NUMERALS
from drafter.text.punctuation import (
    MID_SENTENCE_MARKS,
    SENTENCE_END,
    is_open_line,
    quotation_balance,
)

# (the mark may be typed as a full stop or left as a space: `一.开场白`, `一 乡村治理的新形势`)
_NUMBERED_1 = re.compile(
    rf"^(?P<mark>(?P<number>[{NUMERALS}]{{1,3}})(?:、|[.．。](?!\d)|[ \u3000]+(?=[{HAN}“])))"
    r"(?P<rest>.+)$"
)
_NUMBERED_2 = re.compile(rf"^(?P<mark>[（(](?P<number>[{NUMERALS}]{{1,3}})[)）])(?P<rest>.+)$")
# `1.领导者`, `2、抓好党建工作`: the level below; as a line of its own, or run into its paragraph
# only as a short phrase, or two short parallel ones, closed by a stop (`1.基本情况。我乡…`,
# `1、领导重视，行动迅速。全市…`): a page's chunk numbers and a paragraph's list items are
# printed the same way, run on into a sentence.
# (or `1.1 “智慧党建云平台”建设`: a paper's second level, numbered within its part, and
# `1.1.1研究背景` its third; not a figure, `2.5万元…`)
_NUMBERED_3 = re.compile(
    r"^(?P<mark>(?P<number>\d{1,2}(?:[.．]\d{1,2}){1,2})"
    r"(?![\d万亿千百元%％个人户名家项倍亩吨])[.．、]?"
    r"|(?P<single>\d{1,2})[.．、])"
    r"\s*(?P<rest>[^\d.．、\s].*)$"
)
# `（1）村庄规划`: the level below `1.` (GB/T 9704's fourth), as a line of its own only: run into a
# paragraph, `（1）…；（2）…` are the items of a list.
_NUMBERED_4 = re.compile(r"^(?P<mark>[（(](?P<number>\d{1,2})[)）])(?P<rest>.+)$")
# A paper's part numbered with a bare figure and a space, on a line of its own: `1 引言`.
_BARE = re.compile(rf"^(?P<number>\d)[ \u3000]+(?P<rest>[{HAN}“][^。！？；，]{{1,30}})$")
# `第一，要提高站位，坚定信心。` on a line of its own: a speech's or commentary's point, at the
# level of `（一）`, and so are `首先，…` `其次，…` in their series. Run on into its paragraph it is
# the paragraph's opening words, not a header.
_ORDINAL = re.compile(
    rf"^(?P<mark>(?:第(?P<number>[{NUMERALS}]{{1,3}})|(?P<word>首先|其次|再次|最后))[，,、])"
    r"(?P<rest>[^。！？；]{2,36}[。；]?)$"
)
_ORDINAL_WORDS = {"首先": "一", "其次": "二", "再次": "三", "最后": ""}
_RUN_IN_ARABIC = re.compile(rf"([{HAN}“”、]{{2,12}}|[{HAN}“”]{{2,8}}，[{HAN}“”]{{2,8}})。(?=\S)")
_FIRST_SENTENCE = re.compile(r"^(?P<sentence>[^。！？；]{2,40}?[。；])(?P<rest>.+)$")
_ONLY_SENTENCE = re.compile(r"^(?P<sentence>[^。！？；]{2,40}?[。；])(?P<rest>)$")
_COLON_HEADER = re.compile(r"^(?P<sentence>[^。！？；：“”]{4,40}?：)(?P<rest>.+)$")
# Where a numbered header that lost its full stop ends: before a measure run (`…发展一是…`), or
# after a quoted word closing its second clause (`…，打造乡村治理“一张网”*镇党委…`).
_UNSTOPPED = re.compile(
    rf"^(?P<sentence>[^。！？，]{{2,20}}，[^。！？，]{{2,20}}?(?:”|(?=[{NUMERALS}]是)))(?P<rest>.+)$"
)
_CLAUSE = re.compile("[，；]")
_PHRASE_GAP = re.compile(rf"(?<=[{HAN}”])[ \u3000]+(?=[{HAN}“])")
_CLAUSE_END = re.compile("[，；。！？]")
_STOPS = re.compile(rf"(?:[{HAN}]{{2}}|[”’）)]|^[{HAN}](?<![{NUMERALS}]))。")
# The day or the year something happened, then what happened (`6月7日，四会市…`): no header
# opens so. (A year may open a header: `2023年工作回顾`. A diary's date stands on a line of its
# own, `12月1日 星期四 阴`, and is read apart.)
_DATED_OPENING = r"(?:\d{4}年|\d{1,2}月\d{1,2}日)[，,]"
# Sentences that open with an adverbial, a connective or a subject, or a date, are body text.
BODY_OPENING = re.compile(
    # (`为民` is a word of its own: `为民服务，展现“新作为”。`)
    r"^(?:为(?!民)了?|在|通过|根据|随着|按照|围绕|对于|关于|截至|据|自|从|当前|今年|近年|目前|去年"
    r"|近日|现在|下面|接下来"
    rf"|{_DATED_OPENING}"
    r"|日前|同时|此外|另外|其中|由于|因为|如果|虽然|如|但|而|并且|因此|所以|然而|于是|不过|可是|因而"
    r"|我们|我|他们|他|她|该|作为"
    r"|这|此|那|其)"
)
# A line cut off mid-sentence starts or ends on a function word, or hands over with a dash.
# (`了解`, `就业`, `就近`, `和美`, `和谐`, `和睦` are words a header may open with: `和美乡村…`,
# `和睦邻里，共赴富裕`; `方向`, `导向`, `存在`, `目的` words it may end on:
# `政策搭台，为村级集体经济领航定向`)
_DANGLING_START = r"^(?:了(?!解)|就(?![业近])|和(?![美谐睦])|[的与及或而都之])"
_DANGLING_END = (
    r"[的了和与及或在把对被从向、](?<!目的)(?<![存所实内自]在)(?<![方导定倾取趋动去志意所]向)$|——$"
)
DANGLING = re.compile(f"{_DANGLING_START}|{_DANGLING_END}")
# (after a decimal number a header may open on any word: `1.2 与村民交流`; a document site's
# chunk numbers, which break sentences, are whole numbers)
_DANGLING_AT_END = re.compile(_DANGLING_END)
# Who tells (`我们`, `他们`) or a figure: words a lone subhead holds no more than a header does.
_TOLD_BY_OR_COUNTED_WORDS = r"我们|他们|[0-9０-９%]"
_NARRATIVE = re.compile(rf"是|(?<!为)了(?!解)|正在|{_TOLD_BY_OR_COUNTED_WORDS}")  # (not 为了, 了解)
# A feature's opening tells what happened, then or already, or where (`村庄便热闹起来`,
# `公司刚刚起步`, `展厅已不见踪影`, `理想村位于南京城郊`), where the visitor went
# (`走出服务中心，…来到…`), at what hour or season (`清晨的柏洋村，…`, `初冬的天荒坪，…`), or
# what it was like (`…犹如沙里淘金`): no sentence header's words.
_SCENE_TIME = "清晨|傍晚|黄昏|初春|早春|盛夏|深秋|金秋|初冬|寒冬|隆冬|春日|夏日|秋日|冬日"
_STORY_TOLD = re.compile(f"便|已|刚刚|曾|位于|来到|走进|走出|{_SCENE_TIME}|犹如")
# (a line too, setting its scene: `秋日的菖蒲塘村产业园里，一片生机盎然…的景象` over a feature's
# first header; not a header's `金秋十月喜丰收`)
_SCENE_OPENING = re.compile(f"(?:{_SCENE_TIME})(?:的|里|，)")
_QUOTATION = re.compile("“[^“”]+”")
# What a chair tells the hall, or a sentence left to fill (`请全体起立，奏（唱）国歌。`,
# `同意上述议程的请举手，……请放下。`): the steps of a meeting, not headers.
_TO_THE_HALL = re.compile(r"请(?:全体|大家|各位|坐下|举手|起立|代表|工作人员)|……|\.{3}")
_LINE_HEADER_MAX = 40
_SENTENCE_HEADER_MAX = 30
_CLAUSE_MAX = 16


@dataclass
class Numbered:
    level: int  # 1 for 一、, 2 for （一）, 3 for 1.
    number: str  # 一, 1
    mark: str  # the number as printed: 一、, （一）, 1.
    header: str  # without the number
    rest: str  # the paragraph's body after the header, if any


def numbered(paragraph: str) -> Numbered | None:
    """A paragraph that opens with a numbered header."""
    if bare := BARE_NUMBER.fullmatch(paragraph):
        level = 1 if bare["number"] else 2
        return Numbered(level, bare["number"] or bare["inner"], bare["mark"], "", "")
    if match := _NUMBERED_3.match(paragraph):
        rest, number = match["rest"], match["number"] or match["single"]
        # (`1.1.1` is the level below `1.1`: each figure after the first is a level down)
        level = 3 + (number.count(".") + number.count("．") > 1)
        decimal = match["number"] is not None
        if is_line_header(rest, han_min=2, opened=decimal):
            return Numbered(level, number, match["mark"], rest, "")
        # run into its paragraph, only a short phrase closed by a stop: `1.基本情况。我乡…`
        stop = _RUN_IN_ARABIC.match(rest)
        phrase = stop[1] if stop else ""
        if stop and not any(p.search(phrase) for p in (DANGLING, BODY_OPENING, _NARRATIVE)):
            return Numbered(level, number, match["mark"], stop[0], rest[stop.end() :])
        return None
    if (
        (match := _NUMBERED_4.match(paragraph))
        and is_line_header(match["rest"], han_min=2)
        and not _PHRASE_GAP.search(match["rest"])  # (its text after a space: `（3）…决策 通过…`)
    ):
        return Numbered(5, match["number"], match["mark"], match["rest"], "")
    for level, pattern in ((1, _NUMBERED_1), (2, _NUMBERED_2)):
        match = pattern.match(paragraph)
        if match:
            number, mark, rest = match["number"], match["mark"], match["rest"]
            sentence = _FIRST_SENTENCE.match(rest)
            inner = _FIRST_MEASURE.search(sentence["sentence"], 4) if sentence else None
            if inner:  # `…抱团发展一是锚定发展蓝图。`: the header stops before the measures
                return Numbered(level, number, mark, rest[: inner.start()], rest[inner.start() :])
            if sentence and len(sentence["sentence"]) <= _LINE_HEADER_MAX:
                return Numbered(level, number, mark, sentence["sentence"], sentence["rest"])
            unstopped = _UNSTOPPED.match(rest)
            # (a header line of its own goes on after its quoted word: `…村居“两委”换届选举工作的
            # 重要意义`; text run on after one is a sentence)
            if unstopped and not (
                len(rest) <= _LINE_HEADER_MAX and not _CLAUSE_END.search(unstopped["rest"])
            ):
                return Numbered(level, number, mark, unstopped["sentence"], unstopped["rest"])
            if len(rest) <= _LINE_HEADER_MAX:
                return Numbered(level, number, mark, rest, "")
            return None
    if match := _ORDINAL.match(paragraph):
        number = match["number"] or _ORDINAL_WORDS[match["word"]]
        return Numbered(2, number, match["mark"], match["rest"], "")
    return None


def numbered_all(paragraphs: Sequence[str]) -> list[Numbered | None]:
    """`numbered` for each paragraph; `第一，…` lines count only as a series (one alone is a
    point the text makes, not a header), and so do a paper's parts numbered with a bare figure
    (`0 引言`, `1 文化润疆工程与乡村振兴逻辑联系`), in their order."""
    found = [numbered(p) for p in paragraphs]
    # (by place, not by value: a page of thousands of them was read in quadratic time)
    ordinals = {
        i: match
        for i, n in enumerate(found)
        if n and (match := _ORDINAL.match(n.mark + n.header))
    }
    # (`首先，` `其次，` open sentences in a page printed a sentence to a line: a header's words
    # have a paragraph of several sentences under them)
    for index, match in list(ordinals.items()):
        if match["word"]:
            under = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
            if len(SENTENCE_END.findall(under)) < 2:
                del ordinals[index]
                found[index] = None
    for index in ordinals:
        # (one over points of its own is a header even alone, on a page that stops before
        # `第二，`: `第一，…` over `（一）…`, a level above them)
        # (looked for from the ordinal on, not in a copy of the rest: a page of thousands)
        under = next((found[j] for j in range(index + 1, len(found)) if found[j]), None)
        if under and under.level == 2 and under.number == "一":
            found[index] = replace(found[index], level=1)
        elif len(ordinals) < 2:
            found[index] = None
    for index, paragraph in enumerate(paragraphs):
        if found[index] is None:
            around = found[max(index - _SERIES_REACH, 0) : index + _SERIES_REACH + 1]
            found[index] = _run_in_beside(paragraph, around)
    bare = [(i, m) for i, p in enumerate(paragraphs) if not found[i] and (m := _BARE.match(p))]
    numbers = [int(m["number"]) for _, m in bare]
    if len(bare) >= 2 and numbers == list(range(numbers[0], numbers[0] + len(numbers))):
        for i, m in bare:
            found[i] = Numbered(3, m["number"], m["number"], m["rest"], "")
    points = [None if found[i] else _stop_closed_point(p) for i, p in enumerate(paragraphs)]
    # (each over text of its own: points one under another are a list)
    closed = [
        (i, m)
        for i, m in enumerate(points)
        if m and i + 1 < len(paragraphs) and not points[i + 1] and not found[i + 1]
    ]
    numbers = [int(m["single"]) for _, m in closed]
    # (two or more in a row of numbers, each over text of its own; or one beside a header of
    # the next or the last number)
    series = len(closed) >= 2 and numbers == list(range(numbers[0], numbers[0] + len(numbers)))
    for i, m in closed:
        around = found[max(i - _SERIES_REACH, 0) : i + _SERIES_REACH + 1]
        beside = {str(int(m["single"]) - 1), str(int(m["single"]) + 1)}
        if series or any(n and n.level == 3 and n.number in beside for n in around):
            found[i] = Numbered(3, m["single"], m["mark"], m["rest"], "")
    return found


def _stop_closed_point(paragraph: str) -> re.Match[str] | None:
    """`1、加强班子建设，解决“有人管事”的问题。` alone on its line: a sentence as a header takes one
    (a point of a list under a header may too: only a series of them, each over its paragraph,
    or a header of the next or the last number beside it, says which)."""
    match = _NUMBERED_3.match(paragraph)
    if not (match and match["single"]) or not (rest := match["rest"]).endswith("。"):
        return None
    sentence = rest[:-1]
    if _STOPS.search(sentence) or len(HAN_CHAR.findall(sentence)) > _SENTENCE_HEADER_MAX:
        return None
    if len(_CLAUSE.findall(sentence)) > 1:
        return None
    if any(p.search(sentence) for p in (DANGLING, BODY_OPENING, _NARRATIVE)):
        return None
    return match


# A `1.` point run into its paragraph is a header where the number before or after it is one
# (`1.特色农业规模化、集群化发展。聚焦…` before `2.三产融合创新发展。创新…`): it may then be a
# longer phrase than one alone could (`_RUN_IN_ARABIC`), though still one that tells no story.
_SERIES_REACH = 8  # paragraphs between two points of one series, at most
_RUN_IN_SERIES = re.compile(rf"([{HAN}“”、A-Za-z]{{2,20}})。(?=\S)")


def _run_in_beside(paragraph: str, around: Sequence[Numbered | None]) -> Numbered | None:
    match = _NUMBERED_3.match(paragraph)
    if not (match and match["single"]):
        return None
    stop = _RUN_IN_SERIES.match(match["rest"])
    if not stop or any(p.search(stop[1]) for p in (DANGLING, BODY_OPENING, _NARRATIVE)):
        return None
    number = int(match["single"])
    beside = {str(number - 1), str(number + 1)}
    if not any(n and n.level == 3 and n.number in beside for n in around):
        return None
    return Numbered(3, match["single"], match["mark"], stop[0], match["rest"][stop.end() :])


def opens_numbered(paragraphs: Sequence[str]) -> bool:
    """`numbered_all(paragraphs)[0]` is a header: the rest is numbered only when the first
    paragraph could be one."""
    first = paragraphs[0]
    return bool(
        (numbered(first) or _BARE.match(first)) and numbered_all(paragraphs)[0] is not None
    )


def tells_a_story(text: str) -> bool:
    """Words of a narrative sentence (`是`, `了`, `正在`, `我们`, figures): no header's."""
    return bool(_NARRATIVE.search(text))


# A news feature's subhead may well say `是` or `了` (`每个党员都是一面旗帜`, `公心聚起了民心`);
# what it does not hold is who tells or a figure (a table's or a picture's caption:
# `表1 调研农民具体分布情况`, a postcode under an author's unit).
_TOLD_BY_OR_COUNTED = re.compile(_TOLD_BY_OR_COUNTED_WORDS)


def told_by_or_counted(text: str) -> bool:
    """A speaker's `我们`/`他们` or a figure: no lone subhead's words."""
    return bool(_TOLD_BY_OR_COUNTED.search(text))


def is_line_header(paragraph: str, han_min: int = 4, opened: bool = False) -> bool:
    """A short line of its own that does not close a sentence, shaped like a header: at most
    two clauses, not opening or ending on a word that needs more text around it. (A number
    before it is evidence enough for a shorter one, `1.领导者`; one that `opened` it, for any
    first word.)"""
    return (
        is_open_line(paragraph)
        and len(paragraph) <= _LINE_HEADER_MAX
        and not _STOPS.search(paragraph)  # (sentences cut short: `…因素。一是历史原因。解放后…`)
        and not paragraph.startswith(MID_SENTENCE_MARKS)  # (broken off after a mark: `、优美…`)
        and (len(HAN_CHAR.findall(paragraph)) >= han_min or is_part_label(paragraph))
        and len(_CLAUSE.findall(paragraph)) <= 1
        and not (_DANGLING_AT_END if opened else DANGLING).search(paragraph)
        and not _RECORD_FIELD.match(paragraph)
        and not _CALL_TO_VOTE.search(paragraph)
        and not _PARENTHESISED.fullmatch(paragraph)
        and not _DATED.match(paragraph)
        and not _SCENE_OPENING.match(paragraph)
    )


_DATED = re.compile(_DATED_OPENING)
# A line wholly in round brackets is a picture's caption or a script's stage direction:
# `（杨秀霞用苗族语言宣讲）`, `（计票结束后）`.
_PARENTHESISED = re.compile(r"[（(][^（）()]+[)）]")


# A chair's call to vote: `弃权的请举手！（没有）`.
_CALL_TO_VOTE = re.compile(r"举手")


# A record's field and its value: `调研地点：某村`, `调查对象：村支书` (not `组织振兴：…`).
_RECORD_FIELD = re.compile(r"^[^：:]{0,6}(?:时间|地点|对象|方式|人员|成员|单位|日期|地址)\s*[：:]")


# Shapes only a header takes: a label and its phrase (`人才赋能：引育并举聚贤才`), a turn from
# one quoted state to another (`从“输血”到“造血”`), two parallel phrases.
_LABELLED = re.compile(r"^[^：，]{2,10}：[^：]{4,30}$")
_TURN = re.compile(r"从“[^”]{1,8}”到“[^”]{1,8}”")


# A header's label on a line of its own, its phrase on the next: `兴村一问：`, `走什么样的路`;
# or its number, as posts print them large: `01`, `优化组织架构`.
_LABEL_LINE = re.compile(r"^[^，。！？；：:\s]{2,12}[：:]$|^0[1-9]$")


def labels_header(line: str, after: list[str]) -> bool:
    """`line` is a header's label or number on a line of its own, over the header's line."""
    return (
        bool(_LABEL_LINE.match(line))
        and not is_salutation(line)
        and bool(after)
        and is_line_header(after[0])
        # (a header that carries its own number needs no label: `意见：` over `一、…` is what is
        # left of a sentence a site cut short)
        and not _NUMBERED_1.match(after[0])
    )


def joined_labels(paragraphs: list[str]) -> list[str]:
    """Join a label line to the header line under it, as the page printed one header over two
    lines; the label is kept whole in the header."""
    joined: list[str] = []
    for index, paragraph in enumerate(paragraphs):
        if joined and index + 1 < len(paragraphs) and labels_header(joined[-1], [paragraph]):
            joined[-1] += paragraph
            continue
        joined.append(paragraph)
    return joined


# Half of a header of two parallel phrases, printed a phrase to a line: `头雁领航筑堡垒`.
_HALF = re.compile(rf"[{HAN}“”]{{4,10}}")
_HALVES_MIN = 2  # headers so printed on a page: one pair alone may be a label and its header
_HALVES_DIFFER = 2  # characters the two halves' lengths may differ by


def joined_halves(paragraphs: list[str], under_lead: bool = False) -> list[str]:
    """Join the two halves of each header the page printed a phrase to a line, as two lines of
    about one length over its text (`头雁领航筑堡垒` `网格延伸触末梢`), where it does so twice or
    more, or where one pair is the page's only header (`_lone_pair`); the paragraphs are the
    text under the lead, if one was taken."""
    starts = [
        i
        for i in range(len(paragraphs) - 2)
        if all(_HALF.fullmatch(paragraphs[j]) for j in (i, i + 1))
        and abs(len(paragraphs[i]) - len(paragraphs[i + 1])) <= _HALVES_DIFFER
        and not _HALF.fullmatch(paragraphs[i + 2])
        and (i == 0 or not _HALF.fullmatch(paragraphs[i - 1]))
    ]
    if len(starts) < _HALVES_MIN:
        starts = _lone_pair(paragraphs, under_lead)
    if not starts:
        return paragraphs
    firsts, seconds = set(starts), {i + 1 for i in starts}
    return [
        f"{p} {paragraphs[i + 1]}" if i in firsts else p
        for i, p in enumerate(paragraphs)
        if i not in seconds
    ]


_LONE_HALF = re.compile(rf"[{HAN}“”]{{4,12}}")
# A count written out, as a table's cell holds one under its field (`党员人数` over `三十二名`).
_QUANTITY = re.compile(rf"[{NUMERALS}百千万亿两零]+[名个人户家次项元亩]")


def _lone_pair(paragraphs: list[str], under_lead: bool) -> list[int]:
    """Where the one header of a page printed a phrase to a line stands, when it is the page's
    only header (a stored page often keeps only its first section): two lines of a phrase each,
    under text, making a headline of two phrases (`构建一套体系` over `破解支部“散”的问题`; not a
    table's field over its count). Beside other header lines such a pair is a header over its
    subheader, or a label over its header."""
    pairs = [
        i
        for i in range(0 if under_lead else 1, len(paragraphs) - 2)
        if all(
            _LONE_HALF.fullmatch(paragraphs[j]) and not _QUANTITY.fullmatch(paragraphs[j])
            for j in (i, i + 1)
        )
        and is_headline_shaped(f"{paragraphs[i]} {paragraphs[i + 1]}")
    ]
    if len(pairs) != 1:
        return []
    others = (p for at, p in enumerate(paragraphs) if at not in (pairs[0], pairs[0] + 1))
    return [] if any(map(is_line_header, others)) else pairs


def is_headline_shaped(line: str) -> bool:
    """A line header strong enough to stand alone in an article (a stored page often keeps only
    its first section): labelled, a turn between quoted states, or two parallel phrases."""
    if is_part_label(line):
        return True
    if not is_line_header(line) or _NARRATIVE.search(line.replace("从", "")):
        return False
    if _LABELLED.match(line) or _TURN.search(line):
        return True
    clauses = [c for c in _CLAUSE.split(line) if c]
    if len(clauses) == 1:  # the two may stand apart by a space: `夯实组织基础 激活发展动能`
        clauses = [c for c in _PHRASE_GAP.split(line) if c]
    if len(clauses) != 2:
        return False
    short, long = sorted(len(c) for c in clauses)
    return short >= 3 and long <= _CLAUSE_MAX and short / long >= 0.5


def split_sentence_header(paragraph: str) -> tuple[str, str, float] | None:
    """(header sentence, body, score) when the paragraph's first sentence reads as a header;
    None when it cannot be one. Score 1.0 for two parallel clauses, less for one clause or for
    three (`突出政治建设，强化富民意识，让农牧民思想活起来。`: a set of them is headers, a lone
    one a sentence)."""
    match = _FIRST_SENTENCE.match(paragraph) or _ONLY_SENTENCE.match(paragraph)
    colon = _COLON_HEADER.match(paragraph)
    # `砥砺奋进新时代，乡村振兴正当时：实施…`: a header that hands over with a colon
    if colon and (not match or len(colon["sentence"]) < len(match["sentence"])):
        match = colon
    if not match:
        # (a short open line is a header whole, not one cut after its quoted word)
        quoted = None if is_line_header(paragraph) else _QUOTED_HEADER.match(paragraph)
        if (
            not quoted
            or _NARRATIVE.search(quoted["sentence"])  # (`…正在扩建升级的“…”`)
            or quotation_balance(quoted["sentence"]) > 0  # (`制定《铁林村党员“微积分”`)
        ):
            return None
        return quoted["sentence"], quoted["rest"], 0.8
    sentence = match["sentence"]
    # words someone said, quoted whole: `“…总担心干不好。”张明忠说`, `——“俯身弯腰头拱地，…。”…`
    if sentence.lstrip("—-").startswith("“") and match["rest"].startswith("”"):
        return None
    body = sentence[:-1]
    if _QUOTATION.fullmatch(body):  # a line of verse or a saying, quoted whole
        return None
    if quotation_balance(body) > 0:  # cut inside a quotation: `「金秋丰收美如诗，硕果飘香五谷熟；`
        return None
    han = len(HAN_CHAR.findall(body))
    if (
        not 4 <= han <= _SENTENCE_HEADER_MAX
        or BODY_OPENING.match(body)
        or _NARRATIVE.search(body)
        or _STORY_TOLD.search(body)
    ):
        return None
    if _TO_THE_HALL.search(body):
        return None
    clauses = [c for c in _CLAUSE.split(body) if c]
    if len(clauses) == 1:  # two phrases apart: `坚持党建驱动 筑牢乡村振兴主心骨。`
        clauses = [c for c in _PHRASE_GAP.split(body) if c]
    if len(clauses) > 3 or any(len(c) > _CLAUSE_MAX or len(c) < 2 for c in clauses):
        return None
    if len(clauses) == 3:  # (below an uneven pair's 0.7: taken only where no better stands)
        score = 0.65
    elif len(clauses) == 2:
        short, long = sorted(len(c) for c in clauses)
        score = 1.0 if short / long >= 0.5 else 0.7
    else:
        score = 0.6 if han <= _SHORT_HEADER_MAX else 0.0
    if sentence.endswith("：") and score < 1.0:  # one clause before a colon introduces a list
        return None
    if not match["rest"] and score < 1.0:  # on a line of its own, only two parallel clauses
        return None
    return (sentence, match["rest"], score) if score else None


_SERIES_MIN = 3  # paragraphs opening alike
_SERIES_SAME = 4  # characters they share at the start
_ENDS_SAME = 2  # characters they share at the start and at the end
_PHRASE_MIN = 6  # characters of an opening phrase built alike
_GOES_ON_SAME = 3  # characters that the second clauses of a series share at their start


def parallel_openings(items: Sequence[object]) -> dict[int, tuple[str, str]]:
    """Sentence headers told by their series alone: three or more paragraphs that open with
    the same words and a short sentence of as many clauses, run into their text
    (`这一年，我们苦干实干，让振兴底盘更稳。` `这一年，我们创先创优，…`), or with a short
    sentence that ends in the same words, or opens and ends in the same two, whatever those
    words are. {index: (sentence, rest)}."""
    series: dict[tuple[str, int], dict[int, tuple[str, str]]] = {}
    for index, item in enumerate(items):
        if not isinstance(item, str) or not (match := _FIRST_SENTENCE.match(item)):
            continue
        sentence, rest = match["sentence"], match["rest"]
        clauses = clause_count(sentence)
        if len(HAN_CHAR.findall(sentence)) > _SENTENCE_HEADER_MAX or clauses > 3:
            continue
        if clauses >= 2:
            series.setdefault((sentence[:_SERIES_SAME], clauses), {})[index] = (sentence, rest)
            # (or open on a phrase built alike, whatever follows it: `“乡贤+产业”模式，…`
            # `“乡贤+慈善”模式，…，…`)
            phrase = _CLAUSE.split(sentence, 1)[0]
            if len(phrase) >= _PHRASE_MIN:
                shape = f"{phrase[:_SERIES_SAME]}…{phrase[-_ENDS_SAME:]}/{len(phrase)}"
                series.setdefault((shape, 0), {})[index] = (sentence, rest)
        # or they end alike: `在强化领导上下功夫做文章。` `在统筹推进上下功夫做文章。`
        ending = sentence[-1 - _SERIES_SAME : -1]
        if len(HAN_CHAR.findall(ending)) == _SERIES_SAME:
            series.setdefault((f"…{ending}", clauses), {})[index] = (sentence, rest)
        # or open and end alike: `防止局部合理、…的顾此失彼倾向。` `防止脱离实际、…的急躁冒进倾向。`
        ends = sentence[:_ENDS_SAME] + sentence[-1 - _ENDS_SAME : -1]
        if len(HAN_CHAR.findall(ends)) == 2 * _ENDS_SAME:
            series.setdefault((ends, clauses), {})[index] = (sentence, rest)
        # or are built alike, clause for clause: `因地制宜，科学设岗定责，变“无职”为“有责”。`
        # `教育引导，激发内在动力，变“被动”为“主动”。`
        if clauses == 3:
            shape = "/".join(str(len(c)) for c in _CLAUSE.split(sentence[:-1]))
            series.setdefault((shape, clauses), {})[index] = (sentence, rest)
        # or go on alike after a first phrase of one length: `政治上跟党走，就是要…。`
        # `思想上不落后，就是要…。`
        if clauses >= 2:
            first, second = _CLAUSE.split(sentence, 2)[:2]
            if len(HAN_CHAR.findall(second[:_GOES_ON_SAME])) == _GOES_ON_SAME:
                key = f"{len(first)}，{second[:_GOES_ON_SAME]}"
                series.setdefault((key, clauses), {})[index] = (sentence, rest)
    found = {
        index: found
        for members in series.values()
        if len(members) >= _SERIES_MIN
        for index, found in members.items()
    }
    return found | _short_run(items)


# A point and what it is: `政策理解是关键前提。` (not `这是第一次。`, `他就是老陈。`, `也是…`)
_DEFINITION = re.compile(
    rf"^[{HAN}]{{2,8}}(?<![这那他她它我你就也都还正而不更才只于总要可但或若凡则])是[{HAN}“”]{{2,10}}[。；]$"
)


def _short_run(items: Sequence[object]) -> dict[int, tuple[str, str]]:
    """Paragraphs in a row, three or more, each opening on a short sentence of one clause with
    the same two characters (`要当好乡亲们的“活账本”。` `要当党支部的“定盘星”。` …), or each
    on a short definition (`政策理解是关键前提。` `覆盖全面是核心要求。` …)."""
    found: dict[int, tuple[str, str]] = {}
    run: dict[int, tuple[str, str]] = {}
    run_kind = ""
    for index, item in enumerate(items):
        match = _FIRST_SENTENCE.match(item) if isinstance(item, str) else None
        sentence = match["sentence"] if match else ""
        kind = ""
        if match is not None and match["rest"] != "" and clause_count(sentence) == 1:
            if _DEFINITION.match(sentence):
                kind = "是"
            elif len(HAN_CHAR.findall(sentence)) <= _SHORT_HEADER_MAX and not _NARRATIVE.search(
                sentence
            ):
                kind = sentence[:2]
        if run and kind != run_kind:
            if len(run) >= _SERIES_MIN:
                found |= run
            run = {}
        if kind and match:
            run[index] = (sentence, match["rest"])
            run_kind = kind
    if len(run) >= _SERIES_MIN:
        found |= run
    return found


_SHORT_HEADER_MAX = 14  # Han characters of a one-clause sentence header
# A long opening sentence of two or three clauses, as a pair of headers may be
# (`精准摸排建台账，织密组织“覆盖网”，确保流动党员“找得到、联得上”。`).
_LONG_OPENING = re.compile(r"^(?P<sentence>[^。！？；]{6,50}?。)(?P<rest>.{20,})$")
_SHARED_RUN = 6  # characters, no marks among them, that two such sentences share
# (a speech reported, or a quotation: `习近平总书记指出，…` beside `习近平总书记强调，…`)
_REPORTED = re.compile(r"指出|强调|说|表示|认为|“[^”]*[，。]")


def shared_run_pair(items: Sequence[object]) -> dict[int, tuple[str, str]]:
    """Two paragraphs in a row, where no other sentence header is found (all a stored page kept
    of a series), each opening on a sentence that shares six characters with the other's,
    anywhere in it (`实现共同富裕要资源整合、…。` `实现共同富裕要科学谋划，…。`;
    `以强化阵地建设为出发点，为抓好新时代农村党员…“夯基架梁”。` `以强化内容供给为关键点，…`),
    neither telling nor reporting what someone said (on 784 dev pages: 3 such pairs, all
    headers); or each on a short sentence of one clause mirroring the other's, as long and
    alike in places (`一个支部就是一个堡垒。` `一个党员就是一面旗帜。`; on 1,668 dev pages: 5 such
    pairs not found otherwise, all headers). {index: (sentence, rest)}."""
    long: dict[int, tuple[str, str]] = {}
    short: dict[int, tuple[str, str]] = {}
    for index, item in enumerate(items):
        if not isinstance(item, str):
            continue
        if (match := _LONG_OPENING.match(item)) and not (
            _NARRATIVE.search(sentence := match["sentence"])
            or BODY_OPENING.match(sentence)
            or _REPORTED.search(sentence)
        ):
            long[index] = (sentence, match["rest"])
        if (match := _FIRST_SENTENCE.match(item)) and _mirrorable(match["sentence"]):
            short[index] = (match["sentence"], match["rest"])
    for openings, alike in ((long, _share_a_run), (short, _mirrored)):
        for index, (sentence, _) in openings.items():
            if index + 1 in openings and alike(sentence, openings[index + 1][0]):
                return {index: openings[index], index + 1: openings[index + 1]}
    return {}


_MIRRORED_MAX = 20  # Han characters of each sentence of a mirrored pair, at most
_MIRRORED_SAME = 2  # Han characters alike in the same places, at least (not a comma)
# (a measure's `一是…` or an ordinal's point, `第一，要…`, and a label and its value:
# `第二张名片：徽县苗木。`)
_NOT_MIRRORED = re.compile(rf"^(?:[{NUMERALS}]是|第[{NUMERALS}])|[：:]")


def _mirrorable(sentence: str) -> bool:
    return (
        clause_count(sentence) == 1
        and len(HAN_CHAR.findall(sentence)) <= _MIRRORED_MAX
        and not BODY_OPENING.match(sentence)
        and not _REPORTED.search(sentence)
        and not _NOT_MIRRORED.search(sentence)
    )


def _mirrored(first: str, second: str) -> bool:
    if abs(len(first) - len(second)) > 1:
        return False
    alike = (a for a, b in zip(first, second, strict=False) if a == b)
    return len(HAN_CHAR.findall("".join(alike))) >= _MIRRORED_SAME


def alike_pair(first: str, second: str) -> bool:
    """Two sentences alike as a pair of headers is: sharing six characters, or mirroring each
    other."""
    return _share_a_run(first, second) or (
        _mirrorable(first) and _mirrorable(second) and _mirrored(first, second)
    )


def _share_a_run(first: str, second: str) -> bool:
    runs = (first[i : i + _SHARED_RUN] for i in range(len(first) - _SHARED_RUN + 1))
    return any(not _CLAUSE_MARKS.search(run) and run in second for run in runs)


_CLAUSE_MARKS = re.compile("[，。、；：“”]")


def echoed_header(items: Sequence[object], header: str) -> dict[int, tuple[str, str]]:
    """The one other paragraph whose first sentence opens with the same words as `header`, a
    sentence header found on its own, and is as short, in as many clauses
    (`党建引领打破了…隔阂，重塑乡村温情。` beside `党建引领有力地凝聚起各方力量，共筑…大厦。`):
    a stored page that stopped after two sections keeps a pair, not a series. (A commentary
    opens paragraph after paragraph on its subject, `乡村振兴…`, in sentences of any shape.)
    {index: (sentence, rest)}."""
    clauses = clause_count(header)
    found = {}
    for index, item in enumerate(items):
        if not isinstance(item, str) or not item.startswith(header[:_SERIES_SAME]):
            continue
        match = _FIRST_SENTENCE.match(item)
        if (
            match
            and match["sentence"] != header
            and len(HAN_CHAR.findall(match["sentence"])) <= _SENTENCE_HEADER_MAX
            and clause_count(match["sentence"]) == clauses
        ):
            found[index] = (match["sentence"], match["rest"])
    return found if len(found) == 1 else {}


def parallel_pair(sentences: list[str]) -> bool:
    """Two sentence headers, all an article has, are parallel: of about one length (on dev, every
    true pair within 0.92 of each other; a classical line beside a sentence cut short, or a
    commentary's two topic sentences, at half). More than two make a series of their own."""
    if len(sentences) != 2:
        return True
    short, long = sorted(map(len, sentences))
    if short / long < _PAIR_RATIO:
        return False
    # (and of two clauses each, or three, clause for clause, or opening on the same words:
    # `坚持高质高效原则，扎实推进项目落地。` beside `充分发挥金融优势，探索产业融合道路。`, not
    # a story's `仪式结束后，义诊活动如火如荼地举行` beside `么书记一行的到来，受到…热烈欢迎`)
    clauses = [[c for c in _CLAUSE.split(s.rstrip("。；：")) if c] for s in sentences]
    first, second = sentences
    if len(clauses[0]) == len(clauses[1]) in (2, 3) and first[:_ENDS_SAME] != second[:_ENDS_SAME]:
        return all(
            min(len(a), len(b)) / max(len(a), len(b)) >= _PAIR_RATIO
            for a, b in zip(*clauses, strict=True)
        )
    return True


_PAIR_RATIO = 0.7


def clause_count(sentence: str) -> int:
    return len([c for c in _CLAUSE.split(sentence[:-1]) if c])


def first_sentence(paragraph: str) -> tuple[str, str] | None:
    """(the paragraph's first sentence, short enough for a header, and the rest of it)."""
    found = _FIRST_SENTENCE.match(paragraph)
    return (found["sentence"], found["rest"]) if found else None


# A header that lost its stop but ends the genre's way, on a quoted word: `党建+制度压实乡村振兴
# “责任链”姜堰区…`; not a sentence's subject going on to its verb (`…“头雁效应”不是…`).
_FIRST_MEASURE = re.compile(f"{NUMERALS[0]}是")
# (nor a quoted name that a noun goes on to head: `…发挥着“红色引擎”作用`, `…创新“四权分立”机制`)
_QUOTED_HEADER = re.compile(
    rf"^(?P<sentence>[^。！？，；“”\d]{{4,16}}“[{HAN}]{{1,6}}”)"
    rf"(?P<rest>(?![是不的也都就更还已将要被把对在有和与及到向为让使给])"
    r"(?!作用|机制|理念|模式|模型|体系|平台|品牌|工程|行动|活动|工作|制度|格局|效应|功能|精神|要求)"
    rf"[{HAN}].+)$"
)
MEASURE = re.compile(rf"(?:^|(?<=[。；：]))(?P<marker>[{NUMERALS}]是)")


def split_measures(paragraph: str) -> tuple[str, list[tuple[str, str]]]:
    """Split `…。一是…。二是…` into its opening text and the numbered measures, in order.
    Markers count only as a run starting at 一是 and going up by one."""
    found = []
    expected = 0
    for match in MEASURE.finditer(paragraph):
        if match["marker"][0] == NUMERALS[expected % len(NUMERALS)]:
            found.append(match)
            expected += 1
    if len(found) < 2:
        return paragraph, []
    opening = paragraph[: found[0].start()]
    measures = []
    for index, match in enumerate(found):
        end = found[index + 1].start() if index + 1 < len(found) else len(paragraph)
        measures.append((match["marker"], paragraph[match.end() : end]))
    return opening, measures
