"""Checking one image: the states a drop zone goes through, and the work that moves it along.

:class:`State` is the closed set of states with its transitions beside it. :class:`ImageCheck`
is the presenter behind a drop zone: it loads an offered image (saving image data, fetching a
URL), probes the header and checks every rule of the field, has the thumbnail decoded in
parallel, applies fixes and keeps the image shown before for "Restore previous". It holds no
widget; the zone shows what it says (``refreshed``) and passes on ``changed``.

The verdict needs only the header: it arrives long before a big JPEG's thumbnail, so the zone
shows the image's frame (its aspect ratio, name and verdict) at once and the picture after.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtGui import QImage

from app.core import images
from app.core.catalogue import Field
from app.core.errors import IncompleteImage, StoryreelError
from app.core.fixes import Fix, apply_fix, plan_fixes
from app.core.images import ImageInfo
from app.core.settings import cache_dir
from app.core.validation import Check, Problem, check_image, incomplete_check, is_url
from app.ui.bridge import ImageFetch
from app.ui.error_text import error_text
from app.ui.images.sources import Source, SourceKind, inputs_dir, save_bytes, save_qimage
from app.ui.images.wording import check_sentence, fix_title
from app.ui.theme import Accent
from app.ui.widgets.thumbnails import thumbnail_cache
from app.ui.workers import Task, run_in_thread

log = logging.getLogger(__name__)

# Drawn at up to 2× the preview's logical size, so it stays sharp at 200 % scaling.
THUMBNAIL_SIDE = 512


def fixed_dir() -> Path:
    """Where one-click fixes write their new files."""
    return cache_dir() / "fixed"


class State(enum.StrEnum):
    """Where a zone's image stands. ``TRANSITIONS`` says which state may follow which."""

    EMPTY = "empty"
    CHECKING = "checking"
    VALID = "valid"
    INVALID = "invalid"
    ERROR = "error"

    def can_become(self, other: State) -> bool:
        return other is self or other in TRANSITIONS[self]


TRANSITIONS: dict[State, frozenset[State]] = {
    # A new image can arrive in any state; any state can be cleared.
    State.EMPTY: frozenset({State.CHECKING}),
    State.CHECKING: frozenset({State.VALID, State.INVALID, State.ERROR, State.EMPTY}),
    # A decoder can find a valid-looking file cut short; "Restore previous" goes back.
    State.VALID: frozenset({State.CHECKING, State.INVALID, State.EMPTY}),
    State.INVALID: frozenset({State.CHECKING, State.VALID, State.EMPTY}),
    State.ERROR: frozenset({State.CHECKING, State.VALID, State.INVALID, State.EMPTY}),
}


@dataclass(frozen=True)
class Inspection:
    """A probed image's verdict against one field's rules."""

    info: ImageInfo
    checks: list[Check]
    fixes: list[Fix]


def inspect(image_field: Field, path: Path) -> Inspection:
    info = images.probe(path)
    checks = check_image(image_field, info)
    fixes = plan_fixes(image_field, info) if any(not c.passed for c in checks) else []
    return Inspection(info, checks, list(fixes))


def with_damage(inspection: Inspection, message: str) -> Inspection:
    """The verdict once decoding found the file cut short: a failing row first, and no fixes
    (every fix decodes the file; only the original can replace it)."""
    if any(check.rule == "complete" for check in inspection.checks):
        return replace(inspection, fixes=[])
    return Inspection(inspection.info, [incomplete_check(message), *inspection.checks], [])


def _apply(fix: Fix, image_field: Field, source: Path) -> Path:
    return apply_fix(fix, image_field, source, fixed_dir())


def describe_error(error: BaseException, name: str) -> str:
    if isinstance(error, StoryreelError):
        return error_text(error)
    log.error("unexpected failure while reading %s", name, exc_info=error)
    # The kind of failure names it; its details (English, from a library) are in the log.
    return QCoreApplication.translate("DropZone", "{name} cannot be read ({error}).").format(
        name=name, error=type(error).__name__
    )


@dataclass
class Snapshot:
    """Everything shown for one image, so "Restore previous" is instant."""

    value: str | None
    local: Path | None
    inspection: Inspection | None
    thumbnail: QImage | None
    state: State
    error: str | None


