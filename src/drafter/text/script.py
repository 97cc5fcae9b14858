"""Traditional → Simplified conversion with OpenCC, for text that is Traditional only.

Which characters are Traditional, Simplified or Hong Kong variants is not listed by hand: it is
read off OpenCC's own tables by converting every BMP ideograph. That takes a quarter of a
second, longer than cleaning an article, so `python -m drafter.text.script` does it once and
writes the classes to opencc_classes.txt (a test checks them against the installed OpenCC).

Config choice: `hk2s` when the text carries Hong Kong variant forms (衞, 綫, 説…) that `t2s`
leaves alone; otherwise `t2s`. `tw2s` is not used: it turns every 著 into 着 and so breaks
zhù words (土著, 卓著), which t2s plus our phrase fixes (t2s_fixes.txt) handle.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import islice
from pathlib import Path
from typing import Any

from drafter.text.lazy import LazyPattern


def _ideographs() -> str:
    """Every BMP ideograph."""
    return "".join(
        chr(code)
        for start, end in ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
        for code in range(start, end + 1)
    )


VARIANTS = {"zh-Hans": None, "zh-Hant": "s2t", "zh-TW": "s2tw", "zh-HK": "s2hk"}


@cache
def converter(config: str) -> Any:
    import opencc

    return opencc.OpenCC(config)


def _char_class(chars: Iterable[str]) -> LazyPattern:
    # Compiled when first used: each class holds thousands of characters (milliseconds to
    # compile), and most texts, all Simplified, need only `traditional_chars` to tell. Escaped
    # in one call: the same text as character by character, in a fifth of the time.
    return LazyPattern("[" + re.escape("".join(sorted(chars))) + "]")


def _in_gb2312(char: str) -> bool:
    """GB2312 holds the characters of Simplified writing: 乾 (乾县) and 著 (显著) are in it,
    although t2s turns them into 干 and 着 in other words; 黨 and 發 are not."""
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _in_big5(char: str) -> bool:
    """Big5 holds the characters of Traditional writing; 范, 干, 后, 于 are in it (they are
    Traditional characters too), 发, 党, 领 are not."""
    try:
        char.encode("big5")
    except UnicodeEncodeError:
        return False
    return True


@dataclass(frozen=True)
class _Tables:
    traditional_chars: frozenset[str]
    traditional: LazyPattern
    traditional_only: LazyPattern  # never used in Simplified writing: outside GB2312
    simplified: LazyPattern
    hongkong: str  # few: looked for one by one, several times faster than a class
    fixes: dict[str, str]
    fixes_pattern: LazyPattern
    # The first character of each fix that changes text: where none is, no fix applies.
    fix_starts: str


CLASSES = "opencc_classes.txt"


def character_classes() -> dict[str, str]:
    """The characters of each class, read off OpenCC's tables."""
    ideographs = _ideographs()
    t2s, hk2s, s2t = (
        converter(config).convert("\n".join(ideographs)).split("\n")
        for config in ("t2s", "hk2s", "s2t")
    )
    hongkong = {c for c, a, b in zip(ideographs, t2s, hk2s, strict=True) if a != b}
    traditional = {c for c, a in zip(ideographs, t2s, strict=True) if a != c} | hongkong
    classes = {
        "traditional": traditional,
        "traditional_only": {c for c in traditional if not _in_gb2312(c)},
        "simplified": {
            c for c, a in zip(ideographs, s2t, strict=True) if a != c and not _in_big5(c)
        },
        "hongkong": hongkong,
    }
    return {name: "".join(sorted(chars)) for name, chars in classes.items()}


def _lines(name: str) -> list[str]:
    source = Path(__file__).with_name(name).read_text(encoding="utf-8")
    return [line for line in source.splitlines() if line and not line.startswith("#")]


@cache
def tables() -> _Tables:
    fixes = dict(line.split("\t") for line in _lines("t2s_fixes.txt"))
    classes = dict(line.split("\t") for line in _lines(CLASSES))
    return _Tables(
        traditional_chars=frozenset(classes["traditional"]),
        traditional=_char_class(classes["traditional"]),
        traditional_only=_char_class(classes["traditional_only"]),
        simplified=_char_class(classes["simplified"]),
        hongkong=classes["hongkong"],
        fixes=fixes,
        fixes_pattern=LazyPattern("|".join(map(re.escape, sorted(fixes, key=len, reverse=True)))),
        fix_starts="".join(sorted({key[0] for key, value in fixes.items() if key != value})),
    )


def is_traditional(text: str) -> bool:
    """True when `text` has more Traditional-only than Simplified-only characters."""
    table = tables()
    simplified = len(table.simplified.findall(text))
    # One Traditional character more than that settles it: a Traditional line is not counted
    # to its end (most of its characters are).
    return next(islice(table.traditional.finditer(text), simplified, None), None) is not None


def to_simplified(text: str) -> tuple[str, str]:
    """Convert Traditional `text`, then close the gaps OpenCC leaves (see t2s_fixes.txt).
    Returns the text and the OpenCC config used."""
    table = tables()
    config = "hk2s" if any(char in text for char in table.hongkong) else "t2s"
    converted = converter(config).convert(text)
    if not any(char in converted for char in table.fix_starts):
        return converted, config
    return table.fixes_pattern.sub(lambda m: table.fixes[m.group()], converted), config


def to_variant(text: str, variant: str) -> str:
    """Simplified `text` in the script a reader asked for: zh-Hans, zh-Hant, zh-TW or zh-HK."""
    config = VARIANTS[variant]
    return converter(config).convert(text) if config else text


def convert_traditional_lines(text: str) -> tuple[str, int, str | None]:
    """Convert each line of `text` that is Traditional; leave Simplified lines untouched.

    Returns the text, the number of lines converted, and the OpenCC config used (None if none).
    """
    table = tables()
    if not table.traditional.search(text):
        return text, 0, None
    lines = text.split("\n")
    if not table.simplified.search(text):  # wholly Traditional: no line needs weighing
        chosen = [i for i, line in enumerate(lines) if table.traditional.search(line)]
    else:
        chosen = [i for i, line in enumerate(lines) if is_traditional(line)]
    if not chosen:
        return text, 0, None
    converted, config = to_simplified("\n".join(lines[i] for i in chosen))
    for index, line in zip(chosen, converted.split("\n"), strict=True):
        lines[index] = line
    return "\n".join(lines), len(chosen), config


def _write_classes() -> None:
    import opencc

    lines = [
        f"# Written by `python -m drafter.text.script` from OpenCC {opencc.__version__}: the BMP",
        "# ideographs each class holds (see the module). Write it again when OpenCC changes.",
        *(f"{name}\t{chars}" for name, chars in character_classes().items()),
    ]
    path = Path(__file__).with_name(CLASSES)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(path)


if __name__ == "__main__":
    _write_classes()
