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
from drafter.vocabulary import CLOSING_MARKERS

_WHEN = re.compile(
    r"^(?:近日|日前|近期|前不久|今年以来|近年来|去年以来|今年|去年|目前|当前|新时代以来"
    r"|[\u4e00-\u9fff]{1,3}时节|[春夏秋冬]季|\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?|\d{1,2}月\d{1,2}日)"
)
_CARRY_OUT = re.compile(
    r"^(?P<verb>(?:认真|深入|全面|扎实|坚决)?(?:学习)?(?:贯彻落实|贯彻|落实))(?P<what>.+)$"
)
_PURPOSE = re.compile(r"^为了?(?P<rest>.+)$")
_REPORTED = re.compile(r"^(?P<source>.+?)(?P<verb>提出|指出|强调|要求)$")
_PLEDGE = re.compile(r"^我们将(?:继续)?")
_QUOTED = re.compile(r"“[^”]*”|《[^》]*》")
_NUMBER = re.compile(r"\d+(?:\.\d+)?%?")


def _clauses(sentence: str) -> list[str]:
    """Split on `，` outside quotation marks and book-title marks."""
    shielded = _QUOTED.sub(lambda m: "\0" * len(m.group()), sentence)
    clauses, start = [], 0
    for index, char in enumerate(shielded):
        if char == "，":
            clauses.append(sentence[start:index])
            start = index + 1
    clauses.append(sentence[start:])
    return [c for c in clauses if c]


def lead_frame(lead: str) -> str:
    """The frame of a lead's first sentence."""
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
        if not (merged and part == merged[-1] and part in ("{approach}", "{outcome}")):
            merged.append(part)
    return _NUMBER.sub("{n}", "，".join(merged)) + "。"


def _lead_clause(clause: str, last: bool) -> str:
    if purpose := _PURPOSE.match(clause):
        carried = _CARRY_OUT.match(purpose["rest"])
        if carried:
            return f"为{carried['verb']}{{policy}}"
    if clause.startswith("进一步"):
        return "进一步{aim}"
    if reported := _REPORTED.match(clause):
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
