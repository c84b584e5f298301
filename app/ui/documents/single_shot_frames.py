"""The single shot's frames across a restart: the images in the drop zones are remembered
with the model's other values, and put back when Storyreel starts again.

Only what the zones hold is remembered: a local path or an http(s) URL (pasted image data is
a file by then). At the next start the files are looked for in a worker thread (a folder on
a sleeping network drive must not freeze the window); those still there go back into their
zones, which check them as if dropped; a file that has gone is left out and named in a plain
note, never an error. Putting them back is no undo step: it is where the user left off.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from app.core.catalogue import Model
from app.ui.documents.single_shot import SingleShotDocument
from app.ui.panel import ParameterPanel
from app.ui.workers import run_in_thread


def remembered_images(panel: ParameterPanel) -> dict[str, Any]:
    """The image fields' values of the panel's model: paths or URLs, or lists of them."""
    model = panel.model()
    if model is None:
        return {}
    images = {}
    for name, value in panel.values().items():
        if model.has_field(name) and model.field(name).is_image and value:
            images[name] = value
    return images


def _is_local(value: str) -> bool:
    return "://" not in value and not value.startswith("data:")


@dataclass
class FoundImages:
    """What was found on disk: the values to put back, and the files that are gone."""

    values: dict[str, Any] = field(default_factory=dict)
    missing: list[tuple[str, str]] = field(default_factory=list)  # (field name, path)


def look_for_images(images: dict[str, Any]) -> FoundImages:
    """Runs in a worker: keep the URLs and the files still there; list the others."""
    found = FoundImages()
    for name, value in images.items():
        items = value if isinstance(value, list) else [value]
        kept = []
        for item in items:
            if not isinstance(item, str) or not item:
                continue
            if _is_local(item) and not Path(item).expanduser().is_file():
                found.missing.append((name, item))
            else:
                kept.append(item)
        if kept:
            found.values[name] = kept if isinstance(value, list) else kept[0]
    return found


class FrameRestorer(QObject):
    """Puts the remembered images back into the panel once they are found on disk."""

    def __init__(
        self,
        panel: ParameterPanel,
        inputs: SingleShotDocument,
        say: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.panel = panel
        self.inputs = inputs
        self.say = say
        self.note = ""  # the last note about images that could not come back

    def restore(self, model: Model, images: dict[str, Any]) -> None:
        """Look for ``images`` off the UI thread, then show them if ``model`` is still the
        panel's and the user has not put other images in meanwhile."""
        if not images:
            return
        run_in_thread(
            look_for_images,
            dict(images),
            owner=self,
            on_done=lambda found: self._found(model, found),
        )

    def _found(self, model: Model, found: FoundImages) -> None:
        if self.panel.model() is not model:
            return  # another model was chosen meanwhile: its own form stands
        taken = remembered_images(self.panel)
        values = {name: v for name, v in found.values.items() if name not in taken}
        if values:
            with self.inputs.quietly():
                self.panel.set_values(values)
        if found.missing:
            self.note = self._missing_text(model, found.missing)
            self.say(self.note)

    def _missing_text(self, model: Model, missing: list[tuple[str, str]]) -> str:
        names = ", ".join(Path(path).name for _name, path in missing)
        widget = self.panel.field_widgets().get(missing[0][0])
        place = widget.label if widget is not None else model.field(missing[0][0]).title
        return self.tr(
            "The pictures {files} from last time are no longer where they were, so they were "
            "left out. Drop them again to use them.",
            "",
            len(missing),
        ).format(files=names, place=place)


__all__ = ["FoundImages", "FrameRestorer", "look_for_images", "remembered_images"]
