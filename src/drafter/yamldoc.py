"""One bounded, located way to read the YAML files drafter reads (fact sheets, schemas).

Text is composed into nodes, never constructed into objects: every key and value keeps its
line and column, no tag can build an object, and numbers keep the literal the writer typed.
Before anything is built, the event stream is scanned (libyaml's parser when present: fast, and
iterative) for aliases, which are refused so they cannot multiply, and for nesting deeper than
any drafter file needs, which is refused before a recursive composer could overflow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from drafter.errors import UserError
from drafter.text.lazy import LazyPattern
from drafter.text.positions import locate

MAX_DEPTH = 32
STANDARD = "tag:yaml.org,2002:"
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# Fact-sheet and schema keys are English words: `date：` is a key with a full-width colon.
# This pattern and _NOT_YAML are compiled when a syntax error first needs them.
_FULL_WIDTH_KEY = LazyPattern(r"^\s*(?:-\s+)?[A-Za-z_][A-Za-z_0-9]*\s*([：，,])")


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a YAML file: where, under which field path, and what."""

    line: int | None
    column: int | None
    path: str
    message: str

    def render(self, file: str | Path) -> str:
        where = f"{file}:{self.line}:{self.column}" if self.line else str(file)
        return f"{where}：{self.path}：{self.message}" if self.path else f"{where}：{self.message}"


class YamlProblems(UserError):
    """A YAML file with problems; carries all of them, each printed on its own line."""

    def __init__(self, file: str | Path, problems: list[Problem]) -> None:
        first = problems[0]
        super().__init__(first.message, file=file, line=first.line, column=first.column)
        self.problems = problems

    def __str__(self) -> str:
        return "\n".join(p.render(self.location.file or "") for p in self.problems)


def _at(mark: Any) -> tuple[int | None, int | None]:
    return (mark.line + 1, mark.column + 1) if mark is not None else (None, None)


def compose(text: str, file: str | Path, *, max_bytes: int) -> Node | None:
    """The root node of `text`, or YamlProblems naming what is wrong and where."""
    if len(text) > max_bytes or len(text.encode("utf-8")) > max_bytes:
        limit = f"{max_bytes // 1_000_000} MB" if max_bytes >= 1_000_000 else f"{max_bytes} 字节"
        raise YamlProblems(file, [Problem(None, None, "", f"文件过大（超过 {limit}）")])
    try:
        depth = 0
        for event in yaml.parse(text, Loader=_LOADER):
            if isinstance(event, yaml.AliasEvent):
                line, column = _at(event.start_mark)
                message = "不支持 YAML 别名（*名称）：请把内容直接写出来"
                raise YamlProblems(file, [Problem(line, column, "", message)])
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    line, column = _at(event.start_mark)
                    message = f"嵌套超过 {MAX_DEPTH} 层，不像是 drafter 的文件"
                    raise YamlProblems(file, [Problem(line, column, "", message)])
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
        return yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError as error:
        raise YamlProblems(file, [syntax_problem(error, text)]) from None


