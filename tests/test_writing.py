"""Writing outputs as the tool was attacked: races, symlinks, signals, batch collisions, hostile
region names, broken standard output, a shared temporary folder, English from click, hints
that do not run, and a draft held open in WPS or Word."""

from __future__ import annotations

import errno
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import yaml

from drafter.errors import OverwriteRefused, UserError
from drafter.files import write_atomic
from tests.conftest import CORPUS, ROOT

EXAMPLE_SHEET = ROOT / "examples" / "facts" / "船营区.yaml"
ARTICLE = CORPUS / "000_9c1aa16d39bd4a9f.txt"
POSIX = os.name == "posix"


def drafter(
    *args: str | Path,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    program: list[str] | None = None,
    **kwargs: object,
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*(program or [sys.executable, "-m", "drafter"]), *map(str, args)],
        capture_output="stdout" not in kwargs,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=env,
        check=False,
        timeout=60,
        **kwargs,  # type: ignore[arg-type]
    )


def leftovers(folder: Path) -> list[str]:
    """Temporary files the writer may have left anywhere under `folder`."""
    return [str(p) for p in folder.rglob("*.tmp")]


# ---- 1. One exclusive, atomic writer -------------------------------------------------------


def test_a_file_appearing_during_the_write_is_not_replaced(tmp_path, monkeypatch) -> None:
    target = tmp_path / "稿件.docx"
    real_link = os.link

    def someone_else_first(src, dst, *args, **kwargs):
        Path(dst).write_text("别人的稿子", encoding="utf-8")
        return real_link(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "link", someone_else_first)
    with pytest.raises(OverwriteRefused):
        write_atomic(target, "我的稿子")
    assert target.read_text(encoding="utf-8") == "别人的稿子"
    assert leftovers(tmp_path) == []


def test_two_concurrent_writers_exactly_one_wins(tmp_path) -> None:
    for round_number in range(20):
        target = tmp_path / f"out{round_number}" / "稿件.txt"
        start = threading.Barrier(2)
        outcome: dict[str, str] = {}

        def write(
            text: str,
            target: Path = target,
            start: threading.Barrier = start,
            outcome: dict[str, str] = outcome,
        ) -> None:
            start.wait()
            try:
                write_atomic(target, text * 10_000)
                outcome[text] = "written"
            except OverwriteRefused:
                outcome[text] = "refused"

        threads = [threading.Thread(target=write, args=(text,)) for text in "甲乙"]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(outcome.values()) == ["refused", "written"]
        winner = next(text for text, result in outcome.items() if result == "written")
        assert target.read_text(encoding="utf-8") == winner * 10_000
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(not POSIX, reason="symlinks need privileges on Windows")
def test_dangling_and_looping_symlinks_count_as_existing(tmp_path) -> None:
    dangling = tmp_path / "dangling.txt"
    dangling.symlink_to(tmp_path / "nowhere.txt")
    loop_a, loop_b = tmp_path / "a.txt", tmp_path / "b.txt"
    loop_a.symlink_to(loop_b)
    loop_b.symlink_to(loop_a)
    for link in (dangling, loop_a):
        with pytest.raises(OverwriteRefused):
            write_atomic(link, "内容")
        assert link.is_symlink()
    assert not (tmp_path / "nowhere.txt").exists()


@pytest.mark.skipif(not POSIX, reason="symlinks need privileges on Windows")
def test_force_replaces_the_link_never_the_file_it_points_to(tmp_path) -> None:
    victim = tmp_path / "别人的文件.txt"
    victim.write_text("不能动", encoding="utf-8")
    victim.chmod(0o600)
    link = tmp_path / "稿件.txt"
    link.symlink_to(victim)
    write_atomic(link, "新稿", force=True)
    assert not link.is_symlink() and link.read_text(encoding="utf-8") == "新稿"
    assert victim.read_text(encoding="utf-8") == "不能动"
    umask = os.umask(0o022)
    os.umask(umask)
    assert link.stat().st_mode & 0o777 == 0o666 & ~umask  # not the victim's 0600


def test_folders_made_for_a_failed_write_are_removed(tmp_path, monkeypatch) -> None:
    def disk_full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "link", disk_full)
    with pytest.raises(UserError, match="磁盘已满"):
        write_atomic(tmp_path / "新目录" / "子目录" / "稿件.txt", "内容")
    assert list(tmp_path.iterdir()) == []


