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

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from drafter.errors import UserError

MAX_BYTES = 1_000_000
_STANDARD = "tag:yaml.org,2002:"
_SCALARS = {f"{_STANDARD}{t}" for t in ("str", "int", "float", "bool", "null")}
_TEXT_TAGS = {f"{_STANDARD}str", f"{_STANDARD}timestamp"}  # dates are read as text
_CHINESE_NUMBER = re.compile(r"^[零〇一二三四五六七八九十百千万亿两点]+$")
_CONSTRUCTOR = yaml.constructor.SafeConstructor()

FieldPath = tuple[str | int, ...]


@dataclass(frozen=True)
class Problem:
    line: int | None
    column: int | None
    path: str
    message: str

    def render(self, file: str | Path) -> str:
        where = f"{file}:{self.line}:{self.column}" if self.line else str(file)
        return f"{where}：{self.path}：{self.message}" if self.path else f"{where}：{self.message}"


class FactSheetError(UserError):
    """A fact sheet with problems; carries all of them, each printed on its own line."""

    def __init__(self, file: str | Path, problems: list[Problem]) -> None:
        super().__init__(problems[0].message, file=file)
        self.problems = problems

    def __str__(self) -> str:
        return "\n".join(p.render(self.location.file or "") for p in self.problems)


def format_path(path: FieldPath) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


