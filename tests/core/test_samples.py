"""The bundled sample frames: all there, valid for every model, and copied as real files.

A first run offers these samples to try at once, so each one must pass every model's image
rules as the model states them (no "fix this image" on a sample), and trying one must fill
the right fields of whatever model is chosen.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core import resources, samples
from app.core.catalogue import Catalogue, FieldKind
from app.core.images import probe
from app.core.paths import cache_dir
from app.core.validation import check_image

LITE = "bytedance/seedance-1-0/lite/image-to-video"
PRO = "bytedance/seedance-1-0/pro/image-to-video"
REFERENCE = "bytedance/seedance-1-0/lite/reference-to-video"
DREAMINA = "bytedance/dreamina-3-0/pro/image-to-video"
ALL_SAMPLES = [sample.name for sample in samples.samples()]


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue.load()


def test_every_listed_sample_is_bundled_and_small():
    assert len(ALL_SAMPLES) >= 4
    assert len(set(ALL_SAMPLES)) == len(ALL_SAMPLES)
    bundled = {item.name for item in resources.listdir("samples")}
    for sample in samples.samples():
        assert sample.file in bundled, f"{sample.file} is listed but not in resources/samples"
        data = resources.read_bytes("samples", sample.file)
        assert data[:3] == b"\xff\xd8\xff" or data[:8] == b"\x89PNG\r\n\x1a\n"
        assert len(data) < 300_000, f"{sample.file} is {len(data)} bytes"
        assert sample.title and sample.suggested_prompt
        assert samples.sample(sample.name) == sample


def test_suggested_models_exist_and_prompts_fit_every_model(catalogue):
    for sample in samples.samples():
        assert sample.suggested_model in catalogue, sample.suggested_model
        for model in catalogue.models():
            prompt = model.role("prompt")
            assert prompt is not None
            if prompt.max_length is not None:
                assert len(sample.suggested_prompt) <= prompt.max_length, (sample.name, model)


def test_sequences_name_bundled_samples_in_order():
    [lighthouse] = samples.sequences()
    assert lighthouse.frames == ("lighthouse-dusk", "lighthouse-night", "lighthouse-dawn")
    assert samples.next_frame("lighthouse-dusk") == samples.sample("lighthouse-night")
    assert samples.next_frame("lighthouse-night") == samples.sample("lighthouse-dawn")
    assert samples.next_frame("lighthouse-dawn") is None
    assert samples.next_frame("paper-boat") is None


def test_an_unknown_sample_name_is_a_key_error():
    with pytest.raises(KeyError):
        samples.sample("no-such-sample")


@pytest.mark.parametrize("name", ALL_SAMPLES)
def test_each_sample_passes_every_models_image_rules(name, catalogue, tmp_path):
    image = samples.copy_sample(name, tmp_path)
    info = probe(image)
    assert 320 < info.width < 4096 and 320 < info.height < 4096
    assert 0.4 < info.width / info.height < 2.5
    assert info.format in ("JPEG", "PNG")
    checked = 0
    for model in catalogue.models():
        for role in ("first_frame", "last_frame", "reference_images"):
            image_field = model.role(role)
            if image_field is None:
                continue
            failed = [c.message for c in check_image(image_field, info) if not c.passed]
            assert not failed, f"{name} fails {model.display_name} {image_field.name}: {failed}"
            checked += 1
    assert checked >= len(catalogue.models())


def test_copy_sample_writes_the_same_bytes_once(tmp_path):
    first = samples.copy_sample("paper-boat", tmp_path)
    assert first.is_file() and first.parent == tmp_path
    assert first.read_bytes() == resources.read_bytes("samples", "paper-boat.jpg")
    written = first.stat().st_mtime_ns

    again = samples.copy_sample("paper-boat", tmp_path)
    assert again == first
    assert again.stat().st_mtime_ns == written  # an identical copy is left alone
    assert sorted(p.name for p in tmp_path.iterdir()) == ["paper-boat.jpg"]  # no temp files


def test_copy_sample_repairs_a_damaged_copy(tmp_path):
    copy = samples.copy_sample("city-blue-hour", tmp_path)
    copy.write_bytes(copy.read_bytes()[:1000])  # cut short, as by a full disk
    repaired = samples.copy_sample("city-blue-hour", tmp_path)
    assert repaired.read_bytes() == samples.sample_bytes("city-blue-hour")


def test_copy_sample_goes_to_the_cache_by_default():
    copy = samples.copy_sample("mountain-road")
    assert copy == cache_dir() / "samples" / "mountain-road.jpg"
    assert copy.read_bytes() == samples.sample_bytes("mountain-road")


def test_a_folder_that_cannot_be_written_is_an_os_error(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(OSError):
        samples.copy_sample("paper-boat", blocker)


# --- what trying a sample puts in the panel --------------------------------------------------


def test_a_sample_fills_each_models_first_frame_and_an_empty_prompt(catalogue, tmp_path):
    for model in catalogue.models():
        values = samples.values_for_sample(model, "paper-boat", {}, tmp_path)
        copy = str(tmp_path / "paper-boat.jpg")
        first = model.role("first_frame") or model.role("reference_images")
        assert first is not None
        expected = [copy] if first.kind is FieldKind.IMAGE_LIST else copy
        assert values[first.name] == expected, model.display_name
        prompt = model.role("prompt")
        assert prompt is not None
        assert values[prompt.name] == samples.sample("paper-boat").suggested_prompt


def test_a_written_prompt_is_kept(catalogue, tmp_path):
    model = catalogue.get(PRO)
    values = samples.values_for_sample(model, "paper-boat", {"prompt": "my own words"}, tmp_path)
    assert "prompt" not in values
    values = samples.values_for_sample(model, "paper-boat", {"prompt": "   "}, tmp_path)
    assert values["prompt"] == samples.sample("paper-boat").suggested_prompt


def test_the_reference_model_gets_the_sample_as_its_reference_image(catalogue, tmp_path):
    model = catalogue.get(REFERENCE)
    values = samples.values_for_sample(model, "lighthouse-night", {"images": ["a.png"]}, tmp_path)
    assert values["images"] == [str(tmp_path / "lighthouse-night.jpg")]
    assert values["text"] == samples.sample("lighthouse-night").suggested_prompt


def test_a_sequence_fills_an_empty_last_frame_with_the_next_frame(catalogue, tmp_path):
    model = catalogue.get(LITE)
    values = samples.values_for_sample(model, "lighthouse-dusk", {}, tmp_path)
    assert values["first_frame_image_url"] == str(tmp_path / "lighthouse-dusk.jpg")
    assert values["last_frame_image_url"] == str(tmp_path / "lighthouse-night.jpg")
    assert Path(values["last_frame_image_url"]).read_bytes() == samples.sample_bytes(
        "lighthouse-night"
    )


def test_a_last_frame_the_user_chose_is_never_replaced(catalogue, tmp_path):
    model = catalogue.get(LITE)
    own = {"last_frame_image_url": "/home/me/ending.png"}
    values = samples.values_for_sample(model, "lighthouse-dusk", own, tmp_path)
    assert "last_frame_image_url" not in values


def test_a_last_frame_from_an_earlier_sample_follows_the_new_one(catalogue, tmp_path):
    model = catalogue.get(LITE)
    earlier = samples.values_for_sample(model, "lighthouse-dusk", {}, tmp_path)
    later = samples.values_for_sample(model, "lighthouse-night", earlier, tmp_path)
    assert later["last_frame_image_url"] == str(tmp_path / "lighthouse-dawn.jpg")
    single = samples.values_for_sample(model, "paper-boat", later, tmp_path)
    assert single["last_frame_image_url"] is None  # a lone scene has no ending frame
