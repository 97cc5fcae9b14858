"""A speech's salutation (`同志们：`, `尊敬的各位领导，…大家好！`): on a line of its own, run onto
the title's line, or opening the text with the greeting after it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from drafter.text.chars import HAN
from drafter.text.punctuation import is_open_line

if TYPE_CHECKING:
    from drafter.parse.front import Front

# Who is addressed (`尊敬的镇党委x书记、x镇长、各位同志：`): names and offices, anonymised or not.
_ADDRESSED = (
    rf"[{HAN}、，,\sA-Za-z×＊*]{{0,40}}(?:同志们|同志|领导|来宾|朋友们|同学们|乡亲们|代表(?!团)|各位|大家好)"
)
# Or the office a report is sent to (`省委组织部：`, `州学践办：`, `县委、县政府：`); not a word
# that only ends like one (`新发展格局：`, `地怎么办：`, `服务大厅：`).
_OFFICE = (
    rf"[{HAN}、]{{0,16}}(?:组织部|宣传部|统战部|办公室|[{HAN}](?<![怎咋么主承举创兴督包代领合协交查])办"
    r"|委员会|党委|党组|[省市县区州盟旗乡镇]委|政府|(?<![格布大全结开破变新当])局|(?<![客大展])厅)"
)
# (not someone's words introduced: `今年两会，在参加…代表团审议时指出：`)
_ADDRESSEES = (
    rf"(?![^:：]*(?:指出|强调|表示|提出|说))(?:{_ADDRESSED}[{HAN}、，,\s]{{0,10}}|{_OFFICE})[:：]"
)
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
SALUTATION_OPENING = re.compile(
    rf"^(?P<salutation>{_ADDRESSEES}|{_ADDRESSED}[{HAN}、，,\s]{{0,10}}?[，,](?={_GREETING.pattern}))"
)


_OFFICE_ADDRESSED = re.compile(f"{_OFFICE}[:：]")


def addresses_an_office(salutation: str) -> bool:
    """`省委组织部：`: a report sent to an office, no hall spoken to."""
    return bool(_OFFICE_ADDRESSED.fullmatch(salutation))


def is_salutation(line: str) -> bool:
    return bool(_SALUTATION.match(line))


# A salutation's opening words: a line that starts on them is no title run into the text.
ADDRESS_OPENING = re.compile("尊敬的|各位|亲爱的|同志们")


def titled_salutation(line: str) -> list[str]:
    """The line, or its title and its salutation apart when it holds both."""
    if not line.endswith(("：", ":")):  # (most lines: the salutation ends on its colon)
        return [line]
    found = _TITLED_SALUTATION.match(line)
    if found and is_salutation(found["salutation"]) and not is_salutation(found["title"]):
        return [found["title"], found["salutation"]]
    glued = _GLUED_SALUTATION.match(line)
    if glued and is_salutation(glued["salutation"]) and not ADDRESS_OPENING.search(glued["title"]):
        return [glued["title"], glued["salutation"]]
    return [line]


def take_salutation(front: Front, body: list[str]) -> None:
    """The salutation opening the body (`同志们：`, `尊敬的各位领导，…大家好！`), off its text."""
    if not body or not (greeting := SALUTATION_OPENING.match(body[0])):
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


def _greets(line: str) -> bool:
    return bool(_SALUTATION.match(line) or _GREETING.fullmatch(line) or _ORDER.fullmatch(line))


# A host calling the hall to order before the speech: `大家安静，大会马上开始。`
_ORDER = re.compile(
    r"(?:请)?大家(?:安静|静一静|坐好)[，,]?(?:(?:大会|会议)(?:马上|现在)?开始)?[。！!]?"
    r"|(?:现在)?(?:大会|会议)(?:马上|现在)?开始[。！!]?"
)
