"""Lead, closing and byline frames: real sentences with their particulars turned into slots.

A frame keeps the connective skeleton a writer reuses (`为深入贯彻落实…，进一步…，`) and puts
slots where her own facts go: `{region}` for place names, `{when}` for time phrases,
`{policy}` for what is being carried out, and role slots for the rest of each clause
(`{aim}`, `{event}`, `{approach}`, `{outcome}`; `{summary}`, `{pledge}` in closings).
"""

from __future__ import annotations

import re

from drafter.article import Byline
from drafter.places import leading_region
from drafter.text.chars import HAN
from drafter.vocabulary import CLOSING_MARKERS, TIME_PHRASE

_WHEN = re.compile(f"^(?:{TIME_PHRASE})")
_CARRY_OUT = re.compile(
    r"^(?P<verb>(?:认真|深入|全面|扎实|坚决)?(?:学习)?(?:贯彻落实|贯彻|落实))(?P<what>.+)$"
)
_CARRIED = re.compile("贯彻|落实")
_PURPOSE = re.compile(r"^为了?(?P<rest>.+)$")
_REPORTED = re.compile(r"^(?P<source>.+?)(?P<verb>提出|指出|强调|要求)$")
_PLEDGE = re.compile(r"^我们将(?:继续)?")
_QUOTED = re.compile(r"“[^”]*”|《[^》]*》")
_NUMBER = re.compile(r"\d+(?:\.\d+)?%?")


def _clauses(sentence: str) -> list[str]:
    """Split on `，` outside quotation marks and book-title marks."""
    shielded = _QUOTED.sub(lambda m: "\0" * len(m.group()), sentence)
    clauses, start = [], 0
    index = shielded.find("，")
    while index != -1:  # found by str.find, not a test of each character
        clauses.append(sentence[start:index])
        start = index + 1
        index = shielded.find("，", start)
    clauses.append(sentence[start:])
    return [c for c in clauses if c]


def lead_frame(lead: str) -> str:
    """The frame of a lead's first sentence; none ("") for a lead that opens on someone's
    quoted words (`“2022年，我们村…”`), which are theirs, not the genre's way of opening, or
    whose clauses are all the frame would keep."""
    if lead.startswith(("“", "「", '"')):
        return ""
    sentence = lead.split("。")[0]
    parts: list[str] = []
    clauses = _clauses(sentence)
    for index, clause in enumerate(clauses):
        last = index == len(clauses) - 1
        when = _WHEN.match(clause)
        if when:
            parts.append("{when}")
            clause = clause[when.end() :]
            if not clause:
                continue
        parts.append(_lead_clause(clause, last))
    merged: list[str] = []
    for part in parts:  # consecutive clauses of the same role are one slot
        if not (merged and part == merged[-1] and part in _BARE_CLAUSES):
            merged.append(part)
    # Clauses and nothing else (`{approach}，{outcome}。`, from `火车跑得快，全靠车头带。`) fit
    # any sentence: no time, place, policy or connective of the genre to reuse.
    if all(part in _BARE_CLAUSES for part in merged):
        return ""
    return _NUMBER.sub("{n}", "，".join(merged)) + "。"


_BARE_CLAUSES = ("{approach}", "{outcome}")


def _lead_clause(clause: str, last: bool) -> str:
    if purpose := _PURPOSE.match(clause):
        carried = _CARRY_OUT.match(purpose["rest"])
        if carried:
            return f"为{carried['verb']}{{policy}}"
    if clause.startswith("进一步"):
        return "进一步{aim}"
    # `…贯彻落实县委的要求` carries out a 要求 (a noun); `县委书记强调` reports one. What is
    # reported follows: a sentence's last clause ends on the noun (`…是社会主义制度的本质要求。`).
    if not last and (reported := _REPORTED.match(clause)) and not _CARRIED.search(clause):
        return "{policy}" + reported["verb"]
    if region := leading_region(clause):
        carried = _CARRY_OUT.match(region[1])
        return "{region}" + (f"{carried['verb']}{{policy}}" if carried else "{event}")
    return "{outcome}" if last else "{approach}"


def closing_frame(closing: str) -> str:
    """`总之，…。我们将继续…。` → `总之，{summary}。我们将继续{pledge}。`"""
    parts = []
    for sentence in (s for s in closing.split("。") if s):
        pledge = _PLEDGE.match(sentence)
        marker = None if pledge else CLOSING_MARKERS.match(sentence)
        if pledge:
            parts.append(f"{pledge.group()}{{pledge}}")
        elif marker:
            parts.append(f"{marker.group()}，{{summary}}")
        elif not parts or parts[-1] != "{summary}":
            parts.append("{summary}")
    return "。".join(parts) + "。"


def byline_forms(byline: Byline) -> list[str]:
    """Each byline line of an article with its names turned into slots."""
    forms = []
    for line in byline.lines:
        form = line
        for field in ("unit", "editor", "author", "outlet"):
            value = getattr(byline, field)
            if value and value in form:
                form = form.replace(value, "{" + field + "}", 1)
        for field in ("reporters", "correspondents"):
            names = getattr(byline, field)
            if names:
                form = re.sub(r"\s*".join(map(re.escape, names)), "{" + field + "}", form, count=1)
        forms.append(form)
    return forms


