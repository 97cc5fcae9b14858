"""Bylines: who wrote it, for which unit, who edited it, which outlet's reporters.

They stand at the top (a name alone on the first line), at the bottom (a name, an editor line,
a reporter line), or glued to the last paragraph (`（作者单位：…）`).
"""

from __future__ import annotations

import re

from drafter.article import Byline
from drafter.text.chars import HAN

_NAME = rf"[{HAN}·]{{2,5}}"
# The offices a speaker or signer holds (each pattern that uses them adds its own).
OFFICES = "书记|主任|主席|部长|县长|区长|市长|镇长|乡长|局长"
# A trailing note: `（作者单位：…）` and `（作者系…）` give the unit, `（作者：…）` the author.
_NOTE = re.compile(
    r"[（(]\s*作者(?P<label>单位[:：]|系|[:：])\s*(?P<value>[^（）()]+?)\s*[)）]\s*$"
)
_EDITOR = re.compile(rf"^(?:责任编辑|责编|编辑)\s*[/／:：]?\s*(?P<name>{_NAME})$")
# (or what each wrote after the names: `刘恩权/文`)
_AUTHOR = re.compile(
    rf"^(?:(?:作者(?:姓名)?|文)\s*[/／:：_＿]\s*(?P<names>{_NAME}(?:[\s、，]+{_NAME})*)"
    rf"|(?P<writers>{_NAME}(?:[\s、，]+{_NAME})*)\s*[/／]\s*文)$"
)
_SEPARATORS = re.compile(r"[\s、，：:/／+＋]+")
# Who reports for a paper, before the name: `记者 张三`, `通讯员王树健`.
REPORTER_ROLES = "记者|通讯员|实习生"
_ROLE = re.compile(rf"^(?P<outlet>.*?)(?P<role>{REPORTER_ROLES})(?P<name>.*)$")
_CREDIT_ROLE = re.compile(f"{REPORTER_ROLES}|编辑|摄影")
# The characters of names and of what separates them: a line holding any other (most lines are
# paragraphs) names no one, and need not be split into its many pieces to tell.
_NAME_LINE = re.compile(rf"[{HAN}·\s、，：:/／+＋]+")
# The hundred commonest surnames, which the great majority of people bear.
_COMMON_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤"
)


def take_note(paragraph: str, byline: Byline) -> tuple[str, str]:
    """Split a trailing author note off a paragraph into `byline`; return the paragraph's
    rest and the note as printed ("" when there is none, or its field is already known)."""
    match = _NOTE.search(paragraph)
    if not match:
        return paragraph, ""
    field = "author" if match["label"] in (":", "：") else "unit"
    if getattr(byline, field):
        return paragraph, ""
    setattr(byline, field, match["value"])
    return paragraph[: match.start()].rstrip(), match.group().strip()


_NAMES_MAX = 8  # a line of names: a paper's authors, at most


def person_names(line: str) -> list[str] | None:
    """The names on a line that holds only person names (`吴鹏鹏`, `张三 李四`), else None."""
    from drafter.language import first_tag

    if not _NAME_LINE.fullmatch(line):
        return None
    tokens = [n for n in _SEPARATORS.split(line.strip()) if n]
    names = _spaced_out_joined(tokens)
    if not names or len(names) > _NAMES_MAX or not all(re.fullmatch(_NAME, n) for n in names):
        return None
    if any(_CREDIT_ROLE.fullmatch(name) for name in names):  # (`通讯员 丁远进 连中福`: a credit)
        return None
    # A word spaced out to a name's width (`雷 光 华`) is a name: print does that to names only.
    spaced = len(names) < len(tokens)
    tags = [first_tag(name)[1] for name in names]
    surnamed = [len(name) <= 3 and name[0] in _COMMON_SURNAMES for name in names]
    tagged = [(spaced and s) or t.startswith("nr") for s, t in zip(surnamed, tags, strict=True)]
    # The tagger misses a name now and then (`何玲玲` read as 何, "what"): beside a name it
    # knows, one of two or three characters under a common surname, or one it takes for some
    # other proper noun (`解腊红`), is a name too.
    either = [
        t or s or (len(name) <= 3 and tag == "nz")
        for name, t, s, tag in zip(names, tagged, surnamed, tags, strict=True)
    ]
    if all(tagged) or (any(tagged) and all(either)):
        return names
    # A paper's authors, three or more, may hold a name the tagger does not know (`罗丽梅，自正发，
    # 江 宇`, `王伟进 许亚敏 关棋月`): most of them named is enough when none is longer than a name.
    listed = len(names) >= 3 and all(len(n) <= 3 for n in names)
    if listed and sum(map(bool, either)) * 3 >= len(names) * 2:
        return names
    return None


