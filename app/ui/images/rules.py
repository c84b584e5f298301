"""The rule rows under a drop zone's picture, and the one-click fixes for a broken rule.

One row per rule of the field: a mark (✓, ✗, or ℹ for a note), the rule's short name, the
image's value and the limit, the value shown precisely enough that the comparison reads as
the one checked. Each fix the core offers is a button; its description is its tooltip. A
click applies it at once into a new file (the original stays; Undo brings it back).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QGridLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from app.core.fixes import Fix
from app.core.framing import PadFill
from app.core.validation import Check
from app.ui import theme
from app.ui.images.wording import check_sentence, fix_description, fix_title
from app.ui.units import cell_text
from app.ui.widgets.elided import ElidedButton, ElidedLabel
from app.ui.widgets.flow import FlowLayout

# The rows' names and fixed values come from app.core.validation (no Qt): marked here for
# translation and shown in the window's language, the values' numbers and units as the
# language writes them (``app.ui.units``); the row's tooltip is the rule's whole sentence.
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
        limit = QLabel(cell_text(compact_limit(check.limit)))
        # The rule's name gives way first in a narrow zone: elided, whole in the tooltip.
        name = ElidedLabel(short_label, mode=Qt.TextElideMode.ElideRight)
        name.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        cells = [mark, name, QLabel(cell_text(check.actual)), limit]
        sentence = check_sentence(check.message)
        for column, cell in enumerate(cells):
            cell.setParent(self)
            theme.make_small(cell, bold=(column == 0))
            cell.setToolTip(sentence)
            if column >= 2:
                cell.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(cell, row, column)
        verdict = self.tr("passed") if passed else self.tr("failed")
        mark.setAccessibleName(f"{short_label}: {verdict}. {sentence}")


class FixButtons:
    """One button per offered fix, in a row of the zone's layout that wraps when the buttons
    do not fit; a title wider than the zone is elided, whole in its tooltip.

    A click applies the fix at once (Undo takes it back); a crop opens the framing tool
    first. A pad's button has a menu of fills: its click pads with the fill chosen last.
    """

    def __init__(
        self,
        parent: QWidget,
        on_click: Callable[[int], object],
        on_fill: Callable[[int, PadFill, QColor | None], object] | None = None,
        crop_title: Callable[[Fix], str] | None = None,
    ) -> None:
        self.parent = parent
        self.on_click = on_click
        self.on_fill = on_fill
        self.crop_title = crop_title
        self.row = FlowLayout(spacing=theme.SPACING // 2)
        self.buttons: list[QAbstractButton] = []

    def show_fixes(self, wanted: list[Fix]) -> None:
        titles = [self._title(f) for f in wanted]
        if [b.property("fixTitle") for b in self.buttons] == titles:
            return
        for button in self.buttons:
            self.row.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        while self.row.count():
            self.row.takeAt(0)
        for index, fix in enumerate(wanted):
            button = self._button(index, fix, titles[index])
            button.setProperty("fixTitle", titles[index])
            if not isinstance(button, ElidedButton):
                button.setToolTip(fix_description(fix.description))
            button.setAccessibleDescription(fix_description(fix.description))
            button.clicked.connect(lambda _checked=False, i=index: self.on_click(i))
            self.row.addWidget(button)
            self.buttons.append(button)

    def _title(self, fix: Fix) -> str:
        if fix.kind == "crop_ratio":
            if self.crop_title is not None:
                return self.crop_title(fix)
            return fix_title(fix.title) + "…"
        return fix_title(fix.title)

    def _button(self, index: int, fix: Fix, title: str) -> QAbstractButton:
        if fix.kind != "pad_ratio" or self.on_fill is None:
            plain = ElidedButton(title, self.parent, fix_description(fix.description))
            plain.setAutoDefault(False)
            return plain
        tool = QToolButton(self.parent)
        tool.setText(fix_title(fix.title))
        tool.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        tool.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(tool)
        on_fill = self.on_fill
        for fill, text in pad_fill_choices():
            action = menu.addAction(text)
            action.setObjectName(f"padFill-{fill.value}")
            action.triggered.connect(lambda _checked=False, f=fill: on_fill(index, f, None))
        other = menu.addAction(QCoreApplication.translate("FixButtons", "Another colour…"))
        other.setObjectName("padFill-pick")
        other.triggered.connect(lambda _checked=False: on_fill(index, PadFill.COLOUR, QColor()))
        tool.setMenu(menu)
        return tool


def pad_fill_choices() -> list[tuple[PadFill, str]]:
    """The fills a pad offers, in the user's words."""
    return [
        (PadFill.COLOUR, QCoreApplication.translate("FixButtons", "Black bars")),
        (PadFill.BLUR, QCoreApplication.translate("FixButtons", "Blurred edges")),
        (PadFill.MIRROR, QCoreApplication.translate("FixButtons", "Mirrored edges")),
    ]


__all__ = ["FixButtons", "RuleRows", "compact_limit", "pad_fill_choices"]
