"""The RunComfy Model API over httpx: five calls, every answer read tolerantly, every failure
mapped to ``app.core.errors`` in exactly one place (``_error_for``).

Retries (through httpx-retries, bounded in attempts and in total waiting time):

* ``status``, ``result``, ``model_info`` and ``cancel`` are safe to repeat (reading, or
  cancelling twice, changes nothing more), so they are retried on connection errors,
  time-outs, dropped connections, 429 and 5xx, with exponential back-off and full jitter,
  honouring the server's ``Retry-After``.
* ``submit`` costs money and RunComfy documents no idempotency key, so it is repeated only
  when it certainly did not reach the server: the connection could not be opened
  (``ConnectError``, ``ConnectTimeout``, no free connection in the pool) or the server
  refused it with 429 (then after its ``Retry-After``). When the outcome is unknown — a
  time-out after the body went out, a connection lost before the answer, a 5xx, a 2xx that
  cannot be read or carries no usable request id — ``SubmissionUncertain`` is raised: the
  server may have queued the job, and only the user, looking at the RunComfy generation
  history, can tell. It is never sent again by itself.

A 429 also pauses every later request of this client until its ``Retry-After`` has passed
(a shared pause), so that many jobs polling at once do not keep hammering a server that
asked them to wait.

The API key is sent only to the API base's own scheme, host and port (``_HostBearer``), no
redirect is followed, cookies are never kept, and no message, raw body or repr carries it.

Every text an answer brings (error messages, raw bodies, every string of a JSON answer, the
result fields a job keeps) passes through ``app.core.text`` as it comes in: any key this
process knows is redacted and control characters are stripped, before anything stores,
logs, prints or shows it. An answer may be at most ``MAX_ANSWER_BYTES`` (4 MiB): it is
read as a stream and counted, and a larger one is refused as a ``ProtocolError``
(``app.api.answers``).
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import json
import math
import re
import time
from collections.abc import Generator, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import parsedate_to_datetime
from http.cookiejar import DefaultCookiePolicy
from typing import Any
from urllib.parse import urlsplit

import httpx
from httpx_retries import Retry, aretry_request

from app.api.answers import MAX_ANSWER_BYTES, AnswerTooLarge, cap_answers, too_large_message
from app.api.secrets import redact
from app.core.errors import (
    ApiError,
    AuthError,
    BadRequest,
    InsufficientBalance,
    InvalidApiBase,
    JobGone,
    NetworkError,
    PermissionDenied,
    PriceUnavailable,
    ProtocolError,
    RateLimited,
    ServerError,
    SubmissionUncertain,
    UnknownModel,
)
from app.core.text import clean_data, outside_text
from app.core.urls import check_api_base, is_loopback_host

# httpx's connection layer loads anyio's asyncio backend at its first request, on the loop's
# (the window's) thread; imported with this module, it is loaded where the client is made, off
# that thread. Only a head start: if anyio moves it, httpx still loads it when first needed.
with contextlib.suppress(ImportError):
    importlib.import_module("anyio._backends._asyncio")

DEFAULT_TIMEOUT = httpx.Timeout(30, connect=10)
# The server may take a while to store inline images before it answers a submission.
SUBMIT_READ_TIMEOUT = 90.0
RAW_LIMIT = 2000
MESSAGE_LIMIT = 300
REQUEST_ID = re.compile(r"[A-Za-z0-9_-]{1,128}")
MODEL_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*")
USER_AGENT = "Storyreel (+https://www.runcomfy.com)"
URL_CACHE_SIZE = 512  # API URLs kept parsed: a few per job followed

# Documented states, and words other deployments have been seen to use for them.
QUEUED, RUNNING, COMPLETED = "in_queue", "in_progress", "completed"
SUCCEEDED, FAILED, CANCELLED = "succeeded", "failed", "cancelled"
_STATUS_WORDS = {
    QUEUED: QUEUED,
    "queued": QUEUED,
    "pending": QUEUED,
    "waiting": QUEUED,
    "submitted": QUEUED,
    RUNNING: RUNNING,
    "running": RUNNING,
    "processing": RUNNING,
    "starting": RUNNING,
    "started": RUNNING,
    COMPLETED: COMPLETED,
    "complete": COMPLETED,
    "done": COMPLETED,
    "finished": COMPLETED,
    SUCCEEDED: SUCCEEDED,
    "success": SUCCEEDED,
    "successful": SUCCEEDED,
    FAILED: FAILED,
    "failure": FAILED,
    "error": FAILED,
    "errored": FAILED,
    CANCELLED: CANCELLED,
    "canceled": CANCELLED,
}
VIDEO_SUFFIXES = (".mp4", ".mov", ".webm", ".mkv", ".m4v", ".avi")
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp")
COST_KEYS = (
    "cost",
    "cost_usd",
    "total_cost",
    "total_cost_usd",
    "charged",
    "charged_usd",
    "charge",
    "amount",
    "amount_usd",
    "billed",
    "billed_usd",
)
_COST_CONTAINERS = ("billing", "usage", "metadata", "meta", "cost")


# --- what the calls return -------------------------------------------------------------------


@dataclass(frozen=True)
class Submission:
    request_id: str
    status_url: str | None
    result_url: str | None
    cancel_url: str | None
    raw: dict[str, Any] = field(repr=False)


@dataclass(frozen=True)
class Status:
    """``status`` is one of in_queue, in_progress, completed, cancelled, succeeded, failed
    (other words are mapped to these; a word never seen is kept as it came)."""

    status: str
    queue_position: int | None
    raw: dict[str, Any] = field(repr=False)


@dataclass(frozen=True)
class Result:
    status: str
    outputs: list[str]
    created_at: float | None
    finished_at: float | None
    cost: float | None
    raw: dict[str, Any] = field(repr=False)

    @property
    def error_message(self) -> str | None:
        """The server's reason for a failed job, when it gave one."""
        return _message_from(self.raw, deep=True)


