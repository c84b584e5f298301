"""A small player for an audio input: play/pause, a position slider and the time.

The media player is made when the first clip is loaded (Qt's multimedia module costs tens of
milliseconds the first paint does not pay). Nothing plays until the user presses play.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QStyle, QToolButton, QWidget

from app.ui.player import PositionSlider, release_media, time_text

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer


class AudioPlayer(PositionSlider, QWidget):
    """Plays one audio file inline."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._player: QMediaPlayer | None = None
        self._output: QAudioOutput | None = None
        self._file: Path | None = None
        self._scrubbing = False
        self.play_button = QToolButton(self)
        self.play_button.setAutoRaise(True)
        self.play_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaPlay))
        self.play_button.setAccessibleName(self.tr("Play"))
        self.play_button.setToolTip(self.tr("Play or pause the clip"))
        self.play_button.clicked.connect(self.toggle_play)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setAccessibleName(self.tr("Position"))
        self.slider.setSingleStep(100)
        self.slider.setPageStep(1000)
        self.slider.sliderPressed.connect(self._scrub_started)
        self.slider.sliderReleased.connect(self._scrub_ended)
        self.time_label = QLabel(time_text(0, 0), self)
        self.time_label.setAccessibleName(self.tr("Time"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.play_button)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.time_label)
        self._enable(False)

    @property
    def media_player(self) -> QMediaPlayer:
        if self._player is None:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

            self._player = QMediaPlayer(self)
            self._output = QAudioOutput(self)
            self._player.setAudioOutput(self._output)
            self._player.positionChanged.connect(self._position_changed)
            self._player.durationChanged.connect(self._duration_changed)
            self._player.playbackStateChanged.connect(self._state_changed)
        return self._player

    @property
    def file(self) -> Path | None:
        return self._file

    @property
    def playing(self) -> bool:
        player = self._player
        return player is not None and player.playbackState() == player.PlaybackState.PlayingState

    def load(self, path: Path) -> None:
        """Show ``path`` ready to play, paused at its start."""
        if path == self._file:
            return
        self._file = path
        self.media_player.setSource(QUrl.fromLocalFile(str(path)))
        self._enable(True)

    def clear(self) -> None:
        if self._player is not None and self._file is not None:
            release_media(self._player)
        self._file = None
        self.slider.setValue(0)
        self.time_label.setText(time_text(0, 0))
        self._enable(False)

    def toggle_play(self) -> None:
        if self._file is None:
            return
        if self.playing:
            self.media_player.pause()
        else:
            self.media_player.play()

    def _enable(self, on: bool) -> None:
        self.play_button.setEnabled(on)
        self.slider.setEnabled(on)

    def _state_changed(self, _state: object) -> None:
        pixmap = QStyle.StandardPixmap
        icon = pixmap.SP_MediaPause if self.playing else pixmap.SP_MediaPlay
        self.play_button.setIcon(self.style().standardIcon(icon))
        self.play_button.setAccessibleName(self.tr("Pause") if self.playing else self.tr("Play"))
