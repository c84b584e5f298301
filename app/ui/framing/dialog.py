"""The framing tool's window: the canvas, a line saying what the crop keeps, OK and Cancel.

It is opened with ``open()`` (window-modal, not blocking) and reports the framed region
through ``framed`` when the user presses Crop (or Enter); Cancel (or Escape) leaves the
image as it was. The picture it shows is the thumbnail the window already has: the
rectangle is kept in the full-size picture's pixels, so nothing is read from disk here.
"""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.core.framing import Box
from app.ui import theme
from app.ui.framing.canvas import FramingCanvas


def ratio_name(ratio: float) -> str:
    """A ratio as people name it: "16:9" when it is one of small whole numbers, else "2.499"."""
    fraction = Fraction(ratio).limit_denominator(32)
    if abs(float(fraction) - ratio) < 1e-6:
        return f"{fraction.numerator}:{fraction.denominator}"
    return f"{ratio:.4f}".rstrip("0").rstrip(".")


class FramingDialog(QDialog):
    """Frame a picture to one aspect ratio (see the module's docstring)."""

    framed = Signal(object)  # the Box the user framed, in the full-size picture's pixels

    def __init__(
        self,
        image: QImage,
        source_size: tuple[int, int],
        ratio: float,
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Frame {name}").format(name=name))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.canvas = FramingCanvas(image, source_size, ratio, self)
        hint = QLabel(
            self.tr(
                "Drag the frame to choose what the shot keeps, or a corner to resize it; the "
                "aspect ratio stays {ratio}. Arrow keys move it (with Shift, ten pixels at a "
                "time), + and − resize it, Home centres it, F makes it as large as it can be."
            ).format(ratio=ratio_name(ratio)),
            self,
        )
        hint.setWordWrap(True)
        legend = QLabel(
            self.tr(
                "Thin lines: the rule of thirds. Dashed line: the title-safe area, where text "
                "stays visible on every screen."
            ),
            self,
        )
        legend.setWordWrap(True)
        theme.make_small(legend)
        self.summary = QLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Crop"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(theme.SPACING)
        layout.addWidget(hint)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(legend)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.canvas.box_changed.connect(self._summarise)
        self._summarise()
        self.canvas.setFocus()

    def box(self) -> Box:
        return self.canvas.box()

    def _summarise(self) -> None:
        box = self.canvas.box()
        self.summary.setText(
            self.tr("Keeps {width} × {height} px, from {left}, {top}.").format(
                width=box.width, height=box.height, left=box.left, top=box.top
            )
        )

    def accept(self) -> None:
        box = self.canvas.box()
        super().accept()
        self.framed.emit(box)


__all__ = ["FramingDialog", "ratio_name"]