class ImageCheck(QObject):
    """The behaviour of one drop zone: loading, checking, fixing, restoring."""

    changed = Signal()  # the value or the verdict changed
    state_changed = Signal(str)
    refreshed = Signal()  # anything shown changed
    fetch_started = Signal(object)  # an ImageFetch
    fetch_stopped = Signal()

    def __init__(self, field: Field, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.value: str | None = None
        self.local: Path | None = None
        self.inspection: Inspection | None = None
        self.thumbnail: QImage | None = None
        self.state = State.EMPTY
        self.error: str | None = None
        self.note = ""
        self.previous: Snapshot | None = None
        self.generation = 0
        self.waiting_for: set[str] = set()
        self.pending_name = ""
        self.damage: str | None = None  # a decoder found the file cut short
        self.fetch: ImageFetch | None = None
        self.last_edit = ""  # what the user last did: "drop", "clear", "fix", "restore"
        self._tasks: list[Task] = []

    # --- what is known ------------------------------------------------------------------

    def checks(self) -> list[Check]:
        return list(self.inspection.checks) if self.inspection else []

    def fixes(self) -> list[Fix]:
        return list(self.inspection.fixes) if self.inspection else []

    def info(self) -> ImageInfo | None:
        return self.inspection.info if self.inspection else None

    def saving(self) -> bool:
        """Pasted or dragged image data is being saved as a file: no value yet, for a moment."""
        return "save" in self.waiting_for

    def is_local(self) -> bool:
        return self.value is not None and not is_url(self.value)

    def can_restore(self) -> bool:
        if self.previous is None:
            return False
        damaged = any(c.rule == "complete" and not c.passed for c in self.checks())
        return self.state is State.ERROR or (self.state is State.INVALID and damaged)

    def name_for_messages(self) -> str:
        if self.value:
            if self.is_local():
                return Path(self.value).name
            return QUrl(self.value).fileName() or self.value
        return self.pending_name or self.tr("The image")

    def display_name(self, source: Source) -> str:
        if source.kind is SourceKind.FILE:
            return Path(source.value).name or source.value
        if source.kind is SourceKind.URL:
            return QUrl(source.value).fileName() or source.value
        return self.tr("Dropped image")

    def reason(self) -> str | None:
        if self.state is State.CHECKING:
            return self.tr("{name} is still being checked.").format(name=self.name_for_messages())
        if self.state is State.ERROR:
            return self.error
        if self.state is State.INVALID:
            failing = [c for c in self.checks() if not c.passed]
            return check_sentence(failing[0].message) if failing else None
        return None

    def problems(self, item: int | None = None) -> list[Problem]:
        """The image's verdict as problems of its field (errors only: they block)."""
        if self.state is State.ERROR and self.error:
            return [Problem(self.field.name, "image", self.error, item=item)]
        if self.state is not State.INVALID:
            return []
        problems: list[Problem] = []
        seen: set[str] = set()
        for c in self.checks():
            if c.passed or c.message in seen:
                continue
            seen.add(c.message)
            problems.append(
                Problem(self.field.name, c.rule, c.message, c.actual, c.limit, item=item)
            )
        return problems

    def accent(self, *, warning: bool = False) -> Accent:
        """The border's colour: a valid image with a note or a warning from elsewhere is amber."""
        if self.state is State.CHECKING:
            return Accent.CHECKING
        if self.state in (State.INVALID, State.ERROR):
            return Accent.INVALID
        if self.state is State.VALID:
            noted = any(c.passed and not c.fixable for c in self.checks())
            return Accent.WARNING if warning or noted else Accent.VALID
        return Accent.NEUTRAL

    def status(self) -> tuple[str, Accent | None]:
        """The line under the picture, and the colour it is shown in."""
        text, accent = "", None
        if self.state is State.ERROR:
            text, accent = self.error or "", Accent.INVALID
        elif self.state is State.INVALID:
            text, accent = self.reason() or "", Accent.INVALID
        elif self.state is State.VALID:
            info = self.info()
            if info is not None:
                # One compact line: the rule table opens on request (or by itself for a note).
                text = self.tr(
                    "Ready · {width}×{height} {format} · all %n rules pass", "", len(self.checks())
                ).format(width=info.width, height=info.height, format=info.format or "image")
            accent = Accent.VALID
        elif self.state is State.CHECKING:
            name = self.name_for_messages()
            text = self.note or self.tr("Checking {name}…").format(name=name)
        if self.note and self.state is not State.CHECKING:
            text = f"{text}\n{self.note}" if text else self.note
        return text, accent

    def has_notes(self) -> bool:
        """A rule passed with something worth reading (a note, not a failure)."""
        return any(c.passed and not c.fixable for c in self.checks())

    def table_opens(self) -> bool:
        """Whether the rule table is shown without asking: something failed, or a note."""
        return self.state in (State.INVALID, State.ERROR) or (
            self.state is State.VALID and self.has_notes()
        )

    def description(self) -> str:
        """The zone's state in a sentence, for screen readers."""
        descriptions = {
            State.EMPTY: self.tr("Empty. Press Enter to choose a file or Ctrl+V to paste."),
            State.CHECKING: self.tr("Checking the image."),
            State.VALID: self.tr("Valid image: {name}."),
            State.INVALID: self.tr("Image cannot be used: {reason}"),
            State.ERROR: self.tr("Image cannot be read: {reason}"),
        }
        return descriptions[self.state].format(
            name=self.name_for_messages(), reason=self.reason() or ""
        )

    # --- what the user does -------------------------------------------------------------

    def load(self, source: Source) -> None:
        """Load one offered image (a file, a URL, or image data) and start checking it."""
        name = self.display_name(source)
        if source.kind is SourceKind.FILE:
            self._begin(source.value, name)
            self._check_local(Path(source.value))
        elif source.kind is SourceKind.URL:
            self._begin(source.value, name)
            if not is_url(source.value):
                scheme = source.value.split("://", 1)[0]
                self.fail(
                    self.tr("Only http and https URLs can be used, not {scheme}.").format(
                        scheme=scheme
                    )
                )
                return
            self.waiting_for = {"download"}
            self.fetch = ImageFetch(source.value, inputs_dir())
            self.fetch_started.emit(self.fetch)
            self._run(self.fetch.run, step="download", on_done=self._downloaded)
        else:
            self._begin(None, name, waiting={"save"})
            if source.kind is SourceKind.IMAGE_BYTES:
                self._run(save_bytes, source.data, source.value, step="save", on_done=self._saved)
            else:
                self._run(save_qimage, source.image, step="save", on_done=self._saved)
        self.refreshed.emit()

    def clear(self) -> None:
        had_value = self.value is not None or self.state is not State.EMPTY
        self.cancel_work()
        self._show(Snapshot(None, None, None, None, State.EMPTY, None))
        self.previous = None
        if had_value:
            self.changed.emit()

    def cancel_fetch(self) -> None:
        """Stop fetching a URL: the image shown before comes back."""
        if self.fetch is None:
            return
        self.cancel_work()
        if self.previous is not None:
            self.restore_previous()
        else:
            self.clear()
        self.note = self.tr("Fetching the image was cancelled.")
        self.refreshed.emit()

    def restore_previous(self) -> None:
        snapshot, self.previous = self.previous, None
        if snapshot is None:
            return
        self.cancel_work()
        self._show(snapshot)
        self.changed.emit()

    def apply_fix(self, fix: Fix, generation: int) -> None:
        if generation != self.generation or self.local is None:
            return
        source = self.local
        self._begin(self.value, self.name_for_messages())
        self.note = self.tr("Applying “{title}”…").format(title=fix_title(fix.title))
        self.waiting_for = {"fix"}
        self._run(_apply, fix, self.field, source, step="fix", on_done=self._fixed)
        self.refreshed.emit()

    def set_note(self, note: str) -> None:
        self.note = note
        self.refreshed.emit()

    def cancel_work(self) -> None:
        for task in self._tasks:
            task.cancel()
        self._tasks = []
        self.waiting_for = set()
        if self.fetch is not None:
            self.fetch.cancel()
            self.fetch = None
        self.fetch_stopped.emit()

    # --- the steps ----------------------------------------------------------------------

    def _show(self, snapshot: Snapshot) -> None:
        self.value, self.local = snapshot.value, snapshot.local
        self.inspection, self.thumbnail = snapshot.inspection, snapshot.thumbnail
        self.error = snapshot.error
        self.note = ""
        self.set_state(snapshot.state)
        self.refreshed.emit()

    def _begin(self, value: str | None, name: str, waiting: set[str] | None = None) -> None:
        if self.state in (State.VALID, State.INVALID) and self.value is not None:
            self.previous = Snapshot(
                self.value, self.local, self.inspection, self.thumbnail, self.state, self.error
            )
        self.cancel_work()
        self.generation += 1
        self.value, self.pending_name, self.local = value, name, None
        self.inspection, self.thumbnail, self.error = None, None, None
        self.note, self.damage = "", None
        self.waiting_for = set(waiting or ())
        self.set_state(State.CHECKING)
        self.changed.emit()

    def _run(self, work: Callable, *args, step: str, on_done: Callable) -> None:
        generation = self.generation

        def done(result) -> None:
            if generation == self.generation:
                self.waiting_for.discard(step)
                on_done(result)

        def failed(error: BaseException) -> None:
            if generation == self.generation:
                self.waiting_for.discard(step)
                if isinstance(error, IncompleteImage) and step == "thumbnail":
                    self._found_damaged(error_text(error))
                    return
                self.fail(describe_error(error, self.name_for_messages()))

        self._tasks.append(run_in_thread(work, *args, owner=self, on_done=done, on_error=failed))

    def _saved(self, path: Path) -> None:
        self.value = str(path)
        self.changed.emit()
        self._check_local(path)

    def _check_local(self, path: Path) -> None:
        self.local = Path(path)
        self.waiting_for = {"checks", "thumbnail"}
        self._run(inspect, self.field, self.local, step="checks", on_done=self._inspected)
        self._run(
            thumbnail_cache().get, self.local, THUMBNAIL_SIDE, step="thumbnail",
            on_done=self.thumbnail_ready,
        )  # fmt: skip
        self.refreshed.emit()

    def _downloaded(self, path: Path) -> None:
        self.fetch = None
        self.fetch_stopped.emit()
        self._check_local(path)

    def _inspected(self, inspection: Inspection) -> None:
        self.inspection = inspection
        if self.damage is not None:
            self.inspection = with_damage(inspection, self.damage)
        self._settle()

    def _found_damaged(self, message: str) -> None:
        """The thumbnail's decoder met the end of the file: a failing row, not a crash."""
        self.damage = message
        if self.inspection is None:
            self.refreshed.emit()  # the verdict, still to come, takes the row
            return
        self.inspection = with_damage(self.inspection, message)
        self.set_state(State.INVALID)
        self.refreshed.emit()
        self.changed.emit()

    def thumbnail_ready(self, image: QImage) -> None:
        self.thumbnail = image
        self._settle()

    def _settle(self) -> None:
        # The verdict needs only the header checks: it does not wait for the thumbnail, which
        # for a large JPEG takes longer to decode than every rule takes to check.
        busy = "checks" in self.waiting_for or "fix" in self.waiting_for
        if busy or self.state in (State.ERROR, State.VALID, State.INVALID):
            self.refreshed.emit()
            return
        failing = any(not c.passed for c in self.checks())
        self.set_state(State.INVALID if failing else State.VALID)
        self.refreshed.emit()
        self.changed.emit()

    def fail(self, message: str) -> None:
        self.cancel_work()
        self.error = message
        self.set_state(State.ERROR)
        self.refreshed.emit()
        self.changed.emit()

    def _fixed(self, path: Path) -> None:
        self.previous = None
        self.last_edit = "fix"
        self.load(Source(SourceKind.FILE, str(path)))

    def set_state(self, state: State) -> None:
        if state is self.state:
            return
        if not self.state.can_become(state):
            log.warning("drop zone went from %s to %s", self.state, state)
        self.state = state
        self.state_changed.emit(state.value)


__all__ = ["ImageCheck", "Inspection", "Snapshot", "State", "TRANSITIONS", "fixed_dir"]
