"""The preview's virtual camera and its slow moves (push in, pull out, drift)."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

# Working sources are this much larger than the output, so the deepest zoom (12 %) is
# still a (slight) downscale and never an upscale.
MAX_ZOOM = 0.12


@dataclass(frozen=True)
class Camera:
    """Zoom >= 1 over the working source; dx/dy in [-1, 1] place the view within the slack."""

    zoom: float = 1.0
    dx: float = 0.0
    dy: float = 0.0


@dataclass(frozen=True)
class Move:
    """A camera move from ``start`` to ``end``; ``at`` takes an already-eased 0..1."""

    start: Camera
    end: Camera

    def at(self, e: float) -> Camera:
        a, b = self.start, self.end
        return Camera(
            a.zoom + (b.zoom - a.zoom) * e, a.dx + (b.dx - a.dx) * e, a.dy + (b.dy - a.dy) * e
        )


def direction(rng: random.Random) -> tuple[float, float]:
    angle = rng.choice(range(8)) * math.pi / 4 + rng.uniform(-0.3, 0.3)
    return math.cos(angle), math.sin(angle)


def push_in(rng: random.Random) -> Move:
    """Ken Burns that starts exactly on the full picture: zoom in 8-12 % with a slight pan."""
    dx, dy = direction(rng)
    reach = rng.uniform(0.55, 0.9)
    zoom = 1.0 + rng.uniform(0.08, MAX_ZOOM)
    return Move(Camera(1.0), Camera(zoom, dx * reach, dy * reach))


def pull_out(rng: random.Random) -> Move:
    """The reverse: starts zoomed in and settles exactly on the full picture."""
    move = push_in(rng)
    return Move(move.end, move.start)


def drift(rng: random.Random) -> Move:
    """A held zoom with a slow pan across."""
    dx, dy = direction(rng)
    zoom = 1.0 + rng.uniform(0.08, MAX_ZOOM)
    return Move(Camera(zoom, -dx * 0.8, -dy * 0.8), Camera(zoom, dx * 0.8, dy * 0.8))