class _Reader:
    """Turns composed nodes into plain values, noting where each one stood."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.values: dict[FieldPath, Node] = {}
        self.keys: dict[FieldPath, Node] = {}
        self.reported: set[FieldPath] = set()

    def problem(self, node: Node | None, path: FieldPath, message: str) -> None:
        self.reported.add(path)
        mark = node.start_mark if node is not None else None
        self.problems.append(
            Problem(
                mark.line + 1 if mark else None,
                mark.column + 1 if mark else None,
                format_path(path),
                message,
            )
        )

    def plain(self, node: Node, path: FieldPath) -> Any:
        self.values[path] = node
        if isinstance(node, ScalarNode):
            if node.tag in _TEXT_TAGS:
                return node.value
            if node.tag in _SCALARS:
                return _CONSTRUCTOR.construct_object(node)
            self.problem(node, path, f"不支持的 YAML 标签 {node.tag}：只能写普通的文字、数字和列表")
            return None
        if isinstance(node, SequenceNode):
            if node.tag != f"{_STANDARD}seq":
                self.problem(node, path, f"不支持的 YAML 标签 {node.tag}")
            return [self.plain(item, (*path, i)) for i, item in enumerate(node.value)]
        if isinstance(node, MappingNode):
            if node.tag != f"{_STANDARD}map":
                self.problem(node, path, f"不支持的 YAML 标签 {node.tag}")
            result: dict[str, Any] = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, ScalarNode) or key_node.tag != f"{_STANDARD}str":
                    self.problem(key_node, path, "键必须是普通文字")
                    continue
                key = key_node.value
                if key in result:
                    first = self.keys[(*path, key)].start_mark.line + 1
                    self.problem(
                        key_node,
                        (*path, key),
                        f"重复的键（第 {first} 行已有）：YAML 只会保留后一个，请删去一个",
                    )
                    continue
                self.keys[(*path, key)] = key_node
                result[key] = self.plain(value_node, (*path, key))
            return result
        return None  # pragma: no cover - PyYAML has no other node kinds


def _yaml_problem(error: yaml.YAMLError, text: str) -> Problem:
    if isinstance(error, yaml.reader.ReaderError):  # a character YAML does not allow
        line = text.count("\n", 0, error.position) + 1
        column = error.position - (text.rfind("\n", 0, error.position) + 1) + 1
        return Problem(line, column, "", f"含有不可见的控制字符（U+{error.character:04X}），请删除")
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    problem = getattr(error, "problem", None) or str(error)
    hints = {
        "found character '\\t' that cannot start any token": "不能用 Tab 缩进，请改用空格",
        "found unexpected end of stream": "引号或括号没有闭合",
        "mapping values are not allowed here": "冒号位置不对：值里有冒号时请给整段加引号",
        "could not find expected ':'": "缺少冒号，或者缩进没对齐",
        "found duplicate anchor": "重复的锚点",
    }
    message = next((hint for text, hint in hints.items() if text in problem), None)
    message = message or f"YAML 语法错误：{problem}；请检查缩进和引号"
    return Problem(mark.line + 1 if mark else None, mark.column + 1 if mark else None, "", message)


def _message(error: dict[str, Any], value: Any) -> str:
    kind = error["type"]
    if kind == "missing":
        return "必填，不能缺少"
    if kind == "extra_forbidden":
        return "不认识的键"
    if kind in ("float_type", "float_parsing"):
        if isinstance(value, str) and _CHINESE_NUMBER.match(value):
            return f"应为数字：“{value}”是汉字数字，请写成阿拉伯数字（如 23）"
        return f"应为数字，这里是“{value}”"
    if kind == "string_type":
        return "应为文字" + ("；数字请加引号" if isinstance(value, int | float) else "")
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
        return str(error["ctx"]["error"])
    return error["msg"]


def _locate(reader: _Reader, error: dict[str, Any]) -> tuple[Node | None, FieldPath]:
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
    positions: dict[FieldPath, tuple[int, int]]

    def incomplete(self) -> list[Problem]:
        """What is still to fill, located like any other problem."""
        problems = []
        for path, message in self.sheet.missing():
            line, column = self.positions.get(path, (None, None))
            problems.append(Problem(line, column, format_path(path), message))
        return problems


def read_fact_sheet(text: str, file: str | Path = "<事实表>") -> Loaded:
    """Parse and check fact-sheet text; raise FactSheetError with every problem found."""
    from pydantic import ValidationError

    from drafter.facts import FactSheet

    if len(text.encode("utf-8")) > MAX_BYTES:
        raise FactSheetError(file, [Problem(None, None, "", "文件过大（超过 1 MB），不像是事实表")])
    try:
        # Aliases are refused before anything is built from them (no alias bombs).
        aliases = [
            Problem(
                e.start_mark.line + 1,
                e.start_mark.column + 1,
                "",
                "不支持 YAML 别名（*名称）：请把内容直接写出来",
            )
            for e in yaml.parse(text, Loader=yaml.SafeLoader)
            if isinstance(e, yaml.AliasEvent)
        ]
        if aliases:
            raise FactSheetError(file, aliases)
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        raise FactSheetError(file, [_yaml_problem(error, text)]) from None
    reader = _Reader()
    if root is None:
        raise FactSheetError(file, [Problem(1, 1, "", "文件是空的：请用 drafter new 生成事实表")])
    data = reader.plain(root, ())
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
            value = reader.values[path].value if path in reader.values else None
            message = _message(error, _plain_value(reader, path, value))
            if error["type"] == "extra_forbidden":
                message += _did_you_mean(str(path[-1]), _model_at(path))
            reader.problem(node, path, message)
        sheet = None
    if reader.problems:
        reader.problems.sort(key=lambda p: (p.line or 0, p.column or 0))
        raise FactSheetError(file, reader.problems)
    positions = {
        path: (node.start_mark.line + 1, node.start_mark.column + 1)
        for path, node in reader.values.items()
    }
    return Loaded(sheet, file, positions)


def _plain_value(reader: _Reader, path: FieldPath, raw: Any) -> Any:
    node = reader.values.get(path)
    if isinstance(node, ScalarNode) and node.tag in _SCALARS:
        return _CONSTRUCTOR.construct_object(node)
    return raw


def load_fact_sheet(path: str | Path) -> Loaded:
    """Read a fact-sheet file (UTF-8, with or without BOM)."""
    from drafter.files import read_utf8

    path = Path(path)
    if path.is_file() and path.stat().st_size > MAX_BYTES:
        raise FactSheetError(path, [Problem(None, None, "", "文件过大（超过 1 MB），不像是事实表")])
    return read_fact_sheet(read_utf8(path, hint="用 drafter new --region 地区名 生成。"), path)
