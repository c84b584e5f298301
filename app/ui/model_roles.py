"""The data roles of the model picker's items (:mod:`app.ui.model_picker` fills them, its
search popup, :mod:`app.ui.model_search`, reads them): a module of their own, so that the
picker is built without loading the popup, which is made when it first opens."""

from __future__ import annotations

from PySide6.QtCore import Qt

MODEL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 2
HEADER_ROLE = Qt.ItemDataRole.UserRole + 3
GROUP_ROLE = Qt.ItemDataRole.UserRole + 4
SEARCH_TEXT_ROLE = Qt.ItemDataRole.UserRole + 5
PRICE_ROLE = Qt.ItemDataRole.UserRole + 6
NEW_ROLE = Qt.ItemDataRole.UserRole + 7

__all__ = [
    "GROUP_ROLE",
    "HEADER_ROLE",
    "MODEL_ID_ROLE",
    "NEW_ROLE",
    "PRICE_ROLE",
    "SEARCH_TEXT_ROLE",
    "SUMMARY_ROLE",
]
