"""What cleaning did to a text: each repair, what stayed unrepaired, and counts by kind."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

KIND_LABELS = {
    "mojibake": "乱码",
    "lost-space": "残缺全角空格",
    "pinyin": "拼音注音",
    "script": "繁体转简体（行）",
    "width": "半角标点",
    "doubled": "重复标点",
    "quote": "引号错位",
    "boilerplate": "网页杂项行",
    "control": "控制字符",
    "html": "HTML 网页源码",
    "replacement": "替换字符 �",
}


@dataclass(frozen=True)
class Repair:
    kind: str
    line: int
    column: int
    before: str
    after: str

    def to_dict(self) -> dict[str, object]:
        return dict(vars(self))  # flat fields: faster than asdict


@dataclass(frozen=True)
class Unrepaired:
    kind: str
    line: int
    column: int
    text: str
    reason: str

    def to_dict(self) -> dict[str, object]:
        return dict(vars(self))  # flat fields: faster than asdict


REMOVAL_RULES = {
    "marker": "网页杂项标记（版权、备案、分享、导航等）",
    "metadata": "发布信息（来源、发布时间、浏览次数等）",
    "date": "页首的日期时间",
    "phone": "电话号码",
    "watermark": "网站水印",
    "related": "“相关文章”列表",
    "neighbour": "“上一篇”“下一篇”所链的别篇标题",
}


@dataclass(frozen=True)
class Removed:
    """A whole line `clean` took out as page furniture, and by which rule."""

    line: int
    rule: str
    text: str
    obvious: bool  # plainly furniture (short, nothing of the article in it)

    def describe(self, path: str) -> str:
        return f"{path}:{self.line}：删除了一行（{REMOVAL_RULES[self.rule]}）：{self.text}"


@dataclass
class CleanResult:
    text: str
    repairs: list[Repair] = field(default_factory=list)
    unrepaired: list[Unrepaired] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)  # whole lines taken out
    counts: Counter[str] = field(default_factory=Counter)
    encoding: str | None = None
    conversion: str | None = None  # the OpenCC config applied, if any

    def summary(self) -> str:
        """One line in Chinese: what was repaired, what was not."""
        done = "、".join(
            f"{KIND_LABELS.get(kind, kind)} {n}" for kind, n in sorted(self.counts.items()) if n
        )
        text = f"修复：{done}" if done else "无需修复"
        if self.conversion:
            text += f"（OpenCC {self.conversion}）"
        if self.unrepaired:
            text += f"；未能修复 {len(self.unrepaired)} 处"
        return text

    def table(self) -> str:
        """Every repair on a line of its own: position, kind, before → after."""
        rows = [f"  {'位置':<10}{'类型':<12}修复前 → 修复后"]
        for repair in self.repairs:
            where = f"{repair.line}:{repair.column}"
            after = repair.after or "（删除）"
            rows.append(f"  {where:<10}{KIND_LABELS[repair.kind]:<12}{repair.before} → {after}")
        return "\n".join(rows)
