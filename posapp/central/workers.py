"""``posapp serve --workers N``: N forked processes serving one listening socket.

The service keeps no state between requests, so N processes of it behave as one: each
worker is what a single ``posapp serve`` is (its own database pool, thread pool and
e-mail sender) and accepts connections from the socket the parent bound. The parent only
watches: a worker that dies unexpectedly is started again; at SIGTERM or SIGINT every
worker is told to stop (each lets its requests in flight finish, see
:mod:`posapp.central.serve`) and, once all have, the parent ends by the same signal.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import sys
import time
from collections.abc import Callable
from types import FrameType

log = logging.getLogger("posapp.central")
_STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)
#: A worker that died is started again after this pause (a crash loop stays slow).
RESTART_PAUSE_S = 1.0


def _fork(work: Callable[[], None]) -> int:
    pid = os.fork()
    if pid:
        return pid
    # The child: default signal handling (uvicorn installs its own, and restores these
    # before it ends by the signal it stopped for), then never back into the parent's code.
    for sig in _STOP_SIGNALS:
        signal.signal(sig, signal.SIG_DFL)
    status = 1
    try:
        work()
        status = 0
    except BaseException:
        log.exception("worker failed")
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)


def supervise(count: int, listening: socket.socket, work: Callable[[], None]) -> None:
    """Run ``work`` (serving ``listening``) in ``count`` forked workers until a stop signal,
    then end by that signal once every worker has ended. Call with no other thread running
    and no database connection open: neither survives a fork."""
    stopping: list[int] = []
    workers: set[int] = set()

    def stop(sig: int, _frame: FrameType | None) -> None:
        if not stopping:
            stopping.append(sig)
            listening.close()  # the workers close theirs: then new connections are refused
        for pid in workers:
            # SIGTERM, not SIGINT: a second SIGINT makes uvicorn drop its requests in flight.
            os.kill(pid, signal.SIGTERM)

    def start() -> None:
        pid = _fork(work)
        workers.add(pid)
        if stopping:  # the signal came while it was being forked
            os.kill(pid, signal.SIGTERM)

    previous = {sig: signal.signal(sig, stop) for sig in _STOP_SIGNALS}
    try:
        for _ in range(count):
            start()
        while workers:
            try:
                pid, status = os.wait()
            except ChildProcessError:
                break
            workers.discard(pid)
            if stopping:
                continue
            log.error("worker exited unexpectedly; starting another", extra={"fields": {
                "event": "worker_exited", "pid": pid, "status": os.waitstatus_to_exitcode(status),
            }})
            time.sleep(RESTART_PAUSE_S)
            if not stopping:
                start()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if stopping:
        # As uvicorn does: a process manager sees the service ended by its signal.
        signal.raise_signal(stopping[0])
