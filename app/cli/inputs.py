"""``storyreel schema`` and ``validate``: the catalogue and the input rules, with
nothing sent. ``run`` (in ``app.cli.jobs``) reads and checks its inputs with the same functions.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from app.cli.common import ExitCode, add_command, print_json
from app.core.catalogue import Field, FieldKind, Model
from app.core.catalogue_source import default_catalogue
from app.core.errors import FetchError, ImageError, MediaError, UsageError
from app.core.validation import (
    Problem,
    Severity,
    advice,
    coerce,
    image_problems,
    is_url,
    media_noun,
)
from app.core.validation import validate_values as validate_fields

# --- reading and checking the inputs ---------------------------------------------------------


def _rule_text(field: Field) -> list[str]:
    """The image rules as short text, as the operators say them: "width < 6000 px"."""
    subjects = {
        "width_pixels": ("width", " px"),
        "height_pixels": ("height", " px"),
        "width/height": ("width/height", ""),
        "file_size_mb": ("file size", " MB"),
        "duration_seconds": ("length", " s"),
        "duration": ("length", " s"),
        "fps": ("frame rate", " fps"),
        "sample_rate": ("sample rate", " Hz"),
        "channels": ("channels", ""),
    }
    texts = []
    for rule in field.image_rules:
        for symbol in ("<=", ">=", "<", ">"):
            subject = rule.operator[: -len(symbol)]
            if rule.operator.endswith(symbol) and subject in subjects:
                name, unit = subjects[subject]
                shown = {"<=": "≤", ">=": "≥"}.get(symbol, symbol)
                texts.append(f"{name} {shown} {rule.value:g}{unit}")
                break
        else:
            texts.append(rule.operator)
    if field.accepted_formats:
        texts.append(" or ".join(field.accepted_formats) + " only")
    return texts


_LIMIT_KEYS = (
    "max_length",
    "min_length",
    "advisory_max_length",
    "min_items",
    "max_items",
    "minimum",
    "maximum",
    "exclusive_minimum",
    "exclusive_maximum",
    "multiple_of",
)


def describe(field: Field) -> dict[str, Any]:
    limits = {key: getattr(field, key) for key in _LIMIT_KEYS if getattr(field, key) is not None}
    described = {
        "name": field.name,
        "kind": field.kind.value,
        "title": field.title,
        "description": field.description,
        "required": field.required,
        "default": field.default,
        "example": field.sample,
        "choices": [{"value": c, "label": field.choice_label(c)} for c in field.choices],
        "limits": limits,
        "unit": field.unit,
        "rules": _rule_text(field),
        "warnings": list(field.warnings),
        **({"item": media_noun(field)} if field.is_media else {}),
    }
    if field.kind is FieldKind.OBJECT_LIST:
        described["item_fields"] = [describe(f) for f in field.item_fields]
    return described


def _number(value: float) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def limit_text(f: dict[str, Any]) -> list[str]:
    """A described field's limits in words: "from 4 to 30 s", "in steps of 0.5"."""
    limits = f["limits"]
    unit = " s" if f.get("unit") == "s" else ""
    parts = []
    low, high = limits.get("minimum"), limits.get("maximum")
    above, below = limits.get("exclusive_minimum"), limits.get("exclusive_maximum")
    if low is not None and high is not None:
        parts.append(f"from {_number(low)} to {_number(high)}{unit}")
    else:
        words = [
            f"{text} {_number(value)}"
            for text, value in (
                ("at least", low),
                ("more than", above),
                ("at most", high),
                ("less than", below),
            )
            if value is not None
        ]
        if words:
            parts.append(" and ".join(words) + unit)
    if "multiple_of" in limits:
        parts.append(f"in steps of {_number(limits['multiple_of'])}")
    if "min_length" in limits:
        parts.append(f"at least {limits['min_length']} characters")
    if "max_length" in limits:
        parts.append(f"at most {limits['max_length']} characters")
    if "advisory_max_length" in limits:
        parts.append(f"best under {limits['advisory_max_length']} characters")
    if "item" in f:  # a list of images, videos or audio clips
        things = (f["item"], f["item"] + "s")
    elif f["kind"] == FieldKind.IMAGE_LIST.value:
        things = ("image", "images")
    else:
        things = ("entry", "entries")
    low_n, high_n = limits.get("min_items", 0), limits.get("max_items")
    if low_n == high_n:
        parts.append(f"exactly {low_n} {things[0] if low_n == 1 else things[1]}")
    elif "min_items" in limits or high_n is not None:
        parts.append(f"{low_n}–{high_n if high_n is not None else 'any number of'} {things[1]}")
    return parts


