"""Worker processes that never outlive the process that started them.

However the parent ends — SIGKILL, SIGTERM, Ctrl-C, an exception — its workers end
within a second or two:

* on Linux the kernel sends each worker SIGKILL when its parent dies
  (``prctl(PR_SET_PDEATHSIG)``, set in the worker's initializer);
* everywhere, a watchdog thread in each worker notices that it was handed to another
  parent (``os.getppid()`` changed) and ends the worker;
* a parent that stops early (Ctrl-C, SIGTERM, an error, a consumer that wants no more)
  kills its workers at once rather than waiting for their current tasks: they hold
  nothing that needs saving, since the parent writes all output and the cache.

Workers ignore SIGINT: Ctrl-C reaches the whole foreground process group, and it is the
parent's to handle (one message, exit 130), not every worker's (a traceback each).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
WATCH_INTERVAL = 0.25  # seconds between the watchdog's looks at its parent


def pool(jobs: int) -> ProcessPoolExecutor:
    """A pool of ``jobs`` forked workers bound to this process's lifetime."""
    return ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("fork"),
                               initializer=worker_started, initargs=(os.getpid(),))


def worker_started(parent: int) -> None:
    """Initializer of every worker: leave signals to the parent; die with the parent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP"):  # the parent's handlers were inherited by the fork
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    die_with_parent(parent)


def die_with_parent(parent: int) -> None:
    """End this process when ``parent`` (the process that forked it) ends."""
    set_parent_death_signal()
    if os.getppid() != parent:  # the parent died before the kernel could be told
        os._exit(1)
    threading.Thread(target=_watch, args=(parent,), name="pressgraph-parent-watchdog",
                     daemon=True).start()


def set_parent_death_signal() -> bool:
    """Ask Linux to SIGKILL this process when its parent dies; False where it cannot."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(WATCH_INTERVAL)
    os._exit(1)  # reparented: the parent is gone, and nobody wants our results


def stop(executor: ProcessPoolExecutor) -> None:
    """Kill the workers of ``executor`` now and wait until they are gone."""
    processes = list(getattr(executor, "_processes", None) or {})  # private, but stable
    for pid in processes:
        try:
            os.kill(pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
    _close_result_writer(executor)
    executor.shutdown(wait=True, cancel_futures=True)


def _close_result_writer(executor: ProcessPoolExecutor) -> None:
    """Let the executor's manager thread see the end of the result pipe.

    A worker killed while writing its result leaves half a message in the pipe, and the
    manager thread reading it would wait for the rest for ever: this process holds the
    pipe's write end too (the pool was forked from it), so the pipe never reaches its end
    and ``shutdown(wait=True)`` never returns (``pressgraph export -o - --jobs 2 | head``
    hung about one time in ten). With this end closed and the workers dead, the read ends
    with EOF, which the manager takes for a broken pool, and it stops."""
    queue = getattr(executor, "_result_queue", None)  # private, like ``_processes``
    writer = getattr(queue, "_writer", None)
    if writer is not None:
        try:
            writer.close()
        except OSError:
            pass
