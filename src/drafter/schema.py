"""The Schema: what `analyze` learns from a corpus and what `new` and `render` draw on.

Written as YAML that reads well and diffs well: every derived item keeps its `count` and the
`sources` it came from; lists are ordered by count, then text; nothing depends on the run.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import MISSING, asdict, dataclass, field, fields, is_dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any, get_args, get_origin, get_type_hints

from drafter.errors import UserError
from drafter.text.chars import HAN
from drafter.text.lazy import LazyPattern

SCHEMA_VERSION = 1
MAX_SCHEMA_BYTES = 10_000_000  # a schema's size follows what the corpus says, not its length


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


# Forms whose sections are written alike: one may use the other's section frames.
_KINDRED_FORMS = {"experience": ("speech",), "speech": ("experience",)}
# Two Han characters: the unit the header words of a corpus are compared in. Compiled on first
# use: a draft whose headers are all the writer's own never needs it.
HAN_PAIR = LazyPattern(f"[{HAN}]{{2}}")


# A frame's slot: `{region}`, `{policy}`…
SLOT = re.compile(r"\{(\w+)\}")


def repeats_a_slot(frame: str) -> bool:
    """A frame that names one slot twice would print the writer's fact twice: no frame."""
    names = SLOT.findall(frame)
    return len(names) != len(set(names))


@dataclass
class Frame:
    text: str
    form: str
    count: int
    sources: list[str] = field(default_factory=list)
    example: str = ""  # the real sentence the frame was taken from (first source)


@dataclass
class SectionFrame:
    """What a section says besides the writer's facts, as the corpus says it: an `opening`
    thesis (`产业振兴是乡村振兴的关键所在。`), a `result` opener (`如今，{outcome}。`) or an
    `ending` clause (`为乡村全面振兴奠定了坚实基础`), filed under its section's topic."""

    role: str
    topic: str
    text: str
    form: str
    count: int
    sources: list[str] = field(default_factory=list)
    example: str = ""  # the real sentence it was taken from (first source)


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
    section_frames: list[SectionFrame] = field(default_factory=list)
    bylines: list[Counted] = field(default_factory=list)
    figures: list[FigureExample] = field(default_factory=list)
    phrases: list[Phrase] = field(default_factory=list)

    @cached_property
    def shared_header_words(self) -> set[str]:
        """Two-Han-character runs that headers of two or more articles use: the genre's own
        header words. A run only one article's headers use (`非公`, `节会`) is that article's.
        Worked out once per schema: a batch drafts many sheets with one."""
        sources: dict[str, set[str]] = {}
        for entries in self.headers.by_topic.values():
            for entry in entries:
                for i in range(len(entry.text) - 1):
                    if HAN_PAIR.fullmatch(pair := entry.text[i : i + 2]):
                        sources.setdefault(pair, set()).update(entry.sources)
        return {pair for pair, seen in sources.items() if len(seen) >= 2}

    def section_frames_for(self, role: str, form: str, topic: str) -> list[SectionFrame]:
        """The frames of `role` a section on `topic` may use in a draft of `form`, best first:
        the form's own, then a kindred form's (experience pieces and speeches write their
        sections alike); within each, the section's topic first, then frames that name no
        topic's words and so fit any section; the most frequent first."""
        from drafter.vocabulary import TOPICS

        words = [word for topic_words in TOPICS.values() for word in topic_words]
        chosen: list[SectionFrame] = []
        for forms in ((form,), _KINDRED_FORMS.get(form, ())):
            of_form = [f for f in self.section_frames if f.role == role and f.form in forms]
            chosen += [f for f in of_form if f.topic == topic]
            chosen += [
                f for f in of_form if f.topic != topic and not any(w in f.text for w in words)
            ]
        return chosen

    def next_section_frame(
        self, role: str, form: str, topic: str, said: set[str]
    ) -> SectionFrame | None:
        """The best frame of `role` for a section on `topic` that the draft has not said yet
        (`said` holds what it has; the frame returned is added)."""
        for frame in self.section_frames_for(role, form, topic):
            if frame.text not in said:
                said.add(frame.text)
                return frame
        return None

    def to_yaml(self) -> str:
        import yaml

        header = "# drafter schema：由 drafter analyze 从范文语料归纳，可手工修改。\n"
        body = yaml.safe_dump(_prune(asdict(self)), allow_unicode=True, sort_keys=False, width=100)
        return header + body

    @classmethod
    def from_yaml(cls, text: str, source: str | Path = "<schema>") -> Schema:
        """The schema in `text`; every problem found is reported at once, each located
        (`schema.yaml:12:5：forms.news.sections.typical：应为整数`), in a YamlProblems."""
        from drafter.yamldoc import Reader, YamlProblems, compose

        root = compose(text, source, max_bytes=MAX_SCHEMA_BYTES)
        reader = Reader()
        data = reader.plain(root) if root is not None else None
        if not isinstance(data, dict) or _version(data) != SCHEMA_VERSION:
            raise UserError(
                f"不是 drafter schema（需要 schema_version: {SCHEMA_VERSION}）。",
                file=source,
                hint="用 drafter analyze 语料目录 -o schema.yaml 重新生成。",
            )
        builder = _Builder(reader)
        schema = builder.build(cls, data, ())
        if reader.problems or builder.problems:
            raise YamlProblems(source, reader.problems + builder.problems)
        return schema


