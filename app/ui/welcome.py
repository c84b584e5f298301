"""The welcome card at the top of the window: what Storyreel does, samples to try at once,
and where the RunComfy API key goes.

Many people meet Storyreel through an installer and never open a terminal, so the first
window has to explain itself. The card says in two sentences what the app does and which
engine it runs on: the free offline preview (local motion sketches from your frames, not AI
generation) until a RunComfy API key is added, or RunComfy once it is. Thumbnails of the
bundled sample frames (``app.core.samples``) fill the panel in one click, so Generate is the
next step; a button opens Settings at the key, with a line saying where RunComfy shows it.

The window shows the card on first run (``Settings.welcome_dismissed`` is False) without a
key; closing it is remembered, and Help → Show welcome brings it back. It is the one message
about the offline preview: there is no second banner saying the same.

Public API (embedded by the main window)::

    WelcomeBanner(panel: ParameterPanel, generate_button: QAbstractButton, parent=None)
        set_has_key(present: bool) -> None   say which engine runs, offer or change the key
        set_compact(compact: bool) -> None   one line (above the storyboard) or the whole card
        try_sample(name: str) -> bool        fill the panel with a sample (what a click does)
        add_key_requested                    Signal(): open Settings at the API key
        dismissed                            Signal(): the user closed the card
        sample_chosen                        Signal(str): a sample is about to fill the panel
                                             (the window shows the single-shot view)
"""

from __future__ import annotations

import time

