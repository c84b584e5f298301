"""The dialog that refuses to start (a data folder Storyreel cannot use) speaks the language
chosen in Settings: the launcher installs it from the settings file before the check, and
falls back to the system's language when the settings folder itself is the problem."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.core.exit_codes import ExitCode
from app.core.languages import Language
from app.ui import i18n
from app.ui.start_check import refuse_start, start_language


@pytest.fixture
def restore_language(qapp) -> Iterator[None]:
    try:
        yield
    finally:
        i18n.uninstall(qapp)


def choose_language(home: Path, language: str) -> None:
    (home / "config").mkdir(parents=True)
    (home / "config" / "settings.json").write_text(
        json.dumps({"version": 3, "language": language}), "utf-8"
    )


def close_and_read(seen: dict[str, object]) -> None:
    """Read the refusal dialog once it shows, into ``seen``, and close it."""

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_close)
            return
        seen.update(
            title=box.windowTitle(),
            text=box.text(),
            informative=box.informativeText(),
            buttons=[b.text() for b in box.buttons()],
        )
        box.close()

    QTimer.singleShot(20, read_and_close)


def read_refusal() -> dict[str, object]:
    """Run the start-up check as the launcher does and read the dialog it shows."""
    seen: dict[str, object] = {}
    i18n.install(QApplication.instance(), start_language())
    close_and_read(seen)
    seen["code"] = refuse_start()
    return seen


def test_the_refusal_reads_in_german_when_german_is_chosen(qapp, ui_home, restore_language):
    choose_language(ui_home, "de")
    (ui_home / "data").write_text("not a folder", "utf-8")
    seen = read_refusal()
    assert seen["code"] == ExitCode.DATA
    assert seen["title"] == "Storyreel kann nicht starten"
    assert seen["informative"] == "Ihre Aufträge, Videos und Einstellungen bleiben unverändert."
    assert seen["buttons"] == ["Schl&ießen"] or seen["buttons"] == ["Schließen"]
    # The folder in question is named, whatever the language.
    assert str(ui_home / "data") in str(seen["text"])
    # Nothing was written: the data folder is still the user's file.
    assert (ui_home / "data").read_text("utf-8") == "not a folder"


def test_a_settings_folder_that_cannot_be_read_leaves_the_system_language(
    qapp, tmp_path, monkeypatch
):
    home_file = tmp_path / "home-is-a-file"
    home_file.write_text("x", "utf-8")
    monkeypatch.setenv("STORYREEL_HOME", str(home_file))
    assert start_language() is Language.SYSTEM
    assert home_file.read_text("utf-8") == "x"


def test_the_choice_is_read_without_touching_the_folders(ui_home):
    assert start_language() is Language.SYSTEM  # no settings file yet
    assert not ui_home.exists()
    choose_language(ui_home, "zh_CN")
    assert start_language() is Language.CHINESE
    (ui_home / "config" / "settings.json").write_text("{ damaged", "utf-8")
    assert start_language() is Language.SYSTEM
    assert not (ui_home / "config" / "settings.unreadable.json").exists()


def test_the_launcher_speaks_german_before_it_refuses_to_start(qapp, ui_home, restore_language):
    from app.ui.launch import run_app

    names = (qapp.applicationName(), qapp.organizationName(), qapp.applicationDisplayName())
    quits = qapp.quitOnLastWindowClosed()
    choose_language(ui_home, "de")
    (ui_home / "data").write_text("not a folder", "utf-8")
    seen: dict[str, object] = {}
    close_and_read(seen)
    try:
        assert run_app([]) == ExitCode.DATA
    finally:
        qapp.setApplicationName(names[0])
        qapp.setOrganizationName(names[1])
        qapp.setApplicationDisplayName(names[2])
        qapp.setQuitOnLastWindowClosed(quits)
    assert seen["title"] == "Storyreel kann nicht starten"
    assert seen["informative"] == "Ihre Aufträge, Videos und Einstellungen bleiben unverändert."
