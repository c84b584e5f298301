"""The ordered strip of drop zones for an image list field (reference images).

:class:`ImageStrip` holds the zones in order, honouring the field's minimum and maximum: filled
zones, then one empty zone to add another while there is room. Several files dropped at once
fill it in order; dragging a thumbnail onto another slot moves it (Alt+Left/Right does the
same from the keyboard). ``last_edit`` says what the user last did ("move" for a reorder).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from app.core.catalogue import Field
from app.ui import theme
from app.ui.images.checking import State
from app.ui.images.sources import Source, offers_images, sources_from_mime
from app.ui.images.zone import DropZone


class ImageStrip(QWidget):
    """The ordered zones of an image list field: filled ones, then one to add another."""

    changed = Signal()

    COLUMNS = 2

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self._zones: list[DropZone] = []
        self._frame_ratio: str | None = None
        self._subject = self.tr("images")
        self._settling = False
        self.last_edit = ""
        self.setAcceptDrops(True)
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(theme.SPACING)
        self.note_label = QLabel(self)
        self.note_label.setWordWrap(True)
        self.note_label.hide()
        theme.make_small(self.note_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.SPACING // 2)
        layout.addLayout(self.grid)
        layout.addWidget(self.note_label)
        self._normalise()

    @property
    def max_items(self) -> int | None:
        return self.field.max_items

    @property
    def min_items(self) -> int:
        return max(1, self.field.min_items or 0)

    def zones(self) -> list[DropZone]:
        return list(self._zones)

    def filled_zones(self) -> list[DropZone]:
        return [z for z in self._zones if z.state() != State.EMPTY]

    def paths(self) -> list[str]:
        return [p for z in self._zones if (p := z.path()) is not None]

    def set_sources(self, values: list[str]) -> None:
        """Show exactly these images, in this order (extra ones beyond the maximum are left out)."""
        had_images = bool(self.filled_zones())
        self.last_edit = ""
        for zone in list(self._zones):
            self._remove_zone(zone)
        self.note_label.hide()
        sources = [s for v in values if (s := Source.from_text(str(v))) is not None]
        self._insert(sources, 0, announce=False)
        if had_images or sources:
            self.changed.emit()

    def add_sources(self, sources: list[Source], at: int | None = None) -> None:
        """Add images at a position (the end by default), up to the field's maximum."""
        filled = len(self.filled_zones())
        self._insert(sources, filled if at is None else min(at, filled))

    def clear(self) -> None:
        self.set_sources([])

    def move_image(self, zone: DropZone, to_index: int) -> None:
        """Move a filled zone to another filled slot, keeping the others in order."""
        filled = self.filled_zones()
        if zone not in filled:
            return
        to_index = max(0, min(to_index, len(filled) - 1))
        if filled.index(zone) == to_index:
            return
        filled.remove(zone)
        filled.insert(to_index, zone)
        empties = [z for z in self._zones if z not in filled]
        self._zones = filled + empties
        self._relayout()
        zone.setFocus()
        self.last_edit = "move"
        self.changed.emit()

    def set_frame_ratio(self, ratio: str | None) -> None:
        self._frame_ratio = ratio
        for zone in self._zones:
            zone.set_frame_ratio(ratio)

    def set_subject(self, subject: str) -> None:
        self._subject = subject
        self._update_hints()

    def pending(self) -> list[DropZone]:
        return [z for z in self._zones if z.state() == State.CHECKING]

    # --- internals ----------------------------------------------------------------------

    def _insert(self, sources: list[Source], at: int, announce: bool = True) -> None:
        filled = self.filled_zones()
        room = len(sources) if self.max_items is None else max(0, self.max_items - len(filled))
        taken, left_out = sources[:room], sources[room:]
        new_zones = [self._make_zone() for _ in taken]
        filled[at:at] = new_zones
        self._zones = filled + [z for z in self._zones if z not in filled]
        # Each load announces a change; the strip settles once, after all of them.
        self._settling = True
        try:
            for zone, source in zip(new_zones, taken, strict=True):
                zone.load(source)
        finally:
            self._settling = False
        if left_out:
            self.note_label.setText(
                self.tr("Only {limit} images fit here; {count} were left out.").format(
                    limit=self.max_items, count=len(left_out)
                )
            )
        self.note_label.setVisible(bool(left_out))
        self._normalise()
        if new_zones and announce:
            self.last_edit = "drop"
            self.changed.emit()

    def _make_zone(self) -> DropZone:
        zone = DropZone(self.field, self)
        zone.allows_many = self.max_items is None or self.max_items > 1
        if zone.allows_many:
            # A one-image list behaves like a single zone: a new drop replaces its image.
            zone.many_dropped = self._many_dropped
            zone.move_requested = self._move_by
            zone.moved_onto = self._moved_onto
        zone.set_frame_ratio(self._frame_ratio)
        zone.changed.connect(self._zone_changed)
        return zone

    def _remove_zone(self, zone: DropZone) -> None:
        # Hidden now, deleted later: this may run inside the zone's own signal.
        if zone in self._zones:
            self._zones.remove(zone)
        zone.blockSignals(True)
        zone.cancel_work()
        self.grid.removeWidget(zone)
        zone.hide()
        zone.deleteLater()

    def _zone_changed(self) -> None:
        if self._settling:
            return
        zone = self.sender()
        self.last_edit = zone.last_edit if isinstance(zone, DropZone) else ""
        self._normalise()
        self.changed.emit()

    def _normalise(self) -> None:
        """Filled zones first, then empty ones: as many as the minimum asks, at least one,
        while there is room for more."""
        filled = self.filled_zones()
        empties = [z for z in self._zones if z not in filled]
        room = self.max_items is None or len(filled) < self.max_items
        wanted_empty = max(1, self.min_items - len(filled)) if room else 0
        for zone in empties[wanted_empty:]:
            self._remove_zone(zone)
        empties = empties[:wanted_empty]
        while len(empties) < wanted_empty:
            empties.append(self._make_zone())
        self._zones = filled + empties
        self._relayout()

    def _relayout(self) -> None:
        for zone in self._zones:
            self.grid.removeWidget(zone)
        columns = 1 if self.max_items == 1 else self.COLUMNS
        for index, zone in enumerate(self._zones):
            self.grid.addWidget(zone, index // columns, index % columns)
            zone.show()
        for column in range(columns):
            self.grid.setColumnStretch(column, 1)
        self._update_hints()

    def _update_hints(self) -> None:
        filled = len(self.filled_zones())
        for index, zone in enumerate(self._zones):
            zone.set_subject(self._subject)
            if zone.state() == State.EMPTY and filled > 0:
                if self.max_items:
                    hint = self.tr("+ Add another image (up to {limit}) · drop, click or Ctrl+V")
                else:
                    hint = self.tr("+ Add another image · drop, click or Ctrl+V")
                zone.set_hint(hint.format(limit=self.max_items))
            else:
                zone.set_hint("")
            if self.max_items != 1:
                zone.setAccessibleName(
                    self.tr("Drop zone for {subject}, image {n}").format(
                        subject=self._subject, n=index + 1
                    )
                )

    def _many_dropped(self, zone: DropZone, sources: list[Source]) -> None:
        filled = self.filled_zones()
        if zone in filled:
            self._insert(sources, filled.index(zone))
        else:
            self._insert(sources, len(filled))

    def _move_by(self, zone: DropZone, step: int) -> None:
        filled = self.filled_zones()
        if zone in filled:
            self.move_image(zone, filled.index(zone) + step)

    def _moved_onto(self, target: DropZone, zone_id: str) -> None:
        moving = next((z for z in self._zones if str(id(z)) == zone_id), None)
        if moving is None or moving is target:
            return
        filled = self.filled_zones()
        index = filled.index(target) if target in filled else len(filled) - 1
        self.move_image(moving, index)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if offers_images(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        sources = sources_from_mime(event.mimeData())
        if not sources:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_sources(sources)


__all__ = ["ImageStrip"]
