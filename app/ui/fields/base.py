"""The base of every field widget: a label, the editor, helper text and the field's problems.

A field widget edits one schema field and knows nothing about the model around it; the
parameter panel builds it through the registry, gives it its label and tooltip, and tells
it its problems after every change.

    value()         the value in the type the schema asks for; None when unset
    set_value(v)    show a value (None: unset)
    reset()         back to the schema default (or unset when there is none)
    changed         emitted whenever the value may have changed
    set_problems()  errors (red) and warnings (amber) shown under the widget, with a
                    coloured bar along its left edge
    local_problems()  what only the widget can know: text that is not valid JSON, an image
                    that breaks the field's rules
    pending()       a reason while the widget is still working (an image being checked)
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.core.catalogue import Field
from app.core.validation import Problem, Severity
from app.ui import theme
from app.ui.problems import problem_text

_UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
NOT_PARSED = object()  # what read_json gives for text that is not JSON


def read_json(text: str) -> Any:
    """``text`` read as JSON, or :data:`NOT_PARSED` when it cannot be read."""
    try:
        return json.loads(text)
    except (ValueError, RecursionError):  # RecursionError: nested too deep
        return NOT_PARSED


def is_undo_shortcut(event: QEvent) -> bool:
    """Whether ``event`` asks to take Ctrl+Z or Ctrl+Shift+Z: a text editor passes those on
    to the window's Undo and Redo."""
    return (
        event.type() == QEvent.Type.ShortcutOverride
        and isinstance(event, QKeyEvent)
        and any(event.matches(key) for key in _UNDO_KEYS)
    )


class FieldWidget(QWidget):
    """One schema field's editor. Subclasses put their editor in ``body`` and implement
    ``value``/``set_value``."""

    changed = Signal()

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self._label_text = field.title
        self._problems: list[Problem] = []

        self.title_label = QLabel(field.title, self)
        self.title_label.setObjectName("fieldTitle")
        title_font = self.title_label.font()
        title_font.setWeight(title_font.Weight.DemiBold)
        self.title_label.setFont(title_font)

        self.header = QHBoxLayout()
        self.header.setContentsMargins(0, 0, 0, 0)
        self.header.setSpacing(theme.SPACING)
        self.header.addWidget(self.title_label)
        self.header.addStretch(1)

        self.body = QVBoxLayout()
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(theme.SPACING // 2)

        self.helper_label = QLabel(self)
        self.helper_label.setObjectName("fieldHelper")
        self.helper_label.setWordWrap(True)
        self.helper_label.hide()
        theme.make_small(self.helper_label)

        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("fieldProblems")
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_label.hide()

        outer = QVBoxLayout(self)
        outer.setContentsMargins(theme.ACCENT_BAR + 6, 2, 2, 4)
        outer.setSpacing(theme.SPACING // 2)
        outer.addLayout(self.header)
        outer.addLayout(self.body)
        outer.addWidget(self.helper_label)
        outer.addWidget(self.problem_label)
        self._apply_colours()

    # --- what subclasses implement ------------------------------------------------------

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def reset(self) -> None:
        self.set_value(self.field.default)

    def focus_widget(self) -> QWidget:
        """The widget that takes keyboard focus for this field (the label's buddy)."""
        return self

    def local_problems(self) -> list[Problem]:
        return []

    def pending(self) -> str | None:
        return None

    def apply_context(self, context: dict[str, Any]) -> None:
        """Settings of other fields this widget shows something for (the chosen ratio)."""

    # --- label, tooltip, problems -------------------------------------------------------

    @property
    def label(self) -> str:
        return self._label_text

    def set_label(self, label: str, tooltip: str = "", helper: str = "") -> None:
        """Set the visible label, the tooltip (schema words) and the small helper text."""
        self._label_text = label
        self.title_label.setText(label)
        self.title_label.setBuddy(self.focus_widget())
        self.setAccessibleName(label)
        self.focus_widget().setAccessibleName(label)
        if tooltip:
            self.focus_widget().setAccessibleDescription(tooltip)
        self.setToolTip(tooltip)
        self.title_label.setToolTip(tooltip)
        self.helper_label.setText(helper)
        self.helper_label.setVisible(bool(helper))
        self.label_changed(label)

    def label_changed(self, label: str) -> None:
        """Hook for widgets that show the label themselves (a switch carries its title)."""

    def problems(self) -> list[Problem]:
        return list(self._problems)

    def set_problems(self, problems: list[Problem]) -> None:
        """Show these problems under the widget: errors in red, warnings in amber."""
        if problems == self._problems:
            return
        self._problems = list(problems)
        lines = []
        for problem in problems:
            if self.shows_in_place(problem):
                continue
            where = "" if problem.item is None else self.item_prefix(problem.item)
            lines.append(where + problem_text(problem))
        self.problem_label.setText("\n".join(lines))
        self.problem_label.setVisible(bool(lines))
        self._apply_colours()
        self.update()

    def item_prefix(self, index: int) -> str:
        """How a problem of one item of a list field starts ("Image 2: ")."""
        return self.tr("Image {n}: ").format(n=index + 1)

    def shows_in_place(self, problem: Problem) -> bool:
        """True for a problem the editor already shows itself (an image's verdict in its zone),
        so it is not repeated under the widget; it still colours the accent bar."""
        return False

    def severity(self) -> Severity | None:
        if any(p.blocking for p in self._problems):
            return Severity.ERROR
        if self._problems:
            return Severity.WARNING
        return None

    def _accent(self) -> theme.Accent | None:
        severity = self.severity()
        if severity is Severity.ERROR:
            return theme.Accent.INVALID
        if severity is Severity.WARNING:
            return theme.Accent.WARNING
        return None

    def _apply_colours(self) -> None:
        palette = self.palette()
        theme.set_text_colour(self.helper_label, theme.muted(palette))
        kind = self._accent()
        theme.set_text_colour(
            self.problem_label, theme.accent(kind, palette) if kind is not None else None
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_colours()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        kind = self._accent()
        if kind is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.accent(kind, self.palette()))
        bar = QRectF(0, 2, theme.ACCENT_BAR, self.height() - 4)
        painter.drawRoundedRect(bar, theme.ACCENT_BAR / 2, theme.ACCENT_BAR / 2)
        painter.end()
