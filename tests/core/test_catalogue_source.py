"""Where the models come from: the kept catalogue file (version 1, a kept fixture), the
entries read from it, the merge with the shipped models and the user's files."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.core.catalogue_cache import (
    CachedCatalogue,
    cache_path,
    read_cache,
    read_listings,
    write_cache,
)
from app.core.catalogue_source import (
    assemble,
    cached_catalogue,
    default_catalogue,
    family_of,
    is_bytedance_video,
    takes,
)
from app.core.paths import user_catalogue_dir

FIXTURE = Path(__file__).parent / "fixtures" / "catalogue-cache-v1.json"
BASE = "https://model-api.runcomfy.net"
PRO = "bytedance/seedance-1-0/pro/image-to-video"
V25 = "bytedance/seedance-2.5/image-to-video/1080p"
V2V = "bytedance/seedance-2-0-mini/video-to-video"
KLING = "kling/kling-v2-1/pro/image-to-video"


def kept_cache(folder: Path) -> Path:
    target = cache_path(BASE)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(FIXTURE, target)
    return target


def test_a_version_1_cache_file_is_read(tmp_path):
    kept_cache(tmp_path)
    cached, problem = read_cache(BASE)
    assert problem == "" and cached is not None
    assert cached.fetched_at == datetime(2026, 11, 30, 9, 15, tzinfo=UTC)
    assert cached.new_ids == {V25} and len(cached.entries) == 4
    assert not cached.is_fresh()  # read a week ago: the window reads it again
    assert cached.is_fresh(cached.fetched_at + timedelta(hours=23))


def test_the_default_catalogue_offers_the_kept_list_with_the_shipped_models(tmp_path):
    kept_cache(tmp_path)
    catalogue = default_catalogue()
    assert PRO in catalogue and V25 in catalogue and KLING in catalogue
    assert len([m for m in catalogue if m.builtin]) == 5
    assert catalogue.get(V25).is_new and not catalogue.get(KLING).is_new
    # The kept list's video-to-video model takes a video: it is offered.
    assert V2V in catalogue and catalogue.get(V2V).field("video_url").is_video
    assert not [p for p in catalogue.problems if V2V in p]
    assert is_bytedance_video(catalogue.get(V25)) and not is_bytedance_video(catalogue.get(KLING))


def test_a_damaged_or_newer_cache_is_no_cache_and_stops_nothing(tmp_path):
    target = kept_cache(tmp_path)
    target.write_text("{not json", encoding="utf-8")
    cached, problem = read_cache(BASE)
    assert cached is None and "read again" in problem
    catalogue = cached_catalogue(BASE)
    assert len(catalogue) == 5 and catalogue.problems == [problem]
    newer = json.loads(FIXTURE.read_text(encoding="utf-8")) | {"format_version": 2}
    target.write_text(json.dumps(newer), encoding="utf-8")
    cached, problem = read_cache(BASE)
    assert cached is None and "newer Storyreel" in problem


def test_a_written_cache_reads_back_the_same(tmp_path):
    entries = json.loads(FIXTURE.read_text(encoding="utf-8"))["models"]
    moment = datetime(2026, 12, 6, 8, 0, tzinfo=UTC)
    base = "http://127.0.0.1:8123"
    write_cache(CachedCatalogue(base, moment, tuple(entries), frozenset({KLING})))
    cached, problem = read_cache("http://127.0.0.1:8123")
    assert problem == "" and cached is not None
    assert cached.fetched_at == moment and cached.new_ids == {KLING}
    assert cache_path("http://127.0.0.1:8123").name == "127.0.0.1-8123.json"
    assert not [p for p in cache_path("http://127.0.0.1:8123").parent.iterdir() if ".tmp" in p.name]


def test_entries_of_odd_shapes_are_left_out_one_warning_each():
    kept = json.loads(FIXTURE.read_text(encoding="utf-8"))["models"]
    good = next(e for e in kept if e["model_id"] == V25)
    odd = [
        None,
        {"model_id": "has spaces/and more", "input_schema": {"properties": {}}},
        {"model_id": "kling/no-schema"},
        good,
        dict(good),  # the same id twice: the first is kept, silently
        {**good, "model_id": "someone/else", "display_name": 7, "categories": "video"},
    ]
    listings, warnings = read_listings(odd)
    assert [item.model_id for item in listings] == [V25, "someone/else"]
    assert len(warnings) == 3
    assert listings[1].display_name == "" and listings[1].categories == ()


def test_what_each_model_takes_and_its_family(tmp_path):
    kept_cache(tmp_path)
    catalogue = cached_catalogue(BASE)
    assert takes(catalogue.get(PRO)) == ("first frame",)
    assert takes(catalogue.get(V25)) == ("first frame",)
    assert family_of(V25, "Seedance 2.5") == "Seedance"
    assert family_of(KLING, "Kling 2.1 Pro") == "Kling"
    assert family_of("bytedance/dreamina-3-0/pro/image-to-video", "") == "Dreamina"


def test_a_user_file_replacing_a_listed_model_says_so(tmp_path):
    folder = user_catalogue_dir()
    folder.mkdir(parents=True, exist_ok=True)
    doc = {"model_id": PRO, "input_schema": {"properties": {"prompt": {"type": "string"}}}}
    (folder / "mine.json").write_text(json.dumps(doc), encoding="utf-8")
    catalogue = assemble(user_dir=folder)
    assert catalogue.get(PRO).source.endswith("mine.json")
    assert catalogue.problems == [
        f"The model file mine.json replaces Storyreel's own model {PRO}; remove the file to "
        "use Storyreel's own again."
    ]
