"""The banner shown when Storyreel opens without a RunComfy API key.

It says plainly what the offline preview is (local motion sketches from the user's frames,
free and private, not AI generation) and how to get real generations: one button opens
Settings at the API key. It can be dismissed for good.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget


class WelcomeBanner(QFrame):
    add_key_requested = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAccessibleName(self.tr("About the offline preview"))

        self.message = QLabel(
            self.tr(
                "<b>You are using the offline preview.</b> It makes local motion sketches "
                "from your frames — camera moves and transitions, free and private — "
                "<b>not AI generation</b>. To generate real clips with Seedance and Dreamina, "
                "add your RunComfy API key (from your RunComfy profile)."
            ),
            self,
        )
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)

        self.add_key_button = QPushButton(self.tr("Add API key…"), self)
        self.add_key_button.setAccessibleName(self.tr("Add a RunComfy API key"))
        self.add_key_button.clicked.connect(self.add_key_requested)

        self.dismiss_button = QToolButton(self)
        self.dismiss_button.setText("✕")
        self.dismiss_button.setAutoRaise(True)
        self.dismiss_button.setToolTip(self.tr("Hide this message"))
        self.dismiss_button.setAccessibleName(self.tr("Hide this message"))
        self.dismiss_button.clicked.connect(self._dismiss)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.add_key_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()


__all__ = ["WelcomeBanner"]