def _version(data: dict[str, Any]) -> object:
    from drafter.yamldoc import Numeral

    version = data.get("schema_version")
    return int(version.text) if isinstance(version, Numeral) and version.text.isdigit() else None


def _prune(value: Any) -> Any:
    """Drop empty lists, maps and None so the YAML shows only what the corpus has."""
    if isinstance(value, dict):
        return {k: _prune(v) for k, v in value.items() if v not in (None, [], {})}
    if isinstance(value, list):
        return [_prune(v) for v in value]
    return value


@dataclass(frozen=True)
class _Shape:
    """What a dataclass expects: each field's type, and the fields that have no default."""

    hints: dict[str, Any]
    required: tuple[str, ...]


@cache
def _shape(kind: type) -> _Shape:
    """Type hints per class, resolved once: get_type_hints evaluates every annotation anew on
    each call, far too slow to repeat for each item of a schema."""
    required = tuple(
        f.name for f in fields(kind) if f.default is MISSING and f.default_factory is MISSING
    )
    return _Shape(get_type_hints(kind), required)


_EXPECTED = {
    int: "应为整数",
    str: "应为文字",
    list: "应为列表（每项一行，以“- ”开头）",
    dict: "应为一组“键: 值”",
}


class _Builder:
    """Builds the dataclasses from plain YAML values, checking each value's type against the
    field's and noting, with its place, every value that does not fit. Keys a field does not
    name are ignored: a newer drafter may write keys this one does not know."""

    def __init__(self, reader: Any) -> None:
        self.reader = reader
        self.problems: list[Any] = []

    def problem(self, path: tuple[str | int, ...], message: str) -> None:
        from drafter.yamldoc import Problem, format_path

        line, column = self.reader.position(path)
        self.problems.append(Problem(line, column, format_path(path), message))

    def build(self, kind: Any, value: Any, path: tuple[str | int, ...]) -> Any:
        if is_dataclass(kind):
            return self.record(kind, value, path)
        args = get_args(kind)
        if args and type(None) in args:  # X | None
            inner = next(a for a in args if a is not type(None))
            return None if value is None else self.build(inner, value, path)
        origin = get_origin(kind)
        if origin is list:
            if not isinstance(value, list):
                return self.wrong(list, value, path)
            return [self.build(args[0], item, (*path, i)) for i, item in enumerate(value)]
        if origin is dict:
            if not isinstance(value, dict):
                return self.wrong(dict, value, path)
            return {k: self.build(args[1], v, (*path, k)) for k, v in value.items()}
        if kind is int:
            return self.integer(value, path)
        if kind is str:
            return self.text(value, path)
        return value  # pragma: no cover - the schema has no other field types

    def record(self, kind: Any, value: Any, path: tuple[str | int, ...]) -> Any:
        if not isinstance(value, dict):
            return self.wrong(dict, value, path)
        shape = _shape(kind)
        missing = [name for name in shape.required if name not in value]
        for name in missing:
            self.problem(path, f"缺少“{name}”")
        built = {
            name: self.build(shape.hints[name], item, (*path, name))
            for name, item in value.items()
            if name in shape.hints
        }
        if missing:
            return None
        return kind(**built)

    def integer(self, value: Any, path: tuple[str | int, ...]) -> int | None:
        from drafter.yamldoc import Numeral

        if isinstance(value, Numeral):
            typed = self.reader.typed_value(path)
            if isinstance(typed, int) and not isinstance(typed, bool):
                return typed
        return self.wrong(int, value, path)

    def text(self, value: Any, path: tuple[str | int, ...]) -> str | None:
        from drafter.yamldoc import Numeral

        if isinstance(value, str):
            return value
        if isinstance(value, Numeral):  # `value: 1.50` is the text the writer typed
            return value.text
        return self.wrong(str, value, path)

    def wrong(self, expected: type, value: Any, path: tuple[str | int, ...]) -> None:
        self.problem(path, f"{_EXPECTED[expected]}，这里是{_describe(value)}")
        return None