from PySide6.QtCore import (
    QAbstractItemModel,
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QImageReader,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core import samples
from app.core.jobs import Job, JobState
from app.core.samples import Sample
from app.ui import icons, theme
from app.ui.panel import ParameterPanel
from app.ui.queue_model import JOB_ROLE

THUMBNAIL = QSize(100, 56)  # logical pixels, 16:9 like the samples
# Decoded once at three times the shown size, so thumbnails stay sharp up to 300 % scaling.
DECODED = QSize(THUMBNAIL.width() * 3, THUMBNAIL.height() * 3)
SAMPLE_COLUMNS = 3
THUMBNAIL_RADIUS = 6.0
KEY_PLACE = "RunComfy → Profile → API keys"
# left, top, right, bottom: the whole card, and its one-line form above the storyboard.
FULL_MARGINS = (theme.SECTION_SPACING, theme.SPACING, theme.SPACING, theme.SPACING)
COMPACT_MARGINS = (theme.SECTION_SPACING, 4, theme.SPACING, 4)


def decode_thumbnail(data: bytes) -> QImage:
    """A sample's picture at :data:`DECODED` size (a null image when it cannot be read)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setScaledSize(DECODED)
    image = reader.read()
    # The reader (and its image handler) must go before the buffer it reads from: left to
    # Python, the buffer could be deleted first and the handler touch it as it is destroyed.
    del reader
    buffer.close()
    return image


class SampleButton(QAbstractButton):
    """One sample as a clickable thumbnail with rounded corners and a clear focus ring."""

    def __init__(self, sample: Sample, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sample = sample
        self._image: QImage | None = None
        self._scaled = theme.ScaledPixmap()
        self.setObjectName(f"sample-{sample.name}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Try the sample “{title}”").format(title=sample.title))
        tip = self.tr(
            "{title}: puts this frame in the panel, with a suggested prompt if yours is empty."
        ).format(title=sample.title)
        self.setToolTip(tip)
        self.setAccessibleDescription(tip)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        margin = 2 * round(theme.ZONE_FOCUS_BORDER + 1)
        return QSize(THUMBNAIL.width() + margin, THUMBNAIL.height() + margin)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.sizeHint()

    def image(self) -> QImage:
        """The decoded picture, read from the bundle the first time it is needed."""
        if self._image is None:
            try:
                self._image = decode_thumbnail(samples.sample_bytes(self.sample.name))
            except OSError:
                self._image = QImage()  # a broken install: the frame shows its title instead
        return self._image

    def _pixmap(self, size: QSize) -> QPixmap | None:
        image = self.image()
        if image.isNull():
            return None
        return self._scaled.get(image, size, self.devicePixelRatioF())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        palette = self.palette()
        inset = theme.ZONE_FOCUS_BORDER / 2 + 1
        frame = QRectF(self.rect()).adjusted(inset, inset, -inset, -inset)
        path = QPainterPath()
        path.addRoundedRect(frame, THUMBNAIL_RADIUS, THUMBNAIL_RADIUS)
        pixmap = self._pixmap(frame.size().toSize())
        if pixmap is not None:
            painter.save()
            painter.setClipPath(path)
            painter.drawPixmap(frame, pixmap, QRectF(pixmap.rect()))
            if self.isDown():
                painter.fillPath(path, QColor(0, 0, 0, 60))
            painter.restore()
        else:
            painter.fillPath(path, palette.color(QPalette.ColorRole.Base))
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(
                frame.adjusted(4, 4, -4, -4),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.sample.title,
            )
        highlight = palette.color(QPalette.ColorRole.Highlight)
        if self.hasFocus():
            pen = QPen(highlight, theme.ZONE_FOCUS_BORDER)
        elif self.underMouse():
            pen = QPen(highlight, theme.ZONE_BORDER)
        else:
            pen = QPen(theme.muted(palette), 1.0)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        # Space clicks every button; Enter should too, as on a link or a list item.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self.click()
            return
        super().keyPressEvent(event)


class WelcomeBanner(QFrame):
    """The first-run welcome: what Storyreel does, its engine, samples, and the API key."""

    add_key_requested = Signal()
    dismissed = Signal()
    sample_chosen = Signal(str)

    def __init__(
        self,
        panel: ParameterPanel,
        generate_button: QAbstractButton,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.panel = panel
        self.generate_button = generate_button
        self._focus_generate_when_ready = False
        self._note_is_problem = False
        # The sample put in the panel, and when: the note follows the first job made after
        # it (Generate or Ctrl+Enter) from "press Generate" to "being made" to "made".
        self._sample_title = ""
        self._sent_at: float | None = None

        self.setObjectName("welcomeBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAccessibleName(self.tr("Welcome to Storyreel"))

        text = self._build_text()

        tried = self._build_samples()

        self.dismiss_button = QToolButton(self)
        self.dismiss_button.setIcon(icons.icon("close"))
        self.dismiss_button.setAutoRaise(True)
        self.dismiss_button.setToolTip(
            self.tr("Close the welcome (Help → Show welcome brings it back)")
        )
        self.dismiss_button.setAccessibleName(self.tr("Close the welcome"))
        self.dismiss_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.dismiss_button.clicked.connect(self._dismiss)

        self._compact = False
        self._has_key = False
        self.card_layout = layout = QHBoxLayout(self)
        layout.setContentsMargins(*FULL_MARGINS)
        layout.setSpacing(theme.SECTION_SPACING * 2)
        layout.addLayout(text, 1)
        layout.addLayout(tried, 0)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)

        # Tab goes through the card in reading order: samples, the key, then close.
        chain: list[QWidget] = [*self.sample_buttons, self.add_key_button, self.dismiss_button]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self.setFocusProxy(chain[0])

        panel.validity_changed.connect(self._panel_settled)
        self.set_has_key(False)

    def _build_text(self) -> QVBoxLayout:
        """The title, what Storyreel does, the engine line, the key row and the sample note."""
        self.title_label = QLabel(self.tr("Welcome to Storyreel"), self)
        self.title_label.setObjectName("welcomeTitle")
        title_font = QFont(self.title_label.font())
        if title_font.pointSizeF() > 0:
            title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self.title_label.setFont(title_font)

        self.intro = QLabel(
            self.tr(
                "Storyreel turns still pictures into short video clips. Put a picture in the "
                "first frame box, describe the motion in the prompt, and press Generate."
            ),
            self,
        )
        self.intro.setWordWrap(True)

        # The engine line: which engine Generate uses now, in plain words (see set_has_key).
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)

        self.add_key_button = QPushButton(self)
        self.add_key_button.clicked.connect(self.add_key_requested)
        self.key_hint = QLabel(
            self.tr("Your key is on runcomfy.com, under {place}.").format(place=KEY_PLACE), self
        )
        self.key_hint.setWordWrap(True)
        theme.make_small(self.key_hint)
        # The compact card's one line (see set_compact), beside the key button.
        self.compact_label = QLabel(self)
        self.compact_label.setObjectName("welcomeCompact")
        self.compact_label.setWordWrap(True)
        self.compact_label.setTextFormat(Qt.TextFormat.RichText)
        self.compact_label.hide()
        key_row = QHBoxLayout()
        key_row.setSpacing(theme.SPACING)
        key_row.addWidget(self.compact_label, 1)
        key_row.addWidget(self.add_key_button, 0)
        key_row.addWidget(self.key_hint, 1)

        self.sample_note = QLabel(self)
        self.sample_note.setWordWrap(True)
        self.sample_note.hide()
        theme.make_small(self.sample_note)

        text = QVBoxLayout()
        text.setSpacing(theme.SPACING)
        text.addWidget(self.title_label)
        text.addWidget(self.intro)
        text.addWidget(self.message)
        text.addLayout(key_row)
        text.addWidget(self.sample_note)
        text.addStretch(1)
        return text

    def _build_samples(self) -> QVBoxLayout:
        """The samples, three to a row: the lighthouse story first, then the single scenes."""
        self.samples_label = QLabel(self.tr("Try a sample:"), self)
        samples_font = QFont(self.samples_label.font())
        samples_font.setBold(True)
        self.samples_label.setFont(samples_font)
        self.samples_box = QWidget(self)
        self.samples_box.setAccessibleName(self.tr("Sample frames"))
        grid = QGridLayout(self.samples_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(theme.SPACING // 2)
        self.sample_buttons: list[SampleButton] = []
        for index, sample in enumerate(samples.samples()):
            button = SampleButton(sample, self.samples_box)
            button.clicked.connect(lambda _checked=False, name=sample.name: self.try_sample(name))
            grid.addWidget(button, index // SAMPLE_COLUMNS, index % SAMPLE_COLUMNS)
            self.sample_buttons.append(button)
        if self.sample_buttons:
            self.samples_label.setBuddy(self.sample_buttons[0])
        tried = QVBoxLayout()
        tried.setSpacing(theme.SPACING // 2)
        tried.addWidget(self.samples_label)
        tried.addWidget(self.samples_box)
        tried.addStretch(1)
        self.samples_label.setVisible(bool(self.sample_buttons))
        return tried

    # --- what the window tells the card ---------------------------------------------------

    def set_compact(self, compact: bool) -> None:
        """One line instead of the whole card (above the storyboard, whose room is its
        frames and its player): which engine runs, and the key button. The samples fill the
        single-shot panel, so they stay with the whole card."""
        self._compact = compact
        full = not compact
        for widget in (self.title_label, self.intro, self.message, self.samples_box):
            widget.setVisible(full)
        self.samples_label.setVisible(full and bool(self.sample_buttons))
        self.sample_note.setVisible(full and bool(self.sample_note.text()))
        self.compact_label.setVisible(compact)
        self.key_hint.setVisible(full and not self._has_key)
        self.card_layout.setContentsMargins(*(COMPACT_MARGINS if compact else FULL_MARGINS))
        # The keyboard lands on what is shown: the first sample, or the key button.
        first = self.sample_buttons[0] if self.sample_buttons else self.add_key_button
        self.setFocusProxy(self.add_key_button if compact else first)

    def is_compact(self) -> bool:
        return self._compact

    def set_has_key(self, present: bool) -> None:
        """Say which engine Generate uses: the offline preview without a key, else RunComfy."""
        self._has_key = present
        if present:
            self.compact_label.setText(
                self.tr("Generate makes <b>real AI clips</b> on RunComfy, paid per clip.")
            )
            self.message.setText(
                self.tr(
                    "Your RunComfy API key is set, so Generate makes <b>real AI clips</b> with "
                    "Seedance and Dreamina on RunComfy, paid per clip. The free offline preview "
                    "(motion sketches, not AI generation) is one click away in the toolbar."
                )
            )
            self.add_key_button.setText(self.tr("Change your RunComfy key…"))
            self.add_key_button.setAccessibleName(self.tr("Change your RunComfy API key"))
        else:
            self.message.setText(
                self.tr(
                    "Until you add a RunComfy API key, it runs on the free <b>offline "
                    "preview</b>: local motion sketches made from your frames (camera moves "
                    "and transitions), <b>not AI generation</b>."
                )
            )
            self.add_key_button.setText(self.tr("Add your RunComfy key…"))
            self.add_key_button.setAccessibleName(self.tr("Add your RunComfy API key"))
            self.compact_label.setText(
                self.tr(
                    "Without a RunComfy API key, Generate makes free <b>offline previews</b>: "
                    "motion sketches from your frames, <b>not AI generation</b>."
                )
            )
        self.key_hint.setVisible(not present and not self._compact)
        self.add_key_button.setAccessibleDescription(self.key_hint.text())

    # --- trying a sample ------------------------------------------------------------------

    def try_sample(self, name: str) -> bool:
        """Put sample ``name`` into the panel for the current model, then make Generate next.

        The first frame (or the reference images) becomes the sample, the prompt its
        suggested prompt when the prompt is empty (see ``samples.values_for_sample``).
        Generate takes the focus once the frame is checked and Generate can be pressed.
        False, with the reason shown in the card, when the sample cannot be prepared.
        """
        model = self.panel.model()
        title = samples.sample(name).title
        if model is None:
            self._note(self.tr("Choose a model first, then pick a sample."))
            return False
        try:
            values = samples.values_for_sample(model, name, self.panel.values())
        except OSError as error:
            self._note(
                self.tr("The sample “{title}” could not be copied to {folder}: {error}").format(
                    title=title, folder=samples.samples_dir(), error=error.strerror or error
                ),
                problem=True,
            )
            return False
        # Emitted first: the panel must be on screen before Generate can take the focus.
        self.sample_chosen.emit(name)
        self.panel.set_values(values)
        self._note(
            self.tr("“{title}” is in the panel. Press Generate to see it move.").format(title=title)
        )
        self._focus_generate_when_ready = True
        self._sample_title, self._sent_at = title, time.time()
        self._panel_settled()
        return True

    # --- following the sample's clip ------------------------------------------------------

    def follow_jobs(self, model: QAbstractItemModel) -> None:
        """Watch the queue (rows holding jobs under ``JOB_ROLE``) for the sample's clip."""
        model.dataChanged.connect(
            lambda first, last, _roles=(): self._jobs_changed(model, first.row(), last.row())
        )
        model.rowsInserted.connect(
            lambda _parent, first, last: self._jobs_changed(model, first, last)
        )

    def _jobs_changed(self, model: QAbstractItemModel, first: int, last: int) -> None:
        if self._sent_at is None:
            return
        for row in range(first, last + 1):
            job = model.index(row, 0).data(JOB_ROLE)
            if not isinstance(job, Job) or job.created_at < self._sent_at:
                continue
            title = self._sample_title
            if job.state is JobState.SUCCEEDED:
                self._note(
                    self.tr(
                        "“{title}” is made: it is playing in the player. Try another sample, or "
                        "drop a picture of your own into the panel."
                    ).format(title=title)
                )
                self._sample_title, self._sent_at = "", None
            elif job.state.finished:
                self._note(
                    self.tr("“{title}” was not made: the queue says why.").format(title=title)
                )
                self._sample_title, self._sent_at = "", None
            else:
                self._note(
                    self.tr(
                        "“{title}” is being made: it plays in the player as soon as it is done."
                    ).format(title=title)
                )
            return

    def _panel_settled(self, *_validity: object) -> None:
        # The window enables Generate in its own slot for the same signal: look once it ran.
        if self._focus_generate_when_ready:
            QTimer.singleShot(0, self._focus_generate)

    def _focus_generate(self) -> None:
        if not self._focus_generate_when_ready:
            return
        if self.generate_button.isEnabled():
            self._focus_generate_when_ready = False
            self.generate_button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif not any(widget.pending() for widget in self.panel.field_widgets().values()):
            # Checked, yet something else blocks Generate: its reason is shown beside it.
            self._focus_generate_when_ready = False

    def _note(self, text: str, problem: bool = False) -> None:
        self._note_is_problem = problem
        self.sample_note.setText(text)
        colour = theme.accent(theme.Accent.INVALID, self.palette()) if problem else None
        theme.set_text_colour(self.sample_note, colour)
        self.sample_note.setVisible(bool(text) and not self._compact)

    # --- closing ----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape:
            self._dismiss()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._note_is_problem:
            # A problem's red is chosen per palette (light or dark): pick it again.
            self._note(self.sample_note.text(), problem=True)

    def _dismiss(self) -> None:
        self.hide()
        self._focus_generate_when_ready = False
        self.dismissed.emit()


__all__ = ["SampleButton", "WelcomeBanner", "decode_thumbnail"]
