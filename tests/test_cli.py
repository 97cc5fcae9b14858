"""The command line as a user meets it: messages in Chinese, exit codes, no tracebacks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import CORPUS, ROOT


def drafter(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "drafter", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        check=False,
    )


def test_help_and_version() -> None:
    shown = drafter("--help")
    assert shown.returncode == 0
    assert "清洗" in shown.stdout
    assert drafter("--version").stdout.startswith("drafter ")


def test_clean_one_file_to_stdout_with_summary_on_stderr() -> None:
    done = drafter("clean", CORPUS / "000_9c1aa16d39bd4a9f.txt")
    assert done.returncode == 0
    assert done.stdout.startswith("吴鹏鹏\n为深入贯彻落实乡村振兴战略，")
    assert "乱码 3" in done.stderr


def test_clean_report_lists_repairs() -> None:
    done = drafter("clean", "--report", CORPUS / "001_31d6c0dd4fb046c4.txt")
    assert "9:1" in done.stderr and "网页杂项行" in done.stderr


def test_clean_directory_writes_one_file_each_and_never_overwrites(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert drafter("clean", CORPUS, "-o", out).returncode == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in CORPUS.glob("*.txt"))
    (out / "000_9c1aa16d39bd4a9f.txt").write_text("我的修改", encoding="utf-8")
    refused = drafter("clean", CORPUS, "-o", out)
    assert refused.returncode == 2
    assert "已存在" in refused.stderr and "--force" in refused.stderr
    assert (out / "000_9c1aa16d39bd4a9f.txt").read_text(encoding="utf-8") == "我的修改"
    assert drafter("clean", CORPUS, "-o", out, "--force").returncode == 0
    assert (out / "000_9c1aa16d39bd4a9f.txt").read_text(encoding="utf-8").startswith("吴鹏鹏")


def test_user_errors_exit_2_without_traceback(tmp_path: Path) -> None:
    binary = tmp_path / "x.txt"
    binary.write_bytes(b"\x00\x01\x02binary")
    for args in (
        ["clean", tmp_path / "missing.txt"],
        ["clean", binary],
        ["clean", CORPUS],
        ["clean"],
        ["nonsense"],
    ):
        done = drafter(*args)
        assert done.returncode == 2, args
        assert "Traceback" not in done.stderr


def test_a_dash_for_the_output_is_refused_not_written_as_a_file(tmp_path: Path) -> None:
    sheet = tmp_path / "草稿.yaml"
    example = ROOT / "examples" / "facts" / "船营区.yaml"
    sheet.write_text(example.read_text("utf-8"), encoding="utf-8")
    for args in (
        ["render", sheet, "-o", "-", "--format", "md"],
        ["analyze", CORPUS, "-o", "-"],
        ["new", "--region", "船营区", "-o", "-"],
    ):
        done = drafter(*args, cwd=tmp_path)
        assert done.returncode == 2, args
        assert "“-”不是文件名" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "-").exists()


def test_several_files_need_an_output_directory() -> None:
    done = drafter("clean", CORPUS)
    assert done.returncode == 2
    assert "-o" in done.stderr


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text("產業興旺,生活富裕", encoding="gbk")
    (corpus / "bad.txt").write_bytes(b"PK\x03\x04\x14\x00\x00\x00\x08\x00")
    done = drafter("clean", corpus, "-o", tmp_path / "out")
    assert done.returncode == 2
    assert "bad.txt" in done.stderr
    assert (tmp_path / "out" / "good.txt").read_text(encoding="utf-8") == "产业兴旺，生活富裕\n"


def test_files_in_the_wrong_place_are_user_errors(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("x", encoding="utf-8")
    done = drafter("clean", CORPUS, "-o", blocker / "out")
    assert done.returncode == 2 and "无法写入" in done.stderr
    schema_dir = drafter("new", "--region", "某镇", "--schema", tmp_path, "-o", tmp_path / "a.yaml")
    assert schema_dir.returncode == 2 and "目录" in schema_dir.stderr
    assert "Traceback" not in done.stderr + schema_dir.stderr
