"""The RunComfy Model API over httpx: five calls, every answer read tolerantly, every failure
mapped to ``app.core.errors`` in exactly one place (``_error_for``, which uses
``app.api.failures``).

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

The API key is sent only to the API base's own scheme, host and port (``HostBearer``), and,
for RunComfy's own base, to exactly the account balance's URL on ``api.runcomfy.net``
(``app.api.balance``); no redirect is followed, cookies are never kept, and no message, raw
body or repr carries it.

Every text an answer brings (error messages, raw bodies, every string of a JSON answer, the
result fields a job keeps) passes through ``app.core.text`` as it comes in: any key this
process knows is redacted and control characters are stripped, before anything stores,
logs, prints or shows it. An answer may be at most ``MAX_ANSWER_BYTES`` (4 MiB): it is
read as a stream and counted, and a larger one is refused as a ``ProtocolError``
(``app.api.answers``).

The parts live beside this module: the answer types and their tolerant reading in
``app.api.replies``, the retry policy in ``app.api.retries``, the error translation in
``app.api.failures``, the id checks in ``app.api.ids`` and the cookieless httpx clients in
``app.api.cookieless``; their public names are importable from here too.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import time
from collections.abc import Mapping
from typing import Any

import httpx
from httpx_retries import aretry_request

from app.api.answers import MAX_ANSWER_BYTES, AnswerTooLarge, cap_answers, too_large_message
from app.api.balance import Balance, balance_from, balance_url, key_targets
from app.api.cookieless import CookielessAsyncClient, CookielessClient, HostBearer
from app.api.failures import (
    MESSAGE_LIMIT,
    RAW_LIMIT,
    code_from,
    error_for,
    network_error,
)
from app.api.ids import MODEL_ID, REQUEST_ID, check_model_id, check_request_id
from app.api.replies import (
    CANCELLED,
    COMPLETED,
    COST_KEYS,
    FAILED,
    IMAGE_SUFFIXES,
    QUEUED,
    RUNNING,
    SUCCEEDED,
    VIDEO_SUFFIXES,
    Price,
    Result,
    Status,
    Submission,
    amount_from,
    find_cost,
    output_urls,
    position_from,
    status_word,
    timestamp_from,
)
from app.api.retries import NOT_SENT, RetryPolicy, parse_retry_after
from app.core.errors import (
    ApiError,
    AuthError,
    InvalidApiBase,
    NetworkError,
    PriceUnavailable,
    ProtocolError,
    SubmissionUncertain,
)
from app.core.text import clean_data, outside_text
from app.core.urls import check_api_base, is_loopback_host
from app.core.wording import QT_TRANSLATE_NOOP, said

# httpx's connection layer loads anyio's asyncio backend at its first request, on the loop's
# (the window's) thread; imported with this module, it is loaded where the client is made, off
# that thread. Only a head start: if anyio moves it, httpx still loads it when first needed.
with contextlib.suppress(ImportError):
    importlib.import_module("anyio._backends._asyncio")

DEFAULT_TIMEOUT = httpx.Timeout(30, connect=10)
# The server may take a while to store inline images before it answers a submission.
SUBMIT_READ_TIMEOUT = 90.0
USER_AGENT = "Storyreel (+https://www.runcomfy.com)"
URL_CACHE_SIZE = 512  # API URLs kept parsed: a few per job followed


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
            raise AuthError.said(
                QT_TRANSLATE_NOOP("Errors", "No RunComfy API key is set: add one in Settings.")
            )
        if not all("!" <= char <= "~" for char in token.strip()):  # never quoted: it is secret
            raise AuthError.said(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The RunComfy API key holds characters no API key has (spaces, line breaks, "
                    "accented or other non-ASCII letters). Copy it again from your RunComfy "
                    "profile and store it in Settings, with `storyreel login`, or in "
                    "RUNCOMFY_API_TOKEN.",
                )
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
            auth=HostBearer(self._token, self._origin, key_targets(self.api_base)),
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

    def _outside(self, text: str, limit: int | None = None) -> str:
        """Text from the server: no key, no control character, at most ``limit`` long."""
        return outside_text(text, limit, secrets=(self._token,))

    def _clean(self, data: Any) -> Any:
        """A JSON answer with every string cleaned like ``_outside``."""
        return clean_data(data, (self._token,))

    def _network_error(self, exc: httpx.HTTPError, what: str) -> NetworkError:
        return network_error(exc, what, self._host_name(), self._token)

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
        """The one place where an HTTP answer becomes a Storyreel error (see
        ``app.api.failures.error_for``)."""
        return error_for(response, what, self._token)

    def _json(self, response: httpx.Response, what: str) -> dict[str, Any]:
        """The JSON object of a successful answer; an error answer raises the mapped error."""
        if not 200 <= response.status_code < 300:
            raise self._error_for(response, what)
        try:
            data = self._clean(response.json())
        except (ValueError, RecursionError):  # not JSON, or nested too deep
            raise ProtocolError(
                said(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{what}: RunComfy answered with something that is not JSON."
                    ),
                    what=what,
                ),
                status=response.status_code,
                raw=self._outside(response.text, RAW_LIMIT) or None,
            ) from None
        if not isinstance(data, dict):
            raise ProtocolError(
                said(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{what}: RunComfy answered with JSON that is not an object."
                    ),
                    what=what,
                ),
                status=response.status_code,
                raw=self._outside(response.text, RAW_LIMIT),
            )
        if "request_id" not in data and "status" not in data and code_from(data, "") is not None:
            # An error dressed as a success: map it like any other error answer.
            raise self._error_for(response, what)
        return data

    # -- the calls --------------------------------------------------------------------------

    async def submit(self, model_id: str, body: Mapping[str, Any]) -> Submission:
        """Queue a job. Paid: see the module docstring for when it is (never) repeated."""
        what = said(QT_TRANSLATE_NOOP("Errors", "Sending the job"))
        check_model_id(model_id)
        response = await self._post_job(model_id, body, what)
        status = response.status_code
        if status == 429 or 300 <= status < 500:
            # Refused outright (a 4xx, or still rate-limited after waiting): nothing was queued.
            raise self._error_for(response, what)
        if status >= 500:
            error = self._error_for(response, what)
            raise SubmissionUncertain(
                said(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{what}: RunComfy answered with a server error (HTTP {status}), so it "
                        "may or may not have queued the job.",
                    ),
                    what=what,
                    status=status,
                ),
                status=status,
                code=error.code,
                raw=error.raw,
            )
        return self._receipt(response, what)

    async def _post_job(self, model_id: str, body: Mapping[str, Any], what: str) -> httpx.Response:
        """The submission's one POST (repeated only when it certainly was not sent)."""
        timeout = httpx.Timeout(
            self._timeout.read, connect=self._timeout.connect, read=self._submit_timeout
        )
        try:
            return await aretry_request(
                self._http,
                "POST",
                self._url(f"/v1/models/{model_id}"),
                json=dict(body),
                timeout=timeout,
                retry=self.retry.for_submit(),
            )
        except NOT_SENT as exc:
            not_sent = said(
                QT_TRANSLATE_NOOP("Errors", "{what} failed; it was not sent"), what=what
            )
            raise self._network_error(exc, not_sent) from None
        except AnswerTooLarge as exc:
            raise SubmissionUncertain(
                said(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{message} The job was sent, so RunComfy may or may not have queued it.",
                    ),
                    message=too_large_message(what, exc),
                )
            ) from None
        except httpx.HTTPError as exc:
            reason = self._outside(str(exc), 160) or type(exc).__name__
            raise SubmissionUncertain(
                said(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{what}: the connection failed after the job was sent ({reason}), so "
                        "RunComfy may or may not have received it.",
                    ),
                    what=what,
                    reason=reason,
                )
            ) from None

    def _receipt(self, response: httpx.Response, what: str) -> Submission:
        """The submission a 2xx answer describes; without a usable request id, uncertain."""
        raw = self._outside(response.text, RAW_LIMIT)
        try:
            data = self._clean(response.json())
        except (ValueError, RecursionError):  # not JSON, or nested too deep
            data = None
        if isinstance(data, dict) and code_from(data, "") in (400001, 400002, 400004, 403001):
            raise self._error_for(response, what)
        request_id = data.get("request_id") if isinstance(data, dict) else None
        if not isinstance(request_id, str) or not REQUEST_ID.fullmatch(request_id):
            raise SubmissionUncertain(
                said(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{what}: RunComfy's answer carried no usable request id, so Storyreel "
                        "cannot tell whether the job was queued.",
                    ),
                    what=what,
                ),
                status=response.status_code,
                raw=raw,
            )
        assert isinstance(data, dict)

        def url(key: str) -> str | None:
            value = data.get(key)
            return value if isinstance(value, str) else None

        return Submission(request_id, url("status_url"), url("result_url"), url("cancel_url"), data)

    async def status(self, request_id: str) -> Status:
        what = said(QT_TRANSLATE_NOOP("Errors", "Checking request {request}"), request=request_id)
        check_request_id(request_id)
        response = await self._send("GET", f"/v1/requests/{request_id}/status", what)
        data = self._json(response, what)
        status = status_word(data.get("status"))
        if status is None:
            raise ProtocolError(
                said(
                    QT_TRANSLATE_NOOP("Errors", "{what}: RunComfy's answer has no status."),
                    what=what,
                ),
                status=response.status_code,
                raw=self._outside(response.text, RAW_LIMIT),
            )
        return Status(status, position_from(data.get("queue_position")), data)

    async def result(self, request_id: str, include_cost: bool = False) -> Result:
        what = said(
            QT_TRANSLATE_NOOP("Errors", "Reading the result of request {request}"),
            request=request_id,
        )
        check_request_id(request_id)
        query = "?include_cost=true" if include_cost else ""
        response = await self._send("GET", f"/v1/requests/{request_id}/result{query}", what)
        data = self._json(response, what)
        status = status_word(data.get("status"))
        output = data.get("output", data.get("outputs"))
        outputs = output_urls(output)
        if status is None:
            if not outputs:
                raise ProtocolError(
                    said(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{what}: RunComfy's answer has neither a status nor an output.",
                        ),
                        what=what,
                    ),
                    status=response.status_code,
                    raw=self._outside(response.text, RAW_LIMIT),
                )
            status = SUCCEEDED
        return Result(
            status=status,
            outputs=outputs,
            created_at=timestamp_from(data.get("created_at")),
            finished_at=timestamp_from(data.get("finished_at", data.get("completed_at"))),
            cost=find_cost(data),
            raw=data,
        )

    async def cancel(self, request_id: str) -> str:
        """The outcome: "cancelled" (taken out of the queue) or "not_cancellable"."""
        what = said(QT_TRANSLATE_NOOP("Errors", "Cancelling request {request}"), request=request_id)
        check_request_id(request_id)
        response = await self._send("POST", f"/v1/requests/{request_id}/cancel", what)
        data = self._json(response, what)
        outcome = str(data.get("outcome") or "").strip().lower()
        if outcome in ("cancelled", "canceled"):
            return "cancelled"
        if not outcome and status_word(data.get("status")) == CANCELLED:
            return "cancelled"
        return "not_cancellable"

    async def list_models(self, limit: int, offset: int) -> dict[str, Any]:
        """One page of RunComfy's catalogue, with each model's input schema: the answer's
        JSON object (``models`` and ``total``, read by ``app.api.catalogue``)."""
        what = said(QT_TRANSLATE_NOOP("Errors", "Reading RunComfy's list of models"))
        query = f"?include_schema=true&limit={int(limit)}&offset={int(offset)}"
        response = await self._send("GET", f"/v1/models{query}", what)
        return self._json(response, what)

    async def balance(self) -> Balance:
        """The account's balance (``app.api.balance``). Raises an ApiError when it cannot
        be read; the caller then says it is unavailable, never guesses."""
        what = said(QT_TRANSLATE_NOOP("Errors", "Reading the account balance"))
        url = balance_url(self.api_base)
        if url is None:
            raise ProtocolError.said(
                QT_TRANSLATE_NOOP("Errors", "{what}: {host} offers no balance Storyreel knows."),
                what=what,
                host=self._host_name(),
            )
        try:
            response = await aretry_request(
                self._http, "GET", httpx.URL(url), retry=self.retry.for_reads()
            )
        except httpx.HTTPError as exc:
            raise self._network_error(exc, what) from None
        except AnswerTooLarge as exc:
            raise ProtocolError(too_large_message(what, exc)) from None
        balance = balance_from(self._json(response, what))
        if balance is None:
            raise ProtocolError(
                said(
                    QT_TRANSLATE_NOOP("Errors", "{what}: the answer states no balance."), what=what
                ),
                status=response.status_code,
                raw=self._outside(response.text, RAW_LIMIT),
            )
        return balance

    async def model_info(self, model_id: str) -> Price:
        """The live unit price. Raises PriceUnavailable when the answer carries no usable price."""
        what = said(QT_TRANSLATE_NOOP("Errors", "Reading the price of {model}"), model=model_id)
        check_model_id(model_id)
        response = await self._send("GET", f"/v1/models/{model_id}", what)
        data = self._json(response, what)
        price = None
        for key in ("base_price_usd", "price_usd", "unit_price", "price"):
            price = amount_from(data.get(key))
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
                said(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{what}: RunComfy's answer has no usable price (price {price}, "
                        "unit {unit}), so nothing is sent.",
                    ),
                    what=what,
                    price=repr(data.get("base_price_usd")),
                    unit=repr(unit_word or "missing"),
                ),
                status=response.status_code,
                raw=self._outside(response.text, RAW_LIMIT),
            )
        note = data.get("pricing_note")
        return Price(price, unit, note.strip() if isinstance(note, str) else "")


__all__ = [
    "CANCELLED",
    "COMPLETED",
    "COST_KEYS",
    "CookielessAsyncClient",
    "CookielessClient",
    "DEFAULT_TIMEOUT",
    "FAILED",
    "IMAGE_SUFFIXES",
    "InvalidApiBase",
    "MESSAGE_LIMIT",
    "MODEL_ID",
    "Price",
    "QUEUED",
    "RAW_LIMIT",
    "REQUEST_ID",
    "RUNNING",
    "Result",
    "RetryPolicy",
    "RunComfyClient",
    "SUBMIT_READ_TIMEOUT",
    "SUCCEEDED",
    "Status",
    "Submission",
    "URL_CACHE_SIZE",
    "USER_AGENT",
    "VIDEO_SUFFIXES",
    "check_api_base",
    "check_model_id",
    "check_request_id",
    "find_cost",
    "is_loopback_host",
    "output_urls",
    "parse_retry_after",
]
