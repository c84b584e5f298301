"""Video and audio inputs made ready for the wire (the image side is :mod:`app.api.encoding`).

A URL the user gave is sent exactly as given. A local file is sent inline as a data URI in
the one format RunComfy documents for it, ``data:video/mp4;base64,…`` (H.264) or
``data:audio/wav;base64,…``, within RunComfy's inline limits (32 MiB video, 16 MiB audio):

* a file already in that format and within the limit is sent byte for byte;
* anything else (a WebM, an M4A, an MP4 over the limit) is converted first, as images are
  re-encoded, with the same fix the window offers (:mod:`app.core.media.fixes`), restricted to
  what sending needs: the field's own rules (length, size...) are never changed silently; a
  clip that breaks them is refused with the rule, so the user decides how to trim it.

What is sent is probed again and checked against every rule of the field, so a file Storyreel
accepts is never one the server rejects. A file cut short is refused, whatever an earlier
check said. Converting decodes the whole clip: call this from a worker thread (the caller,
``encode_inputs_async``, does).
"""

from __future__ import annotations

import base64
import hashlib
import tempfile
from dataclasses import replace
from pathlib import Path

from app.core.catalogue import Field
from app.core.errors import MediaError, ValidationError
from app.core.media.checks import check_media, media_problems
from app.core.media.fixes import apply_fix, sending_fix
from app.core.media.probe import MediaInfo, MediaKind, probe_media
from app.core.wording import QT_TRANSLATE_NOOP

# The same messages as for an image's file (app.api.encoding), led by the field's title.
MISSING = QT_TRANSLATE_NOOP("Errors", "{title}: the file {path} does not exist.")
UNREADABLE = QT_TRANSLATE_NOOP("Errors", "{title}: the file {path} cannot be read ({reason}).")
TITLED = QT_TRANSLATE_NOOP("Errors", "{title}: {message}")


def media_kind(field: Field) -> MediaKind:
    return MediaKind.VIDEO if field.is_video else MediaKind.AUDIO


def _probe(field: Field, path: Path) -> MediaInfo:
    try:
        info = probe_media(path, media_kind(field))
    except MediaError as exc:
        raise MediaError.said(TITLED, title=field.title, message=exc.message) from None
    if info.incomplete:
        raise MediaError.said(
            QT_TRANSLATE_NOOP("Errors", "{title}: {reason} Use the original file."),
            title=field.title,
            reason=info.incomplete,
        )
    return info


def _without_rules(field: Field) -> Field:
    """The field with no rules of its own: only what sending inline needs."""
    return replace(field, image_rules=())


def prepared_file(field: Field, path: Path, work_dir: Path) -> tuple[Path, str | None]:
    """The file to send for ``path`` and why it was converted (None: sent as it is).

    Raises :class:`ValidationError` when the clip breaks a rule of the field, and
    :class:`MediaError` when it cannot be read or converted.
    """
    info = _probe(field, path)
    own = media_problems(field, info, inline=False)
    if own:
        raise ValidationError(own)
    if info.inline_ready and info.file_size <= info.kind.inline_limit:
        return path, None
    bare = _without_rules(field)
    fix = sending_fix(field, info)
    if fix is None:
        raise MediaError.said(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{title}: {name} cannot be made small enough to send from a file without "
                "cutting it (RunComfy takes at most {limit} MiB). Shorten it, or give a URL to "
                "the file instead.",
            ),
            title=field.title,
            name=path.name,
            limit=info.kind.inline_limit // (1024 * 1024),
        )
    converted = apply_fix(fix, bare, path, work_dir, inline=True)
    return converted, f"{fix.title[:1].lower()}{fix.title[1:]}, from {info.format_text}"


def encode_media_file(field: Field, path: Path) -> tuple[str, str, int, str, str | None]:
    """(data URI, MIME type, bytes sent, SHA-256 of them, why converted) for a local file."""
    if not path.is_file():
        raise MediaError.said(MISSING, title=field.title, path=str(path))
    with tempfile.TemporaryDirectory(prefix="storyreel-send-") as tmp:
        sent, why = prepared_file(field, path, Path(tmp))
        try:
            data = sent.read_bytes()
        except OSError as exc:
            raise MediaError.said(
                UNREADABLE, title=field.title, path=str(path), reason=str(exc)
            ) from None
        info = _probe(field, sent)
        failing = [
            c
            for c in check_media(field, info, inline=True)
            if not c.passed and c.rule != "complete"
        ]
        if failing or len(data) != info.file_size:
            # The file changed between the probe and the read, or a conversion missed a rule.
            raise MediaError.said(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{title}: {name} changed while it was being read, or does not pass its "
                    "rules once prepared; check it again.",
                ),
                title=field.title,
                name=path.name,
            )
    kind = media_kind(field)
    uri = f"data:{kind.inline_mime};base64," + base64.b64encode(data).decode("ascii")
    return uri, kind.inline_mime, len(data), hashlib.sha256(data).hexdigest(), why