def syntax_problem(error: yaml.YAMLError, text: str) -> Problem:
    """A YAML syntax error in the writer's words, on the line where she can fix it."""
    control = _NOT_YAML.search(text)
    if isinstance(error, yaml.reader.ReaderError) and control:  # a character YAML forbids
        line, column = locate(text, control.start())
        code = ord(control.group())
        return Problem(line, column, "", f"含有不可见的控制字符（U+{code:04X}），请删除")
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    line, column = _at(mark)
    lines = text.split("\n")
    # A key followed by a full-width colon is the most common slip; it is often reported a
    # line late, so look at the line before too.
    for candidate in (line, (line or 1) - 1):
        if candidate and 0 < candidate <= len(lines):
            found = _FULL_WIDTH_KEY.match(lines[candidate - 1])
            if found:
                where = len(found.group(0))
                return Problem(
                    candidate,
                    where,
                    "",
                    f"这里用了{_MARK_NAMES[found.group(1)]}，键后面要用英文冒号“:”加一个空格",
                )
    problem = getattr(error, "problem", None) or ""
    context = getattr(error, "context", None) or ""
    near = lines[line - 1] if line and line <= len(lines) else ""
    if (column and near[column - 1 : column] == "\t") or "'\\t'" in problem:
        return Problem(line, column, "", "不能用 Tab 缩进，请改用空格")
    if "end of stream" in problem:
        message = (
            "引号没有闭合：一段文字的开头和结尾要用同一种引号"
            if "quoted" in context
            else ("括号或引号没有闭合")
        )
        return Problem(line, column, "", message)
    if "could not find expected ':'" in problem:
        # Reported where the next key starts; the slip is the last line that is neither
        # `key: value` nor `- item`.
        for index in range((line or 1) - 1, 0, -1):
            text = lines[index - 1].strip()
            if text and not text.startswith("#"):
                if ":" not in text and not text.startswith("-"):
                    message = "这一行既不是“键: 值”，也不是以“- ”开头的列表项：列表项前面要加“- ”"
                    return Problem(
                        index,
                        len(lines[index - 1]) - len(lines[index - 1].lstrip()) + 1,
                        "",
                        message,
                    )
                break
        return Problem(line, column, "", "缺少冒号“:”：每个键后面要有英文冒号和一个空格")
    if "mapping values are not allowed" in problem:
        previous = next((t for t in reversed(lines[: (line or 1) - 1]) if t.strip()), "")
        indent = len(near) - len(near.lstrip())
        if indent > len(previous) - len(previous.lstrip()) and not previous.rstrip().endswith(":"):
            message = "缩进不对：这一行比上一行多缩进了，同一层的键要左对齐"
            return Problem(line, 1, "", message)
        message = "冒号位置不对：一段文字里有英文冒号时，请给整段文字加引号，或改用中文冒号“：”"
        return Problem(line, column, "", message)
    body = near.split(":", 1)[1] if ":" in near else near
    if ('"' in body.strip()[1:] or "'" in body.strip()[1:]) and (
        "expected key" in problem or "block end" in problem
    ):
        message = "引号用得不对：文字中间的引号请用中文引号“”，或给整段文字加引号"
    elif "'-' indicator" in problem or "found '-'" in problem:
        message = "缩进没对齐：同一项里的键要与上一行的键左对齐；列表的每项以“- ”开头"
    elif "expected key" in problem or "block end" in problem or "block mapping" in problem:
        message = "缩进没对齐：同一层的键要左对齐，下一层多缩进两个空格"
    elif "flow sequence" in context or "flow mapping" in context:
        message = "方括号 [ ] 或花括号 { } 没有闭合，或里面的逗号、冒号写法不对"
    elif "alias" in problem or "anchor" in problem or "unhashable" in problem:
        message = "这里的写法 YAML 读不懂：请去掉 *、& 或方括号，或给整段文字加引号"
    elif "found character" in problem:
        message = "这个字符不能出现在这里：请给整段文字加引号"
    else:
        message = "YAML 写法有误：请检查这一行的缩进、冒号和引号"
    return Problem(line, column, "", message)


