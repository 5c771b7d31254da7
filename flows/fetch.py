"""Fetching feeds and pages with limits: every failure is a `FetchResult`, never an exception.

What a fetch goes through, in order, for each URL (and again for each redirect hop):

1. `netguard.check_url`: loopback/private/link-local/reserved targets and non-http(s)
   schemes are refused unless `allow_private_networks`; nothing is sent for them. The
   connection itself goes to the addresses `netguard.PinnedBackend` resolved and judged
   at connect time, so a DNS answer that changes in between cannot redirect it.
2. A global semaphore (`max_concurrency`) and one per host (`per_host`), held only while
   a request is in flight (not while backing off).
3. One GET with `follow_redirects=False`: redirects are followed here, so every hop is
   checked by the guard, counted against `max_redirects` and checked for loops.
4. Status: 304 -> 'not_modified'; 429/5xx -> retried; other 4xx -> 'http_error'.
5. Content type checked for the kind ('feed' or 'page'), Content-Length pre-checked.
6. The body is read raw and decompressed here, with zlib's `max_length`, so no more than
   `max_body_bytes` (+1) of decoded bytes ever exist: a gzip bomb is cut off, not inflated.

Timeouts: httpx's connect/read/write/pool timeouts per operation, and an asyncio timeout
of `timeout_s` around each whole attempt (hops and body included). Retries (timeouts,
429, 5xx) back off exponentially with jitter, or as long as Retry-After says, capped.
"""
from __future__ import annotations

import asyncio
import email.utils
import logging
import time
import zlib
from dataclasses import dataclass, field
from typing import Awaitable, Callable
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx
from tenacity import AsyncRetrying, RetryCallState, retry_if_result, stop_after_attempt, wait_random_exponential

from flows.config import FetchSettings
from flows.netguard import GuardDecision, PinnedBackend, check_url

__all__ = ["FetchResult", "make_client", "fetch_all", "fetch_one", "STATUSES", "Resolver"]

log = logging.getLogger(__name__)

STATUSES = (
    "ok",
    "not_modified",
    "http_error",
    "timeout",
    "blocked",
    "too_large",
    "bad_content_type",
    "network_error",
    "too_many_redirects",
)

# A guard hook: tests inject one to decide without DNS. Signature of netguard.check_url.
Resolver = Callable[[str, bool], Awaitable[GuardDecision]]

try:  # brotli is optional: advertise it only when we can decode it
    import brotli  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - depends on the environment
    brotli = None

ACCEPT_ENCODING = "gzip, deflate" + (", br" if brotli is not None else "")
_REDIRECTS = (301, 302, 303, 307, 308)
_CHUNK_OUT = 1 << 20  # at most 1 MiB of decoded output per decompress call


@dataclass
class FetchResult:
    url: str
    final_url: str | None
    status: str
    http_status: int | None
    body: bytes | None
    headers: dict[str, str] = field(default_factory=dict)
    elapsed_ms: float = 0.0
    error: str | None = None
    attempts: int = 0  # added: how many requests were tried (retries included)

    @classmethod
    def failed(cls, url: str, status: str, error: str) -> "FetchResult":
        """A fetch that got no answer (refused, timed out, the network failed)."""
        return cls(url=url, final_url=None, status=status, http_status=None, body=None, error=error)

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    @property
    def content_type(self) -> str | None:
        return self.headers.get("content-type")

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")


class PinnedTransport(httpx.AsyncHTTPTransport):
    """httpx's own transport over a connection pool whose every TCP connection goes
    through `netguard.PinnedBackend` (resolve once, check, connect to what was checked)."""

    def __init__(self, limits: httpx.Limits, *, allow_private: bool, resolve=None):
        super().__init__(http1=True, http2=False, limits=limits, trust_env=False)
        # Same pool httpx builds (its SSL context and limits), plus our network backend:
        # AsyncHTTPTransport has no parameter for it.
        pool = self._pool
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=pool._ssl_context, max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry, http1=True, http2=False,
            network_backend=PinnedBackend(allow_private, resolve))


def make_client(settings: FetchSettings, transport: httpx.AsyncBaseTransport | None = None) -> httpx.AsyncClient:
    """The one client a run shares: HTTP/1.1, our own redirect handling, no env proxies,
    connections only to the addresses the guard judged (PinnedTransport)."""
    timeout = httpx.Timeout(
        settings.timeout_s,
        connect=min(settings.connect_timeout_s, settings.timeout_s),
    )
    limits = httpx.Limits(
        max_connections=settings.max_concurrency,
        max_keepalive_connections=settings.max_concurrency,
        keepalive_expiry=15.0,
    )
    if transport is None:
        transport = PinnedTransport(limits, allow_private=settings.allow_private_networks)
    return httpx.AsyncClient(
        http1=True,
        http2=False,
        timeout=timeout,
        limits=limits,
        follow_redirects=False,
        trust_env=False,  # an HTTP(S)_PROXY in the environment would bypass the guard's view
        transport=transport,
        headers={"User-Agent": settings.user_agent, "Accept-Encoding": ACCEPT_ENCODING},
    )


