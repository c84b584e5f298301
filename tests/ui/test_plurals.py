"""Counts read as English: "1 frame", "3 frames", and no text hedges with a bracketed "s"."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.ui.plurals import SINGULAR

APP = Path(__file__).resolve().parents[2] / "app"
UI = APP / "ui"
# Where the window's texts come from: its own code, and the messages of the engine layers.
SHOWN = [UI, APP / "core", APP / "api"]
# A column title of the exported shot list: a file other programs read, not the window.
NOT_SHOWN = {"Frame file(s)"}
HEDGED = re.compile(r"[A-Za-z]\(s\)")


def string_constants(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    ]


def counted_texts(path: Path) -> list[tuple[int, str]]:
    """The texts given to tr()/translate() with a count: tr(text, "", n)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "attr", getattr(node.func, "id", ""))
        args = node.args[1:] if name == "translate" else node.args
        if name in ("tr", "translate") and len(args) >= 3:
            first = args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.append((node.lineno, first.value))
    return found


def test_no_text_in_the_window_hedges_a_plural_with_a_bracketed_s():
    hedged = [
        f"{path.relative_to(APP)}:{line}: {text!r}"
        for folder in SHOWN
        for path in sorted(folder.rglob("*.py"))
        for line, text in string_constants(path)
        if HEDGED.search(text.replace("http(s)", "https")) and text not in NOT_SHOWN
    ]
    assert not hedged, "\n".join(hedged)


def test_every_counted_text_has_its_english_singular():
    missing = [
        f"{path.relative_to(UI)}:{line}: {text!r}"
        for path in sorted(UI.rglob("*.py"))
        for line, text in counted_texts(path)
        if text not in SINGULAR
    ]
    assert not missing, "\n".join(missing)
    assert len(SINGULAR) >= 15  # the scan found the window's counts, not nothing


def test_one_and_many_read_as_english(qapp):
    assert QCoreApplication.translate("StripSync", "%n frames", "", 1) == "1 frame"
    assert QCoreApplication.translate("StripSync", "%n frames", "", 3) == "3 frames"
    assert QCoreApplication.translate("StripSync", "%n frames", "", 0) == "0 frames"
