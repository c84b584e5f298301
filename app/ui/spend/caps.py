"""The spending caps: their fields in Settings, and the question asked when a paid job or a
storyboard render would pass one (nothing is sent until the user raises the cap)."""

from __future__ import annotations

import logging
import math
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QWidget,
)

from app.core.errors import SpendingCapReached
from app.core.settings import Settings
from app.core.spending import CapScope, SpendingCaps, dollars
from app.ui import theme
from app.ui.error_text import error_text

log = logging.getLogger(__name__)

MAX_CAP = 100_000.0


class CapField(QWidget):
    """"Cap: [x] $[ 10.00 ]": a cap, or none when unticked."""

    def __init__(self, label: str, value: float | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(label, self)
        self.amount = QDoubleSpinBox(self)
        self.amount.setRange(0.0, MAX_CAP)
        self.amount.setDecimals(2)
        self.amount.setSingleStep(1.0)
        self.amount.setPrefix("$")
        self.amount.setAccessibleName(label)
        self.enabled.toggled.connect(self.amount.setEnabled)
        self.set_value(value)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.enabled)
        row.addWidget(self.amount)
        row.addStretch(1)

    def set_value(self, value: float | None) -> None:
        self.enabled.setChecked(value is not None)
        self.amount.setEnabled(value is not None)
        self.amount.setValue(value if value is not None else 10.0)

    def value(self) -> float | None:
        return round(self.amount.value(), 2) if self.enabled.isChecked() else None


class CapFields(QGroupBox):
    """The Settings dialog's "Spending caps" box."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Spending caps"), parent)
        caps = settings.caps
        self.day_cap = CapField(self.tr("Per day"), caps.day, self)
        self.render_cap = CapField(self.tr("Per storyboard render"), caps.render, self)
        help_text = QLabel(
            self.tr(
                "A paid job that would pass a cap is not sent: Storyreel asks you first. "
                "Free previews never count."
            ),
            self,
        )
        help_text.setWordWrap(True)
        theme.make_small(help_text)
        form = QFormLayout(self)
        form.addRow(self.day_cap)
        form.addRow(self.render_cap)
        form.addRow(help_text)

    def apply(self, settings: Settings) -> None:
        settings.day_cap = self.day_cap.value()
        settings.render_cap = self.render_cap.value()


def tr(text: str) -> str:
    return QCoreApplication.translate("SpendingCaps", text)


def board_against_caps(
    total: float | None, caps: SpendingCaps, spent_today: float, balance: str, key_set: bool
) -> str:
    """One line for Generate all: the board's total against the caps, and the balance."""
    parts = []
    if caps.render is not None:
        parts.append(tr("your cap per render is {cap}").format(cap=dollars(caps.render)))
    if caps.day is not None:
        after = dollars(spent_today + (total or 0.0))
        parts.append(
            tr("today {after} of your {cap} daily cap").format(after=after, cap=dollars(caps.day))
        )
    if not parts:
        parts.append(tr("no spending cap is set"))
    if key_set:
        parts.append(
            tr("RunComfy balance {amount}").format(amount=balance)
            if balance
            else tr("RunComfy balance unavailable")
        )
    text = "; ".join(parts)
    return text[:1].upper() + text[1:] + "."


def needed_cap(exc: SpendingCapReached) -> float:
    """The smallest cap (rounded up to the cent) that lets the refused spending through."""
    return math.ceil((exc.spent + exc.amount) * 100 - 1e-6) / 100


def ask_to_raise(
    parent: QWidget,
    exc: SpendingCapReached,
    settings: Settings,
    answered: Callable[[bool], None],
) -> QMessageBox:
    """Say what the cap stopped and offer to raise it just enough (a window-modal question
    that does not block: a job's task may be the one asking). ``answered(True)`` once the
    user raised the cap (saved in ``settings``), ``answered(False)`` when they declined;
    nothing was sent either way."""
    new_cap = needed_cap(exc)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Spending cap reached"))
    box.setText(error_text(exc))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    raise_button = box.addButton(
        tr("Raise the cap to {amount} and send").format(amount=dollars(new_cap)),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(tr("Don't send"), QMessageBox.ButtonRole.RejectRole)

    def chosen(button: QAbstractButton) -> None:
        if button is raise_button:
            raise_cap(settings, exc)
        answered(button is raise_button)

    box.buttonClicked.connect(chosen)
    box.open()
    return box


def raise_cap(settings: Settings, exc: SpendingCapReached) -> float:
    """Raise the cap ``exc`` stopped at to :func:`needed_cap` and save it; returns it."""
    new_cap = needed_cap(exc)
    if exc.scope == CapScope.RENDER:
        settings.render_cap = new_cap
    else:
        settings.day_cap = new_cap
    try:
        settings.save()
    except OSError as error:  # the new cap holds for this session all the same
        log.warning("the raised spending cap could not be saved: %s", error)
    return new_cap


__all__ = ["CapField", "CapFields", "ask_to_raise", "board_against_caps", "needed_cap", "raise_cap"]
