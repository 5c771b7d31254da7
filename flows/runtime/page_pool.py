"""The worker processes that clean and extract pages, each page under its own time limit.

Runtime plumbing of the flows, no Prefect in it: `PagePool` hands pages one at a time to
worker processes forked warm from a fork server (`worker_preload`, `forkserver_guard`),
kills a worker whose page passes its time limit, and returns one `ProcessedPage` a page
(`flows.pipeline` builds the rows, here or in the worker).
"""
from __future__ import annotations

import os
import queue
import signal
import sys
import threading
import time
import weakref
from collections import deque
from concurrent.futures import Future
from dataclasses import dataclass

from flows.pipeline import PageJob, ProcessedPage, failed_page, process_page, timed_out_page


def page_timeout_s() -> float:
    """The time limit of one page's cleaning and extraction: 60 s, or the number in
    STRIKEWIRE_PAGE_TIMEOUT_S (a page normally takes 10-200 ms; the limit only catches a
    page that sends a parser into a loop)."""
    raw = os.environ.get("STRIKEWIRE_PAGE_TIMEOUT_S")
    if raw:
        try:
            value = float(raw)
        except ValueError:
            value = float("nan")
        if not (value > 0 and value != float("inf")):
            raise ValueError(f"STRIKEWIRE_PAGE_TIMEOUT_S={raw!r}: give a number of seconds above 0")
        return value
    return 60.0


