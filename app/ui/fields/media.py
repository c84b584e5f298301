"""Video and audio fields: one media zone, or a list of them for ``video_uris``/``audio_uris``.

The zones do the work (see :mod:`app.ui.media.zone`); these widgets make them fields: the
value is the zone's path or URL (a list of them for a list), the zones' verdicts are the
field's local problems, and a zone still checking (or fixing) keeps the field pending. A list
always ends with one empty zone to drop the next clip on, until ``maxItems`` is reached.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.core.catalogue import Field, FieldKind
from app.core.validation import Problem
from app.ui.fields.base import FieldWidget
from app.ui.fields.registry import register
from app.ui.media.zone import MediaZone


def _same_verdict(problem: Problem, verdicts: list[Problem]) -> bool:
    key = (problem.field, problem.rule, problem.item, problem.actual, problem.limit)
    return any(key == (v.field, v.rule, v.item, v.actual, v.limit) for v in verdicts)


@register(FieldKind.VIDEO)
@register(FieldKind.AUDIO)
class MediaFieldWidget(FieldWidget):
    """One video or one audio clip."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.zone = MediaZone(field, self)
        self.body.addWidget(self.zone)
        self.zone.changed.connect(self.changed)

    def take_last_edit(self) -> str:
        edit, self.zone.last_edit = self.zone.last_edit, ""
        return edit

    def focus_widget(self) -> QWidget:
        return self.zone

    def zones(self) -> list[MediaZone]:
        return [self.zone]

    def value(self) -> Any:
        return self.zone.path()

    def set_value(self, value: Any) -> None:
        if value is None or value == "":
            if self.zone.path() is not None:
                self.zone.clear()
        elif isinstance(value, str) and value != self.zone.path():
            self.zone.set_source(value)

    def reset(self) -> None:
        self.zone.clear()  # a default clip on a model page is a sample, never a setting

    def local_problems(self) -> list[Problem]:
        return self.zone.problems()

    def shows_in_place(self, problem: Problem) -> bool:
        return _same_verdict(problem, self.zone.problems())

    def pending(self) -> str | None:
        return self.zone.reason() if self.zone.busy() else None

    def item_prefix(self, item: int) -> str:
        return ""


@register(FieldKind.VIDEO_LIST)
@register(FieldKind.AUDIO_LIST)
class MediaListWidget(FieldWidget):
    """Several clips, in order; an empty zone at the end takes the next one."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.list_layout = QVBoxLayout()
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.body.addLayout(self.list_layout)
        self._zones: list[MediaZone] = []
        self.last_edit = ""
        self._add_zone()

    def _add_zone(self) -> MediaZone:
        zone = MediaZone(self.field, self)
        zone.changed.connect(lambda: self._zone_changed(zone))
        self._zones.append(zone)
        self.list_layout.addWidget(zone)
        return zone

    def _drop_zone(self, zone: MediaZone) -> None:
        """Take a zone out of the list at once (its deletion waits for the event loop)."""
        self.list_layout.removeWidget(zone)
        zone.hide()
        zone.blockSignals(True)
        zone.clear()  # stops a check, a fetch or a fix still under way
        zone.deleteLater()

    def _zone_changed(self, zone: MediaZone) -> None:
        if zone.last_edit:
            self.last_edit, zone.last_edit = zone.last_edit, ""
        self._tidy()
        self.changed.emit()

    def _tidy(self) -> None:
        """Drop emptied zones (keeping the order of the rest) and keep one empty at the end."""
        for zone in [z for z in self._zones[:-1] if z.path() is None]:
            self._zones.remove(zone)
            self._drop_zone(zone)
        limit = self.field.max_items
        if self._zones[-1].path() is not None and (limit is None or len(self._zones) < limit):
            self._add_zone()

    def take_last_edit(self) -> str:
        edit, self.last_edit = self.last_edit, ""
        return edit

    def focus_widget(self) -> QWidget:
        return self._zones[0]

    def zones(self) -> list[MediaZone]:
        return list(self._zones)

    def filled_zones(self) -> list[MediaZone]:
        return [z for z in self._zones if z.path() is not None]

    def value(self) -> Any:
        paths = [z.path() for z in self.filled_zones()]
        return paths or None

    def set_value(self, value: Any) -> None:
        wanted = [value] if isinstance(value, str) else list(value or [])
        if [str(v) for v in wanted] == [z.path() for z in self.filled_zones()]:
            return
        for zone in self._zones:
            self._drop_zone(zone)
        self._zones = []
        for item in wanted:
            zone = self._add_zone()
            zone.blockSignals(True)
            zone.set_source(str(item))
            zone.blockSignals(False)
        limit = self.field.max_items
        if not self._zones or limit is None or len(self._zones) < limit:
            self._add_zone()
        self.changed.emit()

    def reset(self) -> None:
        self.set_value(None)

    def local_problems(self) -> list[Problem]:
        problems = []
        for index, zone in enumerate(self.filled_zones()):
            problems.extend(zone.problems(item=index))
        return problems

    def shows_in_place(self, problem: Problem) -> bool:
        return _same_verdict(problem, self.local_problems())

    def pending(self) -> str | None:
        busy = [z for z in self._zones if z.busy()]
        return busy[0].reason() if busy else None

    def item_prefix(self, item: int) -> str:
        noun = self.tr("Video {n}: ") if self.field.is_video else self.tr("Audio clip {n}: ")
        return noun.format(n=item + 1)
