"""The fact sheet: the one file the user writes, and the only source of facts in a draft.

Models are pydantic (imported only by the commands that read or write fact sheets), with
unknown keys forbidden so a typo is an error, not a silently ignored line. Keys are the
contract in the README; more may be added, none may change meaning.
"""

from __future__ import annotations

import math
import re
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, WithJsonSchema, field_validator

from drafter.vocabulary import NO_SENTENCE, Form
from drafter.yamldoc import Numeral

_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})-(\d{1,2})|年(\d{1,2})月(\d{1,2})日)$")


def to_date(value: str) -> date:
    """`2026-11-20` or `2026年11月20日` as a date; ValueError (in Chinese) when it is neither
    or does not exist."""
    match = _DATE.match(value)
    if not match:
        raise ValueError("日期格式应为 2026-11-20 或 2026年11月20日")
    year = int(match[1])
    month, day = (int(match[2]), int(match[3])) if match[2] else (int(match[4]), int(match[5]))
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"日期不存在：{value}") from None


_PLAIN_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?$")


def _figure_value(value: Any) -> str:
    """The literal of a figure's value; ValueError (in Chinese) for anything a draft could not
    print exactly as typed."""
    if isinstance(value, Numeral):
        text = value.text
    elif isinstance(value, int) and not isinstance(value, bool):
        text = str(value)
    elif isinstance(value, float) and math.isfinite(value):
        text = repr(value)
    else:
        raise ValueError("应为数字（阿拉伯数字，不加引号），例：4、12.5")
    if not _PLAIN_NUMBER.match(text):
        raise ValueError(
            f"“{text}”不是能原样写进文稿的数字：请写成 1234567.89 这样的普通写法"
            "（不用千分位、科学计数法、十六进制，不写 .nan、.inf）"
        )
    return text


FigureValue = Annotated[str, BeforeValidator(_figure_value), WithJsonSchema({"type": "number"})]


def _whole_number(value: Any) -> Any:
    """The YAML reader keeps numbers as typed (a Numeral); `after: 2` is the integer 2, and so
    is `level: "2"` (a quoted number, as the web form and careful writers send it)."""
    text = value.text if isinstance(value, Numeral) else value
    if isinstance(text, str) and re.fullmatch(r"\s*-?\d+\s*", text):
        return int(text)
    return value


WholeNumber = BeforeValidator(_whole_number)


def _empty() -> list[Any]:
    """A new empty list, the default of the list fields: a function of ours rather than `list`,
    whose signature pydantic would read from its text with Python's tokenizer (compiling its
    patterns: a hundredth of a render's start)."""
    return []


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, defer_build=True)


class FigurePart(_Strict):
    """A share of a figure, said after it with 其中: `进入村两委` `63` `名`."""

    item: str = Field(description="其中哪一部分，例：进入村两委")
    value: FigureValue = Field(description="数字，用阿拉伯数字，例：63；文稿中原样照写")
    unit: str = Field("", description="单位，例：名、个")

    def value_text(self) -> str:
        """The number exactly as the writer typed it."""
        return self.value


class Figure(FigurePart):
    """A number the draft may state: `选派干部脱岗担任联村党委书记、副书记` `4` `名`."""

    item: str = Field(description="说的是什么，例：选派干部脱岗担任联村党委书记、副书记")
    value: FigureValue = Field(description="数字，用阿拉伯数字，例：4；文稿中原样照写")
    unit: str = Field("", description="单位，例：名、个、万元、%")
    after: Annotated[int | None, WholeNumber] = Field(
        None,
        ge=1,
        description="接在第几条做法（points）之后写，例：2；不填则写在本部分末尾",
    )
    parts: list[FigurePart] = Field(
        default_factory=_empty,
        description="其中的部分，例：[{item: 进入村两委, value: 63, unit: 名}]；"
        "写成“回引在外优秀人才96名，其中进入村两委63名”",
    )



