"""The guard refuses non-public targets before anything is sent."""
from __future__ import annotations

import asyncio
import ipaddress

import httpx
import pytest

from flows.config import FetchSettings
from flows.fetch import fetch_all, make_client
from flows.netguard import GuardDecision, check_url, is_public_address


def run(coro):
    return asyncio.run(coro)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/feed",
        "http://127.1/feed",  # short form inet_aton accepts
        "http://2130706433/feed",  # 127.0.0.1 as an integer
        "http://0x7f000001/feed",
        "http://localhost:8080/feed",
        "http://api.localhost/feed",
        "http://10.1.2.3/",
        "http://172.16.0.1/",
        "http://192.168.1.1/",
        "http://169.254.169.254/latest/meta-data/",  # cloud metadata
        "http://100.64.0.1/",  # carrier-grade NAT
        "http://0.0.0.0/",
        "http://224.0.0.1/",
        "http://240.0.0.1/",
        "http://255.255.255.255/",
        "http://[::1]/",
        "http://[::]/",
        "http://[fe80::1]/",
        "http://[fe80::1%25eth0]/",
        "http://[fc00::1]/",
        "http://[ff02::1]/",
        "http://[::ffff:127.0.0.1]/",  # IPv4-mapped
        "http://[::ffff:10.0.0.1]/",
        "http://[2002:7f00:1::]/",  # 6to4 wrapping 127.0.0.1
        "file:///etc/passwd",
        "ftp://example.com/feed",
        "gopher://example.com/",
        "javascript:alert(1)",
        "http:///nohost",
        "not a url",
        "",
    ],
)
def test_refused(url):
    decision = run(check_url(url, allow_private=False))
    assert not decision.allowed
    assert decision.reason


@pytest.mark.parametrize("ip", ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "1.1.1.1"])
def test_public_literals_allowed(ip):
    host = f"[{ip}]" if ":" in ip else ip
    assert run(check_url(f"https://{host}/rss", allow_private=False)).allowed
    assert is_public_address(ipaddress.ip_address(ip))


def test_allow_private_lets_loopback_through_but_not_other_schemes():
    assert run(check_url("http://127.0.0.1:8000/feed", allow_private=True)).allowed
    assert not run(check_url("file:///etc/passwd", allow_private=True)).allowed


def test_hostnames_are_resolved_with_the_event_loop(monkeypatch):
    """A name resolving to a private address is refused; any private answer is enough."""
    answers = {
        "intranet.example": ["10.0.0.5"],
        "mixed.example": ["93.184.216.34", "127.0.0.1"],
        "public.example": ["93.184.216.34", "2606:2800:220:1::1"],
    }

    async def fake_getaddrinfo(self, host, port, *args, **kwargs):
        if host not in answers:
            import socket

            raise socket.gaierror(-2, "Name or service not known")
        return [(2, 1, 6, "", (ip, port)) for ip in answers[host]]

    monkeypatch.setattr(asyncio.BaseEventLoop, "getaddrinfo", fake_getaddrinfo)
    assert not run(check_url("https://intranet.example/rss")).allowed
    assert "10.0.0.5" in run(check_url("https://intranet.example/rss")).reason
    assert not run(check_url("https://mixed.example/rss")).allowed
    assert run(check_url("https://public.example/rss")).allowed
    unresolved = run(check_url("https://nxdomain.example/rss"))
    assert not unresolved.allowed and "cannot resolve" in unresolved.reason


def _explode(request: httpx.Request) -> httpx.Response:
    pytest.fail(f"a request was sent to {request.url} although the guard should refuse it")


def test_fetch_sends_nothing_to_refused_urls():
    settings = FetchSettings(allow_private_networks=False, retries=0)
    urls = ["http://127.0.0.1/x", "http://[::1]/", "http://169.254.169.254/", "file:///etc/passwd",
            "http://localhost/", "http://192.168.0.10/feed"]

    async def go():
        async with make_client(settings, transport=httpx.MockTransport(_explode)) as client:
            return await fetch_all(client, urls, settings, kind="feed")

    results = run(go())
    assert [r.url for r in results] == urls
    assert all(r.status == "blocked" for r in results), [(r.url, r.status, r.error) for r in results]
    assert all(r.error and r.body is None for r in results)


async def _public_guard(url: str, allow_private: bool) -> GuardDecision:
    """Treat every *.example name as public, check literals for real: no DNS in tests."""
    from urllib.parse import urlsplit

    host = urlsplit(url).hostname or ""
    if host.endswith(".example"):
        return GuardDecision(True)
    return await check_url(url, allow_private)


