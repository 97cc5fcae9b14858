"""Reading a fact sheet: one loader for `validate`, `render` and every command that reads one.

YAML is composed into nodes (never constructed into objects), so every key and value keeps its
line and column, no tag can build an object, and dates stay text; aliases are refused before
anything is built from them, so they cannot multiply. The plain values are then checked by the
pydantic models; every problem is reported at once, located and named by its field path
(`sections[1].figures[0].value`).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from drafter.text.chars import NOT_XML
from drafter.text.lazy import LazyPattern
from drafter.yamldoc import (
    FieldPath,
    Node,
    Problem,
    Reader,
    YamlProblems,
    compose,
    format_path,
    locate_character,
    slips,
)

MAX_BYTES = 1_000_000
_NOT_XML = re.compile(f"[{NOT_XML}]")
# Only a value pydantic refused is looked at with it: compiled then.
_CHINESE_NUMBER = LazyPattern(r"^[零〇一二三四五六七八九十百千万亿两点]+$")

# The fact sheet's problems are YAML problems; the name says which file they are about.
FactSheetError = YamlProblems
_EXPECTED = {"string": "文字", "list": "列表", "dict": "一组“键: 值”", "model": "一组“键: 值”"}


def _message(error: dict[str, Any], value: Any) -> str:
    """pydantic's error in the writer's words; never its English text."""
    kind = error["type"]
    if kind == "missing":
        return "必填，不能缺少"
    if kind == "extra_forbidden":
        return "不认识的键"
    if kind == "string_type":
        return "应为文字" + ("；数字请加引号" if isinstance(value, int | float) else "")
    if kind == "string_too_long":
        return f"太长了（最多 {error['ctx']['max_length']} 个字）"
    if kind == "string_too_short":
        return "不能为空"
    if kind == "list_type":
        return "应为列表（每项一行，以“- ”开头）"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return "应为一组“键: 值”"
    if kind == "literal_error":
        return "只能是以下之一：" + error["ctx"]["expected"].replace("'", "").replace(
            " or ", ", "
        ).replace(", ", "、")
    if kind == "value_error":
        if isinstance(value, str) and _CHINESE_NUMBER.match(value):
            return f"应为数字：“{value}”是汉字数字，请写成阿拉伯数字（如 23）"
        return str(error["ctx"]["error"])
    if kind in ("bool_type", "bool_parsing"):
        return "应为 true 或 false"
    if kind in ("int_type", "int_parsing", "float_type", "float_parsing"):
        return f"应为数字，这里是“{value}”"
    return f"这一项的值不对（应为{_EXPECTED.get(kind.split('_')[0], '另一种写法')}）"


def _locate(reader: Reader, error: dict[str, Any]) -> tuple[Node | None, FieldPath]:
    path: FieldPath = tuple(error["loc"])
    if error["type"] == "extra_forbidden":
        return reader.keys.get(path), path
    for length in range(len(path), -1, -1):  # a missing field: point at its parent
        node = reader.values.get(path[:length])
        if node is not None:
            return node, path
    return None, path


def _did_you_mean(key: str, model: Any) -> str:
    fields = list(getattr(model, "model_fields", {}))
    close = difflib.get_close_matches(key, fields, n=1, cutoff=0.6)
    return f"；是不是“{close[0]}”？" if close else f"；可用的键：{'、'.join(fields)}"


def _model_at(path: FieldPath) -> Any:
    """The model class that holds the field at `path`, for suggestions."""
    from drafter import facts

    model: Any = facts.FactSheet
    for part in path[:-1]:
        if isinstance(part, int):
            continue
        annotation = model.model_fields[part].annotation
        inner = getattr(annotation, "__args__", (annotation,))[0]
        model = inner if hasattr(inner, "model_fields") else annotation
    return model


@dataclass
class Loaded:
    """A checked fact sheet and where each of its fields stands in the file."""

    sheet: Any  # FactSheet (pydantic is imported lazily)
    file: str | Path
    positions: dict[FieldPath, tuple[int | None, int | None]]
    encoding: str = "utf-8"  # as detected; said on screen when it is not UTF-8

    def encoding_note(self) -> str | None:
        """What to say on screen when the sheet was not saved as UTF-8."""
        if self.encoding.startswith("utf-8"):
            return None
        name = {"gb18030": "GBK", "big5": "Big5"}.get(self.encoding, self.encoding.upper())
        return f"{self.file}：按 {name} 编码读取"

    def unprinted(self) -> list[Problem]:
        """Filled fields the draft will not print, and a signature without its unit, located:
        said as warnings (a filled field is never dropped silently)."""
        return self._located(self.sheet.unprinted(), "填了但不会写进稿子：") + self._located(
            self.sheet.unsigned()
        )

    def _located(self, found: list[tuple[FieldPath, str]], prefix: str = "") -> list[Problem]:
        problems = []
        for path, message in found:
            line, column = self.positions.get(path, (None, None))
            problems.append(Problem(line, column, format_path(path), prefix + message))
        return problems

    def incomplete(self) -> list[Problem]:
        """What is still to fill, located like any other problem."""
        return self._located(self.sheet.missing())


def read_fact_sheet(text: str, file: str | Path = "<事实表>", encoding: str = "utf-8") -> Loaded:
    """Parse and check fact-sheet text; raise FactSheetError with every problem found."""
    from pydantic import ValidationError

    from drafter.facts import FactSheet

    found = slips(text)
    if found:
        raise FactSheetError(file, found)
    root = compose(text, file, max_bytes=MAX_BYTES)
    if root is None:
        raise FactSheetError(file, [Problem(1, 1, "", "文件是空的：请用 drafter new 生成事实表")])
    reader = Reader()
    data = reader.plain(root)
    if not isinstance(data, dict):
        reader.problem(root, (), "事实表应是一组“键: 值”，请用 drafter new 生成")
        raise FactSheetError(file, reader.problems)
    try:
        sheet = FactSheet.model_validate(data)
    except ValidationError as invalid:
        for error in invalid.errors():
            node, path = _locate(reader, error)
            if path in reader.reported:  # already said better while reading the YAML
                continue
            message = _message(error, reader.typed_value(path))
            if error["type"] == "extra_forbidden":
                message += _did_you_mean(str(path[-1]), _model_at(path))
            reader.problem(node, path, message)
        sheet = None
    for path, node in reader.values.items():
        # Written as an escape ("\v") it passes YAML, but a DOCX cannot hold it.
        value = node.value if isinstance(node.value, str) else ""
        if bad := _NOT_XML.search(value):
            code = f"U+{ord(bad.group()):04X}"
            line, column = locate_character(text, bad.group())
            reader.problems.append(
                Problem(
                    line or reader.position(path)[0],
                    column or reader.position(path)[1],
                    format_path(path),
                    f"事实表里有 Word 文档不能保存的字符（{code}），请删除",
                )
            )
    if reader.problems:
        reader.problems.sort(key=lambda p: (p.line or 0, p.column or 0))
        raise FactSheetError(file, reader.problems)
    positions = {path: reader.position(path) for path in reader.values}
    return Loaded(sheet, file, positions, encoding)  # type: ignore[arg-type]


def load_fact_sheet(path: str | Path) -> Loaded:
    """Read a fact-sheet file in any encoding an editor saves (UTF-8 with or without BOM,
    UTF-16, GB18030/GBK), with any line endings."""
    from drafter.files import decode, read_bytes

    data = read_bytes(path, hint="用 drafter new --region 地区名 生成。", limit=MAX_BYTES)
    decoded = decode(data, path)
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    return read_fact_sheet(text, path, decoded.encoding)
