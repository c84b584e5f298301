"""A list of simple objects (scenes, keyframes): one form row per entry.

Each row's fields come from the item schema, each edited by the widget its kind asks for
through the registry (a duration choice, a number, a line of text…). Rows can be added (up
to ``maxItems``), removed and moved up or down; the value is the list of the rows' set
values, in order, exactly as the schema types them. Keys an entry carries that the item
schema does not name (from a saved file) are kept and sent back unchanged.

For the undo history, ``take_last_edit`` says what the last change was: "add", "remove",
"move", or "" for an edit inside a row (typing there merges into one step).
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.catalogue import Field, FieldKind
from app.core.validation import Problem, Severity, is_unset
from app.ui import theme
from app.ui.fields.base import FieldWidget
from app.ui.fields.labels import label_for, tooltip_for
from app.ui.fields.prompt import PromptWidget
from app.ui.fields.registry import register, widget_for

_WIDE_KINDS = (FieldKind.PROMPT, FieldKind.OBJECT_LIST, FieldKind.STRUCTURED)


class EntryRow(QFrame):
    """One entry of the list: its number, its fields and its move and remove buttons."""

    def __init__(self, owner: ObjectListWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.owner = owner
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("objectListRow")
        self.extras: dict[str, Any] = {}
        # Values a field's widget cannot show (1.4 for a strength of at most 1, from a file):
        # kept and sent as they are, so validation names them, until the field is edited.
        self.held: dict[str, Any] = {}
        self.title = QLabel(self)
        font = self.title.font()
        font.setWeight(font.Weight.DemiBold)
        self.title.setFont(font)
        up, down, remove = (
            QCoreApplication.translate("ObjectListWidget", "Move up"),
            QCoreApplication.translate("ObjectListWidget", "Move down"),
            QCoreApplication.translate("ObjectListWidget", "Remove"),
        )
        self.up_button = self._button("↑", up, lambda: owner.move_entry(self, -1))
        self.down_button = self._button("↓", down, lambda: owner.move_entry(self, 1))
        self.remove_button = self._button("✕", remove, lambda: owner.remove(self))
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.title)
        header.addStretch(1)
        for button in (self.up_button, self.down_button, self.remove_button):
            header.addWidget(button)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(theme.SECTION_SPACING)
        self.widgets: dict[str, FieldWidget] = {}
        cell = 0
        for sub in owner.field.item_fields:
            widget = widget_for(sub, self)
            label = label_for(sub, None)
            widget.set_label(label, tooltip_for(sub, label))
            widget.changed.connect(lambda name=sub.name: self._release(name))
            widget.changed.connect(owner.row_changed)
            if isinstance(widget, PromptWidget):  # a row's text is shorter than a prompt
                widget.editor.setFixedHeight(widget.editor.fontMetrics().lineSpacing() * 3 + 16)
            self.widgets[sub.name] = widget
            if sub.kind in _WIDE_KINDS:
                cell += cell % 2
                grid.addWidget(widget, cell // 2, 0, 1, 2)
                cell += 2
            else:
                grid.addWidget(widget, cell // 2, cell % 2)
                cell += 1
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.SPACING, theme.SPACING // 2, theme.SPACING, theme.SPACING)
        layout.addLayout(header)
        layout.addLayout(grid)

    def _button(self, text: str, name: str, slot: Any) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(name)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

    def value(self) -> dict[str, Any]:
        found = dict(self.extras)
        for name, widget in self.widgets.items():
            value = self.held[name] if name in self.held else widget.value()
            if not is_unset(value):
                found[name] = value
            else:
                found.pop(name, None)
        return found

    def set_value(self, entry: dict[str, Any]) -> None:
        self.extras = {k: v for k, v in entry.items() if k not in self.widgets}
        self.held = {}
        for name, widget in self.widgets.items():
            wanted = entry.get(name)
            widget.set_value(wanted)
            shown = widget.value()
            if wanted is not None and not _same(shown, wanted):
                self.held[name] = wanted
                note = QCoreApplication.translate(
                    "ObjectListWidget",
                    "The saved value {value} cannot be shown here; it is kept until you change it."
                ).format(value=json.dumps(wanted, ensure_ascii=False))
                widget.set_problems([Problem(name, "held", note, severity=Severity.WARNING)])
            else:
                widget.set_problems([])

    def _release(self, name: str) -> None:
        """The user changed a field whose saved value could not be shown: theirs counts now."""
        if self.held.pop(name, None) is not None:
            self.widgets[name].set_problems([])


def _same(shown: Any, wanted: Any) -> bool:
    """Whether a widget shows the value it was given (5.0 for 5 counts: both numbers)."""
    numbers = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (shown, wanted))
    return shown == wanted and (numbers or type(shown) is type(wanted))


@register(FieldKind.OBJECT_LIST)
class ObjectListWidget(FieldWidget):
    """Entries of a list of objects as form rows: add, remove, move up and down."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        items = field.schema.get("items")
        title = items.get("title") if isinstance(items, dict) else None
        self.noun = str(title) if isinstance(title, str) and title.strip() else self.tr("Entry")
        self.rows: list[EntryRow] = []
        self._quiet = False
        self._last_edit = ""
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(theme.SPACING)
        self.body.addLayout(self.rows_layout)
        self.empty_label = QLabel(self.tr("No entries yet."), self)
        theme.make_small(self.empty_label)
        theme.set_text_colour(self.empty_label, theme.muted(self.palette()))
        self.body.addWidget(self.empty_label)
        self.add_button = QPushButton(self.tr("Add {noun}").format(noun=self.noun.lower()), self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add)
        add_row = QHBoxLayout()
        add_row.setContentsMargins(0, 0, 0, 0)
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        self.body.addLayout(add_row)
        self.reset()

    def focus_widget(self) -> QWidget:
        return self.add_button

    def item_prefix(self, index: int) -> str:
        return self.tr("{noun} {n}: ").format(noun=self.noun, n=index + 1)

    def take_last_edit(self) -> str:
        edit, self._last_edit = self._last_edit, ""
        return edit

    # --- rows -----------------------------------------------------------------------------

    def _new_row(self) -> EntryRow:
        row = EntryRow(self, self)
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        return row

    def _drop_row(self, row: EntryRow) -> None:
        self.rows.remove(row)
        self.rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()

    def _update(self) -> None:
        count = len(self.rows)
        for index, row in enumerate(self.rows):
            entry = f"{self.noun} {index + 1}"
            row.title.setText(entry)
            row.setAccessibleName(entry)
            row.up_button.setAccessibleName(self.tr("Move {entry} up").format(entry=entry))
            row.down_button.setAccessibleName(self.tr("Move {entry} down").format(entry=entry))
            row.remove_button.setAccessibleName(self.tr("Remove {entry}").format(entry=entry))
            row.up_button.setEnabled(index > 0)
            row.down_button.setEnabled(index < count - 1)
        self.empty_label.setVisible(not self.rows)
        full = self.field.max_items is not None and count >= self.field.max_items
        self.add_button.setEnabled(not full)
        self.add_button.setToolTip(
            self.tr("At most %n entries.", "", self.field.max_items or 0) if full else ""
        )

    def add(self) -> EntryRow | None:
        """A new entry at the end, with the item schema's defaults."""
        if self.field.max_items is not None and len(self.rows) >= self.field.max_items:
            return None
        self._quiet = True
        try:
            row = self._new_row()
        finally:
            self._quiet = False
        self._update()
        self._edited("add")
        focus = next(iter(row.widgets.values()), None)
        if focus is not None:
            focus.focus_widget().setFocus()
        return row

    def remove(self, row: EntryRow) -> None:
        self._drop_row(row)
        self._update()
        self._edited("remove")

    def move_entry(self, row: EntryRow, step: int) -> None:
        index = self.rows.index(row)
        target = index + step
        if not 0 <= target < len(self.rows):
            return
        entries = [r.value() for r in self.rows]
        entries[index], entries[target] = entries[target], entries[index]
        self._fill(entries)
        moved = self.rows[target]
        (
            moved.down_button if step > 0 and target < len(self.rows) - 1 else moved.up_button
        ).setFocus()
        self._edited("move")

    def row_changed(self) -> None:
        if not self._quiet:
            self._edited("")

    def _edited(self, edit: str) -> None:
        self._last_edit = edit
        self.changed.emit()

    # --- value ----------------------------------------------------------------------------

    def value(self) -> Any:
        if not self.rows:
            return None
        return [row.value() for row in self.rows]

    def set_value(self, value: Any) -> None:
        if value is None:
            value = []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            return  # not a list of entries: the value stays as it is (validation names it)
        self._fill(value)
        self._last_edit = ""
        self.changed.emit()

    def _fill(self, entries: list[dict[str, Any]]) -> None:
        self._quiet = True
        try:
            while len(self.rows) > len(entries):
                self._drop_row(self.rows[-1])
            while len(self.rows) < len(entries):
                self._new_row()
            for row, entry in zip(self.rows, entries, strict=True):
                row.set_value(entry)
        finally:
            self._quiet = False
        self._update()
