"""The images of a submission: checked when it arrives, made local files when it renders.
Its videos and audio clips are checked here too, by :mod:`app.sim.media_inputs`.

An image is a ``data:`` URI (PNG, JPEG or WebP, within RunComfy's inline limits), decoded,
checked against the model's image rules and kept in the job's inputs folder; or an http(s)
URL, accepted as it is and fetched at render time only when its host is this computer.
"""

from __future__ import annotations

import base64
import http.client
import shutil
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from app.core.catalogue import Field, Model
from app.core.errors import ImageError
from app.core.images import probe, probe_bytes
from app.core.media.kinds import MediaKind
from app.core.urls import is_loopback_host
from app.core.validation import Problem, image_problems, validate_values
from app.sim.contract import (
    INLINE_IMAGE_TYPES,
    MAX_FETCHED_IMAGE_BYTES,
    MAX_INLINE_IMAGE_BYTES,
    MAX_INLINE_IMAGE_PIXELS,
    Rejected,
)
from app.sim.media_inputs import MAX_FETCHED_MEDIA_BYTES, fetched_size, inline_media


@dataclass
class ImageInput:
    """One image of a job: a decoded inline image, or a URL fetched at render time."""

    path: Path | None = None
    url: str | None = None
    size: tuple[int, int] | None = None


def checked_images(
    model: Model, payload: Mapping[str, Any], inputs_dir: Path
) -> dict[str, list[ImageInput]]:
    """A submission's images by field, inline ones kept in ``inputs_dir``. Raises
    :class:`~app.sim.contract.Rejected` with every problem of the submission (its other
    inputs too), leaving nothing in ``inputs_dir``."""
    problems = [p for p in validate_values(model, payload) if p.blocking]
    images: dict[str, list[ImageInput]] = {}
    try:
        for f in model.fields:
            value = payload.get(f.name)
            if not f.is_media or value in (None, "", []):
                continue
            items = value if f.is_list else [value]
            if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
                continue  # already reported by validate_values
            entries = []
            for index, item in enumerate(items):
                position = index if f.is_list else None
                if f.is_image:
                    entry, found = image_input(f, item, position, inputs_dir)
                else:
                    entry, found = media_input(f, item, position, inputs_dir)
                problems.extend(found)
                entries.append(entry)
            images[f.name] = entries
        if problems:
            raise Rejected(
                400,
                400,
                f"The inputs are not valid for {model.model_id}: "
                + " ".join(p.line() for p in problems),
                problems,
            )
    except BaseException:
        shutil.rmtree(inputs_dir, ignore_errors=True)
        raise
    return images


def image_input(
    f: Field, value: str, item: int | None, inputs_dir: Path
) -> tuple[ImageInput, list[Problem]]:
    """One image of a submission and what is wrong with it: a URL is taken as it is."""
    if value.startswith(("http://", "https://")):
        return ImageInput(url=value), []
    if not value.startswith("data:"):
        shown = value if len(value) <= 60 else value[:57] + "…"
        return ImageInput(), [
            Problem(
                f.name,
                "url",
                f"'{shown}' is neither an http(s) URL nor a data: URI; the server cannot "
                "read files on your computer.",
                item=item,
            )
        ]

    return _inline_image(f, value, item, inputs_dir)


def _inline_image(
    f: Field, value: str, item: int | None, inputs_dir: Path
) -> tuple[ImageInput, list[Problem]]:
    """A ``data:`` URI decoded and checked, kept as a file in ``inputs_dir`` when it passes."""

    def problem(rule: str, message: str, actual: Any = None, limit: Any = None) -> Problem:
        return Problem(f.name, rule, message, actual, limit, item=item)

    decoded = _inline_bytes(value, problem)
    if isinstance(decoded, Problem):
        return ImageInput(), [decoded]
    mime, data = decoded
    try:
        info = probe_bytes(data, "The inline image")
    except ImageError as exc:
        return ImageInput(), [problem("image", str(exc))]
    pixels = info.width * info.height
    if pixels > MAX_INLINE_IMAGE_PIXELS:
        return ImageInput(), [
            problem(
                "inline_pixels",
                f"The inline image is {info.width}×{info.height} = {pixels / 1e6:.1f} "
                "megapixels; at most 32 megapixels are accepted inline.",
                pixels,
                MAX_INLINE_IMAGE_PIXELS,
            )
        ]
    found = image_problems(f, info, item)
    if found:
        return ImageInput(), found
    inputs_dir.mkdir(parents=True, exist_ok=True)
    suffix = f"-{item + 1}" if item is not None else ""
    path = inputs_dir / f"{f.name}{suffix}.{INLINE_IMAGE_TYPES[mime]}"
    path.write_bytes(data)
    return ImageInput(path=path, size=(info.width, info.height)), []


