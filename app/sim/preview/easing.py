"""Easing curves for the preview's camera moves, dissolves and sound envelopes."""

from __future__ import annotations


def clamp01(x: float) -> float:
    return 0.0 if x <= 0 else 1.0 if x >= 1 else x


def smoothstep(x: float) -> float:
    x = clamp01(x)
    return x * x * (3 - 2 * x)


def smootherstep(x: float) -> float:
    x = clamp01(x)
    return x * x * x * (x * (6 * x - 15) + 10)
