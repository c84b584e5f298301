"""Model schemas with video and audio inputs, written from the shapes RunComfy documents
(``format`` ``video_uri``/``video_uris``/``audio_uri``/``audio_uris``, ``validations`` on the
array or on its items). Used until the simulator's catalogue serves such models."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from app.core.catalogue import Model, model_from_document

REFERENCE_MODEL_ID = "bytedance/seedance-2.5/reference-to-video/test"
TEXT_MODEL_ID = "bytedance/seedance-2.0-mini/text-to-video/test"

REFERENCE_DOC: dict[str, Any] = {
    "model_id": REFERENCE_MODEL_ID,
    "display_name": "Seedance 2.5 reference to video (test schema)",
    "family": "Seedance",
    "input_schema": {
        "type": "object",
        "required": ["prompt"],
        "properties": {
            "prompt": {"type": "string", "title": "Prompt", "maxLength": 2000},
            "image_urls": {
                "type": "array",
                "format": "image_uris",
                "items": {"type": "string", "format": "image_uri"},
                "maxItems": 9,
            },
            "video_urls": {
                "type": "array",
                "title": "Reference videos",
                "items": {"type": "string", "format": "video_uri"},
                "maxItems": 3,
                "validations": [
                    {
                        "validation_rule": "duration_seconds<=",
                        "validation_value": 15,
                        "validation_error": "Each video must be at most 15 s long.",
                    },
                    {
                        "validation_rule": "width_pixels<=",
                        "validation_value": 1920,
                        "validation_error": "Width must not exceed 1920 px.",
                    },
                ],
            },
            "audio_urls": {
                "type": "array",
                "title": "Reference audio",
                "format": "audio_uris",
                "items": {
                    "type": "string",
                    "validations": [
                        {
                            "validation_rule": "duration_seconds<=",
                            "validation_value": 15,
                            "validation_error": "Each clip must be at most 15 s long.",
                        }
                    ],
                },
                "maxItems": 3,
            },
            "duration": {"type": "integer", "enum": [4, 5, 6, 8, 10], "default": 5},
            "resolution": {"type": "string", "enum": ["480p", "720p"], "default": "480p"},
        },
    },
    "output_schema": {"type": "object", "properties": {"video": {"type": "string"}}},
}

SINGLE_DOC: dict[str, Any] = {
    "model_id": "bytedance/seedance-2.0-mini/video-to-video/test",
    "display_name": "Seedance 2.0 Mini video to video (test schema)",
    "family": "Seedance",
    "input_schema": {
        "type": "object",
        "required": ["prompt", "video_url"],
        "properties": {
            "prompt": {"type": "string", "title": "Prompt"},
            "video_url": {
                "type": "string",
                "title": "Source video",
                "format": "video_uri",
                "validations": [
                    {
                        "validation_rule": "duration_seconds<",
                        "validation_value": 2,
                        "validation_error": "The video must be shorter than 2 s.",
                    },
                    {
                        "validation_rule": "height_pixels<=",
                        "validation_value": 120,
                        "validation_error": "Height at most 120 px.",
                    },
                ],
            },
            "audio_url": {"type": "string", "title": "Soundtrack", "format": "audio_uri"},
            "duration": {"type": "integer", "enum": [2, 4], "default": 2},
        },
    },
}

TEXT_DOC: dict[str, Any] = {
    "model_id": TEXT_MODEL_ID,
    "display_name": "Seedance 2.0 Mini text to video (test schema)",
    "family": "Seedance",
    "input_schema": {
        "type": "object",
        "required": ["prompt"],
        "properties": {
            "prompt": {"type": "string", "title": "Prompt"},
            "duration": {"type": "integer", "enum": [2, 4], "default": 2},
        },
    },
}


def reference_model() -> Model:
    return model_from_document(copy.deepcopy(REFERENCE_DOC), source="test")


def single_model() -> Model:
    return model_from_document(copy.deepcopy(SINGLE_DOC), source="test")


def text_model() -> Model:
    return model_from_document(copy.deepcopy(TEXT_DOC), source="test")


def install(models_dir: Path) -> None:
    """Put the three schemas in a user models folder, as a user would."""
    models_dir.mkdir(parents=True, exist_ok=True)
    for index, doc in enumerate((REFERENCE_DOC, SINGLE_DOC, TEXT_DOC)):
        (models_dir / f"media-{index}.json").write_text(json.dumps(doc), encoding="utf-8")
