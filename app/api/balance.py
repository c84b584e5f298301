"""The RunComfy account balance: where it is read, and how its answer is read.

The balance lives on another RunComfy host than the Model API:
``GET https://api.runcomfy.net/prod/v2/balance`` with the same Bearer key, answering
``{"balance_usd": …, "currency": …}``. The key may go to exactly that https origin and
path (:func:`key_targets`, used by ``HostBearer``) and only for RunComfy's own API base; a
loopback base (the simulator) serves the balance at the same path on its own origin. Any
other base has no balance Storyreel knows of: it is unavailable, never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

from app.api.replies import amount_from
from app.core.settings import DEFAULT_API_BASE
from app.core.urls import is_loopback_host

BALANCE_PATH = "/prod/v2/balance"
RUNCOMFY_BALANCE_URL = f"https://api.runcomfy.net{BALANCE_PATH}"

# (scheme, host, port, path): httpx gives no port for a URL on its scheme's default port.
KeyTarget = tuple[str, str, int | None, str]


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return (url.scheme, url.host, url.port)


def balance_url(api_base: str) -> str | None:
    """Where the balance of this API base's account is read, or None when it cannot be."""
    base = httpx.URL(api_base)
    if _origin(base) == _origin(httpx.URL(DEFAULT_API_BASE)):
        return RUNCOMFY_BALANCE_URL
    if base.scheme == "http" and is_loopback_host(base.host):
        return str(base.copy_with(path=BALANCE_PATH, query=None, fragment=None))
    return None


def key_targets(api_base: str) -> frozenset[KeyTarget]:
    """Where, besides the API base's own origin, its key may be sent: exactly the balance
    URL, and only for RunComfy's own API base."""
    url = balance_url(api_base)
    if url is None or url != RUNCOMFY_BALANCE_URL:
        return frozenset()
    target = httpx.URL(url)
    return frozenset({(target.scheme, target.host, target.port, target.path)})


@dataclass(frozen=True)
class Balance:
    amount: float
    currency: str = "USD"

    def text(self) -> str:
        if self.currency.upper() == "USD":
            return f"${self.amount:,.2f}"
        return f"{self.amount:,.2f} {self.currency}"


def balance_from(data: dict[str, Any]) -> Balance | None:
    """The balance an answer states, or None when it states none as a number."""
    amount = None
    for key in ("balance_usd", "balance", "amount"):
        amount = amount_from(data.get(key))
        if amount is not None:
            break
    if amount is None:
        return None
    currency = data.get("currency")
    shown = currency.strip()[:8] if isinstance(currency, str) and currency.strip() else "USD"
    return Balance(amount, shown)


__all__ = [
    "BALANCE_PATH",
    "Balance",
    "RUNCOMFY_BALANCE_URL",
    "balance_from",
    "balance_url",
    "key_targets",
]
