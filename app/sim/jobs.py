"""A job as the simulated queue holds it: its model, settings, images, videos and sound,
state, times and output."""

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
    submitted: float  # time.monotonic(), the queue's clock (app.sim.timeline)
    cost: float
    clip_seconds: float = 0.0  # how long its video is (run times may grow with it)
    first_frame: ImageInput | None = None
    last_frame: ImageInput | None = None
    references: list[ImageInput] = field(default_factory=list)
    videos: list[ImageInput] = field(default_factory=list)  # video references, in order
    soundtrack: ImageInput | None = None  # the first audio reference
    injected_failure: str | None = None
    state: str = IN_QUEUE
    started: float | None = None  # by the queue's clock
    finished: float | None = None  # by the queue's clock; finished_at is the same moment
    finished_at: datetime | None = None
    rendering: bool = False  # a worker has taken it
    rendered_at: float | None = None  # its output (or its failure) is ready
    error: str | None = None
    output: Path | None = None  # served only once it has succeeded
    released_from_queue: bool = False
    released_from_run: bool = False
