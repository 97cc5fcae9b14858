"""Header shapes: headers as slot patterns, e.g. `{v}{n}，{v}乡村振兴“{metaphor}”`.

Words other than verbs that recur in the headers of two or more articles stay as they are
(乡村振兴); quoted terms become `{metaphor}`; function words stay; other words become their
part of speech (`{v}`, `{n}`, `{a}`…), with repeats of one slot folded into one. A word outside
jieba's dictionary that opens a clause is a verb compound (把准, 建强, 筑牢): headers open
with their verb.
"""

from __future__ import annotations

_KEEP_TAGS = ("p", "c", "u", "r", "f")  # prepositions, conjunctions, particles, pronouns, places
_PUNCTUATION = "，；、"


def _slot(tag: str, clause_start: bool) -> str:
    if tag == "x" and clause_start:
        return "{v}"
    if tag.startswith("vn"):
        return "{n}"
    head = tag[:1]
    if head in ("v", "n", "a", "d", "m", "q"):
        return "{" + head + "}"
    return "{n}"  # words outside the dictionary are mostly names of things


def shape_of(tokens: list[tuple[str, str]], literal: set[str]) -> str:
    parts: list[str] = []
    quoted = False
    for index, (word, tag) in enumerate(tokens):
        clause_start = index == 0 or tokens[index - 1][0] in _PUNCTUATION
        if word == "“":
            quoted = True
            parts.append("“{metaphor}”")
        elif word == "”":
            quoted = False
        elif quoted:
            continue
        elif word in _PUNCTUATION or word in literal or tag.startswith(_KEEP_TAGS):
            parts.append("，" if word in _PUNCTUATION else word)
        else:
            slot = _slot(tag, clause_start)
            if not parts or parts[-1] != slot:
                parts.append(slot)
    return "".join(parts)


def leading_verbs(tokens: list[tuple[str, str]]) -> list[str]:
    """The verb that opens each clause of a header, where one does."""
    verbs, start = [], True
    for word, tag in tokens:
        if word in _PUNCTUATION:
            start = True
            continue
        opens_with_verb = tag.startswith("v") or (tag == "x" and len(word) == 2)
        if start and opens_with_verb and len(word) >= 2:
            verbs.append(word)
        start = False
    return verbs


def metaphors(text: str) -> list[str]:
    import re

    return re.findall(r"“([^“”]{2,8})”", text)
