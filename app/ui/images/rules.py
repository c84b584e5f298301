"""The rule rows under a drop zone's picture, and the one-click fixes for a broken rule.

One row per rule of the field: a mark (✓, ✗, or ℹ for a note), the rule's short name, the
image's value and the limit. Each fix the core offers is a button; its description is its
tooltip and is shown again in a confirmation before anything happens.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from app.core.fixes import Fix
from app.core.validation import Check
from app.ui import theme

# The rows' names and fixed values come from app.core.validation (no Qt): marked here for
# translation and shown in the window's language; the core's English sentence about the
# rule stays the row's tooltip.
ROW_TEXTS = (
    QT_TRANSLATE_NOOP("RuleRows", "Width"),
    QT_TRANSLATE_NOOP("RuleRows", "Height"),
    QT_TRANSLATE_NOOP("RuleRows", "Aspect ratio"),
    QT_TRANSLATE_NOOP("RuleRows", "File size"),
    QT_TRANSLATE_NOOP("RuleRows", "Format"),
    QT_TRANSLATE_NOOP("RuleRows", "Complete file"),
    QT_TRANSLATE_NOOP("RuleRows", "Pixels"),
    QT_TRANSLATE_NOOP("RuleRows", "Animation"),
    QT_TRANSLATE_NOOP("RuleRows", "cut short"),
    QT_TRANSLATE_NOOP("RuleRows", "the whole file"),
    QT_TRANSLATE_NOOP("RuleRows", "first frame used"),
)


def row_text(text: str) -> str:
    """A rule row's name or value in the window's language (numbers come back as they are)."""
    return QCoreApplication.translate("RuleRows", text)

# A zone is as narrow as half the panel: "less than 6000 px" becomes "< 6000 px" in its rows
# (the tooltip and the accessible name keep the sentence).
_LIMIT_SYMBOLS = (
    ("less than ", "< "),
    ("more than ", "> "),
    ("at most ", "≤ "),
    ("at least ", "≥ "),
)


def compact_limit(limit: str) -> str:
    """A rule's limit as a short cell: the comparison as a symbol, the number and unit kept."""
    for words, symbol in _LIMIT_SYMBOLS:
        if limit.startswith(words):
            return symbol + limit[len(words) :]
    return limit


class FixConfirmation(QMessageBox):
    """The confirmation shown before a fix creates a new file (opened with ``open()``)."""

    def __init__(self, fix: Fix, parent: QWidget) -> None:
        super().__init__(parent)
        self.fix = fix
        description = fix.description.strip().rstrip(".")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(fix.title)
        self.setText(
            self.tr(
                "Storyreel will create a new file: {description}. Your original stays untouched."
            ).format(description=description)
        )
        self.apply_button = self.addButton(self.tr("Apply"), QMessageBox.ButtonRole.AcceptRole)
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.apply_button)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


class RuleRows(QWidget):
    """The grid of rule rows; rebuilt only when the verdict changes."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(theme.SPACING)
        self.grid.setVerticalSpacing(1)
        # Compact rows: the spare width goes to an empty last column, not between the cells.
        self.grid.setColumnStretch(4, 1)
        self._shown: tuple[object, ...] | None = None

    def show_checks(self, checks: list[Check], key: tuple[object, ...], force: bool) -> None:
        if key == self._shown and not force:
            return
        self._shown = key
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for row, check in enumerate(checks):
            self._add_row(row, check)
        self.setVisible(bool(checks))

    def _add_row(self, row: int, check: Check) -> None:
        palette = self.palette()
        passed = check.passed
        mark = QLabel("✓" if passed else "✗", self)
        accent = theme.Accent.VALID if passed else theme.Accent.INVALID
        if passed and not check.fixable:
            mark.setText("ℹ")
            accent = theme.Accent.NEUTRAL
        theme.set_text_colour(mark, theme.accent(accent, palette))
        # "Aspect ratio (width ÷ height)" reads as "Aspect ratio" in a narrow row; the
        # tooltip keeps the whole sentence.
        short_label = row_text(check.label.split(" (")[0])
        limit = QLabel(row_text(compact_limit(check.limit)))
        cells = [mark, QLabel(short_label), QLabel(row_text(check.actual)), limit]
        for column, cell in enumerate(cells):
            cell.setParent(self)
            theme.make_small(cell, bold=(column == 0))
            cell.setToolTip(check.message)
            if column >= 2:
                cell.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(cell, row, column)
        verdict = self.tr("passed") if passed else self.tr("failed")
        mark.setAccessibleName(f"{short_label}: {verdict}. {check.message}")


class FixButtons:
    """One button per offered fix, in a row of the zone's layout."""

    def __init__(self, parent: QWidget, on_click: Callable[[int], object]) -> None:
        self.parent = parent
        self.on_click = on_click
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(theme.SPACING // 2)
        self.buttons: list[QPushButton] = []

    def show_fixes(self, wanted: list[Fix]) -> None:
        if [b.property("fixTitle") for b in self.buttons] == [f.title for f in wanted]:
            return
        for button in self.buttons:
            self.row.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        while self.row.count():
            self.row.takeAt(0)
        for index, fix in enumerate(wanted):
            button = QPushButton(fix.title, self.parent)
            button.setProperty("fixTitle", fix.title)
            button.setToolTip(fix.description)
            button.setAccessibleDescription(fix.description)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, i=index: self.on_click(i))
            self.row.addWidget(button)
            self.buttons.append(button)
        self.row.addStretch(1)


__all__ = ["FixButtons", "FixConfirmation", "RuleRows", "compact_limit"]
