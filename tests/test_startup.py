"""Commands import only what they use: a fast start is a matter of what is never loaded."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = sorted((ROOT / "examples" / "corpus").glob("*.txt"))[0]
SHEET = ROOT / "examples" / "facts" / "船营区.yaml"
_RUN = """
import contextlib, io, json, sys
sys.argv = ["drafter", *json.loads(sys.argv[1])]
from drafter.cli import main
code = 0
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    try:
        main()
    except SystemExit as end:
        code = end.code or 0
watched = ("pydantic", "docx", "jieba", "importlib.metadata")
print(json.dumps([code, sorted(m for m in watched if m in sys.modules)]))
"""


@pytest.mark.parametrize(
    ("args", "never"),
    [
        (["--help"], {"pydantic", "docx", "jieba"}),
        (["clean", "--help"], {"pydantic", "docx", "jieba"}),
        (["clean", str(ARTICLE)], {"pydantic", "docx"}),
        (["parse", str(ARTICLE)], {"pydantic", "docx"}),
        # importlib.metadata: pydantic's plugin loader imports it, though no plugin is looked for
        (["render", str(SHEET), "-o", "{out}/稿.docx"], {"docx", "jieba", "importlib.metadata"}),
        (
            ["render", str(SHEET), "-o", "{out}/稿.md", "--format", "md"],
            {"docx", "jieba", "importlib.metadata"},
        ),
    ],
    ids=lambda value: " ".join(value) if isinstance(value, list) else "",
)
def test_a_command_never_imports_what_it_does_not_use(
    args: list[str], never: set[str], tmp_path: Path
) -> None:
    argv = [arg.replace("{out}", str(tmp_path)) for arg in args]
    done = subprocess.run(
        [sys.executable, "-c", _RUN, json.dumps(argv)], capture_output=True, text=True, check=True
    )
    code, imported = json.loads(done.stdout)
    assert code == 0
    assert not never & set(imported), f"{' '.join(args)} imported {never & set(imported)}"


def test_a_lazy_pattern_is_compiled_when_first_used_and_answers_as_re_does() -> None:
    import re

    from drafter.text.lazy import LazyPattern

    source, flags = r"(?P<run>[\u4e00-\u9fff]+)|x", re.IGNORECASE
    lazy, compiled = LazyPattern(source, flags), re.compile(source, flags)
    assert "_compiled" not in vars(lazy)
    text = "Xa乡村振兴b"
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.sub("-", text) == compiled.sub("-", text)
    assert (lazy.pattern, lazy.flags, lazy.groupindex) == (
        compiled.pattern,
        compiled.flags,
        compiled.groupindex,
    )
