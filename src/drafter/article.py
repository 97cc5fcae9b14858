"""The Article: one article's parts, as `parse` reads them and `analyze` consumes them.

Field names are the contract of `drafter parse --json` (see README). Header texts are in their
cleaned form (full-width punctuation, Simplified); a numbered header's number is kept apart.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from drafter.vocabulary import FORM_LABELS, STYLE_LABELS, Form, HeaderStyle


@dataclass
class Measure:
    marker: str  # 一是, 二是…
    text: str


@dataclass
class Section:
    level: int
    style: HeaderStyle
    header: str
    number: str | None = None  # 一, 二, 1… for numbered headers
    mark: str | None = None  # the number as printed: 一、, （一）, 1.
    paragraphs: list[str] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    subsections: list[Section] = field(default_factory=list)

    @property
    def printed_header(self) -> str:
        """The header as it stands in the article, number included."""
        return f"{self.mark or ''}{self.header}"

    def walk(self) -> list[Section]:
        return [self, *(s for sub in self.subsections for s in sub.walk())]


@dataclass
class Byline:
    author: str | None = None
    unit: str | None = None
    editor: str | None = None
    outlet: str | None = None
    reporters: list[str] = field(default_factory=list)
    correspondents: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # the byline lines as printed, top to bottom


@dataclass
class Article:
    source: str
    form: Form
    title: str | None = None
    epigraph: str | None = None
    dateline: str | None = None
    salutation: str | None = None  # a speech's 同志们：
    lead: str | None = None
    sections: list[Section] = field(default_factory=list)
    closing: str | None = None
    byline: Byline = field(default_factory=Byline)
    paragraphs: list[str] = field(default_factory=list)  # body paragraphs outside any section
    # Lines of the page that are not the article (site names, metadata, widgets), as found.
    furniture: list[str] = field(default_factory=list)
    form_evidence: list[str] = field(default_factory=list)  # why the form was chosen
    repairs: list[dict[str, Any]] = field(default_factory=list)
    unrepaired: list[dict[str, Any]] = field(default_factory=list)

    def all_sections(self) -> list[Section]:
        """Every section, depth first, in reading order."""
        return [s for top in self.sections for s in top.walk()]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def outline(self) -> str:
        """A readable outline of the article, in Chinese."""
        lines = [f"来源：{self.source}", f"文体：{FORM_LABELS[self.form]}（{self.form}）"]
        if self.form_evidence:
            lines.append(f"文体依据：{'；'.join(self.form_evidence)}")
        for label, value in (
            ("标题", self.title),
            ("题记", self.epigraph),
            ("电头", self.dateline),
            ("称呼", self.salutation),
        ):
            if value:
                lines.append(f"{label}：{value}")
        if self.lead:
            lines.append(f"导语：{_short(self.lead)}")
        for paragraph in self.paragraphs:
            lines.append(f"正文段：{_short(paragraph)}")
        for section in self.all_sections():
            indent = "  " * section.level
            lines.append(f"{indent}[{STYLE_LABELS[section.style]}] {section.printed_header}")
            for measure in section.measures:
                lines.append(f"{indent}  {measure.marker}：{_short(measure.text, 30)}")
        if self.closing:
            lines.append(f"结尾：{_short(self.closing)}")
        for line in self.furniture:
            lines.append(f"网页杂项（不计入正文）：{_short(line)}")
        byline = {k: v for k, v in asdict(self.byline).items() if v and k != "lines"}
        if byline:
            names = {
                "author": "作者",
                "unit": "单位",
                "editor": "责任编辑",
                "outlet": "媒体",
                "reporters": "记者",
                "correspondents": "通讯员",
            }
            lines.append(
                "署名："
                + "；".join(
                    f"{names[k]} {'、'.join(v) if isinstance(v, list) else v}"
                    for k, v in byline.items()
                )
            )
        return "\n".join(lines)


def _short(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[:width] + "……"