def _describe(value: Any) -> str:
    """A plain YAML value as the writer typed it, in a few words."""
    from drafter.yamldoc import Numeral

    if value is None:
        return "空值"
    if isinstance(value, bool):
        return f"“{str(value).lower()}”"
    if isinstance(value, list):
        return "一个列表"
    if isinstance(value, dict):
        return "一组“键: 值”"
    text = value.text if isinstance(value, Numeral) else str(value)
    return f"“{text[:20]}…”" if len(text) > 20 else f"“{text}”"


def default_schema_path() -> Path:
    # Beside this module, as importlib.resources would find it in an installed package, without
    # importing that (and tempfile, random and zipfile with it: milliseconds of every start).
    return Path(__file__).with_name("data") / "schema.yaml"


def load_schema(path: str | Path | None = None) -> Schema:
    """The schema at `path`, or the one built from the embedded corpus. Once built, a schema is
    kept in the user's cache folder: reading it back takes a twentieth of the time building it
    from YAML does."""
    from drafter.files import read_utf8

    target = Path(path) if path else default_schema_path()
    text = read_utf8(target, hint="用 drafter analyze 语料目录 -o schema.yaml 生成。")
    kept = _kept_file(text)
    schema = _read_kept(kept) if kept else None
    if schema is None:
        schema = Schema.from_yaml(text, target)
        if kept:
            _keep(kept, schema)
    return schema


def _kept_file(text: str) -> Path | None:
    """Where the schema built from `text` is kept: named by the text and by the code that
    builds it (this module and the YAML reader), so a change to either builds it anew. None
    without a cache folder."""
    import hashlib

    from drafter.cachedir import cache_folder

    folder = cache_folder()
    if folder is None:
        return None
    digest = hashlib.sha256(text.encode("utf-8"))
    try:
        for module in ("schema.py", "yamldoc.py"):
            digest.update(Path(__file__).with_name(module).read_bytes())
    except OSError:  # installed without its sources: nothing names the code
        return None
    return folder / f"schema-{digest.hexdigest()[:32]}.pickle"


def _read_kept(path: Path) -> Schema | None:
    """The schema kept at `path`; None when there is none, or it is damaged (then it is built
    and kept again). Pickled: the folder is the user's own, as the compiled templates beside
    it are."""
    import pickle

    try:
        schema = pickle.loads(path.read_bytes())
    except Exception:  # missing, cut short, or anything else a damaged file holds
        return None
    return schema if isinstance(schema, Schema) else None


def _keep(path: Path, schema: Schema) -> None:
    import pickle

    from drafter.files import write_atomic

    with contextlib.suppress(UserError):  # a full disk or a read-only cache costs only the time
        write_atomic(path, pickle.dumps(schema, pickle.HIGHEST_PROTOCOL), force=True)
