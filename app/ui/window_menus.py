"""The window's toolbar and menus, and the Help and File commands that need nothing else.

Toolbar: the view switch (Single shot / Storyboard), the engine switch and Settings….
Menus: File (the storyboard's document actions first, then Open output folder and Quit),
Edit (Undo/Redo of the document on screen, Paste image, Settings…), View (Ctrl+1 / Ctrl+2)
and Help (Show welcome, Copy diagnostics, About).
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QWidget,
)

from app import __version__
from app.ui.error_text import error_text
from app.ui.generate_flow import STATUS_MESSAGE_MS
from app.ui.modes import MODE_SINGLE, MODE_STORYBOARD
from app.ui.window_host import WindowHost


class WindowMenus(QObject):
    """Builds the window's toolbar and menu bar; holds the actions tests and code reach."""

    def __init__(self, window: WindowHost, main: QMainWindow, storyboard: Any) -> None:
        """``main`` is the same window as a Qt widget: the parent of the bars and boxes."""
        super().__init__(main)
        self.window = window
        self.main = main
        self.history: QDialog | None = None
        self.settings_button = self._make_toolbar()
        file_menu = window.menuBar().addMenu(self.tr("&File"))
        storyboard.attach_menu(file_menu)  # its document actions go first
        self.open_folder_action = self._make_file_menu(file_menu)
        self.paste_action = self._make_edit_menu()
        self.mode_actions = self._make_view_menu()
        self.show_welcome_action = self._make_help_menu()

    def _action(self, text: str, slot: Any, keys: Any = None) -> QAction:
        action = QAction(text, self.main)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        return action

    def _make_toolbar(self) -> QPushButton:
        window = self.window
        toolbar = QToolBar(self.tr("Main toolbar"), self.main)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(window.mode_switch)
        toolbar.addSeparator()
        toolbar.addWidget(window.engine_switch)
        toolbar.addWidget(window.balance_label)
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        button = QPushButton(self.tr("Settings…"), toolbar)
        button.setAccessibleName(self.tr("Settings"))
        button.clicked.connect(window.open_settings)
        toolbar.addWidget(button)
        self.main.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        return button

    def _make_file_menu(self, file_menu: QMenu) -> QAction:
        window = self.window
        open_folder = self._action(
            self.tr("Open o&utput folder"), self.open_output_folder, "Ctrl+Shift+O"
        )
        file_menu.addAction(open_folder)
        self.refresh_models_action = self._action(
            self.tr("Re&fresh models"), window.model_refresh.refresh
        )
        self.refresh_models_action.setStatusTip(self.tr("Read RunComfy's list of models now."))
        file_menu.addAction(self.refresh_models_action)
        file_menu.addSeparator()
        quit_action = self._action(self.tr("&Quit"), window.close, QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(quit_action)
        return open_folder

    def _make_edit_menu(self) -> QAction:
        window = self.window
        edit_menu = window.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(window.undo.undo_action)
        edit_menu.addAction(window.undo.redo_action)
        edit_menu.addSeparator()
        paste = self._action(
            self.tr("&Paste image"), window.paste_image, QKeySequence.StandardKey.Paste
        )
        paste.setToolTip(self.tr("Paste an image into the focused frame box"))
        edit_menu.addAction(paste)
        edit_menu.addSeparator()
        settings_action = self._action(self.tr("&Settings…"), window.open_settings, "Ctrl+,")
        settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        edit_menu.addAction(settings_action)
        return paste

    def _make_view_menu(self) -> dict[str, QAction]:
        window = self.window
        view_menu = window.menuBar().addMenu(self.tr("&View"))
        mode_actions: dict[str, QAction] = {}
        mode_group = QActionGroup(self.main)
        for mode, text, keys in (
            (MODE_SINGLE, self.tr("&Single shot"), "Ctrl+1"),
            (MODE_STORYBOARD, self.tr("S&toryboard"), "Ctrl+2"),
        ):
            mode_action = self._action(
                text, lambda _checked=False, m=mode: window.set_mode(m), keys
            )
            mode_action.setCheckable(True)
            mode_group.addAction(mode_action)
            view_menu.addAction(mode_action)
            mode_actions[mode] = mode_action
        mode_actions[MODE_SINGLE].setChecked(True)
        view_menu.addSeparator()
        view_menu.addAction(self._action(self.tr("S&pending…"), window.open_spending))
        # ⌘H hides an application on macOS, where History is ⌘Y.
        keys = "Ctrl+Y" if sys.platform == "darwin" else "Ctrl+H"
        view_menu.addAction(self._action(self.tr("&History…"), self.show_history, keys))
        view_menu.addAction(window.single_takes.action)  # Ctrl+T in the single-shot view
        return mode_actions

    def show_history(self) -> None:
        """The history window: every job, searched by words, model, dates, state and star."""
        from app.ui.takes.history import HistoryDialog

        if not isinstance(self.history, HistoryDialog):
            self.history = HistoryDialog(self.window.controller, self.window.catalogue, self.main)
        self.history.show()
        self.history.raise_()
        self.history.search()

    def _make_help_menu(self) -> QAction:
        help_menu = self.window.menuBar().addMenu(self.tr("&Help"))
        show_welcome = self._action(self.tr("Show &welcome"), self.window.show_welcome)
        help_menu.addAction(show_welcome)
        help_menu.addAction(self._action(self.tr("Copy &diagnostics"), self.copy_diagnostics))
        about_action = self._action(self.tr("&About Storyreel"), self.show_about)
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(about_action)
        return show_welcome

    # -- the commands ---------------------------------------------------------------------

    def open_output_folder(self) -> None:
        folder = self.window.settings.library_path
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.window.statusBar().showMessage(
                self.tr("The library folder {path} cannot be created: {error}").format(
                    path=folder, error=error_text(exc)
                ),
                STATUS_MESSAGE_MS,
            )
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def paste_image(self) -> None:
        """Ctrl+V outside a text field: the image goes to the focused frame box, else the
        first empty one. Over the storyboard, copied image files become frames."""
        if self.window.mode() == MODE_STORYBOARD:
            self.window.storyboard.paste_frames()
            return
        from app.ui.images import DropZone  # loaded with the form, not with the menus

        widget = QApplication.focusWidget()
        while widget is not None and not isinstance(widget, DropZone):
            widget = widget.parentWidget()
        zone = widget
        if zone is None:
            zone = next(
                (
                    z
                    for z in self.window.panel.findChildren(DropZone)
                    if z.isVisibleTo(self.window.panel) and z.state() == "empty"
                ),
                None,
            )
        if zone is None:
            self.window.statusBar().showMessage(
                self.tr("Click a frame box first, then paste the image into it."),
                STATUS_MESSAGE_MS,
            )
            return
        zone.setFocus()
        zone.paste()

    def diagnostics_text(self) -> str:
        from app.ui import diagnostics  # the log and report machinery, on first use

        return diagnostics.diagnostics_report(
            settings=self.window.settings,
            engine=self.window.engine_kind,
            jobs=self.window.queue_model.jobs(),
            log_path=diagnostics.log_file(),
        )

    def copy_diagnostics(self) -> None:
        QGuiApplication.clipboard().setText(self.diagnostics_text())
        self.window.statusBar().showMessage(
            self.tr("Diagnostics copied to the clipboard (without your API key)."),
            STATUS_MESSAGE_MS,
        )

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # dialogs load when first opened

        box = QMessageBox(self.main)
        box.setWindowTitle(self.tr("About Storyreel"))
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(self.tr("Storyreel {version}").format(version=__version__))
        box.setInformativeText(
            self.tr(
                "Turns still frames into video clips with ByteDance's Seedance and Dreamina "
                "models on RunComfy's Model API. The offline preview makes free local motion "
                "sketches, not AI generation."
            )
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()


__all__ = ["WindowMenus"]
