"""Reading bytes in every encoding scraped Chinese text arrives in."""

from __future__ import annotations

import codecs
import os

import pytest

from drafter.errors import InputError, OverwriteRefused
from drafter.files import decode, read_article, write_atomic
from tests.conftest import CORPUS

SIMPLIFIED = (CORPUS / "002_41f6191bd45bc140.txt").read_text(encoding="utf-8")
TRADITIONAL = (CORPUS / "003_2a3c1398cfc30887.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        (SIMPLIFIED, "utf-8"),
        (SIMPLIFIED, "gb18030"),
        (SIMPLIFIED, "gbk"),
        (TRADITIONAL, "gb18030"),
        (SIMPLIFIED, "utf-16-le"),
        (SIMPLIFIED, "utf-16-be"),
    ],
)
def test_every_encoding_reads_back_exactly(text: str, codec: str) -> None:
    assert decode(text.encode(codec)).text == text


def test_big5_reads_back_exactly() -> None:
    from drafter.text.script import to_variant

    # Big5 holds fewer characters than Unicode: keep what it can of a Traditional text.
    text = to_variant(SIMPLIFIED, "zh-TW").encode("big5", errors="ignore").decode("big5")
    assert len(text) > 2000
    decoded = decode(text.encode("big5"))
    assert (decoded.text, decoded.encoding) == (text, "big5")


@pytest.mark.parametrize("bom", [codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE])
def test_byte_order_marks(bom: bytes) -> None:
    codec = {codecs.BOM_UTF8: "utf-8", codecs.BOM_UTF16_LE: "utf-16-le"}.get(bom, "utf-16-be")
    assert decode(bom + SIMPLIFIED.encode(codec)).text == SIMPLIFIED


def test_binary_is_a_located_error() -> None:
    with pytest.raises(InputError) as caught:
        decode(b"PK\x03\x04\x00\x00binary", "x.txt")
    assert "不是文本文件" in str(caught.value)
    assert str(caught.value).startswith("x.txt:1:5")


def test_undecodable_bytes_are_an_error_not_dropped() -> None:
    data = "第一行\n第二行".encode() + b"\xff\xfe\xff\x80\x80"
    with pytest.raises(InputError) as caught:
        decode(data, "bad.txt")
    assert caught.value.location.line == 2
    assert "无法识别文件编码" in str(caught.value)


def test_missing_file_and_directory(tmp_path) -> None:
    with pytest.raises(InputError, match="不存在"):
        read_article(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="目录"):
        read_article(tmp_path)


def test_write_atomic_refuses_to_overwrite(tmp_path) -> None:
    target = tmp_path / "out" / "a.txt"
    write_atomic(target, "一")
    with pytest.raises(OverwriteRefused):
        write_atomic(target, "二")
    assert target.read_text(encoding="utf-8") == "一"
    write_atomic(target, "二", force=True)
    assert target.read_text(encoding="utf-8") == "二"
    assert [p.name for p in target.parent.iterdir()] == ["a.txt"]
    umask = os.umask(0o022)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_unwritable_target_is_a_user_error(tmp_path) -> None:
    from drafter.errors import UserError

    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(UserError, match="无法写入"):
        write_atomic(blocker / "out.txt", "内容")


def test_non_utf8_text_is_located(tmp_path) -> None:
    from drafter.files import read_utf8

    path = tmp_path / "sheet.yaml"
    path.write_bytes("region: 船营区\n".encode() + "theme: 示范\n".encode("gbk"))
    with pytest.raises(InputError, match="UTF-8") as caught:
        read_utf8(path)
    assert caught.value.location.line == 2
