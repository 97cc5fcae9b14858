"""The fact sheet as a form, described from the model's own JSON Schema.

Nothing here names a field of the fact sheet: the description is walked out of
`FactSheet.model_json_schema()` (the same source as facts.schema.json), so a field added to the
model appears in the form, labelled with its Chinese description, without a change here. The
page builds its inputs from this description; the server uses it to read the form's answers
back (numbers typed as text) and to tell which keys of an opened sheet the form cannot show.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from functools import cache
from typing import Any

# `experience（经验材料/信息）`: a description that names each choice and says what it means.
_CHOICE = re.compile(r"([A-Za-z_-]+)（([^）]*)）")
# Where a description's name ends and its help begins: `本地区名称，例：船营区`,
# `文体：experience（…）…`, `标题；留空则…`. A plain `，` is part of the name.
_LABEL_END = re.compile(r"，(?=例)|[：；]")


@dataclass
class Node:
    """One place in the form: a text (`text`), a number (`number`, `integer`), a choice
    (`select`), a group of fields (`group`) or a list of places (`list`)."""

    key: str
    kind: str
    label: str
    help: str = ""
    required: bool = False
    choices: list[tuple[str, str]] = field(default_factory=list)  # (value, shown as)
    children: list[Node] = field(default_factory=list)  # a group's fields
    item: Node | None = None  # a list's items
    default: Any = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _resolve(schema: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    """`schema` with a `$ref` (or a one-element allOf) replaced by what it names, keeping the
    field's own description."""
    target = schema
    if "allOf" in schema and len(schema["allOf"]) == 1:
        target = schema["allOf"][0]
    if "$ref" in target:
        named = defs[target["$ref"].rsplit("/", 1)[-1]]
        return {**named, **{k: v for k, v in schema.items() if k not in ("$ref", "allOf")}}
    return schema


def _label(description: str, key: str) -> tuple[str, str]:
    """The description split once: the label before its first `，例`, `：` or `；`, the help
    after it (`例：船营区`), so the page says nothing twice; the scaffold's comments keep the
    whole description."""
    found = _LABEL_END.search(description)
    if not description:
        return key, ""
    if not found:
        return description, ""
    return description[: found.start()], description[found.end() :]


def _distinct(children: list[Node]) -> None:
    """Fields of one group that the rule above would give one label (`新闻稿：媒体名称`,
    `新闻稿：记者`) are labelled by what each is, the shared part after it: `媒体名称（新闻稿）`."""
    counts: dict[str, int] = {}
    for child in children:
        counts[child.label] = counts.get(child.label, 0) + 1
    for child in children:
        if counts[child.label] > 1 and child.help:
            child.label, child.help = f"{child.help}（{child.label}）", ""


def _node(key: str, schema: dict[str, Any], defs: dict[str, Any], required: bool) -> Node:
    schema = _resolve(schema, defs)
    options = [s for s in schema.get("anyOf", []) if s.get("type") != "null"]
    if len(options) == 1:  # `int | None`: the optional number
        schema = {**_resolve(options[0], defs), **{k: v for k, v in schema.items() if k != "anyOf"}}
    description = schema.get("description", "") if key else ""
    if "properties" in schema and description.isascii():
        description = ""  # a model's English docstring is not a label
    label, help_text = _label(description, key)
    node = Node(key, "text", label, help_text, required, default=schema.get("default"))
    if "enum" in schema:
        named = dict(_CHOICE.findall(description))
        node.kind = "select"
        node.choices = [
            (str(v), named.get(str(v), "（不填）" if v == "" else str(v))) for v in schema["enum"]
        ]
    elif "properties" in schema:
        node.kind = "group"
        needed = set(schema.get("required", []))
        node.children = [
            _node(name, sub, defs, name in needed) for name, sub in schema["properties"].items()
        ]
        _distinct(node.children)
    elif schema.get("type") == "array":
        node.kind = "list"
        node.item = _node("", schema.get("items", {}), defs, True)
        node.default = []
    elif schema.get("type") in ("number", "integer"):
        node.kind = schema["type"]
    return node


@cache
def form_tree() -> Node:
    """The whole fact sheet as a form."""
    from drafter.facts import FactSheet

    schema = FactSheet.model_json_schema()
    return _node("", schema, schema.get("$defs", {}), True)


def leaf_paths(node: Node, prefix: str = "") -> list[str]:
    """Every input's path, lists written `[]`: `sections[].points[]`, `region`."""
    if node.kind == "group":
        return [
            path
            for child in node.children
            for path in leaf_paths(child, f"{prefix}.{child.key}" if prefix else child.key)
        ]
    if node.kind == "list" and node.item is not None:
        return leaf_paths(node.item, f"{prefix}[]")
    return [prefix]


OMITTED = object()  # a blank number: the key is left out, so the model's default applies


def answers(value: Any, node: Node) -> Any:
    """The form's answers as the YAML reader would give them: numbers typed as text become
    the literal they spell (`12.50` stays `12.50`), a blank number is left out; text that is
    not a plain number stays text, so the check says what is wrong with it."""
    from drafter.yamldoc import Numeral

    if node.kind in ("number", "integer") and isinstance(value, str):
        text = value.strip()
        if not text:
            return OMITTED
        if _PLAIN_NUMBER.fullmatch(text):
            return Numeral(text)
        return value
    if node.kind == "group" and isinstance(value, dict):
        children = {child.key: child for child in node.children}
        out = {}
        for key, item in value.items():
            answered = answers(item, children[key]) if key in children else item
            if answered is not OMITTED:
                out[key] = answered
        return out
    if node.kind == "list" and isinstance(value, list) and node.item is not None:
        return [item for v in value if (item := answers(v, node.item)) is not OMITTED]
    return value


_PLAIN_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def fit(value: Any, node: Node, path: tuple[str | int, ...] = ()) -> tuple[Any, list[tuple]]:
    """What of an opened sheet the form can show, and the rest as (field path, value): keys
    the model does not know and values of the wrong shape are listed, never dropped silently.
    Numbers become the text they were typed as; other scalars their text."""
    from drafter.yamldoc import Numeral

    if node.kind == "group":
        if not isinstance(value, dict):
            return ({}, [(path, value)]) if value is not None else ({}, [])
        children = {child.key: child for child in node.children}
        shown: dict[str, Any] = {}
        rest: list[tuple] = []
        for key, item in value.items():
            if key not in children:
                rest.append(((*path, key), item))
                continue
            shown[key], more = fit(item, children[key], (*path, key))
            rest += more
        return shown, rest
    if node.kind == "list" and node.item is not None:
        if not isinstance(value, list):
            return ([], [(path, value)]) if value is not None else ([], [])
        items, rest = [], []
        for index, item in enumerate(value):
            shown_item, more = fit(item, node.item, (*path, index))
            items.append(shown_item)
            rest += more
        return items, rest
    if isinstance(value, dict | list):
        return "", [(path, value)]
    if value is None:
        return "", []
    if isinstance(value, Numeral):
        return value.text, []
    if isinstance(value, bool):
        return str(value).lower(), []
    return str(value), []
