"""Storyreel in Italian, German, Chinese and Korean: the translations are complete and kept
in step with the code, each language loads and shows a translated window, and German (the
longest) fits the window at 1280 × 800 without clipping a word."""

from __future__ import annotations

import dataclasses
import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QRadioButton,
    QWidget,
)
from window_support import window_list

from app.core.jobs import JobState
from app.core.languages import TRANSLATED, Language, from_system
from app.core.settings import Settings
from app.ui import i18n
from app.ui.app import build_window
from app.ui.error_text import said_text
from app.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
NUMERUS_FORMS = {"it": 2, "de": 2, "zh_CN": 1, "ko": 1, "en": 2}
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%\d")


def load_script():
    spec = importlib.util.spec_from_file_location("storyreel_i18n", ROOT / "scripts" / "i18n.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def messages(lang: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(I18N / f"storyreel_{lang}.ts").getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


@pytest.mark.parametrize("lang", NUMERUS_FORMS)
def test_every_translation_is_complete_and_keeps_its_placeholders(lang: str) -> None:
    found = messages(lang)
    if lang == "en":  # the source language: only the plural forms of counted texts
        assert found and all(message.get("numerus") == "yes" for _c, message in found)
    else:
        assert len(found) > 500
    for context, message in found:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        where = f"{lang} {context}: {source!r}"
        assert translation is not None, where
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), where
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")]
            assert len(forms) == NUMERUS_FORMS[lang], where
        else:
            forms = [translation.text or ""]
        if lang == "en":
            # English's plural is the source itself; its singular may say "one" or "a" for
            # %n, and name what the code gives it ("so {place} is empty").
            assert forms[1] == source and forms[0].strip(), where
            continue
        for form in forms:
            assert form.strip(), where
            assert placeholders(form) == placeholders(source), f"{where} -> {form!r}"
            # A menu entry or a label with a shortcut letter keeps one.
            if re.search(r"&\w", source):
                assert re.search(r"&\w", form), f"{where} -> {form!r} lost its shortcut letter"


def test_the_compiled_translations_match_their_sources(tmp_path: Path) -> None:
    script = load_script()
    for lang in NUMERUS_FORMS:
        ts = I18N / f"storyreel_{lang}.ts"
        script.compile_ts(ts, tmp_path / f"{lang}.qm")
        assert (tmp_path / f"{lang}.qm").read_bytes() == ts.with_suffix(".qm").read_bytes(), (
            f"storyreel_{lang}.qm is not compiled from its .ts: run python scripts/i18n.py update"
        )


def committed_strings() -> set[tuple[str, str, bool]]:
    return {
        (context, message.findtext("source") or "", message.get("numerus") == "yes")
        for context, message in messages("de")
    }


def test_every_string_of_the_window_is_extracted() -> None:
    script = load_script()
    extracted = {(e["context"], e["source"], e["numerus"]) for e in script.extract()}
    committed = committed_strings()
    assert extracted - committed == set(), (
        "strings not extracted yet: run python scripts/i18n.py update, then translate them"
    )
    assert committed - extracted == set(), "strings no longer in the code: run the update"


def test_a_new_string_without_extraction_is_caught(tmp_path: Path) -> None:
    script = load_script()
    module = tmp_path / "new_view.py"
    module.write_text(
        "from PySide6.QtWidgets import QWidget\n\n\n"
        "class NewView(QWidget):\n"
        "    def title(self) -> str:\n"
        "        return self.tr('A string nobody has translated yet')\n",
        encoding="utf-8",
    )
    extracted = {
        (e["context"], e["source"], e["numerus"])
        for e in script.extract([*script.translating_modules(), module])
    }
    assert extracted - committed_strings() == {
        ("NewView", "A string nobody has translated yet", False)
    }


