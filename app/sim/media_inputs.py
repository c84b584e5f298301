"""The videos and audio clips of a submission, as the simulator takes them.

As RunComfy documents: a ``data:video/mp4`` URI (H.264, at most 32 MiB decoded) or a
``data:audio/wav`` URI (at most 16 MiB), decoded, probed with PyAV, checked against the
field's rules (on a list field, each item) and kept in the job's inputs folder; or an http(s)
URL, accepted as it is and fetched at render time only when its host is this computer.
"""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

from app.core.catalogue import Field
from app.core.errors import MediaError
from app.core.media.kinds import MIB, MediaKind
from app.core.validation import Problem

INLINE_TYPES: dict[MediaKind, dict[str, str]] = {
    MediaKind.VIDEO: {"video/mp4": "mp4"},
    MediaKind.AUDIO: {"audio/wav": "wav", "audio/x-wav": "wav", "audio/wave": "wav"},
}
# What the simulator fetches from a loopback URL to render it (RunComfy's own cap: 100 MB).
MAX_FETCHED_MEDIA_BYTES = 100_000_000


def kind_of(f: Field) -> MediaKind:
    return MediaKind.VIDEO if f.is_video else MediaKind.AUDIO


def inline_media(
    f: Field, value: str, item: int | None, inputs_dir: Path
) -> tuple[Path | None, tuple[int, int] | None, list[Problem]]:
    """A ``data:`` URI of a video or audio field decoded, probed and checked, kept as a file
    in ``inputs_dir`` when it passes: (path, picture size, problems)."""
    from app.core.media.checks import media_problems
    from app.core.media.probe import probe_media

    kind = kind_of(f)

    def problem(rule: str, message: str, actual: Any = None, limit: Any = None) -> Problem:
        return Problem(f.name, rule, message, actual, limit, item=item)

    header, _, payload = value.partition(",")
    parts = [p.strip().lower() for p in header[len("data:") :].split(";")]
    mime = parts[0] or "text/plain"
    allowed = INLINE_TYPES[kind]
    if mime not in allowed:
        wanted = "video/mp4" if kind is MediaKind.VIDEO else "audio/wav"
        return (
            None,
            None,
            [problem("data_uri", f"An inline {kind.noun} must be {wanted}; this one is {mime}.")],
        )
    if "base64" not in parts[1:]:
        return (
            None,
            None,
            [problem("data_uri", f"An inline {kind.noun} must be base64-encoded (';base64,').")],
        )
    try:
        data = base64.b64decode("".join(payload.split()), validate=True)
    except ValueError:
        return None, None, [problem("data_uri", f"The inline {kind.noun} is not valid base64.")]
    if len(data) > kind.inline_limit:
        return (
            None,
            None,
            [
                problem(
                    "inline_size",
                    f"The inline {kind.noun} is {len(data) / MIB:.2f} MiB decoded; at most "
                    f"{kind.inline_limit // MIB} MiB is accepted inline. Send it as a URL instead.",
                    len(data),
                    kind.inline_limit,
                )
            ],
        )
    inputs_dir.mkdir(parents=True, exist_ok=True)
    suffix = f"-{item + 1}" if item is not None else ""
    path = inputs_dir / f"{f.name}{suffix}.{allowed[mime]}"
    path.write_bytes(data)
    try:
        info = probe_media(path, kind)
    except MediaError as exc:
        path.unlink(missing_ok=True)
        return None, None, [problem("media", f"The inline {kind.noun}: {exc}")]
    found = media_problems(f, info, item, inline=True)
    if found:
        path.unlink(missing_ok=True)
        return None, None, found
    return path, (info.width, info.height) if info.width else None, []


def fetched_size(path: Path, kind: MediaKind) -> tuple[bool, tuple[int, int] | None]:
    """Whether a fetched file is a whole clip of ``kind``, and its picture size."""
    from app.core.media.probe import probe_media

    try:
        info = probe_media(path, kind)
    except MediaError:
        return False, None
    return info.incomplete is None, (info.width, info.height) if info.width else None
