"""The drop zone: one image for one image field, dropped, pasted or chosen, checked and fixed.

A :class:`DropZone` takes files dragged from a file manager, images or image URLs dragged from
a browser, images pasted from the clipboard (Ctrl+V), and the file dialog (click, or Enter or
Space); its close button or Delete/Backspace removes the image. The zone is the view: its
layout and painting here, its keys and drags in :mod:`app.ui.images.zone_input`. What
happens to an image (saving, fetching, checking, fixing, restoring) is
:class:`app.ui.images.checking.ImageCheck`'s work; the zone shows what it reports. The
border shows the state: dashed when empty, blue while checking, green when valid, red when
invalid or unreadable, amber when valid with a warning.

Public API::

    DropZone(field: Field, parent=None)
    DropZone.path() -> str | None          the value: a local path or a URL
    DropZone.set_source(path_or_url: str)  load and check an image
    DropZone.clear()
    DropZone.state() -> str                "empty", "checking", "valid", "invalid", "error"
    DropZone.checks() / fixes() / reason() / info() / thumbnail() / error()
    DropZone.set_frame_ratio(ratio: str | None)  preview how "16:9" frames the image
    DropZone.request_fix(index)            apply one fix (a crop opens the framing tool)
    DropZone.frame()                       open the framing tool on the image
    DropZone.changed, DropZone.state_changed(str)
    DropZone.last_edit                     what the user last did ("drop", "paste", "clear"…)
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QGuiApplication,
    QImage,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.catalogue import Field
from app.core.fixes import Fix
from app.core.images import ImageInfo
from app.core.validation import Check, Problem
from app.ui import icons, theme
from app.ui.fetch_progress import FetchProgress
from app.ui.images.checking import ImageCheck, State
from app.ui.images.fix_actions import FixActions
from app.ui.images.preview import Preview, paint_zone, parse_ratio
from app.ui.images.rules import FixButtons, RuleRows
from app.ui.images.sources import Source, SourceKind, open_image_dialog, sources_from_mime
from app.ui.images.zone_input import ZoneInput
from app.ui.widgets.elided import ElidedLabel

if TYPE_CHECKING:
    from app.ui.framing import FramingDialog  # loaded when a zone first opens it


class DropZone(ZoneInput):
    """One image for one image field: drop, paste or choose it; see it checked; fix it."""

    changed = Signal()
    state_changed = Signal(str)

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.check = ImageCheck(field, self)
        self.check.changed.connect(self.changed)
        self.check.state_changed.connect(self._state_changed)
        self.check.refreshed.connect(self._refresh)
        self._frame_ratio: float | None = None
        self._frame_ratio_text = ""
        self._warning = False
        self._hovered = False
        self._subject = self.tr("an image")
        self._hint = ""
        self.file_dialog: QFileDialog | None = None
        self.fix_actions = FixActions(self, self)
        # Set by an ImageStrip: several images at once, and moving images between slots.
        self.many_dropped: Callable[[DropZone, list[Source]], None] | None = None
        self.move_requested: Callable[[DropZone, int], None] | None = None
        self.moved_onto: Callable[[DropZone, str], None] | None = None
        self.allows_many = False

        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumWidth(theme.ZONE_MIN_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self._build()
        self.check.fetch_started.connect(self.fetch_progress.start)
        self.check.fetch_stopped.connect(self.fetch_progress.stop)
        self._refresh()

    def _build(self) -> None:
        self.preview = Preview(self, self)
        # A long file name is shortened in the middle, whole in the tooltip.
        self.name_label = ElidedLabel("", self)
        self.name_label.setObjectName("zoneFileName")
        theme.make_small(self.name_label, bold=True)

        self._build_header_buttons()

        self.status_label = QLabel(self)
        self.status_label.setObjectName("zoneStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # A valid image's rule table stays folded behind its one verdict line.
        self.details_button = QToolButton(self)
        self.details_button.setObjectName("zoneRuleDetails")
        self.details_button.setCheckable(True)
        self.details_button.setAutoRaise(True)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.setToolTip(self.tr("Show every rule this image was checked against"))
        self.details_button.setAccessibleName(self.tr("Show the rules"))
        self.details_button.toggled.connect(self._details_toggled)

        self.restore_button = QPushButton(self.tr("Restore previous"), self)
        self.restore_button.setFlat(True)
        self.restore_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.restore_button.setToolTip(self.tr("Bring back the image that was here before."))
        self.restore_button.clicked.connect(self.restore_previous)

        self.fetch_progress = FetchProgress(self)
        self.fetch_progress.cancel_requested.connect(self.cancel_fetch)
        self.checks_widget = RuleRows(self)
        self.checks_grid = self.checks_widget.grid
        self._fixes = FixButtons(
            self, self.request_fix, self.fix_actions.pad_with, self.fix_actions.crop_title
        )
        self.fixes_row = self._fixes.row

        layout = QVBoxLayout(self)
        margin = theme.SPACING + 2
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.setSpacing(theme.SPACING // 2 + 2)
        header, status_row, restore_row = self._rows()
        layout.addLayout(header)
        layout.addWidget(self.preview)
        layout.addLayout(status_row)
        layout.addWidget(self.fetch_progress)
        layout.addLayout(restore_row)
        layout.addWidget(self.checks_widget)
        layout.addLayout(self.fixes_row)

    def _build_header_buttons(self) -> None:
        """Frame… and Remove, beside the file's name."""
        self.frame_button = QToolButton(self)
        self.frame_button.setIcon(icons.icon("frame"))
        self.frame_button.setAutoRaise(True)
        self.frame_button.setToolTip(
            self.tr(
                "Frame…: choose the part of the picture the shot keeps, at the shot's aspect "
                "ratio."
            )
        )
        self.frame_button.setAccessibleName(self.tr("Frame…"))
        self.frame_button.clicked.connect(self.frame)

        self.remove_button = QToolButton(self)
        self.remove_button.setIcon(icons.icon("close"))
        self.remove_button.setAutoRaise(True)
        self.remove_button.setToolTip(self.tr("Remove this image (Delete)"))
        self.remove_button.setAccessibleName(self.tr("Remove image"))
        self.remove_button.clicked.connect(self.clear)

    def _rows(self) -> tuple[QHBoxLayout, QHBoxLayout, QHBoxLayout]:
        """The name with its buttons, the verdict with its rule toggle, Restore previous."""
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.name_label, 1)
        header.addWidget(self.frame_button)
        header.addWidget(self.remove_button)
        restore_row = QHBoxLayout()
        restore_row.setContentsMargins(0, 0, 0, 0)
        restore_row.addWidget(self.restore_button)
        restore_row.addStretch(1)
        status_row = QHBoxLayout()
        status_row.setContentsMargins(0, 0, 0, 0)
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignTop)
        return header, status_row, restore_row

    # --- public API ---------------------------------------------------------------------

    @property
    def fix_buttons(self) -> list[QAbstractButton]:
        return self._fixes.buttons

    @property
    def last_edit(self) -> str:
        return self.check.last_edit

    def path(self) -> str | None:
        return self.check.value

    def local_path(self) -> Path | None:
        """The local file the checks read (a URL's downloaded copy), once there is one."""
        return self.check.local

    def state(self) -> str:
        return self.check.state.value

    def checks(self) -> list[Check]:
        return self.check.checks()

    def fixes(self) -> list[Fix]:
        return self.check.fixes()

    def info(self) -> ImageInfo | None:
        return self.check.info()

    def thumbnail(self) -> QImage | None:
        return self.check.thumbnail

    def error(self) -> str | None:
        return self.check.error

    def can_restore(self) -> bool:
        """Whether "Restore previous" applies: the new image cannot be read, or is cut short."""
        return self.check.can_restore()

    def set_source(self, path_or_url: str) -> None:
        """Load and check the image at a local path, a ``file://`` URL or an http(s) URL."""
        source = Source.from_text(path_or_url)
        if source is None:
            self.clear()
            return
        self.load(source)

    def load(self, source: Source) -> None:
        """Load one offered image (a file, a URL, or image data) and start checking it."""
        self.check.load(source)

    def load_many(self, sources: list[Source], edit: str = "drop") -> None:
        """Several images offered at once: a strip takes them all, a single zone the first."""
        if not sources:
            return
        self.check.last_edit = edit
        if len(sources) > 1 and self.many_dropped is not None:
            self.many_dropped(self, sources)
            return
        self.load(sources[0])
        if len(sources) > 1:
            self.check.set_note(
                self.tr("Only one image fits here; the first of the {count} was used.").format(
                    count=len(sources)
                )
            )

    def clear(self) -> None:
        self.check.last_edit = "clear"
        self.check.clear()

    def fetching(self) -> bool:
        return self.check.fetch is not None

    def cancel_fetch(self) -> None:
        """Stop fetching a URL (the Cancel button): the image shown before comes back."""
        self.check.last_edit = "restore"
        self.check.cancel_fetch()

    def restore_previous(self) -> None:
        """Bring back the image shown before a drop that could not be read or was cut short."""
        self.check.last_edit = "restore"
        self.check.restore_previous()

    def reason(self) -> str | None:
        """Why this image cannot be used yet: the first broken rule, an error, or still busy."""
        return self.check.reason()

    def problems(self, item: int | None = None) -> list[Problem]:
        """The image's verdict as problems of its field (errors only: they block)."""
        return self.check.problems(item)

    def set_frame_ratio(self, ratio: str | None) -> None:
        """Show how this aspect ratio ("16:9") frames the image; None or "adaptive": no frame."""
        value = parse_ratio(ratio)
        self._frame_ratio = value
        self._frame_ratio_text = ratio if value is not None and ratio else ""
        self._refresh()  # the crop button names the ratio it frames to

    def frame_ratio(self) -> float | None:
        return self._frame_ratio

    def frame_ratio_text(self) -> str:
        return self._frame_ratio_text

    def set_warning(self, warning: bool) -> None:
        """A warning about this image from elsewhere (a setting that ignores it): amber."""
        if warning != self._warning:
            self._warning = warning
            self.update()

    def set_subject(self, subject: str) -> None:
        """How the hint names what goes here: "the first frame", "reference images"."""
        self._subject = subject
        self.preview.update()
        self._refresh_accessibility()

    def set_hint(self, hint: str) -> None:
        """Replace the whole empty-zone hint (a strip's "+ Add another image")."""
        self._hint = hint
        self.preview.update()

    def border_accent(self) -> theme.Accent:
        return self.check.accent(warning=self._warning)

    def choose_file(self) -> None:
        """Open the file dialog (non-modal: the answer arrives through a signal)."""
        title = self.tr("Choose {subject}").format(subject=self._subject)
        multiple = self.many_dropped is not None and self.allows_many
        current = self.check.value if self.check.is_local() else None
        self.file_dialog = open_image_dialog(self, title, multiple, current, self._files_chosen)

    def paste(self) -> None:
        """Take an image (or an image's URL or path) from the clipboard."""
        mime = QGuiApplication.clipboard().mimeData()
        sources = sources_from_mime(mime) if mime is not None else []
        if not sources:
            self.check.set_note(self.tr("The clipboard holds no image, image file or image URL."))
            return
        self.load_many(sources, edit="paste")

    def request_fix(self, index: int) -> FramingDialog | None:
        """Apply a fix in one click (Undo takes it back); a crop opens the framing tool."""
        return self.fix_actions.request_fix(index)

    def frame(self) -> FramingDialog | None:
        """Open the framing tool: a rectangle at the shot's ratio, dragged where it matters."""
        return self.fix_actions.frame()

    def cancel_work(self) -> None:
        self.check.cancel_work()

    def _files_chosen(self, files: list[str]) -> None:
        self.load_many([Source(SourceKind.FILE, f) for f in files], edit="choose")

    # --- display ------------------------------------------------------------------------

    def _state_changed(self, state: str) -> None:
        self.state_changed.emit(state)
        self.update()

    def placeholder_text(self) -> str:
        state = self.check.state
        if state is State.CHECKING:
            if "download" in self.check.waiting_for:
                return self.tr("Fetching {name}…").format(name=self.check.name_for_messages())
            return self.tr("Checking…")
        if state is State.ERROR:
            return self.tr("No preview")
        if self._hint:
            return self._hint
        return self.tr("Drop {subject} here · or click to choose · Ctrl+V to paste").format(
            subject=self._subject
        )

    def _refresh(self) -> None:
        has_image = self.check.state is not State.EMPTY
        self.name_label.set_full_text(self.check.name_for_messages() if has_image else "")
        self.name_label.set_tip(self.check.value or None)
        self.name_label.setVisible(has_image)
        self.remove_button.setVisible(has_image)
        self.frame_button.setVisible(self.fix_actions.can_frame())
        self.restore_button.setVisible(self.can_restore())
        self._show_status()
        self.checks_widget.show_checks(
            self.checks(), (self.check.inspection, self.check.state), force=False
        )
        self._show_details()
        wanted = self.fixes() if self.check.state is State.INVALID else []
        self._fixes.show_fixes(wanted)
        self._refresh_accessibility()
        self.preview.update()
        self.update()

    def rules_shown(self) -> bool:
        """Whether the rule table is open (a failure or a note opens it; else on request)."""
        if not self.checks():
            return False
        return self.check.table_opens() or (
            self.check.state is State.VALID and self.details_button.isChecked()
        )

    def _show_details(self) -> None:
        foldable = self.check.state is State.VALID and not self.check.table_opens()
        self.details_button.setVisible(foldable and bool(self.checks()))
        opened = self.rules_shown()
        self.details_button.setArrowType(
            Qt.ArrowType.DownArrow if opened else Qt.ArrowType.RightArrow
        )
        self.details_button.setAccessibleName(
            self.tr("Hide the rules") if opened else self.tr("Show the rules")
        )
        self.checks_widget.setVisible(opened)

    def _details_toggled(self, _shown: bool) -> None:
        self._show_details()

    def _show_status(self) -> None:
        text, accent = self.check.status()
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))
        palette = self.palette()
        colour = theme.accent(accent, palette) if accent is not None else None
        if self.check.state is State.CHECKING:
            colour = theme.muted(palette)
        theme.set_text_colour(self.status_label, colour)

    def _refresh_accessibility(self) -> None:
        self.setAccessibleName(self.tr("Drop zone for {subject}").format(subject=self._subject))
        self.setAccessibleDescription(self.check.description())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        dashed = self.check.state is State.EMPTY
        paint_zone(self, self.border_accent(), dashed=dashed, hovered=self._hovered)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.PaletteChange:
            key = (self.check.inspection, self.check.state)
            self.checks_widget.show_checks(self.checks(), key, force=True)
            self._refresh()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.preview.update()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        super().focusOutEvent(event)
        self.update()


__all__ = ["DropZone"]
