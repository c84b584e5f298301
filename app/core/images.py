"""Image facts read from file headers, thumbnails, and decoding for the fixers and the encoder.

Everything here reads files that users drop, paste or download, so it expects the worst:
text or PDFs with an image's name, files cut short, and "decompression bombs" whose header
claims a size far larger than their data. Two rules follow from that:

* :func:`probe` reads the header only. It never decodes pixels and never lets a decoder
  allocate a canvas, so a header claiming 100000 × 100000 px costs nothing and is reported
  with its real numbers (the validation then explains the size limit).
* Decoding (:func:`make_thumbnail`, :func:`verify_decodable`, :func:`load_for_encoding`)
  refuses images above :data:`MAX_DECODE_PIXELS`, except JPEGs that libjpeg can decode at
  1/2, 1/4 or 1/8 scale below that cap (``Image.draft``).

Pillow's own bomb guard (``Image.MAX_IMAGE_PIXELS``) is process-wide state and warns or
raises inside ``Image.open``. Changing it, or silencing its warning with
``warnings.catch_warnings`` (not thread-safe before Python 3.14), would weaken it for
every other caller in the process, and probing runs in worker threads. So this module
identifies files through Pillow's plugin registry itself, without that check, and
applies its own cap, which sits below Pillow's, before anything is decoded.

Formats are always judged by content, never by the file name.
"""

from __future__ import annotations

import contextlib
import io
import math
import os
import re
import stat
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from PIL import Image, ImageFile, ImageOps

from app.core import image_integrity
from app.core.errors import ImageError, IncompleteImage

BYTES_PER_MB = 1_000_000

# About 10000 × 8000 px, 240 MB as RGB. Kept below Pillow's own threshold (89.5 megapixels
# by default) so that Pillow never warns about an image this module agreed to decode.
MAX_DECODE_PIXELS = 80_000_000
# RunComfy's limit per image: larger images are scaled down to it before they are sent.
MAX_SENT_PIXELS = 32_000_000

ORIENTATION_TAG = 274
ROTATED_ORIENTATIONS = (5, 6, 7, 8)

_HEAD_BYTES = 512
_ALPHA_MODES = frozenset({"RGBA", "LA", "PA", "RGBa", "La"})
_WIDE_GRAY_MODES = frozenset({"I", "I;16", "I;16L", "I;16B", "I;16N", "F"})
# Exceptions Pillow's own Image.open treats as "not this format, try the next plugin".
_NOT_THIS_FORMAT = (SyntaxError, IndexError, TypeError, struct.error)
# Exceptions a decoder raises for damaged or cut-short data.
_DAMAGED = (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError, struct.error)


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
def _open_file(path: str | os.PathLike[str]) -> Iterator[tuple[BinaryIO, str, int]]:
    """The file, its name for messages, and its size; every way of failing is an ImageError."""
    file_path = Path(path)
    name = file_path.name or str(file_path)
    try:
        info = file_path.stat()
    except FileNotFoundError:
        raise ImageError(f"{name} could not be found: there is no file at {file_path}.") from None
    except PermissionError:
        raise ImageError(f"{name} cannot be read: permission denied.") from None
    except OSError as exc:
        raise ImageError(f"{name} cannot be read ({exc.strerror or exc}).") from None
    if stat.S_ISDIR(info.st_mode):
        raise ImageError(f"{name} is a folder, not an image file.")
    if not stat.S_ISREG(info.st_mode):
        # Opening a pipe or a device could block forever or read without end.
        raise ImageError(f"{name} is not a regular file, so it cannot be an image.")
    if info.st_size == 0:
        raise ImageError(_not_readable(name, "the file is empty"))
    try:
        handle = open(file_path, "rb")  # noqa: SIM115 - closed by this context manager
    except PermissionError:
        raise ImageError(f"{name} cannot be read: permission denied.") from None
    except OSError as exc:
        raise ImageError(f"{name} cannot be read ({exc.strerror or exc}).") from None
    with handle:
        yield handle, name, info.st_size


