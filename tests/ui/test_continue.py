"""Continue from last frame in the single-shot view: one undoable step that puts the clip's
clean last frame in as the first frame, clears the old last frame and offers the prompt."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import av
import pytest
from PIL import Image, ImageChops
from window_support import one_window

from app.core.jobs import Job, JobState
from app.sim.render import RenderSpec, render_preview
from app.ui.documents.single_shot import SingleShotDocument
from app.ui.main_window import MainWindow
from app.ui.panel import ParameterPanel

LITE = "bytedance/seedance-1-0/lite/image-to-video"
WAIT = 20_000


def picture(path: Path, colour: tuple[int, int, int], size=(640, 360)) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", size, colour).save(path)
    return path


def test_continuing_is_one_step_that_clears_the_old_last_frame_and_offers_the_prompt(
    qtbot, catalogue, tmp_path
):
    panel = ParameterPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.set_model(catalogue.get(LITE), carry_over=False)
    document = SingleShotDocument(panel)
    first = picture(tmp_path / "first.png", (200, 90, 40))
    last = picture(tmp_path / "last.png", (40, 90, 200))
    panel.set_values(
        {"first_frame_image_url": str(first), "last_frame_image_url": str(last), "prompt": ""}
    )
    before = panel.values()
    steps = document.stack.count()

    new_first = picture(tmp_path / "clip-last-frame.png", (90, 200, 40))
    assert document.continue_from(new_first, "the boat reaches the lighthouse")
    values = panel.values()
    assert values["first_frame_image_url"] == str(new_first)
    assert values.get("last_frame_image_url") is None  # it no longer follows
    assert values["prompt"] == "the boat reaches the lighthouse"
    assert document.stack.count() == steps + 1
    assert document.stack.undoText() == "Continue from the clip's last frame"

    document.stack.undo()
    assert panel.values() == before
    document.stack.redo()
    assert panel.values() == values


@pytest.fixture
def window(qapp) -> Iterator[MainWindow]:
    with one_window() as made:
        yield made


@pytest.mark.slow
def test_the_continued_first_frame_of_a_preview_is_the_clean_last_frame(qtbot, window, tmp_path):
    start = picture(tmp_path / "start.png", (236, 232, 214))
    clip = tmp_path / "preview.mp4"
    render_preview(RenderSpec(640, 360, 24, 12, first_frame=start, seed=3), clip)
    job = Job(
        model_id=LITE,
        inputs={"prompt": "fog rolls in", "first_frame_image_url": str(start)},
        engine="offline",
        state=JobState.SUCCEEDED,
        files=[str(clip)],
    )
    window.picker.set_current_model(LITE)
    window.panel.set_values({"last_frame_image_url": str(start)})
    window.continue_from_last_frame(job)
    qtbot.waitUntil(
        lambda: window.panel.values().get("first_frame_image_url") not in (None, str(start)),
        timeout=WAIT,
    )
    values = window.panel.values()
    assert values.get("last_frame_image_url") is None
    assert values["prompt"] == "fog rolls in"

    with av.open(str(clip)) as container:
        decoded = [f.to_image() for f in container.decode(video=0)][-1].convert("RGB")
    with Image.open(values["first_frame_image_url"]) as taken:
        first = taken.convert("RGB")
    assert first.size == decoded.size
    assert max(hi for _, hi in ImageChops.difference(first, decoded).getextrema()) <= 2
    # no label in its corner: the picture there is the picture everywhere else
    corner = first.crop((0, 270, 320, 360)).convert("L")
    assert corner.getextrema()[0] > 200
