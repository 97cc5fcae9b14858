"""Worker processes: results in order, an error ends them, and only them."""

from __future__ import annotations

import multiprocessing
import time

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