def _schema_line(f: dict[str, Any], name_w: int, kind_w: int, indent: str = "  ") -> list[str]:
    parts = ["required" if f["required"] else "optional"]
    if f["default"] is not None:
        parts.append(f"default {json.dumps(f['default'], ensure_ascii=False)}")
    if f["choices"]:
        parts.append("choices: " + ", ".join(c["label"] for c in f["choices"]))
    parts += limit_text(f)
    if f["rules"]:
        parts.append("rules: " + ", ".join(f["rules"]))
    if f["example"] is not None:
        parts.append("has an example value")
    lines = [f"{indent}{f['name']:<{name_w}}  {f['kind']:<{kind_w}}  " + "; ".join(parts)]
    subs = f.get("item_fields", ())
    for sub in subs:
        sub_name_w = max(len(s["name"]) for s in subs)
        sub_kind_w = max(len(s["kind"]) for s in subs)
        lines += _schema_line(sub, sub_name_w, sub_kind_w, indent + "    ")
    lines += [f"{indent}  note: {warning}" for warning in f["warnings"]]
    return lines


def problem_json(p: Problem) -> dict[str, Any]:
    return {
        "field": p.field,
        "item": p.item,
        "rule": p.rule,
        "message": p.message,
        "actual": p.actual,
        "limit": p.limit,
        "severity": p.severity.value,
    }


def parse_assignments(model: Model, sets: Sequence[str], files: Sequence[str]) -> dict[str, Any]:
    """``--set KEY=VALUE`` and ``--file FIELD=PATH_OR_URL`` as typed values (UsageError)."""
    values: dict[str, Any] = {}
    for option, items in (("--set", sets), ("--file", files)):
        for item in items:
            key, sep, text = item.partition("=")
            key = key.strip()
            if not sep or not key:
                raise UsageError(f"{option} takes KEY=VALUE, not '{item}'.")
            if option == "--set" and not _is_text(text):
                raise UsageError(
                    f"The value of {key} holds bytes that are not text (not UTF-8); type it "
                    "again, or save it from an editor as UTF-8."
                )
            if not model.has_field(key):
                names = ", ".join(f.name for f in model.fields)
                raise UsageError(f"{model.display_name} has no setting '{key}' (it has: {names}).")
            field = model.field(key)
            if option == "--file" and not field.is_media:
                raise UsageError(
                    f"{key} is not an image, video or audio field; use --set {key}=VALUE."
                )
            if field.is_media and field.is_list:
                values.setdefault(key, []).append(text)
            elif field.is_media:
                if key in values:
                    raise UsageError(f"{key} takes one {media_noun(field)}; it was given twice.")
                values[key] = text
            else:
                try:
                    values[key] = coerce(field, text)
                except ValueError as exc:
                    raise UsageError(str(exc)) from None
    return values