def test_redirect_to_private_address_is_refused_and_not_followed():
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(str(request.url))
        if request.url.host == "news.example":
            return httpx.Response(302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})
        pytest.fail(f"followed a redirect to {request.url}")

    settings = FetchSettings(allow_private_networks=False, retries=0)

    async def go():
        async with make_client(settings, transport=httpx.MockTransport(handler)) as client:
            return await fetch_all(client, ["https://news.example/rss"], settings, kind="feed", guard=_public_guard)

    (result,) = run(go())
    assert result.status == "blocked"
    assert "redirect" in result.error and "169.254.169.254" in result.error
    assert calls == ["https://news.example/rss"]


def test_redirect_to_other_scheme_is_refused():
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "news.example":
            return httpx.Response(301, headers={"Location": "file:///etc/passwd"})
        pytest.fail("followed a file: redirect")

    settings = FetchSettings(retries=0)

    async def go():
        async with make_client(settings, transport=httpx.MockTransport(handler)) as client:
            return await fetch_all(client, ["https://news.example/a"], settings, guard=_public_guard)

    (result,) = run(go())
    assert result.status == "blocked" and "file" in result.error


# ------------------------------------------------------------- DNS rebinding: PinnedBackend

def _settings(allow_private: bool) -> FetchSettings:
    return FetchSettings(allow_private_networks=allow_private, retries=0, timeout_s=10)


async def _allow_all(url: str, allow_private: bool) -> GuardDecision:
    return GuardDecision(True)  # the pre-request check was fooled: a public answer


def _resolver_to(ip: str, calls: list):
    async def resolve(host: str, port: int):
        import socket
        calls.append(host)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port))]
    return resolve


def _fetch_with(transport_resolver, url: str, allow_private: bool):
    from flows.fetch import PinnedTransport

    async def go():
        settings = _settings(allow_private)
        limits = httpx.Limits(max_connections=4, max_keepalive_connections=4)
        transport = PinnedTransport(limits, allow_private=allow_private, resolve=transport_resolver)
        async with make_client(settings, transport=transport) as client:
            return await fetch_all(client, [url], settings, guard=_allow_all)
    return run(go())[0]


@pytest.fixture()
def fault_server():
    from tests.faultserver import FaultServer

    with FaultServer() as server:
        yield server


def _fetch_news_example(server, allow_private: bool):
    """GET http://news.example:PORT/feed/good.xml with news.example resolving to the
    loopback server (as a rebinding DNS answer would); returns (result, names resolved)."""
    port = server.base_url.rsplit(":", 1)[1]
    calls: list = []
    result = _fetch_with(_resolver_to("127.0.0.1", calls), f"http://news.example:{port}/feed/good.xml",
                         allow_private=allow_private)
    return result, calls


def test_a_name_rebound_to_loopback_at_connection_time_is_refused_and_sends_nothing(fault_server):
    result, calls = _fetch_news_example(fault_server, allow_private=False)
    assert result.status == "network_error"
    assert "non-public address 127.0.0.1 at connection time" in result.error
    assert calls == ["news.example"] and fault_server.hits() == 0


def test_the_connection_goes_to_the_resolved_address_with_the_host_name_kept(fault_server):
    result, calls = _fetch_news_example(fault_server, allow_private=True)
    assert result.status == "ok", result.error
    ((path, headers),) = fault_server.requests()
    port = fault_server.base_url.rsplit(":", 1)[1]
    assert path == "/feed/good.xml" and headers.get("Host") == f"news.example:{port}"
    assert calls == ["news.example"]


@pytest.mark.parametrize("host, ok", [("93.184.216.34", True), ("127.0.0.1", False), ("10.0.0.8", False),
                                      ("::ffff:127.0.0.1", False)])
def test_pinned_backend_judges_literals_without_dns(host, ok):
    import httpcore

    from flows.netguard import PinnedBackend

    async def no_dns(host, port):
        raise AssertionError("a literal needs no lookup")

    backend = PinnedBackend(False, no_dns)
    if ok:
        assert run(backend._addresses(host, 80)) == [host]
    else:
        with pytest.raises(httpcore.ConnectError, match="non-public"):
            run(backend._addresses(host, 80))


def test_default_client_uses_the_pinned_backend():
    from flows.fetch import PinnedTransport
    from flows.netguard import PinnedBackend

    async def go():
        async with make_client(_settings(False)) as client:
            transport = client._transport
            assert isinstance(transport, PinnedTransport)
            assert isinstance(transport._pool._network_backend, PinnedBackend)
            assert transport._pool._network_backend.allow_private is False
    run(go())
