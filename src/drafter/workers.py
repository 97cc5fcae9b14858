"""Worker processes for work spread over many files (analyze's digests, render's drafts).

Workers die with the process that started them, however it ends: on Linux the kernel kills
them when it goes (SIGKILL included); elsewhere a worker asks `orphaned()` between files.
Ctrl-C reaches the whole process group, so workers ignore it and the starting process ends
them with SIGTERM: a worker in the middle of a task unwinds it (what it was writing is cleaned
up) and exits, an idle one exits at once. A ProcessPoolExecutor, not a multiprocessing Pool:
a worker the system kills breaks the executor at once, where a Pool waits forever for the
lost task (and its terminate() for a queue lock the dead worker held).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from drafter.errors import UserError

Task = TypeVar("Task")
Result = TypeVar("Result")

_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
_END_SECONDS = 5  # how long a worker ended with SIGTERM has to clean up before SIGKILL
_parent: int | None = None  # in a worker: the process that started it
_busy = False  # in a worker: a task is running, and SIGTERM unwinds it before the exit


class _Ended(BaseException):
    """SIGTERM in a worker's task: not an Exception, so no task code takes it for an error."""


def _started(parent: int) -> None:
    global _parent
    _parent = parent
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _exit_on_term)
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if orphaned():  # the parent died before the line above took effect
        os._exit(1)


def _exit_on_term(signum: int, frame: object) -> None:
    if not _busy:
        os._exit(128 + signum)  # between tasks or still starting: nothing to clean up
    # The pool's own thread sends a second SIGTERM once it sees a worker gone: let it not
    # cut the unwinding short (SIGKILL still follows if the task does not end).
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    raise _Ended


def _task(work: Callable[[Task], Result], task: Task) -> Result:
    """In a worker: work(task); ended with SIGTERM, the task unwinds and the worker exits
    (the pool would otherwise take the ending for the task's error and wait for the next)."""
    global _busy
    try:
        _busy = True
        return work(task)
    except _Ended:
        os._exit(128 + signal.SIGTERM)
    finally:
        _busy = False


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
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    if prepare is not None:
        prepare()
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    others = set(multiprocessing.active_children())  # children not ours to end
    executor = ProcessPoolExecutor(
        jobs, mp_context=context, initializer=_started, initargs=(os.getpid(),)
    )
    try:
        # Not executor.map: on an error its results cancel the waiting tasks, and Python 3.11's
        # pool, seeing its workers ended, then fails on those cancelled futures in its thread.
        futures = [executor.submit(_task, work, task) for task in tasks]
        futures.reverse()  # popped in order, so a result is let go once given
        while futures:
            yield futures.pop().result()
    except BrokenProcessPool:  # the system killed a worker (out of memory, say)
        _end(executor, others)
        raise UserError(
            "有一个工作进程意外退出（可能是内存不足，或被系统结束），已停止。",
            hint="加 -j 1 只用一个进程重试，或分批处理。",
        ) from None
    except BaseException:  # an error, Ctrl-C, or the caller stopped early: end them now
        _end(executor, others)
        raise
    executor.shutdown()


def _end(executor: Any, others: set[Any]) -> None:
    """Stop the workers at once, with SIGTERM, then SIGKILL for any that do not go. Then wait
    for the executor's own thread: it reaps workers too, and one it has reaped but not yet
    recorded would still look alive to this process. The workers are the children started
    since the executor was made, looked up now: an interrupt can come while the tasks are
    still being handed out, with workers already started and busy."""
    import multiprocessing

    workers = [child for child in multiprocessing.active_children() if child not in others]
    for worker in workers:
        worker.terminate()
    for worker in workers:
        worker.join(_END_SECONDS)
        if worker.is_alive():
            worker.kill()
            worker.join()
    executor.shutdown()
