"""A job as the simulated queue holds it: its model, settings, images, videos and sound,
state and output."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from app.core.catalogue import Model
from app.sim.contract import IN_QUEUE
from app.sim.inputs import ImageInput


@dataclass
class QueuedJob:
    request_id: str
    sequence: int
    model: Model
    settings: dict[str, Any]
    created_at: datetime
    submitted: float  # time.monotonic()
    cost: float
    first_frame: ImageInput | None = None
    last_frame: ImageInput | None = None
    references: list[ImageInput] = field(default_factory=list)
    videos: list[ImageInput] = field(default_factory=list)  # video references, in order
    soundtrack: ImageInput | None = None  # the first audio reference
    injected_failure: str | None = None
    state: str = IN_QUEUE
    started: float | None = None
    finished_at: datetime | None = None
    error: str | None = None
    output: Path | None = None
    released_from_queue: bool = False
    released_from_run: bool = False
