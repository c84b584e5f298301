"""Image inputs made ready for the wire (video and audio: :mod:`app.api.media_encoding`).

RunComfy takes images as URLs it can fetch, or inline as ``data:`` URIs (what RunComfy's own
ComfyUI plugin sends; the backend stores them as hosted inputs). So:

* a URL the user gave is sent exactly as given;
* a local file is sent inline as ``data:image/jpeg;base64,…`` or ``data:image/png;base64,…``.
  A JPEG or PNG that already fits every limit, has no EXIF rotation and needs no
  conversion is sent byte for byte. Anything else is re-encoded from
  ``app.core.images.load_for_encoding`` (EXIF rotation applied, CMYK and 16-bit converted,
  first frame of an animation): PNG when the image has transparency or came as PNG, else
  JPEG, lowering the JPEG quality and then the size until it fits.

A file whose structure shows it was cut short (see ``app.core.image_integrity``) is refused
here, on the bytes about to be sent, whatever an earlier check said: the file may have
changed since.

The limits: RunComfy's (at most 6 MiB and 32 megapixels per image, 64 MiB per request) and
the model's (accepted formats, ``file_size_mb<`` and the other image rules, checked again on
what is actually sent, so that a file Storyreel accepts is never one the server rejects).

The summary that goes into the job (``sent_summary``) carries a short description in place
of each data URI, never its body: the job database stays small and holds no image data.
Encoding reads and compresses images: call :func:`encode_inputs_async` from the event loop.

A frame sent again (the shots of a storyboard, a retry, a batch of takes) is not decoded,
checked and base64-encoded again: the data URIs made last are kept in memory (up to
:data:`REMEMBERED_BYTES`), keyed by the SHA-256 of the file's bytes and the field's image
rules and formats, the only things what is sent depends on. The file is still read and
hashed every time, so an edited file is always sent as it is now, even when it kept its size
and modification time (copy tools and some editors keep the time; FAT keeps it to 2 s).
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import io
import json
import math
import os
import threading
from collections import OrderedDict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PIL import Image, UnidentifiedImageError

from app.core import image_integrity
from app.core.catalogue import Field, Model
from app.core.errors import ImageError, IncompleteImage, InputError, MediaError, ValidationError
from app.core.images import MAX_SENT_PIXELS, ImageInfo, probe_bytes
from app.core.validation import Problem, build_request_body, check_image, is_url
from app.core.wording import QT_TRANSLATE_NOOP, Said, said

MAX_IMAGE_BYTES = 6 * 1024 * 1024
MAX_PIXELS = MAX_SENT_PIXELS
MAX_REQUEST_BYTES = 64 * 1024 * 1024
JPEG_QUALITIES = (92, 85, 78, 70)
PASS_THROUGH_FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png"}
# Modes a JPEG or PNG may be stored in and still be read everywhere as it is.
PLAIN_MODES = {"JPEG": {"RGB", "L"}, "PNG": {"RGB", "RGBA", "L", "LA", "P"}}
REMEMBERED_BYTES = 64 * 1024 * 1024  # data URIs kept for frames that are sent again
# Messages about one field's file, led by the field's title (the schema's own text).
MISSING = QT_TRANSLATE_NOOP("Errors", "{title}: the file {path} does not exist.")
UNREADABLE = QT_TRANSLATE_NOOP("Errors", "{title}: the file {path} cannot be read ({reason}).")
TITLED = QT_TRANSLATE_NOOP("Errors", "{title}: {message}")


@dataclass(frozen=True)
class EncodedImage:
    data_uri: str
    mime: str
    size: int
    sha256: str
    source: Path
    reencoded: str | None  # why it was re-encoded; None when sent byte for byte

    def summary(self) -> str:
        what = f"data:{self.mime}, {_size_text(self.size)}, "
        what += f"sha256 {self.sha256[:12]}…, from {self.source}"
        return what + (f" (re-encoded: {self.reencoded})" if self.reencoded else "")


class _RememberedImages:
    """The latest encoded images, least recently used dropped first, within a byte budget.

    Encoding runs in worker threads, so every access holds the lock.
    """

    def __init__(self, budget: int) -> None:
        self._budget = budget
        self._images: OrderedDict[Hashable, EncodedImage] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> EncodedImage | None:
        with self._lock:
            image = self._images.get(key)
            if image is not None:
                self._images.move_to_end(key)
            return image

    def put(self, key: Hashable, image: EncodedImage) -> None:
        size = len(image.data_uri)
        if size > self._budget:
            return
        with self._lock:
            replaced = self._images.pop(key, None)
            if replaced is not None:
                self._size -= len(replaced.data_uri)
            self._images[key] = image
            self._size += size
            while self._size > self._budget:
                _key, dropped = self._images.popitem(last=False)
                self._size -= len(dropped.data_uri)


_remembered = _RememberedImages(REMEMBERED_BYTES)


def _size_text(size: int) -> Said:
    """``size`` bytes in words ("1.5 MB"), with its unit translated in the window."""
    if size >= 1_000_000:
        return said(QT_TRANSLATE_NOOP("Errors", "{size:.1f} MB"), size=size / 1_000_000)
    return said(QT_TRANSLATE_NOOP("Errors", "{size} kB"), size=max(1, round(size / 1000)))


def _byte_limit(field: Field) -> int:
    """The largest file size both RunComfy and the model's ``file_size_mb`` rules allow."""
    limit = MAX_IMAGE_BYTES
    for rule in field.image_rules:
        if rule.operator == "file_size_mb<":
            limit = min(limit, math.ceil(rule.value * 1_000_000) - 1)
        elif rule.operator == "file_size_mb<=":
            limit = min(limit, math.floor(rule.value * 1_000_000))
    return limit


