"""Settings: the RunComfy API key, the API address, the library folder, how many jobs run at
once, notifications, light or dark (System, Light or Dark, applied when saved), and the
window's language (from the next start).

A key belongs to one API address: the key field sets, tests and removes the key of the
address shown beside it (the one in the API address field), through the controller. The
key goes to the operating system's keyring and never into the settings file. When there is
no keyring (no desktop session, a locked collection), the dialog says so and the key is
kept for this session only. "Test key" makes the read-only model call through the
controller, to the address shown, and says plainly whether RunComfy accepted the key,
refused it, or could not be reached.

The dialog is window-modal but never blocks the event loop: it is opened with ``open()``,
its folder chooser too, and the key check runs as a task.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import InvalidApiBase
from app.core.languages import Language
from app.core.settings import DEFAULT_API_BASE, Appearance, Settings
from app.core.urls import check_api_base
from app.ui import i18n, theme
from app.ui.bridge import Controller, KeyCheck
from app.ui.error_text import error_text
from app.ui.spend.caps import CapFields

MAX_CONCURRENCY = 16


# Where a key is kept, as the engine describes it (in English, for the command line too):
# each shown in the window's language.
KEY_PLACES = (
    QT_TRANSLATE_NOOP("SettingsDialog", "stored in the system keyring"),
    QT_TRANSLATE_NOOP(
        "SettingsDialog", "no system keyring available: the key is kept for this session only"
    ),
    QT_TRANSLATE_NOOP(
        "SettingsDialog", "the system keyring is locked: the key is kept for this session only"
    ),
    QT_TRANSLATE_NOOP(
        "SettingsDialog", "taken from the RUNCOMFY_API_TOKEN environment variable"
    ),
    QT_TRANSLATE_NOOP("SettingsDialog", "no API key is set"),
)


def _sentence(text: str) -> str:
    text = text.strip()
    end = "" if text.endswith((".", "。")) else "."
    return (text[:1].upper() + text[1:] + end) if text else ""


def _key_place(where: str) -> str:
    """Where a key is kept, as a sentence in the window's language."""
    return _sentence(QCoreApplication.translate("SettingsDialog", where))


