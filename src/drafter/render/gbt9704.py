"""The house format of Chinese official materials (GB/T 9704-2012 conventions), as numbers.

Clause of the standard in brackets: A4, margins top 37 mm, left 28 mm, text block
156 × 225 mm [5.2.1]; 22 lines of 28 characters [5.2.3], so exact 28.95 pt line spacing and
−0.25 pt character spacing for 16 pt text; body 仿宋_GB2312 三号 with a two-character first-line
indent; title 方正小标宋简体 二号 centred; 一、 headers 黑体, （一） headers 楷体 [7.3]; signature
right-aligned two characters in, date beneath in Arabic numerals [7.3.5]; page numbers
"— 1 —" in 宋体 四号, odd pages right and even pages left, one character in [7.5].
Read by the DOCX writers, by `check` (to see whether a draft kept the format) and by `serve`.
"""

from __future__ import annotations

from dataclasses import dataclass

from drafter.render.markdown import Block

TWIPS_PER_PT = 20
BODY_PT = 16
LINE_TWIPS = 579  # 28.95 pt: 22 lines in the 225 mm text block
INDENT_TWIPS = 2 * BODY_PT * TWIPS_PER_PT  # two characters
PAGE = {
    "width": 11906,
    "height": 16838,
    "top": 2098,
    "bottom": 1984,
    "left": 1588,
    "right": 1474,
    "footer": 1418,
}
LATIN = "Times New Roman"


@dataclass(frozen=True)
class FontProfile:
    body: str
    title: str
    heading1: str
    heading2: str
    page_number: str


FONT_PROFILES = {
    # The names the standard's fonts carry in GB2312-era installations.
    "gb2312": FontProfile("仿宋_GB2312", "方正小标宋简体", "黑体", "楷体_GB2312", "宋体"),
    # Today's Windows names: they hold the rare characters of village and person names.
    "windows": FontProfile("仿宋", "方正小标宋简体", "黑体", "楷体", "宋体"),
}


STYLE_OF = {
    "title": "Title",
    "heading1": "Heading 1",
    "heading2": "Heading 2",
    "center": "Author",
    "right": "Signature",
    "paragraph": "Normal",
}


def kept_with_next(blocks: list[Block]) -> set[int]:
    """GB/T 9704: a header never stands alone at the foot of a page, and the signature never
    alone on the last one: each keeps with the paragraph after it (the last body paragraph
    with the signature)."""
    keep = {i for i, b in enumerate(blocks) if b.kind in ("heading1", "heading2", "title")}
    signature = [i for i, b in enumerate(blocks) if b.kind == "right"]
    if signature:
        keep.update(range(max(0, signature[0] - 1), signature[-1]))
    return keep
