"""A view built the first time it is needed, with its File-menu entries and shortcuts.

The storyboard view costs about as much to import and build as the rest of the window,
and the first screen does not show it. So the window holds it here: it is built when the
user first switches to it, first opens the File menu (its document actions fill the top of
that menu), or first presses one of its document shortcuts (Ctrl+O, Ctrl+S…), which then
acts as if the view had been there all along.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, Protocol, TypeVar

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

# The storyboard's document shortcuts (its File-menu actions own them once it is built).
STORYBOARD_SHORTCUTS = ("Ctrl+Shift+N", "Ctrl+O", "Ctrl+S", "Ctrl+Shift+S", "Ctrl+E")


class DocumentView(Protocol):
    def file_actions(self) -> Sequence[QAction | None]: ...


V = TypeVar("V", bound=DocumentView)


class LazyView(Generic[V]):
    """Builds ``factory()`` once, on demand; ``on_built(view)`` wires it into the window."""

    def __init__(
        self,
        window: QWidget,
        factory: Callable[[], V],
        on_built: Callable[[V], None],
        shortcuts: Sequence[str] = STORYBOARD_SHORTCUTS,
    ) -> None:
        self._window = window
        self._factory = factory
        self._on_built = on_built
        self._view: V | None = None
        self._menu: QMenu | None = None
        self._proxies: list[QAction] = []
        for keys in shortcuts:
            proxy = QAction(window)
            proxy.setShortcut(QKeySequence(keys))
            proxy.triggered.connect(lambda _checked=False, k=keys: self._shortcut(k))
            window.addAction(proxy)
            self._proxies.append(proxy)

    @property
    def built(self) -> V | None:
        """The view if it has been built, else None (never builds it)."""
        return self._view

    def get(self) -> V:
        """The view, built now if it was not yet."""
        if self._view is None:
            self._view = self._factory()
            self._retire_proxies()
            self._fill_menu()
            self._on_built(self._view)
        return self._view

    def attach_menu(self, menu: QMenu) -> None:
        """The view's document actions go at the top of ``menu`` once it is built; opening
        the menu builds it, so the menu never shows without them."""
        self._menu = menu
        menu.aboutToShow.connect(self.get)

    def _fill_menu(self) -> None:
        menu, view = self._menu, self._view
        if menu is None or view is None:
            return
        menu.aboutToShow.disconnect(self.get)
        first = menu.actions()[0] if menu.actions() else None
        for action in view.file_actions():
            if action is None:
                menu.insertSeparator(first) if first is not None else menu.addSeparator()
            elif first is not None:
                menu.insertAction(first, action)
            else:
                menu.addAction(action)
        if first is not None:
            menu.insertSeparator(first)

    def _retire_proxies(self) -> None:
        for proxy in self._proxies:
            self._window.removeAction(proxy)
            proxy.deleteLater()
        self._proxies = []

    def _shortcut(self, keys: str) -> None:
        view = self.get()
        wanted = QKeySequence(keys)
        for action in view.file_actions():
            if action is not None and action.shortcut() == wanted:
                action.trigger()
                return


__all__ = ["STORYBOARD_SHORTCUTS", "LazyView"]
