"""The `drafter` command: a thin layer that parses arguments, calls the library, prints.

User errors (drafter.errors.UserError) and usage errors become a Chinese message and exit
code 2; Ctrl-C, SIGTERM and SIGHUP end the run cleanly (「已中断」); any other exception is a
bug and exits with code 1. Help pages and usage errors are worded in cli_messages.

Annotations here are evaluated when the module loads (no `from __future__ import annotations`):
typer reads every command's parameters on each run, twice, and would compile each annotation
written as a string anew every time.
"""

import contextlib
import gc
import os
import re
import signal
import sys
import types
from pathlib import Path
from typing import Annotated, Any

import typer

from drafter import __version__
from drafter.cli_messages import (
    OPTIONS_METAVAR,
    SUBCOMMAND_METAVAR,
    ChineseCommand,
    ChineseGroup,
    command,
    explain,
    program,
    runnable,
    write_stdout,
)
from drafter.errors import DrafterError, UserError
from drafter.vocabulary import FORM_LABELS, FORMS

app = typer.Typer(
    cls=ChineseGroup,
    help="drafter：从范文语料学习文章结构，用本地区的事实起草同类文章。",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    options_metavar=OPTIONS_METAVAR,
    subcommand_metavar=SUBCOMMAND_METAVAR,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _say(message: str) -> None:
    typer.echo(message, err=True)


def _report(problem: UserError | str) -> None:
    """A user error as the user reads it, its suggested commands runnable as typed."""
    _say(runnable(str(problem)))


def _version(value: bool) -> None:
    if value:
        write_stdout(f"drafter {__version__}\n")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="显示版本号并退出。")
    ] = False,
) -> None:
    """drafter：从范文语料学习文章结构，用本地区的事实起草同类文章。"""


_Jobs = Annotated[
    int | None,
    typer.Option(
        "--jobs",
        "-j",
        min=1,
        metavar="数字",
        help="并行进程数（默认：处理器有几个核就用几个）。",
    ),
]


@app.command("clean", cls=ChineseCommand)
def clean_command(
    files: Annotated[
        list[Path],
        typer.Argument(metavar="文件", help="要清洗的文章（.txt，任意编码）或目录。"),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "-o", "--output", metavar="目录", help="输出目录：每篇文章写一个清洗后的文件。"
        ),
    ] = None,
    report: Annotated[bool, typer.Option("--report", help="逐条列出修复和未能修复之处。")] = False,
    force: Annotated[bool, typer.Option("--force", help="允许覆盖已存在的输出文件。")] = False,
) -> None:
    """清洗抓取的文章：修复乱码、去拼音、繁转简、规范标点、删网页杂项。

    只给一个文件时，清洗结果打印到标准输出；修复摘要写到标准错误。
    """
    from drafter.clean import article_files, clean_file
    from drafter.files import distinct_files, refuse_shared_targets, write_atomic

    paths = distinct_files(article_files(files))
    if not paths:
        raise UserError("没有找到要清洗的 .txt 文件。", hint="给出文件，或含 .txt 文件的目录。")
    if len(paths) > 1 and output is None:
        raise UserError(
            f"给了 {len(paths)} 篇文章，但没有指定输出目录。",
            hint=f"加 -o 目录，例如：{command('clean', '语料/', '-o', '清洗结果/')}",
        )
    if output is not None:
        refuse_shared_targets((path, output / path.name) for path in paths)
    failures = 0
    for path in paths:
        try:
            result = clean_file(path)
            if output is None:
                write_stdout(result.text)
            else:
                write_atomic(output / path.name, result.text, force=force)
        except UserError as error:
            failures += 1
            _report(error)
            continue
        _say(f"{path}：{result.summary()}")
        if report:
            _say(result.table())
        for removed in result.removed:
            if report or not removed.obvious:  # plain furniture is only counted
                _say(removed.describe(str(path)))
        for item in result.unrepaired:
            _say(f"{path}:{item.line}:{item.column}：{item.reason}：{item.text}")
    if failures:
        raise typer.Exit(2)


