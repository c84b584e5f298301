"""Play sequence: a storyboard's finished clips back to back, and held frames for the rest.

The segments come from :func:`app.core.storyboard.sequence`: a shot whose clip still fits
its inputs plays that clip through Qt's media player; any other shot shows its first frame,
still, for the shot's length. So the timing of the whole board reads before everything is
rendered, and a partly rendered board already plays at its final length.

Below the picture, a timeline shows every shot in proportion to its length (finished clips
solid, held frames hatched), the playhead and the shot playing; a click on a shot plays from
there. Space plays and pauses, wherever the focus is inside the player; at the end the last
picture holds, and Space plays the sequence again from its first shot.

A shot trimmed in an editor plays its kept part only: its clip is loaded, moved to the
trim's in point before it plays (so no earlier frame is ever shown), and left for the next
shot at its out point; its held frame is held for its kept length. The timeline, the time
and the total are those of the trimmed cut.

Clips are switched on ``EndOfMedia`` (or their out point); a held frame is timed with a
monotonic clock, so pausing in the middle of a hold resumes it for exactly the time that was
left. The media player is made on first use, like the single-shot player's.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QImage,
    QKeyEvent,
    QPalette,
)
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer, QVideoFrame, QVideoSink
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStackedLayout,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.storyboard import Segment
from app.ui import theme
from app.ui.numbers import decimal
from app.ui.player import HeldFrame, PlayerKeys, release_media, time_text
from app.ui.preview_badge import show_preview_badge
from app.ui.sequence_timeline import Timeline
from app.ui.still_view import StillView, load_still
from app.ui.video_surface import VideoSurface
from app.ui.workers import run_in_thread

TICK_MS = 40
_SEEKABLE = (  # a clip loaded: it can be moved to its in point
    QMediaPlayer.MediaStatus.LoadedMedia,
    QMediaPlayer.MediaStatus.BufferedMedia,
    QMediaPlayer.MediaStatus.EndOfMedia,
)


class SequencePlayer(PlayerKeys, QWidget):
    """Plays a storyboard's segments in order: clips through Qt's media player, held frames
    as timed stills. ``frames_decoded`` counts the video frames shown (tests read it)."""

    segment_changed = Signal(int)  # the segment now showing; -1 when stopped
    playing_changed = Signal(bool)
    finished = Signal()  # the last segment ended
    frame_decoded = Signal()
    still_loaded = Signal(object)  # Path of a held frame, ready to show

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Sequence player"))
        self._player: QMediaPlayer | None = None
        self._audio: QAudioOutput | None = None
        self._segments: list[Segment] = []
        self._starts: list[float] = []
        self._index = -1
        self._playing = False
        self._hold_elapsed_ms = 0  # of the current held frame, before the last resume
        self._hold_clock = QElapsedTimer()
        self._seek_pending = False  # a trimmed clip waits to load before it moves to its in
        self._stills: dict[Path, QImage | None] = {}
        self.frames_decoded = 0

        self.surface = VideoSurface(self)
        self.surface.key_pressed.connect(self._surface_key)
        self.surface.videoSink().videoFrameChanged.connect(self._frame_arrived)
        self._held_frame = HeldFrame(self.surface.videoSink())
        self.still = StillView(self)
        self.placeholder = QLabel(
            self.tr(
                "Play sequence shows the whole board here: finished clips back to back, and "
                "each shot not rendered yet as its first frame, held for its length."
            ),
            self,
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.placeholder.setMargin(16)
        host = QWidget(self)
        self._stack = QStackedLayout(host)
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(self.surface)
        self._stack.addWidget(self.still)

        self.timeline = Timeline(self)
        self.timeline.seek_requested.connect(self.play_from)

        controls = self._build_controls()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(host, 1)
        layout.addWidget(self.timeline)
        layout.addLayout(controls)

        self._hold_timer = QTimer(self)
        self._hold_timer.setSingleShot(True)
        self._hold_timer.timeout.connect(self._advance)
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self._tick)
        self._update_controls()

    def _build_controls(self) -> QHBoxLayout:
        """Play or pause, the shot playing, the time."""
        self.play_button = QToolButton(self)
        self.play_button.setAutoRaise(True)
        self.play_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaPlay))
        self.play_button.setToolTip(self.tr("Play or pause the sequence (Space)"))
        self.play_button.setAccessibleName(self.tr("Play sequence"))
        self.play_button.clicked.connect(self.toggle_play)
        self.shot_label = QLabel(self)
        self.shot_label.setAccessibleName(self.tr("Shot playing"))
        theme.make_small(self.shot_label)
        self.time_label = QLabel(time_text(0, 0), self)
        self.time_label.setAccessibleName(self.tr("Sequence time"))

        controls = QHBoxLayout()
        controls.setSpacing(6)
        controls.addWidget(self.play_button)
        controls.addWidget(self.shot_label, 1)
        controls.addWidget(self.time_label)
        return controls

    # -- the media player, made on first use ----------------------------------------------

    @property
    def media_player(self) -> QMediaPlayer:
        if self._player is None:
            self._audio = QAudioOutput(self)
            self._player = QMediaPlayer(self)
            self._player.setAudioOutput(self._audio)
            self._player.setVideoOutput(self.surface)
            self._player.mediaStatusChanged.connect(self._media_status)
            self._player.positionChanged.connect(self._clip_position)
            self._player.errorOccurred.connect(self._media_error)
        return self._player

    def video_sink(self) -> QVideoSink:
        """Where decoded clip frames arrive."""
        return self.surface.videoSink()

    # -- what to play ---------------------------------------------------------------------

    def segments(self) -> list[Segment]:
        return list(self._segments)

    def set_segments(self, segments: Sequence[Segment]) -> None:
        """Show a new sequence (stopping any playback); stills start loading at once."""
        self.stop()
        self._segments = list(segments)
        self._starts = []
        start = 0.0
        for segment in self._segments:
            self._starts.append(start)
            start += segment.duration_s
        self.timeline.set_segments(self._segments)
        for segment in self._segments:
            if segment.clip is None and segment.still is not None:
                self._request_still(segment.still)
        self._update_controls()

    @property
    def total_seconds(self) -> float:
        return sum(s.duration_s for s in self._segments)

    @property
    def current_index(self) -> int:
        return self._index

    def current_segment(self) -> Segment | None:
        return self._segments[self._index] if 0 <= self._index < len(self._segments) else None

    @property
    def playing(self) -> bool:
        return self._playing

    def has_still(self, path: Path) -> bool:
        """The held frame of ``path`` is loaded and ready to show."""
        return self._stills.get(path) is not None

    # -- controls -------------------------------------------------------------------------

    def play(self) -> None:
        """Resume where the sequence was paused, or start from the first shot."""
        if not self._segments:
            return
        if self._index < 0:
            self.play_from(0)
            return
        self._set_playing(True)
        segment = self._segments[self._index]
        if segment.clip is not None:
            if not self._seek_pending:  # else it plays once it is at its in point
                self.media_player.play()
        else:
            self._resume_hold()

    def play_from(self, index: int) -> None:
        if not 0 <= index < len(self._segments):
            return
        self._set_playing(True)
        self._start(index)

    def pause(self) -> None:
        if not self._playing:
            return
        self._set_playing(False)
        segment = self.current_segment()
        if segment is None:
            return
        if segment.clip is not None and self._player is not None:
            if not self._seek_pending:  # a clip still loading has not been asked to play
                self._player.pause()
        elif self._hold_timer.isActive():
            self._hold_elapsed_ms += self._hold_clock.elapsed()
            self._hold_timer.stop()

    def toggle_play(self) -> None:
        if self._playing:
            self.pause()
        else:
            self.play()

    def stop(self) -> None:
        """Stop and go back to the start; the picture goes back to the placeholder."""
        self._hold_timer.stop()
        self._held_frame.forget()
        self._seek_pending = False
        if self._player is not None:
            release_media(self._player)
        self._set_playing(False)
        self._index = -1
        self._hold_elapsed_ms = 0
        self._stack.setCurrentWidget(self.placeholder)
        self.timeline.set_position(0.0, -1)
        self._update_controls()
        self.segment_changed.emit(-1)

    def handle_key(self, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_Space and not event.modifiers():
            self.toggle_play()
            return True
        return False

    # -- playing --------------------------------------------------------------------------

    def _start(self, index: int) -> None:
        self._index = index
        self._hold_timer.stop()
        self._hold_elapsed_ms = 0
        self._seek_pending = False
        segment = self._segments[index]
        if segment.clip is not None:
            self._stack.setCurrentWidget(self.surface)
            self.surface.file = Path(segment.clip)
            self._held_frame.forget()
            show_preview_badge(self.surface, segment.preview)
            self._load_clip(segment)
        else:
            if self._player is not None:
                release_media(self._player)
            self.surface.file = None
            show_preview_badge(self.surface, False)
            self._show_still(segment)
            self._stack.setCurrentWidget(self.still)
            if self._playing:
                self._resume_hold()
        self._update_controls()
        self.segment_changed.emit(index)

    def _load_clip(self, segment: Segment) -> None:
        """Load the segment's clip and play it from its in point (once it is loaded, as a
        player cannot seek before; the same file loaded again has nothing to wait for)."""
        player = self.media_player
        url = QUrl.fromLocalFile(str(segment.clip))
        loaded = player.source() == url and player.mediaStatus() in _SEEKABLE
        if not loaded:
            player.setSource(url)
        self._seek_pending = segment.clip_in_s > 0 and not loaded
        if loaded:
            player.setPosition(round(segment.clip_in_s * 1000))
        if self._playing and not self._seek_pending:
            player.play()

    def _show_still(self, segment: Segment) -> None:
        image = self._stills.get(segment.still) if segment.still is not None else None
        note = self.tr("Shot {n} · not rendered yet: its first frame, held for {s} s").format(
            n=segment.shot_number, s=decimal(segment.duration_s)
        )
        self.still.show_image(image, note)
        if segment.still is not None and segment.still not in self._stills:
            self._request_still(segment.still)

    def _resume_hold(self) -> None:
        segment = self.current_segment()
        if segment is None:
            return
        left = max(0, round(segment.duration_s * 1000) - self._hold_elapsed_ms)
        self._hold_clock.start()
        self._hold_timer.start(left)

    def _advance(self) -> None:
        if self._index + 1 < len(self._segments):
            self._start(self._index + 1)
            return
        # The end: keep the last picture, ready to start again from the first shot.
        self._hold_timer.stop()
        if self._player is not None and self._player.isPlaying():
            self._player.pause()  # a trimmed clip left at its out point: its frame stays
        self._set_playing(False)
        self.timeline.set_position(self.total_seconds, self._index)
        self._index = -1
        self._update_controls()
        # The playhead and the time stay at the end until the sequence plays again.
        total_ms = round(self.total_seconds * 1000)
        self.time_label.setText(time_text(total_ms, total_ms))
        self.finished.emit()

    def _media_status(self, status: QMediaPlayer.MediaStatus) -> None:
        segment = self.current_segment()
        if segment is None or segment.clip is None:
            return
        if self._seek_pending and status in _SEEKABLE[:2]:
            # A trimmed clip starts at its in point: moved there before it plays.
            self._seek_pending = False
            player = self.media_player
            player.setPosition(round(segment.clip_in_s * 1000))
            if self._playing:
                player.play()
            return
        if status == QMediaPlayer.MediaStatus.EndOfMedia:
            # The clip's last frame stays until the next shot shows: never a black flash,
            # and at the end of the sequence the last picture holds.
            self._held_frame.media_ended()
            if self._playing:
                self._advance()

    def _clip_position(self, _position_ms: int) -> None:
        """Leave a trimmed clip at its out point: the next shot follows without a gap."""
        if self._at_out_point():
            self._advance()

    def _at_out_point(self) -> bool:
        segment = self.current_segment()
        if (
            not self._playing
            or self._seek_pending
            or segment is None
            or segment.clip is None
            or segment.clip_out_s is None
            or self._player is None
        ):
            return False
        # The player's own position, not the signal's: one from the previous clip may
        # still be on its way when the next one has just been loaded.
        return self._player.position() >= round(segment.clip_out_s * 1000)

    def _media_error(self, _error: QMediaPlayer.Error, message: str) -> None:
        segment = self.current_segment()
        if segment is None or segment.clip is None:
            return
        self.shot_label.setText(
            self.tr("Shot {n}: {file} cannot be played ({reason}); skipped.").format(
                n=segment.shot_number,
                file=Path(segment.clip).name,
                reason=message or self.tr("unknown error"),
            )
        )
        if self._playing:
            QTimer.singleShot(0, self._advance)

    def _frame_arrived(self, frame: QVideoFrame) -> None:
        if frame.isValid():
            self.frames_decoded += 1
            self.frame_decoded.emit()

    def _set_playing(self, playing: bool) -> None:
        if playing == self._playing:
            return
        self._playing = playing
        if playing:
            self._ticker.start()
        else:
            self._ticker.stop()
        pixmap = (
            QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        )
        self.play_button.setIcon(self.style().standardIcon(pixmap))
        name = self.tr("Pause sequence") if playing else self.tr("Play sequence")
        self.play_button.setAccessibleName(name)
        self.playing_changed.emit(playing)

    def _position(self) -> float:
        segment = self.current_segment()
        if segment is None:
            return 0.0
        if segment.clip is not None:
            at = 0.0
            if self._player is not None and not self._seek_pending:
                at = self._player.position() / 1000
            within = max(0.0, at - segment.clip_in_s)
        else:
            within = self._hold_elapsed_ms / 1000
            if self._hold_timer.isActive():
                within += self._hold_clock.elapsed() / 1000
        return self._starts[self._index] + min(within, segment.duration_s)

    def _tick(self) -> None:
        if self._at_out_point():  # in case the player reports its position rarely
            self._advance()
            return
        position = self._position()
        self.timeline.set_position(position, self._index)
        self.time_label.setText(time_text(round(position * 1000), round(self.total_seconds * 1000)))

    def _update_controls(self) -> None:
        has_segments = bool(self._segments)
        self.play_button.setEnabled(has_segments)
        self.timeline.setEnabled(has_segments)
        segment = self.current_segment()
        count = len(self._segments)
        if segment is None:
            if not has_segments:
                self.shot_label.setText(self.tr("No shots yet"))
            else:
                held = sum(1 for s in self._segments if s.held)
                text = self.tr("%n shots, {seconds} s", "", count).format(
                    seconds=decimal(self.total_seconds)
                )
                if held:
                    text += self.tr(" · %n shown as held frames", "", held)
                self.shot_label.setText(text)
            self.time_label.setText(time_text(0, round(self.total_seconds * 1000)))
        else:
            if segment.held:
                what = self.tr("held frame, not rendered yet")
            elif segment.trimmed:
                what = self.tr("{s} s of its clip, from {start} s").format(
                    s=decimal(segment.duration_s), start=decimal(segment.clip_in_s)
                )
            else:
                what = self.tr("{s} s clip").format(s=decimal(segment.duration_s))
            self.shot_label.setText(
                self.tr("Shot {n} of {count} · {what}").format(
                    n=segment.shot_number, count=count, what=what
                )
            )
            self.shot_label.setToolTip(str(segment.clip or segment.still or ""))
            self._tick()
        self.shot_label.setAccessibleDescription(self.shot_label.text())

    # -- held frames ----------------------------------------------------------------------

    def _request_still(self, path: Path) -> None:
        if path in self._stills:
            return
        self._stills[path] = None
        run_in_thread(
            load_still,
            Path(path),
            owner=self,
            on_done=lambda image: self._still_loaded(path, image),
            on_error=lambda _error: self._still_loaded(path, None),
        )

    def _still_loaded(self, path: Path, image: QImage | None) -> None:
        self._stills[path] = image
        segment = self.current_segment()
        if segment is not None and segment.held and segment.still == path:
            self.still.show_image(image, self.still.note)
        self.still_loaded.emit(path)


__all__ = ["SequencePlayer", "Timeline"]