def _spaced_out_joined(tokens: list[str]) -> list[str]:
    """A name spaced out to the width of longer ones is one name: `邱 春 林`, or `肖 媚` in
    `谢宗藩，肖 媚` (no name has one character)."""
    joined: list[str] = []
    single = False
    for token in tokens:
        if len(token) == 1 and single:
            joined[-1] += token
        else:
            joined.append(token)
        single = len(token) == 1
    return joined


# An outlet's reporters' label with their names on a line of their own, or none printed:
# `新华社“中国网事”记者`, `本报记者` (not `…的故事感动记者`, which ends on what moved them).
_CREDIT_LABEL = re.compile(
    rf"^[□■]?(?:[{HAN}“”·]{{0,16}}?(?:社|报|网|台|融媒|中心|客户端|频道|”))?(?:特约)?(?:记者|通讯员)$"
)


def is_credit_label(line: str) -> bool:
    return bool(_CREDIT_LABEL.match(line))


def reporter_line(line: str) -> Byline | None:
    """`临报融媒记者 曹鹏飞 赵琳琳 通讯员 王庆龙` → outlet, reporters, correspondents."""
    if not _ROLE.match(line):  # no role named anywhere, so none by its first token
        return None
    byline = Byline()
    role: str | None = None
    line = _CREDIT_MARKS.sub("", line.strip("（）() "))
    line = _WROTE.sub("", _PHOTOGRAPHER.sub("", line))
    tokens = [t for token in _SEPARATORS.split(line) for t in _roles_apart(token)]
    for token in (t for t in tokens if t):
        match = _ROLE.match(token)
        if match:
            if match["outlet"]:
                if byline.outlet or role:
                    return None
                byline.outlet = match["outlet"]
            role = match["role"]
            token = match["name"]
            if not token:
                continue
        if role is None or not re.fullmatch(_NAME, token):
            return None
        (byline.reporters if role == "记者" else byline.correspondents).append(token)
    return byline if byline.reporters or byline.correspondents else None


def surnamed(text: str) -> bool:
    """Whether `text` is a few words of two or three characters, one of them at least under a
    common surname (`刘朵朵`, `卫志民 吴茜`): names, where something beside them says so."""
    words = [w for w in _SEPARATORS.split(text.strip()) if w]
    return (
        0 < len(words) <= _NAMES_MAX
        and all(2 <= len(w) <= 3 for w in words)
        and any(w[0] in _COMMON_SURNAMES for w in words)
    )


_ROLE_WORD = re.compile(REPORTER_ROLES)
# What a paper prints around its writers' names: a box before them (`□本报记者 …`), what
# they made after them (`… 文/图`, `… 摄`).
_BOX = re.compile(r"^[□■◇◆●◎]\s*")
# (`报道` maybe run onto the last name: `本报记者郝彦丰报道`)
_CREDIT_MARKS = re.compile(
    rf"{_BOX.pattern}|\s+(?:文\s*[/／]\s*图|图\s*[/／]\s*文|摄影?)$|(?<=\S)\s*报道$"
)
_NAME_MIN = 2
# What each made, after the name: `周嘉/文 宋姿熠/图` (who took the pictures reported nothing).
_WROTE = re.compile(r"\s*[/／]\s*文(?=\s|$)")
_PHOTOGRAPHER = re.compile(rf"\s*[{HAN}·]{{2,4}}\s*[/／]\s*(?:图|摄)(?=\s|$)")


