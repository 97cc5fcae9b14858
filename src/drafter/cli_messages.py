"""What the command line says around drafter's own messages: help pages, usage errors, the
command to run next, and writing results to standard output.

typer's vendored click writes its help and usage errors in English with hard-coded strings
(`Usage:`, `Missing argument`, `Show this message and exit.`, type placeholders such as
`<list[Path]>`); only a few go through gettext. So drafter formats help pages itself (the
command classes below) and turns click's usage errors into Chinese sentences (`explain`),
with the placeholders a writer understands (文件, 目录, 文字, 数字).
"""

from __future__ import annotations

import inspect
import os
import re
import shlex
import shutil
import sys
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup

from drafter.errors import UserError
from drafter.text.lazy import LazyPattern

HELP_OPTION_HELP = "显示本说明并退出。"
OPTIONS_METAVAR = "[选项]"
SUBCOMMAND_METAVAR = "命令 [参数]…"
COMMANDS = ("clean", "parse", "analyze", "new", "validate", "facts-schema", "render", "serve")


# ---- The command to run next -------------------------------------------------------------


@cache
def program() -> str:
    """How to start this drafter again from the same shell: `drafter` when that name finds this
    program, else the path it was started by; `python -m drafter` when run as a module."""
    main = sys.modules.get("__main__")
    if getattr(main, "__package__", None) == "drafter":
        return f"{_interpreter()} -m drafter"
    return _script(sys.argv[0] if sys.argv else "")


def _interpreter() -> str:
    typed = (getattr(sys, "orig_argv", None) or [sys.executable])[0] or sys.executable
    if not os.path.dirname(typed):  # found on PATH when started, so it is found again
        return quote(typed)
    python = shutil.which("python")
    if python and _same_path(python, sys.executable):
        return "python"
    return quote(typed)


def _script(started_as: str) -> str:
    spellings = [started_as, f"{started_as}.exe"] if os.name == "nt" else [started_as]
    started = [s for s in spellings if s and os.path.isfile(s)]
    if not started:  # embedded, or `python -c`: no file to name
        return "drafter"
    found = shutil.which("drafter")
    if found and any(_same_file(found, s) for s in started):
        return "drafter"
    return quote(started_as)


def _same_path(a: str, b: str) -> bool:
    # Not resolving links: a virtual environment's python is a link to the system's, but only
    # started by its own path does it see the environment's packages.
    return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


# Characters a shell would read as something else; on POSIX also the backslash, which on
# Windows separates folders.
_SHELL_SPECIAL = re.compile(
    r"""[\s"'$`&|;<>()*?\[\]{}!#~^%]""" + ("" if os.name == "nt" else r"|\\")
)


def quote(word: str | Path) -> str:
    """`word` as a shell reads it back: unchanged when it can be, quoted when it must be."""
    text = str(word)
    if text and not _SHELL_SPECIAL.search(text):
        return text
    return f'"{text}"' if os.name == "nt" else shlex.quote(text)


def command(*words: str | Path) -> str:
    """A drafter command line to suggest, e.g. command("render", path)."""
    return " ".join([program(), *map(quote, words)])


_SUGGESTED = re.compile(r"(?<![\w./\\-])drafter(?= (?:" + "|".join(COMMANDS) + r")(?![\w-]))")


def runnable(text: str) -> str:
    """`text` with every `drafter <command>` it suggests spelled as this drafter is started."""
    name = program()
    return text if name == "drafter" else _SUGGESTED.sub(lambda _: name, text)


# ---- Standard output ---------------------------------------------------------------------