def _die_with_parent() -> None:
    """Linux: the kernel kills this process when its parent dies, even while it is busy in
    C code. A worker's parent is the fork server, which exits when the run's process does
    (kill -9 included), so no worker outlives the run. A no-op elsewhere."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the parent died before the line above: follow it now
        os._exit(1)


def _worker_init() -> None:
    """Workers run a little below normal priority: while the first batches arrive, Prefect's
    server may still be starting on the same cores, and the run waits for the server, not
    for them; later, the process that fetches and loads stays responsive however busy
    they are. Both come from importing `worker_preload`: in the fork server, which the
    workers inherit them from (then the import is a no-op), or here in a spawned worker."""
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the run's to handle, not ours
    import flows.runtime.worker_preload  # noqa: F401 - importing it warms up (once per process)


def _page_worker(conn) -> None:
    """A worker process: pages in, one at a time, rows out, until told to stop."""
    _worker_init()
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):  # the run is gone
            return
        if job is None:
            return
        try:
            reply = ("ok", process_page(job))
        except Exception as exc:  # noqa: BLE001 - a bug outside the page's own try blocks
            reply = ("error", f"{type(exc).__name__}: {exc}")
        try:
            conn.send(reply)
        except (OSError, ValueError):
            return


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 4))


def _context():
    import multiprocessing

    # Never 'fork': the parent has threads (Prefect, asyncio) and their locks. The fork
    # server is a fresh single-threaded process that loads trafilatura and the lexicons
    # once (flows/runtime/worker_preload.py) and forks warm workers from itself; where it does
    # not exist (Windows), each spawned worker warms up on its own.
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["flows.runtime.forkserver_guard", "flows.runtime.worker_preload"])
        return ctx
    return multiprocessing.get_context("spawn")


_keeper = None


def _ensure_forkserver(ctx) -> None:
    """Start the fork server (if it is not running) from one thread that lives as long
    as this process: the fork server dies with the thread that started it
    (flows/runtime/forkserver_guard.py), and a pool may be started from a short-lived thread."""
    global _keeper
    if ctx.get_start_method() != "forkserver":
        return
    from concurrent.futures import ThreadPoolExecutor
    from multiprocessing import forkserver

    if _keeper is None:
        _keeper = ThreadPoolExecutor(max_workers=1, thread_name_prefix="forkserver-keeper")
    _keeper.submit(forkserver.ensure_running).result()


@dataclass
class _Batch:
    jobs: list[PageJob]
    future: Future
    pages: list[ProcessedPage | None]
    left: int
    tries: list[int]


# Pages handed to a worker before it finishes the one it works on: the next page already
# waits in its pipe when it sends a result back, so it never idles while the run's process
# (busy fetching and loading, or not scheduled on a loaded machine) gets round to it.
IN_FLIGHT = 2
_STOP = object()


class _Slot:
    """One worker process, the pages handed to it (the first is the one it works on), and
    a thread that writes pages into its pipe: a page larger than the pipe's buffer blocks
    that thread until the worker reads it, never the supervisor serving the others."""

    def __init__(self, ctx):
        _ensure_forkserver(ctx)
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_page_worker, args=(child,), daemon=True,
                                name="strikewire-page-worker")
        self.proc.start()
        child.close()
        self.work: deque[tuple[_Batch, int]] = deque()
        self.deadline = 0.0       # for work[0]: from when the worker could start on it
        self.outbox: queue.SimpleQueue = queue.SimpleQueue()
        self.sender = threading.Thread(target=self._send_loop, name="page-pool-sender", daemon=True)
        self.sender.start()

    def _send_loop(self) -> None:
        while True:
            job = self.outbox.get()
            if job is _STOP:
                return
            try:
                self.conn.send(job)
            except Exception:  # noqa: BLE001 - the worker is gone or its pipe closed (OSError,
                return         # ValueError, TypeError): the supervisor sees it and acts

    def hand(self, job: PageJob) -> None:
        self.outbox.put(job)

    def kill(self) -> None:
        try:
            self.proc.kill()
            self.proc.join(5)
        except (OSError, ValueError, AssertionError):
            pass
        self.conn.close()
        self.outbox.put(_STOP)


class PagePool:
    """Worker processes that clean and extract pages, each page under its own time limit.

    Every path uses it (a big daily run, a three-page run, `--workers 1`, a backfill):
    each worker holds at most IN_FLIGHT pages and works on one at a time; a page not done
    within `page_timeout` of its worker starting on it has the worker process killed (a
    thread could not be) and is given back as a `timeout` row, while the other pages of
    its batch (those queued behind it in the same worker included) carry on in the other
    workers or a fresh one. A worker that dies on a page (a crash, the OOM killer) gets
    the page once more before it is given up. `submit` returns a future that always
    completes with one row a page.
    """

    def __init__(self, workers: int | None = None, *, page_timeout: float | None = None):
        self.workers = max(1, default_workers() if workers is None else workers)
        self.page_timeout = page_timeout_s() if page_timeout is None else page_timeout
        self._ctx = _context()
        self._lock = threading.RLock()
        self._queue: deque[tuple[_Batch, int]] = deque()
        self._slots: list[_Slot] = []
        self._closed = False
        self._wake_r, self._wake_w = os.pipe()
        self._fds_to_thread = False           # shut down before it started: its thread closes them
        self._started = threading.Event()     # every worker has been started (or the start failed)
        self._start_error: BaseException | None = None
        self.killed = 0                       # pages given up on (for tests and logs)
        # The workers are started by the pool's own thread, not here: starting one waits
        # until the fork server has loaded trafilatura, the lexicons and the gazetteer
        # (seconds of CPU), and the caller has better things to do meanwhile (import
        # Prefect, fetch the first pages). Pages submitted before then wait in the queue.
        self._thread = threading.Thread(target=self._run, name="page-pool", daemon=True)
        self._thread.start()
        _pools.add(self)

    # ---- the caller's side
    def submit(self, jobs: list[PageJob]) -> Future:
        future: Future = Future()
        batch = _Batch(list(jobs), future, [None] * len(jobs), len(jobs), [0] * len(jobs))
        if not jobs:
            future.set_result([])
            return future
        with self._lock:
            if self._closed:
                if self._start_error is not None:
                    raise RuntimeError(f"the page workers could not be started: {self._start_error}")
                raise RuntimeError("the page pool is shut down")
            self._queue.extend((batch, i) for i in range(len(jobs)))
        self._wake()
        return future

    def map(self, jobs: list[PageJob]) -> list[ProcessedPage]:
        return self.submit(jobs).result()

    def pids(self) -> list[int]:
        """The worker processes' ids (once they are started)."""
        self._started.wait()
        with self._lock:
            return [slot.proc.pid for slot in self._slots if slot.proc.pid]

    def shutdown(self, *_args, **_kw) -> None:
        """Stop at once: workers are killed, unfinished batches cancelled."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            started = self._started.is_set()
            slots = list(self._slots)
            self._fds_to_thread = not started
        self._wake()
        if started:
            self._thread.join(10)
            slots = list(self._slots)
        # Not started yet (a run that found nothing new, or one interrupted early): it is
        # not waited for; the pool's thread kills each worker it still starts.
        for slot in slots:
            slot.kill()
        if started:
            self._close_fds()

    def _close_fds(self) -> None:
        for fd in (self._wake_r, self._wake_w):
            try:
                os.close(fd)
            except OSError:
                pass

    def __enter__(self) -> "PagePool":
        return self

    def __exit__(self, *exc) -> None:
        self.shutdown()

    # ---- the supervisor thread
    def _wake(self) -> None:
        try:
            os.write(self._wake_w, b"x")
        except OSError:
            pass

    def _run(self) -> None:
        """The pool's thread: start the workers, then supervise them."""
        try:
            for _ in range(self.workers):
                with self._lock:
                    if self._closed:
                        break
                slot = _Slot(self._ctx)
                with self._lock:
                    late = self._closed
                    if not late:
                        self._slots.append(slot)
                if late:   # shut down while this worker started
                    slot.kill()
                    break
        except BaseException as exc:  # noqa: BLE001 - handed to every batch, raised by submit
            self._start_error = exc
            with self._lock:
                self._closed = True
        finally:
            self._started.set()
        try:
            self._supervise()
        finally:
            with self._lock:
                close = self._fds_to_thread
            if close:
                self._close_fds()

    def _supervise(self) -> None:
        from multiprocessing.connection import wait

        try:
            while True:
                with self._lock:
                    if self._closed:
                        break
                    self._assign()
                busy = [slot for slot in self._slots if slot.work]
                timeout = None
                if busy:
                    timeout = max(0.0, min(slot.deadline for slot in busy) - time.monotonic())
                ready = wait([self._wake_r] + [slot.conn for slot in busy], timeout)
                if self._wake_r in ready:
                    os.read(self._wake_r, 4096)
                for slot in busy:
                    if slot.conn in ready:
                        self._receive(slot)
                now = time.monotonic()
                for slot in list(self._slots):
                    if slot.work and now >= slot.deadline:
                        self._give_up(slot, timed_out=True)
        finally:
            with self._lock:
                self._closed = True
                pending = {id(b): b for b, _ in self._queue}
                pending.update({id(b): b for s in self._slots for b, _ in s.work})
                self._queue.clear()
            for batch in pending.values():
                if self._start_error is not None and not batch.future.done():
                    batch.future.set_exception(RuntimeError(
                        f"the page workers could not be started: {self._start_error}"))
                else:
                    batch.future.cancel()

    def _assign(self) -> None:
        # Round by round: every idle worker gets a page before any gets a second one, so
        # two pages on two workers are worked on at once.
        for depth in range(1, IN_FLIGHT + 1):
            for slot in self._slots:
                if not self._queue:
                    return
                if len(slot.work) < depth:
                    batch, i = self._queue.popleft()
                    if not slot.work:
                        slot.deadline = time.monotonic() + self.page_timeout
                    slot.work.append((batch, i))
                    slot.hand(batch.jobs[i])

    def _receive(self, slot: _Slot) -> None:
        try:
            kind, value = slot.conn.recv()
        except (EOFError, OSError):
            self._give_up(slot, timed_out=False)
            return
        batch, i = slot.work.popleft()
        if slot.work:  # the worker goes straight on to the next page it holds
            slot.deadline = time.monotonic() + self.page_timeout
        page = value if kind == "ok" else failed_page(batch.jobs[i], "failed", value)
        self._done(batch, i, page)

    def _give_up(self, slot: _Slot, *, timed_out: bool) -> None:
        """The worker is killed (its page took too long) or died: its page is a `timeout`
        row or gets another go; the pages queued behind it go back to the queue's front
        untouched (they were not tried)."""
        batch, i = slot.work.popleft()
        behind = list(slot.work)
        slot.work.clear()
        code = slot.proc.exitcode
        self._replace(slot)
        with self._lock:
            self._queue.extendleft(reversed(behind))
        if timed_out:
            self.killed += 1
            self._done(batch, i, timed_out_page(batch.jobs[i], self.page_timeout))
            return
        self._retry_or_fail(batch, i, code)

    def _retry_or_fail(self, batch: _Batch, i: int, code) -> None:
        batch.tries[i] += 1
        if batch.tries[i] < 2:   # a worker lost to something else: the page gets another go
            with self._lock:
                self._queue.appendleft((batch, i))
            return
        self._done(batch, i, failed_page(batch.jobs[i], "crashed",
                                         f"the worker process died on this page (exit code {code})"))

    def _replace(self, slot: _Slot) -> None:
        slot.kill()
        index = self._slots.index(slot)
        self._slots[index] = _Slot(self._ctx)

    @staticmethod
    def _done(batch: _Batch, i: int, page: ProcessedPage) -> None:
        batch.pages[i] = page
        batch.left -= 1
        if batch.left == 0 and not batch.future.done():
            batch.future.set_result(batch.pages)


