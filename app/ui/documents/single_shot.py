"""The single-shot inputs as a document: every edit the user makes is an undoable command.

The document is what the parameter panel shows for the chosen model: the prompt, the other
parameter values and the images in the drop zones (their paths or URLs). It watches the panel
and turns each change of its values into a command on its ``QUndoStack``, named in the user's
words ("Undo Edit prompt", "Undo Remove image"): typing in the prompt merges into one step,
as does typing a number; a dropped, pasted, chosen or removed image, a fix applied (its new file
replaces the image), a restored image and a reorder of reference images are one step each.

Undoing puts the earlier values back through the panel; an image comes back by its path and is
checked again. Choosing another model is a step too: undoing it brings back the earlier model
with exactly the values it had (the window supplies ``select_model``, which shows a model's
empty form). Removing a finished job from the queue list is a step as well (see
:mod:`app.ui.documents.queue_removals`). Sending a job is never a command.

Changes the window makes on its own behalf (a model's remembered settings, a seed re-rolled
for a sending) happen inside :meth:`SingleShotDocument.quietly` and are no steps of their own.
"Continue from last frame" is one step (:meth:`SingleShotDocument.continue_from`): the new
first frame, the old last frame cleared and the previous prompt offered, undone together.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoStack

from app.core.catalogue import FieldKind, Model
from app.ui.panel import ParameterPanel
from app.ui.undo import SnapshotEdit


class EditInputs(SnapshotEdit):
    """One edit of the inputs: the values of the fields it changed, before and after
    (consecutive edits of one typed field merge)."""

    def __init__(
        self,
        document: SingleShotDocument,
        before: dict[str, Any],
        after: dict[str, Any],
        text: str,
        merge_field: str | None,
    ) -> None:
        super().__init__(text, before, after, merge_field)
        # Weakly: a command's wrapper and its document must not form a cycle for Python's
        # collector to break while Qt owns the command.
        self.document = weakref.proxy(document)
        self.merge_field = merge_field

    def apply(self, state: object) -> None:
        assert isinstance(state, dict)
        self.document.apply(state)


class ChooseModel(SnapshotEdit):
    """Another model chosen: the model and every value, before and after; never merged."""

    def __init__(self, document: SingleShotDocument, before: tuple, after: tuple) -> None:
        text = QCoreApplication.translate("SingleShotDocument", "Choose {model}")
        super().__init__(text.format(model=after[0].display_name), before, after, None)
        # Weakly: a command's wrapper and its document must not form a cycle for Python's
        # collector to break while Qt owns the command.
        self.document = weakref.proxy(document)

    def apply(self, state: object) -> None:
        assert isinstance(state, tuple)
        self.document.show(*state)


class SingleShotDocument(QObject):
    """The panel's inputs with their undo history."""

    def __init__(self, panel: ParameterPanel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.panel = panel
        self.stack = QUndoStack(self)
        self._model = panel.model()
        self._shown = panel.values()
        self._quiet = 0
        self._replaying = False
        # Shows a model's empty form in the window (the picker follows); None: models are
        # not part of the history.
        self.select_model: Callable[[Model], None] | None = None
        panel.changed.connect(self._panel_changed)

    def values(self) -> dict[str, Any]:
        """The inputs as the document last saw them (the panel's values)."""
        return dict(self._shown)

    @contextmanager
    def quietly(self) -> Iterator[None]:
        """Changes made inside are the window's, not the user's: no step; a new model
        starts a new history."""
        self._quiet += 1
        try:
            yield
        finally:
            self._quiet -= 1
            if not self._quiet:
                self._rebase()

    def apply(self, values: dict[str, Any]) -> None:
        """Put these values in the panel (an undo or redo): not a new edit."""
        self._replaying = True
        try:
            with self.quietly():
                self.panel.set_values(values)
        finally:
            self._replaying = False

    def show(self, model: Model, values: dict[str, Any]) -> None:
        """Show this model with exactly these values (an undo or redo of a model choice)."""
        if self.select_model is None:
            return
        self._replaying = True
        try:
            with self.quietly():
                self.select_model(model)
                self.panel.set_values(values)
        finally:
            self._replaying = False

    def edit_together(self, text: str, change: Callable[[], None]) -> None:
        """Make a change of several fields (``change`` sets them in the panel) as one step
        named ``text``."""
        before = dict(self._shown)
        with self.quietly():
            change()
        after = self.panel.values()
        names = [n for n in dict.fromkeys([*before, *after]) if after.get(n) != before.get(n)]
        if names:
            old = {name: before.get(name) for name in names}
            new = {name: after.get(name) for name in names}
            self.stack.push(EditInputs(self, old, new, text, None))

    def continue_from(self, image: Path, previous_prompt: str | None) -> bool:
        """A clip's last frame starts the next shot, as one step: it becomes the first frame
        (or the first reference image), the old last frame is cleared since it no longer
        follows, and the previous prompt is offered as a starting point. False when the
        model takes no frame."""
        model = self.panel.model()
        target = None
        if model is not None:
            target = model.role("first_frame") or model.role("reference_images")
        if model is None or target is None:
            return False
        values: dict[str, Any] = {
            target.name: [str(image)] if target.kind is FieldKind.IMAGE_LIST else str(image)
        }
        last = model.role("last_frame")
        if last is not None and last.name != target.name:
            values[last.name] = [] if last.kind is FieldKind.IMAGE_LIST else None
        prompt = model.role("prompt")
        if prompt is not None and previous_prompt and previous_prompt.strip():
            values[prompt.name] = previous_prompt
        self.edit_together(
            self.tr("Continue from the clip's last frame"), lambda: self.panel.set_values(values)
        )
        return True

    def _rebase(self) -> None:
        model, values = self.panel.model(), self.panel.values()
        if model is not self._model and not self._replaying:
            if self._model is not None and model is not None and self.select_model is not None:
                before = (self._model, self._shown)
                self.stack.push(ChooseModel(self, before, (model, values)))
            elif self._model is not None:
                self.stack.clear()  # without the window, the old form's steps cannot apply
        self._model = model
        self._shown = values

    def _panel_changed(self) -> None:
        if self._quiet:
            return
        if self.panel.model() is not self._model:
            self._rebase()
            return
        if any(getattr(w, "saving", bool)() for w in self.panel.field_widgets().values()):
            return  # pasted image data becomes a file first: one step, from the old image
        now = self.panel.values()
        names = [n for n in dict.fromkeys([*self._shown, *now]) if now.get(n) != self._shown.get(n)]
        if not names:
            return
        before = {name: self._shown.get(name) for name in names}
        after = {name: now.get(name) for name in names}
        self._shown = now
        text, merge_field = self._describe(names)
        self.stack.push(EditInputs(self, before, after, text, merge_field))

    def _describe(self, names: list[str]) -> tuple[str, str | None]:
        """The command's text in the user's words, and the field typing merges on."""
        if len(names) != 1:
            return self.tr("Change settings"), None
        widget = self.panel.field_widgets().get(names[0])
        if widget is None:
            return self.tr("Change settings"), None
        label, kind = widget.label, widget.field.kind
        if kind is FieldKind.PROMPT:
            return self.tr("Edit {label}").format(label=label.lower()), names[0]
        if kind in (FieldKind.IMAGE, FieldKind.IMAGE_LIST):
            take = getattr(widget, "take_last_edit", None)
            return self._image_text(take() if take else "", label), None
        if widget.field.is_media:
            take = getattr(widget, "take_last_edit", None)
            return self._media_text(take() if take else "", label, widget.field.is_video), None
        if kind is FieldKind.OBJECT_LIST:
            edit = widget.take_last_edit() if hasattr(widget, "take_last_edit") else ""
            if edit:
                return self._entry_text(edit, label), None
        # Kinds whose edits arrive a keystroke at a time: consecutive edits of one field merge.
        return self.tr("Change {label}").format(label=label), (names[0] if kind.typed else None)

    def _entry_text(self, edit: str, label: str) -> str:
        texts = {
            "add": self.tr("Add an entry to {label}"),
            "remove": self.tr("Remove an entry from {label}"),
            "move": self.tr("Reorder {label}"),
        }
        return texts.get(edit, self.tr("Change {label}")).format(label=label)

    def _media_text(self, edit: str, label: str, video: bool) -> str:
        if video:
            texts = {
                "drop": self.tr("Drop video on {label}"),
                "choose": self.tr("Choose video for {label}"),
                "paste": self.tr("Paste video URL into {label}"),
                "clear": self.tr("Remove video from {label}"),
                "fix": self.tr("Fix video in {label}"),
            }
        else:
            texts = {
                "drop": self.tr("Drop audio on {label}"),
                "choose": self.tr("Choose audio for {label}"),
                "paste": self.tr("Paste audio URL into {label}"),
                "clear": self.tr("Remove audio from {label}"),
                "fix": self.tr("Fix audio in {label}"),
            }
        return texts.get(edit, self.tr("Change {label}")).format(label=label)

    def _image_text(self, edit: str, label: str) -> str:
        texts = {
            "drop": self.tr("Drop image on {label}"),
            "choose": self.tr("Choose image for {label}"),
            "paste": self.tr("Paste image into {label}"),
            "clear": self.tr("Remove image from {label}"),
            "fix": self.tr("Fix image in {label}"),
            "restore": self.tr("Restore previous image in {label}"),
            "move": self.tr("Reorder {label}"),
        }
        return texts.get(edit, self.tr("Change {label}")).format(label=label)


__all__ = ["ChooseModel", "EditInputs", "SingleShotDocument"]
