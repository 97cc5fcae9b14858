"""The words every stage must agree on: forms, header styles, numerals, frame slots and the
markers that open a closing. parse, analyze, facts, the scaffold and render import them from
here, so adding a form or a slot is one edit."""

from __future__ import annotations

import re
from typing import Literal

Form = Literal["experience", "speech", "news", "commentary", "report"]
FORMS: tuple[str, ...] = ("experience", "speech", "news", "commentary", "report")
FORM_LABELS: dict[str, str] = {
    "experience": "经验材料/信息",
    "speech": "交流发言",
    "news": "新闻稿",
    "commentary": "评论/理论文章",
    "report": "调研报告",
}

HeaderStyle = Literal["numbered", "sentence", "line"]
STYLE_LABELS: dict[str, str] = {"numbered": "序号标题", "sentence": "句首标题", "line": "独行标题"}

# The numerals of numbered headers (一、 （一）) and measures (一是), in order.
NUMERALS = "一二三四五六七八九十"

# Slots a lead or closing frame may hold, each filled from the fact sheet's field of that name.
LEAD_SLOTS: tuple[str, ...] = ("region", "when", "policy", "aim", "event", "approach", "outcome")
CLOSING_SLOTS: tuple[str, ...] = ("summary", "pledge")

# A closing paragraph announces itself with one of these words.
CLOSING_MARKERS = re.compile(
    r"^(?:总之|总而言之|综上所述|综上|下一步|下步|今后|接下来|面向未来|展望未来|我们将)"
)

# A research report (调研报告) is built on these parts, in this order: topic → header.
REPORT_SKELETON: dict[str, str] = {
    "基本情况": "基本情况",
    "主要做法": "主要做法和成效",
    "存在问题": "存在的问题",
    "意见建议": "对策建议",
}
