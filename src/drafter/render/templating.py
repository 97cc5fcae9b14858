"""The Jinja environment drafter's templates run in: sandboxed (immutable), strict about
undefined names, every printed value escaped as Markdown text — and bounded, because a user's
template (from `--templates`) may loop, recurse or multiply without end and must still end
promptly in a located error.

Work is counted in steps (loop iterations, calls, attribute and item lookups, `range`), every
value a template builds is size-checked before it is made where that can be known (`*`, `**`,
`+`, `%`, `~`, calls and filters) and after otherwise, and all the text a render writes — to
the output and into macro and `{% set %}` buffers — is counted. The shipped templates get the
size checks only: they are ours, and never stop on a slow machine.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import posixpath
import re
import time
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache, wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any

from drafter.errors import UserError
from drafter.render.markdown import escape
from drafter.text.lazy import LazyPattern

if TYPE_CHECKING:
    from drafter.render.compose import Draft

# Bounds on one render. A draft is written from a fact sheet of at most 1 MB, so its Markdown
# is well under a million characters; these leave room for any sensible template.
MAX_OUTPUT_CHARS = 4_000_000  # the rendered Markdown
MAX_VALUE_CHARS = MAX_OUTPUT_CHARS  # any one value a template builds
MAX_BUFFERED_CHARS = 4 * MAX_OUTPUT_CHARS  # all text written into macro and set buffers
MAX_CALL_WORK = 10 * MAX_VALUE_CHARS  # (size of what a call works on) × (its largest argument)
MAX_INT_BITS = 100_000  # about 30,000 digits
MAX_RANGE = 100_000  # Jinja's own sandbox bound on range()
MAX_STEPS = 1_000_000
TIME_LIMIT_SECONDS = 1.5
# A template is compiled to Python before it runs, at about a millisecond per 50 tokens; the
# shipped ones have at most a few hundred.
MAX_TEMPLATE_BYTES = 100_000
MAX_TEMPLATE_TOKENS = 10_000
_MAX_DEPTH = 20  # how deep a value is looked into when it is measured
_ENDLESS = "可能有嵌套过深的循环或没有尽头的递归。"
_HINT = "检查 --templates 目录中的模板；内置模板见 templates/。"
_ITERATE = "drafter:iterate"  # internal filter names: a template cannot spell them
_CONCAT = "drafter:concat"


def shipped_templates() -> Path:
    """The templates inside the installed package (or, in a source checkout, the repo's)."""
    packaged = Path(__file__).parents[1] / "templates"  # as importlib.resources finds it
    return packaged if packaged.is_dir() else Path(__file__).resolve().parents[3] / "templates"


# --- bounds ----------------------------------------------------------------------------------


class TemplateLimit(Exception):
    """A template went past one of the bounds of a render; the message is the user's."""

    def __init__(self, message: str, where: tuple[str | None, int | None] = (None, None)) -> None:
        super().__init__(message)
        self.message = message
        self.where = where


def _amount(count: int) -> str:
    """A count as a person reads it, rounded down: 4000000 → 400 万, 10**9 → 10 亿."""
    if count >= 100_000_000:
        return f"{count // 100_000_000} 亿"
    return f"{count // 10_000} 万" if count >= 10_000 else str(count)


@dataclass
class _Budget:
    """What one render may still spend."""

    steps: int = MAX_STEPS
    buffered: int = MAX_BUFFERED_CHARS
    deadline: float = field(default_factory=lambda: time.monotonic() + TIME_LIMIT_SECONDS)

    def spend(self, steps: int) -> None:
        self.steps -= steps
        if self.steps < 0:
            raise TemplateLimit(f"模板运行超过 {_amount(MAX_STEPS)}步，已停止：{_ENDLESS}")
        if time.monotonic() > self.deadline:
            raise TemplateLimit(f"模板运行超过 {TIME_LIMIT_SECONDS:g} 秒，已停止：{_ENDLESS}")

    def write(self, count: int) -> None:
        self.buffered -= count
        if self.buffered < 0:
            raise TemplateLimit(
                f"模板在宏或 set 块里写出的文字超过 {_amount(MAX_BUFFERED_CHARS)}字，已停止："
                "可能有不会结束的循环。"
            )


# The budget of the render in progress; None outside a render (as when Jinja folds constants
# at compile time), where only sizes are checked.
_BUDGET: ContextVar[_Budget | None] = ContextVar("drafter_template_budget", default=None)


def _spend(steps: int = 1) -> None:
    budget = _BUDGET.get()
    if budget is not None:
        budget.spend(steps)


@lru_cache(maxsize=1)
def _namespace() -> type:
    from jinja2.utils import Namespace

    return Namespace


def _parts(value: Any) -> tuple[int, Iterable[Any]] | None:
    """How many parts a value prints from, and the parts, for measuring it; None for a value
    that is not a container."""
    if isinstance(value, list | tuple | set | frozenset):
        return len(value), value
    if isinstance(value, dict):
        return 2 * len(value), itertools.chain.from_iterable(value.items())
    fields = getattr(type(value), "__dataclass_fields__", None)  # the draft's dataclasses
    if fields is not None:
        return len(fields), (getattr(value, name) for name in fields)
    if isinstance(value, _namespace()):  # its attributes live in a private dict
        return 1, (object.__getattribute__(value, "_Namespace__attrs"),)
    return None


def _size(value: Any, depth: int = 0) -> int:
    """About how many characters `value` prints as. Containers, the draft's dataclasses and
    namespaces are looked into (their parts paid for as steps first), so `[s] * 1000` is not
    small."""
    if isinstance(value, str | bytes):
        return len(value)
    found = _parts(value) if depth < _MAX_DEPTH else None
    if found is None:
        return 1
    count, parts = found
    _spend(count)
    total = 2
    for part in parts:
        total += _size(part, depth + 1) + 2
        if total > MAX_VALUE_CHARS:
            break
    return total


def _too_big(size: int) -> TemplateLimit:
    return TemplateLimit(
        f"模板里的运算结果过大（约 {_amount(size)}字，上限 {_amount(MAX_VALUE_CHARS)}字）。"
    )


def _checked(value: Any) -> Any:
    """`value`, when it is not too large; making it is paid for, a step a hundred characters
    (so repeating big string work cannot run on for long)."""
    size = _size(value)
    if size > MAX_VALUE_CHARS:
        raise _too_big(size)
    _spend(size // 100)
    return value


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_sequence(value: Any) -> bool:
    return isinstance(value, str | bytes | list | tuple)


def _big_number() -> TemplateLimit:
    return TemplateLimit(f"模板里的数字过大（超过 {_amount(MAX_INT_BITS)}位二进制数）。")


def _check_binop(operator: str, left: Any, right: Any) -> None:
    """Refuse an operation whose result would be too large, before it is made."""
    if operator == "*":
        if _is_int(left) and _is_int(right):
            if left.bit_length() + right.bit_length() > MAX_INT_BITS:
                raise _big_number()
        elif _is_int(left) or _is_int(right):
            times, sequence = (left, right) if _is_int(left) else (right, left)
            if _is_sequence(sequence) and times > 0:
                size = _size(sequence) * times
                if size > MAX_VALUE_CHARS:
                    raise _too_big(size)
    elif operator == "**":
        growing = _is_int(left) and _is_int(right) and right > 0 and abs(left) > 1
        if growing and left.bit_length() * right > MAX_INT_BITS:
            raise _big_number()
    elif operator == "+":
        if _is_sequence(left) and _is_sequence(right):
            size = _size(left) + _size(right)
            if size > MAX_VALUE_CHARS:
                raise _too_big(size)
    elif operator == "%" and isinstance(left, str):
        _check_format(left)
        _check_arguments(right if isinstance(right, tuple) else (right,))


# Widths and precisions in %-formats (`%9999999d`) and in str.format fields (`{:>9999999}`);
# compiled when a template first formats (the shipped ones never do).
_PERCENT_SPEC = LazyPattern(r"%(?:\([^)]*\))?[-#0 +]*(\d*)(?:\.(\d*))?")
_FORMAT_FIELD = LazyPattern(r"\{[^{}]*?:([^{}]*)\}")
_DIGITS = LazyPattern(r"\d+")


def _check_format(text: str) -> None:
    """Refuse a format string that pads to more characters than a value may hold."""
    numbers = [n for m in _PERCENT_SPEC.finditer(text) for n in m.groups() if n]
    numbers += [n for m in _FORMAT_FIELD.finditer(text) for n in _DIGITS.findall(m.group(1))]
    limit = str(MAX_VALUE_CHARS)
    for number in numbers:
        if len(number) > len(limit) or int(number) > MAX_VALUE_CHARS:
            raise TemplateLimit(f"模板里的格式宽度 {number[:12]} 过大。")


def _check_arguments(arguments: Iterable[Any], target: Any = None) -> None:
    """Refuse a call or filter whose work could be too large: a width of millions, or a big
    value times a big argument (`s.replace('', s)`, `s|indent(n)`)."""
    factor = 1
    for value in arguments:
        if _is_int(value):
            if abs(value) > MAX_VALUE_CHARS:
                raise TemplateLimit(
                    f"模板里传给函数或过滤器的数字过大（上限 {_amount(MAX_VALUE_CHARS)}）。"
                )
            factor = max(factor, abs(value))
        else:
            factor = max(factor, _size(value))
    size = (_size(target) + 1) * factor
    if size > MAX_CALL_WORK:
        raise _too_big(size)


def _format_string(function: Any) -> str | None:
    """The format string when `function` is a str.format or str.format_map (the sandbox wraps
    them; the wrapper keeps the original as __wrapped__)."""
    function = getattr(function, "__wrapped__", function)
    owner = getattr(function, "__self__", None)
    name = getattr(function, "__name__", "")
    return owner if isinstance(owner, str) and name in ("format", "format_map") else None


def _bounded_filter(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """A filter that spends a step, refuses too large work and checks its result."""
    # Filters marked pass_context (or eval_context, environment) get that first.
    skip = 1 if getattr(function, "jinja_pass_arg", None) is not None else 0

    @wraps(function)  # keeps jinja_pass_arg, so Jinja passes the same arguments
    def bounded(*args: Any, **kwargs: Any) -> Any:
        _spend()
        value = args[skip] if len(args) > skip else None
        if name == "format" and isinstance(value, str):
            _check_format(value)
        _check_arguments([*args[skip + 1 :], *kwargs.values()], value)
        return _checked(function(*args, **kwargs))

    return bounded


def _iterate(context: Any, iterable: Any) -> Any:
    """A loop's iterable, its iterations paid for: all at once when it has a length (and it is
    then returned unchanged), one by one when it is a generator."""
    try:
        count = len(iterable)
    except TypeError:
        return _counted(iterable)
    _spend(count)
    return iterable


def _counted(iterable: Iterable[Any]) -> Iterator[Any]:
    for item in iterable:
        _spend()
        yield item


def _concat(context: Any, values: list[Any]) -> str:
    """`a ~ b`, with the size of the result checked before it is made."""
    from jinja2.runtime import markup_join, str_join

    size = sum(_size(value) for value in values)
    if size > MAX_VALUE_CHARS:
        raise _too_big(size)
    eval_ctx = context.eval_ctx
    join = markup_join if eval_ctx.autoescape or eval_ctx.volatile else str_join
    return _checked(join(values))


def _range(*args: int) -> range:
    """range(), paid for in steps and bounded as Jinja's sandbox bounds it."""
    numbers = range(*args)
    try:
        count = len(numbers)
    except OverflowError:  # longer than a machine integer
        count = MAX_RANGE + 1
    if count > MAX_RANGE:
        raise TemplateLimit(f"range() 最多生成 {_amount(MAX_RANGE)}个数。")
    _spend(count)
    return numbers


_TOO_NESTED = "模板嵌套过深（括号、过滤器或 if、for 等标签层层相套），无法编译。"


def _check_source(environment: Any, text: str, filename: str, *, ours: bool) -> None:
    """Refuse a template too big to compile promptly, and one more template to compile once
    the render's time is up. The shipped templates (`ours`) are a few hundred tokens each:
    they are not lexed to count them (most of a one-draft render's templating time)."""
    _spend(0)
    if ours:
        return
    for count, _token in enumerate(environment.lex(text, filename=filename), 1):
        if count > MAX_TEMPLATE_TOKENS:
            raise TemplateLimit(
                f"模板太长（超过 {_amount(MAX_TEMPLATE_TOKENS)}个记号），无法在限定时间内编译。",
                (filename, None),
            )


def _finalize(value: Any) -> str:
    """Every printed value: measured before it is turned into text (a list of big strings
    prints as one huge string), then escaped."""
    return escape(value if type(value) is str else _checked(value))


class _CountedBuffer(list):  # type: ignore[type-arg]
    """The buffer of a macro, call or `{% set %}` block, whose text is counted as it comes."""

    def append(self, item: Any) -> None:
        _write(len(item) if isinstance(item, str) else 0)
        super().append(item)

    def extend(self, items: Iterable[Any]) -> None:
        items = tuple(items)
        _write(sum(len(item) for item in items if isinstance(item, str)))
        super().extend(items)


def _write(count: int) -> None:
    budget = _BUDGET.get()
    if budget is not None:
        budget.write(count)


@lru_cache(maxsize=1)
def _bounded_classes() -> tuple[type, type]:
    """The bounded sandbox and its loader (made on first use: only `render` imports Jinja)."""
    from jinja2 import FileSystemLoader, TemplateNotFound, nodes, pass_context
    from jinja2.compiler import CodeGenerator
    from jinja2.loaders import split_template_path
    from jinja2.sandbox import ImmutableSandboxedEnvironment
    from jinja2.visitor import NodeTransformer

    from drafter.files import read_utf8

    class BoundedLoader(FileSystemLoader):
        """FileSystemLoader reading only regular files of a template's size, as UTF-8; `ours`
        for the shipped templates."""

        def __init__(self, searchpath: str, *, ours: bool = False) -> None:
            super().__init__(searchpath)
            self.ours = ours

        def get_source(self, environment: Any, template: str) -> tuple[str, str, Any]:
            pieces = split_template_path(template)
            for searchpath in self.searchpath:
                filename = posixpath.join(searchpath, *pieces)
                # exists, not isfile: a pipe or a folder in its place is reported, not skipped
                if os.path.exists(filename):
                    break
            else:
                raise TemplateNotFound(template)
            text = read_utf8(filename, limit=MAX_TEMPLATE_BYTES)
            text = text.replace("\r\n", "\n").replace("\r", "\n")  # as open() would
            _check_source(environment, text, filename, ours=self.ours)
            mtime = os.path.getmtime(filename)

            def uptodate() -> bool:
                try:
                    return os.path.getmtime(filename) == mtime
                except OSError:
                    return False

            return text, os.path.normpath(filename), uptodate

    class Bounds(NodeTransformer):
        """Loops pay for their iterations; `~` measures what it joins."""

        def __init__(self, environment: Any) -> None:
            self.environment = environment

        def visit_For(self, node: Any) -> Any:
            node = self.generic_visit(node)
            node.iter = self._filter(node.iter, _ITERATE)
            return node

        def visit_Concat(self, node: Any) -> Any:
            node = self.generic_visit(node)
            items = nodes.List(node.nodes, lineno=node.lineno)
            return self._filter(items.set_environment(self.environment), _CONCAT)

        def _filter(self, value: Any, name: str) -> Any:
            new = nodes.Filter(value, name, [], [], None, None, lineno=value.lineno)
            return new.set_environment(self.environment)

    class CountingCodeGenerator(CodeGenerator):
        def buffer(self, frame: Any) -> None:
            """Buffers (macros, call and set blocks) count their text."""
            frame.buffer = self.temporary_identifier()
            self.writeline(f"{frame.buffer} = environment.counted_buffer()")

    class BoundedEnvironment(ImmutableSandboxedEnvironment):
        code_generator_class = CountingCodeGenerator
        intercepted_binops = frozenset({"+", "*", "**", "%"})

        def __init__(self, **options: Any) -> None:
            super().__init__(**options)
            self.globals["range"] = _range
            self.globals.pop("lipsum", None)  # lorem ipsum by the million paragraphs
            self.filters = {name: _bounded_filter(name, f) for name, f in self.filters.items()}
            # pass_context: Jinja must not run these at compile time on constant loops.
            self.filters[_ITERATE] = pass_context(_iterate)
            self.filters[_CONCAT] = pass_context(_concat)

        def _generate(self, source: Any, name: Any, filename: Any, defer_init: bool = False) -> str:
            return super()._generate(Bounds(self).visit(source), name, filename, defer_init)

        def compile(
            self, source: Any, name: Any = None, filename: Any = None, *args: Any, **kwargs: Any
        ) -> Any:
            try:
                return super().compile(source, name, filename, *args, **kwargs)
            except (RecursionError, SyntaxError, MemoryError):
                # Python's own limits on nesting, met by the code Jinja writes.
                raise TemplateLimit(_TOO_NESTED, (filename, None)) from None

        def counted_buffer(self) -> list[Any]:
            return _CountedBuffer()

        def call(self, context: Any, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
            _spend()
            text = _format_string(obj)
            if text is not None:
                _check_format(text)
            target = getattr(getattr(obj, "__wrapped__", obj), "__self__", obj)
            _check_arguments([*args, *kwargs.values()], target)
            return _checked(super().call(context, obj, *args, **kwargs))

        def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
            _spend()
            _check_binop(operator, left, right)
            return _checked(super().call_binop(context, operator, left, right))

        def getattr(self, obj: Any, attribute: str) -> Any:
            _spend()
            return super().getattr(obj, attribute)

        def getitem(self, obj: Any, argument: Any) -> Any:
            _spend()
            return super().getitem(obj, argument)

    return BoundedEnvironment, BoundedLoader


def _bytecode_cache() -> Any:
    """Compiled templates kept in the user's cache folder, so a process starts without
    compiling them (most of a one-draft run's time otherwise). Jinja keys each entry by the
    template's source and its own and Python's versions; the folder's name adds this module's
    source, whose bounds are compiled into the code. None without a cache folder."""
    import hashlib

    from jinja2 import FileSystemBytecodeCache

    from drafter.cachedir import cache_folder

    folder = cache_folder()
    if folder is None:
        return None
    bounds = hashlib.sha1(Path(__file__).read_bytes()).hexdigest()[:12]
    directory = folder / f"templates-{bounds}"
    try:
        directory.mkdir(mode=0o700, exist_ok=True)
    except OSError:
        return None

    class QuietCache(FileSystemBytecodeCache):
        def load_bytecode(self, bucket: Any) -> None:
            # A damaged cache file (Jinja reads its header with pickle, which a cut file makes
            # raise) means compiling again, never a failed draft.
            try:
                super().load_bytecode(bucket)
            except Exception:  # whatever the file holds
                bucket.reset()

        def dump_bytecode(self, bucket: Any) -> None:
            # A full disk or a read-only cache costs only the time.
            with contextlib.suppress(OSError):
                super().dump_bytecode(bucket)

    return QuietCache(str(directory))


@lru_cache(maxsize=8)
def _environment(templates: Path | None) -> Any:
    """One sandboxed environment per template folder: templates compile once per process."""
    from jinja2 import ChoiceLoader, StrictUndefined

    environment_class, loader_class = _bounded_classes()
    loaders = [loader_class(str(shipped_templates()), ours=True)]
    if templates is not None:
        loaders.insert(0, loader_class(str(templates)))
    return environment_class(
        loader=ChoiceLoader(loaders),
        undefined=StrictUndefined,
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
        bytecode_cache=_bytecode_cache(),
    )


def _traced(error: BaseException) -> tuple[str | None, int | None]:
    """The template file and line an error was raised at: Jinja rewrites a traceback so that
    frames of template code name the template and its line. The innermost is kept, but for
    endless recursion the outermost: the line that set it off, not where it gave out."""
    where: tuple[str | None, int | None] = (None, None)
    trace = error.__traceback__
    while trace is not None:
        if "__jinja_exception__" in trace.tb_frame.f_globals:
            where = (trace.tb_frame.f_code.co_filename, trace.tb_lineno)
            if isinstance(error, RecursionError):
                break
        trace = trace.tb_next
    return where


def _suspended_at(stream: Any) -> tuple[str | None, int | None]:
    """The template line a paused render is at, following the generators it yields from."""
    where: tuple[str | None, int | None] = (None, None)
    while stream is not None:
        frame = getattr(stream, "gi_frame", None)
        template = frame.f_globals.get("__jinja_template__") if frame is not None else None
        if template is not None:
            where = (template.filename, template.get_corresponding_lineno(frame.f_lineno))
        stream = getattr(stream, "gi_yieldfrom", None)
    return where


def _collect(stream: Iterator[str]) -> str:
    chunks, size = [], 0
    for chunk in stream:
        size += len(chunk)
        if size > MAX_OUTPUT_CHARS:
            raise TemplateLimit(
                f"模板生成的文稿超过 {_amount(MAX_OUTPUT_CHARS)}字，已停止：可能有不会结束的循环。",
                _suspended_at(stream),
            )
        chunks.append(chunk)
    return "".join(chunks)


def _render_bounded(
    environment: Any, name: str, draft: Draft, budget: _Budget | None
) -> str:
    """Load and render a template within `budget` (None: sizes are still checked), gathering
    the output as it comes so that it can be cut off."""
    token = _BUDGET.set(budget)
    try:
        stream = environment.get_template(name).generate(draft=draft)
        try:
            return _collect(stream)
        finally:
            stream.close()
    finally:
        _BUDGET.reset(token)


def _template_error(error: Exception, templates: Path | None, name: str) -> UserError | None:
    """What went wrong in a template, in the writer's words and located; None for a fault
    that is ours (a Python error in the shipped templates)."""
    from jinja2 import TemplateError, TemplateNotFound, TemplateSyntaxError

    file, line = _traced(error)
    if isinstance(error, TemplateLimit) and error.where[0]:  # found while the render paused
        file, line = error.where
    if isinstance(error, TemplateSyntaxError):
        file, line = error.filename or file, error.lineno
    from jinja2 import UndefinedError
    from jinja2.exceptions import SecurityError

    if isinstance(error, TemplateNotFound):
        message = f"找不到模板“{error.name}”。"
    elif isinstance(error, UndefinedError):
        undefined = re.search(r"'([^']+)' is undefined|has no attribute '([^']+)'", str(error))
        what = next((g for g in undefined.groups() if g), "") if undefined else ""
        message = f"模板里用到了不存在的名字“{what}”：可用的只有 draft 及其各项。"
    elif isinstance(error, SecurityError):
        message = "模板访问了不允许访问的内容（以下划线开头的属性、内部对象等）。"
    elif isinstance(error, TemplateSyntaxError):
        message = "模板语法错误：检查这一行的 {{ }}、{% %} 是否成对，标签是否写全。"
    elif isinstance(error, TemplateError):
        message = "模板出错：检查这一行用到的变量、过滤器和标签。"
    elif isinstance(error, TemplateLimit):
        message = error.message
    elif isinstance(error, RecursionError):
        message = (
            "模板递归过深，已停止：宏、recursive 循环或 include、extends、import "
            "在调用自身，没有尽头。"
        )
    elif isinstance(error, MemoryError):
        message = "模板运行时内存不足，已停止：某个运算的结果过大。"
    elif templates is not None and isinstance(error, Exception):
        # Python's own message is English and about Python; the kind of slip is enough.
        kinds = {
            ArithmeticError: "算术出错（如除以零、数字过大）",
            LookupError: "取不存在的项或下标",
            TypeError: "把不相容的东西放在一起运算或调用",
            ValueError: "数值不合用（如超长的数字或无法转换的文字）",
            AttributeError: "取不存在的属性",
        }
        kinds_of = (text for cls, text in kinds.items() if isinstance(error, cls))
        kind = next(kinds_of, "有无法完成的运算")
        message = f"模板运行出错：{kind}。"
    else:
        return None
    default = templates / name if templates is not None else name
    return UserError(message, file=file or default, line=line, hint=_HINT)


def render_markdown(draft: Draft, templates: Path | None = None) -> str:
    """Render a Draft with the template for its form, within the bounds of a render."""
    if templates is not None and not templates.is_dir():
        raise UserError("模板目录不存在。", file=templates)
    name = f"{draft.form}.md.j2"
    try:
        # Only the user's templates need a budget; the shipped ones are ours, and never stop
        # on a slow machine.
        budget = _Budget() if templates is not None else None
        text = _render_bounded(_environment(templates), name, draft, budget)
    except UserError:
        raise  # a template file drafter could not read
    except Exception as error:
        located = _template_error(error, templates, name)
        if located is None:
            raise
        raise located from None
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
