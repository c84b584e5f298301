"""Image facts read from file headers, without decoding pixels.

Everything here reads files that users drop, paste or download, so it expects the worst:
text or PDFs with an image's name, files cut short, and "decompression bombs" whose header
claims a size far larger than their data. :func:`probe` therefore reads the header only.
It never decodes pixels and never lets a decoder allocate a canvas, so a header claiming
100000 × 100000 px costs nothing and is reported with its real numbers (the validation
then explains the size limit).

Pillow's own bomb guard (``Image.MAX_IMAGE_PIXELS``) is process-wide state and warns or
raises inside ``Image.open``. Changing it, or silencing its warning with
``warnings.catch_warnings`` (not thread-safe before Python 3.14), would weaken it for
every other caller in the process, and probing runs in worker threads. So this module
identifies files through Pillow's plugin registry itself, without that check; the
decoding in :mod:`app.core.image_decode` opens files the same way and applies its own cap.

Formats are always judged by content, never by the file name.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import stat
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from app.core import image_integrity
from app.core.errors import ImageError
from app.core.wording import QT_TRANSLATE_NOOP, said

if TYPE_CHECKING:
    from PIL import Image, ImageFile

# Pillow is imported where pixels are read, not with this module: the window uses this
# module before its first paint, and that paint should not wait for Pillow to load.

BYTES_PER_MB = 1_000_000

# RunComfy's limit per image: larger images are scaled down to it before they are sent.
MAX_SENT_PIXELS = 32_000_000

ORIENTATION_TAG = 274
ROTATED_ORIENTATIONS = (5, 6, 7, 8)

HEAD_BYTES = 512
ALPHA_MODES = frozenset({"RGBA", "LA", "PA", "RGBa", "La"})
# Exceptions Pillow's own Image.open treats as "not this format, try the next plugin".
_NOT_THIS_FORMAT = (SyntaxError, IndexError, TypeError, struct.error)
# Exceptions a decoder raises for damaged or cut-short data.
DAMAGED_ERRORS = (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError, struct.error)


@dataclass(frozen=True)
class ImageInfo:
    """What the checks need to know about an image, read from its header.

    ``width``/``height`` are the size as displayed, with any EXIF orientation applied;
    ``stored_width``/``stored_height`` are the pixel grid as stored in the file.
    """

    source: str
    format: str | None
    width: int
    height: int
    file_size: int
    mode: str = "RGB"
    frame_count: int = 1
    orientation: int = 1
    stored_width: int = 0
    stored_height: int = 0
    incomplete: str | None = None  # why the file is not whole (cut short), from its structure

    @property
    def file_size_mb(self) -> float:
        return self.file_size / BYTES_PER_MB

    @property
    def rotated(self) -> bool:
        return self.orientation in (5, 6, 7, 8)


# --- opening files ------------------------------------------------------------------------


@contextlib.contextmanager
def open_image_file(path: str | os.PathLike[str]) -> Iterator[tuple[BinaryIO, str, int]]:
    """The file, its name for messages, and its size; every way of failing is an ImageError."""
    file_path = Path(path)
    name = file_path.name or str(file_path)
    try:
        info = file_path.stat()
    except FileNotFoundError:
        raise ImageError.said(
            QT_TRANSLATE_NOOP("Errors", "{name} could not be found: there is no file at {path}."),
            name=name,
            path=str(file_path),
        ) from None
    except OSError as exc:
        raise _unreadable(name, exc) from None
    if stat.S_ISDIR(info.st_mode):
        raise ImageError.said(
            QT_TRANSLATE_NOOP("Errors", "{name} is a folder, not an image file."), name=name
        )
    if not stat.S_ISREG(info.st_mode):
        # Opening a pipe or a device could block forever or read without end.
        raise ImageError.said(
            QT_TRANSLATE_NOOP("Errors", "{name} is not a regular file, so it cannot be an image."),
            name=name,
        )
    if info.st_size == 0:
        raise ImageError(
            _not_readable(name, said(QT_TRANSLATE_NOOP("Errors", "the file is empty")))
        )
    try:
        handle = open(file_path, "rb")  # noqa: SIM115 - closed by this context manager
    except OSError as exc:
        raise _unreadable(name, exc) from None
    with handle:
        yield handle, name, info.st_size


def _unreadable(name: str, exc: OSError) -> ImageError:
    """Why the file could not be looked at or opened, in the user's words."""
    if isinstance(exc, PermissionError):
        return ImageError.said(
            QT_TRANSLATE_NOOP("Errors", "{name} cannot be read: permission denied."), name=name
        )
    return ImageError.said(
        QT_TRANSLATE_NOOP("Errors", "{name} cannot be read ({reason})."),
        name=name,
        reason=str(exc.strerror or exc),
    )


