"""The parameter panel's two grids: the media fields two by two, the short fields (choices,
numbers, switches) in two columns (see :mod:`app.ui.panel`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QWidget

from app.core.catalogue import Field, FieldKind
from app.ui import theme


def image_grid(fields: list[Field], add: Callable[[Field], QWidget]) -> QGridLayout:
    """Media fields two by two; a list takes a whole row, and so does one frame alone: its
    verdict stays one line and its rules read in full (a first and a last frame sit side by
    side)."""
    grid = QGridLayout()
    grid.setSpacing(theme.SPACING * 2)
    column = 0
    row = 0
    singles = [f for f in fields if f.kind is not FieldKind.IMAGE_LIST]
    for f in fields:
        widget = add(f)
        if f.is_list or len(singles) == 1:
            if column:
                row, column = row + 1, 0
            grid.addWidget(widget, row, 0, 1, 2)
            row += 1
            continue
        grid.addWidget(widget, row, column, Qt.AlignmentFlag.AlignTop)
        column += 1
        if column == 2:
            row, column = row + 1, 0
    grid.setColumnStretch(0, 1)
    grid.setColumnStretch(1, 1)
    return grid


def compact_grid(fields: list[Field], add: Callable[[Field], QWidget]) -> QGridLayout:
    """The short fields (choices, numbers, switches) in two columns."""
    grid = QGridLayout()
    grid.setHorizontalSpacing(theme.SECTION_SPACING)
    grid.setVerticalSpacing(theme.SPACING)
    for index, f in enumerate(fields):
        widget = add(f)
        grid.addWidget(widget, index // 2, index % 2, Qt.AlignmentFlag.AlignTop)
    grid.setColumnStretch(0, 1)
    grid.setColumnStretch(1, 1)
    return grid


__all__ = ["compact_grid", "image_grid"]