def _allowed_mimes(field: Field) -> set[str]:
    if not field.accepted_formats:
        return set(PASS_THROUGH_FORMATS.values())
    return {PASS_THROUGH_FORMATS[f] for f in field.accepted_formats if f in PASS_THROUGH_FORMATS}


def _resolve(value: str, workdir: Path) -> Path:
    path = Path(value).expanduser()
    return path if path.is_absolute() else workdir / path


def _png_bit_depth(raw: bytes) -> int:
    """The bit depth from a PNG's header (Pillow reads 16-bit RGB as 8-bit and hides it)."""
    return raw[24] if len(raw) > 24 and raw[12:16] == b"IHDR" else 8


def _why_not_as_is(image: Image.Image, raw: bytes, field: Field) -> str | None:
    """Why a file cannot be sent byte for byte, or None when it can."""
    fmt = image.format or "unknown"
    mime = PASS_THROUGH_FORMATS.get(fmt)
    if mime is None:
        return f"{fmt} converted"
    if mime not in _allowed_mimes(field):
        return f"{fmt} is not accepted by this model"
    if image.mode not in PLAIN_MODES[fmt]:
        return f"{image.mode} colour converted"
    if fmt == "PNG" and _png_bit_depth(raw) > 8:
        return "16-bit colour converted to 8-bit"
    if getattr(image, "n_frames", 1) > 1:
        return "first frame of an animation"
    orientation = image.getexif().get(0x0112, 1)
    if orientation not in (1, None):
        return "EXIF rotation applied"
    if image.width * image.height > MAX_PIXELS:
        return "more than 32 megapixels"
    limit = _byte_limit(field)
    if len(raw) > limit:
        return f"{_size_text(len(raw))} is over the {_size_text(limit)} limit"
    return None


def _load_oriented(path: Path) -> Image.Image:
    from app.core.images import load_for_encoding

    return load_for_encoding(path, max_pixels=MAX_PIXELS)


def _save(image: Image.Image, fmt: str, quality: int) -> bytes:
    buffer = io.BytesIO()
    if fmt == "PNG":
        image.save(buffer, "PNG", optimize=False, compress_level=6)
    else:
        rgb = image if image.mode == "RGB" else _flatten(image)
        rgb.save(buffer, "JPEG", quality=quality, optimize=True)
    return buffer.getvalue()


def _flatten(image: Image.Image) -> Image.Image:
    if image.mode in ("RGBA", "LA") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        white = Image.new("RGB", rgba.size, (255, 255, 255))
        white.paste(rgba, mask=rgba.getchannel("A"))
        return white
    return image.convert("RGB")


def _has_alpha(image: Image.Image) -> bool:
    if image.mode not in ("RGBA", "LA"):
        return False
    low, _high = image.getchannel("A").getextrema()
    assert not isinstance(low, tuple)  # one channel, so plain numbers
    return low < 255