def _not_readable(name: str, reason: str) -> str:
    return said(
        QT_TRANSLATE_NOOP("Errors", "{name} is not an image Storyreel can read ({reason})."),
        name=name,
        reason=reason,
    )


_SIGNATURES: tuple[tuple[bytes, int, str], ...] = (
    (b"\xff\xd8\xff", 0, "JPEG"),
    (b"\x89PNG\r\n\x1a\n", 0, "PNG"),
    (b"GIF87a", 0, "GIF"),
    (b"GIF89a", 0, "GIF"),
    (b"WEBP", 8, "WebP"),
    (b"BM", 0, "BMP"),
    (b"II*\x00", 0, "TIFF"),
    (b"MM\x00*", 0, "TIFF"),
)
_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1")


def _looks_like(head: bytes) -> str | None:
    for signature, offset, label in _SIGNATURES:
        if head[offset : offset + len(signature)] == signature:
            return label
    return None


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut by the end of the sample is still text.
        return exc.start >= len(head) - 3
    return True


def _what_it_is(head: bytes) -> str:
    """Why a file that no image plugin accepts is not an image, in the user's words."""
    label = _looks_like(head)
    if label:
        return said(
            QT_TRANSLATE_NOOP(
                "Errors", "it starts like a {format} image but is damaged or cut short"
            ),
            format=label,
        )
    if head.startswith(b"%PDF"):
        return said(QT_TRANSLATE_NOOP("Errors", "the file is a PDF document"))
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in _HEIF_BRANDS:
            return said(
                QT_TRANSLATE_NOOP(
                    "Errors", "the file is a HEIC/HEIF photo; export it as JPEG or PNG first"
                )
            )
        if brand in (b"avif", b"avis"):
            return said(
                QT_TRANSLATE_NOOP(
                    "Errors", "the file is an AVIF image this installation cannot decode"
                )
            )
        return said(QT_TRANSLATE_NOOP("Errors", "the file is an MP4 or MOV video"))
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return said(QT_TRANSLATE_NOOP("Errors", "the file is a WebM or MKV video"))
    if head.startswith(b"RIFF") and head[8:12] == b"AVI ":
        return said(QT_TRANSLATE_NOOP("Errors", "the file is an AVI video"))
    if head.startswith(b"RIFF") and head[8:12] == b"WAVE":
        return said(QT_TRANSLATE_NOOP("Errors", "the file is a WAV sound recording"))
    if head.startswith(b"ID3"):
        return said(QT_TRANSLATE_NOOP("Errors", "the file is an MP3 sound recording"))
    if head.startswith(b"PK\x03\x04"):
        return said(QT_TRANSLATE_NOOP("Errors", "the file is a ZIP archive or an office document"))
    if head.startswith(b"\x1f\x8b"):
        return said(QT_TRANSLATE_NOOP("Errors", "the file is a gzip archive"))
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith(b"<svg") or (text.startswith(b"<?xml") and b"<svg" in text):
        return said(
            QT_TRANSLATE_NOOP("Errors", "the file is an SVG drawing; export it as PNG first")
        )
    if text.startswith((b"<!doctype html", b"<html")):
        return said(QT_TRANSLATE_NOOP("Errors", "the file is a web page (HTML)"))
    if _looks_like_text(head):
        return said(QT_TRANSLATE_NOOP("Errors", "the file is text"))
    return said(
        QT_TRANSLATE_NOOP("Errors", "its contents are not in any image format Storyreel knows")
    )


