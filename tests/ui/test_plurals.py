"""Counts read as English: "1 frame", "3 frames", and no text hedges with a bracketed "s".

A counted source text is the English plural ("%n frames"); English's own catalogue,
resources/i18n/storyreel_en.ts (written by scripts/i18n.py from the tables' PLURALS), gives
its singular for a count of one."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.core.languages import Language
from app.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app"
ENGLISH = ROOT / "resources" / "i18n" / "storyreel_en.ts"
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


def english_forms() -> dict[str, list[str]]:
    """Each counted source text of English's catalogue -> its (singular, plural) forms."""
    root = ET.parse(ENGLISH).getroot()
    forms: dict[str, list[str]] = {}
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            continue
        numerus = [form.text or "" for form in translation.iter("numerusform")]
        forms[message.findtext("source") or ""] = numerus
    return forms


def test_every_counted_text_has_its_english_singular():
    forms = english_forms()
    missing = [
        f"{path.relative_to(UI)}:{line}: {text!r}"
        for path in sorted(UI.rglob("*.py"))
        for line, text in counted_texts(path)
        if len(forms.get(text, [])) != 2 or not forms[text][0].strip()
    ]
    assert not missing, "\n".join(missing)
    # The plural is the source itself; the scan found the window's counts, not nothing.
    assert all(plural == source for source, (_one, plural) in forms.items())
    assert sum(one != source for source, (one, _plural) in forms.items()) >= 30


def test_the_plural_forms_come_from_one_catalogue_only():
    assert not (UI / "plurals.py").exists()
    assert i18n.storyreel_catalogue(Language.ENGLISH) is not None


def test_one_and_many_read_as_english(qapp):
    assert QCoreApplication.translate("BoardSync", "%n frames", "", 1) == "1 frame"
    assert QCoreApplication.translate("BoardSync", "%n frames", "", 3) == "3 frames"
    assert QCoreApplication.translate("BoardSync", "%n frames", "", 0) == "0 frames"
    assert QCoreApplication.translate("TakesDialog", "%n takes", "", 1) == "1 take"
    assert QCoreApplication.translate("SpendView", "%n paid jobs: {amount}.", "", 1) == (
        "1 paid job: {amount}."
    )


def test_english_is_back_with_its_singulars_after_another_language(qapp):
    try:
        i18n.install(qapp, Language.GERMAN)
        assert QCoreApplication.translate("BoardSync", "%n frames", "", 1) == "1 Bild"
    finally:
        i18n.uninstall(qapp)
    assert QCoreApplication.translate("BoardSync", "%n frames", "", 1) == "1 frame"
