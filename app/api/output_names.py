"""Output file names: readable, and unable to leave their folder.

``YYYY-MM-DD_<model>_<prompt words>_<request id>[_<n>].<ext>``: the folder reads well on its
own, and every name is one harmless component on every platform (no separators, no dots at
the ends, no reserved device names).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from urllib.parse import urlsplit

EXTENSIONS = {
    ".mp4": ".mp4",
    ".m4v": ".mp4",
    ".mov": ".mov",
    ".webm": ".webm",
    ".mkv": ".mkv",
    ".png": ".png",
    ".jpg": ".jpg",
    ".jpeg": ".jpg",
    ".webp": ".webp",
    ".gif": ".gif",
    ".wav": ".wav",
    ".mp3": ".mp3",
    ".m4a": ".m4a",
}
CONTENT_TYPES = {
    "video/mp4": ".mp4",
    "application/mp4": ".mp4",
    "video/quicktime": ".mov",
    "video/webm": ".webm",
    "video/x-matroska": ".mkv",
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/webp": ".webp",
    "image/gif": ".gif",
    "audio/wav": ".wav",
    "audio/x-wav": ".wav",
    "audio/mpeg": ".mp3",
    "audio/mp4": ".m4a",
}
WINDOWS_RESERVED = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"com{i}" for i in range(1, 10)),
    *(f"lpt{i}" for i in range(1, 10)),
}
_REQUEST_ID = re.compile(r"[A-Za-z0-9_-]{1,128}")


def slug(text: str, limit: int) -> str:
    """Lower-case ASCII words joined by '-', at most ``limit`` characters, cut between words."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    result = ""
    for word in words:
        candidate = f"{result}-{word}" if result else word
        if len(candidate) > limit:
            if not result:
                result = word[:limit]
            break
        result = candidate
    return result


def extension_for(url: str, content_type: str | None = None) -> str:
    """The file extension from the URL's path, else from the Content-Type, else ``.mp4``."""
    path = urlsplit(url).path.lower()
    name = path.rsplit("/", 1)[-1]
    dot = name.rfind(".")
    if dot > 0 and name[dot:] in EXTENSIONS:
        return EXTENSIONS[name[dot:]]
    kind = (content_type or "").split(";")[0].strip().lower()
    return CONTENT_TYPES.get(kind, ".mp4")


def safe_component(text: str) -> str:
    """A single, harmless file-name component: no separators, no dots at the ends, not reserved."""
    cleaned = re.sub(r"[^A-Za-z0-9_.-]+", "-", text).strip(".- ")
    cleaned = re.sub(r"\.{2,}", ".", cleaned)[:180]
    if not cleaned:
        cleaned = "output"
    if cleaned.split(".")[0].lower() in WINDOWS_RESERVED:
        cleaned = f"_{cleaned}"
    return cleaned


def output_stem(
    *,
    when: float | datetime,
    model_name: str,
    prompt: str,
    request_id: str,
    index: int | None = None,
) -> str:
    """``YYYY-MM-DD_<model>_<prompt words>_<request id>[_<n>]``, safe on every platform.

    ``index`` (from 1) is added when a job has more than one output.
    """
    day = (when if isinstance(when, datetime) else datetime.fromtimestamp(when)).strftime(
        "%Y-%m-%d"
    )
    model = slug(model_name, 30) or "model"
    words = slug(prompt, 40) or "untitled"
    rid = request_id if _REQUEST_ID.fullmatch(request_id or "") else slug(request_id or "", 40)
    stem = f"{day}_{model}_{words}_{rid or 'request'}"
    if index is not None:
        stem += f"_{index}"
    return safe_component(stem)


def output_filename(
    *,
    when: float | datetime,
    model_name: str,
    prompt: str,
    request_id: str,
    url: str,
    index: int | None = None,
    content_type: str | None = None,
) -> str:
    """The stem of :func:`output_stem` with the extension the URL or Content-Type gives."""
    stem = output_stem(
        when=when, model_name=model_name, prompt=prompt, request_id=request_id, index=index
    )
    return stem + extension_for(url, content_type)
