"""Whether an image file is whole: found from its structure and end markers, never by decoding.

A JPEG or PNG cut short (a half-finished download, an interrupted copy) keeps an intact
header, so every size rule passes on it; only a decoder reaching the end of the data notices,
and by then the file may have been sent and paid for. The formats say where they end:

* JPEG: the end-of-image marker (``FF D9``) after the first start-of-scan. Inside the
  compressed data every ``FF`` byte is followed by ``00`` or a restart marker, so an
  ``FF D9`` there is the real end. Whatever follows it (padding, a maker's trailer, the video
  of a "motion photo") is tolerated.
* PNG: the ``IEND`` chunk, reached by walking the chunk headers (no pixel data is read
  into memory; a file ending with a well-formed ``IEND`` is taken as whole at once).
* WebP: the RIFF header's size against the file's size.
* GIF: the trailer byte (``3B``) after the last frame, reached by walking the blocks.
* BMP: the pixel array's size (or the size its header declares) against the file's size.

Other formats are left to the decoder (:func:`app.core.images.verify_decodable`).
Everything here reads with seeks and ``bytes.find``: a 20 MB photo costs a few milliseconds.
"""

from __future__ import annotations

import io
import mmap
import os
import struct
from typing import BinaryIO

from app.core.wording import QT_TRANSLATE_NOOP, Said, said

# Bytes a writer may leave after a format's end marker without the file being damaged.
_PADDING = b"\x00\xff \t\r\n"
_PNG_END = b"\x00\x00\x00\x00IEND\xaeB`\x82"
_JPEG_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})  # markers that carry no length

# Why a file is incomplete; each a template of its own, so the window says it in its words.
CUT_SHORT = QT_TRANSLATE_NOOP("Errors", "the file ends before its image data does")
FRAMES_DAMAGED = QT_TRANSLATE_NOOP("Errors", "its frames are damaged")


def incomplete_reason(fp: BinaryIO, file_size: int, fmt: str | None) -> str | None:
    """Why the image in ``fp`` is not whole (a short phrase), or None when it is, or cannot tell.

    ``fmt`` is Pillow's format name as the probe found it (``"JPEG"``, ``"PNG"``…).
    """
    checker = _CHECKERS.get((fmt or "").upper())
    if checker is None:
        return None
    try:
        return checker(fp, file_size)
    except (OSError, ValueError, struct.error):
        return CUT_SHORT


def incomplete_reason_of_bytes(data: bytes, fmt: str | None) -> str | None:
    """:func:`incomplete_reason` for image data in memory (what is about to be sent)."""
    return incomplete_reason(io.BytesIO(data), len(data), fmt)


def describe(name: str, reason: str) -> Said:
    """The sentence shown for an incomplete file."""
    return said(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{name} is incomplete: {reason}. It cannot be repaired: save or export it again "
            "from the original, or download it again.",
        ),
        name=name,
        reason=said(reason),
    )


# --- JPEG -------------------------------------------------------------------------------------


def _jpeg_scan_start(fp: BinaryIO) -> int | None:
    """The offset just after the first start-of-scan header, or None when the file ends first."""
    fp.seek(2)
    while True:
        byte = fp.read(1)
        if not byte:
            return None
        if byte != b"\xff":
            return None  # not a marker where one must be: damaged, the decoder will say
        marker = fp.read(1)
        while marker == b"\xff":  # fill bytes
            marker = fp.read(1)
        if not marker:
            return None
        code = marker[0]
        if code in _JPEG_STANDALONE:
            continue
        if code == 0xD9:
            return None  # an end marker before any image data
        length_bytes = fp.read(2)
        if len(length_bytes) < 2:
            return None
        length = struct.unpack(">H", length_bytes)[0]
        fp.seek(length - 2, os.SEEK_CUR)
        if code == 0xDA:
            return fp.tell()


