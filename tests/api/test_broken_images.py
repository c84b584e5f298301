"""A file cut short after it was checked is refused right before it is sent: nothing is paid for."""

from __future__ import annotations

import io

import pytest
from api_support import LITE
from PIL import Image

from app.api.encoding import encode_file
from app.core.errors import IncompleteImage
from app.core.images import probe
from app.core.jobs import JobState


def jpeg(size: tuple[int, int] = (640, 480)) -> bytes:
    buffer = io.BytesIO()
    Image.effect_noise(size, 70).convert("RGB").save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_a_file_cut_short_is_never_encoded_for_sending(catalogue, tmp_path, fmt):
    buffer = io.BytesIO()
    Image.effect_noise((640, 480), 70).convert("RGB").save(buffer, fmt)
    data = buffer.getvalue()
    path = tmp_path / f"frame.{fmt.lower()}"
    path.write_bytes(data[: len(data) * 3 // 4])
    field = catalogue.get(LITE).field("first_frame_image_url")
    with pytest.raises(IncompleteImage, match=r"frame\.\w+ is incomplete.*from the original"):
        encode_file(field, path)


async def test_a_frame_cut_short_after_its_check_is_not_sent(sim, make_engine, lite_values, frame):
    whole = jpeg()
    path = frame.with_suffix(".jpg")
    path.write_bytes(whole)
    assert probe(path).incomplete is None  # checked while whole, as the window does
    path.write_bytes(whole[: len(whole) // 2])  # then a copy over it is interrupted
    engine = make_engine()
    try:
        values = {**lite_values, "first_frame_image_url": str(path)}
        job = await engine.submit(LITE, values, engine="runcomfy")
    finally:
        await engine.aclose()
    assert job.state is JobState.FAILED
    assert job.error.startswith("Not sent: ")
    assert "frame.jpg is incomplete" in job.error
    assert sim.submissions == []