def identify(fp: BinaryIO, name: str, head: bytes) -> ImageFile.ImageFile:
    """Pillow's ``Image.open`` minus its process-wide bomb check (see the module docstring).

    Tries the registered plugins in Pillow's own order, common formats first.
    """
    from PIL import Image

    prefix = head[:16]
    tried: set[str] = set()
    for register in (Image.preinit, Image.init):
        register()
        for fmt in list(Image.ID):
            if fmt in tried:
                continue
            tried.add(fmt)
            factory, accept = Image.OPEN[fmt]
            verdict = accept(prefix) if accept else True
            if isinstance(verdict, str) or not verdict:
                continue
            fp.seek(0)
            try:
                return factory(fp, "")
            except _NOT_THIS_FORMAT:
                continue
            except Image.DecompressionBombError:
                raise ImageError(
                    _not_readable(
                        name,
                        said(
                            QT_TRANSLATE_NOOP(
                                "Errors", "its header claims a size too large to read safely"
                            )
                        ),
                    )
                ) from None
            except (OSError, ValueError, EOFError):
                raise ImageError(_not_readable(name, _what_it_is(head))) from None
    raise ImageError(_not_readable(name, _what_it_is(head)))


# --- orientation --------------------------------------------------------------------------


def _orientation_from_exif(exif: Image.Exif) -> int:
    value = exif.get(ORIENTATION_TAG, 1)
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def _png_exif_after_pixels(fp: BinaryIO) -> bytes | None:
    """An eXIf chunk written after the pixel data, found by skipping chunks (no decoding)."""
    fp.seek(8)
    while True:
        header = fp.read(8)
        if len(header) < 8:
            return None
        length, kind = struct.unpack(">I4s", header)
        if kind == b"eXIf":
            data = fp.read(length)
            return data if len(data) == length else None
        if kind == b"IEND":
            return None
        fp.seek(length + 4, os.SEEK_CUR)


def read_orientation(im: ImageFile.ImageFile, fp: BinaryIO) -> int:
    """EXIF orientation (tag 274): 1 when absent or unreadable.

    Pillow's PNG ``getexif`` decodes the whole image to reach an eXIf chunk placed after
    the pixels, so for PNG that chunk is found by walking the chunk headers instead.
    """
    from PIL import Image

    try:
        if im.format == "PNG" and "exif" not in im.info:
            trailing = _png_exif_after_pixels(fp)
            if trailing is None:
                return _orientation_from_exif(Image.Image.getexif(im))
            exif = Image.Exif()
            exif.load(trailing)
            return _orientation_from_exif(exif)
        return _orientation_from_exif(im.getexif())
    except Exception:  # EXIF comes from countless tools, some broken: unreadable means upright
        return 1


def _orientation_from_bytes(exif_data: bytes | None, xmp: bytes | None) -> int:
    if exif_data:
        from PIL import Image

        try:
            exif = Image.Exif()
            exif.load(exif_data)
            if ORIENTATION_TAG in exif:
                return _orientation_from_exif(exif)
        except Exception:  # see _orientation
            pass
    if xmp:
        match = re.search(rb'tiff:Orientation(="|>)([1-8])', xmp)
        if match:
            return int(match[2])
    return 1


# --- WebP headers ---------------------------------------------------------------------------


@dataclass(frozen=True)
class WebPHeader:
    width: int
    height: int
    alpha: bool
    frame_count: int
    orientation: int


def is_webp(head: bytes) -> bool:
    return head[:4] == b"RIFF" and head[8:12] == b"WEBP"


def read_webp_header(fp: BinaryIO, name: str) -> WebPHeader:
    """Size, alpha, frames and orientation from WebP chunk headers.

    Pillow's WebP plugin hands the whole file to libwebp's animation decoder on open,
    which allocates the full canvas twice: that is a decode, not a header read.
    """
    fp.seek(12)
    width = height = 0
    alpha = False
    frames = 0
    exif_data: bytes | None = None
    xmp: bytes | None = None
    while True:
        header = fp.read(8)
        if len(header) < 8:
            break
        kind, length = header[:4], struct.unpack("<I", header[4:])[0]
        start = fp.tell()
        if kind == b"VP8X":
            data = fp.read(10)
            if len(data) == 10:
                alpha = bool(data[0] & 0x10)
                width = 1 + int.from_bytes(data[4:7], "little")
                height = 1 + int.from_bytes(data[7:10], "little")
        elif kind == b"VP8 " and not width:
            data = fp.read(10)
            if len(data) == 10 and data[3:6] == b"\x9d\x01\x2a":
                width = struct.unpack("<H", data[6:8])[0] & 0x3FFF
                height = struct.unpack("<H", data[8:10])[0] & 0x3FFF
        elif kind == b"VP8L" and not width:
            data = fp.read(5)
            if len(data) == 5 and data[0] == 0x2F:
                bits = int.from_bytes(data[1:5], "little")
                width = (bits & 0x3FFF) + 1
                height = ((bits >> 14) & 0x3FFF) + 1
                alpha = bool(bits >> 28 & 1)
        elif kind == b"ANMF":
            frames += 1
        elif kind == b"EXIF":
            exif_data = fp.read(length)
        elif kind == b"XMP ":
            xmp = fp.read(length)
        fp.seek(start + length + (length & 1))
    if not width or not height:
        raise ImageError(
            _not_readable(
                name,
                said(QT_TRANSLATE_NOOP("Errors", "it starts like a WebP image but is damaged")),
            )
        )
    return WebPHeader(width, height, alpha, max(1, frames), _orientation_from_bytes(exif_data, xmp))


