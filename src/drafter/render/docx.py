"""DOCX in the house format with python-docx: the house document itself (shipped as parts, see
drafter.render.house) and drafts on a writer's own reference document. The numbers are in
drafter.render.gbt9704.

python-docx writes fonts for Latin text only and its default template's theme fonts override
explicit names; both are fixed here so WPS, Word and LibreOffice show the same page.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from drafter.errors import UserError
from drafter.render.gbt9704 import (
    BODY_PT,
    FONT_PROFILES,
    INDENT_TWIPS,
    LATIN,
    LINE_TWIPS,
    PAGE,
    STYLE_OF,
    FontProfile,
    kept_with_next,
)
from drafter.render.markdown import Block


def _qn(name: str) -> str:
    from docx.oxml.ns import qn

    return qn(name)


def _set_fonts(rpr: Any, east_asian: str) -> None:
    """Explicit fonts for every script, no theme fonts, `eastAsia` hint for “ ” …… —."""
    from docx.oxml import OxmlElement

    fonts = rpr.find(_qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(_qn(attribute), None)
    fonts.set(_qn("w:ascii"), LATIN)
    fonts.set(_qn("w:hAnsi"), LATIN)
    fonts.set(_qn("w:cs"), LATIN)
    fonts.set(_qn("w:eastAsia"), east_asian)
    fonts.set(_qn("w:hint"), "eastAsia")


# Run-property elements that must follow `w:spacing` (the schema fixes their order, and Word
# refuses a document whose run properties are out of order).
_AFTER_SPACING = (
    "w:w",
    "w:kern",
    "w:position",
    "w:sz",
    "w:szCs",
    "w:highlight",
    "w:u",
    "w:effect",
    "w:bdr",
    "w:shd",
    "w:fitText",
    "w:vertAlign",
    "w:rtl",
    "w:cs",
    "w:em",
    "w:lang",
    "w:eastAsianLayout",
    "w:specVanish",
    "w:oMath",
)


def _child(parent: Any, tag: str, successors: tuple[str, ...] = ()) -> Any:
    """The `tag` child of `parent`, added before any of `successors` already there."""
    from docx.oxml import OxmlElement

    element = parent.find(_qn(tag))
    if element is None:
        element = OxmlElement(tag)
        parent.insert_element_before(element, *successors)
    return element


def _defaults(document: Any, fonts: FontProfile) -> None:
    """docDefaults: zh-CN, the body font, neutral spacing (the fixed 28.95 pt belongs to the
    paragraph styles, so it cannot reach tables); no theme font left in any style."""
    styles = document.styles.element
    defaults = _child(styles, "w:docDefaults")
    rpr = _child(_child(defaults, "w:rPrDefault"), "w:rPr")
    _set_fonts(rpr, fonts.body)
    lang = _child(rpr, "w:lang")
    lang.set(_qn("w:val"), "en-US")
    lang.set(_qn("w:eastAsia"), "zh-CN")
    spacing = _child(_child(_child(defaults, "w:pPrDefault"), "w:pPr"), "w:spacing")
    for attribute, value in (
        ("w:before", "0"),
        ("w:after", "0"),
        ("w:line", "240"),
        ("w:lineRule", "auto"),
    ):
        spacing.set(_qn(attribute), value)
    for fonts_element in styles.iter(_qn("w:rFonts")):
        for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts_element.attrib.pop(_qn(attribute), None)


def _paragraph_style(
    document: Any,
    name: str,
    font: str,
    size_pt: float,
    *,
    bold: bool = False,
    align: str | None = None,
    indent: bool = True,
    right_indent: int = 0,
) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_LINE_SPACING
    from docx.shared import Pt, Twips

    styles = document.styles
    style = (
        styles[name]
        if name in [s.name for s in styles]
        else styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    )
    if name != "Normal":
        style.base_style = styles["Normal"]
    style.font.size = Pt(size_pt)
    style.font.bold = bold
    style.font.italic = False
    style.font.color.rgb = None
    _set_fonts(style.element.get_or_add_rPr(), font)
    fmt = style.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Twips(LINE_TWIPS)
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.first_line_indent = Twips(INDENT_TWIPS) if indent else Twips(0)
    fmt.left_indent = Twips(0)
    fmt.right_indent = Twips(right_indent)
    fmt.keep_with_next = name.startswith("Heading")
    if align:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        fmt.alignment = getattr(WD_ALIGN_PARAGRAPH, align)
    if name == "Normal":
        spacing = _child(style.element.get_or_add_rPr(), "w:spacing", _AFTER_SPACING)
        spacing.set(_qn("w:val"), "-5")  # −0.25 pt: 28 characters of 16 pt fit 156 mm


def _house_styles(document: Any, fonts: FontProfile, names: set[str] | None = None) -> None:
    """Define the house styles (only `names`, when given: a reference document keeps its own)."""
    definitions: dict[str, tuple[str, float, dict[str, Any]]] = {
        "Normal": (fonts.body, BODY_PT, {"align": "JUSTIFY"}),
        "Title": (fonts.title, 22, {"align": "CENTER", "indent": False}),
        "Heading 1": (fonts.heading1, BODY_PT, {}),
        "Heading 2": (fonts.heading2, BODY_PT, {}),
        "Signature": (
            fonts.body,
            BODY_PT,
            {"align": "RIGHT", "indent": False, "right_indent": INDENT_TWIPS},
        ),
        "Author": (fonts.heading2, BODY_PT, {"align": "CENTER", "indent": False}),
    }
    for name, (font, size, options) in definitions.items():
        if names is None or name in names:
            _paragraph_style(document, name, font, size, **options)
            # The default template borders its title; the house format has no rules.
            ppr = document.styles[name].element.get_or_add_pPr()
            for border in ppr.findall(_qn("w:pBdr")):
                ppr.remove(border)


def _page_setup(document: Any) -> None:
    from docx.shared import Twips

    section = document.sections[0]
    section.page_width, section.page_height = Twips(PAGE["width"]), Twips(PAGE["height"])
    section.top_margin, section.bottom_margin = Twips(PAGE["top"]), Twips(PAGE["bottom"])
    section.left_margin, section.right_margin = Twips(PAGE["left"]), Twips(PAGE["right"])
    section.footer_distance = Twips(PAGE["footer"])
    section.header_distance = Twips(PAGE["footer"])
    grid = _child(section._sectPr, "w:docGrid")
    grid.set(_qn("w:type"), "lines")
    grid.set(_qn("w:linePitch"), str(LINE_TWIPS))


def _page_number(paragraph: Any, font: str) -> None:
    """`— PAGE —` with a live PAGE field."""
    from docx.oxml import OxmlElement
    from docx.shared import Pt

    def run(text: str | None = None, field: str | None = None) -> None:
        r = paragraph.add_run(text or "")
        r.font.size = Pt(14)
        _set_fonts(r._element.get_or_add_rPr(), font)
        if field is not None:
            for kind, instruction in (("begin", None), (None, field), ("end", None)):
                if kind:
                    element = OxmlElement("w:fldChar")
                    element.set(_qn("w:fldCharType"), kind)
                else:
                    element = OxmlElement("w:instrText")
                    element.set(_qn("xml:space"), "preserve")
                    element.text = instruction
                r._element.append(element)

    run("— ")
    run(field=" PAGE ")
    run(" —")


def _footers(document: Any, fonts: FontProfile) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document.settings.odd_and_even_pages_header_footer = True
    section = document.sections[0]
    for footer, align in ((section.footer, "RIGHT"), (section.even_page_footer, "LEFT")):
        footer.is_linked_to_previous = False
        paragraph = footer.paragraphs[0]
        paragraph.alignment = getattr(WD_ALIGN_PARAGRAPH, align)
        fmt = paragraph.paragraph_format
        fmt.first_line_indent = Pt(0)
        one_char = Pt(14)  # 空一字 at 四号
        fmt.right_indent = one_char if align == "RIGHT" else Pt(0)
        fmt.left_indent = one_char if align == "LEFT" else Pt(0)
        _page_number(paragraph, fonts.page_number)


def _clear_body(document: Any) -> None:
    body = document.element.body
    for element in list(body):
        if element.tag != _qn("w:sectPr"):
            body.remove(element)


def house_document(fonts: str) -> bytes:
    """An empty document in the house format, built with python-docx. Drafts do not call it:
    its parts are shipped (see drafter.render.house), and a test keeps them equal."""
    from docx import Document

    profile = FONT_PROFILES[fonts]
    document = Document()
    _clear_body(document)
    _defaults(document, profile)
    _house_styles(document, profile)
    _page_setup(document)
    _footers(document, profile)
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


# A reference document is the user's letterhead: text, styles and perhaps a logo. Its package
# is checked before python-docx reads it, so a damaged file, a zip bomb or XML with entity
# declarations (which python-docx keeps unexpanded, writing a DOCX no word processor opens)
# is refused with a reason.
_REFERENCE_HINT = "在 Word 或 WPS 中另存为 .docx 后再用 --reference-docx。"


def _reference_document(path: Path) -> Any:
    """The user's own document, checked first, or a user error saying why it cannot be used."""
    from drafter.docxfile import open_docx

    return open_docx(path, what="参考文档", hint=_REFERENCE_HINT)