@dataclass(frozen=True)
class Price:
    unit_price: float
    unit: str  # "second" or "output"
    note: str


# --- retry policy ----------------------------------------------------------------------------


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try before giving up. Tests pass tiny waits; the defaults suit RunComfy."""

    attempts: int = 5
    backoff: float = 0.5  # the first wait; doubled each time, with full jitter
    max_wait: float = 30.0  # one wait, a Retry-After included
    total_wait: float = 60.0  # all waits of one call together
    submit_attempts: int = 3  # only for "certainly not sent" failures and 429

    def for_reads(self) -> Retry:
        return Retry(
            total=max(0, self.attempts - 1),
            allowed_methods=["GET", "POST", "HEAD"],
            status_forcelist=[429, 500, 502, 503, 504],
            retry_on_exceptions=[
                httpx.TimeoutException,
                httpx.NetworkError,
                httpx.RemoteProtocolError,
            ],
            backoff_factor=self.backoff,
            max_backoff_wait=self.max_wait,
            total_timeout=self.total_wait,
        )

    def for_submit(self) -> Retry:
        return Retry(
            total=max(0, self.submit_attempts - 1),
            allowed_methods=["POST"],
            status_forcelist=[429],
            retry_on_exceptions=list(_NOT_SENT),
            backoff_factor=self.backoff,
            max_backoff_wait=self.max_wait,
            total_timeout=self.total_wait,
        )


# Failures after which the request certainly never left this machine.
_NOT_SENT: tuple[type[httpx.TransportError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)


# --- helpers ---------------------------------------------------------------------------------


def check_request_id(request_id: str) -> str:
    if not isinstance(request_id, str) or not REQUEST_ID.fullmatch(request_id):
        raise UnknownModel(
            f"'{str(request_id)[:140]}' is not a valid RunComfy request id: request ids are 1 to "
            "128 letters, digits, '-' or '_'."
        )
    return request_id


def check_model_id(model_id: str) -> str:
    if not isinstance(model_id, str) or not MODEL_ID.fullmatch(model_id):
        raise UnknownModel(
            f"The model id is wrong: '{str(model_id)[:140]}' is not a RunComfy model id "
            "(such as bytedance/seedance-1-0/lite/image-to-video)."
        )
    return model_id


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        seconds = when.timestamp() - time.time()
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


def _number(value: Any) -> float | None:
    """A finite, non-negative amount from a number or a numeric string ("0.25", "$0.25")."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        number = float(value)
    elif isinstance(value, str):
        text = value.strip().removeprefix("$").removesuffix("USD").strip()
        try:
            number = float(text)
        except ValueError:
            return None
    else:
        return None
    return number if math.isfinite(number) and number >= 0 else None


