"""Worker processes for work spread over many files (analyze's digests, render's drafts).

Workers die with the process that started them, however it ends: on Linux the kernel kills
them when it goes (SIGKILL included); elsewhere a worker asks `orphaned()` between files.
Ctrl-C reaches the whole process group, so workers ignore it and the starting process ends
the pool, whose SIGTERM a worker takes as an exit (what it was writing is cleaned up). A Pool,
not a ProcessPoolExecutor, because leaving its `with` block for any reason terminates the
workers at once, where the executor would wait for every queued task.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from drafter.errors import UserError

Task = TypeVar("Task")
Result = TypeVar("Result")

_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
_WATCH_SECONDS = 0.5  # how often the starting process checks that no worker was lost
_parent: int | None = None  # in a worker: the process that started it


def _started(parent: int) -> None:
    global _parent
    import signal

    _parent = parent
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # The pool ends its workers with SIGTERM: as an exit, so a file being written is cleaned up.
    signal.signal(signal.SIGTERM, _exit_on_term)
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if orphaned():  # the parent died before the line above took effect
        os._exit(1)


def _exit_on_term(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def orphaned() -> bool:
    """In a worker: the process that started it is gone, and nobody wants the rest."""
    return _parent is not None and os.getppid() != _parent


def in_workers(
    work: Callable[[Task], Result],
    tasks: Iterable[Task],
    jobs: int,
    *,
    prepare: Callable[[], object] | None = None,
) -> Iterator[Result]:
    """work(task) for each task, in order, done by `jobs` worker processes. `prepare` runs
    here first: what it loads, forked workers inherit instead of loading it each."""
    import multiprocessing

    if prepare is not None:
        prepare()
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with context.Pool(jobs, initializer=_started, initargs=(os.getpid(),)) as pool:
        workers = _children()
        results = pool.imap(work, tasks)
        while True:
            try:
                yield results.next(timeout=_WATCH_SECONDS)
            except StopIteration:
                return
            except multiprocessing.TimeoutError:
                # A worker the system killed (out of memory, say) takes its task with it and
                # the pool starts another in its place: the task's result would never come.
                if _children() - workers:
                    raise UserError(
                        "有一个工作进程意外退出（可能是内存不足，或被系统结束），已停止。",
                        hint="加 -j 1 只用一个进程重试，或分批处理。",
                    ) from None


def _children() -> set[int]:
    import multiprocessing

    return {child.pid for child in multiprocessing.active_children() if child.pid}
