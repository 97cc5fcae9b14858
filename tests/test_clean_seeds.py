"""The five seed articles, end to end, against their gold files."""

from __future__ import annotations

import re

import pytest

from drafter.clean import clean_file
from drafter.text.chars import HAN
from drafter.text.script import tables
from tests.conftest import CORPUS, fold, gold


@pytest.fixture(scope="module")
def cleaned() -> dict[str, str]:
    return {p.stem: clean_file(p).text for p in sorted(CORPUS.glob("*.txt"))}


def test_must_contain(cleaned: dict[str, str], seed: str) -> None:
    text = fold(cleaned[seed])
    for expected in gold(seed)["must_contain"]:
        assert fold(expected) in text


def test_must_not_contain(cleaned: dict[str, str], seed: str) -> None:
    text = fold(cleaned[seed])
    for unwanted in gold(seed)["must_not_contain"]:
        assert fold(unwanted) not in text, unwanted


def test_no_traditional_characters_remain(cleaned: dict[str, str], seed: str) -> None:
    assert tables().traditional.findall(cleaned[seed]) == []
    assert "著" not in cleaned[seed].replace("显著", "")


def test_no_pinyin_remains(cleaned: dict[str, str], seed: str) -> None:
    assert not re.search(r"[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{2,}\)", cleaned[seed])


def test_no_half_width_marks_in_chinese_text(cleaned: dict[str, str], seed: str) -> None:
    pattern = rf"[{HAN}][,;:?!()]|[,;:?!()][{HAN}]"
    assert re.findall(pattern, cleaned[seed]) == []


def test_mojibake_spans_are_reported_with_their_repairs() -> None:
    result = clean_file(CORPUS / "000_9c1aa16d39bd4a9f.txt")
    repairs = {(r.before, r.after) for r in result.repairs if r.kind == "mojibake"}
    assert repairs == {
        ("?!钡哪繕?", "裕”的目標"),
        ("?!皟蓞^", "。“兩區"),
        ("?!耙稽c", "。“一點"),
    }
    assert all(r.line == 3 for r in result.repairs if r.kind == "mojibake")
    assert result.unrepaired == []
    assert "责任编辑/王元" in result.text


def test_boilerplate_lines_are_listed() -> None:
    result = clean_file(CORPUS / "001_31d6c0dd4fb046c4.txt")
    removed = [r.line for r in result.repairs if r.kind == "boilerplate"]
    assert removed == [1, 2, 8, 9]
    assert result.text.startswith("初秋时节")


def test_simplified_seed_is_not_converted() -> None:
    result = clean_file(CORPUS / "002_41f6191bd45bc140.txt")
    assert result.conversion is None
    assert "显著提升" in result.text
