"""Properties of clean on arbitrary text: it never raises and a second pass changes nothing."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafter.clean import clean_text
from tests.conftest import CORPUS

# Material that exercises every step: seed fragments, marks, pinyin, question marks, quotes.
_PIECES = [
    line[i : i + 12]
    for path in sorted(CORPUS.glob("*.txt"))
    for line in path.read_text(encoding="utf-8").splitlines()
    for i in range(0, min(len(line), 60), 12)
]
_ATOMS = st.sampled_from(
    [
        *_PIECES,
        "?",
        "!",
        ",",
        ",,",
        ",。",
        "“",
        "”",
        '"',
        "(",
        ")",
        "(xiāng)",
        "...",
        " ",
        "\n",
        "　",
        "? ? ",
        "1,000",
        "97.14%",
        "著",
        "瑯",
        "ICP备",
        "400-6060-805",
        "\r\n",
        "\t",
    ]
)
mixed = st.lists(st.one_of(_ATOMS, st.text(max_size=4)), max_size=30).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mixed)
def test_clean_never_raises_and_is_idempotent(text: str) -> None:
    once = clean_text(text).text
    assert clean_text(once).text == once


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_clean_on_any_unicode(text: str) -> None:
    once = clean_text(text).text
    assert clean_text(once).text == once


def test_a_held_span_reads_the_same_on_a_second_pass() -> None:
    # a span held in part left text after it that read differently once cleaned; a span of
    # ordinary text closed by the mark that opens a damaged one hid it once its marks widened
    for text in ("?吳鏧鵬?", "?¡)略,進一步強化黨建引領?°?"):
        once = clean_text(text)
        assert once.unrepaired
        twice = clean_text(once.text)
        assert twice.text == once.text
        assert [u.text for u in twice.unrepaired] == [u.text for u in once.unrepaired]


def test_traditional_text_between_ascii_question_marks_is_text_not_damage() -> None:
    # 鄉 is E0 6C in GBK, its second byte ASCII, as a misread pair that ate an ASCII byte ends;
    # but every character around it is a common one, and a misread makes rare ones
    asked = "我們要建設什麼樣的鄉村?怎樣建設鄉村?把鄉村帶向何方?讓農民過上什麼樣的生活?"
    cleaned = clean_text(asked)
    assert cleaned.unrepaired == []
    assert "怎样建设乡村？把乡村带向何方？让农民" in cleaned.text
    assert clean_text("?吳鵬鵬?").text == "？吴鹏鹏？\n"  # a name in Traditional script
