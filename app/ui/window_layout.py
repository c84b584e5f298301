"""The window's layout: its columns and splitters, and their sizes kept between runs."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui import theme
from app.ui.application import layout_store


def size_pages_for(pages: QStackedWidget, shown: QWidget) -> None:
    """A stacked widget is as large as its largest page, hidden or not; the hidden page's
    size is ignored instead, so that the single-shot view fits a small laptop screen without
    the storyboard's room."""
    for index in range(pages.count()):
        page = pages.widget(index)
        policy = QSizePolicy.Policy.Preferred if page is shown else QSizePolicy.Policy.Ignored
        if page is not None:
            page.setSizePolicy(policy, policy)


def restore_layout(window: QMainWindow, main: QSplitter, right: QSplitter) -> None:
    """The last run's geometry and splitters, or sizes that suit a first start."""
    store = layout_store()
    geometry = store.value("window/geometry")
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
    else:
        window.resize(1280, 800)
    for splitter in (main, right):
        state = store.value(f"splitters/{splitter.objectName()}")
        if isinstance(state, QByteArray) and not state.isEmpty():
            splitter.restoreState(state)
        elif splitter is main:
            splitter.setSizes([500, 780])  # the queue's buttons keep their names
        else:
            # The clip deserves more room than the list: rows are compact.
            splitter.setSizes([300, 500])


def save_layout(window: QMainWindow, main: QSplitter, right: QSplitter) -> None:
    store = layout_store()
    store.setValue("window/geometry", window.saveGeometry())
    for splitter in (main, right):
        store.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())
    store.sync()


def left_column(
    parent: QWidget,
    picker: QWidget,
    panel: QWidget,
    generate_button: QWidget,
    reason_label: QWidget,
    price_label: QWidget,
    variations_button: QWidget | None = None,
) -> QWidget:
    """The single-shot view's left side: the model, its settings, Generate (and "×N" beside
    it) and the price."""
    generate_row = QHBoxLayout()
    generate_row.addWidget(generate_button)
    if variations_button is not None:
        generate_row.addWidget(variations_button)
    generate_row.addWidget(reason_label, 1)
    left = QWidget(parent)
    left_layout = QVBoxLayout(left)
    left_layout.setContentsMargins(theme.SPACING, theme.SPACING, 0, theme.SPACING)
    model_row = QHBoxLayout()
    model_label = QLabel(QCoreApplication.translate("MainWindow", "&Model:"), left)
    model_label.setBuddy(picker)
    model_row.addWidget(model_label)
    model_row.addWidget(picker, 1)
    left_layout.addLayout(model_row)
    left_layout.addWidget(panel, 1)
    left_layout.addLayout(generate_row)
    left_layout.addWidget(price_label)
    return left


def splitter(
    parent: QWidget,
    orientation: Qt.Orientation,
    name: str,
    *parts: tuple[QWidget, int],
) -> QSplitter:
    """A splitter named for the layout store, its parts stretched by the given factors."""
    split = QSplitter(orientation, parent)
    split.setObjectName(name)
    for index, (widget, stretch) in enumerate(parts):
        split.addWidget(widget)
        split.setStretchFactor(index, stretch)
    split.setChildrenCollapsible(False)
    return split


def central_widget(parent: QWidget, banner: QWidget | None, pages: QWidget) -> QWidget:
    """The welcome banner above the pages (single shot or storyboard); without a banner,
    it goes at the top of the central widget's layout when it is built."""
    central = QWidget(parent)
    central_layout = QVBoxLayout(central)
    central_layout.setContentsMargins(theme.SPACING, theme.SPACING, theme.SPACING, 0)
    if banner is not None:
        central_layout.addWidget(banner)
    central_layout.addWidget(pages, 1)
    return central


def central_layout(central: QWidget) -> QVBoxLayout:
    """The layout :func:`central_widget` made (the welcome banner goes at its top)."""
    layout = central.layout()
    assert isinstance(layout, QVBoxLayout)
    return layout


__all__ = [
    "central_layout",
    "central_widget",
    "left_column",
    "restore_layout",
    "save_layout",
    "splitter",
]
