"""Reading RunComfy's catalogue from the simulator on loopback: every page, a failing page
asked again, a bad entry left out with one warning, the cache kept for a day and used when
the network is gone, a shipped model replaced only by a schema that loads."""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta

from api_support import FAST_RETRY, TOKEN

from app.api.catalogue import read_catalogue, refresh_catalogue
from app.core.catalogue_cache import cache_path, read_cache
from app.core.catalogue_source import takes
from app.sim.catalogue import SimCatalogue, default_entries
from app.sim.server import SimServer

PRO = "bytedance/seedance-1-0/pro/image-to-video"
V2V = "bytedance/seedance-2-0-mini/video-to-video"
REFS = "bytedance/seedance-2.5/reference-to-video/1080p"
TEXT = "bytedance/seedance-2-0/fast/text-to-video"


def catalogue_requests(sim: SimServer) -> list[str]:
    return [r.path for r in sim.requests_log if r.kind == "catalogue"]


async def test_every_page_is_read(sim, client):
    reading = await read_catalogue(client, page_size=4)
    served = len(default_entries())
    assert len(reading.listings) == served and reading.warnings == []
    assert reading.pages == len(catalogue_requests(sim)) == -(-served // 4)
    assert all("include_schema=true" in path for path in catalogue_requests(sim))
    assert all(r.has_header("Authorization") for r in sim.requests_log)
    assert sim.cdn_requests == []  # the key went to the API host only


async def test_a_failing_page_is_asked_again(sim, client):
    sim.listing.fail_page(4, times=2, status=503)
    reading = await read_catalogue(client, page_size=4)
    assert len(reading.listings) == len(default_entries())
    assert sum("offset=4" in path for path in catalogue_requests(sim)) == 3


async def test_a_bad_entry_is_left_out_with_one_warning_and_the_others_load(sim, client):
    sim.listing.add({"display_name": "No id at all"}, at=2)
    sim.listing.add("not a model", at=6)
    broken = copy.deepcopy(default_entries()[-1])
    broken["model_id"] = "kling/broken"
    broken["input_schema"] = {"type": "object"}
    sim.listing.add(broken)
    reading = await read_catalogue(client, page_size=5)
    assert len(reading.listings) == len(default_entries())
    assert len(reading.warnings) == 3
    assert any("kling/broken has no input schema" in w for w in reading.warnings)


async def test_the_catalogue_is_cached_and_offered_with_the_shipped_models(sim):
    outcome = await refresh_catalogue(sim.api_base, TOKEN, retry=FAST_RETRY)
    assert outcome.read_now and outcome.error is None
    catalogue = outcome.catalogue
    assert PRO in catalogue and REFS in catalogue and TEXT in catalogue
    assert takes(catalogue.get(TEXT)) == ("text only",)
    assert "references" in takes(catalogue.get(REFS))
    assert catalogue.get(REFS).price_unit == "second"
    # The video-to-video model takes a video; the one that needs a 3D mesh, an input kind
    # this Storyreel cannot take, is left out, and that is said.
    assert V2V in catalogue and "video" in takes(catalogue.get(V2V))
    assert not [p for p in catalogue.problems if V2V in p]
    assert "tripo/tripo-3d/turntable-video" not in catalogue
    assert [p for p in catalogue.problems if "tripo/tripo-3d" in p and "cannot take yet" in p]
    cached, problem = read_cache(sim.api_base)
    assert problem == "" and cached is not None and cache_path(sim.api_base).is_file()
    assert len(cached.entries) == len(default_entries())


async def test_the_catalogue_is_read_at_most_daily(sim):
    first = await refresh_catalogue(sim.api_base, TOKEN, retry=FAST_RETRY)
    asked = len(catalogue_requests(sim))
    again = await refresh_catalogue(sim.api_base, TOKEN, retry=FAST_RETRY)
    assert not again.read_now and len(catalogue_requests(sim)) == asked
    assert again.fetched_at == first.fetched_at and REFS in again.catalogue
    later = datetime.now(UTC) + timedelta(hours=25)
    third = await refresh_catalogue(sim.api_base, TOKEN, retry=FAST_RETRY, now=later)
    assert third.read_now and len(catalogue_requests(sim)) > asked
    forced = await refresh_catalogue(sim.api_base, TOKEN, retry=FAST_RETRY, force=True)
    assert forced.read_now


async def test_models_new_since_the_last_reading_are_marked(sim):
    first = await refresh_catalogue(sim.api_base, TOKEN, retry=FAST_RETRY)
    assert first.new_ids == frozenset()  # a first reading marks nothing
    entry = copy.deepcopy(default_entries()[-1])
    entry["model_id"] = "bytedance/seedance-2.5/image-to-video/720p"
    entry["display_name"] = "Seedance 2.5 Image to Video 720p"
    entry["input_schema"] = copy.deepcopy(
        next(e for e in default_entries() if e["model_id"].endswith("2.5/image-to-video/1080p"))[
            "input_schema"
        ]
    )
    sim.listing.add(entry)
    second = await refresh_catalogue(sim.api_base, TOKEN, retry=FAST_RETRY, force=True)
    assert second.new_ids == {entry["model_id"]}
    assert second.catalogue.get(entry["model_id"]).is_new
    assert not second.catalogue.get(REFS).is_new


def test_the_cache_is_used_when_the_network_is_gone():
    import asyncio

    sim = SimServer(TOKEN).start()
    base = sim.api_base
    try:
        asyncio.run(refresh_catalogue(base, TOKEN, retry=FAST_RETRY))
    finally:
        sim.stop()
    outcome = asyncio.run(refresh_catalogue(base, TOKEN, retry=FAST_RETRY, force=True))
    assert not outcome.read_now and outcome.error is not None
    assert "could not be read" in outcome.problem
    assert REFS in outcome.catalogue and PRO in outcome.catalogue


def test_without_a_cache_and_without_network_the_shipped_models_remain():
    import asyncio

    outcome = asyncio.run(
        refresh_catalogue("http://127.0.0.1:9", TOKEN, retry=FAST_RETRY, force=True)
    )
    assert outcome.error is not None and outcome.fetched_at is None
    assert len(outcome.catalogue) == 5 and PRO in outcome.catalogue


def _pro_entry() -> dict:
    return copy.deepcopy(next(e for e in default_entries() if e["model_id"] == PRO))


async def test_a_shipped_model_is_replaced_only_by_a_schema_that_loads():
    entry = _pro_entry()
    entry["input_schema"]["properties"]["camera_fixed"] = {"type": "boolean", "default": False}
    with SimServer(TOKEN, listing=SimCatalogue([entry])) as sim:
        outcome = await refresh_catalogue(sim.api_base, TOKEN, retry=FAST_RETRY)
    model = outcome.catalogue.get(PRO)
    assert model.has_field("camera_fixed") and model.source == "catalogue"
    # What Storyreel knows beyond the schema is kept: the roles still name the fields.
    assert model.role("first_frame") is not None and model.display_name == "Seedance 1.0 Pro"
    assert outcome.catalogue.problems == []


async def test_a_shipped_model_keeps_its_own_schema_when_the_listed_one_does_not_load():
    entry = _pro_entry()
    entry["input_schema"]["properties"]["motion_mesh"] = {"type": "string", "format": "mesh_uri"}
    entry["input_schema"]["required"].append("motion_mesh")
    with SimServer(TOKEN, listing=SimCatalogue([entry])) as sim:
        outcome = await refresh_catalogue(sim.api_base, TOKEN, retry=FAST_RETRY)
    model = outcome.catalogue.get(PRO)
    assert not model.has_field("motion_mesh") and model.source != "catalogue"
    assert any(PRO in p and "Storyreel ships" in p for p in outcome.catalogue.problems)