def test_without_hard_links_the_write_is_still_exclusive(tmp_path, monkeypatch) -> None:
    """FAT and some network drives have no hard links: O_CREAT|O_EXCL claims the name."""

    def no_hard_links(*args, **kwargs):
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_hard_links)
    target = tmp_path / "稿件.txt"
    write_atomic(target, "第一稿")
    assert target.read_text(encoding="utf-8") == "第一稿"

    def taken_meanwhile(src, dst, *args, **kwargs):
        Path(dst).write_text("别人的稿子", encoding="utf-8")
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", taken_meanwhile)
    other = tmp_path / "另一稿.txt"
    with pytest.raises(OverwriteRefused):
        write_atomic(other, "我的稿子")
    assert other.read_text(encoding="utf-8") == "别人的稿子"
    assert leftovers(tmp_path) == []


# A child that pauses in the middle of a write (after the temporary file is complete, before
# it is put in place) so the test can signal it there.
_PAUSING_CHILD = """
import os, sys, time
real_fsync = os.fsync
def pause(fd):
    real_fsync(fd)
    sys.stdout.write("ready\\n")
    sys.stdout.flush()
    time.sleep(60)
os.fsync = pause
sys.argv = ["drafter", "facts-schema", "-o", sys.argv[1]]
from drafter.cli import main
main()
"""


