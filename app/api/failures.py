"""Where an HTTP answer or a transport failure becomes a Storyreel error: the error body read
(RunComfy's six-digit code and message, from any JSON shape or plain text) and mapped onto
``app.core.errors``. The client calls it from one place (``RunComfyClient._error_for``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

import httpx

from app.api.replies import message_from
from app.api.retries import parse_retry_after
from app.api.secrets import redact
from app.core.errors import (
    ApiError,
    AuthError,
    BadRequest,
    InsufficientBalance,
    JobGone,
    NetworkError,
    PermissionDenied,
    ProtocolError,
    RateLimited,
    ServerError,
    UnknownModel,
)
from app.core.text import clean_data, outside_text
from app.core.wording import QT_TRANSLATE_NOOP, said

RAW_LIMIT = 2000
MESSAGE_LIMIT = 300


def clip(text: str, limit: int) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


_CODE_IN_TEXT = re.compile(r"\b(4\d{5}|5\d{5})\b")


def code_from(data: Any, text: str) -> int | None:
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


def network_error(exc: httpx.HTTPError, what: str, host_name: str, token: str) -> NetworkError:
    """A transport failure (after the retries) in words: what failed, and why."""
    reason = outside_text(str(exc), secrets=(token,), single_line=True)
    reason = reason or type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "{what}: {host} did not answer in time ({reason}). "
            "Check your internet connection; Storyreel tried several times.",
        )
    elif isinstance(exc, httpx.ConnectError):
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "{what}: {host} could not be reached ({reason}). "
            "Check your internet connection; Storyreel tried several times.",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "{what}: {host} dropped the connection ({reason}). "
            "Check your internet connection; Storyreel tried several times.",
        )
    return NetworkError.said(template, what=what, host=host_name, reason=clip(reason, 160))


def error_for(response: httpx.Response, what: str, token: str) -> ApiError:
    """The one place where an HTTP answer becomes a Storyreel error (``token`` is kept out
    of every text it carries)."""
    status = response.status_code
    text = redact(response.text if response.content else "", token)
    try:
        data: Any = clean_data(json.loads(text), (token,)) if text else None
    except (ValueError, RecursionError):  # not JSON, or nested too deep
        data = None
    raw = outside_text(text, RAW_LIMIT, secrets=(token,)) or None
    code = code_from(data, text)
    if data is not None:
        server = message_from(data)
    else:
        server = outside_text(text, secrets=(token,)) or None
    told = (
        said(
            QT_TRANSLATE_NOOP("Errors", " RunComfy said: {message}"),
            message=clip(server, MESSAGE_LIMIT),
        )
        if server
        else ""
    )
    kw: dict[str, Any] = {"status": status, "code": code, "raw": raw}
    refused = _refusal(code, status, what, told, kw)
    if refused is not None:
        return refused
    if status == 429:
        wait = parse_retry_after(response.headers.get("Retry-After"))
        after = (
            said(QT_TRANSLATE_NOOP("Errors", " It asked to wait {seconds} s."), seconds=f"{wait:g}")
            if wait is not None
            else ""
        )
        return RateLimited(
            said(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{what}: RunComfy is receiving too many requests from this account.{after} "
                    "Storyreel waited and tried again; try again in a minute.{said}",
                ),
                what=what,
                after=after,
                said=told,
            ),
            retry_after=wait,
            **kw,
        )
    if status >= 500:
        return ServerError(
            said(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{what}: RunComfy had a server error (HTTP {status}) and Storyreel's retries "
                    "did not get past it.{said}",
                ),
                what=what,
                status=status,
                said=told,
            ),
            **kw,
        )
    if 300 <= status < 400:
        location = response.headers.get("Location", "another address")
        where = outside_text(location, 120, secrets=(token,))
        return ProtocolError(
            said(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{what}: the server sent a redirect to {where}, which Storyreel does "
                    "not follow: check the API address in Settings.",
                ),
                what=what,
                where=where,
            ),
            **kw,
        )
    if status >= 400:
        return BadRequest(
            said(
                QT_TRANSLATE_NOOP(
                    "Errors", "{what}: RunComfy refused the request (HTTP {status}).{said}"
                ),
                what=what,
                status=status,
                said=told,
            )
            if told
            else said(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{what}: RunComfy refused the request (HTTP {status}) without a reason.",
                ),
                what=what,
                status=status,
            ),
            **kw,
        )
    return ProtocolError(
        said(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{what}: RunComfy's answer (HTTP {status}) was not what its API promises.{said}",
            ),
            what=what,
            status=status,
            said=told,
        ),
        **kw,
    )


_REFUSALS: tuple[tuple[type[ApiError], int, int | None, str], ...] = (
    (
        UnknownModel,
        400001,
        None,
        QT_TRANSLATE_NOOP(
            "Errors",
            "{what}: the model id is wrong, or the request id is malformed, so RunComfy "
            "does not know it.{said}",
        ),
    ),
    (
        InsufficientBalance,
        400002,
        402,
        QT_TRANSLATE_NOOP(
            "Errors",
            "{what}: your RunComfy balance is used up. Top up your RunComfy account; "
            "nothing was run.{said}",
        ),
    ),
    (
        AuthError,
        400004,
        401,
        QT_TRANSLATE_NOOP(
            "Errors",
            "{what}: the API key was refused (missing, expired or revoked, or the account is "
            "inactive). Check it in Settings.{said}",
        ),
    ),
    (
        PermissionDenied,
        403001,
        403,
        QT_TRANSLATE_NOOP(
            "Errors",
            "{what}: this request belongs to another RunComfy account, so the API key in "
            "use cannot see it.{said}",
        ),
    ),
    (
        JobGone,
        404001,
        None,
        QT_TRANSLATE_NOOP(
            "Errors",
            "{what}: the job is gone on the server (its request id is unknown, deleted or "
            "expired).{said}",
        ),
    ),
)


def _refusal(
    code: int | None, status: int, what: str, told: str, kw: dict[str, Any]
) -> ApiError | None:
    """The refusals RunComfy names by a code (or the HTTP status that means the same)."""
    for kind, its_code, its_status, template in _REFUSALS:
        if code == its_code or (its_status is not None and status == its_status):
            return kind(said(template, what=what, said=told), **kw)
    return None
