"""What a drop zone's fix buttons and its Frame button do.

A fix applies in one click: the new file replaces the image and the single-shot document
records it as one step, so Undo (Ctrl+Z) brings back the exact image that was there. A crop
first opens the framing tool (:mod:`app.ui.framing`), its rectangle locked to the model's
ratio setting or the nearest ratio the field allows, so the user chooses what the shot keeps
instead of a blind centre crop; Crop in the tool applies it. A pad fills its bars with the
fill chosen from its button's menu (black, another colour, blurred or mirrored edges); the
button itself pads with the fill chosen last.

Nothing here touches the disk: the crop and the pad run on a worker in
:meth:`app.ui.images.checking.ImageCheck.apply_fix`, and the framing tool shows the
thumbnail the zone already has.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QColorDialog, QWidget

from app.core.catalogue import Field
from app.core.fixes import Fix
from app.core.framing import Box, PadFill
from app.core.framing_fixes import framed_crop, framing_ratio, with_fill
from app.core.images import ImageInfo
from app.ui.images.checking import ImageCheck, State
from app.ui.images.wording import fix_title

if TYPE_CHECKING:
    # The framing tool is loaded when a zone first needs it: the first screen has no image.
    from app.ui.framing import FramingDialog


class _Zone(Protocol):
    """What the fix actions ask of their zone (a :class:`app.ui.images.zone.DropZone`)."""

    field: Field
    check: ImageCheck

    def fixes(self) -> list[Fix]: ...
    def info(self) -> ImageInfo | None: ...
    def thumbnail(self) -> QImage | None: ...
    def frame_ratio_text(self) -> str: ...


class FixActions(QObject):
    """The fixes of one zone, applied in one click (see the module's docstring)."""

    def __init__(self, zone: _Zone, widget: QWidget) -> None:
        super().__init__(widget)
        self.zone = zone
        self.widget = widget
        self.fill = PadFill.COLOUR  # the fill a pad button's click uses: the one chosen last
        self.colour: tuple[int, int, int] = (0, 0, 0)
        self.framing: FramingDialog | None = None
        self.colour_dialog: QColorDialog | None = None

    def can_frame(self) -> bool:
        check = self.zone.check
        return (
            check.local is not None
            and check.state in (State.VALID, State.INVALID)
            and self.zone.info() is not None
            and not any(c.rule == "complete" and not c.passed for c in check.checks())
        )

    def crop_title(self, fix: Fix) -> str:
        """The crop button's title: the ratio the framing tool will lock to."""
        info = self.zone.info()
        if info is None:
            return fix_title(fix.title) + "…"
        from app.ui.framing import ratio_name

        ratio = framing_ratio(self.zone.field, info, self.zone.frame_ratio_text() or None)
        name = ratio_name(ratio)
        if ":" in name:
            return self.tr("Crop to {ratio}…").format(ratio=name)
        return fix_title(fix.title) + "…"

    def request_fix(self, index: int) -> FramingDialog | None:
        """Apply fix ``index`` now; a crop opens the framing tool (returned) first."""
        fixes = self.zone.fixes()
        if not 0 <= index < len(fixes):
            return None
        fix = fixes[index]
        if fix.kind == "crop_ratio":
            return self.frame()
        if fix.kind == "pad_ratio":
            fix = with_fill(fix, self.fill, self.colour)
        self.zone.check.apply_fix(fix, self.zone.check.generation)
        return None

    def pad_with(self, index: int, fill: PadFill, colour: QColor | None) -> None:
        """Pad with this fill (and remember it); an invalid ``colour`` asks for one first."""
        if colour is not None and not colour.isValid():
            self._pick_colour(index)
            return
        self.fill = fill
        if fill is PadFill.COLOUR:
            chosen = colour or QColor(0, 0, 0)
            self.colour = (chosen.red(), chosen.green(), chosen.blue())
        self.request_fix(index)

    def _pick_colour(self, index: int) -> None:
        dialog = QColorDialog(QColor(*self.colour), self.widget)
        dialog.setWindowTitle(self.tr("Colour of the bars"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        generation = self.zone.check.generation
        dialog.colorSelected.connect(
            lambda chosen: (
                self.pad_with(index, PadFill.COLOUR, chosen)
                if generation == self.zone.check.generation
                else None
            )
        )
        self.colour_dialog = dialog
        dialog.open()

    def frame(self, ratio: float | None = None) -> FramingDialog | None:
        """Open the framing tool on the image; its Crop applies the framed region."""
        info = self.zone.info()
        if info is None or not self.can_frame():
            return None
        if ratio is None:
            ratio = framing_ratio(self.zone.field, info, self.zone.frame_ratio_text() or None)
        image = self.zone.thumbnail()
        if image is None or image.isNull():
            size = (max(1, info.width // 8), max(1, info.height // 8))
            image = QImage(*size, QImage.Format.Format_RGB32)
            image.fill(QColor(96, 96, 96))
        from app.ui.framing import FramingDialog

        name = self.zone.check.name_for_messages()
        dialog = FramingDialog(image, (info.width, info.height), ratio, name, self.widget)
        generation = self.zone.check.generation
        dialog.framed.connect(lambda box: self._framed(box, generation))
        self.framing = dialog
        dialog.open()
        return dialog

    def _framed(self, box: Box, generation: int) -> None:
        check = self.zone.check
        info = self.zone.info()
        if generation != check.generation or info is None:
            return  # another image arrived while the tool was open
        fix = framed_crop(self.zone.field, info, box)
        if fix is None:
            check.set_note(
                self.tr(
                    "That region cannot be made to pass this model's size rules; frame a "
                    "larger part of the picture."
                )
            )
            return
        check.apply_fix(fix, generation)


__all__ = ["FixActions"]
