"""The simulator's model catalogue: ``GET /v1/models`` as RunComfy's Model API pages it.

The entries are the five models Storyreel ships plus a few realistic extra ones written from
the documented shapes (not fetched): Seedance 2.0 and 2.0 Mini, Seedance 2.5 variants (text-,
image- and reference-to-video with image, video and audio references, up to 30 s, with
audio), a text-to-image model and a model that is not ByteDance's. Their schemas use the
richer shapes real catalogue entries have: ``number`` and RunComfy's nonstandard ``float``
with limits, durations as string enums, ``video_uri``/``audio_uri`` formats, arrays of
objects. Prices are made up for testing, like :data:`app.sim.contract.DEFAULT_PRICES`.

A page is ``{"models": [...], "total": N}`` for ``limit`` (1–100, default 20) entries from
``offset``; ``include_schema=true`` adds each entry's ``input_schema``; ``search``,
``category`` and ``kind`` filter. Tests change :class:`SimCatalogue` to fail a page a number
of times (:meth:`SimCatalogue.fail_page`) or to serve a bad entry (:meth:`SimCatalogue.add`).
"""

from __future__ import annotations

import copy
import json
import threading
from collections.abc import Iterable, Mapping
from typing import Any

from app.core import resources
from app.core.catalogue import Catalogue
from app.core.catalogue_cache import read_listings
from app.core.catalogue_source import assemble
from app.sim.contract import DEFAULT_PRICES, Price

DEFAULT_LIMIT = 20
MAX_LIMIT = 100

_CATEGORIES = {
    "image-to-video": ["video", "image-to-video"],
    "reference-to-video": ["video", "reference-to-video"],
}

SEEDANCE_RULES = [
    {"validation_rule": "width_pixels>", "validation_value": 300,
     "validation_error": "The image width must be at least 300 pixels."},
    {"validation_rule": "height_pixels>", "validation_value": 300,
     "validation_error": "The image height must be at least 300 pixels."},
    {"validation_rule": "width_pixels<", "validation_value": 6000,
     "validation_error": "The image width must be under 6000 pixels."},
    {"validation_rule": "height_pixels<", "validation_value": 6000,
     "validation_error": "The image height must be under 6000 pixels."},
    {"validation_rule": "width/height>", "validation_value": 0.4,
     "validation_error": "The aspect ratio must be over 0.4."},
    {"validation_rule": "width/height<", "validation_value": 2.5,
     "validation_error": "The aspect ratio must be under 2.5."},
    {"validation_rule": "file_size_mb<", "validation_value": 30,
     "validation_error": "The image must be under 30 MB."},
]


def _prompt(limit: int = 2000) -> dict[str, Any]:
    return {"title": "Prompt", "type": "string", "maxLength": limit,
            "description": "What happens in the clip."}


def _image(title: str, description: str = "") -> dict[str, Any]:
    return {"title": title, "type": "string", "format": "image_uri",
            "description": description, "validations": SEEDANCE_RULES}


def _choice(title: str, values: list[Any], default: Any) -> dict[str, Any]:
    kind = "integer" if all(isinstance(v, int) for v in values) else "string"
    return {"title": title, "type": kind, "enum": values, "default": default}


def _seconds(low: int, high: int, default: int) -> dict[str, Any]:
    return {"title": "Duration", "type": "integer", "minimum": low, "maximum": high,
            "default": default, "description": f"Length of the clip, {low} to {high} seconds."}


def _audio_switch() -> dict[str, Any]:
    return {"title": "Generate Audio", "type": "boolean", "default": True,
            "description": "Generate a soundtrack with the video."}


def _schema(required: list[str], properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "title": "Input", "required": required, "properties": properties}


RATIOS = ["16:9", "4:3", "1:1", "3:4", "9:16", "21:9", "adaptive"]
STRING_SECONDS = ["auto", *[str(n) for n in range(5, 21)]]