class Section(_Strict):
    topic: str = Field("", description="主题：组织、人才、产业、治理、生态、文化、作风")
    header: str = Field("", description="小标题；留空则从范文标题中选用")
    level: Annotated[Literal[1, 2], WholeNumber] = Field(
        1,
        description="层级：1 是一级标题（一、）；2 是上一个一级标题下的二级标题（（一））",
    )
    points: list[str] = Field(default_factory=_empty, description="本部分的做法和成效，原样写入")
    measures: list[str] = Field(default_factory=_empty, description="交流发言：一是……二是……")
    figures: list[Figure] = Field(default_factory=_empty, description="本部分的数字")
    opening: str = Field(
        "",
        description="开头的论述句，例：产业振兴是乡村振兴的关键所在。"
        "留空则从范文中选用，写“无”则不要",
    )
    outcome: str = Field(
        "", description="本部分的成效，一句话，例：全县村集体经济收入全部超过10万元"
    )
    ending: str = Field(
        "",
        description="收尾的一句话（接在本部分最后一句之后），例：为乡村振兴提供坚强组织保证。"
        "留空则从范文中选用，写“无”则不要",
    )

    @field_validator("points", "measures")
    @classmethod
    def _drop_blank(cls, items: list[str]) -> list[str]:
        """A scaffold's `- ""` placeholders are not content."""
        return [item for item in items if item.strip()]

    def has_content(self) -> bool:
        return bool(self.points or self.measures or self.figures or self.outcome.strip())


class Lead(_Strict):
    frame: str = Field("", description="导语框架；留空则用范文中最常见的一个")
    when: str = Field("", description="时间，例：近日、今年以来")
    policy: str = Field("", description="贯彻落实的部署，例：乡村振兴战略")
    aim: str = Field("", description="目的，例：强化党建引领带动作用")
    event: str = Field("", description="做了什么，例：召开基层党建引领乡村振兴示范建设启动会议")
    approach: str = Field("", description="主要做法，例：坚持以党建为引领，统筹推进城乡融合发展")
    outcome: str = Field(
        "", description="成效或安排，例：对示范区、示范带、示范点创建工作进行全面安排部署"
    )


class Closing(_Strict):
    frame: str = Field("", description="结尾框架；留空则用范文中最常见的一个")
    summary: str = Field("", description="总结一句，例：党建引领是推动乡村振兴的根本保证")
    pledge: str = Field("", description="下一步打算，例：深入贯彻党中央关于乡村振兴的战略部署")


class Byline(_Strict):
    author: str = Field("", description="作者")
    unit: str = Field("", description="作者单位")
    editor: str = Field("", description="责任编辑")
    outlet: str = Field("", description="新闻稿：媒体名称")
    reporters: list[str] = Field(default_factory=_empty, description="新闻稿：记者")
    correspondents: list[str] = Field(default_factory=_empty, description="新闻稿：通讯员")


