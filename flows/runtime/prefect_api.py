"""Start the one-shot Prefect API server first thing, so it boots while the CLI imports.

When no Prefect API is configured, Prefect starts a temporary ("ephemeral") API server
the first time a flow needs it: after `import prefect`, after our imports and the
warehouse checks, so the run waits ~3–4 s for a server process that could have been
starting all along. `EarlyApi.start()` launches the same server (Prefect's own app
factory under uvicorn, as Prefect launches it) before anything heavy is imported and
points `PREFECT_API_URL` at it; `wait_ready()` is called just before the flow.

It never replaces a configured API: an operator's `PREFECT_API_URL` (environment or
the active Prefect profile) wins, and nothing is started once `prefect` is imported in
this process (its settings are already read). The server is stopped at exit, and on
Linux it also dies with its parent (a `kill -9` of the CLI leaves no server behind).
"""
from __future__ import annotations

import atexit
import os
import socket
import subprocess
import sys
import tempfile
import time
import tomllib
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

__all__ = ["EarlyApi", "ApiStartError", "api_configured", "one_shot_settings", "start_early", "wait_ready"]


class ApiStartError(RuntimeError):
    """Prefect's API server did not come up."""


def _active_profile_api_url(env: os._Environ | dict) -> str | None:
    home = Path(env.get("PREFECT_HOME") or Path.home() / ".prefect").expanduser()
    path = Path(env.get("PREFECT_PROFILES_PATH") or home / "profiles.toml").expanduser()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    name = env.get("PREFECT_PROFILE") or data.get("active") or "ephemeral"
    profile = (data.get("profiles") or {}).get(name) or {}
    value = profile.get("PREFECT_API_URL")
    return str(value) if value else None


def api_configured(env: os._Environ | dict | None = None) -> bool:
    """True when the operator pointed Prefect at an API (environment or active profile)."""
    env = os.environ if env is None else env
    return bool(env.get("PREFECT_API_URL") or _active_profile_api_url(env))


def _listening_socket() -> socket.socket:
    """A socket bound to a free 127.0.0.1 port and listening: handed to the server as is,
    so no other process can take the port between choosing it and serving on it."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    return sock


def _die_with_parent_hook():
    """Linux: a pre-exec hook asking the kernel to SIGTERM the server when the CLI dies.

    Everything is looked up here, in the parent: between fork and exec the child only
    makes one C call (no import, no lock another thread might hold at the fork)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes
        import signal

        prctl = ctypes.CDLL(None, use_errno=True).prctl
        sigterm = int(signal.SIGTERM)
    except (OSError, AttributeError):
        return None

    def hook() -> None:  # pragma: no cover - runs in the child before exec
        prctl(1, sigterm)  # PR_SET_PDEATHSIG

    return hook


class EarlyApi:
    """Prefect's API server (its own app factory under uvicorn) on a free loopback port."""

    def __init__(self, startup_timeout_s: float | None = None):
        self.startup_timeout_s = startup_timeout_s or float(
            os.environ.get("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90"))
        self.port: int | None = None
        self.process: subprocess.Popen | None = None
        self._log = None
        self._ready = False

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def start(self) -> "EarlyApi":
        sock = _listening_socket()
        self.port = sock.getsockname()[1]
        self._log = tempfile.TemporaryFile(prefix="strikewire-prefect-api-")
        env = {**os.environ, "PREFECT_UI_ENABLED": "0",
               # what Prefect sets for its own temporary server
               "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}
        env.pop("PREFECT_API_URL", None)
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "uvicorn", "--factory", "prefect.server.api.server:create_app",
                 "--fd", str(sock.fileno()), "--log-level", "error", "--lifespan", "on"],
                env=env, stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT,
                pass_fds=(sock.fileno(),), preexec_fn=_die_with_parent_hook(),
            )
        finally:
            sock.close()  # the server has its own copy
        atexit.register(self.stop)
        return self

    def _output(self) -> str:
        if self._log is None:
            return ""
        self._log.seek(0)
        text = self._log.read().decode("utf-8", "replace").strip()
        return text[-2000:]

    def wait_ready(self, notice: Callable[[str], None] | None = None, notice_after_s: float = 3.0) -> None:
        """Block until the server answers /health; ApiStartError if it exits or times out.

        `notice` is called once with a line for the operator when the wait passes
        `notice_after_s` (the first start on a fresh PREFECT_HOME applies Prefect's
        migrations and can take half a minute)."""
        if self._ready:
            return
        assert self.process is not None, "start() first"
        started = time.monotonic()
        deadline = started + self.startup_timeout_s
        while True:
            if notice is not None and time.monotonic() - started >= notice_after_s:
                notice(f"waiting for Prefect's API server to start ({self.api_url}); the first start "
                       "in a new PREFECT_HOME applies its database migrations")
                notice = None
            code = self.process.poll()
            if code is not None:
                raise ApiStartError(f"Prefect's API server exited with status {code} before it was ready"
                                    + (f": {self._output()}" if self._output() else ""))
            try:
                # The port listens from the start: the request waits in the backlog until
                # the server accepts it, so it is answered as soon as the server is up.
                wait = 10 if notice is None else max(0.1, notice_after_s - (time.monotonic() - started))
                with urllib.request.urlopen(f"{self.api_url}/health", timeout=wait) as resp:
                    if resp.status == 200:
                        self._ready = True
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise ApiStartError(f"Prefect's API server did not answer within {self.startup_timeout_s:.0f} s "
                                    "(PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS)")
            time.sleep(0.05)

    def stop(self) -> None:
        proc, self.process = self.process, None
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if self._log is not None:
            self._log.close()
            self._log = None


_early: EarlyApi | None = None


def start_early() -> EarlyApi | None:
    """Start the server and point PREFECT_API_URL at it, unless an API is configured or
    Prefect is already imported here. Idempotent; returns the server or None."""
    global _early
    if _early is not None:
        return _early
    if "prefect" in sys.modules or api_configured():
        return None
    _early = EarlyApi().start()
    os.environ["PREFECT_API_URL"] = _early.api_url
    # The server runs without its UI and stops with the run: no "View at <url>" links.
    os.environ.setdefault("PREFECT_UI_URL", "")
    # It is this very Prefect, started a moment ago: the client need not ask its version
    # (a request on the run's path before the flow run is created, ~0.1-0.3 s).
    os.environ.setdefault("PREFECT_CLIENT_SERVER_VERSION_CHECK_ENABLED", "false")
    return _early


def one_shot_settings():
    """Settings for a flow run on the one-shot server, as a context manager around the run.

    No heartbeats: they let a long-lived server notice a crashed run, and this server
    dies with the run. Stopping the heartbeat thread costs each run up to 1 s at its end
    (it sleeps in 1 s steps). With an operator's API nothing changes."""
    from contextlib import nullcontext

    if _early is None:
        return nullcontext()
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    return temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None})


def wait_ready(notice: Callable[[str], None] | None = None) -> None:
    """Wait for the server start_early() started (no-op when it started none)."""
    if _early is not None:
        _early.wait_ready(notice)
