"""A job with a reference video and an audio clip, from the real window's panel through the
offline preview engine to a finished clip with the reference's sound."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import av
import pytest
from media_files import make_audio, make_video
from media_models import REFERENCE_MODEL_ID, install
from qt_async import run_async, wait_until
from window_support import one_window

from app.core.jobs import JobState
from app.core.paths import user_catalogue_dir
from app.ui.app import run_window
from app.ui.fields import MediaListWidget
from app.ui.main_window import MainWindow

pytestmark = pytest.mark.slow


@pytest.fixture
def window(qapp) -> Iterator[MainWindow]:
    install(user_catalogue_dir())
    with one_window() as made:
        yield made


def test_an_offline_job_with_a_reference_video_and_audio(qapp, window, tmp_path):
    clip = make_video(tmp_path / "dance.mp4", seconds=1, size=(320, 180), fps=24)
    tone = make_audio(tmp_path / "beat.wav", seconds=5, pitch=1000)

    found: list[Path] = []

    async def scenario(win: MainWindow) -> None:
        win.picker.set_current_model(REFERENCE_MODEL_ID)
        videos = win.panel.field_widget("video_urls")
        assert isinstance(videos, MediaListWidget)
        win.panel.set_values(
            {
                "prompt": "A dancer",
                "video_urls": [str(clip)],
                "audio_urls": [str(tone)],
                "duration": 4,
            }
        )
        await wait_until(
            win.generate_button.isEnabled,
            win.panel.validity_changed,
            win.controller.busy_changed,
            what="a valid panel",
        )
        model = win.queue_model
        before = model.rowCount()
        win.generate()
        await wait_until(
            lambda: model.rowCount() > before and model.job_at(0).state.finished,
            model.dataChanged,
            model.rowsInserted,
            timeout=90,
            what="the job to finish",
        )
        job = model.job_at(0)
        assert job.state is JobState.SUCCEEDED, job.error
        assert job.inputs["video_urls"] == [str(clip)]
        found.append(Path(job.files[0]))

    run_async(qapp, run_window(window, until=scenario, log=False), timeout=120)
    video = found[0]
    with av.open(str(video)) as container:
        assert container.streams.audio and container.streams.video
        assert container.streams.video[0].frames == 4 * 24