_prestarted: dict[int, PagePool] = {}
_pools: "weakref.WeakSet[PagePool]" = weakref.WeakSet()   # every pool of this process


def prestart_pool(workers: int | None = None) -> None:
    """Start the worker processes now, without waiting for them: they load trafilatura,
    the lexicons and the gazetteer (seconds of CPU) while the caller goes on (fetching
    the first pages, or waiting for Prefect's server in a backfill)."""
    workers = max(1, default_workers() if workers is None else workers)
    if workers not in _prestarted:
        _prestarted[workers] = PagePool(workers)


def take_pool(workers: int | None = None) -> PagePool:
    """The pool `prestart_pool` started for this many workers, or a new one."""
    workers = max(1, default_workers() if workers is None else workers)
    ready = _prestarted.pop(workers, None)
    return ready if ready is not None else PagePool(workers)


def discard_prestarted(workers: int | None = None) -> None:
    """Stop the pool `prestart_pool` started for this many workers, if any (without
    waiting for its workers to finish starting).

    A pool discarded before any of its workers was forked (a daily run whose feeds had
    nothing new) also stops the fork server, still warming up, when no other pool of this
    process needs it: otherwise it would go on loading trafilatura and the lexicons for
    nobody, holding the run's standard output open, so that whoever waits for the run's
    output (cron, a shell pipe, a scheduler) would wait for that warm-up too."""
    workers = max(1, default_workers() if workers is None else workers)
    ready = _prestarted.pop(workers, None)
    if ready is None:
        return
    never_forked = not ready._started.is_set() and not ready._slots
    ready.shutdown()
    if never_forked and not any(not pool._closed for pool in list(_pools)):
        _stop_warming_forkserver()


