"""How a spending cap is read from a settings file: apart from :mod:`app.core.spending` (the
ledger and its checks), which reading the settings at start-up does without."""

from __future__ import annotations


def parse_cap(value: object) -> float | None:
    """A cap from a settings file: a non-negative finite number, else None (no cap)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    number = float(value)
    return number if 0.0 <= number < 1e9 else None


__all__ = ["parse_cap"]