def _writer_properties(document: Any, title: str, author: str) -> None:
    """docProps/core.xml says who wrote the draft and when, nothing else: python-docx's
    template (creator “python-docx”, description “generated by python-docx”, a 2013 date) and
    a reference document's own author, keywords and comments are dropped."""
    from datetime import UTC, datetime

    properties = document.core_properties
    element = properties._element
    for child in list(element):
        element.remove(child)
    now = datetime.now(UTC).replace(microsecond=0)
    properties.title = title[:255]  # the format's limit for a property
    properties.author = author[:255]
    properties.last_modified_by = author[:255]
    properties.revision = 1
    properties.created = now
    properties.modified = now


def _from_reference(reference: Path, profile: FontProfile) -> Any:
    """The reference document emptied, with the house styles it lacks."""
    document = _reference_document(reference)
    try:
        _clear_body(document)
        present = {style.name for style in document.styles}
        _house_styles(document, profile, set(STYLE_OF.values()) - present)
    except (AttributeError, TypeError, IndexError, LookupError, ValueError):
        # valid XML that is not the WordprocessingML python-docx expects
        raise UserError(
            "参考文档的结构 drafter 读不懂。", file=reference, hint=_REFERENCE_HINT
        ) from None
    return document


def reference_draft(
    reference: Path, blocks: list[Block], fonts: str, *, title: str, author: str
) -> bytes:
    """The DOCX bytes of rendered blocks in the emptied reference document, whose styles and
    page setup win."""
    document = _from_reference(reference, FONT_PROFILES[fonts])
    return python_docx_draft(document, blocks, fonts, title=title, author=author)


