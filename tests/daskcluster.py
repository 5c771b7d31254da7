"""A real Dask cluster on 127.0.0.1, started as an operator starts one: `dask scheduler`
and `dask worker` processes from the `dask` extra's command line, each a subprocess of the
caller, every one of them (and what they started) killed when the block ends.

    with DaskCluster(workers=2) as cluster:
        strikewire backfill ... --task-runner dask --dask-address {cluster.address}

The workers run this interpreter with the project first on PYTHONPATH, so the tasks they
receive (pickled by reference: `flows.backfill.extract_batch`) import the same code as the
flow. Used by tests/test_dask_cluster.py and bench/bench_backfill.py.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class DaskCluster:
    def __init__(self, workers: int = 2, *, nthreads: int = 1, python: str = sys.executable,
                 env: dict | None = None, start_timeout_s: float = 120):
        self.n_workers = workers
        self.nthreads = nthreads
        self.python = python
        self.env = dict(env or os.environ)
        self.env["PYTHONPATH"] = str(ROOT) + (os.pathsep + self.env["PYTHONPATH"]
                                              if self.env.get("PYTHONPATH") else "")
        self.start_timeout_s = start_timeout_s
        self.port = free_port()
        self.address = f"tcp://127.0.0.1:{self.port}"
        self.procs: list[subprocess.Popen] = []
        self._tmp = tempfile.TemporaryDirectory(prefix="strikewire-dask-")

    # ---- lifetime
    def __enter__(self) -> "DaskCluster":
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def _spawn(self, name: str, args: list[str]) -> subprocess.Popen:
        log = open(Path(self._tmp.name) / f"{name}.log", "wb")
        proc = subprocess.Popen([self.python, "-m", "dask", *args], env=self.env, cwd=str(ROOT),
                                stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        log.close()
        self.procs.append(proc)
        return proc

    def start(self) -> None:
        self._spawn("scheduler", ["scheduler", "--host", "127.0.0.1", "--port", str(self.port),
                                  "--no-dashboard", "--no-show"])
        for n in range(self.n_workers):
            self.add_worker(n)
        self.wait_for_workers(self.n_workers)

    def add_worker(self, n: int) -> subprocess.Popen:
        local = Path(self._tmp.name) / f"worker-{n}"
        local.mkdir(exist_ok=True)
        return self._spawn(f"worker-{n}", ["worker", self.address, "--host", "127.0.0.1",
                                           "--nthreads", str(self.nthreads), "--nworkers", "1",
                                           "--no-dashboard", "--name", f"w{n}",
                                           "--local-directory", str(local)])

    def wait_for_workers(self, n: int) -> None:
        from distributed import Client

        deadline = time.monotonic() + self.start_timeout_s
        while True:
            try:
                with Client(self.address, timeout=10) as client:
                    client.wait_for_workers(n, timeout=max(1.0, deadline - time.monotonic()))
                    return
            except (OSError, TimeoutError):
                if time.monotonic() > deadline:
                    raise RuntimeError(f"the Dask cluster did not start:\n{self.logs()}") from None
                for p in self.procs:
                    if p.poll() is not None:
                        raise RuntimeError(f"a Dask process exited {p.returncode}:\n{self.logs()}")
                time.sleep(0.5)

    def stop(self) -> None:
        """Kill every process of the cluster and every process they started."""
        tree = []
        for proc in self.procs:
            try:
                root = psutil.Process(proc.pid)
                tree += [root] + root.children(recursive=True)
            except psutil.Error:
                pass
        for p in tree:
            try:
                p.send_signal(signal.SIGKILL)
            except psutil.Error:
                pass
        psutil.wait_procs(tree, timeout=15)
        for proc in self.procs:
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                pass
        self._tmp.cleanup()

    # ---- looking inside
    def all_pids(self) -> list[int]:
        pids = []
        for proc in self.procs:
            try:
                root = psutil.Process(proc.pid)
                pids += [root.pid] + [c.pid for c in root.children(recursive=True)]
            except psutil.Error:
                pass
        return pids

    def worker_processes(self) -> list[psutil.Process]:
        """The processes that run tasks: each `dask worker` (a nanny) starts one."""
        out = []
        for proc in self.procs[1:]:
            try:
                nanny = psutil.Process(proc.pid)
                out += [c for c in nanny.children() if "forkserver" not in " ".join(c.cmdline())
                        and "resource_tracker" not in " ".join(c.cmdline())]
            except psutil.Error:
                pass
        return out

    def logs(self) -> str:
        parts = []
        for path in sorted(Path(self._tmp.name).glob("*.log")):
            parts.append(f"--- {path.name}\n" + path.read_text(errors="replace")[-3000:])
        return "\n".join(parts)
