"""The framing tool: a rectangle locked to an aspect ratio, dragged over a picture.

canvas   the picture with the rectangle, its guides, mouse and keyboard
dialog   the tool's window: the canvas, what it keeps, OK and Cancel
"""

from app.ui.framing.canvas import FramingCanvas
from app.ui.framing.dialog import FramingDialog, ratio_name

__all__ = ["FramingCanvas", "FramingDialog", "ratio_name"]
