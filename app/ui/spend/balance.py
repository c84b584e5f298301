"""The RunComfy balance, beside the engine switch: shown when a key is set, read again after
each finished job, "balance unavailable" when it cannot be read (never a guess)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.ui import theme
from app.ui.bridge import Controller


class BalanceLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("RunComfy balance"))
        theme.make_small(self)
        self.setContentsMargins(8, 0, 8, 0)

    def attach(self, controller: Controller) -> None:
        controller.balance_changed.connect(self.show_balance)

    def show_balance(self, text: str, key_set: bool) -> None:
        if not key_set:  # empty rather than hidden: a toolbar shows its widgets by its actions
            self.clear()
            self.setToolTip("")
            return
        if text:
            self.setText(self.tr("Balance: {amount}").format(amount=text))
            self.setToolTip(self.tr("Your RunComfy balance, read again after each finished job."))
        else:
            self.setText(self.tr("Balance unavailable"))
            self.setToolTip(
                self.tr(
                    "RunComfy's balance could not be read just now. It is read again after "
                    "the next finished job."
                )
            )


__all__ = ["BalanceLabel"]
