"""The README's ways to install, as a writer on a Windows PC would follow them (run here on
Linux): `pipx install .` puts `drafter` on PATH, and a wheelhouse made on a connected machine
installs with no network. Both from folders whose names hold a space and Chinese characters.
These build and install the package from scratch, so they take a minute."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

EXAMPLE = ROOT / "examples" / "facts" / "船营区.yaml"


def _run(*args: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout + done.stderr


def test_pipx_puts_drafter_on_path(tmp_path: Path) -> None:
    home = tmp_path / "我的 文档"
    home.mkdir()
    bin_dir = home / "bin"
    env = {"PIPX_HOME": str(home / "pipx"), "PIPX_BIN_DIR": str(bin_dir)}
    _run(sys.executable, "-m", "pipx", "install", ROOT, env=env)
    drafter = bin_dir / ("drafter.exe" if os.name == "nt" else "drafter")
    assert "用法" in _run(drafter, "--help", env=env)
    sheet = home / "船营区.yaml"
    sheet.write_bytes(EXAMPLE.read_bytes())
    said = _run(drafter, "render", sheet.name, "-o", "稿子 初稿.docx", cwd=home, env=env)
    assert (home / "稿子 初稿.docx").stat().st_size > 10_000, said


def test_wheelhouse_installs_without_network(tmp_path: Path) -> None:
    wheelhouse = tmp_path / "离线 安装包"
    _run(sys.executable, "-m", "pip", "wheel", "--quiet", ROOT, "-w", wheelhouse)
    venv = tmp_path / "她的 电脑" / ".venv"
    _run(sys.executable, "-m", "venv", venv)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    # No index at all: every package must come from the wheelhouse.
    _run(
        python,
        "-m",
        "pip",
        "install",
        "--quiet",
        "--no-index",
        "--find-links",
        wheelhouse,
        "drafter",
    )
    out = venv.parent / "稿子.docx"
    _run(python, "-m", "drafter", "render", EXAMPLE, "-o", out, env={"PIP_NO_INDEX": "1"})
    assert out.stat().st_size > 10_000