def write_stdout(text: str) -> None:
    """Write a result to standard output now. A reader that closed the pipe (`| head`) ends
    the run quietly; an output that cannot be written (`> /dev/full`) is a user error."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        _discard_stdout()
        raise SystemExit(141) from None  # as if killed by SIGPIPE, like other Unix tools
    except OSError as error:
        from drafter.files import os_reason  # files imports tempfile: only when needed

        _discard_stdout()
        raise UserError(
            f"无法写出结果：{os_reason(error)}。",
            hint="标准输出被重定向到了写不进去的地方；请检查那个文件或设备（例如磁盘是否已满）。",
        ) from None


def _discard_stdout() -> None:
    # What is still buffered would fail again when Python flushes at exit, with an English
    # "Exception ignored" message; send it nowhere instead.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


# ---- Help pages --------------------------------------------------------------------------


def _argument_name(param: Any) -> str:
    name = param.metavar or param.name or "参数"
    return f"{name}…" if param.nargs != 1 else name


def _argument_usage(param: Any) -> str:
    name = _argument_name(param)
    return name if param.required else f"[{name}]"


def _option_names(param: Any) -> str:
    names = sorted([*param.opts, *param.secondary_opts], key=lambda o: len(o) - len(o.lstrip("-")))
    return ", ".join(names)


def _number_range(param: Any) -> str | None:
    low, high = getattr(param, "min", None), getattr(param, "max", None)
    if low is not None and high is not None:
        return f"{low} 到 {high}"
    if low is not None:
        return f"至少 {low}"
    return f"至多 {high}" if high is not None else None


def _with_notes(help_text: str, notes: list[str]) -> str:
    return f"{help_text}（{'；'.join(notes)}）" if notes else help_text


def _option_row(param: Any) -> tuple[str, str]:
    names = _option_names(param)
    if not param.is_flag and not param.count:
        names += f" {param.metavar or '值'}"
    notes = []
    default = param.default
    shown = param.show_default and not param.is_flag and not callable(default)
    if shown and default not in (None, (), []):
        notes.append(f"默认：{default}")
    span = _number_range(param)
    if span:
        notes.append(span)
    if param.required:
        notes.append("必填")
    return names, _with_notes(param.help or "", notes)


def _argument_row(param: Any) -> tuple[str, str]:
    notes = ["必填"] if param.required else []
    return _argument_name(param), _with_notes(param.help or "", notes)


def _width(text: str) -> int:
    """Columns `text` takes in a terminal: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


# Units a line may break between: a run of Latin letters or digits stays whole.
_UNITS = re.compile(r"[A-Za-z0-9_.:/=@+-]+|\s+|.")
_NO_LINE_START = set("，。、；：？！）》」』”’…,;:!?)]")
_NO_LINE_END = set("（《「『“‘([")


def _wrap(text: str, width: int) -> list[str]:
    """`text` in lines of at most `width` columns, breaking between Chinese characters, never
    inside a Latin word, before closing punctuation or after opening punctuation."""
    lines, line = [], ""
    for unit in _UNITS.findall(text):
        fits = _width(line) + _width(unit) <= width
        if line and not fits and unit[0] not in _NO_LINE_START and not unit.isspace():
            carried = ""
            while line and line[-1] in _NO_LINE_END:
                line, carried = line[:-1], line[-1] + carried
            lines.append(line.rstrip())
            line = carried
        if line or not unit.isspace():
            line += unit
    return [*lines, line.rstrip()] if line.strip() else lines


def _section(formatter: Any, heading: str, rows: list[tuple[str, str]]) -> None:
    """A titled two-column list, aligned by what the terminal shows rather than by characters
    (click's own table counts a Chinese placeholder as half its width)."""
    if not rows:
        return
    formatter.write_paragraph()
    formatter.write(f"{heading}：\n")
    indent = " " * (formatter.current_indent + formatter.indent_increment)
    first = min(max(_width(name) for name, _ in rows), 30) + 2
    room = max(formatter.width - len(indent) - first, 20)
    for name, text in rows:
        lines = _wrap(text, room) or [""]
        if _width(name) + 2 > first:  # a long name gets its text on the lines below it
            formatter.write(f"{indent}{name}\n")
            lines = [f"{' ' * first}{line}" for line in lines]
        else:
            lines = [f"{name}{' ' * (first - _width(name))}{lines[0]}"] + [
                f"{' ' * first}{line}" for line in lines[1:]
            ]
        formatter.write("".join(f"{indent}{line}".rstrip() + "\n" for line in lines))