# ---------------------------------------------------------------- content types

_FEED_TYPES_BAD = ("image/", "audio/", "video/", "font/", "model/")
_BINARY_APPS = (
    "application/pdf",
    "application/zip",
    "application/gzip",
    "application/x-gzip",
    "application/x-tar",
    "application/msword",
    "application/vnd.",
    "application/x-shockwave-flash",
    "application/wasm",
)


def _content_type_problem(kind: str, content_type: str | None) -> str | None:
    """Why a body of this type is not worth reading for `kind`, or None."""
    if not content_type:
        return None
    mime = content_type.split(";", 1)[0].strip().lower()
    if not mime:
        return None
    if mime.startswith(_FEED_TYPES_BAD) or mime.startswith(_BINARY_APPS):
        return f"content type {mime!r} is not a {kind}"
    if kind == "page":
        if mime.startswith("text/") or mime in ("application/xhtml+xml", "application/octet-stream"):
            return None
        if mime.endswith("+xml") or mime.endswith("/xml"):
            return None  # XHTML served oddly; the cleaner decides
        return f"content type {mime!r} is not an HTML page"
    # Feeds: XML of any flavour, text (HTML included: the parser reports 'not a feed'),
    # octet-stream (common for static .xml files), JSON is not supported by feedparser here.
    if mime.startswith("text/") or "xml" in mime or mime in ("application/octet-stream", "application/x-rss", "application/rss", "application/atom"):
        return None
    return f"content type {mime!r} is not a feed"


# ---------------------------------------------------------------- bounded decoding


class _TooLarge(Exception):
    pass


class _BoundedDecoder:
    """Decode a Content-Encoding stream, refusing to produce more than `limit` bytes."""

    def __init__(self, encoding: str, limit: int) -> None:
        self.limit = limit
        self.total = 0
        self.parts: list[bytes] = []
        self.encoding = encoding
        self._deflate_guess = encoding == "deflate"
        self._z = self._new()

    def _new(self):
        if self.encoding == "gzip" or self.encoding == "x-gzip":
            return zlib.decompressobj(zlib.MAX_WBITS | 16)
        if self.encoding == "deflate":
            return zlib.decompressobj()
        if self.encoding == "br":
            return brotli.Decompressor() if brotli is not None else None
        return None  # identity

    def _emit(self, data: bytes) -> None:
        self.total += len(data)
        if self.total > self.limit:
            raise _TooLarge()
        if data:
            self.parts.append(data)

    def feed(self, data: bytes) -> None:
        if self._z is None:
            self._emit(data)
            return
        if self.encoding == "br":
            # brotli has no output bound per call; feed it small slices instead.
            for i in range(0, len(data), 1024):
                self._emit(self._z.process(data[i : i + 1024]))
            return
        buf = data
        while buf:
            try:
                out = self._z.decompress(buf, min(_CHUNK_OUT, self.limit - self.total + 1))
            except zlib.error:
                if self._deflate_guess and self.total == 0:
                    # "deflate" is often sent raw, without the zlib header.
                    self._deflate_guess = False
                    self._z = zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                raise
            self._deflate_guess = False
            self._emit(out)
            buf = self._z.unconsumed_tail
            if self._z.eof:
                rest = self._z.unused_data
                if rest.strip(b"\x00") and self.encoding in ("gzip", "x-gzip"):
                    self._z = self._new()  # concatenated gzip members
                    buf = rest
                else:
                    break

    def finish(self) -> bytes:
        if self._z is not None and self.encoding != "br":
            self._emit(self._z.flush())
        return b"".join(self.parts)


# ---------------------------------------------------------------- retries


def _retry_after_seconds(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - time.time())


def retry_wait(settings: FetchSettings):
    """How long to wait before the next attempt (a tenacity wait strategy): what the
    server's Retry-After asks, capped at `max_retry_wait_s`; otherwise exponential
    backoff from `backoff_base_s` with full jitter, under the same cap."""
    jittered = wait_random_exponential(multiplier=settings.backoff_base_s, max=settings.max_retry_wait_s)

    def wait(state: RetryCallState) -> float:
        retry_after = state.outcome.result().retry_after
        if retry_after is not None:
            return min(retry_after, settings.max_retry_wait_s)
        return jittered(state)

    return wait