class FactSheet(_Strict):
    form: Form = Field(
        "experience",
        description="文体：experience（经验材料/信息）、speech（交流发言）、news（新闻稿）、"
        "commentary（评论）、report（调研报告）",
    )
    region: str = Field(min_length=1, description="本地区名称，例：船营区")
    parent_region: str = Field("", description="上级地区，例：吉林市")
    organization: str = Field("", description="发文单位，例：中共吉林市船营区委组织部")
    date: str = Field("", description="日期，例：2026-11-20 或 2026年11月20日；不填则用生成当天")
    title: str = Field("", description="标题；留空则由主题和文体生成")
    theme: str = Field("", description="主题（标题和导语会用到），例：基层党建引领乡村振兴示范建设")
    dateline: str = Field("", description="新闻稿电头，例：本报讯")
    occasion: str = Field(
        "",
        description="交流发言的会议（标题写作“在……上的交流发言”），例：全市抓党建促乡村振兴推进会",
    )
    salutation: str = Field("", description="交流发言开头的称呼，例：各位领导、同志们：")
    header_style: Literal["", "sentence", "numbered", "line"] = Field(
        "",
        description="小标题样式：sentence（句首加粗，如“注重目标导向，聚焦党建促发展。”）、"
        "numbered（一、二、三、）、line（独占一行）；不填则按范文中该文体最常见的",
    )
    lead: Lead = Field(default_factory=Lead, description="导语：开头一段")
    sections: list[Section] = Field(default_factory=_empty, description="各部分：每部分一个小标题")
    closing: Closing = Field(
        default_factory=Closing, description="结尾：可不写；summary 和 pledge 都空时不生成结尾"
    )
    byline: Byline = Field(default_factory=Byline, description="署名")

    @field_validator("sections")
    @classmethod
    def _first_level(cls, sections: list[Section]) -> list[Section]:
        if sections and sections[0].level == 2:
            raise ValueError("第一部分不能是二级标题（level: 2）：二级标题要跟在一个一级部分后面")
        return sections

    @field_validator("date")
    @classmethod
    def _real_date(cls, value: str) -> str:
        if value:
            to_date(value)
        return value

    def unprinted(self) -> list[tuple[tuple[str | int, ...], str]]:
        """Filled fields the chosen form does not print: (field path, why), for a warning."""
        found: list[tuple[tuple[str | int, ...], str]] = []
        byline = self.byline
        if self.form == "news":
            if byline.author:
                found.append((("byline", "author"), "新闻稿不署作者，请把名字写在 reporters"))
            if byline.unit:
                found.append((("byline", "unit"), "新闻稿不署作者单位"))
            for index, section in enumerate(self.sections):
                for key in ("opening", "ending"):
                    if getattr(section, key).strip():
                        said = "新闻稿只写事实，不加论述句和收尾句"
                        found.append((("sections", index, key), said))
            for key in ("organization", "date"):
                if getattr(self, key).strip():
                    found.append(((key,), "新闻稿不落款，不印发文单位和日期"))
        else:
            unit, organization = byline.unit.strip(), self.organization.strip()
            if unit and organization and unit != organization:
                said = "落款只印一个单位，这里印的是作者单位 byline.unit"
                found.append((("organization",), said))
            for key in ("outlet", "reporters", "correspondents"):
                if getattr(byline, key):
                    found.append((("byline", key), "只有新闻稿才印记者、通讯员和媒体名称"))
            if self.dateline:
                found.append((("dateline",), "只有新闻稿才印电头"))
        if self.form != "speech":
            for key in ("occasion", "salutation"):
                if getattr(self, key).strip():
                    found.append(((key,), "只有交流发言才印会议名称和称呼"))
        for index, section in enumerate(self.sections):
            ending = section.ending.strip()
            if self.form != "news" and ending not in ("", *NO_SENTENCE) and not section.outcome:
                said = "收尾的一句接在本部分的成效（outcome）之后，没有填成效时不写"
                found.append((("sections", index, "ending"), said))
        if self.title.strip() and self.theme.strip():
            found.append((("theme",), "已写标题；主题只在标题留空时用来生成标题"))
        lead = self.lead.model_dump(exclude={"frame"})
        if self.parent_region.strip() and not any(v.strip() for v in lead.values()):
            found.append((("parent_region",), "上级地区写在导语里，导语（lead）还没有填"))
        return found

    def unsigned(self) -> list[tuple[tuple[str | int, ...], str]]:
        """A draft that signs with its date alone, which a reviewer marks: (field path, why)."""
        byline = self.byline
        if self.form == "news" or byline.unit.strip() or self.organization.strip():
            return []
        return [(("organization",), "没有填发文单位，落款只有日期；请填 organization")]

    def missing(self) -> list[tuple[tuple[str | int, ...], str]]:
        """What must still be filled before a draft can be rendered: (field path, what)."""
        needs: list[tuple[tuple[str | int, ...], str]] = []
        if not (self.title or self.theme):
            needs.append((("theme",), "标题（title）或主题（theme）至少填一项"))
        if not self.sections:
            needs.append((("sections",), "至少要有一个部分"))
        for index, section in enumerate(self.sections):
            if not section.has_content():
                needs.append((("sections", index), "points、figures、measures、outcome 至少填一项"))
        return needs