_NOT_YAML = LazyPattern("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
_MARK_NAMES = {"：": "中文冒号“：”", "，": "中文逗号“，”", ",": "逗号“,”"}
FieldPath = tuple[str | int, ...]
_SCALARS = {f"{STANDARD}{t}" for t in ("str", "int", "float", "bool", "null")}
_NUMBERS = {f"{STANDARD}int", f"{STANDARD}float"}
_TEXT_TAGS = {f"{STANDARD}str", f"{STANDARD}timestamp"}  # dates are read as text
_CONSTRUCTOR = yaml.constructor.SafeConstructor()


@dataclass(frozen=True)
class Numeral:
    """A number as it was typed (`1.50`, `1234567.89`): the literal, never a float, so a
    draft prints it unchanged."""

    text: str


class Reader:
    """Turns composed nodes into plain values (str, bool, None, Numeral, lists and dicts),
    noting where each value and key stood, and every problem on the way."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.values: dict[FieldPath, Node] = {}
        self.keys: dict[FieldPath, Node] = {}
        self.reported: set[FieldPath] = set()

    def problem(self, node: Node | None, path: FieldPath, message: str) -> None:
        self.reported.add(path)
        line, column = line_of(node)
        self.problems.append(Problem(line, column, format_path(path), message))

    def plain(self, node: Node, path: FieldPath = ()) -> Any:
        self.values[path] = node
        if isinstance(node, ScalarNode):
            if node.tag in _TEXT_TAGS:
                return node.value
            if node.tag in _NUMBERS:
                return Numeral(node.value)
            if node.tag in _SCALARS:
                return _CONSTRUCTOR.construct_object(node)
            self.problem(node, path, f"不支持的 YAML 标签 {node.tag}：只能写普通的文字、数字和列表")
            return None
        if isinstance(node, SequenceNode):
            if not is_plain(node, "seq"):
                self.problem(node, path, f"不支持的 YAML 标签 {node.tag}")
            return [self.plain(item, (*path, i)) for i, item in enumerate(node.value)]
        if isinstance(node, MappingNode):
            if not is_plain(node, "map"):
                self.problem(node, path, f"不支持的 YAML 标签 {node.tag}")
            result: dict[str, Any] = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, ScalarNode) or not is_plain(key_node, "str"):
                    self.problem(key_node, path, "键必须是普通文字")
                    continue
                key = key_node.value
                if key in result:
                    first = self.keys[(*path, key)].start_mark.line + 1
                    message = f"重复的键（第 {first} 行已有）：YAML 只会保留后一个，请删去一个"
                    self.problem(key_node, (*path, key), message)
                    continue
                self.keys[(*path, key)] = key_node
                result[key] = self.plain(value_node, (*path, key))
            return result
        return None  # pragma: no cover - PyYAML has no other node kinds

    def typed_value(self, path: FieldPath) -> Any:
        """The value at `path` as YAML would type it (for messages: `4` is a number)."""
        node = self.values.get(path)
        if isinstance(node, ScalarNode) and node.tag in _SCALARS:
            return _CONSTRUCTOR.construct_object(node)
        return node.value if node is not None else None

    def position(self, path: FieldPath) -> tuple[int | None, int | None]:
        return line_of(self.values.get(path))


# Slips YAML reads without complaint but never as meant: `region:船营区` (no space after the
# colon: one piece of text), `— topic: 组织` (a full-width dash is not a list marker).
_NO_SPACE_AFTER_COLON = re.compile(r"^(\s*(?:-\s+)?[A-Za-z_][A-Za-z_0-9]*):(?=[^\s/])")
_WIDE_DASH = re.compile(r"^(\s*)([—－–·•])\s*(?=\S)")


def slips(text: str) -> list[Problem]:
    """Lines with a slip a writer makes in a drafter YAML file, each located."""
    problems = []
    for number, line in enumerate(text.split("\n"), start=1):
        if line.lstrip().startswith("#"):
            continue
        if found := _NO_SPACE_AFTER_COLON.match(line):
            column = len(found.group(1)) + 1
            problems.append(Problem(number, column, "", "英文冒号“:”后面要加一个空格"))
        elif found := _WIDE_DASH.match(line):
            column = len(found.group(1)) + 1
            message = f"列表项要以英文减号和空格“- ”开头，这里用了“{found.group(2)}”"
            problems.append(Problem(number, column, "", message))
    return problems


def format_path(path: tuple[str | int, ...]) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def line_of(node: Node | None) -> tuple[int | None, int | None]:
    return _at(node.start_mark if node is not None else None)


def is_plain(node: Node, kind: str) -> bool:
    """A node with YAML's standard tag for `kind` (`str`, `int`, `map`, `seq`…)."""
    return node.tag == f"{STANDARD}{kind}"


def _offset_in_scalar(text: str, token: Any, char: str) -> int:
    """Where in a YAML scalar's source `char` is: an escape in double quotes (`\\v`, `\\x0b`,
    `\\u000B`), else the character itself, else the scalar's start."""
    from yaml.scanner import Scanner

    start = token.start_mark.index
    raw = text[start : token.end_mark.index]
    index = 1 if token.style == '"' else len(raw)
    while index < len(raw):
        if raw[index] != "\\":
            if raw[index] == char:
                return start + index
            index += 1
            continue
        code = raw[index + 1 : index + 2]
        width = Scanner.ESCAPE_CODES.get(code, 0)
        try:
            decoded = chr(int(raw[index + 2 : index + 2 + width], 16)) if width else ""
        except ValueError:
            decoded = ""
        if (decoded or Scanner.ESCAPE_REPLACEMENTS.get(code)) == char:
            return start + index
        index += 2 + width
    found = raw.find(char)
    return start + max(found, 0)


def locate_character(text: str | None, char: str) -> tuple[int | None, int | None]:
    """Line and column of `char` in a YAML text (the first scalar holding it): where an escape
    spells it in double quotes, else where it stands."""
    if text is None:
        return None, None
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        for token in yaml.scan(text, Loader=loader):
            if isinstance(token, yaml.ScalarToken) and char in token.value:
                return locate(text, _offset_in_scalar(text, token, char))
    except yaml.YAMLError:
        pass
    return None, None
