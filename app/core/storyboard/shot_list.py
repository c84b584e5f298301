"""The shot list: one row per shot, for sharing a board's plan and its results, exported as
JSON or as CSV for spreadsheet programs."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from app.core import safe_json
from app.core.catalogue import Catalogue
from app.core.fileio import write_atomic
from app.core.storyboard.board import Storyboard
from app.core.storyboard.planning import plan_shots
from app.core.storyboard.status import shot_status

SHOT_LIST_COLUMNS: tuple[tuple[str, str], ...] = (
    ("shot", "Shot"),
    ("frames", "Frame file(s)"),
    ("model", "Model"),
    ("prompt", "Prompt"),
    ("settings", "Settings (JSON)"),
    ("seed", "Seed"),
    ("request_id", "Request ID"),
    ("cost", "Cost (USD)"),
    ("clip", "Clip file"),
    ("state", "State"),
)


def shot_list(board: Storyboard, catalogue: Catalogue) -> list[dict[str, Any]]:
    """One row per shot, for sharing a board's plan and its results."""
    rows = []
    for item in plan_shots(board, catalogue):
        shot = item.shot
        model = item.model
        prompt_field = model.roles.get("prompt") if model else None
        settings = {
            k: v
            for k, v in item.values.items()
            if k != prompt_field and not (model and model.field(k).is_image)
        }
        seed_field = model.roles.get("seed") if model else None
        rows.append(
            {
                "shot": item.number,
                "frames": [frame.name for frame in item.frames],
                "model": shot.model_id,
                "prompt": shot.prompt,
                "settings": settings,
                "seed": settings.get(seed_field) if seed_field else None,
                "request_id": shot.request_id,
                "cost": shot.cost,
                "clip": shot.clip.name if shot.clip is not None else None,
                "state": shot_status(item).value,
            }
        )
    return rows


def export_shot_list_json(board: Storyboard, catalogue: Catalogue, path: Path | str) -> Path:
    document = {
        "format": "storyreel-shot-list",
        "version": 1,
        "storyboard": board.name,
        "cut_mode": board.cut_mode.value,
        "shots": shot_list(board, catalogue),
    }
    return _write_text(Path(path), safe_json.dumps(document, indent=2) + "\n")


def export_shot_list_csv(board: Storyboard, catalogue: Catalogue, path: Path | str) -> Path:
    """The shot list as CSV. Written with a byte-order mark so that spreadsheet programs
    read non-English prompts correctly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([title for _key, title in SHOT_LIST_COLUMNS])
    for row in shot_list(board, catalogue):
        writer.writerow(
            [
                row["shot"],
                " → ".join(row["frames"]),
                row["model"],
                row["prompt"],
                safe_json.dumps(row["settings"], sort_keys=True),
                "" if row["seed"] is None else row["seed"],
                row["request_id"] or "",
                "" if row["cost"] is None else f"{row['cost']:.2f}",
                row["clip"] or "",
                row["state"],
            ]
        )
    return _write_text(Path(path), buffer.getvalue(), encoding="utf-8-sig")


def _write_text(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    # surrogateescape: a file name whose bytes are not UTF-8 is written as those bytes.
    return write_atomic(path, text, encoding=encoding, errors="surrogateescape")