@pytest.mark.skipif(not POSIX, reason="POSIX signals")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_a_signal_mid_write_leaves_no_temporary_file(tmp_path, signum: int) -> None:
    target = tmp_path / "新目录" / "facts.schema.json"
    child = subprocess.Popen(
        [sys.executable, "-c", _PAUSING_CHILD, str(target)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    try:
        assert child.stdout is not None and child.stdout.readline() == "ready\n"
        child.send_signal(signum)
        _, stderr = child.communicate(timeout=30)
    finally:
        child.kill()
    assert child.returncode == 128 + signum
    assert "已中断" in stderr and "Traceback" not in stderr
    assert list(tmp_path.iterdir()) == []  # no temporary file, no folder made for it


# ---- 8. A draft held open in WPS or Word ---------------------------------------------------


def test_replacing_a_draft_held_open_says_so(tmp_path, monkeypatch) -> None:
    target = tmp_path / "稿件.docx"
    target.write_bytes(b"old")

    def held_open(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Access is denied")

    monkeypatch.setattr(os, "replace", held_open)
    with pytest.raises(UserError) as caught:
        write_atomic(target, b"new", force=True)
    assert "文件可能正在被 WPS 或 Word 打开：请先关闭它，或换一个文件名" in str(caught.value)
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


def test_linking_onto_a_draft_held_open_says_so(tmp_path, monkeypatch) -> None:
    target = tmp_path / "稿件.docx"

    def opened_meanwhile(src, dst, *args, **kwargs):
        Path(dst).write_bytes(b"theirs")
        raise PermissionError(errno.EACCES, "Access is denied")

    monkeypatch.setattr(os, "link", opened_meanwhile)
    with pytest.raises(UserError, match="WPS 或 Word"):
        write_atomic(target, b"mine")
    assert target.read_bytes() == b"theirs"
    assert leftovers(tmp_path) == []


# ---- 2. Batch collisions -------------------------------------------------------------------


def test_two_sheets_of_one_name_are_refused_before_anything_is_written(tmp_path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        shutil.copy(EXAMPLE_SHEET, tmp_path / folder / "船营区.yaml")
    for extra in ([], ["--force"]):
        done = drafter(
            "render", "a/船营区.yaml", "b/船营区.yaml", "-o", "out/", *extra, cwd=tmp_path
        )
        assert done.returncode == 2, done.stderr
        assert "a/船营区.yaml" in done.stderr and "b/船营区.yaml" in done.stderr
        assert "Traceback" not in done.stderr
        assert not (tmp_path / "out").exists()


def test_two_articles_of_one_name_are_refused_before_anything_is_written(tmp_path) -> None:
    for folder in ("dir1", "dir2"):
        (tmp_path / folder).mkdir()
        shutil.copy(ARTICLE, tmp_path / folder / "x.txt")
    done = drafter("clean", "dir1/x.txt", "dir2/x.txt", "-o", "out/", "--force", cwd=tmp_path)
    assert done.returncode == 2
    assert "dir1/x.txt" in done.stderr and "dir2/x.txt" in done.stderr
    assert not (tmp_path / "out").exists()


def test_shared_targets_and_repeated_inputs(tmp_path) -> None:
    from drafter.files import distinct_files, refuse_shared_targets

    a, b = tmp_path / "a" / "x.yaml", tmp_path / "b" / "x.yaml"
    refuse_shared_targets([(a, tmp_path / "a.docx"), (b, tmp_path / "b.docx")])
    with pytest.raises(UserError, match="同一个文件"):
        refuse_shared_targets([(a, tmp_path / "x.docx"), (b, tmp_path / "X.DOCX")])
    a.parent.mkdir()
    a.write_text("x", encoding="utf-8")
    same = [a, tmp_path / "a" / ".." / "a" / "x.yaml", a]
    assert distinct_files(same) == [a]


# ---- 3. drafter new --region ---------------------------------------------------------------


@pytest.mark.parametrize(
    "region",
    [
        "",
        "   ",
        "区" * 31,
        "a/b",
        "a\\b",
        "..",
        "船营..区",
        "船营区.",
        "船营\n区",
        "船营区\nform: news",
        "船营\t区",
        "船营\x00区",
        "船营\u2028区",
        "CON",
        *'<>:"|?*',
    ],
)
def test_region_names_that_cannot_name_a_file_are_refused(region: str) -> None:
    from drafter.facts.scaffold import check_region

    with pytest.raises(UserError) as caught:
        check_region(region)
    assert "地区名应是" in str(caught.value)


@pytest.mark.parametrize("region", ["船营区", "桦甸市红石砬子镇", "区" * 30, " 船营区 "])
def test_region_names_that_are_fine(region: str) -> None:
    from drafter.facts.scaffold import check_region

    assert check_region(region) == region.strip()


def test_new_refuses_a_region_with_a_path_at_the_command_line(tmp_path) -> None:
    done = drafter("new", "--region", "../evil", cwd=tmp_path)
    assert done.returncode == 2 and "地区名应是" in done.stderr
    assert list(tmp_path.iterdir()) == [] and not (tmp_path.parent / "evil.yaml").exists()


HOSTILE = [
    'a"b',
    "a\\b",
    "x\ny: 1",
    "x\r\nform: news",
    "\u2028form: news",
    "\x85form: news",
    "\ufeff区",
    "\x7f\x1b[31m",
    "# 不是注释",
    "a: b",
    "- x",
    "'",
    "{}",
    "&a *a !tag %x @x `x",
    "中\u3000文",
    "\x00\x07",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_every_user_string_in_the_scaffold_reads_back_exactly(text: str) -> None:
    """The region and the topics reach values and comments: neither may add or change keys."""
    from drafter.facts.scaffold import scaffold
    from drafter.schema import load_schema

    schema = load_schema()
    plain = yaml.safe_load(scaffold("船营区", "experience", schema, ["组织", "人才"]))
    data = yaml.safe_load(scaffold(text, "experience", schema, [text, "人才"], (text, text)))
    assert data["region"] == text and data["form"] == "experience"
    assert [s["topic"] for s in data["sections"]] == [text, "人才"]
    assert data.keys() == plain.keys()
    assert [s.keys() for s in data["sections"]] == [s.keys() for s in plain["sections"]]


def test_the_scaffold_reads_back_in_drafters_own_loader() -> None:
    from drafter.facts.load import read_fact_sheet
    from drafter.facts.scaffold import scaffold
    from drafter.schema import load_schema

    region = '船"营\\区\u2028镇'
    loaded = read_fact_sheet(scaffold(region, "experience", load_schema(), ["组织"]))
    assert loaded.sheet.region == region


# ---- 4. Standard output trouble ------------------------------------------------------------


@pytest.fixture
def small_article(tmp_path: Path) -> Path:
    path = tmp_path / "短文.txt"
    path.write_text("某区深化党建引领，推动乡村振兴。\n" * 50, encoding="utf-8")
    return path


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["clean"], ["parse", "--json"]])
def test_a_full_standard_output_is_a_user_error(args: list, small_article: Path) -> None:
    with open("/dev/full", "w") as full:
        done = drafter(*args, small_article, stdout=full, stderr=subprocess.PIPE)
    assert done.returncode == 2
    assert "无法写出结果" in done.stderr and "磁盘已满" in done.stderr
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr


@pytest.mark.skipif(not POSIX, reason="POSIX pipes")
def test_a_closed_pipe_ends_the_run_quietly(small_article: Path) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before drafter writes a byte
    try:
        done = drafter("clean", small_article, stdout=write_end, stderr=subprocess.PIPE)
    finally:
        os.close(write_end)
    assert done.returncode == 141
    assert done.stderr == ""  # no traceback, no "Exception ignored ... BrokenPipeError"


# ---- 5. A per-user cache for jieba ---------------------------------------------------------


def test_cache_folder_follows_each_platforms_convention(tmp_path, monkeypatch) -> None:
    from drafter import cachedir

    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(sys, "platform", "linux")
    assert cachedir.cache_folder() == tmp_path / "xdg" / "drafter"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/is/ignored")
    assert cachedir.cache_folder() == tmp_path / "home" / ".cache" / "drafter"
    monkeypatch.setattr(sys, "platform", "darwin")
    assert cachedir.cache_folder() == tmp_path / "home" / "Library" / "Caches" / "drafter"
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "local"))
    assert cachedir.cache_folder() == tmp_path / "local" / "drafter" / "Cache"
    assert (tmp_path / "local" / "drafter" / "Cache").is_dir()


def test_no_cache_folder_when_it_cannot_be_made(tmp_path, monkeypatch) -> None:
    from drafter import cachedir

    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker / "cache"))
    assert cachedir.cache_folder() is None