class SettingsDialog(QDialog):
    """Edits the window's settings (shared with the engine) when Save is pressed and all is
    valid; ``saved`` after they are written."""

    saved = Signal()
    key_changed = Signal(bool)  # a key is now set (True) or was removed (False)
    key_checked = Signal(object)  # KeyCheck: the answer to "Test key"

    def __init__(self, settings: Settings, controller: Controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.controller = controller
        self.setWindowTitle(self.tr("Storyreel settings"))
        self.setMinimumWidth(520)

        self._make_key_widgets()
        key_box = self._build_key_box()
        form = self._build_form(settings)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        self.spending_caps = CapFields(settings, self)

        layout = QVBoxLayout(self)
        # The dialog grows with a long answer to "Test key" instead of squeezing it over the
        # lines below it.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(key_box)
        layout.addLayout(form)
        layout.addWidget(self.spending_caps)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self._set_tab_order()
        self._refresh_key_state()

    # -- building ---------------------------------------------------------------------------

    def _make_key_widgets(self) -> None:
        """The key's field, Show, Test, Save and Remove, and the lines that report on it."""
        self.key_edit = QLineEdit(self)
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setAccessibleName(self.tr("RunComfy API key"))
        self.key_edit.setClearButtonEnabled(True)
        self.key_edit.textChanged.connect(self._key_typed)
        self.show_key = QCheckBox(self.tr("Show"), self)
        self.show_key.setAccessibleName(self.tr("Show the API key"))
        self.show_key.toggled.connect(self._toggle_shown)
        self.test_button = QPushButton(self.tr("Test key"), self)
        self.test_button.setToolTip(
            self.tr("Ask RunComfy for a model's price with this key: costs nothing.")
        )
        self.test_button.clicked.connect(self.test_key)
        self.save_key_button = QPushButton(self.tr("Save key"), self)
        self.save_key_button.clicked.connect(self.save_key)
        self.remove_key_button = QPushButton(self.tr("Remove key"), self)
        self.remove_key_button.clicked.connect(self.remove_key)
        self.key_base = QLabel(self)
        self.key_base.setWordWrap(True)
        self.key_base.setAccessibleName(self.tr("The API address this key is for"))
        theme.make_small(self.key_base)
        self.key_status = QLabel(self)
        self.key_status.setWordWrap(True)
        self.key_status.setAccessibleName(self.tr("API key status"))
        self.check_result = QLabel(self)
        self.check_result.setWordWrap(True)
        self.check_result.setAccessibleName(self.tr("Result of the key test"))
        self.check_result.hide()

    def _build_key_box(self) -> QGroupBox:
        """The key's group: its address, the field, the buttons, its state and the help."""
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.show_key)
        key_buttons = QHBoxLayout()
        key_buttons.addWidget(self.test_button)
        key_buttons.addWidget(self.save_key_button)
        key_buttons.addWidget(self.remove_key_button)
        key_buttons.addStretch(1)
        self.key_help = key_help = QLabel(
            self.tr(
                "Find your key in your RunComfy profile. Storyreel keeps it in your system's "
                "keyring, never in a file."
            ),
            self,
        )
        key_help.setWordWrap(True)
        theme.make_small(key_help)
        self.key_box = key_box = QGroupBox(self.tr("RunComfy API key"), self)
        self.key_layout = key_layout = QVBoxLayout(key_box)
        key_layout.addWidget(self.key_base)
        key_layout.addLayout(key_row)
        key_layout.addLayout(key_buttons)
        key_layout.addWidget(self.key_status)
        key_layout.addWidget(self.check_result)
        key_layout.addWidget(key_help)
        return key_box

    def _build_form(self, settings: Settings) -> QFormLayout:
        """The rest, one row each: API address, library folder, jobs at once, appearance."""
        library_row = self._make_path_fields(settings)
        self._make_preferences(settings)
        form = QFormLayout()
        form.addRow(self.tr("API address:"), self.api_base_edit)
        form.addRow("", self.api_base_problem)
        form.addRow(self.tr("Library folder:"), library_row)
        form.addRow("", self.library_problem)
        form.addRow(self.tr("Jobs at once:"), self.concurrency)
        form.addRow("", self.notifications)
        form.addRow(self.tr("Appearance:"), self.appearance)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow("", self.language_note)
        return form

    def _make_path_fields(self, settings: Settings) -> QHBoxLayout:
        """The API address and the library folder (with Choose…), each with its problem line."""
        self.api_base_edit = QLineEdit(settings.api_base or DEFAULT_API_BASE, self)
        self.api_base_edit.setAccessibleName(self.tr("API address"))
        self.api_base_edit.setPlaceholderText(DEFAULT_API_BASE)
        self.api_base_edit.textChanged.connect(self._base_typed)
        self.api_base_edit.editingFinished.connect(self._refresh_key_state)
        self.api_base_problem = QLabel(self)
        self.api_base_problem.setWordWrap(True)
        self.api_base_problem.hide()

        self.library_edit = QLineEdit(str(settings.library_path), self)
        self.library_edit.setAccessibleName(self.tr("Library folder"))
        self.library_edit.textChanged.connect(lambda _text: self._show_library_problem(None))
        self.choose_library = QPushButton(self.tr("Choose…"), self)
        self.choose_library.setAccessibleName(self.tr("Choose the library folder"))
        self.choose_library.clicked.connect(self._choose_library)
        self.library_problem = QLabel(self)
        self.library_problem.setWordWrap(True)
        self.library_problem.hide()
        library_row = QHBoxLayout()
        library_row.addWidget(self.library_edit, 1)
        library_row.addWidget(self.choose_library)
        return library_row

    def _make_preferences(self, settings: Settings) -> None:
        """Jobs at once, notifications, appearance, language."""
        self.concurrency = QSpinBox(self)
        self.concurrency.setRange(1, MAX_CONCURRENCY)
        self.concurrency.setValue(max(1, min(MAX_CONCURRENCY, settings.concurrency)))
        self.concurrency.setAccessibleName(self.tr("Jobs running at once"))
        self.concurrency.setToolTip(
            self.tr(
                "How many jobs Storyreel sends, follows and downloads at the same time "
                "(from the next start)."
            )
        )
        self.notifications = QCheckBox(
            self.tr("Tell me when a job finishes while Storyreel is in the background"), self
        )
        self.notifications.setChecked(settings.notifications)
        self.appearance = QComboBox(self)
        self.appearance.setAccessibleName(self.tr("Appearance"))
        for value, text in (
            (Appearance.SYSTEM, self.tr("System (follow the system's light or dark)")),
            (Appearance.LIGHT, self.tr("Light")),
            (Appearance.DARK, self.tr("Dark")),
        ):
            self.appearance.addItem(text, value.value)
        self.appearance.setCurrentIndex(
            max(0, self.appearance.findData(Appearance.read(settings.appearance).value))
        )

        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        for language in Language:
            name = language.native_name or self.tr("System ({language})").format(
                language=i18n.current_language(Language.SYSTEM).native_name
            )
            self.language.addItem(name, language.value)
        self.language.setCurrentIndex(
            max(0, self.language.findData(Language.parse(settings.language).value))
        )
        self.language_note = QLabel(
            self.tr("Storyreel speaks the new language from its next start."), self
        )
        self.language_note.setWordWrap(True)
        theme.make_small(self.language_note)
        self.language_note.hide()
        self.language.currentIndexChanged.connect(self._language_chosen)

    def _set_tab_order(self) -> None:
        """Tab goes through the dialog in reading order."""
        self.setTabOrder(self.key_edit, self.show_key)
        self.setTabOrder(self.show_key, self.test_button)
        self.setTabOrder(self.test_button, self.save_key_button)
        self.setTabOrder(self.save_key_button, self.remove_key_button)
        self.setTabOrder(self.remove_key_button, self.api_base_edit)
        self.setTabOrder(self.api_base_edit, self.library_edit)
        self.setTabOrder(self.library_edit, self.choose_library)
        self.setTabOrder(self.choose_library, self.concurrency)
        self.setTabOrder(self.concurrency, self.notifications)
        self.setTabOrder(self.notifications, self.appearance)
        self.setTabOrder(self.appearance, self.language)

    # -- the key --------------------------------------------------------------------------

    def _typed_key(self) -> str:
        return self.key_edit.text().strip()

    def _toggle_shown(self, shown: bool) -> None:
        self.key_edit.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        )

    def _key_typed(self, _text: str) -> None:
        self.check_result.hide()
        self._refresh_key_state()

    def key_api_base(self) -> str | None:
        """The API address the key field is for: the one typed below, when it is usable."""
        try:
            return check_api_base(self.api_base_edit.text().strip() or DEFAULT_API_BASE)
        except InvalidApiBase:
            return None

    def _base_typed(self, _text: str) -> None:
        self._show_base_problem(None)
        base = self.key_api_base()
        self.key_base.setText(
            self.tr("For {base}").format(base=base)
            if base
            else self.tr("For the API address below, once it is a usable one")
        )

    def _refresh_key_state(self) -> None:
        base = self.key_api_base()
        self._base_typed("")
        state = self.controller.key_state(base) if base else None
        stored = state is not None and state.present
        typed = bool(self._typed_key())
        self.key_edit.setPlaceholderText(
            self.tr("A key is set (hidden). Type a new one to replace it.")
            if stored
            else self.tr("Paste your RunComfy API key")
        )
        self.save_key_button.setEnabled(typed)
        self.test_button.setEnabled(typed or stored)
        self.remove_key_button.setEnabled(stored)
        self.key_status.setText(_key_place(state.where) if state else "")

    def _base_or_problem(self) -> str | None:
        base = self.key_api_base()
        if base is None:
            try:
                check_api_base(self.api_base_edit.text())
            except InvalidApiBase as exc:
                self._show_base_problem(error_text(exc))
        return base

    def save_key(self) -> bool:
        """Keep the typed key for the address shown: in the keyring, or for this session
        when there is none."""
        token = self._typed_key()
        base = self._base_or_problem()
        if not token or base is None:
            return False
        in_keyring = self.controller.store_key(base, token)
        self.key_edit.clear()
        self._refresh_key_state()
        if in_keyring:
            self.key_status.setText(self.tr("The key is stored in your system keyring."))
        else:
            self.key_status.setText(
                self.tr(
                    "{reason} Storyreel will ask for it again next time; to avoid that, set "
                    "RUNCOMFY_API_TOKEN in your environment or unlock your system keyring."
                ).format(reason=_key_place(self.controller.key_state(base).where))
            )
        self._set_status_colour(self.key_status, None if in_keyring else theme.Accent.WARNING)
        self.key_changed.emit(self.controller.has_key)
        return in_keyring

    def remove_key(self) -> None:
        base = self._base_or_problem()
        if base is None:
            return
        self.controller.remove_key(base)
        self._refresh_key_state()
        self.key_changed.emit(self.controller.has_key)

    def test_key(self) -> None:
        api_base = self._base_or_problem()
        if api_base is None:
            return
        # The stored key is tested only against the address it was given for.
        token = self._typed_key() or self.controller.stored_key(api_base)
        if not token:
            return
        self.test_button.setEnabled(False)
        self.check_result.setText(self.tr("Asking RunComfy…"))
        self._set_status_colour(self.check_result, None)
        self.check_result.show()
        self.controller.spawn(
            self.controller.check_key(api_base, token),
            "test key",
            on_done=self._checked,
            on_error=lambda exc: self._checked(KeyCheck("network", error_text(exc))),
        )

    def _checked(self, result: KeyCheck) -> None:
        self.test_button.setEnabled(True)
        self.check_result.setText(result.message)
        self._set_status_colour(
            self.check_result,
            theme.Accent.VALID
            if result.valid
            else (theme.Accent.INVALID if result.verdict == "refused" else theme.Accent.WARNING),
        )
        self.check_result.show()
        self._fit_height()
        self.key_checked.emit(result)

    # -- the rest -------------------------------------------------------------------------

    def _fit_height(self) -> None:
        """Tall enough for every line at the current width (wrapped text included); never
        smaller than it was."""
        before = self.size()
        # A wrapped label's new text changes its height for its width, not its size hint:
        # the layouts around it keep their measure until told.
        self.check_result.updateGeometry()
        self.key_layout.invalidate()
        self.key_box.updateGeometry()
        layout = self.layout()
        if layout is None:
            return
        layout.invalidate()
        layout.activate()
        # Not adjustSize(): it keeps a window within two thirds of the screen, which a
        # dialog of this many rows passes on a small screen, squeezing the answer again.
        width = before.width()
        needed = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        self.resize(width, max(before.height(), needed))

    def chosen_language(self) -> Language:
        return Language.parse(self.language.currentData())

    def _language_chosen(self, _index: int) -> None:
        # The window is built in one language at its start: a new one shows from the next.
        self.language_note.setVisible(
            i18n.current_language(self.chosen_language()) != i18n.spoken()
        )

    def _set_status_colour(self, label: QLabel, kind: theme.Accent | None) -> None:
        theme.set_text_colour(label, None if kind is None else theme.accent(kind, self.palette()))

    def _show_base_problem(self, message: str | None) -> None:
        self._show_problem(self.api_base_problem, message)

    def _show_library_problem(self, message: str | None) -> None:
        self._show_problem(self.library_problem, message)

    def _show_problem(self, label: QLabel, message: str | None) -> None:
        if not message:
            label.hide()
            return
        label.setText(message)
        theme.set_text_colour(label, theme.accent(theme.Accent.INVALID, self.palette()))
        label.show()

    def _choose_library(self) -> None:
        chooser = QFileDialog(self, self.tr("Choose the library folder"), self.library_edit.text())
        chooser.setFileMode(QFileDialog.FileMode.Directory)
        chooser.setOption(QFileDialog.Option.ShowDirsOnly, True)
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.fileSelected.connect(self.library_edit.setText)
        chooser.open()

    def library_problem_for(self, text: str) -> str | None:
        if not text.strip():
            return self.tr("The library folder is empty: choose where your videos should go.")
        path = Path(text.strip()).expanduser()
        if path.exists() and not path.is_dir():
            return self.tr("The library folder {path} is a file, not a folder.").format(path=path)
        return None

    def save(self) -> bool:
        """Check and write the settings; stays open (with the reason shown) when one is wrong."""
        base_text = self.api_base_edit.text().strip() or DEFAULT_API_BASE
        try:
            api_base = check_api_base(base_text)
        except InvalidApiBase as exc:
            self._show_base_problem(error_text(exc))
            self.api_base_edit.setFocus()
            return False
        library_problem = self.library_problem_for(self.library_edit.text())
        if library_problem:
            self._show_library_problem(library_problem)
            self.library_edit.setFocus()
            return False
        had_key = self.controller.has_key
        # The address first: the key typed beside it is for it, and so is "a key is set".
        self.settings.api_base = api_base
        typed = bool(self._typed_key())
        session_only = typed and not self.save_key()
        if not typed and self.controller.refresh_key() != had_key:
            self.key_changed.emit(self.controller.has_key)
        self.settings.library_dir = str(Path(self.library_edit.text().strip()).expanduser())
        self.settings.concurrency = self.concurrency.value()
        self.settings.notifications = self.notifications.isChecked()
        self.settings.appearance = Appearance.read(self.appearance.currentData()).value
        self.spending_caps.apply(self.settings)
        self.settings.language = self.chosen_language().value
        self.settings.save()
        theme.apply_appearance(self.settings.appearance)
        self.saved.emit()
        if session_only:
            # Everything is saved, but the user must read that the key will not survive a
            # restart before the dialog goes away: the next Save (now "Close") closes it.
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Close"))
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
            self.key_status.setFocus()
            return True
        self.accept()
        return True


__all__ = ["SettingsDialog"]
