"""One video or audio input: a drop zone that checks the clip and plays it inline.

A file or URL arrives by drop, by "Choose file…" or by pasting a URL. It is probed on a
worker thread (a URL fetched first, as images are), judged against the field's rules and,
for a local file, RunComfy's inline limits; the zone then shows what the clip is, one row per
rule, the fix when one helps, and a player (the window's video player, or a small audio
player). A fix runs on a worker too, with its progress shown; its result replaces the
clip, which the single-shot document records as one undoable step. Nothing is ever lost: a
clip that cannot be read stays named in the zone with the reason.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMimeData, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPalette,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.catalogue import Field
from app.core.errors import StoryreelError
from app.core.media.kinds import MediaKind
from app.core.settings import cache_dir
from app.core.validation import Problem, is_url
from app.ui import theme
from app.ui.error_text import error_text
from app.ui.images import State
from app.ui.images.wording import check_sentence, fix_description, fix_title
from app.ui.local_files import local_path
from app.ui.units import amount, summary_text
from app.ui.widgets.elided import ElidedButton
from app.ui.workers import Task, run_in_thread

if TYPE_CHECKING:
    from app.core.media.verdict import Verdict
    from app.ui.media.audio_player import AudioPlayer
    from app.ui.player import PlayerView

VIDEO_FILTER = "*.mp4 *.m4v *.mov *.webm *.mkv *.avi"
AUDIO_FILTER = "*.wav *.mp3 *.m4a *.aac *.ogg *.opus *.flac"
_FETCH_BYTES = 100_000_000  # RunComfy fetches video and audio URLs of up to 100 MB


def escape(text: str) -> str:
    """``text`` safe inside rich text (as ``html.escape``, without loading its entity table)."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#x27;")
    )


def media_dir(name: str) -> Path:
    """Where fetched clips ("inputs") and fixed copies ("fixed") are kept."""
    return cache_dir() / name


def _judge(field: Field, value: str, fetch: Any) -> Any:
    """In a worker thread: the clip's verdict (a URL fetched first, by ``fetch``)."""
    from app.core.media.verdict import judge

    path = fetch.run() if fetch is not None else Path(value).expanduser()
    return path, judge(field, path, inline=fetch is None)


def _megabytes(size: int) -> str:
    return amount(f"{size / 1_000_000:.1f}", "MB")


class FixCancelled(Exception):
    """Raised in a fix's worker when the clip it was for was removed or replaced."""


