"""The spending caps, applied where money is committed: before a paid job is saved and sent
(the day cap, :class:`DayCap`), and before a storyboard render sends its first shot (the
render cap and the day cap for the whole render, :func:`check_board`).

The rules and messages live in ``app.core.spending``; the caps are read from the engine's
settings at every check, so a cap raised in Settings counts for the very next submission.
Nothing is saved or sent when a cap would be passed: :class:`SpendingCapReached` is raised.
"""

from __future__ import annotations

from collections.abc import Callable

from app.api.storyboard_report import BoardEstimate
from app.api.submission import PriceEstimate
from app.core.settings import Settings
from app.core.spending import check_day_cap, check_render_cap
from app.store import ledger
from app.store.store import JobStore


def price_amount(
    unit_price: float | None, unit: str | None, estimate: float | None
) -> float | None:
    """What one job will cost, as far as it can be known before it runs: the total of a
    per-second price, the price of the one output of a per-output price, else None."""
    if estimate is not None:
        return estimate
    if unit == "output" and unit_price is not None:
        return unit_price
    return None


class DayCap:
    """Checks a paid submission against the day cap (``Submitter``'s ``check_cap``)."""

    def __init__(self, store: JobStore, settings: Callable[[], Settings]) -> None:
        self._store = store
        self._settings = settings

    def spent_today(self) -> float:
        return ledger.committed_today(self._store)

    def __call__(self, price: PriceEstimate) -> None:
        cap = self._settings().caps.day
        if cap is None:
            return
        amount = price_amount(price.unit_price, price.unit, price.estimate)
        check_day_cap(cap, self.spent_today(), amount)


def board_amount(estimate: BoardEstimate) -> float | None:
    """What rendering the board's shots will cost, or None when a price is not an amount."""
    total = 0.0
    for price in estimate.prices:
        amount = price_amount(price.unit_price, price.unit, price.estimate)
        if price.error is not None or amount is None:
            return None
        total += amount
    return round(total, 6)


def check_board(estimate: BoardEstimate, shots: int, caps: DayCap, settings: Settings) -> None:
    """Raises SpendingCapReached when rendering ``shots`` shots at ``estimate`` would pass the
    render cap or today's cap: then not one of them is sent."""
    if shots == 0:
        return
    amount = board_amount(estimate)
    check_render_cap(settings.caps.render, amount, shots)
    if settings.caps.day is not None:
        check_day_cap(settings.caps.day, caps.spent_today(), amount)


__all__ = ["DayCap", "board_amount", "check_board", "price_amount"]