# A section's sentences, each with its closing quote (`…活动。”`).
_SENTENCE = re.compile(r"[^。！？]*[。！？][”’]?")
# A thesis says what something is or needs, its subject first (`产业振兴是…`, `…离不开…`):
# the genre opens many sections with one, and it claims nothing about the writer's region.
_THESIS = re.compile(
    r"(?:^|，)(?P<subject>[^，：；]{2,14}?)(?:是|在于|离不开|关键在|重在)[^，：；]"
)
# Words that need what came before them in their own article.
_NEEDS_BEFORE = re.compile(
    r"^(?:这|此|该|其|上述|以上|同时|此外|另外|但|而|并|因此|所以|为此|对此|其中|首先|其次|最后"
    r"|后来|可以说|俗话说|比如|例如|更"
    r"|第[一二三四五六七八九十]|[一二三四五六七八九十]是)"
)
# When it happened, who says it, who did it: one article's, not another's.
_DATED = re.compile(
    r"近年|今年|去年|明年|以来|近日|日前|近期|年底|年初|[0-9０-９]"
    r"|[〇零一二三四五六七八九十百千]{2,}年|[一二三四五六七八九十]{1,2}月"
)
# Who says it or did it, and what points back into its own article (该镇, 全村, a list).
_OWN_ARTICLE = re.compile(
    r"我|咱|同志|书记|主任|县长|镇长|乡长|区长|市长|该|[全本此][村镇乡县区市]|一是|："
)
# The opener of a sentence that states what came of the work: `如今，…`, `通过这些举措，…`.
_RESULT_OPENER = re.compile(
    rf"^(?:(?:通过|经过)(?:这些|以上|上述|一系列|系列|持续|不懈)[{HAN}]{{0,6}}|[{HAN}]{{2,4}})$"
)
_NOT_RESULT_OPENER = re.compile(
    r"^(?:同时|此外|另外|其中|为此|对此|因此|所以|首先|其次|再次|最后|一方面|另一方面|总之|但是|然而"
    r"|并且|而且|特别是|尤其是|比如|例如|具体来讲|具体来说|一是|二是|三是)$"
)
_RESULT_SAID = re.compile(r"实现|达到|形成|提升|提高|增强|增加|带动|成为|取得|有效|明显|显著|[0-9]")
# The clause that ends a section by saying what its results bring to the genre's own aims
# (`为乡村全面振兴奠定了坚实基础`): it follows a result with no subject of its own, where
# `努力…`, `让…` or `确保…` would need one, and a purpose of one article's own
# (`为项目论证提供书面依据`) fits no other.
_ENDING = re.compile(
    r"^为[^，]*(?:振兴|发展|群众|基层)[^，]*(?:提供|奠定|注入|打下|夯实|增添|凝聚|贡献|积蓄|筑牢|增色|添砖加瓦)"
)


# A page that sets a space beside each mark (`之一， “治理有效” 始终…`): no draft should.
_TYPESET_SPACE = re.compile(
    r"[ \u3000]+(?=[，。；：！？“”‘’《》、（）])|(?<=[，。；：！？“”‘’《》、（）])[ \u3000]+"
)


def thesis_subject(sentence: str) -> str:
    """What a thesis is about: `产业振兴` in `产业振兴是乡村振兴的关键所在。`."""
    found = _THESIS.search(sentence)
    return found["subject"] if found else ""


def section_frames(paragraphs: list[str]) -> list[tuple[str, str, str]]:
    """(role, frame, sentence) for what a section says that another region's section may say
    too: a thesis opening a paragraph, the opener of a result sentence, the clause that ends
    a paragraph. Quoted words are judged later, against the whole corpus."""
    found = []
    sentences = [_SENTENCE.findall(_TYPESET_SPACE.sub("", p)) for p in paragraphs]
    for index, own in enumerate(sentences):
        if own and _is_thesis(own[0]):
            found.append(("opening", own[0], own[0]))
        for sentence in own[1:] if index == 0 else own:
            if result := _result_frame(sentence):
                found.append(("result", result, sentence))
        if own and (ending := _ending(own[-1])):
            found.append(("ending", ending, own[-1]))
    return found


def _general(text: str) -> bool:
    """Nothing of its own article: no figure, place, name, date or speaker."""
    from drafter.analyze.borrow import carries_particulars

    return not (_DATED.search(text) or _OWN_ARTICLE.search(text) or carries_particulars(text))


def _is_thesis(sentence: str) -> bool:
    return (
        8 <= len(sentence) <= 50
        and sentence.endswith(("。", "！"))
        and bool(_THESIS.search(sentence))
        and not _NEEDS_BEFORE.match(sentence)
        and _general(sentence)
    )


def _result_frame(sentence: str) -> str | None:
    clauses = _clauses(sentence.rstrip("。！？”’"))
    if len(clauses) < 2:
        return None
    opener, said = clauses[0], "，".join(clauses[1:])
    if (
        _RESULT_OPENER.match(opener)
        and not _NOT_RESULT_OPENER.match(opener)
        and _RESULT_SAID.search(said)
        and _general(opener)
    ):
        return f"{opener}，{{outcome}}。"
    return None


def _ending(sentence: str) -> str | None:
    clauses = _clauses(sentence.removesuffix("。").removesuffix("！"))
    if len(clauses) < 2 or sentence.endswith("？"):
        return None
    clause = clauses[-1]
    if 6 <= len(clause) <= 30 and _ENDING.match(clause) and _general(clause):
        return clause
    return None
