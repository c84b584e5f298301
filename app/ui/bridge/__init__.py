"""The one seam between the engine and Qt: the only ui package that imports app.api and
app.store (tests/test_layers.py holds it). Widgets import from ``app.ui.bridge`` alone.

``Bridge`` (events.py) listens to the engine's job events and re-emits each as a Qt signal;
widgets connect to those signals and never see the engine. ``Controller`` is the other
direction: the window asks it to submit, cancel, retry, remove or estimate (controller.py),
to render storyboards and variations (storyboard.py), to write hand-off files and read an
edit back (exports.py), to refresh the list of models (catalogue.py), to keep and test API
keys (keys.py), to read the ledger and the balance (money.py) and to search and star the
history (history.py). Each area is a small mixin on ``ControllerBase`` (base.py), because all
of them share its task registry, its engine and its signals; ``Controller`` is composed of
them, so the window still talks to one object.

``ImageFetch`` (fetch.py) is the drop zones' way to fetch an image URL for checking: it runs in
a worker thread, reports progress, can be cancelled, and ``Controller.shutdown`` stops any
still running. ``key_redacting_filter``, ``key_whereabouts`` and ``without_keys`` (keys.py)
keep API keys out of the log and the diagnostics report.

The storyboard's render types (``BoardEstimate``, ``RenderEvent``, ``RenderEventKind``,
``RenderReport``) are loaded with the storyboard runner on first use: it imports asyncio,
which the window's first paint does without.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from app.ui.bridge.base import OFFLINE, RUNCOMFY
from app.ui.bridge.controller import Controller
from app.ui.bridge.events import Bridge
from app.ui.bridge.fetch import ImageFetch
from app.ui.bridge.keys import (
    KeyCheck,
    KeyState,
    key_redacting_filter,
    key_whereabouts,
    without_keys,
)

if TYPE_CHECKING:
    from app.api.storyboard_runner import (
        BoardEstimate,
        RenderEvent,
        RenderEventKind,
        RenderReport,
    )

__all__ = [
    "BoardEstimate", "Bridge", "Controller", "ImageFetch", "KeyCheck", "KeyState", "OFFLINE",
    "RUNCOMFY", "RenderEvent", "RenderEventKind", "RenderReport", "key_redacting_filter",
    "key_whereabouts", "without_keys",
]  # fmt: skip

_RENDER_TYPES = frozenset({"BoardEstimate", "RenderEvent", "RenderEventKind", "RenderReport"})


def __getattr__(name: str) -> Any:
    if name in _RENDER_TYPES:
        return getattr(importlib.import_module("app.api.storyboard_runner"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
