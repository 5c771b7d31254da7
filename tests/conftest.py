"""Fixtures shared by the whole suite.

`shared_dir` points at ../shared (the contract and the real corpus) beside the clone;
tests that need it skip cleanly where it is absent, as on a user's clone.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("STRIKEWIRE_SHARED", ROOT.parent / "shared"))

# Prefect must run quietly and offline in tests; a project-local home keeps its
# database (and its migrations) between runs. Set here, before anything imports Prefect:
# importing a flow module configures nothing (tests/test_flow_imports.py).
from flows.runtime import prefect_env  # noqa: E402

prefect_env.configure(ROOT / ".prefect")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "contract" / "EXTRACTION.md").exists():
        pytest.skip("../shared (contract and corpus) is not beside this clone")
    return SHARED


@pytest.fixture(scope="session")
def prefect_harness():
    """One Prefect test server for the whole session (it takes ~13 s to start)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


# --------------------------------------------------------------------------- loopback only
# No test may reach beyond this machine. Every name lookup and every connection made in
# the test process is checked: loopback addresses pass, anything else fails at once
# (before a DNS query or a packet leaves), so a stray link in a fixture is a test error.
import ipaddress  # noqa: E402
import socket  # noqa: E402

_real_getaddrinfo = socket.getaddrinfo
_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _is_loopback(host) -> bool:
    if isinstance(host, bytes):
        host = host.decode()
    if host in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(str(host).strip("[]").split("%")[0]).is_loopback
    except ValueError:
        return False


def _guarded_getaddrinfo(host, *args, **kwargs):
    if host is not None and not _is_loopback(host):
        raise socket.gaierror(socket.EAI_NONAME, f"tests may only reach loopback, not {host!r}")
    return _real_getaddrinfo(host, *args, **kwargs)


def _check_address(sock, address):
    if sock.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address[0]):
        raise ConnectionRefusedError(f"tests may only reach loopback, not {address[0]!r}")


def _guarded_connect(self, address):
    _check_address(self, address)
    return _real_connect(self, address)


def _guarded_connect_ex(self, address):
    _check_address(self, address)
    return _real_connect_ex(self, address)


socket.getaddrinfo = _guarded_getaddrinfo
socket.socket.connect = _guarded_connect
socket.socket.connect_ex = _guarded_connect_ex
