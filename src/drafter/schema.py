"""The Schema: what `analyze` learns from a corpus and what `new` and `render` draw on.

Written as YAML that reads well and diffs well: every derived item keeps its `count` and the
`sources` it came from; lists are ordered by count, then text; nothing depends on the run.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, is_dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any, get_args, get_type_hints

from drafter.errors import UserError

SCHEMA_VERSION = 1


@dataclass
class Counted:
    """A derived item: its text, how often it was seen, and in which articles."""

    text: str
    count: int
    sources: list[str] = field(default_factory=list)


@dataclass
class Shape:
    shape: str
    count: int
    examples: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)


@dataclass
class FigureExample:
    """A figure as a real article states it: `{item}{value}{unit}`, filed under its topic."""

    topic: str
    item: str
    value: str
    unit: str
    sources: list[str] = field(default_factory=list)


@dataclass
class Phrase:
    text: str
    count: int
    articles: int


@dataclass
class Span:
    min: int
    max: int
    typical: int


@dataclass
class FormStats:
    articles: int
    sources: list[str] = field(default_factory=list)
    sections: Span | None = None
    header_styles: dict[str, int] = field(default_factory=dict)
    topics: list[str] = field(default_factory=list)  # most frequent first
    measure_markers: list[str] = field(default_factory=list)
    datelines: list[Counted] = field(default_factory=list)


@dataclass
class Lexicon:
    verbs: list[Counted] = field(default_factory=list)
    metaphors: list[Counted] = field(default_factory=list)
    slogans: list[Counted] = field(default_factory=list)


@dataclass
class Headers:
    shapes: list[Shape] = field(default_factory=list)
    # topic → real headers a draft may borrow (those with figures or place names are left out)
    by_topic: dict[str, list[Counted]] = field(default_factory=dict)
    lexicon: Lexicon = field(default_factory=Lexicon)


@dataclass
class Frame:
    text: str
    form: str
    count: int
    sources: list[str] = field(default_factory=list)
    example: str = ""  # the real sentence the frame was taken from (first source)


@dataclass
class CorpusStats:
    articles: int
    characters: int


@dataclass
class Schema:
    schema_version: int
    corpus: CorpusStats
    forms: dict[str, FormStats] = field(default_factory=dict)
    headers: Headers = field(default_factory=Headers)
    leads: list[Frame] = field(default_factory=list)
    closings: list[Frame] = field(default_factory=list)
    bylines: list[Counted] = field(default_factory=list)
    figures: list[FigureExample] = field(default_factory=list)
    phrases: list[Phrase] = field(default_factory=list)

    def to_yaml(self) -> str:
        import yaml

        header = "# drafter schema：由 drafter analyze 从范文语料归纳，可手工修改。\n"
        body = yaml.safe_dump(_prune(asdict(self)), allow_unicode=True, sort_keys=False, width=100)
        return header + body

    @classmethod
    def from_yaml(cls, text: str, source: str | Path = "<schema>") -> Schema:
        import yaml

        try:
            data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            raise UserError(
                f"schema 不是有效的 YAML：{getattr(error, 'problem', error)}",
                file=source,
                line=mark.line + 1 if mark else None,
                column=mark.column + 1 if mark else None,
            ) from None
        if not isinstance(data, dict) or data.get("schema_version") != SCHEMA_VERSION:
            raise UserError(
                f"不是 drafter schema（需要 schema_version: {SCHEMA_VERSION}）。",
                file=source,
                hint="用 drafter analyze 语料目录 -o schema.yaml 重新生成。",
            )
        try:
            return _build(cls, data)
        except (TypeError, ValueError, KeyError, AttributeError) as error:
            raise UserError(f"schema 内容不完整或类型不对：{error}", file=source) from None


def _prune(value: Any) -> Any:
    """Drop empty lists, maps and None so the YAML shows only what the corpus has."""
    if isinstance(value, dict):
        return {k: _prune(v) for k, v in value.items() if v not in (None, [], {})}
    if isinstance(value, list):
        return [_prune(v) for v in value]
    return value


def _build(kind: Any, data: Any) -> Any:
    """Rebuild dataclasses from plain YAML data, following the type hints."""
    if is_dataclass(kind):
        hints = get_type_hints(kind)
        known = {f.name for f in fields(kind)}
        return kind(**{k: _build(hints[k], v) for k, v in data.items() if k in known})
    args = get_args(kind)
    if args and type(None) in args:  # X | None
        inner = next(a for a in args if a is not type(None))
        return None if data is None else _build(inner, data)
    origin = getattr(kind, "__origin__", None)
    if origin is list:
        return [_build(args[0], v) for v in data]
    if origin is dict:
        return {k: _build(args[1], v) for k, v in data.items()}
    return data


def default_schema_path() -> Path:
    return Path(str(files("drafter").joinpath("data", "schema.yaml")))


def load_schema(path: str | Path | None = None) -> Schema:
    """The schema at `path`, or the one built from the embedded corpus."""
    from drafter.files import read_utf8

    target = Path(path) if path else default_schema_path()
    text = read_utf8(target, hint="用 drafter analyze 语料目录 -o schema.yaml 生成。")
    return Schema.from_yaml(text, target)
