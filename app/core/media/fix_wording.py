"""The title and description of a video or audio fix (``app.core.media.fixes``), as templates
the window translates (context "Fixes"): its steps, each said capitalised when it comes first
("Trim to 5 s, downscale to 1280 × 720 and convert to MP4 (H.264, AAC)"), lengths and sizes
with their units. The English (``str()``) is what the command line prints.
"""

from __future__ import annotations

from app.core.wording import FIXES, QT_TRANSLATE_NOOP, Said, said_in

# A step of the fix -> (its words first in the title, its words after another step)
TRIM = (
    QT_TRANSLATE_NOOP("Fixes", "Trim to {length}"),
    QT_TRANSLATE_NOOP("Fixes", "trim to {length}"),
)
FRAME_RATE = (
    QT_TRANSLATE_NOOP("Fixes", "Lower the frame rate to {fps:g} fps"),
    QT_TRANSLATE_NOOP("Fixes", "lower the frame rate to {fps:g} fps"),
)
DOWNSCALE = (
    QT_TRANSLATE_NOOP("Fixes", "Downscale to {width} × {height}"),
    QT_TRANSLATE_NOOP("Fixes", "downscale to {width} × {height}"),
)
MP4 = (
    QT_TRANSLATE_NOOP("Fixes", "Convert to MP4 ({codecs})"),
    QT_TRANSLATE_NOOP("Fixes", "convert to MP4 ({codecs})"),
)
MP4_UNDER = (
    QT_TRANSLATE_NOOP("Fixes", "Convert to MP4 ({codecs}) under {size}"),
    QT_TRANSLATE_NOOP("Fixes", "convert to MP4 ({codecs}) under {size}"),
)
WAV_MONO = (
    QT_TRANSLATE_NOOP("Fixes", "Convert to WAV ({rate:g} kHz, mono)"),
    QT_TRANSLATE_NOOP("Fixes", "convert to WAV ({rate:g} kHz, mono)"),
)
WAV_STEREO = (
    QT_TRANSLATE_NOOP("Fixes", "Convert to WAV ({rate:g} kHz, stereo)"),
    QT_TRANSLATE_NOOP("Fixes", "convert to WAV ({rate:g} kHz, stereo)"),
)
BOTH = QT_TRANSLATE_NOOP("Fixes", "{first} and {second}")
LIST = QT_TRANSLATE_NOOP("Fixes", "{first}, {rest}")
DESCRIPTION = QT_TRANSLATE_NOOP(
    "Fixes", "{title}. The original file is kept; the copy is used instead."
)
SECONDS = QT_TRANSLATE_NOOP("Fixes", "{seconds:g} s")
MINUTES = QT_TRANSLATE_NOOP("Fixes", "{minutes} min")
MEGABYTES = QT_TRANSLATE_NOOP("Fixes", "{megabytes:.1f} MB")
KILOBYTES = QT_TRANSLATE_NOOP("Fixes", "{kilobytes} kB")

Step = tuple[tuple[str, str], dict[str, object]]


def step(words: tuple[str, str], **arguments: object) -> Step:
    """One step of a fix: its two wordings and what fills them."""
    return words, arguments


def title(steps: list[Step]) -> Said:
    """The steps as one title: the first capitalised, "A, b and c" (at least one step)."""
    said = [
        said_in(FIXES, words[0 if n == 0 else 1], **arguments)
        for n, (words, arguments) in enumerate(steps)
    ]
    whole = said[-1]
    if len(said) > 1:
        whole = said_in(FIXES, BOTH, first=said[-2], second=whole)
    for earlier in reversed(said[:-2]):
        whole = said_in(FIXES, LIST, first=earlier, rest=whole)
    return whole


def description(title: Said) -> Said:
    return said_in(FIXES, DESCRIPTION, title=title)


def length(seconds: float) -> Said:
    """A clip's length as the fix says it: "5 s", "4.96 s", "12 min"."""
    if seconds >= 600:
        return said_in(FIXES, MINUTES, minutes=int(seconds // 60))
    return said_in(FIXES, SECONDS, seconds=round(seconds, 2))


def size(size: int) -> Said:
    """A file size as the fix says it: "9.5 MB", "800 kB"."""
    if size >= 1_000_000:
        return said_in(FIXES, MEGABYTES, megabytes=size / 1_000_000)
    return said_in(FIXES, KILOBYTES, kilobytes=max(1, round(size / 1000)))