def _show_help(ctx: Any, param: Any, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        write_stdout(ctx.get_help() + "\n")
        ctx.exit()


class _ChineseHelp:
    """Help pages in Chinese: 用法, 参数, 选项, 命令, with drafter's own placeholders."""

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        pieces = self.collect_usage_pieces(ctx)
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix="用法：")

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        params = self.get_params(ctx)
        pieces += [_argument_usage(p) for p in params if p.param_type_name == "argument"]
        subcommands = getattr(self, "subcommand_metavar", None)
        return [*pieces, subcommands] if subcommands else pieces

    def format_help_text(self, ctx: Any, formatter: Any) -> None:
        text = inspect.cleandoc(self.help or "").partition("\f")[0]
        indent = " " * (formatter.current_indent + formatter.indent_increment)
        room = max(formatter.width - len(indent), 20)
        for paragraph in text.split("\n\n"):
            formatter.write_paragraph()
            lines = _wrap(" ".join(paragraph.split("\n")), room)
            formatter.write("".join(f"{indent}{line}\n" for line in lines))

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except _click_exceptions().UsageError as error:
            if error.ctx is None:  # the option parser raises without one: add it for the usage
                error.ctx, error.cmd = ctx, ctx.command
            raise

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = HELP_OPTION_HELP
            option.callback = _show_help  # writes through write_stdout: `> /dev/full` is handled
        return option

    def format_options(self, ctx: Any, formatter: Any) -> None:
        params = [p for p in self.get_params(ctx) if not getattr(p, "hidden", False)]
        arguments = [p for p in params if p.param_type_name == "argument"]
        options = [p for p in params if p.param_type_name == "option"]
        _section(formatter, "参数", [_argument_row(p) for p in arguments])
        _section(formatter, "选项", [_option_row(p) for p in options])
        if isinstance(self, TyperGroup):
            _section(formatter, "命令", _command_rows(self, ctx))


def _command_rows(group: TyperGroup, ctx: Any) -> list[tuple[str, str]]:
    rows = []
    for name in group.list_commands(ctx):
        sub = group.get_command(ctx, name)
        if sub is not None and not sub.hidden:
            lines = (sub.short_help or sub.help or "").strip().splitlines()
            rows.append((name, lines[0] if lines else ""))
    return rows


class ChineseGroup(_ChineseHelp, TyperGroup):
    """The `drafter` group, with Chinese help."""


class ChineseCommand(_ChineseHelp, TyperCommand):
    """A drafter subcommand, with Chinese help."""


# ---- Usage errors ------------------------------------------------------------------------


def _click_exceptions() -> Any:
    try:  # typer 0.2x vendors click
        from typer._click import exceptions
    except ImportError:  # older typer uses click itself
        from click import exceptions
    return exceptions


def _who(param: Any) -> str:
    """The parameter as a sentence names it; an option name is set off by spaces."""
    if param is None:
        return "参数"
    if param.param_type_name == "option":
        return f"选项 {_option_names(param)} "
    return f"参数“{_argument_name(param)}”"


# click's reasons for a value (as typer below 0.29 raises them), in the writer's words. These
# patterns and the usage messages' below are compiled when an error first needs them.
_VALUE_REASONS = (
    (LazyPattern(r"^'(?P<given>.*)' is not a valid int(?:eger)?(?: range)?\."), "应是整数"),
    (LazyPattern(r"^'(?P<given>.*)' is not a valid float(?: range)?\."), "应是数字"),
    (LazyPattern(r"^'(?P<given>.*)' is not a valid boolean\."), "应是 true 或 false"),
)
_RANGE = LazyPattern(r"^(?P<given>.*) is not in the range (?P<range>\S+?)\.?$")
_BOUNDS = (
    (LazyPattern(r"x>=([-\d.]+)|([-\d.]+)<=x"), "应不小于 {}"),
    (LazyPattern(r"x>([-\d.]+)|([-\d.]+)<x"), "应大于 {}"),
    (LazyPattern(r"x<=([-\d.]+)"), "应不大于 {}"),
    (LazyPattern(r"x<([-\d.]+)"), "应小于 {}"),
)
# typer's own reasons for paths and lists.
_PATH_REASONS = (
    (LazyPattern(r"is not readable"), "无法读取"),
    (LazyPattern(r"is not writable"), "无法写入"),
    (LazyPattern(r"does not exist"), "不存在"),
    (LazyPattern(r"is a directory"), "这是一个目录，这里要的是文件"),
    (LazyPattern(r"is a file"), "这是一个文件，这里要的是目录"),
    (LazyPattern(r"must be an iterable"), "应给一个或多个值"),
)