@app.command("parse", cls=ChineseCommand)
def parse_command(
    file: Annotated[Path, typer.Argument(metavar="文件", help="要解析的文章（.txt，任意编码）。")],
    as_json: Annotated[
        bool, typer.Option("--json", help="输出 Article JSON（供程序使用）。")
    ] = False,
) -> None:
    """解析一篇文章的结构：标题、题记、电头、导语、各级标题、一是二是、结尾、署名。"""
    import json

    from drafter.parse import parse_file

    article = parse_file(file)
    if as_json:
        write_stdout(json.dumps(article.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        write_stdout(article.outline() + "\n")


@app.command("analyze", cls=ChineseCommand)
def analyze_command(
    corpus: Annotated[
        Path,
        typer.Argument(metavar="目录", help="范文语料目录（.txt 文章，任意编码，含子目录）。"),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "-o", "--output", metavar="文件", help="写出 schema 的 YAML 文件；不给则打印到屏幕。"
        ),
    ] = None,
    jobs: _Jobs = None,
    force: Annotated[bool, typer.Option("--force", help="允许覆盖已存在的输出文件。")] = False,
) -> None:
    """从范文语料归纳文章结构（schema）：文体、标题句式、主题标题、导语和结尾框架、署名、常用语。"""
    from drafter.analyze import analyze_corpus, corpus_files
    from drafter.analyze.summary import summary
    from drafter.files import write_atomic

    if output is not None and os.path.lexists(output) and not force:
        from drafter.errors import OverwriteRefused

        raise OverwriteRefused(output)  # now, not after minutes of analysis
    total = len(corpus_files(corpus))
    with typer.progressbar(
        length=total,
        label="分析语料",
        file=sys.stderr,
        hidden=total < 50 or not sys.stderr.isatty(),
    ) as bar:
        analysis = analyze_corpus(corpus, jobs=jobs, progress=bar.update)
    _say(summary(analysis))
    if output is None:
        write_stdout(analysis.schema.to_yaml())
    else:
        write_atomic(output, analysis.schema.to_yaml(), force=force)
        _say(f"已写出 {output}")


_FORM_HELP = "文体：" + "、".join(f"{form}（{FORM_LABELS[form]}）" for form in FORMS) + "。"


@app.command("new", cls=ChineseCommand)
def new_command(
    region: Annotated[
        str, typer.Option("--region", metavar="地区名", help="本地区名称，例：船营区。")
    ],
    form: Annotated[str, typer.Option("--form", metavar="文体", help=_FORM_HELP)] = "experience",
    schema: Annotated[
        Path | None,
        typer.Option("--schema", metavar="文件", help="schema 文件（默认用内置范文归纳的）。"),
    ] = None,
    topics: Annotated[
        str | None,
        typer.Option(
            "--topics", metavar="主题", help="各部分主题，用逗号分隔，例：组织,人才,产业。"
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", metavar="文件", help="输出文件（默认：地区名.yaml）。"),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="允许覆盖已存在的文件。")] = False,
) -> None:
    """生成一份待填写的事实表（YAML，带中文说明和范文示例）。"""
    from drafter.errors import OverwriteRefused
    from drafter.facts.scaffold import (
        JSON_SCHEMA_NAME,
        check_region,
        check_topics,
        default_topics,
        scaffold,
    )
    from drafter.files import write_atomic
    from drafter.schema import load_schema

    if form not in FORMS:
        raise UserError(f"不认识的文体“{form}”。", hint=f"可选：{'、'.join(FORMS)}。")
    region = check_region(region)
    chosen = check_topics(re.split("[,，、]", topics or ""))
    loaded = load_schema(schema)
    target = output or Path(f"{region}.yaml")
    next_steps = (command("validate", target), command("render", target))
    text = scaffold(region, form, loaded, chosen or default_topics(loaded, form), next_steps)
    write_atomic(target, text, force=force)
    _say(f"已生成事实表 {target}：请填写后运行 {next_steps[0]}")
    json_schema = target.parent / JSON_SCHEMA_NAME
    try:
        write_atomic(json_schema, _facts_json_schema())
    except OverwriteRefused:
        return  # one is there already (maybe the user's own): keep it
    _say(f"已写出 {json_schema}（供编辑器提示和检查用）")


@app.command("validate", cls=ChineseCommand)
def validate_command(
    facts: Annotated[list[Path], typer.Argument(metavar="文件", help="要检查的事实表（.yaml）。")],
) -> None:
    """检查事实表：一次列出所有问题（文件:行:列），或告诉你可以生成了。"""
    from drafter.facts.load import load_fact_sheet

    not_ready = 0
    for path in facts:
        try:
            loaded = load_fact_sheet(path)
        except UserError as error:
            not_ready += 1
            _report(error)
            continue
        if note := loaded.encoding_note():
            _say(note)
        for warning in loaded.unprinted():
            _say("提醒：" + warning.render(path))
        missing = loaded.incomplete()
        if missing:
            not_ready += 1
            _say(f"{path}：还没填完，需要填写：")
            _say("\n".join("  " + p.render(path) for p in missing))
        else:
            _say(f"{path}：检查通过，可以生成（{command('render', path)}）")
    if not_ready:
        raise typer.Exit(2)


@app.command("facts-schema", cls=ChineseCommand)
def facts_schema_command(
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", metavar="文件", help="输出文件；不给则打印到屏幕。"),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="允许覆盖已存在的文件。")] = False,
) -> None:
    """写出事实表的 JSON Schema（facts.schema.json），供 VS Code 等编辑器自动补全和检查。"""
    from drafter.files import write_atomic

    if output is None:
        write_stdout(_facts_json_schema())
    else:
        write_atomic(output, _facts_json_schema(), force=force)
        _say(f"已写出 {output}")


def _facts_json_schema() -> str:
    import json

    from drafter.facts import FactSheet

    return json.dumps(FactSheet.model_json_schema(), ensure_ascii=False, indent=2) + "\n"


@app.command("render", cls=ChineseCommand)
def render_command(
    facts: Annotated[
        list[Path],
        typer.Argument(metavar="文件", help="填好的事实表（.yaml），或含事实表的目录。"),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            metavar="文件或目录",
            help="输出文件（一份事实表时）或目录（多份时）；默认放在事实表旁边。",
        ),
    ] = None,
    output_format: Annotated[
        str, typer.Option("--format", metavar="格式", help="docx 或 md。")
    ] = "docx",
    variant: Annotated[
        str,
        typer.Option(
            "--variant", metavar="字形", help="字形：zh-Hans（简体）、zh-Hant、zh-TW、zh-HK。"
        ),
    ] = "zh-Hans",
    fonts: Annotated[
        str,
        typer.Option(
            "--fonts",
            metavar="字体方案",
            help="字体方案：gb2312（仿宋_GB2312 等）或 windows（仿宋、楷体等）。",
        ),
    ] = "gb2312",
    reference_docx: Annotated[
        Path | None,
        typer.Option(
            "--reference-docx", metavar="文件", help="参考文档：沿用其中的样式和页面设置。"
        ),
    ] = None,
    schema: Annotated[
        Path | None,
        typer.Option("--schema", metavar="文件", help="schema 文件（默认用内置范文归纳的）。"),
    ] = None,
    templates: Annotated[
        Path | None,
        typer.Option("--templates", metavar="目录", help="自定义模板目录（可只放要改的模板）。"),
    ] = None,
    jobs: _Jobs = None,
    force: Annotated[bool, typer.Option("--force", help="允许覆盖已存在的输出文件。")] = False,
) -> None:
    """按事实表起草文稿：生成 DOCX（公文格式）或 Markdown。"""
    from drafter.files import distinct_files, refuse_shared_targets
    from drafter.render import RenderOptions, fact_sheet_paths, render_files, target_path
    from drafter.schema import load_schema

    if output_format not in ("docx", "md"):
        raise UserError(f"不认识的格式“{output_format}”。", hint="可选：docx、md。")
    if reference_docx is not None and not reference_docx.exists():
        raise UserError("参考文档不存在。", file=reference_docx)
    sheets = distinct_files(fact_sheet_paths(facts))
    targets = [target_path(sheet, output, len(sheets), output_format) for sheet in sheets]
    pairs = list(zip(sheets, targets, strict=True))
    refuse_shared_targets(pairs)
    options = RenderOptions(output_format, variant, fonts, reference_docx, templates)
    drafted = render_files(
        pairs, load_schema(schema), options, force=force, jobs=jobs or os.cpu_count() or 1
    )
    failures = 0
    with typer.progressbar(
        drafted,
        length=len(pairs),
        label="起草",
        file=sys.stderr,
        hidden=len(pairs) < 2 or not sys.stderr.isatty(),
    ) as bar:
        for each in bar:
            if each.problem is not None:
                failures += 1
                _report(each.problem)
                continue
            _say(f"已生成 {each.target}")
            for slot in each.todo:
                _say(
                    f"  {each.target}：【待补：{slot}】"
                    "框架里的这一项没有对应的事实，请在文稿中补写"
                )
            for note in each.notes:
                _say(f"  {each.target}：{note}")
    if failures:
        raise typer.Exit(2)


@app.command("serve", cls=ChineseCommand)
def serve_command(
    schema: Annotated[
        Path | None,
        typer.Option("--schema", metavar="文件", help="schema 文件（默认用内置范文归纳的）。"),
    ] = None,
    sheets: Annotated[
        Path,
        typer.Option(
            "--sheets",
            metavar="目录",
            help="事实表从这里打开、自动保存到这里（默认：当前文件夹）。",
        ),
    ] = Path("."),
    port: Annotated[
        int | None,
        typer.Option(
            "--port",
            metavar="数字",
            min=1,
            max=65535,
            help="端口（默认 8765，被占用时自动换下一个）。",
        ),
    ] = None,
    host: Annotated[
        str,
        typer.Option("--host", metavar="地址", help="监听地址（默认 127.0.0.1，只有本机能打开）。"),
    ] = "127.0.0.1",
    no_browser: Annotated[bool, typer.Option("--no-browser", help="不自动打开浏览器。")] = False,
) -> None:
    """在浏览器里填写事实表：左边填写，右边即时显示稿子，可下载 Word 文稿（只在本机，不联网）。"""
    from drafter.serve import run

    run(schema, sheets, port=port, host=host, browser=not no_browser, say=_say)


@app.command("check", cls=ChineseCommand)
def check_command(
    draft: Annotated[
        Path | None,
        typer.Argument(metavar="稿子", help="改过的稿子（.docx 或 .md）。"),
    ] = None,
    facts: Annotated[
        Path | None,
        typer.Option("--facts", metavar="文件", help="事实表：核对稿中的数字、做法和名称。"),
    ] = None,
    corpus: Annotated[
        Path | None,
        typer.Option("--corpus", metavar="目录", help="范文语料目录：查重。"),
    ] = None,
    schema: Annotated[
        Path | None,
        typer.Option("--schema", metavar="文件", help="schema 文件：其中的常用语不算重复。"),
    ] = None,
    variant: Annotated[
        str, typer.Option("--variant", metavar="字形", help="稿子的字形：zh-Hans（简体）等。")
    ] = "zh-Hans",
    skip: Annotated[
        list[str] | None,
        typer.Option("--skip", metavar="规则名", help="不检查这条规则（可多次给出）。"),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="输出 JSON（供程序使用）。")] = False,
    annotate: Annotated[
        bool, typer.Option("--annotate", help="把问题写成批注，另存一份 Word 文稿（仅 .docx）。")
    ] = False,
    fix: Annotated[
        bool,
        typer.Option(
            "--fix", help="配合 --annotate：标点、繁体等机械问题写成修订，供逐条接受或拒绝。"
        ),
    ] = False,
    output: Annotated[
        Path | None,
        typer.Option(
            "-o", "--output", metavar="文件", help="批注稿写到哪里（默认：原名.批注.docx）。"
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="允许覆盖已存在的批注稿。")] = False,
    rules: Annotated[bool, typer.Option("--rules", help="列出全部检查规则并退出。")] = False,
) -> None:
    """校对改过的稿子：对照事实表、公文规范和语料（查重），逐条指出问题所在的段和字。

    没有错误时退出码为 0；还有“错误”级别的问题时为 3；输入有误时为 2。
    """
    from drafter.check import FINDINGS_EXIT_CODE, CheckOptions, check_draft, rule_table

    if rules:
        write_stdout(rule_table() + "\n")
        return
    if draft is None:
        raise UserError("没有给出要校对的稿子。", hint=f"例：{command('check', '稿子.docx')}")
    if fix and not annotate:
        raise UserError(
            "--fix 要与 --annotate 一起用。",
            hint=f"例：{command('check', draft, '--annotate', '--fix')}",
        )
    options = CheckOptions(facts, corpus, schema, variant, skip or [])
    report = check_draft(draft, options)
    write_stdout((report.json() if as_json else report.text()) + "\n")
    if annotate:
        from drafter.check.annotate import annotate as write_annotated
        from drafter.check.annotate import default_target
        from drafter.check.draft import read_draft

        done = write_annotated(
            read_draft(draft), report, output or default_target(draft), fix=fix, force=force
        )
        _say(f"已写出 {done.target}：批注 {done.comments} 条，修订 {done.changes} 处")
    if report.errors:
        raise typer.Exit(FINDINGS_EXIT_CODE)


# ---- Running -----------------------------------------------------------------------------

_STOPPING = ("SIGINT", "SIGTERM", "SIGHUP")
_received: list[int] = []  # the signal that stopped this run, if one did
_main_pid = os.getpid()


def _on_signal(signum: int, frame: Any) -> None:
    """Stop the run the way Ctrl-C does, so every `finally` and `except BaseException`
    (temporary files, half-made folders) is cleaned up before the process ends."""
    if os.getpid() != _main_pid:  # a forked worker of `analyze`: behave as if untouched
        if signum == signal.SIGINT:
            signal.default_int_handler(signum, frame)
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)
        return
    _received.append(signum)
    raise KeyboardInterrupt