def _is_text(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _fetch_url(url: str, folder: Path, max_bytes: int = 50_000_000) -> Path:
    from app.api.fetch import fetch_image

    return asyncio.run(fetch_image(url, folder, max_bytes=max_bytes))


def check_inputs(model: Model, values: dict[str, Any]) -> tuple[list[Problem], list[Problem]]:
    """Every rule: fields, then each image, video and audio clip (local files probed, URLs
    fetched). (errors, warnings)"""
    problems = validate_fields(model, values)
    broken = {(p.field, p.item) for p in problems}
    warnings: list[Problem] = []
    with tempfile.TemporaryDirectory(prefix="storyreel-validate-") as tmp:
        for field in model.fields:
            if field.is_media and not field.is_image and field.name in values:
                found, notes = check_media_values(field, values[field.name], broken, Path(tmp))
                problems.extend(found)
                warnings.extend(notes)
            if not field.is_image or field.name not in values:
                continue
            raw = values[field.name]
            items = raw if isinstance(raw, list) else [raw]
            for index, source in enumerate(items):
                item = index if field.kind is FieldKind.IMAGE_LIST else None
                if not isinstance(source, str) or (field.name, item) in broken:
                    continue
                try:
                    from app.core.images import probe

                    path = _fetch_url(source, Path(tmp)) if is_url(source) else Path(source)
                    info = probe(path)
                except (ImageError, FetchError) as exc:
                    problems.append(Problem(field.name, "readable", str(exc), item=item))
                    continue
                problems.extend(image_problems(field, info, item))
    warnings = advice(model, values) + warnings
    errors = [p for p in problems if p.severity is Severity.ERROR]
    return errors, warnings


def check_media_values(
    field: Field, raw: Any, broken: set[tuple[str, int | None]], folder: Path
) -> tuple[list[Problem], list[Problem]]:
    """A video or audio field's files probed (URLs fetched first) against the field's rules;
    a local file that will be converted before sending is a warning. (errors, warnings)"""
    from app.core.media.checks import inline_checks, media_problems
    from app.core.media.fixes import sending_fix
    from app.core.media.probe import MIB, MediaKind, probe_media, size_text

    kind = MediaKind.VIDEO if field.is_video else MediaKind.AUDIO
    problems: list[Problem] = []
    warnings: list[Problem] = []
    items = raw if isinstance(raw, list) else [raw]
    for index, source in enumerate(items):
        item = index if field.is_list else None
        if not isinstance(source, str) or (field.name, item) in broken:
            continue
        try:
            url = is_url(source)
            path = _fetch_url(source, folder, _MEDIA_FETCH_BYTES) if url else Path(source)
            info = probe_media(path, kind)
        except (MediaError, FetchError) as exc:
            problems.append(Problem(field.name, "readable", str(exc), item=item))
            continue
        if info.incomplete:
            problems.append(Problem(field.name, "complete", info.incomplete, item=item))
            continue
        problems.extend(media_problems(field, info, item, inline=False))
        if not url and not all(check.passed for check in inline_checks(info)):
            if sending_fix(field, info) is None:
                message = (
                    f"{info.name} cannot be made small enough to send from a file without "
                    f"cutting it (RunComfy takes at most {kind.inline_limit // MIB} MiB); "
                    "shorten it, or give a URL to it instead."
                )
                problems.append(Problem(field.name, "inline_size", message, item=item))
                continue
            message = (
                f"{info.name} ({info.format_text}, {size_text(info.file_size)}) will be "
                f"converted to {kind.inline_format} within {kind.inline_limit // MIB} MiB "
                "before it is sent."
            )
            warnings.append(
                Problem(field.name, "inline", message, severity=Severity.WARNING, item=item)
            )
    return problems, warnings


# RunComfy fetches video and audio URLs of up to 100 MB; Storyreel fetches no more to check one.
_MEDIA_FETCH_BYTES = 100_000_000


# --- commands -------------------------------------------------------------------------------


def cmd_schema(args: argparse.Namespace) -> int:
    model = default_catalogue().get(args.model_id)
    fields = [describe(f) for f in model.fields]
    if args.json:
        print_json(
            {
                "model_id": model.model_id,
                "display_name": model.display_name,
                "family": model.family,
                "notes": model.notes,
                "fields": fields,
            }
        )
        return ExitCode.OK
    print(f"{model.display_name}  ({model.model_id})")
    if model.notes:
        print(model.notes)
    print()
    name_w = max(len(f["name"]) for f in fields)
    kind_w = max(len(f["kind"]) for f in fields)
    for f in fields:
        for line in _schema_line(f, name_w, kind_w):
            print(line)
    return ExitCode.OK


def cmd_validate(args: argparse.Namespace) -> int:
    model = default_catalogue().get(args.model_id)
    values = parse_assignments(model, args.set, args.file)
    errors, warnings = check_inputs(model, values)
    if args.json:
        print_json(
            {
                "model_id": model.model_id,
                "valid": not errors,
                "problems": [problem_json(p) for p in errors],
                "warnings": [problem_json(p) for p in warnings],
            }
        )
    else:
        for p in errors:
            print(p.line())
        for p in warnings:
            print(f"warning: {p.line()}", file=sys.stderr)
        if not errors:
            print(f"OK: {model.display_name} would accept these inputs.", file=sys.stderr)
    return ExitCode.INVALID if errors else ExitCode.OK


# --- the parser -----------------------------------------------------------------------------


def add_input_arguments(p: argparse.ArgumentParser) -> None:
    """MODEL_ID, ``--set KEY=VALUE`` and ``--file FIELD=PATH_OR_URL``: a command's inputs."""
    p.add_argument("model_id", metavar="MODEL_ID")
    p.add_argument(
        "--set", action="append", default=[], metavar="KEY=VALUE", help="a setting; repeatable"
    )
    p.add_argument(
        "--file",
        action="append",
        default=[],
        metavar="FIELD=PATH_OR_URL",
        help="an image, video or audio file (or URL); repeat for each item of a list field",
    )


def add_parsers(subparsers: Any) -> None:
    """Add schema and validate to the ``storyreel`` parser's subparsers."""
    p = add_command(
        subparsers, "schema", "Show a model's fields with kind, default, limits and rules."
    )
    p.add_argument("model_id", metavar="MODEL_ID")
    p = add_command(
        subparsers, "validate", "Check inputs against a model's rules without sending anything."
    )
    add_input_arguments(p)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "schema": cmd_schema,
    "validate": cmd_validate,
}