def _value_reason(error: Any) -> str:
    message = error.message or ""
    for pattern, reason in _VALUE_REASONS:
        if found := pattern.match(message):
            return f"“{found['given']}”{reason}"
    if found := _RANGE.match(message):
        bounds = [
            template.format(limit[1] or limit[2])
            for pattern, template in _BOUNDS
            for limit in pattern.finditer(found["range"])
        ]
        if bounds:
            return f"“{found['given']}”{'、'.join(bounds)}"
    for pattern, reason in _PATH_REASONS:
        if pattern.search(message):
            names = _quoted_names(message)
            return f"“{names[0]}”{reason}" if names else reason
    return "取值无效"


def _option_misuse(error: Any) -> str:
    name = error.option_name
    wanted = re.search(r"requires (an argument|(\d+) arguments)", error.message)
    if wanted:
        count = f" {wanted.group(2)} " if wanted.group(2) else "一"
        return f"选项 {name} 后面要跟{count}个值。"
    if "does not take a value" in error.message:
        return f"选项 {name} 不带值。"
    return f"选项 {name} 的用法不对。"


def _quoted_names(text: str) -> list[str]:
    return [a or b for a, b in re.findall(r"'([^']*)'|\"([^\"]*)\"", text)]


# Messages click raises as plain usage errors, with their Chinese form.
_USAGE_MESSAGES = (
    (
        LazyPattern(r"^No such command (?P<name>'.*'|\".*\")\.(?: Did you mean (?P<like>.*)\?)?$"),
        lambda m: (
            f"没有“{_quoted_names(m['name'])[0]}”这个命令。"
            + (f"是不是要用 {'、'.join(_quoted_names(m['like']))}？" if m["like"] else "")
        ),
    ),
    (LazyPattern(r"^Missing command\.?$"), lambda m: "缺少命令。"),
    (
        LazyPattern(r"^Got unexpected extra argument(?:s|\(s\))? \((?P<extra>.*)\)$", re.S),
        lambda m: f"多给了参数：{m['extra']}。",
    ),
    (
        LazyPattern(r"^Argument '(?P<name>.*)' takes (?P<count>\d+) values\.$"),
        lambda m: f"参数“{m['name']}”要给 {m['count']} 个值。",
    ),
)


def _translate(error: Any) -> str:
    exceptions = _click_exceptions()
    if isinstance(error, exceptions.MissingParameter):
        param = error.param
        if param is not None and param.param_type_name == "option":
            return f"缺少必填的{_who(param).rstrip()}。"
        return f"缺少{_who(param)}。"
    if isinstance(error, exceptions.BadParameter):
        return f"{_who(error.param)}的值不对：{_value_reason(error)}。"
    if isinstance(error, exceptions.NoSuchOption):
        guess = sorted(error.possibilities or ())
        return f"没有 {error.option_name} 这个选项。" + (
            f"是不是要用 {'、'.join(guess)}？" if guess else ""
        )
    if isinstance(error, exceptions.BadOptionUsage):
        return _option_misuse(error)
    message = error.format_message()
    for pattern, say in _USAGE_MESSAGES:
        found = pattern.match(message)
        if found:
            return say(found)
    return f"命令行有误：{message}"


def is_help_for_no_arguments(error: Exception) -> bool:
    return isinstance(error, _click_exceptions().NoArgsIsHelpError)


def explain(error: typer.TyperException) -> str:
    """A click usage error as drafter says it: the usage line, what is wrong, where to look."""
    ctx = getattr(error, "ctx", None)
    if is_help_for_no_arguments(error) and ctx is not None:
        return ctx.get_help()
    where = ctx.command_path if ctx is not None else program()
    lines = [ctx.get_usage()] if ctx is not None else []
    lines += [f"错误：{_translate(error)}", f"  提示：运行 {where} --help 查看说明。"]
    return "\n".join(lines)
