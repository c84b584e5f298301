"""A queue row's picture when the job has no input image: the first frame of its input video,
a frame of its own clip once it has succeeded, else an icon of what it was made from. Real
clips made with PyAV, decoded in a worker; a broken file gives the icon, never an error."""

from __future__ import annotations

import logging

import pytest
from media_files import colour_at, make_video
from media_models import reference_model, single_model, text_model
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from app.core.catalogue import Catalogue
from app.core.job_picture import Placeholder
from app.core.jobs import Job, JobState
from app.ui import theme
from app.ui.queue_delegate import PADDING, STATE_BAR, THUMBNAIL
from app.ui.queue_model import PICTURE_ROLE, QueueModel
from app.ui.queue_view import QueueView

FPS = 12
FRAMES = 12  # one second of flat colours: frame i is colour_at(i, FRAMES)


@pytest.fixture
def queue(qtbot, qapp) -> QueueView:
    model = QueueModel(Catalogue([reference_model(), single_model(), text_model()]))
    view = QueueView(model)
    qtbot.addWidget(view)
    view.resize(640, 480)
    view.show()
    return view


def close(colour: QColor, expected: tuple[int, int, int], slack: int = 14) -> bool:
    got = (colour.red(), colour.green(), colour.blue())
    return all(abs(a - b) <= slack for a, b in zip(got, expected, strict=True))


def thumbnail_centre(view: QueueView, row: int) -> QColor:
    """The colour painted in the middle of a row's picture, as the user sees it."""
    rect = view.list.visualRect(view.model.index(row))
    centre = rect.topLeft()
    centre.setX(rect.left() + STATE_BAR + PADDING + THUMBNAIL // 2)
    centre.setY(rect.top() + rect.height() // 2)
    image = view.list.viewport().grab().toImage()
    return image.pixelColor(centre)


def wait_for_picture(qtbot, view: QueueView, job: Job) -> None:
    picture = view.model.data(view.model.index(view.model.row_of(job.id)), PICTURE_ROLE)
    ratio = view.list.devicePixelRatioF()

    def ready() -> bool:
        view.list.viewport().repaint()
        thumbnails = view.thumbnails
        assert thumbnails.row_pixmap(picture, ratio) is not None or thumbnails.unavailable(
            picture, ratio
        )

    qtbot.waitUntil(ready, timeout=15000)


def test_a_video_only_job_shows_its_videos_first_frame(qtbot, queue, tmp_path):
    source = make_video(tmp_path / "source.mp4", seconds=FRAMES / FPS, fps=FPS)
    job = Job(
        model_id=single_model().model_id,
        inputs={"prompt": "make it rain", "video_url": str(source)},
        state=JobState.RUNNING,
    )
    queue.model.set_jobs([job])
    wait_for_picture(qtbot, queue, job)
    assert close(thumbnail_centre(queue, 0), colour_at(0, FRAMES))


def test_a_succeeded_text_only_job_shows_a_frame_of_its_clip(qtbot, queue, tmp_path):
    clip = make_video(tmp_path / "result.mp4", seconds=FRAMES / FPS, fps=FPS)
    job = Job(
        model_id=text_model().model_id,
        inputs={"prompt": "a lighthouse at dusk"},
        state=JobState.RUNNING,
    )
    queue.model.set_jobs([job])
    muted = theme.muted(queue.list.palette())
    # Running: nothing to show but the prompt's icon, painted at once (no file to wait for).
    assert not close(thumbnail_centre(queue, 0), colour_at(0, FRAMES), slack=30)
    job.state, job.files = JobState.SUCCEEDED, [str(clip)]
    queue.model.set_jobs([job])
    wait_for_picture(qtbot, queue, job)
    painted = thumbnail_centre(queue, 0)
    third = colour_at(FRAMES // 3, FRAMES)  # a third of the way in, past the opening
    assert close(painted, third), (painted.getRgb(), third)
    assert not close(painted, colour_at(0, FRAMES), slack=30)
    assert painted != muted


def test_a_broken_video_gives_the_placeholder_and_no_error(qtbot, queue, tmp_path, caplog):
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 8)
    gone = tmp_path / "never-downloaded.mp4"
    jobs = [
        Job(
            model_id=single_model().model_id,
            inputs={"prompt": "make it rain", "video_url": str(broken)},
            state=JobState.RUNNING,
        ),
        Job(
            model_id=text_model().model_id,
            inputs={"prompt": "a lighthouse"},
            state=JobState.SUCCEEDED,
            files=[str(gone)],
        ),
    ]
    caplog.set_level(logging.DEBUG)
    queue.model.set_jobs(jobs)
    for job in jobs:
        wait_for_picture(qtbot, queue, job)
    ratio = queue.list.devicePixelRatioF()
    for row, job in enumerate(queue.model.jobs()):
        picture = queue.model.data(queue.model.index(row), PICTURE_ROLE)
        assert queue.thumbnails.unavailable(picture, ratio)
        assert queue.thumbnails.row_pixmap(picture, ratio) is None
        assert picture.placeholder is (
            Placeholder.VIDEO if job.model_id == single_model().model_id else Placeholder.TEXT
        )
        assert icon_is_painted(queue, row)
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING or r.exc_info]
    assert not any(
        isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def icon_is_painted(view: QueueView, row: int) -> bool:
    """The placeholder's icon: pixels of the muted text colour in the middle of the box."""
    rect = view.list.visualRect(view.model.index(row))
    image: QImage = view.list.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    box = QRect(
        rect.left() + STATE_BAR + PADDING + THUMBNAIL // 4,
        rect.top() + rect.height() // 2 - THUMBNAIL // 4,
        THUMBNAIL // 2,
        THUMBNAIL // 2,
    )
    muted = theme.muted(view.list.palette())
    for y in range(box.top(), box.bottom()):
        for x in range(box.left(), box.right()):
            pixel = image.pixelColor(round(x * ratio), round(y * ratio))
            if close(pixel, (muted.red(), muted.green(), muted.blue()), slack=10):
                return True
    return False


def test_a_job_without_files_shows_its_icon_at_the_first_paint(qtbot, queue):
    text_job = Job(model_id=text_model().model_id, inputs={"prompt": "a lighthouse"})
    queue.model.set_jobs([text_job])
    assert icon_is_painted(queue, 0)
    assert not queue.thumbnails.busy  # nothing to decode: no worker was started
