"""Which of a corpus's headers another region's draft may borrow, and why the others may not.

A header is offered only when parse found it with a header's evidence and it carries nothing of
its own article: no figure, place, anonymised name (`**镇`, `XX区`), foreign letters or long
quoted programme name, and it is a whole header rather than a fragment of page or sentence.
"""

from __future__ import annotations

import re

from drafter.parse.furniture import is_scene_caption
from drafter.parse.headers import BODY_OPENING, DANGLING
from drafter.text.chars import HAN, HAN_CHAR
from drafter.text.punctuation import quotation_balance

LEFT_OUT_LABELS = {
    "figure": "含数字",
    "place": "含地名",
    "anonymised": "含匿名占位或待填空白（*、XX、某、____）",
    "latin": "含外文字母",
    "programme": "含专有名称（长引号词）",
    "furniture": "网页杂项",
    "fragment": "残句或断行",
    "first_person": "说话人自己的话（我、我们）",
    "alone": "文中唯一的同级标题",
    "part": "文章的部分名（…情况、存在的问题、对策建议、主要做法）",
    "procedure": "会议的程序或括注（进行大会选举、（计票结束后））",
    "scene": "像图片说明（某某参观、走访……）",
}
_FIGURE = re.compile(
    r"[0-9０-９]|[一二三四五六七八九十百千万]+(?:个|名|项|条|家|户|万|亿)"
    r"|第[一二三四五六七八九十百千]+[届期次批轮]"  # one event's ordinal: `第二十一届`
)
# (and a template's blank to fill: `到____点集中…`)
_ANONYMISED = re.compile(rf"\*|＊|×|[Xx]{{1,3}}(?=[{HAN}])|某|_{{2,}}|＿{{2,}}")
_LATIN = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]")
_PROGRAMME = re.compile(r"“[^”]{5,}”")
_QUOTED = re.compile(r"“[^”]*”")
_PART_OF_ANY_PIECE = (
    "(?:做法|成效|成果|经验|启示|体会|打算|思路|意义|方法|目的|发现|结论|结语|引言|前言|开场白|小结)"
)
# A report's part named by what it covers (`扶持项目建设情况`, `调研背景`, `流动党员的特点`,
# `存在的主要问题`, `对策建议`), not a claim of what was done: another article's part heads no
# section of a draft.
# (or two such names side by side, a paper's part: `背景与意义`, `实施路径与案例`)
_PART_NAME = re.compile(
    r"(?:情况|状况|现状|概况|背景|起因|缘起|动因|综述|问题的提出|对策|建议|原因(?:分析)?|特点|类型|特征)$"
    r"|(?:存在|面临)[^，；]*问题|(?<![解决破除])(?:突出|主要)问题(?:及对策)?$"
    rf"|^[{HAN}]{{2,4}}[与和及][{HAN}]{{2,4}}$"
    # or the part any piece has, whatever its topic (`主要做法`, `调研方法`, `开场白（引言）`)
    rf"|^(?:主要|基本|研究|调研|调查|下一?步)?(?:工作)?{_PART_OF_ANY_PIECE}(?:（[^）]*）)?$"
)
# A fragment ends on a word that needs more after it (a clause mark or an opening quote too),
# or starts on a mark that follows something (`、…机制缺乏`: a list's item cut off).
_OPEN_END = re.compile("[，“]$|^[、，。；：）]")
# A meeting's steps as a host script prints them (`进行大会选举`, `推选通过监票人`,
# `听取和通过…工作报告`, `讨论通过选举办法`, `宣布…候选人名单`), or a note in brackets on what
# happens then (`（计票结束后）`, `…：（按计票单宣读）`). (`现在…`, `下面…`, `通过…`: a body's
# opening, left out as a fragment before this is asked)
_PROCEDURE = re.compile(r"^(?:进行|推选|听取|宣布|宣读|讨论通过)|[（(][^（）()]*[）)]$")
# A speaker's own words (`下面我谈谈…`) head only the speech they were said in.
_FIRST_PERSON = re.compile("我")
_SPACED = re.compile(rf"(?<=[{HAN}])[ \u3000]+(?=[{HAN}])")
def _is_fragment(header: str) -> bool:
    if (
        len(HAN_CHAR.findall(header)) < 4
        or quotation_balance(header) != 0  # cut inside a quotation
        or BODY_OPENING.match(header)
        or DANGLING.search(header)
        or _OPEN_END.search(header)
    ):
        return True
    # Two phrases may stand side by side with a space (`夯实组织基础 激活发展动能`); a space
    # inside a word is a broken line.
    parts = _SPACED.split(header)
    return len(parts) > 1 and any(len(p) < 4 for p in parts)


def carries_particulars(text: str) -> bool:
    """Whether `text` holds something of its own article: a figure, a place, an anonymised
    name, foreign letters or a book title."""
    from drafter.places import contains_region

    return bool(
        _FIGURE.search(text)
        or _ANONYMISED.search(text)
        or _LATIN.search(text)
        or "《" in text
        or contains_region(_QUOTED.sub("，", text))
    )


def reason_to_leave_out(header: str, alone: bool) -> str | None:
    """Why `header` (number off, final stop off) may not be offered to other drafts, or None."""
    from drafter.parse.furniture import is_furniture
    from drafter.places import contains_region

    if _FIGURE.search(header):
        return "figure"
    if _ANONYMISED.search(header):
        return "anonymised"
    if _LATIN.search(header):
        return "latin"
    if is_furniture(header):
        return "furniture"
    if _is_fragment(header):
        return "fragment"
    if _FIRST_PERSON.search(header):
        return "first_person"
    if _PROGRAMME.search(header):
        return "programme"
    if _PART_NAME.search(header):
        return "part"
    if _PROCEDURE.search(header):
        return "procedure"
    if is_scene_caption(header):
        return "scene"
    if contains_region(_QUOTED.sub("，", header)):
        return "place"
    if alone:
        return "alone"
    return None
