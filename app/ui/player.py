"""Inline playback of a finished clip, with the controls an editor expects.

Space plays and pauses (and replays a clip that has ended), ←/→ step one frame while paused
(five seconds while playing), F or a double-click toggles full screen and Esc leaves it, L
loops, M mutes. The clip can be dragged out of the player as a file into a file manager or an
editor.

At the end of a clip the picture holds its last frame, as an editor's viewer does: Qt's
media backend hands the video sink an empty frame when the media ends, which would paint the
player black, so the last decoded frame is put back (see ``HeldFrame``).

The media player and the video surface are made when the first clip plays: Qt's multimedia
modules and its video widget cost tens of milliseconds that the first paint does not pay.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSlider,
    QStackedLayout,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.engines import EngineKind
from app.core.jobs import Job, JobState
from app.ui import icons, theme
from app.ui.preview_badge import show_preview_badge
from app.ui.queue_model import clock, state_label

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer, QVideoFrame, QVideoSink

    from app.ui.video_surface import VideoSurface

DEFAULT_FPS = 24.0

SEEK_WHILE_PLAYING_MS = 5000


def release_media(player: QMediaPlayer) -> None:
    """Stop playing and let go of the file: what ``stop()`` would do, without its freeze.

    Both calls wait for the player's decoding and audio threads to wind down, but PySide
    makes ``setSource`` with the interpreter lock released and ``stop()`` with it held. A
    Qt warning logged by one of those threads meanwhile (a machine without a sound device
    gets "No audio device detected" each time a clip starts) goes to the log through a
    Python message handler, which waits for the lock that ``stop()`` holds while ``stop()``
    waits for that thread: the window would freeze for good. So Storyreel never calls
    ``QMediaPlayer.stop()``.
    """
    player.setSource(QUrl())


def time_text(position_ms: int, duration_ms: int) -> str:
    """ "0:01.2 / 0:05.0": tenths matter when stepping through a five-second clip. The
    tenths follow the locale's decimal mark ("0:01,2" in German)."""
    mark = QLocale().decimalPoint()

    def fmt(ms: int) -> str:
        whole = clock(ms // 1000)
        return f"{whole}{mark}{(ms % 1000) // 100}"

    return f"{fmt(max(0, position_ms))} / {fmt(max(0, duration_ms))}"


class HeldFrame:
    """Keeps a sink's last decoded frame and shows it again once the media has ended.

    Qt's FFmpeg backend sends an empty frame to the sink at the end of the media (the
    widget then paints black) and reports ``EndOfMedia`` just after: ``media_ended`` puts
    the last real frame back. ``forget`` drops it when another clip is loaded or the
    player is cleared, so no frame of an earlier clip is ever shown.
    """

    def __init__(self, sink: QVideoSink) -> None:
        self._sink = sink
        self._last: QVideoFrame | None = None
        sink.videoFrameChanged.connect(self._arrived)

    def _arrived(self, frame: QVideoFrame) -> None:
        if frame.isValid():
            self._last = frame

    @property
    def frame(self) -> QVideoFrame | None:
        """The last real frame of the clip playing (or ended), if any arrived."""
        return self._last

    def media_ended(self) -> None:
        last = self._last
        if last is not None and not self._sink.videoFrame().isValid():
            self._sink.setVideoFrame(last)

    def forget(self) -> None:
        self._last = None


class PlayerKeys:
    """The player keys for a widget with ``handle_key``: pressed on it, or on its video
    surface (whose ``key_pressed`` is connected to ``_surface_key``, full screen too)."""

    def handle_key(self, event: QKeyEvent) -> bool:
        raise NotImplementedError

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if self.handle_key(event):
            event.accept()
        else:
            super().keyPressEvent(event)  # type: ignore[misc]

    def _surface_key(self, event: QKeyEvent) -> None:
        event.setAccepted(self.handle_key(event))


class PositionSlider:
    """The position slider and time label of a widget with a ``media_player``: they follow
    the player, except while the user drags the slider, which seeks where it is let go.
    The player's ``positionChanged`` and ``durationChanged`` go to ``_position_changed`` and
    ``_duration_changed``; the slider's pressed and released to ``_scrub_*``."""

    slider: QSlider
    time_label: QLabel
    _scrubbing: bool = False

    @property
    def media_player(self) -> QMediaPlayer:
        raise NotImplementedError

    def _position_changed(self, position: int) -> None:
        if not self._scrubbing:
            self.slider.blockSignals(True)
            self.slider.setValue(position)
            self.slider.blockSignals(False)
        self.time_label.setText(time_text(position, self.media_player.duration()))

    def _duration_changed(self, duration: int) -> None:
        self.slider.setRange(0, max(0, duration))
        self.time_label.setText(time_text(self.media_player.position(), duration))

    def _scrub_started(self) -> None:
        self._scrubbing = True

    def _scrub_ended(self) -> None:
        self._scrubbing = False
        self.media_player.setPosition(self.slider.value())


class PlayerView(PlayerKeys, PositionSlider, QWidget):
    """Plays the selected job's video; shows why when there is nothing to play."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._player: QMediaPlayer | None = None
        self._audio: QAudioOutput | None = None
        self._job_id: str | None = None
        self._scrubbing = False

        self._surface: VideoSurface | None = None  # made when the first clip plays
        self._held: HeldFrame | None = None

        self.placeholder = QLabel(self.tr("Select a finished job to play it here."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.placeholder.setMargin(16)

        host = QWidget(self)
        self._stack = QStackedLayout(host)
        self._stack.addWidget(self.placeholder)

        self.caption = QLabel(self)
        theme.make_small(self.caption)
        self.caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.caption.setWordWrap(True)
        self.caption.hide()

        controls = self._build_controls()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(host, 1)
        layout.addWidget(self.caption)
        layout.addLayout(controls)
        self._set_controls_enabled(False)

    def _build_controls(self) -> QHBoxLayout:
        """Play, the position slider and time, loop, mute and full screen, in a row."""
        icon = self.style().standardIcon
        pixmaps = QStyle.StandardPixmap
        self.play_button = self._button(
            self.tr("Play"), self.tr("Play or pause (Space)"), icon(pixmaps.SP_MediaPlay)
        )
        self.play_button.clicked.connect(self.toggle_play)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setAccessibleName(self.tr("Position"))
        self.slider.setSingleStep(100)
        self.slider.setPageStep(1000)
        self.slider.sliderPressed.connect(self._scrub_started)
        self.slider.sliderReleased.connect(self._scrub_ended)
        self.slider.valueChanged.connect(self._slider_moved)
        self.time_label = QLabel(time_text(0, 0), self)
        self.time_label.setAccessibleName(self.tr("Time"))
        self.time_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.loop_button = self._button(
            self.tr("Loop"), self.tr("Play the clip over and over (L)"), None, checkable=True
        )
        self.loop_button.toggled.connect(self.set_looping)
        self.mute_button = self._button(
            self.tr("Mute"),
            self.tr("Mute the sound (M)"),
            icon(pixmaps.SP_MediaVolume),
            checkable=True,
        )
        self.mute_button.toggled.connect(self.set_muted)
        self.fullscreen_button = self._button(
            self.tr("Full screen"),
            self.tr("Full screen (F or double-click; Esc leaves)"),
            icons.icon("fullscreen"),  # drawn in the palette's text colour: seen in dark
        )
        self.fullscreen_button.clicked.connect(self.toggle_fullscreen)

        controls = QHBoxLayout()
        controls.setSpacing(4)
        controls.addWidget(self.play_button)
        controls.addWidget(self.slider, 1)
        controls.addWidget(self.time_label)
        controls.addWidget(self.loop_button)
        controls.addWidget(self.mute_button)
        controls.addWidget(self.fullscreen_button)
        return controls

    def _button(self, text: str, tip: str, icon: object, checkable: bool = False) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(text)
        button.setCheckable(checkable)
        if icon is not None:
            button.setIcon(icon)  # type: ignore[arg-type]
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        button.setAutoRaise(True)
        return button

    # -- the media player, made on first use ----------------------------------------------

    @property
    def surface(self) -> VideoSurface:
        """The video widget, made on first use."""
        if self._surface is None:
            from app.ui.video_surface import VideoSurface

            self._surface = VideoSurface(self)
            self._surface.double_clicked.connect(self.toggle_fullscreen)
            self._surface.key_pressed.connect(self._surface_key)
            self._surface.fullScreenChanged.connect(self._fullscreen_changed)
            self._stack.addWidget(self._surface)
            self._held = HeldFrame(self._surface.videoSink())
        return self._surface

    def _shown_file(self) -> Path | None:
        return self._surface.file if self._surface is not None else None

    @property
    def media_player(self) -> QMediaPlayer:
        if self._player is None:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

            self._audio = QAudioOutput(self)
            self._audio.setMuted(self.mute_button.isChecked())
            self._player = QMediaPlayer(self)
            self._player.setAudioOutput(self._audio)
            self._player.setVideoOutput(self.surface)
            self._player.setLoops(
                QMediaPlayer.Loops.Infinite if self.loop_button.isChecked() else 1
            )
            self._player.positionChanged.connect(self._position_changed)
            self._player.durationChanged.connect(self._duration_changed)
            self._player.playbackStateChanged.connect(self._state_changed)
            self._player.errorOccurred.connect(self._error)
            self._player.hasAudioChanged.connect(self._audio_changed)
            self._player.mediaStatusChanged.connect(self._status_changed)
        return self._player

    def video_sink(self) -> QVideoSink:
        """Where decoded frames arrive (tests count them)."""
        return self.surface.videoSink()

    # -- what to play ---------------------------------------------------------------------

    @property
    def current_file(self) -> Path | None:
        return self._shown_file()

    def show_job(self, job: Job | None) -> None:
        """Play ``job``'s clip when it has one; otherwise say why there is nothing to play."""
        if job is None:
            self.clear()
            return
        if job.state is not JobState.SUCCEEDED:
            self.clear(self._waiting_text(job))
            return
        path = next((Path(f) for f in job.files if Path(f).is_file()), None)
        if path is None:
            missing = job.files[0] if job.files else ""
            self.clear(
                self.tr(
                    "The video file {path} is missing: it may have been moved or deleted. "
                    "Its output URL can still be copied from the queue."
                ).format(path=missing)
                if missing
                else self.tr("This job finished without a video file.")
            )
            return
        if self._job_id == job.id and self._shown_file() == path:
            return
        self._job_id = job.id
        self.load(path, offline=job.engine == EngineKind.OFFLINE)

    def _waiting_text(self, job: Job) -> str:
        if job.state.finished:
            return self.tr("This job has no clip to play ({state}).").format(
                state=state_label(job)
            )
        return self.tr("The clip plays here as soon as the job is done.")

    def load(self, path: Path, *, offline: bool = False, autoplay: bool = True) -> None:
        self.surface.file = path
        show_preview_badge(self.surface, offline)  # the label is over the picture, not in it
        self._stack.setCurrentWidget(self.surface)
        self._set_controls_enabled(True)
        if self._held is not None:
            self._held.forget()
        player = self.media_player
        player.setSource(QUrl.fromLocalFile(str(path)))
        if autoplay:
            player.play()
        else:
            player.pause()  # shows the first frame, ready to play

    def clear(self, message: str | None = None) -> None:
        self._job_id = None
        if self._held is not None:
            self._held.forget()
        if self._player is not None and self._shown_file() is not None:
            release_media(self._player)
        if self._surface is not None:
            self._surface.file = None
            show_preview_badge(self._surface, False)
            if self._surface.isFullScreen():
                self._surface.setFullScreen(False)
        self.placeholder.setText(message or self.tr("Select a finished job to play it here."))
        self._stack.setCurrentWidget(self.placeholder)
        self.caption.hide()
        self.time_label.setText(time_text(0, 0))
        self._set_controls_enabled(False)

    # -- controls -------------------------------------------------------------------------

    @property
    def playing(self) -> bool:
        return (
            self._player is not None
            and self._player.playbackState() == type(self._player).PlaybackState.PlayingState
        )

    @property
    def ended(self) -> bool:
        """The clip has played to its end and holds its last frame."""
        return (
            self._player is not None
            and self._player.mediaStatus() == type(self._player).MediaStatus.EndOfMedia
        )

    def toggle_play(self) -> None:
        """Play or pause; a clip that has ended plays again from its start."""
        if self._shown_file() is None:
            return
        if self.playing:
            self.media_player.pause()
        else:
            if self.ended:
                self.media_player.setPosition(0)
            self.media_player.play()

    def set_looping(self, on: bool) -> None:
        if self._player is not None:
            self._player.setLoops(type(self._player).Loops.Infinite if on else 1)
        if self.loop_button.isChecked() != on:
            self.loop_button.setChecked(on)

    def set_muted(self, on: bool) -> None:
        if self._audio is not None:
            self._audio.setMuted(on)
        if self.mute_button.isChecked() != on:
            self.mute_button.setChecked(on)

    def frame_rate(self) -> float:
        if self._player is None:
            return DEFAULT_FPS
        from PySide6.QtMultimedia import QMediaMetaData

        rate = self._player.metaData().value(QMediaMetaData.Key.VideoFrameRate)
        try:
            value = float(rate)
        except (TypeError, ValueError):
            return DEFAULT_FPS
        return value if value > 0 else DEFAULT_FPS

    def step(self, frames: int) -> None:
        """One frame per step while paused; five seconds per step while playing."""
        if self._shown_file() is None:
            return
        player = self.media_player
        delta = SEEK_WHILE_PLAYING_MS if self.playing else round(1000 / self.frame_rate())
        target = player.position() + frames * delta
        player.setPosition(max(0, min(target, max(0, player.duration() - 1))))

    def toggle_fullscreen(self) -> None:
        if self._surface is None or (
            self._surface.file is None and not self._surface.isFullScreen()
        ):
            return
        self.surface.setFullScreen(not self.surface.isFullScreen())
        self.surface.setFocus()

    def handle_key(self, event: QKeyEvent) -> bool:
        """The player's keys, wherever the focus is inside it (full screen too)."""
        key = event.key()
        if key == Qt.Key.Key_Space:
            self.toggle_play()
        elif key == Qt.Key.Key_Left:
            self.step(-1)
        elif key == Qt.Key.Key_Right:
            self.step(1)
        elif key == Qt.Key.Key_F:
            self.toggle_fullscreen()
        elif (
            key == Qt.Key.Key_Escape and self._surface is not None and self._surface.isFullScreen()
        ):
            self.surface.setFullScreen(False)
        elif key == Qt.Key.Key_L:
            self.set_looping(not self.loop_button.isChecked())
        elif key == Qt.Key.Key_M:
            self.set_muted(not self.mute_button.isChecked())
        else:
            return False
        return True

    # -- following the media player -------------------------------------------------------

    def _set_controls_enabled(self, enabled: bool) -> None:
        for widget in (self.play_button, self.slider, self.loop_button, self.fullscreen_button):
            widget.setEnabled(enabled)
        self.mute_button.setEnabled(
            enabled and self._player is not None and self._player.hasAudio()
        )

    def _slider_moved(self, value: int) -> None:
        # Dragging and keyboard steps on the slider both seek; the player's own position
        # updates are applied with signals blocked, so they do not come back here.
        if self._player is not None:
            self._player.setPosition(value)

    def _state_changed(self, state: QMediaPlayer.PlaybackState) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        pixmap = (
            QStyle.StandardPixmap.SP_MediaPause
            if state == QMediaPlayer.PlaybackState.PlayingState
            else QStyle.StandardPixmap.SP_MediaPlay
        )
        self.play_button.setIcon(self.style().standardIcon(pixmap))
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        self._show_play_text(playing)

    def _show_play_text(self, playing: bool) -> None:
        if playing:
            text, tip = self.tr("Pause"), self.tr("Play or pause (Space)")
        elif self.ended:
            text, tip = self.tr("Replay"), self.tr("Play the clip again from its start (Space)")
        else:
            text, tip = self.tr("Play"), self.tr("Play or pause (Space)")
        self.play_button.setText(text)
        self.play_button.setToolTip(tip)
        self.play_button.setAccessibleName(text)

    def _status_changed(self, status: QMediaPlayer.MediaStatus) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if status == QMediaPlayer.MediaStatus.EndOfMedia and self._held is not None:
            self._held.media_ended()
            self._show_play_text(False)
        # A clip without sound never reports a change of hasAudio: say so once it is loaded.
        if status == QMediaPlayer.MediaStatus.LoadedMedia and self._player is not None:
            self._audio_changed(self._player.hasAudio())

    def _audio_changed(self, has_audio: bool) -> None:
        self.mute_button.setEnabled(has_audio and self._shown_file() is not None)
        self.mute_button.setToolTip(
            self.tr("Mute the sound (M)") if has_audio else self.tr("This clip has no sound.")
        )

    def _error(self, _error: QMediaPlayer.Error, message: str) -> None:
        if self._surface is None or self._surface.file is None:
            return
        self.caption.setText(
            self.tr("{file} cannot be played: {reason}").format(
                file=self._surface.file.name, reason=message or self.tr("unknown error")
            )
        )
        self.caption.show()

    def _fullscreen_changed(self, full: bool) -> None:
        self.fullscreen_button.setText(
            self.tr("Leave full screen") if full else self.tr("Full screen")
        )
        self.fullscreen_button.setIcon(icons.icon("fullscreen-exit" if full else "fullscreen"))


__all__ = ["HeldFrame", "PlayerKeys", "PlayerView", "release_media", "time_text"]
