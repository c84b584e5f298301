"""How much of an API answer Storyreel reads: a cap, counted as the body streams in.

Every RunComfy answer (a status, a result, a price, a submission's receipt, an error) is a
small JSON object. An answer larger than ``MAX_ANSWER_BYTES`` is a fault, not something to
hold in memory: it is refused as soon as it announces that size (``Content-Length``) or,
for a body without one, as soon as that many bytes have arrived, and the connection is
closed. The API client asks for answers without compression, so the bytes counted are the
bytes kept.

``cap_answers(limit)`` gives the httpx response hook that does this; the client turns the
``AnswerTooLarge`` it raises into a ``ProtocolError`` (or, for a submission whose answer
was cut, a ``SubmissionUncertain``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable

import httpx

from app.core.wording import QT_TRANSLATE_NOOP, Said, said

MAX_ANSWER_BYTES = 4 * 1024 * 1024


class AnswerTooLarge(Exception):
    """An answer over the cap: never retried (the same request gives the same answer)."""

    def __init__(self, limit: int, declared: int | None = None) -> None:
        super().__init__(f"over {limit} bytes")
        self.limit = limit
        self.declared = declared


def size_text(count: int) -> Said:
    """``count`` bytes in words ("4 MiB"), with its unit translated in the window."""
    if count >= 1024 * 1024:
        return said(QT_TRANSLATE_NOOP("Errors", "{size:.3g} MiB"), size=count / (1024 * 1024))
    if count >= 1024:
        return said(QT_TRANSLATE_NOOP("Errors", "{size:.3g} KiB"), size=count / 1024)
    return said(QT_TRANSLATE_NOOP("Errors", "{count} bytes"), count=count)


class _CappedStream(httpx.AsyncByteStream):
    """The body as it arrives, counted; ``AnswerTooLarge`` past ``limit`` bytes."""

    def __init__(self, inner: httpx.AsyncByteStream, limit: int) -> None:
        self._inner = inner
        self._limit = limit

    async def __aiter__(self) -> AsyncIterator[bytes]:
        received = 0
        async for chunk in self._inner:
            received += len(chunk)
            if received > self._limit:
                raise AnswerTooLarge(self._limit)
            yield chunk

    async def aclose(self) -> None:
        await self._inner.aclose()


def cap_answers(limit: int) -> Callable[[httpx.Response], Awaitable[None]]:
    """An httpx response hook (run before the body is read) that caps the body at ``limit``."""

    async def hook(response: httpx.Response) -> None:
        declared = response.headers.get("Content-Length", "").strip()
        if declared.isdigit() and int(declared) > limit:
            await response.aclose()
            raise AnswerTooLarge(limit, int(declared))
        stream = response.stream
        if isinstance(stream, httpx.AsyncByteStream):
            response.stream = _CappedStream(stream, limit)

    return hook


def too_large_message(what: str, exc: AnswerTooLarge) -> Said:
    """The message for an answer over the cap, while doing ``what``."""
    if exc.declared:
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "{what}: the server's answer was larger ({size}) than the {limit} an API answer "
            "may be, so Storyreel stopped reading it. Check the API address in Settings: it "
            "may not be RunComfy's Model API.",
        )
        return said(template, what=what, size=size_text(exc.declared), limit=size_text(exc.limit))
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{what}: the server's answer was larger than the {limit} an API answer may be, so "
        "Storyreel stopped reading it. Check the API address in Settings: it may not be "
        "RunComfy's Model API.",
    )
    return said(template, what=what, limit=size_text(exc.limit))


__all__ = ["AnswerTooLarge", "MAX_ANSWER_BYTES", "cap_answers", "size_text", "too_large_message"]
