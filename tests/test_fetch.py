"""fetch_all against httpx.MockTransport: every outcome is a FetchResult value."""
from __future__ import annotations

import asyncio
import gzip
import zlib

import httpx
import pytest

from flows.config import FetchSettings
from flows.fetch import FetchResult, fetch_all, make_client
from flows.netguard import GuardDecision

RSS = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'
FAST = dict(retries=2, backoff_base_s=0.001, max_retry_wait_s=0.01, timeout_s=2.0, connect_timeout_s=1.0)


async def allow_all(url: str, allow_private: bool) -> GuardDecision:
    return GuardDecision(True)


class Streamed(httpx.AsyncByteStream):
    """A body that arrives in chunks, as from a socket (not pre-read like content=...)."""

    def __init__(self, data: bytes, chunk: int = 65536) -> None:
        self.data, self.chunk = data, chunk

    async def __aiter__(self):
        for i in range(0, len(self.data), self.chunk):
            yield self.data[i : i + self.chunk]


def fetch(handler, urls, settings=None, **kwargs) -> list[FetchResult]:
    settings = settings or FetchSettings(**FAST)

    async def go():
        async with make_client(settings, transport=httpx.MockTransport(handler)) as client:
            return await fetch_all(client, urls, settings, guard=allow_all, **kwargs)

    return asyncio.run(go())


def test_ok_result_carries_body_headers_and_final_url():
    def handler(request):
        assert request.headers["user-agent"].startswith("strikewire/")
        assert "gzip" in request.headers["accept-encoding"]
        return httpx.Response(200, content=RSS, headers={"Content-Type": "application/rss+xml",
                                                         "ETag": '"v1"', "Last-Modified": "Tue, 01 Jul 2025 10:00:00 GMT"})

    (r,) = fetch(handler, ["https://a.example/rss"], kind="feed")
    assert r.ok and r.status == "ok" and r.http_status == 200 and r.body == RSS and r.error is None
    assert r.final_url == "https://a.example/rss"
    assert r.headers["etag"] == '"v1"' and r.etag == '"v1"'
    assert r.last_modified.startswith("Tue")
    assert r.elapsed_ms >= 0 and r.attempts == 1


def test_results_keep_the_order_of_urls_and_call_on_result():
    async def handler(request):
        await asyncio.sleep(0.01 if request.url.path == "/0" else 0)
        return httpx.Response(200, content=request.url.path.encode(), headers={"content-type": "text/html"})

    seen = []
    urls = [f"https://a.example/{i}" for i in range(10)]
    results = fetch(handler, urls, on_result=seen.append)
    assert [r.body.decode() for r in results] == [f"/{i}" for i in range(10)]
    assert sorted(r.url for r in seen) == sorted(urls)


def test_a_failing_on_result_callback_loses_nothing():
    def boom(_):
        raise RuntimeError("reporting broke")

    results = fetch(lambda req: httpx.Response(200, content=b"<html></html>"), ["https://a.example/"], on_result=boom)
    assert results[0].ok


def test_conditional_get_sends_validators_and_maps_304():
    def handler(request):
        assert request.headers["if-none-match"] == '"abc"'
        assert request.headers["if-modified-since"] == "Wed, 02 Jul 2025 08:00:00 GMT"
        return httpx.Response(304, headers={"ETag": '"abc"'})

    validators = {"https://a.example/rss": ('"abc"', "Wed, 02 Jul 2025 08:00:00 GMT")}
    (r,) = fetch(handler, ["https://a.example/rss"], kind="feed", validators=validators)
    assert r.status == "not_modified" and r.body is None and r.headers["etag"] == '"abc"'


def test_no_validators_no_conditional_headers():
    def handler(request):
        assert "if-none-match" not in request.headers and "if-modified-since" not in request.headers
        return httpx.Response(200, content=RSS)

    assert fetch(handler, ["https://a.example/rss"], kind="feed")[0].ok


@pytest.mark.parametrize("status", [500, 502, 503, 504, 429])
def test_retryable_statuses_are_retried_then_reported(status):
    calls = []

    def handler(request):
        calls.append(1)
        return httpx.Response(status)

    (r,) = fetch(handler, ["https://a.example/"])
    assert r.status == "http_error" and r.http_status == status
    assert len(calls) == 3 and r.attempts == 3
    assert str(status) in r.error and "3 attempts" in r.error


def test_retry_succeeds_after_a_503_with_retry_after():
    calls = []

    def handler(request):
        calls.append(1)
        if len(calls) == 1:
            return httpx.Response(503, headers={"Retry-After": "3600"})  # capped by max_retry_wait_s
        return httpx.Response(200, content=b"<html><p>x</p></html>", headers={"content-type": "text/html"})

    (r,) = fetch(handler, ["https://a.example/"])
    assert r.ok and r.attempts == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 410, 451])