def test_one_text_has_one_translation_across_the_tables(tmp_path: Path) -> None:
    script = load_script()
    by_source, _ = script.load_tables()  # the real tables agree with each other
    assert by_source["Sending the job"][1] == "Senden des Auftrags"
    row = '"Queue": ("Coda", "{queue}", "队列", "대기열"),\n'
    (tmp_path / "first.py").write_text("TEXTS = {\n" + row.format(queue="Warteschlange") + "}\n")
    (tmp_path / "second.py").write_text("TEXTS = {\n" + row.format(queue="Schlange") + "}\n")
    script.TEXTS = tmp_path
    with pytest.raises(SystemExit, match="'Queue': first.py and second.py translate it"):
        script.load_tables()


def test_the_job_states_from_the_core_are_translated(qapp) -> None:
    try:
        i18n.install(qapp, Language.GERMAN)
        labels = {said_text(state.name_said) for state in JobState}
        assert "Fertig" in labels and "Fehlgeschlagen" in labels
        assert not labels & {state.label for state in JobState}
        in_sentences = {said_text(state.in_sentence) for state in JobState}
        assert not in_sentences & {str(state.in_sentence) for state in JobState}
    finally:
        i18n.uninstall(qapp)


def test_english_counts_read_as_english(qapp) -> None:
    try:
        i18n.install(qapp, Language.ENGLISH)
        shots = [QCoreApplication.translate("BoardSync", "%n shots", None, n) for n in (1, 4)]
        assert shots == ["1 shot", "4 shots"]
    finally:
        i18n.uninstall(qapp)


def test_the_language_follows_the_system_and_the_setting() -> None:
    assert from_system(["de-DE", "en-US"]) is Language.GERMAN
    assert from_system(["zh-Hans-CN"]) is Language.CHINESE
    assert from_system(["ko-KR"]) is Language.KOREAN
    assert from_system(["it-CH"]) is Language.ITALIAN
    assert from_system(["fr-FR", "en-GB", "de-DE"]) is Language.ENGLISH
    assert from_system(["fr-FR"]) is Language.ENGLISH
    assert Language.parse("klingon") is Language.SYSTEM


def test_the_language_setting_is_saved_and_a_damaged_one_falls_back_to_the_system() -> None:
    settings = Settings.load()
    assert settings.language == "system"
    settings.language = Language.KOREAN.value
    settings.save()
    assert Settings.load().language == "ko"
    raw = Settings.path().read_text("utf-8").replace('"ko"', '"xx_YY"')
    Settings.path().write_text(raw, "utf-8")
    assert Settings.load().language == "system"


@pytest.fixture
def windows(qapp) -> Iterator[list[MainWindow]]:
    with window_list() as made:
        yield made
    i18n.uninstall(qapp)


MENUS = {
    Language.ITALIAN: ["&File", "&Modifica", "&Visualizza", "&Aiuto"],
    Language.GERMAN: ["&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"],
    Language.CHINESE: ["文件(&F)", "编辑(&E)", "视图(&V)", "帮助(&H)"],
    Language.KOREAN: ["파일(&F)", "편집(&E)", "보기(&V)", "도움말(&H)"],
}
SAVE = {
    Language.ITALIAN: "Salva",
    Language.GERMAN: "Speichern",
    Language.CHINESE: "保存",
    Language.KOREAN: "저장",
}


@pytest.mark.parametrize("language", TRANSLATED)
def test_each_language_shows_a_translated_window(qapp, windows, language: Language) -> None:
    assert i18n.install(qapp, language) is language
    window = build_window()
    windows.append(window)
    window.show()
    qapp.processEvents()
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[:4] == MENUS[language], titles
    assert window.generate_button.text() != "Generate"
    # Qt's own buttons and dialogs follow (qtbase's translation).
    assert QCoreApplication.translate("QPlatformTheme", "Save") == SAVE[language]
    # Numbers follow the language's locale.
    assert QLocale().toString(1234.5, "f", 1) == QLocale(language.locale_name).toString(
        1234.5, "f", 1
    )