# ---------------------------------------------------------------- one URL


@dataclass
class _Outcome:
    result: FetchResult
    retryable: bool = False
    retry_after: float | None = None


class _Limiter:
    def __init__(self, settings: FetchSettings) -> None:
        self.global_sem = asyncio.Semaphore(settings.max_concurrency)
        self.per_host = settings.per_host
        self.hosts: dict[str, asyncio.Semaphore] = {}

    def host(self, url: str) -> asyncio.Semaphore:
        try:
            parts = urlsplit(url)
            key = f"{(parts.hostname or '').lower()}:{parts.port or ''}"
        except ValueError:
            key = "?"
        sem = self.hosts.get(key)
        if sem is None:
            sem = self.hosts[key] = asyncio.Semaphore(self.per_host)
        return sem


def _lower_headers(response: httpx.Response) -> dict[str, str]:
    return {k.lower(): v for k, v in response.headers.items()}


async def _attempt(
    client: httpx.AsyncClient,
    url: str,
    settings: FetchSettings,
    kind: str,
    validator: tuple[str | None, str | None] | None,
    guard: Resolver,
) -> _Outcome:
    current = url
    seen = {url}
    hops = 0

    def result(status: str, error: str | None, *, http_status=None, body=None, headers=None) -> FetchResult:
        return FetchResult(url=url, final_url=current, status=status, http_status=http_status,
                           body=body, headers=headers or {}, error=error)

    while True:
        decision = await guard(current, settings.allow_private_networks)
        if not decision.allowed:
            where = "" if current == url else f" (redirect hop {hops} to {current})"
            if decision.unresolved:
                # A name that does not resolve is a network failure (and may pass), not a
                # refusal: nothing about the address was judged.
                return _Outcome(result("network_error", f"{decision.reason}{where}"), retryable=True)
            return _Outcome(result("blocked", f"refused{where}: {decision.reason}"))
        headers = {}
        if validator:
            etag, last_modified = validator
            if etag:
                headers["If-None-Match"] = etag
            if last_modified:
                headers["If-Modified-Since"] = last_modified
        request = client.build_request("GET", current, headers=headers)
        response = await client.send(request, stream=True)
        try:
            status = response.status_code
            rheaders = _lower_headers(response)
            if status in _REDIRECTS and "location" in rheaders:
                target = urljoin(str(response.url), rheaders["location"].strip())
                target = target.split("#", 1)[0]
                hops += 1
                if target in seen:
                    return _Outcome(result("too_many_redirects", f"redirect loop back to {target}",
                                           http_status=status, headers=rheaders))
                if hops > settings.max_redirects:
                    return _Outcome(result("too_many_redirects",
                                           f"more than {settings.max_redirects} redirects",
                                           http_status=status, headers=rheaders))
                seen.add(target)
                current = target
                continue
            if status == 304:
                return _Outcome(result("not_modified", "not modified since the last fetch",
                                       http_status=status, headers=rheaders))
            if status == 429 or status >= 500:
                reason = response.reason_phrase or ""
                return _Outcome(
                    result("http_error", f"HTTP {status} {reason}".strip(), http_status=status, headers=rheaders),
                    retryable=True,
                    retry_after=_retry_after_seconds(rheaders.get("retry-after")),
                )
            if status >= 400 or status < 200 or status in _REDIRECTS:
                reason = response.reason_phrase or ""
                extra = " without a Location" if status in _REDIRECTS else ""
                return _Outcome(result("http_error", f"HTTP {status} {reason}{extra}".strip(),
                                       http_status=status, headers=rheaders))
            problem = _content_type_problem(kind, rheaders.get("content-type"))
            if problem:
                return _Outcome(result("bad_content_type", problem, http_status=status, headers=rheaders))
            declared = rheaders.get("content-length", "").strip()
            encoding = rheaders.get("content-encoding", "identity").strip().lower() or "identity"
            if declared.isdigit() and encoding == "identity" and int(declared) > settings.max_body_bytes:
                return _Outcome(result("too_large",
                                       f"Content-Length {int(declared):,} exceeds {settings.max_body_bytes:,} bytes",
                                       http_status=status, headers=rheaders))
            if encoding not in ("identity", "gzip", "x-gzip", "deflate") and not (encoding == "br" and brotli):
                return _Outcome(result("network_error", f"unsupported Content-Encoding {encoding!r}",
                                       http_status=status, headers=rheaders))
            decoder = _BoundedDecoder(encoding, settings.max_body_bytes)
            try:
                if response.is_stream_consumed:
                    # A transport that hands over an already-read response (httpx's
                    # MockTransport with content=...): httpx has decoded it already.
                    body = response.content
                    if len(body) > settings.max_body_bytes:
                        raise _TooLarge()
                else:
                    async for raw in response.aiter_raw():
                        decoder.feed(raw)
                    body = decoder.finish()
            except _TooLarge:
                return _Outcome(result("too_large",
                                       f"body exceeds {settings.max_body_bytes:,} bytes after decoding ({encoding})",
                                       http_status=status, headers=rheaders))
            except (zlib.error, Exception) as exc:  # noqa: BLE001 - brotli raises its own type
                if isinstance(exc, (httpx.HTTPError, asyncio.CancelledError, TimeoutError)):
                    raise
                return _Outcome(result("network_error", f"cannot decode {encoding} body: {exc}",
                                       http_status=status, headers=rheaders))
            return _Outcome(result("ok", None, http_status=status, body=body, headers=rheaders))
        finally:
            await response.aclose()