class MediaZone(QFrame):
    """Drop, check, fix and play one video or audio clip."""

    changed = Signal()

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.kind = MediaKind.VIDEO if field.is_video else MediaKind.AUDIO
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("mediaZone")
        self.last_edit = ""
        self._source: str | None = None
        self._local: Path | None = None
        self._state = State.EMPTY
        self._verdict: Verdict | None = None
        self._error = ""
        self._task: Task | None = None
        self._fixing: Task | None = None
        self._fetch: Any = None  # the URL being fetched (app.ui.bridge.ImageFetch)
        self._ticker = QTimer(self)
        self._ticker.setInterval(200)
        self._ticker.timeout.connect(self._tick)
        self._fix_stop = threading.Event()
        self._fix_percent = 0
        self._video: PlayerView | None = None  # made when the first clip is shown
        self._audio: AudioPlayer | None = None
        self._build()
        self._show()

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        noun = self.tr("video") if self.kind is MediaKind.VIDEO else self.tr("audio clip")
        drop = (
            self.tr("Drop a video here")
            if self.kind is MediaKind.VIDEO
            else self.tr("Drop an audio clip here")
        )
        self.drop_label = QLabel(drop, self)
        self.drop_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_button = QPushButton(self.tr("Choose file…"), self)
        self.choose_button.clicked.connect(self.choose)
        self.url_edit = QLineEdit(self)
        self.url_edit.setPlaceholderText(self.tr("…or paste a URL and press Enter"))
        self.url_edit.setAccessibleName(self.tr("URL of the {noun}").format(noun=noun))
        self.url_edit.returnPressed.connect(self._url_entered)
        self.name_label = QLabel(self)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_label.setWordWrap(True)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        theme.make_small(self.summary_label)
        self.rows_label = QLabel(self)
        self.rows_label.setWordWrap(True)
        self.rows_label.setTextFormat(Qt.TextFormat.RichText)
        self.rows_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        theme.make_small(self.rows_label)
        # A fix's title can be long (German): drawn elided, said whole in its tooltip.
        self.fix_button = ElidedButton("", self)
        self.fix_button.clicked.connect(self.apply_fix)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self._remove)

        entry = QHBoxLayout()
        entry.addWidget(self.choose_button)
        entry.addWidget(self.url_edit, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.fix_button)
        actions.addWidget(self.progress, 1)
        actions.addStretch(1)
        actions.addWidget(self.remove_button)
        self.player_slot = QVBoxLayout()
        self.player_slot.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.SPACING, theme.SPACING, theme.SPACING, theme.SPACING)
        layout.setSpacing(theme.SPACING // 2)
        layout.addWidget(self.drop_label)
        layout.addLayout(entry)
        layout.addWidget(self.name_label)
        layout.addWidget(self.summary_label)
        layout.addLayout(self.player_slot)
        layout.addWidget(self.rows_label)
        layout.addLayout(actions)

    def player(self) -> PlayerView | AudioPlayer | None:
        """The inline player, once a clip has been shown (video: the window's player)."""
        return self._video or self._audio

    def _show_in_player(self, path: Path) -> None:
        if self.kind is MediaKind.VIDEO:
            if self._video is None:
                from app.ui.player import PlayerView

                self._video = PlayerView(self)
                self._video.setMinimumHeight(160)
                self.player_slot.addWidget(self._video)
            self._video.show()
            if self._video.current_file != path:
                self._video.load(path, autoplay=False)
        else:
            if self._audio is None:
                from app.ui.media.audio_player import AudioPlayer

                self._audio = AudioPlayer(self)
                self.player_slot.addWidget(self._audio)
            self._audio.show()
            self._audio.load(path)

    # --- the value ----------------------------------------------------------------------

    def path(self) -> str | None:
        """What is sent: the file's path or the URL, as the user gave it (or the fixed copy)."""
        return self._source

    def state(self) -> State:
        return self._state

    def verdict(self) -> Verdict | None:
        return self._verdict

    def inline_size(self) -> int:
        """Bytes of the file this zone sends inline (0 for a URL or an unchecked clip)."""
        verdict = self._verdict
        if verdict is None or not verdict.inline or self._state is State.ERROR:
            return 0
        return int(verdict.info.file_size)

    def busy(self) -> bool:
        """Whether the clip is still being checked or fixed (the field cannot be sent yet)."""
        return self._state is State.CHECKING or self._fixing is not None

    def reason(self) -> str:
        if self._fixing is not None:
            return self.tr("the fix is still being made")
        return self.tr("still being checked")

    def problems(self, item: int | None = None) -> list[Problem]:
        if self._state is State.ERROR:
            return [Problem(self.field.name, "readable", self._error, item=item)]
        if self._state is State.INVALID and self._verdict is not None:
            return list(self._verdict.problems(self.field, item))
        return []

    def set_source(self, value: str, edit: str = "") -> None:
        """Check ``value`` (a path or URL) for this field; the zone shows it at once."""
        value = value.strip()
        if not value:
            self.clear()
            return
        self._cancel()
        self.last_edit = edit
        self._source = value
        self._verdict, self._error, self._local = None, "", None
        self._state = State.CHECKING
        if is_url(value):
            from app.ui.bridge import ImageFetch

            self._fetch = ImageFetch(value, media_dir("inputs"), max_bytes=_FETCH_BYTES)
            self._ticker.start()
        self._task = run_in_thread(
            _judge,
            self.field,
            value,
            self._fetch,
            owner=self,
            on_done=self._judged,
            on_error=self._failed,
        )
        self._show()
        self.changed.emit()

    def clear(self, edit: str = "") -> None:
        self._cancel()
        self.last_edit = edit
        self._source, self._verdict, self._error, self._local = None, None, "", None
        self._state = State.EMPTY
        self._show()
        self.changed.emit()

    def _cancel(self) -> None:
        for task in (self._task, self._fixing):
            if task is not None:
                task.cancel()
        self._task = self._fixing = None
        self._fix_stop.set()  # a fix under way stops at its next frame and leaves no file
        self._stop_fetch(cancel=True)

    def _stop_fetch(self, *, cancel: bool) -> None:
        if self._fetch is not None and cancel:
            self._fetch.cancel()  # the download stops at once and leaves nothing behind
        self._fetch = None
        self._ticker.stop()

    def _tick(self) -> None:
        if self._fixing is not None:
            self.progress.setValue(self._fix_percent)
        self._show_fetch_progress()

    def _show_fetch_progress(self) -> None:
        if self._fetch is None or self._state is not State.CHECKING:
            return
        received, total = self._fetch.progress()
        if not received:
            return
        if total:
            text = self.tr("Fetching… {done} of {total}").format(
                done=_megabytes(received), total=_megabytes(total)
            )
        else:
            text = self.tr("Fetching… {done}").format(done=_megabytes(received))
        self.summary_label.setText(text)

    # --- answers from the worker --------------------------------------------------------

    def _judged(self, answer: Any) -> None:
        self._task = None
        self._stop_fetch(cancel=False)
        self._local, self._verdict = answer
        self._state = State.VALID if self._verdict.passed else State.INVALID
        self._show()
        self.changed.emit()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self._stop_fetch(cancel=False)
        self._state = State.ERROR
        self._error = (
            error_text(error)
            if isinstance(error, StoryreelError)
            else self.tr("{name} cannot be read ({error}).").format(
                name=Path(self._source or "").name, error=type(error).__name__
            )
        )
        self._show()
        self.changed.emit()

    # --- fixing -------------------------------------------------------------------------

    def apply_fix(self) -> None:
        verdict, local = self._verdict, self._local
        if verdict is None or verdict.fix is None or local is None or self._fixing is not None:
            return
        from app.core.media.fixes import apply_fix

        stop = threading.Event()
        self._fix_stop, self._fix_percent = stop, 0

        def report(done: float, total: float) -> None:
            # Called in the worker: a plain value the ticker reads, never a Qt call.
            if stop.is_set():
                raise FixCancelled
            self._fix_percent = round(100 * done / total) if total else 0

        field, fix, inline = self.field, verdict.fix, verdict.inline

        def work() -> Path:
            return apply_fix(fix, field, local, media_dir("fixed"), inline=inline, progress=report)

        self._fixing = run_in_thread(
            work, owner=self, on_done=self._fixed, on_error=self._fix_failed
        )
        self._ticker.start()
        self.progress.setValue(0)
        self._show()
        self.changed.emit()

    def _fixed(self, path: Path) -> None:
        self._fixing = None
        self._ticker.stop()
        self.set_source(str(path), edit="fix")

    def _fix_failed(self, error: BaseException) -> None:
        self._fixing = None
        self._ticker.stop()
        self._show()
        message = error_text(error) if isinstance(error, StoryreelError) else type(error).__name__
        self.summary_label.setText(self.tr("The fix failed: {message}").format(message=message))
        self.changed.emit()

    # --- showing ------------------------------------------------------------------------

    def _show(self) -> None:
        empty = self._state is State.EMPTY
        self.drop_label.setVisible(empty)
        self.choose_button.setVisible(empty)
        self.url_edit.setVisible(empty)
        self.name_label.setVisible(not empty)
        self.summary_label.setVisible(not empty)
        self.remove_button.setVisible(not empty)
        fetching = self._fetch is not None and self._state is State.CHECKING
        self.remove_button.setText(self.tr("Cancel") if fetching else self.tr("Remove"))
        self.name_label.setText(f"<b>{escape(self._shown_name())}</b>")
        fix = self._verdict.fix if self._verdict is not None else None
        fixing = self._fixing is not None
        self.fix_button.setVisible(fix is not None and self._state is State.INVALID)
        self.fix_button.setEnabled(not fixing)
        if fix is not None:
            title = self.tr("Fix: {title}").format(title=fix_title(fix.title))
            self.fix_button.set_text(title, fix_description(fix.description))
        self.progress.setVisible(fixing)
        self.summary_label.setText(self._summary())
        self.rows_label.setText(self._rows())
        self.rows_label.setVisible(self._verdict is not None)
        self._show_player()
        colour = {
            State.VALID: theme.Accent.VALID,
            State.INVALID: theme.Accent.INVALID,
            State.ERROR: theme.Accent.INVALID,
            State.CHECKING: theme.Accent.CHECKING,
        }.get(self._state)
        theme.set_text_colour(
            self.summary_label,
            theme.accent(colour, self.palette()) if self._state is State.ERROR and colour else None,
        )

    def _shown_name(self) -> str:
        if not self._source:
            return ""
        return self._source if is_url(self._source) else Path(self._source).name

    def _summary(self) -> str:
        if self._state is State.CHECKING:
            return self.tr("Fetching…") if self._fetch is not None else self.tr("Checking…")
        if self._state is State.ERROR:
            return self._error
        if self._verdict is not None:
            return summary_text(str(self._verdict.info.summary()))
        return ""

    def _rows(self) -> str:
        if self._verdict is None:
            return ""
        palette = self.palette()
        good = theme.accent(theme.Accent.VALID, palette).name()
        bad = theme.accent(theme.Accent.INVALID, palette).name()
        lines = []
        for check in self._verdict.checks:
            mark, colour = ("✓", good) if check.passed else ("✗", bad)
            sentence = escape(check_sentence(check.message))
            lines.append(f'<span style="color:{colour}">{mark}</span> {sentence}')
        return "<br>".join(lines)

    def _show_player(self) -> None:
        playable = self._local is not None and self._state in (State.VALID, State.INVALID)
        if playable and self._local is not None:
            self._show_in_player(self._local)
            return
        player = self.player()
        if player is not None:
            player.clear()
            player.hide()

    # --- input --------------------------------------------------------------------------

    def choose(self) -> None:
        what = self.tr("Videos") if self.kind is MediaKind.VIDEO else self.tr("Audio")
        pattern = VIDEO_FILTER if self.kind is MediaKind.VIDEO else AUDIO_FILTER
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a file"), "", f"{what} ({pattern});;{self.tr('All files')} (*)"
        )
        if path:
            self.set_source(path, edit="choose")

    def _url_entered(self) -> None:
        text = self.url_edit.text().strip()
        if text:
            self.url_edit.clear()
            self.set_source(text, edit="paste")

    def _remove(self) -> None:
        self.clear(edit="clear")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        """Ctrl+V pastes a copied file or URL into the zone."""
        if event.matches(QKeySequence.StandardKey.Paste):
            value = self._dropped_mime(QGuiApplication.clipboard().mimeData())
            if value:
                self.set_source(value, edit="paste")
                return
        super().keyPressEvent(event)

    @staticmethod
    def _dropped(event: QDragEnterEvent | QDropEvent) -> str | None:
        return MediaZone._dropped_mime(event.mimeData())

    @staticmethod
    def _dropped_mime(mime: QMimeData | None) -> str | None:
        """The file path or URL in dragged or copied data, if any."""
        if mime is None:
            return None
        if mime.hasUrls() and mime.urls():
            url: QUrl = mime.urls()[0]
            if url.isLocalFile():
                return local_path(url)
            text = url.toString()
            return text if is_url(text) else None
        text = mime.text().strip() if mime.hasText() else ""
        return text if is_url(text) else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if self._dropped(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        value = self._dropped(event)
        if value:
            event.acceptProposedAction()
            self.set_source(value, edit="drop")

    def changeEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange:
            self.rows_label.setText(self._rows())
            self.setBackgroundRole(QPalette.ColorRole.Base)
