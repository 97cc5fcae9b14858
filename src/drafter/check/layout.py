"""The house format of a DOCX draft, checked with the numbers render writes (GB/T 9704): A4,
the margins, an East Asian font on the body, the fixed line pitch, a page-number field. A
draft that went through WPS and lost its format is caught here."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from drafter.render.gbt9704 import FONT_PROFILES, LINE_TWIPS, PAGE

if TYPE_CHECKING:
    from drafter.check.findings import Finding
    from drafter.check.rules import Context, Rule

_TOLERANCE = 20  # twips: one point, for rounding by word processors
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PAGE_LABELS = {
    "width": "纸张宽度",
    "height": "纸张高度",
    "top": "上边距",
    "bottom": "下边距",
    "left": "左边距",
    "right": "右边距",
}


def _twips(length: Any) -> int | None:
    return None if length is None else round(length.twips)


def house_format(rule: Rule, context: Context) -> Iterator[Finding]:
    document = context.draft.document
    section = document.sections[0]
    actual = {
        "width": section.page_width,
        "height": section.page_height,
        "top": section.top_margin,
        "bottom": section.bottom_margin,
        "left": section.left_margin,
        "right": section.right_margin,
    }
    for key, length in actual.items():
        value = _twips(length)
        if value is None or abs(value - PAGE[key]) > _TOLERANCE:
            shown = "未设置" if value is None else f"{value / 56.7:.1f} 毫米"
            yield context.finding(
                rule,
                None,
                0,
                0,
                f"{_PAGE_LABELS[key]}是 {shown}，公文格式应为 {PAGE[key] / 56.7:.1f} 毫米",
                "在“页面设置”里改回，或用 drafter render 重新生成后再改文字。",
            )
    normal = document.styles["Normal"]
    fonts = _east_asian_fonts(document, normal)
    body_fonts = {profile.body for profile in FONT_PROFILES.values()}
    if not fonts & body_fonts:
        yield context.finding(
            rule,
            None,
            0,
            0,
            f"正文字体是“{'、'.join(sorted(fonts)) or '未设置'}”，公文正文应为仿宋（仿宋_GB2312）",
            "把“正文”样式的中文字体改成仿宋_GB2312 或仿宋。",
        )
    spacing = normal.paragraph_format.line_spacing  # a Length when fixed, a float when multiple
    if not hasattr(spacing, "twips") or abs(spacing.twips - LINE_TWIPS) > _TOLERANCE:
        yield context.finding(
            rule,
            None,
            0,
            0,
            f"正文行距不是固定值 {LINE_TWIPS / 20:.2f} 磅（每页 22 行）",
            "把“正文”样式的行距改为固定值 28.95 磅。",
        )
    if not _has_page_field(section):
        yield context.finding(
            rule,
            None,
            0,
            0,
            "页脚里没有页码",
            "插入页码（“— 1 —”，四号宋体）。",
        )


def _east_asian_fonts(document: Any, style: Any) -> set[str]:
    """The East Asian fonts the Normal style and the document defaults name."""
    names = set()
    for element in (style.element, document.styles.element):
        for fonts in element.iter(f"{_W}rFonts"):
            value = fonts.get(f"{_W}eastAsia")
            if value:
                names.add(value)
        if names:
            break
    return names


def _has_page_field(section: Any) -> bool:
    for footer in (section.footer, section.even_page_footer, section.first_page_footer):
        xml = footer._element.xml if footer is not None else ""
        if "PAGE" in xml and ("fldChar" in xml or "fldSimple" in xml):
            return True
    return False
