from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus"
GOLD = Path(__file__).resolve().parent / "gold"
SEEDS = sorted(p.stem for p in CORPUS.glob("*.txt"))


def fold(text: str) -> str:
    """Compare texts as the gold files are written: punctuation width and white space folded."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def gold(name: str) -> dict:
    return json.loads((GOLD / f"{name}.gold.json").read_text(encoding="utf-8"))


@pytest.fixture(params=SEEDS)
def seed(request: pytest.FixtureRequest) -> str:
    return request.param