def _stop_cleanly_on_signals() -> None:
    global _main_pid
    _main_pid = os.getpid()
    for name in _STOPPING:
        number = getattr(signal, name, None)  # Windows has no SIGHUP
        if number is None:
            continue
        with contextlib.suppress(OSError, ValueError):  # not the main thread, say
            signal.signal(number, _on_signal)


def _interrupted() -> int:
    _say("已中断。")
    return 128 + (_received[0] if _received else signal.SIGINT)


def _run() -> int:
    """Run the command line; every outcome is a message on stderr and an exit code."""
    try:
        code = app(prog_name=program(), standalone_mode=False)
    except KeyboardInterrupt:
        return _interrupted()
    except UserError as error:
        _report(error)
        return error.exit_code
    except DrafterError as error:  # raised on purpose but not the user's doing: still a fault
        _say(f"drafter 内部错误：{error}")
        return 1
    except typer.TyperException as error:  # click's usage errors: unknown option, missing file
        _say(explain(error))
        return error.exit_code
    except typer.Abort:
        return _interrupted()
    except Exception as error:  # a bug: say so briefly, without a traceback
        _say(f"drafter 内部错误（程序缺陷，请报告）：{type(error).__name__}: {error}")
        return 1
    if _received:  # typer turned the KeyboardInterrupt into exit code 130
        return _interrupted()
    return code if isinstance(code, int) else 0


def _without_pydantic_plugins() -> None:
    """pydantic looks for plugins among every installed package's entry points when it builds
    the fact sheet's models (a tenth of a render's start); drafter's own commands need none.
    A user's own setting stands."""
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    if os.environ["PYDANTIC_DISABLE_PLUGINS"] != "__all__":
        return
    # Even with every plugin disabled, pydantic imports its plugin loader, and the loader
    # importlib.metadata (a twentieth of a render's start), to build a model: a stand-in that
    # finds no plugin, as the loader would, is loaded in its place.
    loader = types.ModuleType("pydantic.plugin._loader")
    loader.get_plugins = lambda: ()  # type: ignore[attr-defined]
    sys.modules.setdefault(loader.__name__, loader)


def main() -> None:
    """Console entry point."""
    _without_pydantic_plugins()
    _stop_cleanly_on_signals()
    code = _run()
    # As it shuts down, Python collects garbage among every object there is, several times
    # over: a seventh of a render's run, for memory the process gives back anyway. The objects
    # made so far are left out of those collections (a cycle among them is neither collected nor
    # finalized; everything drafter writes is closed and in place by now).
    gc.freeze()
    sys.exit(code)