def test_client_errors_are_not_retried(status):
    calls = []

    def handler(request):
        calls.append(1)
        return httpx.Response(status)

    (r,) = fetch(handler, ["https://a.example/"])
    assert r.status == "http_error" and r.http_status == status and len(calls) == 1


def test_timeouts_are_retried_and_reported():
    calls = []

    def handler(request):
        calls.append(1)
        raise httpx.ReadTimeout("read timed out", request=request)

    (r,) = fetch(handler, ["https://a.example/"])
    assert r.status == "timeout" and len(calls) == 3 and "timed out" in r.error


def test_connection_errors_are_network_errors_without_retry():
    calls = []

    def handler(request):
        calls.append(1)
        raise httpx.ConnectError("connection refused", request=request)

    (r,) = fetch(handler, ["https://a.example/"])
    assert r.status == "network_error" and "ConnectError" in r.error and len(calls) == 1


def test_unexpected_exceptions_in_the_transport_become_values():
    def handler(request):
        raise RuntimeError("transport bug")

    (r,) = fetch(handler, ["https://a.example/"])
    assert r.status == "network_error" and "transport bug" in r.error


def test_redirects_are_followed_and_final_url_recorded():
    def handler(request):
        if request.url.path == "/old":
            return httpx.Response(301, headers={"Location": "/new"})
        return httpx.Response(200, content=RSS, headers={"content-type": "application/xml"})

    (r,) = fetch(handler, ["https://a.example/old"], kind="feed")
    assert r.ok and r.url == "https://a.example/old" and r.final_url == "https://a.example/new"


def test_redirect_loop_detected():
    def handler(request):
        target = "/b" if request.url.path == "/a" else "/a"
        return httpx.Response(302, headers={"Location": target})

    (r,) = fetch(handler, ["https://a.example/a"])
    assert r.status == "too_many_redirects" and "loop" in r.error


def test_redirect_chain_longer_than_max_redirects():
    def handler(request):
        n = int(request.url.path.strip("/") or 0)
        return httpx.Response(302, headers={"Location": f"/{n + 1}"})

    settings = FetchSettings(**{**FAST, "max_redirects": 3})
    (r,) = fetch(handler, ["https://a.example/0"], settings)
    assert r.status == "too_many_redirects" and "3 redirects" in r.error


def test_content_length_over_the_limit_is_refused_before_reading():
    def handler(request):
        return httpx.Response(200, headers={"Content-Length": "999999999", "content-type": "text/html"},
                              stream=httpx.ByteStream(b""))

    settings = FetchSettings(**{**FAST, "max_body_bytes": 10_000})
    (r,) = fetch(handler, ["https://a.example/"], settings)
    assert r.status == "too_large" and "Content-Length" in r.error and r.body is None


def test_streamed_body_over_the_limit_is_cut_off():
    settings = FetchSettings(**{**FAST, "max_body_bytes": 10_000})
    (r,) = fetch(lambda req: httpx.Response(200, stream=Streamed(b"x" * 50_000, 4096)), ["https://a.example/"], settings)
    assert r.status == "too_large" and r.body is None


def test_gzip_bomb_is_cut_off_not_inflated():
    bomb = gzip.compress(b"\0" * 50_000_000, compresslevel=9)  # ~50 KB on the wire
    assert len(bomb) < 100_000
    settings = FetchSettings(**{**FAST, "max_body_bytes": 1_000_000})
    (r,) = fetch(lambda req: httpx.Response(200, stream=Streamed(bomb), headers={"Content-Encoding": "gzip"}),
                 ["https://a.example/"], settings)
    assert r.status == "too_large" and "after decoding" in r.error


@pytest.mark.parametrize("encoding, compress", [
    ("gzip", gzip.compress),
    ("deflate", zlib.compress),
    ("deflate", lambda b: zlib.compress(b)[2:-4]),  # raw deflate, as some servers send it
])
def test_compressed_bodies_are_decoded(encoding, compress):
    body = b"<html><body>" + b"<p>hello</p>" * 1000 + b"</body></html>"
    (r,) = fetch(lambda req: httpx.Response(200, stream=Streamed(compress(body), 1000), headers={"Content-Encoding": encoding}),
                 ["https://a.example/"])
    assert r.ok and r.body == body


def test_corrupt_gzip_is_a_network_error():
    (r,) = fetch(lambda req: httpx.Response(200, stream=Streamed(b"not gzip at all"), headers={"Content-Encoding": "gzip"}),
                 ["https://a.example/"])
    assert r.status == "network_error" and "gzip" in r.error