@pytest.fixture
def small_dictionary(tmp_path: Path) -> Path:
    path = tmp_path / "dict.txt"
    path.write_text("船营区 10 ns\n党建 20 n\n振兴 30 v\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("cached", [True, False])
def test_jieba_never_writes_to_the_shared_temporary_folder(
    tmp_path, monkeypatch, small_dictionary: Path, cached: bool
) -> None:
    import tempfile

    import jieba

    from drafter.language import load_dictionary

    shared = tmp_path / "shared-tmp"
    shared.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(shared))
    folder = tmp_path / "cache" if cached else None
    if folder:
        folder.mkdir()
    tokenizer = jieba.Tokenizer(str(small_dictionary))
    load_dictionary(tokenizer, folder)
    assert tokenizer.initialized and tokenizer.FREQ["党建"] == 20
    assert list(shared.iterdir()) == []
    if folder:
        assert [p.suffix for p in folder.iterdir()] == [".cache"]


def test_drafters_tokenizer_uses_the_per_user_folder() -> None:
    from drafter.language import cache_folder, tokenizer

    folder = cache_folder()
    assert tokenizer().tmp_dir == (str(folder) if folder else None)


def test_the_lexicon_holds_jiebas_dictionary_and_tags() -> None:
    import jieba.posseg

    from drafter.language import Lexicon, tokenizer

    full = tokenizer()
    tags = jieba.posseg.dt.word_tag_tab
    lexicon = Lexicon(Lexicon.build(full.FREQ, full.total, tags))
    assert (len(lexicon), lexicon.total) == (len(full.FREQ), full.total)
    for word in list(full.FREQ)[::40]:  # words and bare prefixes (count 0) alike
        assert word in lexicon and lexicon[word] == lexicon.get(word) == full.FREQ[word]
        assert lexicon.tag(word) == tags.get(word, "x")
    for absent in ("", "船营区党建振兴", "zzz", "\U0002a700"):
        assert absent not in lexicon and lexicon.get(absent) is None and lexicon.tag(absent) == "x"


@pytest.mark.parametrize(
    "text",
    ["吴鹏鹏", "张平", "吴一凡在国家发展", "欧阳娜娜", "我的足迹", "一是强", "船营区", "张三 李四"],
)
def test_the_first_tag_is_jiebas_taggers(text: str) -> None:
    import jieba.posseg

    from drafter.language import first_tag, tokenizer

    tokenizer()
    expected = next(jieba.posseg.cut(text))
    assert first_tag.__wrapped__(text) == (expected.word, expected.flag)


def test_word_tags_are_jiebas_segments_and_dictionary_tags() -> None:
    import jieba.posseg

    from drafter.language import tokenizer, word_tags

    text = "船营区大绥河镇聚焦乡村振兴，吴鹏鹏在3月份走访了XX村和海口镇保婴村。"
    tags = jieba.posseg.dt.word_tag_tab
    assert word_tags(text) == [(word, tags.get(word, "x")) for word in tokenizer().cut(text)]


