"""Settings: the key goes to the keyring (or, with none, to this session only, said plainly),
"Test key" tells valid from refused from unreachable against a real loopback server, the
API address and library folder are checked, and the log file rotates without the key."""

from __future__ import annotations

import logging
import socket
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit
from qt_async import run_async, wait_until

from app.api import secrets
from app.core.settings import DEFAULT_API_BASE, Settings
from app.sim.server import SimServer, Timings
from app.ui import diagnostics
from app.ui.bridge import Controller, KeyCheck
from app.ui.settings_dialog import SettingsDialog

KEY = "rc_test_key_0123456789abcdef"


@pytest.fixture(autouse=True)
def forget_key() -> Iterator[None]:
    yield
    secrets.delete_token()


@pytest.fixture
def dialog(qtbot, catalogue) -> SettingsDialog:
    settings = Settings.load()
    widget = SettingsDialog(settings, Controller(settings, catalogue))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_without_a_keyring_the_key_is_kept_for_the_session_and_the_dialog_says_so(dialog, qtbot):
    assert "no system keyring" in dialog.key_status.text().lower()
    assert not dialog.save_key_button.isEnabled()
    qtbot.keyClicks(dialog.key_edit, KEY)
    assert dialog.key_edit.echoMode() == QLineEdit.EchoMode.Password
    changes: list[bool] = []
    dialog.key_changed.connect(changes.append)

    assert dialog.save_key() is False
    assert secrets.get_token() == KEY
    assert changes == [True]
    status = dialog.key_status.text()
    assert "kept for this session only" in status
    assert "ask for it again next time" in status
    assert dialog.key_edit.text() == ""
    assert "A key is set" in dialog.key_edit.placeholderText()

    # Saving the other settings never writes the key anywhere.
    assert dialog.save()
    assert KEY not in Settings.path().read_text(encoding="utf-8")


def test_saving_a_typed_key_without_a_keyring_keeps_the_dialog_open_to_say_so(dialog, qtbot):
    qtbot.keyClicks(dialog.key_edit, KEY)
    assert dialog.save()
    assert dialog.isVisible()
    assert "session only" in dialog.key_status.text()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.text() == "Close"
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).isVisible()
    save.click()
    assert not dialog.isVisible()


def test_the_key_can_be_shown_and_removed(dialog, qtbot):
    qtbot.keyClicks(dialog.key_edit, KEY)
    dialog.show_key.click()
    assert dialog.key_edit.echoMode() == QLineEdit.EchoMode.Normal
    dialog.show_key.click()
    assert dialog.key_edit.echoMode() == QLineEdit.EchoMode.Password
    dialog.save_key()
    assert dialog.remove_key_button.isEnabled()
    dialog.remove_key_button.click()
    assert secrets.get_token() is None
    assert not dialog.remove_key_button.isEnabled()


@pytest.mark.parametrize(
    ("address", "accepted"),
    [
        ("https://model-api-int.runcomfy.net", True),
        ("http://127.0.0.1:8765", True),
        ("http://localhost:8000/", True),
        ("http://model-api.runcomfy.net", False),
        ("ftp://127.0.0.1", False),
        ("https://user:pw@model-api.runcomfy.net", False),
    ],
)
def test_the_api_address_must_be_https_or_this_computer(dialog, address, accepted):
    dialog.api_base_edit.setText(address)
    assert dialog.save() is accepted
    saved = Settings.load().api_base
    if accepted:
        assert saved == address.rstrip("/")
    else:
        assert saved == DEFAULT_API_BASE
        assert dialog.api_base_problem.isVisible()
        assert address in dialog.api_base_problem.text()
        assert dialog.isVisible()