def python_docx_draft(
    document: Any, blocks: list[Block], fonts: str, *, title: str, author: str
) -> bytes:
    """`blocks` written into an emptied python-docx document (a reference document, or the
    house document when a test compares the shipped route with this one)."""
    profile = FONT_PROFILES[fonts]
    _writer_properties(document, title, author)
    # Style ids, looked up once and set directly: python-docx searches every style for the
    # default one each time a paragraph's style is set, which costs more than the rest.
    style_ids = {kind: document.styles[name].style_id for kind, name in STYLE_OF.items()}
    keep = kept_with_next(blocks)
    for index, block in enumerate(blocks):
        paragraph = document.add_paragraph()
        if block.kind != "paragraph":
            paragraph._p.get_or_add_pPr().style = style_ids[block.kind]
        if index in keep:
            paragraph.paragraph_format.keep_with_next = True
        for part in block.runs:
            run = paragraph.add_run()
            for number, line in enumerate(part.text.split("\n")):
                if number:
                    run.add_break()
                run.add_text(line)
            if part.bold:  # a sentence header: the 黑体 opening run of its paragraph
                run.bold = True
                _set_fonts(run._element.get_or_add_rPr(), profile.heading1)
            if part.dots:  # 着重号, which python-docx has no property for
                em = _child(run._element.get_or_add_rPr(), "w:em", _AFTER_SPACING[-4:])
                em.set(_qn("w:val"), "dot")
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()