def test_the_lexicon_file_is_made_once_and_made_again_when_damaged(tmp_path, monkeypatch) -> None:
    from drafter import language

    monkeypatch.setattr(language, "cache_folder", lambda: tmp_path)
    language.lexicon.cache_clear()
    try:
        made = language.lexicon()
        [path] = tmp_path.glob("lexicon-*.bin")
        language.lexicon.cache_clear()
        assert language.lexicon().get("党建") == made.get("党建")
        path.write_bytes(path.read_bytes()[:1000])  # cut short
        language.lexicon.cache_clear()
        assert language.lexicon().get("党建") == made.get("党建")
        assert path.stat().st_size > 1000
    finally:
        language.lexicon.cache_clear()


# ---- 6. Messages in Chinese ----------------------------------------------------------------

COMMAND_NAMES = {
    "clean",
    "parse",
    "analyze",
    "new",
    "validate",
    "facts-schema",
    "render",
    "check",
    "serve",
}
# Words drafter itself uses: formats, file kinds, option values, names of things.
OWN_WORDS = {
    "drafter", "Word", "WPS", "LibreOffice", "docx", "DOCX", "md", "Markdown",
    "yaml", "YAML", "json", "JSON", "Schema",
    "schema", "Article", "txt", "VS", "Code", "zh-Hans", "zh-Hant", "zh-TW", "zh-HK", "gb2312",
    "windows", "experience", "speech", "news", "commentary", "report", "python", "true",
    "false", "OpenCC", "GB2312",
}  # fmt: skip


def english_words(text: str, also: set[str]) -> set[str]:
    text = text.replace(sys.executable, "")
    text = re.sub(r"(?<![\w-])--?[A-Za-z][\w-]*", " ", text)  # option names
    text = re.sub(r"\S*\.[A-Za-z]+\S*", " ", text)  # file names
    words = set(re.findall(r"[A-Za-z][A-Za-z0-9-]{2,}", text))
    return words - OWN_WORDS - COMMAND_NAMES - also


def run_in_process(args: list[str], capsys: pytest.CaptureFixture[str], monkeypatch) -> tuple:
    """drafter's command line without a new Python: (exit code, stdout + stderr)."""
    from drafter import cli, cli_messages

    monkeypatch.setattr(sys, "argv", ["drafter", *args])
    cli_messages.program.cache_clear()
    try:
        code = cli._run()
    except SystemExit as stop:  # not expected; keep the output for the assertion message
        code = stop.code
    finally:
        cli_messages.program.cache_clear()
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.mark.parametrize(
    "args", [["--help"], *([name, "--help"] for name in sorted(COMMAND_NAMES)), []]
)
def test_every_help_page_is_chinese(args: list[str], capsys, monkeypatch) -> None:
    code, shown = run_in_process(args, capsys, monkeypatch)
    assert code == (0 if args else 2)
    assert "用法：" in shown and "选项：" in shown
    assert english_words(shown, set()) == set(), shown
    assert not re.search(r"<[\w\[\]]+>|\b(PATH|TEXT|INTEGER)\b", shown), shown


def test_help_from_a_new_process_is_chinese() -> None:
    done = drafter("render", "--help")
    assert done.returncode == 0 and "用法：" in done.stdout
    assert english_words(done.stdout, set()) == set(), done.stdout


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["clean"], "缺少参数"),
        (["new"], "缺少必填的选项 --region"),
        (["clean", "--bogus", "x.txt"], "没有 --bogus 这个选项"),
        (["clean", "--repor", "x.txt"], "是不是要用"),
        (["nonsense"], "没有“nonsense”这个命令"),
        (["rendr"], "是不是要用 render"),
        (["analyze", "-j", "many", "corpus"], "应是整数"),
        (["analyze", "-j", "0", "corpus"], "应不小于 1"),
        (["parse", "a.txt", "b.txt"], "多给了参数"),
        (["clean", "-o"], "后面要跟一个值"),
        (["facts-schema", "--force=yes"], "不带值"),
    ],
)
def test_usage_errors_are_chinese(args: list[str], says: str, capsys, monkeypatch) -> None:
    code, shown = run_in_process(args, capsys, monkeypatch)
    assert code == 2
    assert says in shown and "用法：" in shown and "--help" in shown
    assert "Traceback" not in shown
    given = {word for arg in args for word in re.findall(r"[A-Za-z-]+", arg)}
    assert english_words(shown, given) == set(), shown