def _entry(
    model_id: str,
    display_name: str,
    categories: list[str],
    price: float,
    unit: str,
    schema: Mapping[str, Any],
) -> dict[str, Any]:
    return {
        "model_id": model_id,
        "display_name": display_name,
        "categories": categories,
        "kind": "model",
        "base_price_usd": price,
        "price_unit": unit,
        "input_schema": dict(schema),
    }


def shipped_entries() -> list[dict[str, Any]]:
    """The five shipped models as the catalogue lists them."""
    entries = []
    for item in resources.listdir("models"):
        if not item.name.endswith(".json"):
            continue
        doc = json.loads(item.read_text(encoding="utf-8"))
        model_id = doc["model_id"]
        price = DEFAULT_PRICES[model_id]
        task = model_id.rsplit("/", 1)[-1]
        entries.append(
            _entry(
                model_id,
                doc["display_name"],
                _CATEGORIES.get(task, ["video"]),
                price.base_price_usd,
                price.price_unit,
                doc["input_schema"],
            )
        )
    return entries


def _seedance_2() -> list[dict[str, Any]]:
    return [
        _entry(
            "bytedance/seedance-2-0/pro/image-to-video",
            "Seedance 2.0 Pro",
            ["video", "image-to-video"],
            0.1,
            "second",
            _schema(["prompt", "image_url"], {
                "prompt": _prompt(),
                "image_url": _image("First Frame", "The first frame of the video."),
                "end_image_url": _image("Last Frame", "Optional last frame."),
                "resolution": _choice("Resolution", ["480p", "720p", "1080p"], "720p"),
                "ratio": _choice("Aspect Ratio", RATIOS, "adaptive"),
                "duration": _seconds(4, 15, 5),
                "generate_audio": _audio_switch(),
                "seed": {"title": "Seed", "type": "integer", "minimum": -1,
                         "maximum": 2147483647, "default": -1},
            }),
        ),
        _entry(
            "bytedance/seedance-2-0/fast/text-to-video",
            "Seedance 2.0 Fast Text to Video",
            ["video", "text-to-video"],
            0.05,
            "second",
            _schema(["prompt"], {
                "prompt": _prompt(),
                "resolution": _choice("Resolution", ["480p", "720p"], "720p"),
                "ratio": _choice("Aspect Ratio", RATIOS[:-1], "16:9"),
                "duration": {"title": "Duration", "type": "string", "enum": STRING_SECONDS,
                             "default": "auto", "description": "Seconds, or auto."},
                "guidance_scale": {"title": "Guidance Scale", "type": "float", "minimum": 1,
                                   "maximum": 10, "default": 5.5},
            }),
        ),
    ]


def _seedance_2_mini() -> list[dict[str, Any]]:
    return [
        _entry(
            "bytedance/seedance-2-0-mini/image-to-video",
            "Seedance 2.0 Mini Image to Video",
            ["video", "image-to-video"],
            0.03,
            "second",
            _schema(["prompt", "image_url"], {
                "prompt": _prompt(1000),
                "image_url": _image("Image"),
                "duration": _choice("Duration", [5, 10], 5),
                "motion_strength": {"title": "Motion Strength", "type": "number",
                                    "minimum": 0, "maximum": 1, "multipleOf": 0.05,
                                    "default": 0.5},
            }),
        ),
        _entry(
            "bytedance/seedance-2-0-mini/video-to-video",
            "Seedance 2.0 Mini Video to Video",
            ["video", "video-to-video"],
            0.04,
            "second",
            _schema(["prompt", "video_url"], {
                "prompt": _prompt(1000),
                "video_url": {"title": "Source Video", "type": "string",
                              "format": "video_uri", "description": "At most 15 s."},
                "strength": {"title": "Strength", "type": "float", "exclusiveMinimum": 0,
                             "maximum": 1, "default": 0.7},
            }),
        ),
    ]