def _reencode(image: Image.Image, field: Field, prefer_png: bool) -> tuple[bytes, str]:
    """Bytes and MIME type of ``image`` within the field's byte limit, as close to it as possible.

    Tries PNG (when preferred and allowed), then JPEG at falling qualities, then smaller
    sizes, never below the model's minimum side.
    """
    limit = _byte_limit(field)
    allowed = _allowed_mimes(field)
    if prefer_png and "image/png" in allowed:
        data = _save(image, "PNG", 0)
        if len(data) <= limit:
            return data, "image/png"
    if "image/jpeg" not in allowed:
        raise ImageError.said(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{title}: the image does not fit in {limit} as PNG, and this model takes no "
                "other format.",
            ),
            title=field.title,
            limit=_size_text(limit),
        )
    current = image
    min_side = _min_side(field)
    while True:
        for quality in JPEG_QUALITIES:
            data = _save(current, "JPEG", quality)
            if len(data) <= limit:
                return data, "image/jpeg"
        scale = max(0.5, min(0.9, math.sqrt(limit / len(data)) * 0.95))
        width, height = round(current.width * scale), round(current.height * scale)
        if min(width, height) <= min_side:
            raise ImageError.said(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{title}: the image cannot be made smaller than {limit} without going under "
                    "the model's minimum of {side} px per side (it is {width}×{height} px).",
                ),
                title=field.title,
                limit=_size_text(limit),
                side=min_side,
                width=image.width,
                height=image.height,
            )
        current = image.resize((width, height), Image.Resampling.LANCZOS)


def _min_side(field: Field) -> int:
    side = 1
    for rule in field.image_rules:
        if rule.operator in ("width_pixels>", "height_pixels>"):
            side = max(side, int(rule.value) + 1)
        elif rule.operator in ("width_pixels>=", "height_pixels>="):
            side = max(side, int(math.ceil(rule.value)))
    return side


def _identity(stat: os.stat_result) -> tuple[int, int, int, int]:
    return stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns


def encode_file(field: Field, path: Path) -> EncodedImage:
    """One local image as a data URI within RunComfy's and the model's limits.

    An image encoded before from the same bytes for the same rules is not encoded again
    (see the module docstring).
    """
    try:
        before = _identity(path.stat())
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ImageError.said(MISSING, title=field.title, path=str(path)) from None
    except OSError as exc:
        raise ImageError.said(
            UNREADABLE, title=field.title, path=str(path), reason=str(exc)
        ) from None
    key = (hashlib.sha256(raw).digest(), field.image_rules, field.accepted_formats)
    remembered = _remembered.get(key)
    if remembered is not None:
        return replace(remembered, source=path)
    _refuse_incomplete(field, path, raw)
    try:
        with Image.open(io.BytesIO(raw)) as probe:
            why = _why_not_as_is(probe, raw, field)
            source_format = probe.format
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise ImageError.said(
            QT_TRANSLATE_NOOP(
                "Errors", "{title}: {path} is not an image Storyreel can read ({reason})."
            ),
            title=field.title,
            path=str(path),
            reason=str(exc),
        ) from None
    if why is None:
        data, mime = raw, PASS_THROUGH_FORMATS[source_format or "JPEG"]
    else:
        image = _load_oriented(path)
        prefer_png = source_format == "PNG" or _has_alpha(image)
        data, mime = _reencode(image, field, prefer_png)
    _check_sent(field, data, path)
    digest = hashlib.sha256(data).hexdigest()
    uri = f"data:{mime};base64," + base64.b64encode(data).decode("ascii")
    encoded = EncodedImage(uri, mime, len(data), digest, path, why)
    # A re-encoding read the file a second time: remember it only if the file did not change
    # in between, so that the key's bytes are the bytes it was made from.
    if why is None or _unchanged(path, before):
        _remembered.put(key, encoded)
    return encoded


def encode_media(field: Field, path: Path) -> EncodedImage:
    """One local video or audio file as a data URI (see :mod:`app.api.media_encoding`),
    remembered like images so that a clip sent again is not converted again."""
    from app.api.media_encoding import encode_media_file

    try:
        before = _identity(path.stat())
        with path.open("rb") as handle:  # streamed: a clip may be far larger than memory
            digest = hashlib.file_digest(handle, "sha256").digest()
    except FileNotFoundError:
        raise MediaError.said(MISSING, title=field.title, path=str(path)) from None
    except OSError as exc:
        raise MediaError.said(
            UNREADABLE, title=field.title, path=str(path), reason=str(exc)
        ) from None
    key = ("media", digest, field.kind, field.image_rules)
    remembered = _remembered.get(key)
    if remembered is not None:
        return replace(remembered, source=path)
    uri, mime, size, sha, why = encode_media_file(field, path)
    encoded = EncodedImage(uri, mime, size, sha, path, why)
    if _unchanged(path, before):
        _remembered.put(key, encoded)
    return encoded