def _timestamp(value: Any) -> float | None:
    """Seconds since the epoch from a number (seconds or milliseconds) or an ISO 8601 text."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str):
        text = value.strip()
        try:
            value = float(text)
        except ValueError:
            try:
                parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
            except ValueError:
                return None
            if parsed.tzinfo is None:
                return parsed.replace(tzinfo=datetime.now().astimezone().tzinfo).timestamp()
            return parsed.timestamp()
    if isinstance(value, (int, float)) and math.isfinite(value) and value > 0:
        return value / 1000 if value > 1e12 else float(value)
    return None


def find_cost(data: Mapping[str, Any], depth: int = 0) -> float | None:
    """The amount charged, wherever a deployment put it ("cost", "cost_usd", "billing"...)."""
    for key in COST_KEYS:
        if key in data:
            amount = _number(data[key])
            if amount is not None:
                return amount
    if depth < 2:
        for key in (*COST_KEYS, *_COST_CONTAINERS):
            nested = data.get(key)
            if isinstance(nested, Mapping):
                amount = find_cost(nested, depth + 1)
                if amount is not None:
                    return amount
    return None


def _is_url(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(("https://", "http://"))


def _suffix(url: str) -> str:
    path = urlsplit(url).path.lower()
    dot = path.rfind(".")
    return path[dot:] if dot > path.rfind("/") else ""


def output_urls(output: Any) -> list[str]:
    """Every output URL, videos first, then anything else, then images; each once.

    Accepts every documented shape: an object with ``video``/``videos``/``image``/``images``
    (and other URL-valued keys), a single URL string, or an array of URLs (or of objects
    with a ``url``).
    """
    videos: list[str] = []
    others: list[str] = []
    images: list[str] = []

    def by_suffix(url: str) -> None:
        suffix = _suffix(url)
        if suffix in VIDEO_SUFFIXES:
            videos.append(url)
        elif suffix in IMAGE_SUFFIXES:
            images.append(url)
        else:
            others.append(url)

    def items(value: Any) -> Iterable[str]:
        values = value if isinstance(value, list) else [value]
        for item in values:
            if isinstance(item, Mapping):
                item = item.get("url") or item.get("uri")
            if _is_url(item):
                yield item

    if isinstance(output, Mapping):
        for key in ("video", "videos"):
            videos.extend(items(output.get(key)))
        for key in ("image", "images"):
            images.extend(items(output.get(key)))
        for key, value in output.items():
            if key not in ("video", "videos", "image", "images"):
                for url in items(value):
                    by_suffix(url)
    else:
        for url in items(output):
            by_suffix(url)
    seen: set[str] = set()
    ordered = []
    for url in videos + others + images:
        if url not in seen:
            seen.add(url)
            ordered.append(url)
    return ordered


def _normal_status(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    word = value.strip().lower()
    return _STATUS_WORDS.get(word, word)


def _queue_position(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            return None
    if isinstance(value, (int, float)) and math.isfinite(value) and value >= 0:
        return int(value)
    return None


def _clip(text: str, limit: int) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _message_from(data: Any, deep: bool = False) -> str | None:
    """A human message from whatever error shape came back."""
    if isinstance(data, str):
        return data.strip() or None
    if isinstance(data, list):
        parts = [m for m in (_message_from(item, deep) for item in data) if m]
        return "; ".join(parts) or None
    if not isinstance(data, Mapping):
        return None
    for key in ("message", "detail", "error_message", "msg", "reason", "description"):
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
        if isinstance(value, (Mapping, list)):
            nested = _message_from(value, deep)
            if nested:
                return nested
    error = data.get("error")
    if isinstance(error, str) and error.strip():
        return error.strip()
    if isinstance(error, Mapping):
        return _message_from(error, deep)
    if deep:
        for key in ("output", "result", "data"):
            if isinstance(data.get(key), Mapping):
                nested = _message_from(data[key], False)
                if nested:
                    return nested
    return None


_CODE_IN_TEXT = re.compile(r"\b(4\d{5}|5\d{5})\b")


def _code_from(data: Any, text: str) -> int | None:
    """RunComfy's six-digit error code from any JSON shape, or from plain text."""

    def as_code(value: Any) -> int | None:
        if isinstance(value, bool):
            return None
        if isinstance(value, int) and 100000 <= value <= 999999:
            return value
        if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) == 6:
            return int(value.strip())
        return None

    if isinstance(data, Mapping):
        for container in (data, data.get("error"), data.get("detail")):
            if isinstance(container, Mapping):
                for key in ("code", "error_code", "errorCode", "status_code"):
                    code = as_code(container.get(key))
                    if code is not None:
                        return code
        if isinstance(data.get("detail"), list):
            for item in data["detail"]:
                if isinstance(item, Mapping):
                    code = as_code(item.get("code"))
                    if code is not None:
                        return code
    match = _CODE_IN_TEXT.search(text)
    return int(match.group(1)) if match else None