def test_the_library_folder_is_checked_and_the_rest_is_saved(dialog, tmp_path):
    a_file = tmp_path / "not-a-folder.txt"
    a_file.write_text("x")
    dialog.library_edit.setText(str(a_file))
    assert not dialog.save()
    assert dialog.library_problem.isVisible()
    assert str(a_file) in dialog.library_problem.text()

    dialog.library_edit.setText(str(tmp_path / "videos"))
    dialog.concurrency.setValue(2)
    dialog.notifications.setChecked(False)
    assert dialog.save()
    saved = Settings.load()
    assert saved.library_path == tmp_path / "videos"
    assert saved.concurrency == 2 and saved.notifications is False


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_test_key_tells_valid_from_refused_from_unreachable(qapp, dialog):
    sim = SimServer(token=KEY, timings=Timings(render=False)).start()
    answers: list[KeyCheck] = []
    dialog.key_checked.connect(answers.append)

    async def check(api_base: str, key: str) -> KeyCheck:
        dialog.api_base_edit.setText(api_base)
        dialog.key_edit.setText(key)
        count = len(answers)
        dialog.test_button.click()
        assert not dialog.test_button.isEnabled()  # one check at a time
        await wait_until(lambda: len(answers) > count, dialog.key_checked, what="the key check")
        assert dialog.check_result.text() == answers[-1].message
        # The answer has its own lines: tall enough for its wrapped text, above the help.
        result, below = dialog.check_result, dialog.key_help
        assert result.height() >= result.heightForWidth(result.width())
        assert result.geometry().bottom() < below.geometry().top()
        # A model is named as the user knows it, never by its id.
        assert "bytedance/" not in result.text()
        return answers[-1]

    async def scenario() -> list[KeyCheck]:
        try:
            return [
                await check(sim.api_base, KEY),
                await check(sim.api_base, "rc_wrong_key_9876543210"),
                await check(f"http://127.0.0.1:{_closed_port()}", KEY),
            ]
        finally:
            await dialog.controller.shutdown()

    try:
        valid, refused, unreachable = run_async(qapp, scenario())
    finally:
        sim.stop()
    assert valid.verdict == "valid" and "works" in valid.message
    assert refused.verdict == "refused" and "refused this key" in refused.message
    assert unreachable.verdict == "network" and "could not be reached" in unreachable.message
    assert "Seedance 1.0 Pro" in unreachable.message  # named, not "bytedance/…"
    for answer in (valid, refused, unreachable):
        assert KEY not in answer.message
    # Testing a key does not store it.
    assert secrets.get_token() is None


def test_the_log_file_rotates_and_never_holds_the_key(tmp_path):
    assert secrets.set_token(KEY) is False
    folder = tmp_path / "logs"
    path = diagnostics.install_logging(folder)
    try:
        log = logging.getLogger("app.test.rotation")
        log.warning("sending Authorization: Bearer %s", KEY)
        filler = "x" * 1000
        for n in range(diagnostics.MAX_LOG_BYTES // 1000 + 50):
            log.info("line %d %s", n, filler)
        log.error("the key %s was refused", KEY)
    finally:
        diagnostics.remove_logging()
    files = sorted(folder.glob(diagnostics.LOG_FILE_NAME + "*"))
    assert path in files and len(files) >= 2
    assert all(f.stat().st_size <= diagnostics.MAX_LOG_BYTES + 2000 for f in files)
    for file in files:
        assert KEY not in file.read_text(encoding="utf-8")
    problems = diagnostics.recent_problems(path)
    assert problems and problems[-1].endswith("the key [redacted] was refused")


def test_the_key_is_for_the_api_address_shown_beside_it(dialog, qtbot):
    other = "https://model-api-staging.example.com"
    dialog.api_base_edit.setText(other + "/")
    assert other in dialog.key_base.text()
    qtbot.keyClicks(dialog.key_edit, KEY)
    dialog.save_key()
    assert secrets.get_token(other) == KEY
    assert secrets.get_token() is None  # RunComfy's own address has no key: never this one

    # Back on RunComfy's address there is no key to test or remove; on the other, there is.
    dialog.api_base_edit.setText(DEFAULT_API_BASE)
    dialog.api_base_edit.editingFinished.emit()
    assert not dialog.test_button.isEnabled() and not dialog.remove_key_button.isEnabled()
    dialog.api_base_edit.setText(other)
    dialog.api_base_edit.editingFinished.emit()
    assert dialog.test_button.isEnabled() and dialog.remove_key_button.isEnabled()
    dialog.remove_key_button.click()
    assert secrets.get_token(other) is None

    # An address that cannot be used has no key: the dialog says why instead.
    dialog.api_base_edit.setText("ftp://example.com")
    qtbot.keyClicks(dialog.key_edit, KEY)
    assert dialog.save_key() is False
    assert dialog.api_base_problem.isVisible()
    assert "must start with https://" in dialog.api_base_problem.text()