def test_an_unreadable_input_is_named_in_chinese(tmp_path, capsys, monkeypatch) -> None:
    article = tmp_path / "文章.txt"
    article.write_text("正文", encoding="utf-8")
    monkeypatch.setattr(os, "access", lambda *args, **kwargs: False)  # root reads anything
    code, shown = run_in_process(["clean", str(article)], capsys, monkeypatch)
    assert code == 2 and f"“{article}”无法读取" in shown
    assert english_words(shown, set()) == set(), shown


# ---- 7. Hints print a command that runs ----------------------------------------------------


def suggested_render(stderr: str) -> list[str]:
    found = re.search(r"可以生成（(.+) render (.+)）", stderr)
    assert found, stderr
    return shlex.split(found.group(1))


def path_without(folder: Path) -> str:
    """PATH with no `drafter` and no `python` of this environment on it."""
    parts = os.environ.get("PATH", "").split(os.pathsep)
    return os.pathsep.join(p for p in parts if Path(p).resolve() != folder.resolve())


def test_hint_from_a_module_run_names_a_program_that_runs(tmp_path) -> None:
    bin_folder = Path(sys.executable).parent
    env = {**os.environ, "PATH": path_without(bin_folder)}
    done = drafter("validate", EXAMPLE_SHEET, env=env)
    program = suggested_render(done.stderr)
    assert program[-2:] == ["-m", "drafter"]
    again = subprocess.run([*program, "--version"], capture_output=True, text=True, env=env)
    assert again.returncode == 0 and again.stdout.startswith("drafter ")
    empty = drafter("render", tmp_path, env=env)  # a library hint is rewritten too
    assert f"先用 {shlex.join(program)} new --region" in empty.stderr
    env["PATH"] = os.pathsep.join([str(bin_folder), env["PATH"]])
    if shutil.which("python", path=env["PATH"]) == str(Path(sys.executable)):
        assert suggested_render(drafter("validate", EXAMPLE_SHEET, env=env).stderr) == [
            "python", "-m", "drafter"
        ]  # fmt: skip


def test_hint_from_a_script_names_it_as_started_or_plain_when_on_path(tmp_path) -> None:
    script = Path(sys.executable).parent / "drafter"
    if not script.exists():
        pytest.skip("the drafter script is not installed beside this Python")
    env = {**os.environ, "PATH": path_without(script.parent)}
    done = drafter("validate", EXAMPLE_SHEET, env=env, program=[str(script)])
    assert suggested_render(done.stderr) == [str(script)]
    env["PATH"] = os.pathsep.join([str(script.parent), env["PATH"]])
    done = drafter("validate", EXAMPLE_SHEET, env=env, program=[str(script)])
    assert suggested_render(done.stderr) == ["drafter"]


def test_program_spellings(monkeypatch) -> None:
    from drafter import cli_messages

    class Script:
        __package__ = None

    monkeypatch.setitem(sys.modules, "__main__", Script())
    monkeypatch.setattr(sys, "argv", [".venv/bin/drafter"])
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None)
    cli_messages.program.cache_clear()
    try:
        assert cli_messages.program() == ".venv/bin/drafter"
        if POSIX:
            expected = ".venv/bin/drafter render '我的 稿子.yaml'"
            assert cli_messages.command("render", "我的 稿子.yaml") == expected
        assert cli_messages.runnable("先用 drafter new --region 地区名 生成；drafter 不会编造") == (
            "先用 .venv/bin/drafter new --region 地区名 生成；drafter 不会编造"
        )
    finally:
        cli_messages.program.cache_clear()


def test_a_killed_writers_temporary_file_goes_with_the_next_write_of_its_file(
    tmp_path: Path,
) -> None:
    import time

    old = time.time() - 3600
    left = tmp_path / ".稿.docx.k2j4h1.tmp"  # what a writer killed with SIGKILL leaves
    fresh = tmp_path / ".稿.docx.x9z8y7.tmp"  # a writer at work right now
    others = tmp_path / ".别的.docx.a1b2c3.tmp"  # another file's
    for path in (left, fresh, others):
        path.write_bytes(b"half")
    for path in (left, others):
        os.utime(path, (old, old))
    write_atomic(tmp_path / "稿.docx", b"draft")
    assert (tmp_path / "稿.docx").read_bytes() == b"draft"
    assert not left.exists()
    assert fresh.exists() and others.exists()
