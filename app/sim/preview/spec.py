"""What the offline preview renders: the :class:`RenderSpec`, its limits, and the output size."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.core.preview_label import DEFAULT_LABEL

RESOLUTIONS: dict[str, int] = {"480p": 480, "720p": 720, "1080p": 1080}
"""Short side of the output, in pixels, for each resolution name."""

RATIOS: dict[str, tuple[int, int]] = {
    "16:9": (16, 9),
    "4:3": (4, 3),
    "1:1": (1, 1),
    "3:4": (3, 4),
    "9:16": (9, 16),
    "21:9": (21, 9),
}
ADAPTIVE = "adaptive"
MIN_ASPECT = 9 / 21
MAX_ASPECT = 21 / 9

MIN_SIDE = 16
MAX_SIDE = 4096
MAX_FPS = 120
MAX_DURATION_S = 600


@dataclass(frozen=True)
class RenderSpec:
    """What to render. Image paths must be files already on local disk."""

    width: int  # output size in pixels, both even
    height: int
    fps: int  # 24 by default
    frame_count: int  # total frames (duration_s * fps, or the model's 'frames' value)
    first_frame: Path | None = None
    last_frame: Path | None = None
    references: tuple[Path, ...] = ()
    audio: bool = False  # add an AAC stereo track of the same duration
    seed: int | None = None  # same spec + same seed -> same motion; None -> random motion
    label: str = DEFAULT_LABEL
    clips: tuple[Path, ...] = ()  # video references, cut into the sketch in order
    soundtrack: Path | None = None  # an audio reference: the preview's sound instead of the pad
    title: str = ""  # drawn on the card when there is no picture at all (text-only models)

    @property
    def duration_s(self) -> float:
        return self.frame_count / self.fps

    def validate(self) -> None:
        """Raise ValueError with a readable message if this spec cannot be rendered.

        Only checks the numbers and that the image paths are existing files; whether the
        files are readable images is found out when they are opened.
        """
        for name in ("width", "height", "fps", "frame_count"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool):
                raise ValueError(f"{name} must be an integer, got {value!r}")
        w, h = self.width, self.height
        if w <= 0 or h <= 0:
            raise ValueError(f"output size must be positive, got {w}x{h}")
        if w % 2 or h % 2:
            raise ValueError(f"output width and height must be even numbers, got {w}x{h}")
        if min(w, h) < MIN_SIDE or max(w, h) > MAX_SIDE:
            raise ValueError(
                f"output size {w}x{h} is outside {MIN_SIDE}..{MAX_SIDE} pixels per side"
            )
        if not 1 <= self.fps <= MAX_FPS:
            raise ValueError(f"fps must be between 1 and {MAX_FPS}, got {self.fps}")
        if self.frame_count < 1:
            raise ValueError(f"frame_count must be at least 1, got {self.frame_count}")
        if self.frame_count > self.fps * MAX_DURATION_S:
            raise ValueError(
                f"{self.frame_count} frames at {self.fps} fps is longer than {MAX_DURATION_S} s"
            )
        if self.seed is not None and (
            not isinstance(self.seed, int) or isinstance(self.seed, bool)
        ):
            raise ValueError(f"seed must be an integer or None, got {self.seed!r}")
        if not isinstance(self.label, str):
            raise ValueError(f"label must be a string, got {self.label!r}")
        if not isinstance(self.references, tuple | list):
            raise ValueError("references must be a tuple of paths")
        images = [("first_frame", self.first_frame), ("last_frame", self.last_frame)]
        images += [(f"references[{i}]", p) for i, p in enumerate(self.references)]
        images += [(f"clips[{i}]", p) for i, p in enumerate(self.clips)]
        if self.soundtrack is not None:
            images.append(("soundtrack", self.soundtrack))
        for name, path in images:
            if path is None:
                if name.startswith("references"):
                    raise ValueError(f"{name} is None")
                continue
            if not Path(path).is_file():
                what = "a media" if name.startswith(("clips", "soundtrack")) else "an image"
                raise ValueError(f"{name} is not {what} file on disk: {path}")


def output_size(
    resolution: str | None, ratio: str | None, image_size: tuple[int, int] | None
) -> tuple[int, int]:
    """The (width, height) of a preview, both even.

    ``resolution`` ("480p", "720p", "1080p"; None -> 480p) sets the short side. ``ratio``
    ("16:9", "4:3", "1:1", "3:4", "9:16", "21:9") sets the shape; "adaptive" or None
    follows ``image_size`` (clamped to between 9:21 and 21:9), or 16:9 without an image.
    """
    key = "480p" if resolution is None else str(resolution).strip().lower()
    if key not in RESOLUTIONS:
        raise ValueError(
            f"unknown resolution {resolution!r}; expected one of {', '.join(RESOLUTIONS)}"
        )
    short = RESOLUTIONS[key]

    shape = ADAPTIVE if ratio is None else str(ratio).strip().lower()
    if shape in RATIOS:
        rw, rh = RATIOS[shape]
        aspect = rw / rh
    elif shape == ADAPTIVE:
        if image_size is not None and image_size[0] > 0 and image_size[1] > 0:
            aspect = min(max(image_size[0] / image_size[1], MIN_ASPECT), MAX_ASPECT)
        else:
            aspect = 16 / 9
    else:
        raise ValueError(
            f"unknown ratio {ratio!r}; expected one of {', '.join(RATIOS)} or {ADAPTIVE!r}"
        )

    width: float
    height: float
    if aspect >= 1:
        width, height = short * aspect, short
    else:
        width, height = short, short / aspect
    return even(width), even(height)


def even(value: float) -> int:
    """``value`` rounded to an even whole number, at least 2."""
    return max(2, 2 * round(value / 2))