def _seedance_25() -> list[dict[str, Any]]:
    return [
        _entry(
            "bytedance/seedance-2.5/text-to-video/1080p",
            "Seedance 2.5 Text to Video 1080p",
            ["video", "text-to-video"],
            0.15,
            "second",
            _schema(["prompt"], {
                "prompt": _prompt(3000),
                "duration": _seconds(4, 30, 8),
                "ratio": _choice("Aspect Ratio", RATIOS[:-1], "16:9"),
                "generate_audio": _audio_switch(),
            }),
        ),
        _entry(
            "bytedance/seedance-2.5/image-to-video/1080p",
            "Seedance 2.5 Image to Video 1080p",
            ["video", "image-to-video"],
            0.15,
            "second",
            _schema(["prompt", "image"], {
                "prompt": _prompt(3000),
                "image": _image("Image", "The first frame."),
                "duration": _seconds(4, 30, 8),
                "generate_audio": _audio_switch(),
            }),
        ),
    ]


def _seedance_25_reference() -> list[dict[str, Any]]:
    scene = {
        "type": "object",
        "required": ["prompt"],
        "properties": {
            "prompt": {"type": "string", "title": "Scene prompt"},
            "seconds": {"type": "number", "minimum": 1, "maximum": 30},
        },
    }
    return [
        _entry(
            "bytedance/seedance-2.5/reference-to-video/1080p",
            "Seedance 2.5 Reference to Video 1080p",
            ["video", "reference-to-video"],
            0.18,
            "second",
            _schema(["prompt", "reference_images"], {
                "prompt": _prompt(3000),
                "reference_images": {"title": "Reference Images", "type": "array",
                                     "items": {"type": "string", "format": "image_uri"},
                                     "minItems": 1, "maxItems": 9,
                                     "validations": SEEDANCE_RULES},
                "reference_videos": {"title": "Reference Videos", "type": "array",
                                     "items": {"type": "string", "format": "video_uri"},
                                     "maxItems": 3},
                "reference_audios": {"title": "Reference Audio", "type": "array",
                                     "items": {"type": "string", "format": "audio_uri"},
                                     "maxItems": 3},
                "scenes": {"title": "Scenes", "type": "array", "items": scene},
                "duration": {"title": "Duration", "type": "string", "enum": STRING_SECONDS,
                             "default": "auto"},
                "generate_audio": _audio_switch(),
            }),
        ),
    ]


def _others() -> list[dict[str, Any]]:
    return [
        _entry(
            "bytedance/seedream-5-0/pro/text-to-image",
            "Seedream 5.0 Pro",
            ["image", "text-to-image"],
            0.03,
            "output",
            _schema(["prompt"], {
                "prompt": _prompt(),
                "size": _choice("Size", ["1024x1024", "2048x2048", "2560x1440"], "2048x2048"),
            }),
        ),
        _entry(
            "kling/kling-v2-1/pro/image-to-video",
            "Kling 2.1 Pro",
            ["video", "image-to-video"],
            0.09,
            "second",
            _schema(["prompt", "image_url"], {
                "prompt": _prompt(2500),
                "image_url": {"title": "Image", "type": "string", "format": "image_uri"},
                "duration": _choice("Duration", [5, 10], 5),
                "cfg_scale": {"title": "CFG Scale", "type": "number", "minimum": 0,
                              "maximum": 1, "default": 0.5},
            }),
        ),
        # A model whose required input is a kind Storyreel has no editor for (a 3D mesh):
        # left out of the picker, with one warning.
        _entry(
            "tripo/tripo-3d/turntable-video",
            "Tripo 3D Turntable",
            ["video", "3d-to-video"],
            0.05,
            "video",
            _schema(["mesh_url"], {
                "mesh_url": {"title": "Mesh", "type": "string", "format": "mesh_uri",
                             "description": "A GLB or OBJ file."},
                "seconds": _seconds(3, 10, 5),
            }),
        ),
    ]


def extra_entries() -> list[dict[str, Any]]:
    """The simulator's models beyond the shipped five."""
    families = (_seedance_2, _seedance_2_mini, _seedance_25, _seedance_25_reference, _others)
    return [entry for family in families for entry in family()]


def default_entries() -> list[dict[str, Any]]:
    return [*shipped_entries(), *extra_entries()]


