"""Refuse URLs that would make the job talk to this machine or its private network.

A feed list is configuration that someone else may edit, and every article URL comes
from a feed, i.e. from the internet: without a guard, a feed could point the job at
127.0.0.1, a cloud metadata address (169.254.169.254) or a router on the LAN.

`check_url` resolves the host with the running event loop's getaddrinfo and refuses
the URL when *any* address it resolves to is not globally routable. IP literals
(dotted, IPv6 in brackets, IPv4-mapped IPv6, and the odd integer/hex forms that
getaddrinfo also accepts) are checked as addresses. The fetcher calls this before
every request, redirects included.

A DNS answer can change between that check and the connection (DNS rebinding: a name
that resolved to a public address for the check resolves to 127.0.0.1 a moment later).
`PinnedBackend` closes that gap: it is the network backend under the HTTP client, so
every TCP connection resolves its host once, refuses it unless every address is
public, and connects to the very addresses it checked. TLS still verifies the
certificate against the host name, and the Host header is unchanged.
"""
from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpcore

__all__ = ["GuardDecision", "check_url", "check_scheme_and_host", "is_public_address", "PinnedBackend"]

_ALLOWED_SCHEMES = ("http", "https")

# Special-purpose blocks that `ipaddress` does not flag as private on every Python
# version: carrier-grade NAT, benchmarking, IETF protocol assignments, 6to4 relay,
# NAT64 local use, discard-only.
_EXTRA_BLOCKED = tuple(
    ipaddress.ip_network(n)
    for n in (
        "0.0.0.0/8",
        "100.64.0.0/10",
        "192.0.0.0/24",
        "192.88.99.0/24",
        "198.18.0.0/15",
        "64:ff9b:1::/48",
        "100::/64",
        "2001::/23",
    )
)


@dataclass(frozen=True)
class GuardDecision:
    allowed: bool
    reason: str | None = None  # why it was refused
    unresolved: bool = False   # refused only because the name did not resolve (DNS)


def is_public_address(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """True when `ip` is a globally routable unicast address."""
    if isinstance(ip, ipaddress.IPv6Address):
        mapped = ip.ipv4_mapped or ip.sixtofour
        if mapped is not None:
            return is_public_address(mapped)
        if ip.teredo is not None:
            return False
    if (
        ip.is_loopback
        or ip.is_private
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or not ip.is_global
    ):
        return False
    return not any(ip in net for net in _EXTRA_BLOCKED if net.version == ip.version)


def _literal_address(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    host = host.strip("[]")
    if "%" in host:  # IPv6 zone id: link-local by definition
        host = host.split("%", 1)[0]
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    # inet_aton accepts "127.1", "0x7f.0.0.1", "2130706433": so do resolvers.
    try:
        return ipaddress.IPv4Address(socket.inet_aton(host))
    except (OSError, ValueError):
        return None


def check_scheme_and_host(url: str) -> tuple[GuardDecision, str | None]:
    """Checks that need no DNS: scheme, presence of a host. Returns (decision, host)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
        _ = parts.port
    except ValueError as exc:
        return GuardDecision(False, f"invalid URL: {exc}"), None
    if parts.scheme.lower() not in _ALLOWED_SCHEMES:
        return GuardDecision(False, f"scheme {parts.scheme or '(none)'!r} is not http(s)"), None
    if not host:
        return GuardDecision(False, "URL has no host"), None
    return GuardDecision(True), host


async def check_url(url: str, allow_private: bool = False) -> GuardDecision:
    """May the job send a request to `url`? Never raises."""
    decision, host = check_scheme_and_host(url)
    if not decision.allowed or allow_private:
        return decision
    assert host is not None
    literal = _literal_address(host)
    if literal is not None:
        if is_public_address(literal):
            return GuardDecision(True)
        return GuardDecision(False, f"address {literal} is not public (loopback/private/reserved)")
    if host.lower() in ("localhost", "localhost.localdomain") or host.lower().endswith(".localhost"):
        return GuardDecision(False, f"host {host!r} is this machine")
    try:
        port = urlsplit(url).port or (443 if url.lower().startswith("https") else 80)
        loop = asyncio.get_running_loop()
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError, ValueError) as exc:
        return GuardDecision(False, f"cannot resolve host {host!r}: {exc}", unresolved=True)
    if not infos:
        return GuardDecision(False, f"host {host!r} resolves to no address")
    for info in infos:
        address = info[4][0]
        try:
            ip = ipaddress.ip_address(address.split("%", 1)[0])
        except ValueError:
            return GuardDecision(False, f"host {host!r} resolves to unparsable {address!r}")
        if not is_public_address(ip):
            return GuardDecision(False, f"host {host!r} resolves to non-public address {ip}")
    return GuardDecision(True)


# ---------------------------------------------------------------- the connection itself

Getaddrinfo = Callable[[str, int], Awaitable[list]]


async def _getaddrinfo(host: str, port: int) -> list:
    return await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)


class PinnedBackend(httpcore.AsyncNetworkBackend):
    """httpcore network backend: resolve once, judge the addresses, connect to them.

    With `allow_private` it only resolves and connects (the feeds file allowed private
    networks). `resolve` replaces the event loop's getaddrinfo (tests use it)."""

    def __init__(self, allow_private: bool = False, resolve: Getaddrinfo | None = None,
                 inner: httpcore.AsyncNetworkBackend | None = None):
        self.allow_private = allow_private
        self.resolve = resolve or _getaddrinfo
        self.inner = inner or httpcore.AnyIOBackend()

    async def _addresses(self, host: str, port: int) -> list[str]:
        literal = _literal_address(host)
        if literal is not None:
            addresses = [str(literal)]
        else:
            try:
                infos = await self.resolve(host, port)
            except (OSError, UnicodeError, ValueError) as exc:
                raise httpcore.ConnectError(f"cannot resolve host {host!r}: {exc}") from exc
            addresses = list(dict.fromkeys(info[4][0] for info in infos))
            if not addresses:
                raise httpcore.ConnectError(f"host {host!r} resolves to no address")
        if not self.allow_private:
            for address in addresses:
                try:
                    ip = ipaddress.ip_address(address.split("%", 1)[0])
                except ValueError:
                    raise httpcore.ConnectError(f"host {host!r} resolves to unparsable {address!r}") from None
                if not is_public_address(ip):
                    raise httpcore.ConnectError(
                        f"refused: host {host!r} resolves to non-public address {ip} at connection time")
        return addresses

    async def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                          local_address: str | None = None, socket_options=None) -> httpcore.AsyncNetworkStream:
        addresses = await self._addresses(host, port)
        last: Exception | None = None
        for address in addresses:
            try:
                return await self.inner.connect_tcp(address, port, timeout=timeout, local_address=local_address,
                                                    socket_options=socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
        assert last is not None
        raise last

    async def connect_unix_socket(self, path: str, timeout: float | None = None,
                                  socket_options=None) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("unix sockets are not fetched")

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)
