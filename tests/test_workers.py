"""Worker processes: results in order, an error ends them, and only them, quietly."""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest

from drafter.workers import in_workers


def _square(n: int) -> int:
    if n == 3:
        raise ValueError("three")
    return n * n


def _wait() -> None:
    time.sleep(30)


def test_results_come_in_order() -> None:
    assert list(in_workers(_square, [0, 1, 2, 4, 5], 2)) == [0, 1, 4, 16, 25]


def test_an_error_in_a_worker_ends_the_workers_and_no_other_child() -> None:
    context = multiprocessing.get_context(
        "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    )
    bystander = context.Process(target=_wait)
    bystander.start()
    try:
        with pytest.raises(ValueError, match="three"):
            list(in_workers(_square, range(10), 2))
        assert bystander.is_alive(), "a child the batch did not start was ended with it"
        assert multiprocessing.active_children() == [bystander]
    finally:
        bystander.kill()
        bystander.join()


def _fail_while_the_other_works(folder: Path, n: int) -> None:
    if n == 0:  # fails once the other task is under way
        while not (folder / "started").exists():
            time.sleep(0.01)
        raise ValueError("zero")
    try:
        (folder / "started").touch()
        time.sleep(30)
    finally:
        (folder / "unwound").touch()


def test_an_ended_worker_unwinds_its_task_and_the_batch_ends_quietly(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    for _ in range(5):  # the ending races the pool's own thread: a few rounds, not one
        for name in ("started", "unwound"):
            (tmp_path / name).unlink(missing_ok=True)
        with pytest.raises(ValueError, match="zero"):
            list(in_workers(partial(_fail_while_the_other_works, tmp_path), [0, 1], 2))
        assert (tmp_path / "unwound").exists(), "the busy worker was killed, not ended"
        assert multiprocessing.active_children() == []
    assert capfd.readouterr().err == ""


def _interrupted_after_one_long_task() -> Iterator[float]:
    """Tasks whose handing out is cut short, as by Ctrl-C between two submissions."""
    yield 30.0
    raise KeyboardInterrupt


def test_an_interrupt_while_tasks_are_handed_out_ends_the_started_workers() -> None:
    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        list(in_workers(time.sleep, _interrupted_after_one_long_task(), 2))
    assert multiprocessing.active_children() == []
    assert time.monotonic() - started < 10
