"""Image facts read from file headers, thumbnails, and decoding for the fixers and the encoder.

The work is in two modules; this one gathers their public names so that callers import
them from one place:

* :mod:`app.core.image_probe`: :func:`probe` and :func:`probe_bytes` read the header only,
  never decoding pixels, so a "decompression bomb" costs nothing to look at;
* :mod:`app.core.image_decode`: :func:`make_thumbnail`, :func:`verify_decodable`,
  :func:`load_for_encoding` and :func:`decode_for_fixing` decode, and refuse images above
  :data:`MAX_DECODE_PIXELS` (except JPEGs that libjpeg can decode at a reduced scale).

Formats are always judged by content, never by the file name.
"""

from __future__ import annotations

from app.core.image_decode import (
    MAX_DECODE_PIXELS,
    FitFor,
    can_decode,
    decode_for_fixing,
    load_for_encoding,
    make_thumbnail,
    verify_decodable,
)
from app.core.image_probe import (
    BYTES_PER_MB,
    MAX_SENT_PIXELS,
    ORIENTATION_TAG,
    ROTATED_ORIENTATIONS,
    ImageInfo,
    may_be_transparent,
    probe,
    probe_bytes,
)

__all__ = [
    "BYTES_PER_MB",
    "MAX_DECODE_PIXELS",
    "MAX_SENT_PIXELS",
    "ORIENTATION_TAG",
    "ROTATED_ORIENTATIONS",
    "FitFor",
    "ImageInfo",
    "can_decode",
    "decode_for_fixing",
    "load_for_encoding",
    "make_thumbnail",
    "may_be_transparent",
    "probe",
    "probe_bytes",
    "verify_decodable",
]
