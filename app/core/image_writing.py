"""Writing a fixed image (see :mod:`app.core.fixes`): its encodings, best quality first, and
a new file beside the others that never replaces one.

Pillow is imported where pixels are changed, not with this module.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL import Image

JPEG_QUALITIES = (95, 90, 85, 80, 75, 70, 60, 50)


def flattened(image: Image.Image) -> Image.Image:
    """JPEG has no transparency: see-through pixels are shown over white, as viewers do."""
    if image.mode != "RGBA":
        return image
    from PIL import Image

    background = Image.new("RGB", image.size, (255, 255, 255))
    background.paste(image, mask=image.getchannel("A"))
    return background


def encodings(image: Image.Image, fmt: str, icc: bytes | None) -> Iterator[bytes]:
    """The image encoded in ``fmt``, best quality first."""
    extra = {"icc_profile": icc} if icc else {}
    if fmt == "JPEG":
        for quality in JPEG_QUALITIES:
            buffer = io.BytesIO()
            image.save(buffer, "JPEG", quality=quality, optimize=True, **extra)
            yield buffer.getvalue()
    else:
        buffer = io.BytesIO()
        image.save(buffer, "PNG", compress_level=6, **extra)
        yield buffer.getvalue()


def write_new(dest_dir: Path, stem: str, kind: str, extension: str, data: bytes) -> Path:
    """Write to '<stem>-fixed-<kind>.<ext>', or '-2', '-3'… after it: never over a file."""
    number = 1
    while True:
        suffix = "" if number == 1 else f"-{number}"
        path = dest_dir / f"{stem}-fixed-{kind}{suffix}.{extension}"
        try:
            handle = open(path, "xb")  # noqa: SIM115 - exclusive create, closed below
        except FileExistsError:
            number += 1
            continue
        try:
            with handle:
                handle.write(data)
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        return path