def _stop_warming_forkserver() -> None:
    """Kill this process's fork server (`multiprocessing` starts it again on the next
    pool). Its workers would die with it, so it is only called when no pool is left."""
    from multiprocessing import forkserver

    pid = getattr(getattr(forkserver, "_forkserver", None), "_forkserver_pid", None)
    if pid is None:
        return
    try:
        os.kill(pid, signal.SIGKILL)
    except OSError:   # already gone
        pass


_worker_pools: dict[float, PagePool] = {}
_worker_pools_lock = threading.Lock()


def worker_page_pool(page_timeout: float) -> PagePool:
    """The page pool of this process when it is a Dask worker (or any host that runs
    batches for a flow elsewhere): one page process per task thread, started on the first
    batch and kept for the next ones, with the flow's page time limit. The Dask path is
    bounded like the others: a stuck page's process is killed, the page comes back as a
    `timeout` row and the rest of its batch carries on."""
    with _worker_pools_lock:
        pool = _worker_pools.get(page_timeout)
        if pool is None or pool._closed:
            _allow_children()
            pool = _worker_pools[page_timeout] = PagePool(_task_threads(), page_timeout=page_timeout)
        return pool


def _task_threads() -> int:
    try:
        from distributed import get_worker

        return max(1, int(get_worker().state.nthreads))
    except (ImportError, ValueError, AttributeError):   # not on a Dask worker
        return 1


def _allow_children() -> None:
    """Dask's nanny starts its worker as a daemonic process, and `multiprocessing` refuses
    children to daemonic processes (they could be orphaned when it exits). The page
    processes cannot be: each asks the kernel to kill it when its fork server dies, and the
    fork server asks the same of this process (PR_SET_PDEATHSIG, forkserver_guard.py), so
    they go with the worker however it ends, kill -9 included."""
    import multiprocessing

    me = multiprocessing.current_process()
    if me.daemon:
        me._config["daemon"] = False   # what the `daemon` setter does, without its check
                                       # that the process object was never started