def _jpeg(fp: BinaryIO, file_size: int) -> str | None:
    start = _jpeg_scan_start(fp)
    if start is None or start >= file_size:
        return CUT_SHORT
    # The common case first: the end marker in the last bytes, maybe followed by padding
    # or a short trailer; otherwise a search from the image data on (C speed, no decoding).
    tail_size = min(file_size - start, 4096)
    fp.seek(file_size - tail_size)
    if b"\xff\xd9" in fp.read(tail_size):
        return None
    return None if _find_after(fp, b"\xff\xd9", start) else CUT_SHORT


def _find_after(fp: BinaryIO, needle: bytes, start: int) -> bool:
    """Whether ``needle`` occurs at or after ``start``: mmap where possible, else in pieces."""
    if isinstance(fp, io.BytesIO):
        return fp.getvalue().find(needle, start) >= 0
    try:
        with mmap.mmap(fp.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
            return mapped.find(needle, start) >= 0
    except (OSError, ValueError):  # a file system that cannot map files
        pass
    fp.seek(start)
    carry = b""
    while piece := fp.read(1 << 20):
        if needle in carry + piece:
            return True
        carry = piece[-(len(needle) - 1) :]
    return False


# --- PNG --------------------------------------------------------------------------------------


def _png(fp: BinaryIO, file_size: int) -> str | None:
    if file_size >= len(_PNG_END):
        fp.seek(file_size - len(_PNG_END))
        if fp.read(len(_PNG_END)) == _PNG_END:
            return None
    position = 8
    while position + 12 <= file_size:
        fp.seek(position)
        header = fp.read(8)
        length, kind = struct.unpack(">I4s", header)
        if kind == b"IEND":
            return None
        position += 12 + length
    return CUT_SHORT


# --- WebP, GIF, BMP ---------------------------------------------------------------------------


def _webp(fp: BinaryIO, file_size: int) -> str | None:
    fp.seek(4)
    declared = struct.unpack("<I", fp.read(4))[0] + 8
    return CUT_SHORT if file_size < declared else None


def _skip_sub_blocks(fp: BinaryIO) -> bool:
    """Skip a GIF data sub-block sequence; False when the file ends inside it."""
    while True:
        size = fp.read(1)
        if not size:
            return False
        if size[0] == 0:
            return True
        skipped = fp.read(size[0])
        if len(skipped) < size[0]:
            return False


def _gif(fp: BinaryIO, file_size: int) -> str | None:
    fp.seek(10)
    flags = fp.read(3)[0]
    if flags & 0x80:
        fp.seek(3 * (2 << (flags & 7)), os.SEEK_CUR)
    while True:
        introducer = fp.read(1)
        if not introducer:
            return CUT_SHORT
        if introducer == b"\x3b":
            return None
        if introducer == b"\x21":
            if not fp.read(1) or not _skip_sub_blocks(fp):
                return CUT_SHORT
        elif introducer == b"\x2c":
            descriptor = fp.read(9)
            if len(descriptor) < 9:
                return CUT_SHORT
            if descriptor[8] & 0x80:
                fp.seek(3 * (2 << (descriptor[8] & 7)), os.SEEK_CUR)
            if not fp.read(1) or not _skip_sub_blocks(fp):  # LZW minimum code size, data
                return CUT_SHORT
        elif introducer[0] in _PADDING:
            continue  # some writers pad between blocks or before the trailer
        else:
            return FRAMES_DAMAGED


def _bmp(fp: BinaryIO, file_size: int) -> str | None:
    fp.seek(2)
    declared, _reserved, offset, header_size = struct.unpack("<IIII", fp.read(16))
    if header_size >= 40:  # BITMAPINFOHEADER or later: the pixel array's size follows
        width, height, _planes, bits, compression = struct.unpack("<iiHHI", fp.read(16))
        if compression in (0, 3, 6):  # uncompressed rows, padded to 4 bytes
            row = (abs(width) * bits + 31) // 32 * 4
            return CUT_SHORT if file_size < offset + row * abs(height) else None
    # Compressed or old headers: the file size the header declares (0 when not written).
    return CUT_SHORT if file_size < declared else None


_CHECKERS = {
    "JPEG": _jpeg,
    "MPO": _jpeg,
    "PNG": _png,
    "WEBP": _webp,
    "GIF": _gif,
    "BMP": _bmp,
}