def shortcut_clashes(window: MainWindow) -> list[str]:
    """Menus where two entries share a shortcut letter (Alt+letter would pick one of them)."""
    clashes = []
    menus = [(window.menuBar().actions(), "menu bar")]
    for bar_action in window.menuBar().actions():
        pending = [bar_action.menu()]
        while pending:
            menu = pending.pop()
            actions = [a for a in menu.actions() if not a.isSeparator()]
            menus.append((actions, menu.title()))
            pending += [a.menu() for a in actions if a.menu() is not None]
    for actions, title in menus:
        by_letter: dict[str, list[str]] = {}
        for action in actions:
            if found := re.search(r"&(\w)", action.text()):
                by_letter.setdefault(found.group(1).lower(), []).append(action.text())
        clashes += [f"{title}: {texts}" for texts in by_letter.values() if len(texts) > 1]
    return clashes


@pytest.mark.parametrize("language", [Language.ENGLISH, *TRANSLATED])
def test_no_menu_has_two_entries_with_one_shortcut_letter(
    qapp, windows, language: Language
) -> None:
    i18n.install(qapp, language)
    window = build_window()
    windows.append(window)
    assert shortcut_clashes(window) == []
    window.set_mode("storyboard")  # the storyboard's own entries join the File menu
    assert shortcut_clashes(window) == []