class _HostBearer(httpx.Auth):
    """Adds the Bearer header only to requests for the API base's own origin."""

    def __init__(self, token: str, origin: tuple[str, str, int | None]) -> None:
        self._token = token
        self._origin = origin

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        url = request.url
        if (url.scheme, url.host, url.port) == self._origin:
            request.headers["Authorization"] = f"Bearer {self._token}"
        else:
            request.headers.pop("Authorization", None)
        yield request

    def __repr__(self) -> str:
        return f"<bearer for {self._origin[0]}://{self._origin[1]}>"


class _NoCookies(httpx.Cookies):
    """A cookie store that keeps nothing: neither RunComfy's API nor its CDN needs a cookie,
    and none may travel from one host to another.

    Its jar refuses every cookie (an empty allow-list), and answers are not even looked at
    for cookies: httpx builds urllib request and response stand-ins for every answer to
    offer them to the jar, about a tenth of the CPU a small API call costs.
    """

    def __init__(self) -> None:
        super().__init__()
        self.jar.set_policy(DefaultCookiePolicy(allowed_domains=[]))

    def extract_cookies(self, response: httpx.Response) -> None:
        return None


class _Cookieless:
    """The ``cookies`` of an httpx client, replaced by a store that keeps nothing."""

    @property
    def cookies(self) -> httpx.Cookies:
        store = self.__dict__.get("_no_cookies")
        if store is None:
            store = self.__dict__["_no_cookies"] = _NoCookies()
        return store

    @cookies.setter
    def cookies(self, cookies: object) -> None:
        """Cookies handed to the client are dropped: it keeps none."""


class CookielessAsyncClient(_Cookieless, httpx.AsyncClient):
    """An ``httpx.AsyncClient`` that never keeps or sends a cookie (see ``_NoCookies``)."""


class CookielessClient(_Cookieless, httpx.Client):
    """An ``httpx.Client`` that never keeps or sends a cookie (see ``_NoCookies``)."""


