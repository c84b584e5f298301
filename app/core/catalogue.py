"""The model catalogue: RunComfy's published schemas turned into typed field descriptions.

A model file (``resources/models/*.json``) carries the input and output schemas exactly as
RunComfy publishes them, plus a ``storyreel`` section with what the schema says only in
prose: which field plays which role (first frame, prompt, duration...), which defaults are
sample content rather than settings, advice such as "the last frame has no effect at
1080p", accepted image formats and frame rates.

``describe_field`` maps one schema property to a :class:`Field`. A shape it does not know
becomes ``FieldKind.GENERIC`` instead of failing, so the schema of another RunComfy model
dropped into the user's catalogue folder still loads.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import logging
import math
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from app.core import catalogue_wording as words
from app.core import resources, shapes
from app.core.errors import CatalogueError, FileFormatError
from app.core.media.kinds import MediaKind

log = logging.getLogger(__name__)

FORMAT_VERSION = 1

IMAGE_OPERATORS = (
    "width_pixels<",
    "height_pixels<",
    "width_pixels>",
    "height_pixels>",
    "width_pixels<=",
    "height_pixels<=",
    "width_pixels>=",
    "height_pixels>=",
    "width/height<",
    "width/height>",
    "width/height<=",
    "width/height>=",
    "file_size_mb<",
    "file_size_mb<=",
)

PROMPT_NAMES = frozenset({"prompt", "text", "negative_prompt"})


class FieldKind(enum.StrEnum):
    PROMPT = "prompt"
    CHOICE = "choice"
    INT_CHOICE = "int_choice"
    INTEGER = "integer"
    BOOLEAN = "boolean"
    IMAGE = "image"
    IMAGE_LIST = "image_list"
    NUMBER = "number"  # "number" or RunComfy's "float": a spin box with the schema's limits
    OBJECT_LIST = "object_list"  # a list of simple objects (scenes): one form row per item
    STRUCTURED = "structured"  # any other array or object: JSON, checked against the schema
    VIDEO = "video"
    VIDEO_LIST = "video_list"
    AUDIO = "audio"
    AUDIO_LIST = "audio_list"
    GENERIC = "generic"

    @property
    def typed(self) -> bool:
        """Edits arrive a keystroke at a time: consecutive edits of one field are one step."""
        return self in _TYPED_KINDS


_TYPED_KINDS = frozenset(
    {
        FieldKind.PROMPT,
        FieldKind.INTEGER,
        FieldKind.NUMBER,
        FieldKind.OBJECT_LIST,
        FieldKind.STRUCTURED,
        FieldKind.GENERIC,
    }
)


# Fields whose value is a file or URL: the schema's ``validations`` apply to each of them.
_FILE_KINDS = frozenset({FieldKind.IMAGE, FieldKind.IMAGE_LIST, FieldKind.VIDEO,
                         FieldKind.VIDEO_LIST, FieldKind.AUDIO, FieldKind.AUDIO_LIST})  # fmt: skip
_MEDIA_FIELD_KINDS = {
    (MediaKind.VIDEO, False): FieldKind.VIDEO,
    (MediaKind.VIDEO, True): FieldKind.VIDEO_LIST,
    (MediaKind.AUDIO, False): FieldKind.AUDIO,
    (MediaKind.AUDIO, True): FieldKind.AUDIO_LIST,
}


@dataclass(frozen=True)
class ImageRule:
    """One ``validations`` entry: ``operator`` is the machine-readable rule, applied as written."""

    operator: str
    value: float
    message: str

    @property
    def known(self) -> bool:
        return self.operator in IMAGE_OPERATORS


@dataclass(frozen=True)
class Field:
    name: str
    kind: FieldKind
    title: str
    description: str = ""
    required: bool = False
    default: Any = None
    sample: Any = None
    choices: tuple[Any, ...] = ()
    max_length: int | None = None
    min_length: int | None = None
    advisory_max_length: int | None = None
    min_items: int | None = None
    max_items: int | None = None
    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: float | None = None
    exclusive_maximum: float | None = None
    multiple_of: float | None = None
    image_rules: tuple[ImageRule, ...] = ()
    accepted_formats: tuple[str, ...] = ()
    unit: str | None = None
    frame_rate: int | None = None
    json_type: str | None = None
    # For an OBJECT_LIST: each row's fields, from the item schema.
    item_fields: tuple[Field, ...] = ()
    # What Storyreel could not take as the schema says (an unknown shape, a default that is
    # not one of the choices): the field still works, and the user is told.
    warnings: tuple[str, ...] = ()
    schema: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}), compare=False)

    @property
    def has_default(self) -> bool:
        return self.default is not None

    @property
    def is_image(self) -> bool:
        return self.kind in (FieldKind.IMAGE, FieldKind.IMAGE_LIST)

    @property
    def is_video(self) -> bool:
        return self.kind in (FieldKind.VIDEO, FieldKind.VIDEO_LIST)

    @property
    def is_audio(self) -> bool:
        return self.kind in (FieldKind.AUDIO, FieldKind.AUDIO_LIST)

    @property
    def is_media(self) -> bool:
        """Whether the value is a file or URL (image, video or audio), one or a list."""
        return self.is_image or self.is_video or self.is_audio

    @property
    def is_list(self) -> bool:
        return self.kind in (FieldKind.IMAGE_LIST, FieldKind.VIDEO_LIST, FieldKind.AUDIO_LIST)

    def choice_label(self, value: Any) -> str:
        """How a choice reads in the interface: "5 s", "Auto", "121 frames ≈ 5 s", "720p"."""
        if self.unit == "s":
            if isinstance(value, str) and not shapes.is_numeric_text(value):
                return value.replace("_", " ").capitalize()
            return f"{value} s"
        if self.unit == "frames" and self.frame_rate:
            seconds = round(int(value) / self.frame_rate)
            return f"{value} frames ≈ {seconds} s"
        return str(value)

    def seconds_for(self, value: Any) -> float | None:
        """The clip length a choice of this field stands for, when it is a duration."""
        if value is None or isinstance(value, bool):
            return None
        try:
            number = float(value)
        except (TypeError, ValueError, OverflowError):
            return None  # not a length ("abc" from a hand-edited file): validation says so
        if not math.isfinite(number):
            return None
        if self.unit == "s":
            return number
        if self.unit == "frames" and self.frame_rate:
            return int(number) / self.frame_rate
        return None


@dataclass(frozen=True)
class Advice:
    """A prose rule from the model page, made checkable. Advice warns; it never blocks."""

    rule: str
    field: str
    value: Any = None
    # dataclasses.field in full: the field named "field" above hides the short name.
    when: Mapping[str, Any] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class Model:
    model_id: str
    display_name: str
    family: str
    notes: str
    fields: tuple[Field, ...]
    input_schema: Mapping[str, Any] = field(compare=False, repr=False)
    output_schema: Mapping[str, Any] = field(compare=False, repr=False)
    roles: Mapping[str, str] = field(default_factory=dict)
    advice: tuple[Advice, ...] = ()
    schema_language: str = "en"
    builtin: bool = True
    source: str = ""
    # As RunComfy's catalogue lists the model (empty for a model file that does not say).
    categories: tuple[str, ...] = ()
    base_price_usd: float | None = None
    price_unit: str = ""
    is_new: bool = False  # listed since the catalogue was refreshed before

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    def has_field(self, name: str) -> bool:
        return any(f.name == name for f in self.fields)

    def role(self, role: str) -> Field | None:
        name = self.roles.get(role)
        return self.field(name) if name and self.has_field(name) else None

    @property
    def capabilities(self) -> frozenset[str]:
        """What the model takes, in the user's words."""
        caps = {
            r for r in ("first_frame", "last_frame", "reference_images", "audio") if self.role(r)
        }
        return frozenset(caps)

    def capability_summary(self) -> str:
        caps = self.capabilities
        parts = []
        if "reference_images" in caps:
            ref = self.role("reference_images")
            assert ref is not None
            parts.append(f"{ref.min_items or 1}–{ref.max_items or '∞'} reference images")
        elif "last_frame" in caps:
            parts.append("first and last frame")
        elif "first_frame" in caps:
            parts.append("first frame")
        if "audio" in caps:
            parts.append("audio")
        return ", ".join(parts)

    def duration_seconds(self, values: Mapping[str, Any]) -> float | None:
        """The clip length the given settings ask for (defaults filled in), if the model says."""
        for role in ("duration_seconds", "duration_frames"):
            f = self.role(role)
            if f is not None:
                return f.seconds_for(values.get(f.name, f.default))
        return None

    def defaults(self) -> dict[str, Any]:
        """The settings the schema gives defaults for. Sample content is not a default."""
        return {f.name: f.default for f in self.fields if f.has_default}

    def samples(self) -> dict[str, Any]:
        """Example content the model page offers (a prompt, an image URL), never sent unasked."""
        return {f.name: f.sample for f in self.fields if f.sample is not None}

    @property
    def warnings(self) -> list[str]:
        """What of the schema Storyreel takes differently than it says, field by field."""
        return [words.field_warning(f.name, w) for f in self.fields for w in f.warnings]

    @property
    def takes_media(self) -> bool:
        """False for a text-only model: no image (or other file) goes with the prompt."""
        return any(f.is_image for f in self.fields)


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return value