def _not_readable(name: str, reason: str) -> str:
    return f"{name} is not an image Storyreel can read ({reason})."


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
        return f"it starts like a {label} image but is damaged or cut short"
    if head.startswith(b"%PDF"):
        return "the file is a PDF document"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in _HEIF_BRANDS:
            return "the file is a HEIC/HEIF photo; export it as JPEG or PNG first"
        if brand in (b"avif", b"avis"):
            return "the file is an AVIF image this installation cannot decode"
        return "the file is an MP4 or MOV video"
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return "the file is a WebM or MKV video"
    if head.startswith(b"RIFF") and head[8:12] == b"AVI ":
        return "the file is an AVI video"
    if head.startswith(b"RIFF") and head[8:12] == b"WAVE":
        return "the file is a WAV sound recording"
    if head.startswith(b"ID3"):
        return "the file is an MP3 sound recording"
    if head.startswith(b"PK\x03\x04"):
        return "the file is a ZIP archive or an office document"
    if head.startswith(b"\x1f\x8b"):
        return "the file is a gzip archive"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith(b"<svg") or (text.startswith(b"<?xml") and b"<svg" in text):
        return "the file is an SVG drawing; export it as PNG first"
    if text.startswith((b"<!doctype html", b"<html")):
        return "the file is a web page (HTML)"
    if _looks_like_text(head):
        return "the file is text"
    return "its contents are not in any image format Storyreel knows"


def _identify(fp: BinaryIO, name: str, head: bytes) -> ImageFile.ImageFile:
    """Pillow's ``Image.open`` minus its process-wide bomb check (see the module docstring).

    Tries the registered plugins in Pillow's own order, common formats first.
    """
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
                    _not_readable(name, "its header claims a size too large to read safely")
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


def _orientation(im: ImageFile.ImageFile, fp: BinaryIO) -> int:
    """EXIF orientation (tag 274): 1 when absent or unreadable.

    Pillow's PNG ``getexif`` decodes the whole image to reach an eXIf chunk placed after
    the pixels, so for PNG that chunk is found by walking the chunk headers instead.
    """
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
class _WebPHeader:
    width: int
    height: int
    alpha: bool
    frame_count: int
    orientation: int


def _is_webp(head: bytes) -> bool:
    return head[:4] == b"RIFF" and head[8:12] == b"WEBP"


def _read_webp_header(fp: BinaryIO, name: str) -> _WebPHeader:
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
        raise ImageError(_not_readable(name, "it starts like a WebP image but is damaged"))
    return _WebPHeader(
        width, height, alpha, max(1, frames), _orientation_from_bytes(exif_data, xmp)
    )


# --- probing --------------------------------------------------------------------------------


def _displayed(width: int, height: int, orientation: int) -> tuple[int, int]:
    return (height, width) if orientation in ROTATED_ORIENTATIONS else (width, height)


def _frame_count(im: ImageFile.ImageFile) -> int:
    try:
        count = getattr(im, "n_frames", 1)
    except _DAMAGED:  # a damaged later frame: only the first is used, verify_decodable judges it
        return 1
    return max(1, int(count))


def _probe_stream(fp: BinaryIO, name: str, file_size: int, source: str) -> ImageInfo:
    head = fp.read(_HEAD_BYTES)
    if _is_webp(head):
        webp = _read_webp_header(fp, name)
        width, height = _displayed(webp.width, webp.height, webp.orientation)
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
    im = _identify(fp, name, head)
    stored_width, stored_height = im.size
    if stored_width < 1 or stored_height < 1:
        raise ImageError(_not_readable(name, "its header gives it no width or height"))
    orientation = _orientation(im, fp)
    width, height = _displayed(stored_width, stored_height, orientation)
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
    with _open_file(path) as (fp, name, size):
        return _probe_stream(fp, name, size, str(path))


def probe_bytes(data: bytes, name: str = "image") -> ImageInfo:
    """:func:`probe` for image data in memory (the clipboard, a download)."""
    if not data:
        raise ImageError(_not_readable(name, "the data is empty"))
    return _probe_stream(io.BytesIO(data), name, len(data), name)


def may_be_transparent(info: ImageInfo) -> bool:
    """Whether the image can have see-through pixels: an alpha channel or a transparent colour.

    "May": an alpha channel that is opaque everywhere only shows when decoded (see
    :func:`load_for_encoding`). Reads the header again for the transparent-colour case.
    """
    if info.mode in _ALPHA_MODES:
        return True
    if info.format == "WEBP" or not info.source:
        return False
    try:
        with _open_file(info.source) as (fp, name, _size):
            head = fp.read(_HEAD_BYTES)
            return "transparency" in _identify(fp, name, head).info
    except ImageError:
        return False


# --- decoding -------------------------------------------------------------------------------


