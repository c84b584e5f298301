"""The model picker's popup: a search field over the grouped list of models.

Typing narrows the list to the models whose name, id, family or inputs contain every word
typed (a family header stays while one of its models does); Up and Down move through the
models, Enter or a click chooses one, Escape closes without choosing.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QFrame,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from app.ui import theme
from app.ui.model_roles import (
    GROUP_ROLE,
    HEADER_ROLE,
    SEARCH_TEXT_ROLE,
)


class ModelFilter(QSortFilterProxyModel):
    """Models matching every word of the search; headers of groups with a match."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._groups: set[str] = set()

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.lower().split()
        source = self.sourceModel()
        self._groups = set()
        if source is not None:
            for row in range(source.rowCount()):
                index = source.index(row, 0)
                if not index.data(HEADER_ROLE) and self._matches(index):
                    self._groups.add(str(index.data(GROUP_ROLE)))
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _matches(self, index: QModelIndex) -> bool:
        text = str(index.data(SEARCH_TEXT_ROLE) or "").lower()
        return all(word in text for word in self._words)

    def filterAcceptsRow(  # noqa: N802 (Qt's name)
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._words:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        if index.data(HEADER_ROLE):
            return str(index.data(GROUP_ROLE)) in self._groups
        return self._matches(index)


class ModelSearchPopup(QFrame):
    """The popup: ``chosen`` carries the source row of the model picked."""

    chosen = Signal(int)

    def __init__(
        self,
        items: QStandardItemModel,
        delegate: QAbstractItemDelegate,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.filter = ModelFilter(self)
        self.filter.setSourceModel(items)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search models"))
        self.search.setAccessibleName(self.tr("Search models"))
        self.search.setClearButtonEnabled(True)
        self.list = QListView(self)
        self.list.setModel(self.filter)
        self.list.setItemDelegate(delegate)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setAccessibleName(self.tr("Models"))
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.SPACING // 2, theme.SPACING // 2, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        self.search.textChanged.connect(self._search)
        self.search.installEventFilter(self)
        self.list.clicked.connect(self._choose)
        self.list.activated.connect(self._choose)

    def open_at(self, anchor: QWidget, current_row: int) -> None:
        """Show below ``anchor`` (the picker), the current model selected, the search empty."""
        self.search.clear()
        scrollbar = self.list.verticalScrollBar().sizeHint().width()
        width = max(anchor.width(), self.list.sizeHintForColumn(0) + scrollbar + theme.SPACING * 2)
        rows = min(self.filter.rowCount(), 9)
        height = sum(self.list.sizeHintForRow(r) for r in range(rows))
        height += self.search.sizeHint().height() + theme.SPACING * 2
        height += self._layout.spacing() + 2 * (self.list.frameWidth() + self.frameWidth())
        self.resize(width, height)
        self.move(anchor.mapToGlobal(anchor.rect().bottomLeft()))
        self.show()
        self._select_source_row(current_row)
        self.search.setFocus()

    def _select_source_row(self, row: int) -> None:
        index = self.filter.mapFromSource(self.filter.sourceModel().index(row, 0))
        if index.isValid():
            self.list.setCurrentIndex(index)
            self.list.scrollToTop()  # the first family's header shows when the model is near
            self.list.scrollTo(index)

    def _search(self, text: str) -> None:
        self.filter.set_search(text)
        first = self._next_model(-1, 1)
        if first is not None:
            self.list.setCurrentIndex(self.filter.index(first, 0))

    def _next_model(self, row: int, step: int) -> int | None:
        row += step
        while 0 <= row < self.filter.rowCount():
            if not self.filter.index(row, 0).data(HEADER_ROLE):
                return row
            row += step
        return None

    def _choose(self, index: QModelIndex) -> None:
        if not index.isValid() or index.data(HEADER_ROLE):
            return
        self.hide()
        self.chosen.emit(self.filter.mapToSource(index).row())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        pressed = isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
        if watched is self.search and pressed:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if key == Qt.Key.Key_Down else -1
                found = self._next_model(self.list.currentIndex().row(), step)
                if found is not None:
                    self.list.setCurrentIndex(self.filter.index(found, 0))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._choose(self.list.currentIndex())
                return True
        return super().eventFilter(watched, event)

    def visible_model_rows(self) -> list[int]:
        """The source rows of the models shown now (tests, and the accessible count)."""
        return [
            self.filter.mapToSource(self.filter.index(r, 0)).row()
            for r in range(self.filter.rowCount())
            if not self.filter.index(r, 0).data(HEADER_ROLE)
        ]


__all__ = ["ModelFilter", "ModelSearchPopup"]