# --- the client ------------------------------------------------------------------------------


class RunComfyClient:
    """One connection pool to one API base. Use as ``async with`` or call ``aclose()``."""

    def __init__(
        self,
        api_base: str,
        token: str,
        *,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        submit_timeout: float = SUBMIT_READ_TIMEOUT,
        max_answer_bytes: int = MAX_ANSWER_BYTES,
    ) -> None:
        self.api_base = check_api_base(api_base)
        if not token or not token.strip():
            raise AuthError("No RunComfy API key is set: add one in Settings.")
        if not all("!" <= char <= "~" for char in token.strip()):  # never quoted: it is secret
            raise AuthError(
                "The RunComfy API key holds characters no API key has (spaces, line breaks, "
                "accented or other non-ASCII letters). Copy it again from your RunComfy "
                "profile and store it in Settings, with `storyreel login`, or in "
                "RUNCOMFY_API_TOKEN."
            )
        self._token = token.strip()
        self.retry = retry or RetryPolicy()
        self._timeout = timeout
        self._submit_timeout = submit_timeout
        url = httpx.URL(self.api_base)
        self._origin = (url.scheme, url.host, url.port)
        self._paused_until = 0.0
        self._urls: dict[str, httpx.URL] = {}
        self._http = CookielessAsyncClient(
            base_url=self.api_base,
            auth=_HostBearer(self._token, self._origin),
            timeout=timeout,
            follow_redirects=False,
            # Uncompressed: the answer cap then counts the bytes that are kept.
            headers={
                "Accept": "application/json",
                "Accept-Encoding": "identity",
                "User-Agent": USER_AGENT,
            },
            event_hooks={
                "request": [self._wait_for_pause],
                "response": [self._note_pause, cap_answers(max_answer_bytes)],
            },
            trust_env=False,
        )

    def __repr__(self) -> str:
        return f"RunComfyClient({self.api_base!r})"

    async def __aenter__(self) -> RunComfyClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    @property
    def is_loopback(self) -> bool:
        return is_loopback_host(self._origin[1])

    # -- the shared pause after a 429 ----------------------------------------------------------

    def paused_for(self) -> float:
        """Seconds left of the pause a 429 asked for (0 when requests may go out)."""
        return max(0.0, self._paused_until - time.monotonic())

    def pause(self, seconds: float) -> None:
        seconds = min(max(0.0, seconds), self.retry.max_wait)
        self._paused_until = max(self._paused_until, time.monotonic() + seconds)

    async def _wait_for_pause(self, request: httpx.Request) -> None:
        delay = self.paused_for()
        if delay > 0:
            await asyncio.sleep(delay)

    async def _note_pause(self, response: httpx.Response) -> None:
        if response.status_code == 429:
            wait = parse_retry_after(response.headers.get("Retry-After"))
            self.pause(wait if wait is not None else self.retry.backoff)

    # -- plumbing ---------------------------------------------------------------------------

    def _redact(self, text: str) -> str:
        return redact(text, self._token)

    def _outside(self, text: str, limit: int | None = None) -> str:
        """Text from the server: no key, no control character, at most ``limit`` long."""
        return outside_text(text, limit, secrets=(self._token,))

    def _clean(self, data: Any) -> Any:
        """A JSON answer with every string cleaned like ``_outside``."""
        return clean_data(data, (self._token,))

    def _network_error(self, exc: httpx.HTTPError, what: str) -> NetworkError:
        reason = outside_text(str(exc), secrets=(self._token,), single_line=True)
        reason = reason or type(exc).__name__
        if isinstance(exc, httpx.TimeoutException):
            why = "did not answer in time"
        elif isinstance(exc, httpx.ConnectError):
            why = "could not be reached"
        else:
            why = "dropped the connection"
        return NetworkError(
            f"{what}: {self._host_name()} {why} ({_clip(reason, 160)}). "
            "Check your internet connection; Storyreel tried several times."
        )

    def _host_name(self) -> str:
        host = self._origin[1]
        return "RunComfy" if host.endswith("runcomfy.net") else f"The server {host}"

    def _url(self, path: str) -> httpx.URL:
        """The absolute URL of an API path (with its query), made once per path.

        httpx parses and checks every URL string it is given, twice when it is joined to a
        base: a good share of the CPU time of a poll. A job's status and result URLs are
        asked many times, so each is parsed once (the paths are checked ids, never user text).
        """
        url = self._urls.get(path)
        if url is None:
            if len(self._urls) >= URL_CACHE_SIZE:
                del self._urls[next(iter(self._urls))]  # the oldest: its job has long ended
            base = self._http.base_url
            url = base.copy_with(raw_path=base.raw_path + path.lstrip("/").encode("ascii"))
            self._urls[path] = url
        return url

    async def _send(self, method: str, path: str, what: str, **kwargs: Any) -> httpx.Response:
        """One idempotent call with the read retry policy; transport failures -> NetworkError."""
        try:
            return await aretry_request(
                self._http, method, self._url(path), retry=self.retry.for_reads(), **kwargs
            )
        except httpx.HTTPError as exc:
            raise self._network_error(exc, what) from None
        except AnswerTooLarge as exc:
            raise ProtocolError(too_large_message(what, exc)) from None

    def _error_for(self, response: httpx.Response, what: str) -> ApiError:
        """The one place where an HTTP answer becomes a Storyreel error."""
        status = response.status_code
        text = self._redact(response.text if response.content else "")
        try:
            data: Any = self._clean(json.loads(text)) if text else None
        except (ValueError, RecursionError):  # not JSON, or nested too deep
            data = None
        raw = self._outside(text, RAW_LIMIT) or None
        code = _code_from(data, text)
        server = _message_from(data) if data is not None else (self._outside(text) or None)
        said = f" RunComfy said: {_clip(server, MESSAGE_LIMIT)}" if server else ""
        kw: dict[str, Any] = {"status": status, "code": code, "raw": raw}
        if code == 400001:
            return UnknownModel(
                f"{what}: the model id is wrong, or the request id is malformed, so RunComfy "
                f"does not know it.{said}",
                **kw,
            )
        if code == 400002 or status == 402:
            return InsufficientBalance(
                f"{what}: your RunComfy balance is used up. Top up your RunComfy account; "
                f"nothing was run.{said}",
                **kw,
            )
        if code == 400004 or status == 401:
            return AuthError(
                f"{what}: the API key was refused (missing, expired or revoked, or the account is "
                f"inactive). Check it in Settings.{said}",
                **kw,
            )
        if code == 403001 or status == 403:
            return PermissionDenied(
                f"{what}: this request belongs to another RunComfy account, so the API key in "
                f"use cannot see it.{said}",
                **kw,
            )
        if code == 404001:
            return JobGone(
                f"{what}: the job is gone on the server (its request id is unknown, deleted or "
                f"expired).{said}",
                **kw,
            )
        if status == 429:
            wait = parse_retry_after(response.headers.get("Retry-After"))
            after = f" It asked to wait {wait:g} s." if wait is not None else ""
            return RateLimited(
                f"{what}: RunComfy is receiving too many requests from this account.{after} "
                f"Storyreel waited and tried again; try again in a minute.{said}",
                retry_after=wait,
                **kw,
            )
        if status >= 500:
            return ServerError(
                f"{what}: RunComfy had a server error (HTTP {status}) and Storyreel's retries "
                f"did not get past it.{said}",
                **kw,
            )
        if 300 <= status < 400:
            where = self._outside(response.headers.get("Location", "another address"), 120)
            return ProtocolError(
                f"{what}: the server sent a redirect to {where}, which Storyreel does "
                "not follow: check the API address in Settings.",
                **kw,
            )
        if status >= 400:
            return BadRequest(
                f"{what}: RunComfy refused the request (HTTP {status}).{said}"
                if said
                else f"{what}: RunComfy refused the request (HTTP {status}) without a reason.",
                **kw,
            )
        return ProtocolError(
            f"{what}: RunComfy's answer (HTTP {status}) was not what its API promises.{said}",
            **kw,
        )

    def _json(self, response: httpx.Response, what: str) -> dict[str, Any]:
        """The JSON object of a successful answer; an error answer raises the mapped error."""
        if not 200 <= response.status_code < 300:
            raise self._error_for(response, what)
        try:
            data = self._clean(response.json())
        except (ValueError, RecursionError):  # not JSON, or nested too deep
            raise ProtocolError(
                f"{what}: RunComfy answered with something that is not JSON.",
                status=response.status_code,
                raw=self._outside(response.text, RAW_LIMIT) or None,
            ) from None
        if not isinstance(data, dict):
            raise ProtocolError(
                f"{what}: RunComfy answered with JSON that is not an object.",
                status=response.status_code,
                raw=self._outside(response.text, RAW_LIMIT),
            )
        if "request_id" not in data and "status" not in data and _code_from(data, "") is not None:
            # An error dressed as a success: map it like any other error answer.
            raise self._error_for(response, what)
        return data

    # -- the calls --------------------------------------------------------------------------

    async def submit(self, model_id: str, body: Mapping[str, Any]) -> Submission:
        """Queue a job. Paid: see the module docstring for when it is (never) repeated."""
        what = "Sending the job"
        check_model_id(model_id)
        timeout = httpx.Timeout(
            self._timeout.read, connect=self._timeout.connect, read=self._submit_timeout
        )
        try:
            response = await aretry_request(
                self._http,
                "POST",
                self._url(f"/v1/models/{model_id}"),
                json=dict(body),
                timeout=timeout,
                retry=self.retry.for_submit(),
            )
        except _NOT_SENT as exc:
            raise self._network_error(exc, f"{what} failed; it was not sent") from None
        except AnswerTooLarge as exc:
            raise SubmissionUncertain(
                f"{too_large_message(what, exc)} The job was sent, so RunComfy may or may not "
                "have queued it."
            ) from None
        except httpx.HTTPError as exc:
            reason = self._outside(str(exc), 160) or type(exc).__name__
            raise SubmissionUncertain(
                f"{what}: the connection failed after the job was sent ({reason}), so RunComfy "
                "may or may not have received it."
            ) from None
        status = response.status_code
        if status == 429 or 300 <= status < 500:
            # Refused outright (a 4xx, or still rate-limited after waiting): nothing was queued.
            raise self._error_for(response, what)
        if status >= 500:
            error = self._error_for(response, what)
            raise SubmissionUncertain(
                f"{what}: RunComfy answered with a server error (HTTP {status}), so it may or "
                "may not have queued the job.",
                status=status,
                code=error.code,
                raw=error.raw,
            )
        raw = self._outside(response.text, RAW_LIMIT)
        try:
            data = self._clean(response.json())
        except (ValueError, RecursionError):  # not JSON, or nested too deep
            data = None
        if isinstance(data, dict) and _code_from(data, "") in (400001, 400002, 400004, 403001):
            raise self._error_for(response, what)
        request_id = data.get("request_id") if isinstance(data, dict) else None
        if not isinstance(request_id, str) or not REQUEST_ID.fullmatch(request_id):
            raise SubmissionUncertain(
                f"{what}: RunComfy's answer carried no usable request id, so Storyreel cannot "
                "tell whether the job was queued.",
                status=status,
                raw=raw,
            )
        assert isinstance(data, dict)

        def url(key: str) -> str | None:
            value = data.get(key)
            return value if isinstance(value, str) else None

        return Submission(request_id, url("status_url"), url("result_url"), url("cancel_url"), data)

    async def status(self, request_id: str) -> Status:
        what = f"Checking request {request_id}"
        check_request_id(request_id)
        response = await self._send("GET", f"/v1/requests/{request_id}/status", what)
        data = self._json(response, what)
        status = _normal_status(data.get("status"))
        if status is None:
            raise ProtocolError(
                f"{what}: RunComfy's answer has no status.",
                status=response.status_code,
                raw=self._outside(response.text, RAW_LIMIT),
            )
        return Status(status, _queue_position(data.get("queue_position")), data)

    async def result(self, request_id: str, include_cost: bool = False) -> Result:
        what = f"Reading the result of request {request_id}"
        check_request_id(request_id)
        query = "?include_cost=true" if include_cost else ""
        response = await self._send("GET", f"/v1/requests/{request_id}/result{query}", what)
        data = self._json(response, what)
        status = _normal_status(data.get("status"))
        output = data.get("output", data.get("outputs"))
        outputs = output_urls(output)
        if status is None:
            if not outputs:
                raise ProtocolError(
                    f"{what}: RunComfy's answer has neither a status nor an output.",
                    status=response.status_code,
                    raw=self._outside(response.text, RAW_LIMIT),
                )
            status = SUCCEEDED
        return Result(
            status=status,
            outputs=outputs,
            created_at=_timestamp(data.get("created_at")),
            finished_at=_timestamp(data.get("finished_at", data.get("completed_at"))),
            cost=find_cost(data),
            raw=data,
        )

    async def cancel(self, request_id: str) -> str:
        """The outcome: "cancelled" (taken out of the queue) or "not_cancellable"."""
        what = f"Cancelling request {request_id}"
        check_request_id(request_id)
        response = await self._send("POST", f"/v1/requests/{request_id}/cancel", what)
        data = self._json(response, what)
        outcome = str(data.get("outcome") or "").strip().lower()
        if outcome in ("cancelled", "canceled"):
            return "cancelled"
        if not outcome and _normal_status(data.get("status")) == CANCELLED:
            return "cancelled"
        return "not_cancellable"

    async def model_info(self, model_id: str) -> Price:
        """The live unit price. Raises PriceUnavailable when the answer carries no usable price."""
        what = f"Reading the price of {model_id}"
        check_model_id(model_id)
        response = await self._send("GET", f"/v1/models/{model_id}", what)
        data = self._json(response, what)
        price = None
        for key in ("base_price_usd", "price_usd", "unit_price", "price"):
            price = _number(data.get(key))
            if price is not None:
                break
        unit_word = str(data.get("price_unit") or data.get("unit") or "").strip().lower()
        unit = {
            "second": "second",
            "seconds": "second",
            "per_second": "second",
            "s": "second",
            "sec": "second",
            "output": "output",
            "per_output": "output",
            "video": "output",
            "request": "output",
            "generation": "output",
        }.get(unit_word)
        if price is None or unit is None:
            raise PriceUnavailable(
                f"{what}: RunComfy's answer has no usable price "
                f"(price {data.get('base_price_usd')!r}, unit {unit_word or 'missing'!r}), so "
                "nothing is sent.",
                status=response.status_code,
                raw=self._outside(response.text, RAW_LIMIT),
            )
        note = data.get("pricing_note")
        return Price(price, unit, note.strip() if isinstance(note, str) else "")


__all__ = [
    "CANCELLED",
    "COMPLETED",
    "CookielessAsyncClient",
    "CookielessClient",
    "FAILED",
    "InvalidApiBase",
    "Price",
    "QUEUED",
    "RUNNING",
    "Result",
    "RetryPolicy",
    "RunComfyClient",
    "SUCCEEDED",
    "Status",
    "Submission",
    "check_api_base",
    "check_model_id",
    "check_request_id",
    "find_cost",
    "is_loopback_host",
    "output_urls",
    "parse_retry_after",
]