def _draft_size(width: int, height: int, fit: tuple[int, int] | None) -> tuple[int, int]:
    """The size libjpeg decodes at when asked for at least ``fit`` (as ``JpegImageFile.draft``)."""
    if fit is None:
        return width, height
    scale = min(width // max(1, fit[0]), height // max(1, fit[1]))
    for step in (8, 4, 2, 1):
        if scale >= step:
            return -(-width // step), -(-height // step)
    return width, height


def _drafts(fmt: str | None) -> bool:
    return fmt in ("JPEG", "MPO")


def can_decode(info: ImageInfo, fit: tuple[int, int] | None = None) -> bool:
    """Whether the decoding functions here will accept this image.

    ``fit`` is the displayed size the caller needs at least; JPEGs decode at a reduced
    scale that still covers it, which is how oversized JPEGs stay within the cap.
    """
    width, height = info.stored_width or info.width, info.stored_height or info.height
    if _drafts(info.format) and fit is not None:
        stored_fit = _displayed(fit[0], fit[1], info.orientation)
        width, height = _draft_size(width, height, stored_fit)
    return width * height <= MAX_DECODE_PIXELS


def _too_large(name: str, purpose: str, width: int, height: int) -> ImageError:
    return ImageError(
        f"{name} is too large to {purpose}: {width} × {height} px is more than the "
        f"{MAX_DECODE_PIXELS // 1_000_000} megapixels Storyreel decodes."
    )


def _damaged(name: str, exc: BaseException) -> ImageError:
    detail = str(exc) or type(exc).__name__
    if "truncated" in detail.lower() or isinstance(exc, EOFError):
        return IncompleteImage(image_integrity.describe(name, image_integrity.CUT_SHORT))
    return ImageError(f"{name} is damaged: its image data cannot be decoded ({detail}).")


FitFor = Callable[[int, int], tuple[int, int] | None]


def _decode_first_frame(
    path: str | os.PathLike[str], purpose: str, fit_for: FitFor | None = None
) -> Image.Image:
    """The first frame decoded and turned upright, in the mode the file stores.

    ``fit_for`` receives the displayed size and returns the displayed size the caller
    needs at least (or None for full size); JPEGs are then decoded at the smallest of
    1/1, 1/2, 1/4, 1/8 that still covers it.
    """
    with _open_file(path) as (fp, name, _size):
        head = fp.read(_HEAD_BYTES)
        if _is_webp(head):
            webp = _read_webp_header(fp, name)
            if webp.width * webp.height > MAX_DECODE_PIXELS:
                raise _too_large(name, purpose, webp.width, webp.height)
        im = _identify(fp, name, head)
        orientation = _orientation(im, fp)
        fit = fit_for(*_displayed(*im.size, orientation)) if fit_for else None
        if fit is not None and _drafts(im.format):
            im.draft(None, _displayed(fit[0], fit[1], orientation))
        width, height = im.size
        if width * height > MAX_DECODE_PIXELS:
            raise _too_large(name, purpose, width, height)
        try:
            im.load()
        except Image.DecompressionBombError:
            raise _too_large(name, purpose, width, height) from None
        except _DAMAGED as exc:
            raise _damaged(name, exc) from None
        if orientation != 1:
            # unreadable EXIF: probe called it upright, so it stays upright
            with contextlib.suppress(*_DAMAGED):
                ImageOps.exif_transpose(im, in_place=True)
        return im


def _gray_to_8bit(im: Image.Image) -> Image.Image:
    """16-bit (or 32-bit) gray scaled to 0-255 over its full range, not clipped at 255."""
    wide = im if im.mode == "F" else im.convert("I")
    _low, high = wide.getextrema()
    assert not isinstance(high, tuple)  # a gray image has one band, so plain numbers
    if im.mode.startswith("I;16"):
        top = 65535.0
    elif im.mode == "F" and high <= 1.0:
        top = 1.0
    elif high > 255:
        top = 65535.0 if high <= 65535 else float(high)
    else:
        top = 255.0
    if top != 255.0:
        wide = wide.point(lambda value: value * (255.0 / top) + 0.5)
    return wide.convert("L")


def _upright_rgb(im: Image.Image, name: str) -> Image.Image:
    """RGB, or RGBA when some pixel is actually see-through; colour profile kept if still valid."""
    icc = im.info.get("icc_profile") if im.mode in ("RGB", "RGBA", "P", "PA") else None
    try:
        if im.mode in _WIDE_GRAY_MODES:
            im = _gray_to_8bit(im)
        if im.mode in _ALPHA_MODES or "transparency" in im.info:
            rgba = im.convert("RGBA")
            low_alpha = rgba.getchannel("A").getextrema()[0]
            assert not isinstance(low_alpha, tuple)  # one channel, so plain numbers
            result = rgba if low_alpha < 255 else rgba.convert("RGB")
        else:
            result = im if im.mode == "RGB" else im.convert("RGB")
    except ValueError:
        raise ImageError(
            f"{name} uses a colour mode ({im.mode}) Storyreel cannot convert to RGB."
        ) from None
    # A clean slate: stale EXIF (orientation!) or transparency keys must not reach a saved copy.
    result.info = {"icc_profile": icc} if icc else {}
    return result


def make_thumbnail(path: str | os.PathLike[str], max_side: int = 256) -> Image.Image:
    """A preview at most ``max_side`` px on its longer side, upright, RGB or RGBA.

    JPEGs are decoded at the smallest of 1/2 to 1/8 scale that still covers the thumbnail:
    libjpeg's scaled decoding averages each block, so that is already a clean reduction,
    and decoding at 1/8 instead of 1/4 saves a quarter of the time on a 36-megapixel photo.
    What remains is reading every byte of the compressed data, which no scale avoids.
    """
    if max_side < 1:
        raise ValueError("max_side must be at least 1")

    def fit_for(width: int, height: int) -> tuple[int, int]:
        scale = min(1.0, max_side / max(width, height))
        return max(1, math.ceil(width * scale)), max(1, math.ceil(height * scale))

    name = Path(path).name
    image = _upright_rgb(_decode_first_frame(path, "preview", fit_for), name)
    image.thumbnail((max_side, max_side), Image.Resampling.BICUBIC, reducing_gap=2.0)
    return image


def verify_decodable(path: str | os.PathLike[str]) -> None:
    """Decode the first frame fully, to find pixel data that is cut short or corrupt.

    Slow for big files: call it from a worker thread. An oversized JPEG is decoded at a
    reduced scale, which still reads every byte of its compressed data.
    """

    def fit_for(width: int, height: int) -> tuple[int, int] | None:
        if width * height <= MAX_DECODE_PIXELS:
            return None
        scale = math.sqrt(MAX_DECODE_PIXELS / (width * height))
        return max(1, int(width * scale)), max(1, int(height * scale))

    _decode_first_frame(path, "check", fit_for)


def _fit_pixels(width: int, height: int, max_pixels: int) -> tuple[int, int]:
    if width * height <= max_pixels:
        return width, height
    scale = math.sqrt(max_pixels / (width * height))
    fitted_width, fitted_height = max(1, int(width * scale)), max(1, int(height * scale))
    while fitted_width * fitted_height > max_pixels:
        if fitted_width >= fitted_height:
            fitted_width -= 1
        else:
            fitted_height -= 1
    return fitted_width, fitted_height


def load_for_encoding(path: str | os.PathLike[str], max_pixels: int | None = None) -> Image.Image:
    """The first frame, upright, as RGB (RGBA only with real transparency), ready to encode.

    CMYK becomes RGB, 16-bit becomes 8-bit over the full range, palettes are expanded.
    With ``max_pixels`` the result is scaled down to at most that many pixels.
    """
    if max_pixels is not None and max_pixels < 1:
        raise ValueError("max_pixels must be at least 1")

    def fit_for(width: int, height: int) -> tuple[int, int] | None:
        if max_pixels is None or width * height <= max_pixels:
            return None
        return _fit_pixels(width, height, max_pixels)

    name = Path(path).name
    image = _upright_rgb(_decode_first_frame(path, "convert", fit_for), name)
    if max_pixels is not None and image.width * image.height > max_pixels:
        size = _fit_pixels(image.width, image.height, max_pixels)
        icc = image.info.get("icc_profile")
        image = image.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
        image.info = {"icc_profile": icc} if icc else {}
    return image


def decode_for_fixing(path: str | os.PathLike[str], fit_for: FitFor | None) -> Image.Image:
    """:func:`load_for_encoding` for the fixers, which need their own decode size.

    ``fit_for`` gets the displayed size and returns the displayed size needed at least.
    """
    name = Path(path).name
    return _upright_rgb(_decode_first_frame(path, "fix", fit_for), name)