async def fetch_one(
    client: httpx.AsyncClient,
    url: str,
    settings: FetchSettings,
    *,
    kind: str = "page",
    validator: tuple[str | None, str | None] | None = None,
    limiter: _Limiter | None = None,
    guard: Resolver | None = None,
) -> FetchResult:
    """Fetch one URL with retries; never raises (except on cancellation)."""
    limiter = limiter or _Limiter(settings)
    guard = guard or check_url
    started = time.perf_counter()
    attempts = 0

    async def attempt_once() -> _Outcome:
        nonlocal attempts
        attempts += 1
        try:
            async with limiter.global_sem, limiter.host(url):
                async with asyncio.timeout(settings.timeout_s):
                    return await _attempt(client, url, settings, kind, validator, guard)
        except (TimeoutError, httpx.TimeoutException) as exc:
            what = type(exc).__name__ if isinstance(exc, httpx.TimeoutException) else "total time"
            return _Outcome(
                FetchResult.failed(url, "timeout", f"timed out after {settings.timeout_s:g} s ({what})"),
                retryable=True,
            )
        except httpx.InvalidURL as exc:
            return _Outcome(FetchResult.failed(url, "blocked", f"invalid URL: {exc}"))
        except httpx.UnsupportedProtocol as exc:
            return _Outcome(FetchResult.failed(url, "blocked", f"unsupported URL: {exc}"))
        except httpx.TransportError as exc:
            detail = str(exc) or type(exc).__name__
            return _Outcome(FetchResult.failed(url, "network_error", f"{type(exc).__name__}: {detail}"))
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - the contract is: nothing escapes
            log.warning("unexpected error fetching %s", url, exc_info=True)
            return _Outcome(FetchResult.failed(url, "network_error", f"unexpected {type(exc).__name__}: {exc}"))

    # Retries (timeouts, 429, 5xx: the outcomes marked retryable) are tenacity's; when
    # they run out, the last outcome is the answer.
    retrying = AsyncRetrying(stop=stop_after_attempt(settings.retries + 1), wait=retry_wait(settings),
                             retry=retry_if_result(lambda o: o.retryable),
                             retry_error_callback=lambda state: state.outcome.result())
    outcome = await retrying(attempt_once)
    res = outcome.result
    res.attempts = attempts
    res.elapsed_ms = (time.perf_counter() - started) * 1000.0
    if res.error and attempts > 1 and res.status in ("timeout", "http_error"):
        res.error = f"{res.error} (after {attempts} attempts)"
    return res


async def fetch_all(
    client: httpx.AsyncClient,
    urls: list[str],
    settings: FetchSettings,
    *,
    kind: str = "page",
    validators: dict[str, tuple[str | None, str | None]] | None = None,
    on_result: Callable[[FetchResult], None] | None = None,
    guard: Resolver | None = None,
) -> list[FetchResult]:
    """Fetch every URL concurrently within the limits; results in the order of `urls`.

    `guard` replaces `netguard.check_url` (tests use it to avoid DNS).
    """
    if kind not in ("feed", "page"):
        raise ValueError(f"kind must be 'feed' or 'page', got {kind!r}")
    limiter = _Limiter(settings)
    validators = validators or {}

    async def one(url: str) -> FetchResult:
        try:
            res = await fetch_one(client, url, settings, kind=kind, validator=validators.get(url),
                                  limiter=limiter, guard=guard)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - belt and braces
            res = FetchResult.failed(url, "network_error", f"unexpected {type(exc).__name__}: {exc}")
        if on_result is not None:
            try:
                on_result(res)
            except Exception:  # noqa: BLE001 - a reporting hook must not lose results
                log.warning("on_result callback failed for %s", url, exc_info=True)
        return res

    return list(await asyncio.gather(*(one(u) for u in urls)))
