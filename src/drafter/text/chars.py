"""Character classes shared by the cleaning steps (regex fragments, no imports of weight)."""

# CJK ideographs: Extension A, the URO, compatibility ideographs, and the supplementary planes.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
# Full-width and CJK punctuation, including curly quotes used in Chinese text.
CJK_PUNCT = (
    "\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
    "\u2018\u2019\u201c\u201d\u2014\u2026\u00b7"
)
# Anything that makes the neighbourhood of a mark "Chinese text".
CJK = HAN + CJK_PUNCT
# Characters XML 1.0 cannot hold: a DOCX with them is a corrupt file.
NOT_XML = "\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff"