# --- probing --------------------------------------------------------------------------------


def displayed_size(width: int, height: int, orientation: int) -> tuple[int, int]:
    return (height, width) if orientation in ROTATED_ORIENTATIONS else (width, height)


def _frame_count(im: ImageFile.ImageFile) -> int:
    try:
        count = getattr(im, "n_frames", 1)
    except DAMAGED_ERRORS:
        return 1  # a damaged later frame: only the first is used, verify_decodable judges it
    return max(1, int(count))


def _probe_stream(fp: BinaryIO, name: str, file_size: int, source: str) -> ImageInfo:
    head = fp.read(HEAD_BYTES)
    if is_webp(head):
        webp = read_webp_header(fp, name)
        width, height = displayed_size(webp.width, webp.height, webp.orientation)
        return ImageInfo(
            source=source,
            format="WEBP",
            width=width,
            height=height,
            file_size=file_size,
            mode="RGBA" if webp.alpha else "RGB",
            frame_count=webp.frame_count,
            orientation=webp.orientation,
            stored_width=webp.width,
            stored_height=webp.height,
            incomplete=image_integrity.incomplete_reason(fp, file_size, "WEBP"),
        )
    im = identify(fp, name, head)
    stored_width, stored_height = im.size
    if stored_width < 1 or stored_height < 1:
        raise ImageError(
            _not_readable(
                name, said(QT_TRANSLATE_NOOP("Errors", "its header gives it no width or height"))
            )
        )
    orientation = read_orientation(im, fp)
    width, height = displayed_size(stored_width, stored_height, orientation)
    return ImageInfo(
        source=source,
        format=im.format,
        width=width,
        height=height,
        file_size=file_size,
        mode=im.mode,
        frame_count=_frame_count(im),
        orientation=orientation,
        stored_width=stored_width,
        stored_height=stored_height,
        incomplete=image_integrity.incomplete_reason(fp, file_size, im.format),
    )


def probe(path: str | os.PathLike[str]) -> ImageInfo:
    """The image's format, sizes, orientation, frames and mode, from its header only.

    Raises :class:`ImageError` with a plain message for anything that is not a readable
    image. A file cut short is reported in ``incomplete`` (see
    :mod:`app.core.image_integrity`), not refused, so that its other facts still show. A
    header claiming an enormous size is reported, not refused: the size rules explain the
    problem better than a generic error could.
    """
    with open_image_file(path) as (fp, name, size):
        return _probe_stream(fp, name, size, str(path))


def probe_bytes(data: bytes, name: str = "image") -> ImageInfo:
    """:func:`probe` for image data in memory (the clipboard, a download)."""
    if not data:
        raise ImageError(
            _not_readable(name, said(QT_TRANSLATE_NOOP("Errors", "the data is empty")))
        )
    return _probe_stream(io.BytesIO(data), name, len(data), name)


def may_be_transparent(info: ImageInfo) -> bool:
    """Whether the image can have see-through pixels: an alpha channel or a transparent colour.

    "May": an alpha channel that is opaque everywhere only shows when decoded (see
    :func:`load_for_encoding`). Reads the header again for the transparent-colour case.
    """
    if info.mode in ALPHA_MODES:
        return True
    if info.format == "WEBP" or not info.source:
        return False
    try:
        with open_image_file(info.source) as (fp, name, _size):
            head = fp.read(HEAD_BYTES)
            return "transparency" in identify(fp, name, head).info
    except ImageError:
        return False