def _encode_item(field: Field, value: str, given: Any, workdir: Path) -> EncodedImage:
    """A video or audio clip of ``field``; a broken rule names the item of a list it is."""
    try:
        return encode_media(field, _resolve(value, workdir))
    except ValidationError as exc:
        if not isinstance(given, list) or value not in given:
            raise
        item = given.index(value)
        raise ValidationError([replace(p, item=item) for p in exc.problems]) from None


def _refuse_incomplete(field: Field, path: Path, raw: bytes) -> None:
    """Judged on the bytes just read, not trusted from an earlier check: a file cut short (or
    replaced by a partial copy) since then is refused before anything is decoded or sent."""
    try:
        header = probe_bytes(raw, path.name)
    except ImageError as exc:
        raise ImageError.said(TITLED, title=field.title, message=exc.message) from None
    if header.incomplete is not None:
        raise IncompleteImage.said(
            TITLED,
            title=field.title,
            message=image_integrity.describe(path.name, header.incomplete),
        )


def _unchanged(path: Path, before: tuple[int, int, int, int]) -> bool:
    try:
        return _identity(path.stat()) == before
    except OSError:
        return False


def _check_sent(field: Field, data: bytes, path: Path) -> None:
    """The model's image rules, applied to exactly what will be sent."""
    with Image.open(io.BytesIO(data)) as sent:
        info = ImageInfo(
            source=str(path),
            format=sent.format,
            width=sent.width,
            height=sent.height,
            file_size=len(data),
            mode=sent.mode,
            stored_width=sent.width,
            stored_height=sent.height,
        )
    problems = [
        Problem(field.name, check.rule, f"{path.name}: {check.message}", check.actual, check.limit)
        for check in check_image(field, info)
        if not check.passed
    ]
    if problems:
        raise ValidationError(problems)


def encode_inputs(
    model: Model, values: Mapping[str, Any], *, workdir: Path
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The request body for ``values``, and the same body with data URIs described, not kept.

    Relative file paths are read from ``workdir`` (a storyboard's folder, for instance).
    Raises ValidationError for broken field or image rules, ImageError for unreadable
    files, and InputError when the whole request would be over 64 MiB.
    """
    encoded: dict[str, EncodedImage] = {}

    def encode_image(field: Field, value: str) -> str:
        if is_url(value):
            return value
        if field.is_video or field.is_audio:
            image = _encode_item(field, value, values.get(field.name), workdir)
        else:
            image = encode_file(field, _resolve(value, workdir))
        encoded[image.data_uri] = image
        return image.data_uri

    body = build_request_body(model, values, encode_image=encode_image)
    size = len(json.dumps(body, ensure_ascii=False).encode("utf-8"))
    if size > MAX_REQUEST_BYTES:
        raise InputError.said(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The request would be {size} with its files inline; RunComfy takes at most "
                "{limit}. Use fewer or smaller files, or URLs to them.",
            ),
            size=_size_text(size),
            limit=_size_text(MAX_REQUEST_BYTES),
        )

    def describe(value: Any) -> Any:
        if isinstance(value, str) and value in encoded:
            return encoded[value].summary()
        return value

    summary: dict[str, Any] = {}
    for name, value in body.items():
        field = model.field(name)
        if field.is_list and isinstance(value, list):
            summary[name] = [describe(v) for v in value]
        else:
            summary[name] = describe(value)
    return body, summary


async def encode_inputs_async(
    model: Model, values: Mapping[str, Any], *, workdir: Path
) -> tuple[dict[str, Any], dict[str, Any]]:
    """:func:`encode_inputs` in a worker thread, so that the window stays responsive."""
    return await asyncio.to_thread(encode_inputs, model, dict(values), workdir=workdir)


__all__ = [
    "EncodedImage",
    "MAX_IMAGE_BYTES",
    "MAX_PIXELS",
    "MAX_REQUEST_BYTES",
    "encode_file",
    "encode_media",
    "encode_inputs",
    "encode_inputs_async",
]