def clipped(root: QWidget) -> list[str]:
    """Visible texts whose widget is narrower than the text needs."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            if widget.wordWrap() or not widget.text() or widget.pixmap() and not widget.text():
                continue
            text = widget.text()
        elif isinstance(widget, QAbstractButton | QCheckBox | QRadioButton):
            text = widget.text()
            if not text:
                continue
        else:
            continue
        if widget.sizeHint().width() > widget.width() + 1:
            found.append(f"{type(widget).__name__} {text!r}: {widget.width()} < "
                         f"{widget.sizeHint().width()}")
    return found


def test_german_fits_the_window_at_1280_by_800(qapp, windows) -> None:
    i18n.install(qapp, Language.GERMAN)
    window = build_window()
    windows.append(window)
    window.resize(1280, 800)
    window.show()
    qapp.processEvents()
    assert window.width() <= 1280 and window.height() <= 800
    assert clipped(window) == []
    window.set_mode("storyboard")
    qapp.processEvents()
    assert clipped(window) == []
    assert isinstance(QApplication.instance(), QApplication)


def test_rule_rows_and_key_places_from_below_the_window_are_translated(qapp) -> None:
    """The image rules' names (app.core.image_rules) and where a key is kept
    (app.api.secrets) are English for the command line; the window shows them translated."""
    from app.api import secrets
    from app.core import image_rules
    from app.ui.images.rules import row_text

    names = [label.split(" (")[0] for label, _kind, _unit in image_rules._SUBJECT.values()]
    places = [secrets.STORED, secrets.SESSION_ONLY, secrets.LOCKED, secrets.FROM_ENVIRONMENT]
    places.append(secrets.NOT_SET)
    try:
        i18n.install(qapp, Language.KOREAN)
        for name in [*names, "Format", "Complete file", "Pixels", "Animation"]:
            assert row_text(name) != name, name
        for place in places:
            assert QCoreApplication.translate("SettingsDialog", place) != place, place
    finally:
        i18n.uninstall(qapp)


def test_numbers_and_money_follow_the_language(qapp) -> None:
    from app.ui.numbers import decimal, money

    try:
        i18n.install(qapp, Language.GERMAN)
        assert decimal(2.5) == "2,5" and decimal(1.25, 1) in ("1,2", "1,3")
        assert money(0.3) == "0,30\xa0$"  # a no-break space, as German writes it
        i18n.install(qapp, Language.ENGLISH)
        assert decimal(2.5) == "2.5" and money(0.3) == "$0.30" and money(0.004) == "$0.004"
    finally:
        i18n.uninstall(qapp)


def test_choosing_a_language_in_settings_is_saved_and_applies_from_the_next_start(
    qtbot, catalogue
) -> None:
    from app.ui.bridge import Controller
    from app.ui.settings_dialog import SettingsDialog

    settings = Settings.load()
    dialog = SettingsDialog(settings, Controller(settings, catalogue))
    qtbot.addWidget(dialog)
    dialog.show()
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names[1:] == ["English", "Italiano", "Deutsch", "中文", "한국어"]
    assert names[0].startswith("System (")
    assert not dialog.language_note.isVisible()
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    assert dialog.language_note.isVisible()  # the window speaks it from the next start
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert not dialog.language_note.isVisible()  # what the window speaks now
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    assert dialog.save()
    assert Settings.load().language == "zh_CN"


def test_validation_problems_read_in_the_language_and_unknown_kinds_stay_english(
    qapp, catalogue
) -> None:
    from app.core.catalogue import FieldKind
    from app.core.validation import Problem, field_problems
    from app.ui.problems import problem_text

    fields = [f for model in catalogue.models() for f in model.fields]
    prompt = next(f for f in fields if f.kind is FieldKind.PROMPT and f.max_length)
    seed = next(f for f in fields if f.kind is FieldKind.INTEGER)
    number = dataclasses.replace(seed, maximum=10)  # a limit as a model file may set one
    too_long = field_problems(prompt, "x" * (prompt.max_length + 1))
    too_big = field_problems(number, int(number.maximum) + 1)
    odd = Problem("x", "a-kind-of-its-own", "Something only the core knows.")
    try:
        i18n.install(qapp, Language.GERMAN)
        assert problem_text(too_long[0]).startswith("Zu lang: ")
        assert problem_text(too_big[0]) == f"{int(number.maximum) + 1} darf höchstens " + (
            f"{int(number.maximum)} sein."
        )
        assert problem_text(odd) == "Something only the core knows."
        image = next(f for f in fields if f.kind is FieldKind.IMAGE)
        clip = dataclasses.replace(image, kind=FieldKind.VIDEO)
        clips = dataclasses.replace(image, kind=FieldKind.AUDIO_LIST)
        assert [problem_text(p) for p in field_problems(clip, 42)] == [
            "Erwartet wird eine Videodatei oder URL."
        ]
        assert [problem_text(p) for p in field_problems(clips, 42)] == [
            "Erwartet wird eine Liste von Audioclips."
        ]
        i18n.install(qapp, Language.ENGLISH)
        assert problem_text(too_long[0]) == too_long[0].message
        assert problem_text(too_big[0]) == too_big[0].message
    finally:
        i18n.uninstall(qapp)


def test_an_image_that_fails_a_rule_and_its_fixes_read_in_the_language(
    qapp, catalogue, tmp_path: Path
) -> None:
    """The core words an image's failing rule and its fixes in English (for the command
    line); the window shows them in its language, and in English exactly as the core says."""
    from PIL import Image

    from app.core.fixes import plan_fixes
    from app.core.images import probe
    from app.core.validation import Problem, check_image
    from app.ui.images.wording import check_sentence, fix_title
    from app.ui.problems import problem_text

    fields = [f for model in catalogue.models() for f in model.fields if f.is_image]
    field = next(f for f in fields if any("width/height" in r.operator for r in f.image_rules))
    strip = tmp_path / "strip.png"
    Image.new("RGB", (3000, 300), (40, 90, 160)).save(strip)
    info = probe(strip)
    failing = [c for c in check_image(field, info) if not c.passed]
    titles = [fix.title for fix in plan_fixes(field, info)]
    assert failing and any(t.startswith("Pad to ") for t in titles)
    problem = Problem(field.name, failing[0].rule, failing[0].message, failing[0].actual)
    try:
        i18n.install(qapp, Language.ENGLISH)
        assert [check_sentence(c.message) for c in failing] == [c.message for c in failing]
        assert [fix_title(t) for t in titles] == titles
        i18n.install(qapp, Language.GERMAN)
        for check in failing:
            assert check_sentence(check.message) != check.message, check.message
            assert check.actual in check_sentence(check.message)
        assert problem_text(problem) == check_sentence(problem.message)
        pad = next(t for t in titles if t.startswith("Pad to "))
        assert fix_title(pad) == f"Auf {pad.removeprefix('Pad to ')} auffüllen"
        assert all(fix_title(t) != t for t in titles), titles
        assert fix_title("Something only the core knows") == "Something only the core knows"
    finally:
        i18n.uninstall(qapp)