def test_unknown_content_encoding_is_reported():
    (r,) = fetch(lambda req: httpx.Response(200, stream=Streamed(b"??"), headers={"Content-Encoding": "zstd-x"}),
                 ["https://a.example/"])
    assert r.status == "network_error" and "zstd-x" in r.error


@pytest.mark.parametrize("kind, content_type, status", [
    ("feed", "application/rss+xml", "ok"),
    ("feed", "application/atom+xml; charset=utf-8", "ok"),
    ("feed", "text/xml", "ok"),
    ("feed", "text/html; charset=utf-8", "ok"),  # the parser reports 'not a feed'
    ("feed", "application/octet-stream", "ok"),
    ("feed", None, "ok"),
    ("feed", "image/png", "bad_content_type"),
    ("feed", "application/pdf", "bad_content_type"),
    ("feed", "application/json", "bad_content_type"),
    ("page", "text/html", "ok"),
    ("page", "application/xhtml+xml", "ok"),
    ("page", "video/mp4", "bad_content_type"),
    ("page", "application/zip", "bad_content_type"),
    ("page", "application/json", "bad_content_type"),
])
def test_content_type_checks(kind, content_type, status):
    headers = {"content-type": content_type} if content_type else {}
    (r,) = fetch(lambda req: httpx.Response(200, content=b"<x/>", headers=headers), ["https://a.example/"], kind=kind)
    assert r.status == status, r.error
    if status != "ok":
        assert r.body is None and content_type.split(";")[0] in r.error


def test_concurrency_limits_global_and_per_host():
    active = {"all": 0, "max_all": 0}
    per_host: dict[str, int] = {}
    max_host: dict[str, int] = {}

    async def handler(request):
        host = request.url.host
        active["all"] += 1
        per_host[host] = per_host.get(host, 0) + 1
        active["max_all"] = max(active["max_all"], active["all"])
        max_host[host] = max(max_host.get(host, 0), per_host[host])
        await asyncio.sleep(0.005)
        active["all"] -= 1
        per_host[host] -= 1
        return httpx.Response(200, content=b"<html></html>")

    settings = FetchSettings(**{**FAST, "max_concurrency": 5, "per_host": 2})
    urls = [f"https://h{i % 4}.example/{i}" for i in range(40)]
    results = fetch(handler, urls, settings)
    assert all(r.ok for r in results)
    assert active["max_all"] <= 5
    assert max(max_host.values()) <= 2


def test_bad_kind_is_a_programming_error():
    with pytest.raises(ValueError):
        fetch(lambda req: httpx.Response(200), ["https://a.example/"], kind="video")


def test_empty_url_list():
    assert fetch(lambda req: httpx.Response(200), []) == []


def test_retry_after_parsing_and_backoff_caps():
    from types import SimpleNamespace

    from flows.fetch import _Outcome, _retry_after_seconds, retry_wait

    assert _retry_after_seconds("120") == 120.0
    assert _retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past
    assert _retry_after_seconds("soon") is None and _retry_after_seconds(None) is None
    settings = FetchSettings(backoff_base_s=0.5, max_retry_wait_s=30.0)
    wait = retry_wait(settings)

    def state(attempt: int, retry_after: float | None):
        outcome = _Outcome(None, retryable=True, retry_after=retry_after)
        return SimpleNamespace(attempt_number=attempt, outcome=SimpleNamespace(result=lambda: outcome))

    assert wait(state(1, 3600.0)) == 30.0  # a server cannot park us for an hour
    assert wait(state(1, 2.0)) == 2.0
    for attempt in range(1, 8):
        waited = wait(state(attempt, None))
        assert 0.0 <= waited <= min(30.0, 0.5 * 2**attempt)


def test_preread_body_over_the_limit_is_too_large():
    settings = FetchSettings(**{**FAST, "max_body_bytes": 1024})
    (r,) = fetch(lambda req: httpx.Response(200, content=b"y" * 5000), ["https://a.example/"], settings)
    assert r.status == "too_large"


def test_a_name_that_does_not_resolve_is_a_network_error_and_is_retried():
    calls = []

    async def unresolvable(url: str, allow_private: bool) -> GuardDecision:
        calls.append(url)
        return GuardDecision(False, "cannot resolve host 'wire.invalid': [Errno -2] Name or service not known",
                             unresolved=True)

    async def run():
        settings = FetchSettings(**FAST)
        transport = httpx.MockTransport(lambda req: pytest.fail("nothing may be sent"))
        async with make_client(settings, transport=transport) as client:
            return await fetch_all(client, ["https://wire.invalid/rss"], settings, guard=unresolvable)

    (r,) = asyncio.run(run())
    assert r.status == "network_error" and "cannot resolve" in r.error
    assert len(calls) == FAST["retries"] + 1