def media_input(
    f: Field, value: str, item: int | None, inputs_dir: Path
) -> tuple[ImageInput, list[Problem]]:
    """One video or audio clip of a submission and what is wrong with it: a URL is taken as
    it is, a data URI decoded and checked (see :mod:`app.sim.media_inputs`)."""
    if value.startswith(("http://", "https://")):
        return ImageInput(url=value), []
    if not value.startswith("data:"):
        return image_input(f, value, item, inputs_dir)  # the same refusal as for an image
    path, size, problems = inline_media(f, value, item, inputs_dir)
    return ImageInput(path=path, size=size), problems


def local_media(clip: ImageInput | None, kind: MediaKind, inputs_dir: Path | None) -> Path | None:
    """The clip as a file on disk, fetching a loopback URL; None when it cannot be had."""
    if clip is None:
        return None
    if clip.path is None and clip.url is not None and inputs_dir is not None:
        inputs_dir.mkdir(parents=True, exist_ok=True)
        fetched = fetch_loopback_image(
            clip.url, inputs_dir / f"fetched-{uuid.uuid4().hex}", max_bytes=MAX_FETCHED_MEDIA_BYTES
        )
        if fetched is None:
            return None
        whole, size = fetched_size(fetched, kind)
        if not whole:
            return None
        clip.path, clip.size = fetched, size
    return clip.path


def _inline_bytes(value: str, problem: Callable[..., Problem]) -> tuple[str, bytes] | Problem:
    """A ``data:`` URI's image type and decoded bytes, or the problem that stops it."""
    header, _, payload = value.partition(",")
    parts = [p.strip().lower() for p in header[len("data:") :].split(";")]
    mime = parts[0] or "text/plain"
    if mime not in INLINE_IMAGE_TYPES:
        return problem(
            "data_uri",
            f"An inline image must be PNG, JPEG or WebP; this data URI is {mime}.",
            mime,
        )
    if "base64" not in parts[1:]:
        return problem("data_uri", "An inline image must be base64-encoded (';base64,').")
    try:
        data = base64.b64decode("".join(payload.split()), validate=True)
    except ValueError:
        return problem("data_uri", "The inline image is not valid base64 and cannot be decoded.")
    if len(data) > MAX_INLINE_IMAGE_BYTES:
        mib = len(data) / (1024 * 1024)
        return problem(
            "inline_size",
            f"The inline image is {mib:.2f} MiB decoded; at most 6 MiB is accepted "
            "inline. Send it as a URL instead.",
            len(data),
            MAX_INLINE_IMAGE_BYTES,
        )
    return mime, data


def local_image(image: ImageInput | None, inputs_dir: Path | None) -> Path | None:
    """The image as a file on disk, fetching a loopback URL; None when it cannot be had."""
    if image is None:
        return None
    if image.path is None and image.url is not None and inputs_dir is not None:
        inputs_dir.mkdir(parents=True, exist_ok=True)
        fetched = fetch_loopback_image(image.url, inputs_dir / f"fetched-{uuid.uuid4().hex}")
        if fetched is not None:
            try:
                info = probe(fetched)
            except (ImageError, OSError):
                return None
            image.path, image.size = fetched, (info.width, info.height)
    return image.path


def fetch_loopback_image(
    url: str, destination: Path, *, max_bytes: int = MAX_FETCHED_IMAGE_BYTES
) -> Path | None:
    """Fetch ``url`` into ``destination`` when its host is this computer; else None.

    The simulator never reaches beyond loopback, follows no redirect and sends no
    credentials; an image it cannot fetch is rendered as a neutral card.
    """
    parts = urlsplit(url)
    if not is_loopback_host(parts.hostname):
        return None
    connection_class = (
        http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    )
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    connection = connection_class(parts.hostname or "127.0.0.1", parts.port, timeout=10)
    try:
        connection.request("GET", target, headers={"User-Agent": "storyreel-sim"})
        response = connection.getresponse()
        if response.status != 200:
            return None
        data = response.read(max_bytes + 1)
        if len(data) > max_bytes:
            return None
        destination.write_bytes(data)
        return destination
    except (OSError, http.client.HTTPException):
        return None
    finally:
        connection.close()