class SimCatalogue:
    """The entries ``GET /v1/models`` serves, and the failures tests ask of it. Thread-safe."""

    def __init__(self, entries: Iterable[Mapping[str, Any]] | None = None) -> None:
        source = default_entries() if entries is None else entries
        self._entries: list[Any] = [copy.deepcopy(dict(e)) for e in source]
        self._failures: dict[int, tuple[int, int]] = {}  # page offset -> (times left, status)
        self._lock = threading.Lock()

    def entries(self) -> list[Any]:
        with self._lock:
            return copy.deepcopy(self._entries)

    def add(self, entry: Any, at: int | None = None) -> None:
        """Serve one more entry (of any shape: a test's bad entry too), at ``at`` or last."""
        with self._lock:
            self._entries.insert(len(self._entries) if at is None else at, entry)

    def remove(self, model_id: str) -> None:
        with self._lock:
            self._entries = [
                e
                for e in self._entries
                if not (isinstance(e, dict) and e.get("model_id") == model_id)
            ]

    def fail_page(self, offset: int, times: int = 1, status: int = 503) -> None:
        """The page starting at ``offset`` answers ``status`` the next ``times`` times."""
        with self._lock:
            self._failures[offset] = (times, status)

    def failure_for(self, offset: int) -> int | None:
        """The status to fail the page at ``offset`` with now, if a failure is due."""
        with self._lock:
            times, status = self._failures.get(offset, (0, 0))
            if times <= 0:
                return None
            self._failures[offset] = (times - 1, status)
            return status

    def catalogue(self) -> Catalogue:
        """The models of the served entries that load: what the simulator accepts jobs for."""
        listings, _warnings = read_listings(self.entries())
        return assemble(listings)

    def prices(self) -> dict[str, Price]:
        """Each well-formed entry's listed price."""
        listings, _warnings = read_listings(self.entries())
        return {
            item.model_id: Price(item.base_price_usd, item.price_unit)
            for item in listings
            if item.base_price_usd is not None and item.price_unit
        }

    def categories(self) -> list[str]:
        found: set[str] = set()
        for e in self.entries():
            if isinstance(e, dict) and isinstance(e.get("categories"), list):
                found.update(c for c in e["categories"] if isinstance(c, str))
        return sorted(found)

    def page(self, query: Mapping[str, str]) -> dict[str, Any]:
        """One page of the catalogue for the query's ``limit``, ``offset`` and filters.

        ValueError with a message for a limit or offset that is not a number in range.
        """
        limit = _bounded(query.get("limit"), DEFAULT_LIMIT, 1, MAX_LIMIT, "limit")
        offset = _bounded(query.get("offset"), 0, 0, None, "offset")
        with_schema = query.get("include_schema", "").lower() in ("true", "1", "yes")
        matching = [e for e in self.entries() if _matches(e, query)]
        shown = []
        for e in matching[offset : offset + limit]:
            if isinstance(e, dict) and not with_schema:
                e = {k: v for k, v in e.items() if k != "input_schema"}
            shown.append(e)
        return {"models": shown, "total": len(matching)}


def _bounded(text: str | None, default: int, low: int, high: int | None, name: str) -> int:
    if text is None or text == "":
        return default
    try:
        value = int(text)
    except ValueError:
        raise ValueError(f"'{name}' must be a whole number, not '{text}'.") from None
    if value < low or (high is not None and value > high):
        top = f" and {high}" if high is not None else " or more"
        raise ValueError(f"'{name}' must be between {low}{top}, not {value}.")
    return value


def _matches(entry: Any, query: Mapping[str, str]) -> bool:
    if not isinstance(entry, dict):
        return True  # a bad entry a test put in: served to everyone
    search = query.get("search", "").strip().lower()
    if search:
        text = f"{entry.get('model_id', '')} {entry.get('display_name', '')}".lower()
        if search not in text:
            return False
    category = query.get("category", "").strip()
    if category and category not in (entry.get("categories") or ()):
        return False
    kind = query.get("kind", "").strip()
    return not kind or entry.get("kind") == kind


__all__ = [
    "DEFAULT_LIMIT",
    "MAX_LIMIT",
    "SimCatalogue",
    "default_entries",
    "extra_entries",
    "shipped_entries",
]
