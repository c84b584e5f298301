"""The whole request's size, told before sending: local clips go inline (base64, a third
larger than the files), and RunComfy takes at most 64 MiB per request. The encoder refuses
such a request anyway (``app.api.encoding``); this says so while the clips are chosen."""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from app.core.media.kinds import MIB
from app.core.validation import Problem

MAX_REQUEST_BYTES = 64 * MIB


def inline_bytes(file_size: int) -> int:
    """How many bytes a file takes in the request as base64."""
    return 4 * math.ceil(file_size / 3)


def request_problem(widgets: Iterable[object]) -> Problem | None:
    """A blocking problem when the local clips of these field widgets, sent inline, make a
    request over the limit; named on the last field that holds one."""
    total = 0
    last = ""
    for widget in widgets:
        for zone in getattr(widget, "zones", lambda: [])():
            size = getattr(zone, "inline_size", lambda: 0)()
            if size:
                total += inline_bytes(size)
                last = zone.field.name
    if total <= MAX_REQUEST_BYTES:
        return None
    message = QCoreApplication.translate(
        "MediaRequest",
        "Sent from files, these clips make a request of {size} MB; RunComfy takes at most "
        "{limit} MB in one request. Give URLs for some of them, or use fewer or shorter clips.",
    ).format(size=f"{total / 1_000_000:.1f}", limit=f"{MAX_REQUEST_BYTES / 1_000_000:.1f}")
    return Problem(last, "request_size", message, total, MAX_REQUEST_BYTES)
