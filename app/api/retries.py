"""How hard the client tries: the retry policy of reading calls and of the paid submission,
and the ``Retry-After`` a server sends with a 429 (see ``app.api.client`` for the rules).
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

import httpx
from httpx_retries import Retry


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
            retry_on_exceptions=list(NOT_SENT),
            backoff_factor=self.backoff,
            max_backoff_wait=self.max_wait,
            total_timeout=self.total_wait,
        )


# Failures after which the request certainly never left this machine.
NOT_SENT: tuple[type[httpx.TransportError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)


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
