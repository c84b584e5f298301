"""The ``storyreel`` command line: thin over the catalogue, the validators and the engine.

Exit codes (stable, for scripts; ``app.core.exit_codes.ExitCode``):
    0  success (the inputs are valid; the job succeeded)
    1  invalid input: the inputs, an image, a board or another file given to read, a
       request id that is not in the queue or cannot be cancelled
    2  usage error: an unknown command, option or model, a value out of range
    3  a job that was sent failed or was cancelled, or its video could not be saved
    4  API, account or network error: RunComfy refused (key, balance, too many requests
       after every retry) or could not be reached, or no API key is set or can be kept;
       also when a job is refused before it was sent
    5  submission uncertain: check your RunComfy generation history before trying again
    6  a folder or the job database Storyreel keeps its own data in cannot be used
    7  an unexpected problem in Storyreel itself (a bug)

With ``--json`` standard output is JSON only, one object per line; an error is
``{"error": "<message>", "exit": <code>}`` on standard output too (see ``app.cli_common``).
No traceback reaches the user.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app import __version__
from app.cli_common import (
    ArgumentUsageError,
    Parser,
    bounded_int,
    json_requested,
    print_json,
    report_error,
    tolerate_any_bytes,
)
from app.core import exit_codes
from app.core.catalogue import Catalogue, Field, FieldKind, Model, default_catalogue
from app.core.errors import FetchError, ImageError, StoryreelError, UsageError
from app.core.exit_codes import ExitCode
from app.core.validation import Problem, Severity, advice, coerce, image_problems, is_url
from app.core.validation import validate_values as validate_fields

# The codes by their older names, for the command modules.
EXIT_OK, EXIT_INVALID, EXIT_USAGE = ExitCode.OK, ExitCode.INVALID, ExitCode.USAGE
EXIT_JOB_FAILED, EXIT_API, EXIT_UNCERTAIN = ExitCode.JOB_FAILED, ExitCode.API, ExitCode.UNCERTAIN

__all__ = ["UsageError", "run_cli"]

# --- helpers shared by the commands ----------------------------------------------------------

_print_json = print_json


def _rule_text(field: Field) -> list[str]:
    """The image rules as short text, as the operators say them: "width < 6000 px"."""
    subjects = {
        "width_pixels": ("width", " px"),
        "height_pixels": ("height", " px"),
        "width/height": ("width/height", ""),
        "file_size_mb": ("file size", " MB"),
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


def describe(field: Field) -> dict[str, Any]:
    limits: dict[str, Any] = {}
    for key in (
        "max_length",
        "advisory_max_length",
        "min_items",
        "max_items",
        "minimum",
        "maximum",
    ):
        value = getattr(field, key)
        if value is not None:
            limits[key] = value
    return {
        "name": field.name,
        "kind": field.kind.value,
        "title": field.title,
        "description": field.description,
        "required": field.required,
        "default": field.default,
        "example": field.sample,
        "choices": [{"value": c, "label": field.choice_label(c)} for c in field.choices],
        "limits": limits,
        "rules": _rule_text(field),
    }


def _problem_json(p: Problem) -> dict[str, Any]:
    return {
        "field": p.field,
        "item": p.item,
        "rule": p.rule,
        "message": p.message,
        "actual": p.actual,
        "limit": p.limit,
        "severity": p.severity.value,
    }


def _parse_assignments(model: Model, sets: Sequence[str], files: Sequence[str]) -> dict[str, Any]:
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
            if option == "--file" and not field.is_image:
                raise UsageError(f"{key} is not an image field; use --set {key}=VALUE.")
            if field.kind is FieldKind.IMAGE_LIST:
                values.setdefault(key, []).append(text)
            elif field.kind is FieldKind.IMAGE:
                if key in values:
                    raise UsageError(f"{key} takes one image; it was given twice.")
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


def _fetch_url(url: str, folder: Path) -> Path:
    from app.api.fetch import fetch_image

    return asyncio.run(fetch_image(url, folder))


def check_inputs(model: Model, values: dict[str, Any]) -> tuple[list[Problem], list[Problem]]:
    """Every rule: fields, then each image (local files probed, URLs fetched). (errors, warnings)"""
    problems = validate_fields(model, values)
    broken = {(p.field, p.item) for p in problems}
    with tempfile.TemporaryDirectory(prefix="storyreel-validate-") as tmp:
        for field in model.fields:
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
    warnings = advice(model, values)
    errors = [p for p in problems if p.severity is Severity.ERROR]
    return errors, warnings


# --- commands -------------------------------------------------------------------------------


def cmd_models(args: argparse.Namespace, catalogue: Catalogue) -> int:
    models = catalogue.models()
    for problem in catalogue.problems:  # on stderr, so stdout stays JSON under --json
        print(f"warning: {problem}", file=sys.stderr)
    if args.json:
        _print_json(
            [
                {
                    "model_id": m.model_id,
                    "display_name": m.display_name,
                    "family": m.family,
                    "takes": m.capability_summary(),
                    "notes": m.notes,
                }
                for m in models
            ]
        )
        return EXIT_OK
    width = max(len(m.model_id) for m in models)
    for m in models:
        print(f"{m.model_id:<{width}}  {m.display_name}")
    return EXIT_OK


def cmd_schema(args: argparse.Namespace, catalogue: Catalogue) -> int:
    model = catalogue.get(args.model_id)
    fields = [describe(f) for f in model.fields]
    if args.json:
        _print_json(
            {
                "model_id": model.model_id,
                "display_name": model.display_name,
                "family": model.family,
                "notes": model.notes,
                "fields": fields,
            }
        )
        return EXIT_OK
    print(f"{model.display_name}  ({model.model_id})")
    if model.notes:
        print(model.notes)
    print()
    name_w = max(len(f["name"]) for f in fields)
    kind_w = max(len(f["kind"]) for f in fields)
    for f in fields:
        parts = ["required" if f["required"] else "optional"]
        if f["default"] is not None:
            parts.append(f"default {json.dumps(f['default'], ensure_ascii=False)}")
        if f["choices"]:
            parts.append("choices: " + ", ".join(c["label"] for c in f["choices"]))
        limits = f["limits"]
        if "max_length" in limits:
            parts.append(f"at most {limits['max_length']} characters")
        if "advisory_max_length" in limits:
            parts.append(f"best under {limits['advisory_max_length']} characters")
        low, high = limits.get("min_items", 0), limits.get("max_items")
        if low == high:
            parts.append(f"exactly {low} image" + ("s" if low != 1 else ""))
        elif "min_items" in limits or high is not None:
            parts.append(f"{low}–{high if high is not None else 'any number of'} images")
        if f["rules"]:
            parts.append("rules: " + ", ".join(f["rules"]))
        if f["example"] is not None:
            parts.append("has an example value")
        print(f"  {f['name']:<{name_w}}  {f['kind']:<{kind_w}}  " + "; ".join(parts))
    return EXIT_OK


def cmd_validate(args: argparse.Namespace, catalogue: Catalogue) -> int:
    model = catalogue.get(args.model_id)
    values = _parse_assignments(model, args.set, args.file)
    errors, warnings = check_inputs(model, values)
    if args.json:
        _print_json(
            {
                "model_id": model.model_id,
                "valid": not errors,
                "problems": [_problem_json(p) for p in errors],
                "warnings": [_problem_json(p) for p in warnings],
            }
        )
    else:
        for p in errors:
            print(p.line())
        for p in warnings:
            print(f"warning: {p.line()}", file=sys.stderr)
        if not errors:
            print(f"OK: {model.display_name} would accept these inputs.", file=sys.stderr)
    return EXIT_INVALID if errors else EXIT_OK


# --- the parser -----------------------------------------------------------------------------


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of seconds") from None
    if not 0 < value < float("inf"):
        raise argparse.ArgumentTypeError(f"{text} is not a positive number of seconds")
    return value


def give_up_after(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--give-up-after",
        type=_seconds,
        metavar="SECONDS",
        help="stop waiting (exit 4, the job is kept for `storyreel resume`) once RunComfy has "
        "not answered about a job for this long (default: 300)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="storyreel",
        description="Turn still frames into video clips with ByteDance's models on RunComfy. "
        "With no command, opens the Storyreel window.",
        epilog="Exit codes: 0 ok, 1 invalid input, 2 usage, 3 job failed or cancelled, "
        "4 API, account or network error, or a job left for `storyreel resume` (no answer for "
        "too long, a refused key, a video not downloaded yet), 5 submission uncertain, "
        "6 Storyreel's data folders cannot be used, 7 unexpected problem. With --json, errors "
        "are JSON on stdout too.",
    )
    parser.add_argument("--version", action="version", version=f"storyreel {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, help_text: str, json_flag: bool = True) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        if json_flag:
            p.add_argument("--json", action="store_true", help="print JSON instead of text")
        return p

    add("models", "List the models: model id and display name.")
    p = add("schema", "Show a model's fields with kind, default, limits and rules.")
    p.add_argument("model_id", metavar="MODEL_ID")

    def inputs(p: argparse.ArgumentParser) -> None:
        p.add_argument("model_id", metavar="MODEL_ID")
        p.add_argument(
            "--set", action="append", default=[], metavar="KEY=VALUE", help="a setting; repeatable"
        )
        p.add_argument(
            "--file",
            action="append",
            default=[],
            metavar="FIELD=PATH_OR_URL",
            help="an image; repeat for each item of a list field, in order",
        )

    p = add("validate", "Check inputs against a model's rules without sending anything.")
    inputs(p)
    p = add("run", "Validate, show the price, submit, follow the job and download the video.")
    inputs(p)
    p.add_argument("--out", type=Path, metavar="DIR", help="where to save (default: the library)")
    p.add_argument("--offline", action="store_true", help="use the free local preview engine")
    p.add_argument("--no-wait", action="store_true", help="return once the job is queued")
    give_up_after(p)
    p = add("jobs", "List the jobs in the queue and history.")
    p.add_argument(
        "--limit",
        type=bounded_int(1, 1_000_000),
        default=50,
        help="how many (newest first; default 50)",
    )
    p = add("resume", "Follow every unfinished job to the end and download what finished.")
    p.add_argument(
        "--out",
        type=Path,
        metavar="DIR",
        help="where to save the jobs that recorded no folder (default: the library)",
    )
    give_up_after(p)
    p = add("cancel", "Cancel a queued job by its request id.")
    p.add_argument("request_id", metavar="REQUEST_ID")
    for name, text in (
        ("login", "Store your RunComfy API key for an API address in the system keyring."),
        ("logout", "Remove the RunComfy API key of an API address from the system keyring."),
    ):
        p = add(name, text, json_flag=False)
        p.add_argument(
            "--api-base",
            metavar="URL",
            help="the API address the key is for (default: the current one, from Settings "
            "or RUNCOMFY_API_BASE)",
        )
    p = add("sim", "Run the local RunComfy-compatible simulator.", json_flag=False)
    p.add_argument("--host", default="127.0.0.1", help="loopback address to bind")
    p.add_argument(
        "--port", type=bounded_int(0, 65535), default=0, help="port 0-65535 (default: a free one)"
    )
    from app.cli_storyboard import add_parser as add_storyboard

    add_storyboard(sub)
    return parser


COMMANDS = {
    "models": cmd_models,
    "schema": cmd_schema,
    "validate": cmd_validate,
}


def _handler(command: str) -> Any:
    if command == "storyboard":
        from app.cli_storyboard import cmd_storyboard

        return cmd_storyboard
    if command in COMMANDS:
        return lambda args: COMMANDS[command](args, default_catalogue())
    from app import cli_jobs

    return cli_jobs.COMMANDS[command]


def _usage(exc: ArgumentUsageError, as_json: bool) -> int:
    if as_json:
        return report_error(None, f"{exc.prog}: {exc}", ExitCode.USAGE, True)
    sys.stderr.write(exc.usage)
    command = exc.prog.removeprefix("storyreel").strip() or None
    return report_error(command, str(exc), ExitCode.USAGE, False)


def run_cli(argv: Sequence[str]) -> int:
    """Run one command; every failure becomes a message and an exit code, never a traceback."""
    tolerate_any_bytes()
    as_json = json_requested(argv)
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv))
    except ArgumentUsageError as exc:
        return _usage(exc, as_json)
    except SystemExit as exc:  # --help and --version
        return int(exc.code or 0)
    if args.command is None:
        parser.print_help()
        return ExitCode.USAGE
    command = args.command
    try:
        return int(_handler(command)(args))
    except StoryreelError as exc:
        return report_error(command, str(exc), exit_codes.for_error(exc), as_json)
    except KeyboardInterrupt:
        return report_error(
            command,
            "Interrupted. Jobs already sent keep running; `storyreel resume` picks them up.",
            ExitCode.INTERRUPTED,
            as_json,
        )
    except Exception as exc:  # a bug: still a message and an exit code, not a traceback
        return report_error(
            command,
            f"An unexpected problem stopped this command ({type(exc).__name__}: {exc}). This "
            "is a bug in Storyreel. Jobs already sent are safe in the queue; "
            "`storyreel jobs` lists them and `storyreel resume` follows them.",
            ExitCode.INTERNAL,
            as_json,
        )
