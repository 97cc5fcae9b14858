"""Stage 1: scraped text → clean Simplified Chinese, with a report of every repair.

The pipeline lives in `pipeline`; the step modules (`mojibake`, `pinyin`, `script`,
`punctuation`, `boilerplate`, `html`) are usable on their own. The pipeline is imported on first
use only, so commands that need one step (render needs `punctuation`) do not compile them all.
"""

from __future__ import annotations

from typing import Any

_PIPELINE = {"CleanResult", "Repair", "Unrepaired", "article_files", "clean_file", "clean_text"}
__all__ = sorted(_PIPELINE)


def __getattr__(name: str) -> Any:
    if name in _PIPELINE:
        from drafter.clean import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'drafter.clean' has no attribute {name!r}")
