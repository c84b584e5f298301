"""Two takes played together: side by side, or one over the other with a wipe.

Both clips play, pause, seek and step frame by frame together: the first is the clock, the
second follows it (put back on the first's position whenever they drift apart by more than
a frame). In the wipe the first take shows left of the line and the second right of it;
drag on the picture (or the wipe slider) to move the line. Keys: Space plays and pauses,
Left and Right step one frame, W switches between side by side and wipe.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QRectF, QSize, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtMultimedia import QMediaPlayer, QVideoFrame, QVideoSink
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from app.core.video import VideoInfo, probe_video
from app.ui.player import release_media, time_text
from app.ui.workers import run_in_thread

FRAME_MS = 1000 / 24  # until the clip's own rate is known


class CompareCanvas(QWidget):
    """Paints the two latest frames, side by side or split by the wipe line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.images: list[QImage | None] = [None, None]
        self.wipe = False
        self.split = 0.5  # where the wipe line is, from 0 (left) to 1 (right)
        self.setMinimumSize(QSize(480, 200))
        self.setAccessibleName(self.tr("The two takes"))

    def set_image(self, which: int, image: QImage) -> None:
        self.images[which] = image
        self.update()

    def set_split(self, split: float) -> None:
        self.split = min(1.0, max(0.0, split))
        self.update()

    def _fit(self, image: QImage, box: QRect) -> QRect:
        size = image.size().scaled(box.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = box.left() + (box.width() - size.width()) // 2
        y = box.top() + (box.height() - size.height()) // 2
        return QRect(x, y, size.width(), size.height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(16, 16, 16))
        if self.wipe:
            self._paint_wipe(painter)
        else:
            half = self.width() // 2
            boxes = [
                QRect(0, 0, half - 2, self.height()),
                QRect(half + 2, 0, half - 2, self.height()),
            ]
            for image, box in zip(self.images, boxes, strict=True):
                if image is not None:
                    painter.drawImage(self._fit(image, box), image)
        painter.end()

    def _paint_wipe(self, painter: QPainter) -> None:
        first, second = self.images
        shown = first or second
        if shown is None:
            return
        target = self._fit(shown, self.rect())
        line = target.left() + round(target.width() * self.split)
        if first is not None:
            painter.save()
            painter.setClipRect(
                QRect(target.left(), target.top(), line - target.left(), target.height())
            )
            painter.drawImage(target, first)
            painter.restore()
        if second is not None:
            painter.save()
            painter.setClipRect(
                QRect(line, target.top(), target.right() - line + 1, target.height())
            )
            painter.drawImage(target, second)
            painter.restore()
        painter.setPen(QPen(QColor(255, 255, 255), 2))
        painter.drawLine(line, target.top(), line, target.bottom())
        painter.setBrush(QColor(255, 255, 255))
        painter.drawEllipse(QRectF(line - 6, target.center().y() - 6, 12, 12))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        self._drag(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._drag(event)

    def _drag(self, event: QMouseEvent) -> None:
        if self.wipe and self.width() > 0:
            self.set_split(event.position().x() / self.width())
            parent = self.parent()
            if isinstance(parent, CompareDialog):
                parent.wipe_slider.setValue(round(self.split * 1000))


class CompareDialog(QDialog):
    """Two clips played together, for choosing between two takes."""

    def __init__(
        self, first: Path, second: Path, labels: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compare-takes")
        self.setWindowTitle(self.tr("Compare takes"))
        self.resize(980, 520)
        self.canvas = CompareCanvas(self)
        self.players: list[QMediaPlayer] = []
        self.sinks: list[QVideoSink] = []
        for which, clip in enumerate((first, second)):
            player = QMediaPlayer(self)
            sink = QVideoSink(self)
            player.setVideoOutput(sink)
            sink.videoFrameChanged.connect(lambda frame, w=which: self._frame(w, frame))
            player.mediaStatusChanged.connect(lambda status, p=player: self._loaded(p, status))
            player.setSource(QUrl.fromLocalFile(str(clip)))
            self.players.append(player)
            self.sinks.append(sink)
        self.frame_ms = FRAME_MS
        self.players[0].positionChanged.connect(self._follow)
        self.players[0].durationChanged.connect(self._duration)
        self.players[0].playbackStateChanged.connect(self._state)
        self._build(labels)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        run_in_thread(
            probe_video, first, owner=self, on_done=self._rate, on_error=lambda _exc: None
        )

    def _rate(self, info: VideoInfo) -> None:
        """Frame steps by the first take's own frame rate once it is read."""
        if info.fps:
            self.frame_ms = 1000 / float(info.fps)

    def _build(self, labels: list[str]) -> None:
        names = QHBoxLayout()
        for text in labels:
            label = QLabel(text, self)
            label.setWordWrap(True)
            names.addWidget(label, 1)
        self.play_button = QPushButton(self.tr("Play"), self)
        self.back_button = QPushButton(self.tr("◀ Frame"), self)
        self.forward_button = QPushButton(self.tr("Frame ▶"), self)
        self.mode_button = QPushButton(self.tr("Wipe"), self)
        self.mode_button.setCheckable(True)
        self.mode_button.setToolTip(self.tr("Show the takes one over the other, split by a line"))
        self.position = QSlider(Qt.Orientation.Horizontal, self)
        self.position.setAccessibleName(self.tr("Position"))
        self.wipe_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.wipe_slider.setRange(0, 1000)
        self.wipe_slider.setValue(500)
        self.wipe_slider.setAccessibleName(self.tr("Wipe line"))
        self.wipe_slider.setVisible(False)
        self.time_label = QLabel(time_text(0, 0), self)
        self.play_button.clicked.connect(self.toggle_play)
        self.back_button.clicked.connect(lambda: self.step(-1))
        self.forward_button.clicked.connect(lambda: self.step(1))
        self.mode_button.toggled.connect(self.set_wipe)
        self.position.sliderMoved.connect(self.seek)
        self.wipe_slider.valueChanged.connect(lambda v: self.canvas.set_split(v / 1000))
        controls = QHBoxLayout()
        for widget in (self.play_button, self.back_button, self.forward_button):
            controls.addWidget(widget)
        controls.addWidget(self.position, 1)
        controls.addWidget(self.time_label)
        controls.addWidget(self.mode_button)
        layout = QVBoxLayout(self)
        layout.addLayout(names)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.wipe_slider)
        layout.addLayout(controls)

    # -- the two players, together ------------------------------------------------------------

    def _loaded(self, player: QMediaPlayer, status: QMediaPlayer.MediaStatus) -> None:
        """Show each take's first frame as soon as it is loaded (paused, not playing)."""
        stopped = player.playbackState() == QMediaPlayer.PlaybackState.StoppedState
        if status == QMediaPlayer.MediaStatus.LoadedMedia and stopped:
            player.pause()

    def _frame(self, which: int, frame: QVideoFrame) -> None:
        if frame.isValid():
            self.canvas.set_image(which, frame.toImage())

    def _duration(self, duration: int) -> None:
        self.position.setRange(0, max(0, duration))
        self._show_time()

    def _state(self, state: QMediaPlayer.PlaybackState) -> None:
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))

    def _follow(self, position: int) -> None:
        """The second take keeps to the first's clock."""
        second = self.players[1]
        if abs(second.position() - position) > self.frame_ms * 1.5:
            second.setPosition(position)
        if not self.position.isSliderDown():
            self.position.setValue(position)
        self._show_time()

    def _show_time(self) -> None:
        first = self.players[0]
        self.time_label.setText(time_text(first.position(), first.duration()))

    @property
    def playing(self) -> bool:
        return self.players[0].playbackState() == QMediaPlayer.PlaybackState.PlayingState

    def toggle_play(self) -> None:
        if self.playing:
            for player in self.players:
                player.pause()
        else:
            position = self.players[0].position()
            for player in self.players:
                player.setPosition(position)
                player.play()

    def seek(self, position: int) -> None:
        for player in self.players:
            player.setPosition(position)

    def step(self, frames: int) -> None:
        """Pause both and move both by whole frames."""
        for player in self.players:
            player.pause()
        first = self.players[0]
        target = round(first.position() + frames * self.frame_ms)
        target = max(0, min(target, max(0, first.duration() - 1)))
        self.seek(target)
        self.position.setValue(target)

    def set_wipe(self, wipe: bool) -> None:
        self.canvas.wipe = wipe
        self.wipe_slider.setVisible(wipe)
        self.mode_button.setText(self.tr("Side by side") if wipe else self.tr("Wipe"))
        self.canvas.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        key = event.key()
        if key == Qt.Key.Key_Space:
            self.toggle_play()
        elif key == Qt.Key.Key_Left:
            self.step(-1)
        elif key == Qt.Key.Key_Right:
            self.step(1)
        elif key == Qt.Key.Key_W:
            self.mode_button.toggle()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        for player in self.players:
            release_media(player)
        super().closeEvent(event)