def _roles_apart(token: str) -> list[str]:
    """`记者邓静通讯员王树健` → `记者邓静`, `通讯员王树健`: a second role run on after a name."""
    if not (first := _ROLE_WORD.match(token)):
        return [token]
    cut = _ROLE_WORD.search(token, first.end() + _NAME_MIN)
    return [token[: cut.start()], *_roles_apart(token[cut.start() :])] if cut else [token]


# A party or government office alone on its line, or two that wrote it together, the second
# without the region (`广西壮族自治区党委农办、农业农村厅`).
_OFFICE = (
    "组织部|宣传部|统战部|纪委|党委|党工委|党组|人民政府|办公室|农业农村局|乡村振兴局"
    "|农办|农业农村厅|乡村振兴厅"
)
_UNIT_LINE = re.compile(
    rf"(?:中共|中国共产党)?[{HAN}]{{2,20}}?(?:{_OFFICE})(?:、[{HAN}]{{0,20}}?(?:{_OFFICE}))*"
)


def editor_line(line: str) -> str | None:
    match = _EDITOR.match(line.strip())
    return match["name"] if match else None


def author_line(line: str) -> str | None:
    """`作者：张三` or `文/张三`, or a line of person names only (a paper may box it: `□叶菡`)."""
    line = _BOX.sub("", line.strip())
    match = _AUTHOR.match(line)
    if match:
        return "、".join(_SEPARATORS.split(match["names"] or match["writers"]))
    names = person_names(line)
    return "、".join(names) if names else None


def _reporters_over_names(line: str, below: str) -> Byline | None:
    """`农民日报·中国农网记者` over `何兰生 江娜 施维`: the outlet's reporters, their names on the
    line below."""
    if not line.rstrip().endswith(("记者", "通讯员")) or not person_names(below):
        return None
    return reporter_line(f"{line.strip()} {below.strip()}")


def _credit(byline: Byline, found: Byline) -> None:
    byline.outlet = found.outlet
    byline.reporters, byline.correspondents = found.reporters, found.correspondents


def take_bylines(lines: list[str]) -> tuple[list[str], Byline]:
    """Remove byline lines from the top and bottom of an article's lines; return the rest."""
    byline = Byline()
    lines = list(lines)
    bottom: list[str] = []
    # At the top: an author or reporter line, first or under the title (and subtitle).
    for index in range(min(3, len(lines) - 1)):
        line = lines[index]
        if (author := author_line(line)) and not byline.author:
            byline.author = author
        elif (found := reporter_line(line)) and not byline.reporters:
            _credit(byline, found)
        elif (found := _reporters_over_names(line, lines[index + 1])) and not byline.reporters:
            _credit(byline, found)
            byline.lines.append(lines.pop(index))  # the outlet's line; its names below
        elif _UNIT_LINE.fullmatch(line.strip()) and not byline.unit:
            byline.unit = line.strip()  # the office that wrote it: `中共嘉兴市委组织部`
        else:
            continue
        byline.lines.append(lines.pop(index))
        break
    while len(lines) > 1:
        last = lines[-1]
        if _NOTE.fullmatch(last.strip()):
            take_note(last, byline)
        elif (editor := editor_line(last)) and not byline.editor:
            byline.editor = editor
        elif (found := reporter_line(last)) and not (byline.reporters or byline.correspondents):
            _credit(byline, found)
        elif not byline.author and (author := author_line(last)):
            byline.author = author
        else:
            break
        bottom.append(lines.pop())  # from the foot up: turned round below
    if lines:
        lines[-1], printed = take_note(lines[-1], byline)
        if printed:
            bottom.append(printed)
        if not lines[-1]:
            lines.pop()
    byline.lines += reversed(bottom)
    return lines, byline