def _int(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value


def _image_rules(prop: Mapping[str, Any]) -> tuple[ImageRule, ...]:
    """The ``validations`` of a field; an array's may sit on the array or on its items, and
    apply to each item either way."""
    entries = list(prop.get("validations") or ())
    items = prop.get("items")
    if isinstance(items, Mapping) and isinstance(items.get("validations"), list):
        entries += items["validations"]
    rules = []
    for entry in entries:
        if not isinstance(entry, Mapping):
            continue
        operator = entry.get("validation_rule")
        value = _number(entry.get("validation_value"))
        if not isinstance(operator, str) or value is None:
            log.warning("ignoring a validation entry of unknown shape: %r", entry)
            continue
        rules.append(
            ImageRule(operator.strip(), float(value), str(entry.get("validation_error") or ""))
        )
    return tuple(rules)


def _limits(prop: Mapping[str, Any]) -> dict[str, Any]:
    """The schema's lengths, counts and numeric bounds, as :class:`Field` keeps them."""
    return {
        "max_length": _int(prop.get("maxLength")),
        "min_length": _int(prop.get("minLength")),
        "min_items": _int(prop.get("minItems")),
        "max_items": _int(prop.get("maxItems")),
        "minimum": _number(prop.get("minimum")),
        "maximum": _number(prop.get("maximum")),
        "exclusive_minimum": _number(prop.get("exclusiveMinimum")),
        "exclusive_maximum": _number(prop.get("exclusiveMaximum")),
        "multiple_of": _number(prop.get("multipleOf")),
    }


def _item_fields(kind: FieldKind, items: Mapping[str, Any]) -> tuple[Field, ...]:
    """The fields of each object in a list of objects (none for any other kind)."""
    if kind is not FieldKind.OBJECT_LIST:
        return ()
    required = items.get("required")
    item_required = set(required) if isinstance(required, list) else set()
    return tuple(
        describe_field(key, sub, required=key in item_required)
        for key, sub in items["properties"].items()
    )


def describe_field(
    name: str,
    prop: Mapping[str, Any],
    *,
    required: bool = False,
    sample: bool = False,
    accepted_formats: Iterable[str] = (),
    advisory_max_length: int | None = None,
    unit: str | None = None,
    frame_rate: int | None = None,
) -> Field:
    """One schema property as a typed description. Never raises for an unknown shape."""
    if not isinstance(prop, Mapping):
        prop = {}
    kind_name, warning = shapes.kind_of(name, prop)
    kind = FieldKind(kind_name)
    warnings = [w for w in (warning, shapes.unchecked_warning(kind_name, prop)) if w]
    choices = (
        tuple(prop.get("enum") or ()) if kind in (FieldKind.CHOICE, FieldKind.INT_CHOICE) else ()
    )
    if unit is None and shapes.is_duration_name(name):
        numeric = kind in (FieldKind.INT_CHOICE, FieldKind.INTEGER, FieldKind.NUMBER)
        if numeric or (kind is FieldKind.CHOICE and shapes.reads_as_seconds(list(choices))):
            unit = "s"
    default, default_warning = shapes.checked_default(kind_name, prop, choices)
    if default_warning:
        warnings.append(default_warning)
    items = shapes.item_schema(prop) or {}
    rules = _image_rules(prop) if kind in _FILE_KINDS else ()  # an array's items' too
    return Field(
        name=name,
        kind=kind,
        title=str(prop.get("title") or name.replace("_", " ").capitalize()),
        description=str(prop.get("description") or ""),
        required=required,
        default=None if sample else default,
        sample=default if sample else None,
        choices=choices,
        advisory_max_length=advisory_max_length,
        **_limits(prop),
        image_rules=rules,
        accepted_formats=tuple(f.upper() for f in accepted_formats),
        unit=unit,
        frame_rate=frame_rate,
        json_type=shapes.json_type(prop),
        item_fields=_item_fields(kind, items),
        warnings=tuple(warnings),
        schema=MappingProxyType(dict(prop)),
    )


def _default_roles(fields: Iterable[Field]) -> dict[str, str]:
    """Guess roles for a model file that does not name them (a user's own schema)."""
    roles: dict[str, str] = {}
    for f in fields:
        n = f.name.lower()
        if f.kind is FieldKind.PROMPT and "prompt" not in roles and n in ("prompt", "text"):
            roles["prompt"] = f.name
        elif f.kind is FieldKind.IMAGE and ("first" in n or n in ("image_url", "image")):
            roles.setdefault("first_frame", f.name)
        elif f.kind is FieldKind.IMAGE and ("last" in n or "end" in n):
            roles.setdefault("last_frame", f.name)
        elif f.kind is FieldKind.IMAGE_LIST and f.max_items == 1:
            roles.setdefault("first_frame", f.name)
        elif f.kind is FieldKind.IMAGE_LIST:
            roles.setdefault("reference_images", f.name)
        elif n == "duration" and f.unit == "s":
            roles.setdefault("duration_seconds", f.name)
        elif n in ("resolution", "ratio", "seed"):
            roles.setdefault(n, f.name)
        elif n in ("generate_audio", "audio") and f.kind is FieldKind.BOOLEAN:
            roles.setdefault("audio", f.name)
    return roles


def _identity(doc: Any, source: str) -> tuple[str, Mapping[str, Any]]:
    """The model file's id and input schema; raises :class:`CatalogueError` when it is not one."""
    named = source or words.said(words.MODEL_FILE)
    if not isinstance(doc, Mapping):
        raise CatalogueError.said(words.NOT_AN_OBJECT, source=named)
    version = doc.get("format_version", FORMAT_VERSION)
    if isinstance(version, int) and version > FORMAT_VERSION:
        raise CatalogueError.said(words.NEWER_FORMAT, source=named, version=version)
    model_id = doc.get("model_id")
    schema = doc.get("input_schema")
    if not isinstance(model_id, str) or not model_id.strip():
        raise CatalogueError.said(words.NO_MODEL_ID, source=named)
    if not isinstance(schema, Mapping) or not isinstance(schema.get("properties"), Mapping):
        raise CatalogueError.said(words.NO_PROPERTIES, source=source or model_id)
    return model_id, schema


def model_from_document(
    doc: Mapping[str, Any], *, builtin: bool = False, source: str = ""
) -> Model:
    """Build a :class:`Model` from a model file's parsed JSON."""
    model_id, schema = _identity(doc, source)
    found = doc.get("storyreel")
    extra: Mapping[str, Any] = found if isinstance(found, Mapping) else {}
    required = set(schema.get("required") or ())
    samples = set(extra.get("sample_defaults") or ())
    formats = extra.get("accepted_formats") or {}
    frame_rates = extra.get("frame_rate") or {}
    advice = tuple(
        Advice(
            rule=str(a.get("rule")),
            field=str(a.get("field")),
            value=a.get("value"),
            when=MappingProxyType(dict(a.get("when") or {})),
        )
        for a in extra.get("advice") or ()
        if isinstance(a, Mapping)
    )
    advisory = {a.field: a.value for a in advice if a.rule == "advisory_max_length"}
    fields = [
        describe_field(
            name,
            prop,
            required=name in required,
            sample=name in samples,
            accepted_formats=formats.get(name) or (),
            advisory_max_length=advisory.get(name),
            unit="frames" if frame_rates.get(name) else None,
            frame_rate=frame_rates.get(name),
        )
        for name, prop in schema["properties"].items()
    ]
    roles = dict(extra.get("roles") or _default_roles(fields))
    family = doc.get("family") or model_id.split("/")[0].capitalize()
    display = doc.get("display_name") or model_id.split("/", 1)[-1]
    return Model(
        model_id=model_id.strip(),
        display_name=str(display),
        family=str(family),
        notes=str(doc.get("notes") or ""),
        fields=tuple(fields),
        input_schema=MappingProxyType(dict(schema)),
        output_schema=MappingProxyType(dict(doc.get("output_schema") or {})),
        roles=MappingProxyType(roles),
        advice=advice,
        schema_language=str(doc.get("schema_language") or "en"),
        builtin=builtin,
        source=source,
        **_listing_details(doc),
    )


def _listing_details(doc: Mapping[str, Any]) -> dict[str, Any]:
    """What a catalogue entry adds to a model file: categories, price, whether it is new."""
    categories = doc.get("categories")
    unit = doc.get("price_unit")
    return {
        "categories": tuple(c for c in categories if isinstance(c, str))
        if isinstance(categories, list)
        else (),
        "base_price_usd": _number(doc.get("base_price_usd")),
        "price_unit": unit if unit in ("second", "output") else "",
        "is_new": doc.get("new") is True,
    }


def _user_model(file: Path) -> Model:
    """A model from a file in the user's models folder; CatalogueError naming the file for
    anything wrong with it, so that one bad file never keeps the others from loading."""
    from app.core import safe_json

    name = safe_json.printable(file.name)
    try:
        doc = safe_json.read_json_file(file, words.said(words.THE_MODEL_FILE, name=name))
    except FileFormatError as exc:
        raise CatalogueError.said(words.LEFT_OUT, reason=words.message_of(exc)) from None
    except OSError as exc:
        raise CatalogueError.said(words.FILE_UNREADABLE, name=name, reason=str(exc)) from None
    try:
        return model_from_document(doc, builtin=False, source=str(file))
    except CatalogueError:
        raise
    except (TypeError, ValueError, AttributeError, KeyError, RecursionError) as exc:
        # A hand-edited file whose parts have the wrong kind (a list where a name is due).
        raise CatalogueError.said(words.FILE_WRONG_KIND, name=name, reason=str(exc)) from None


class Catalogue:
    """The models Storyreel knows: the bundled five, then any in the user's catalogue folder."""

    def __init__(self, models: Iterable[Model], problems: Iterable[str] = ()) -> None:
        self._models: dict[str, Model] = {}
        for m in models:
            self._models[m.model_id] = m
        self.problems = list(problems)

    @classmethod
    def load(cls, user_dir: Path | None = None) -> Catalogue:
        models: list[Model] = []
        for item in resources.listdir("models"):
            if item.name.endswith(".json"):
                doc = json.loads(item.read_text(encoding="utf-8"))
                models.append(model_from_document(doc, builtin=True, source=item.name))
        problems: list[str] = []
        if user_dir is not None and user_dir.is_dir():
            for file in sorted(user_dir.glob("*.json")):
                try:
                    models.append(_user_model(file))
                except CatalogueError as exc:
                    problems.append(words.message_of(exc))
        # Not logged here: whoever shows the catalogue says each problem once (the command
        # line on stderr, the window in its status bar and log).
        return cls(models, problems)

    def replace_with(self, other: Catalogue) -> None:
        """Take ``other``'s models and problems in place (a refreshed catalogue), so that
        everything holding this catalogue sees them."""
        self._models = dict(other._models)
        self.problems = list(other.problems)

    def __iter__(self) -> Iterator[Model]:
        return iter(self.models())

    def __len__(self) -> int:
        return len(self._models)

    def __contains__(self, model_id: object) -> bool:
        return model_id in self._models

    def models(self) -> list[Model]:
        return list(self._models.values())

    def families(self) -> dict[str, list[Model]]:
        grouped: dict[str, list[Model]] = {}
        for m in self._models.values():
            grouped.setdefault(m.family, []).append(m)
        return grouped

    def get(self, model_id: str) -> Model:
        try:
            return self._models[model_id]
        except KeyError:
            import difflib  # only for a model id that is not in the catalogue

            close = difflib.get_close_matches(model_id, list(self._models), n=1)
            if close:
                raise CatalogueError.said(
                    words.UNKNOWN_MODEL_CLOSE, model=model_id, close=close[0]
                ) from None
            raise CatalogueError.said(words.UNKNOWN_MODEL, model=model_id) from None
