"""The simulator's catalogue, ``GET /v1/models``, as RunComfy's Model API pages it."""

from __future__ import annotations

from app.sim.catalogue import default_entries

PRO = "bytedance/seedance-1-0/pro/image-to-video"
V25 = "bytedance/seedance-2.5/image-to-video/1080p"
TEXT = "bytedance/seedance-2-0/fast/text-to-video"


def test_pages_add_up_to_the_total_and_schemas_come_when_asked(sim, connect):
    api = connect(sim)
    total = len(default_entries())
    seen: list[str] = []
    offset = 0
    while offset < total:
        page = api.get("/v1/models", params={"limit": 5, "offset": offset}).json()
        assert page["total"] == total and len(page["models"]) <= 5
        assert all("input_schema" not in m for m in page["models"])
        seen += [m["model_id"] for m in page["models"]]
        offset += 5
    assert len(seen) == len(set(seen)) == total and seen[0] == PRO
    page = api.get("/v1/models", params={"include_schema": "true", "limit": 100}).json()
    by_id = {m["model_id"]: m for m in page["models"]}
    assert by_id[V25]["input_schema"]["properties"]["duration"]["maximum"] == 30
    assert by_id[TEXT]["input_schema"]["properties"]["guidance_scale"]["type"] == "float"
    assert by_id[V25]["price_unit"] == "second" and by_id[V25]["kind"] == "model"


def test_search_category_and_the_categories_list(sim, connect):
    api = connect(sim)
    found = api.get("/v1/models", params={"search": "kling"}).json()
    assert [m["model_id"] for m in found["models"]] == ["kling/kling-v2-1/pro/image-to-video"]
    images = api.get("/v1/models", params={"category": "text-to-image"}).json()
    assert images["total"] == 1
    categories = api.get("/v1/models/categories").json()["categories"]
    assert "image-to-video" in categories and "text-to-image" in categories


def test_a_bad_limit_and_a_missing_token_are_refused(sim, connect):
    api = connect(sim)
    answer = api.get("/v1/models", params={"limit": 0})
    assert answer.status_code == 400 and "'limit'" in answer.json()["error"]["message"]
    assert api.get("/v1/models", params={"offset": "x"}).status_code == 400
    anonymous = api.get("/v1/models", headers={"Authorization": ""})
    assert anonymous.status_code == 401


def test_a_page_fails_as_often_as_told_and_a_bad_entry_is_served(sim, connect):
    api = connect(sim)
    sim.listing.fail_page(0, times=2, status=503)
    assert api.get("/v1/models").status_code == 503
    assert api.get("/v1/models").status_code == 503
    assert api.get("/v1/models").status_code == 200
    sim.listing.add({"display_name": "no id"}, at=0)
    first = api.get("/v1/models", params={"limit": 1}).json()["models"][0]
    assert first == {"display_name": "no id"}


def test_the_listed_models_that_load_are_accepted_for_jobs(sim, connect):
    api = connect(sim)
    answer = api.post(f"/v1/models/{TEXT}", json={"prompt": "a lighthouse at dusk"})
    assert answer.status_code == 200, answer.text
    info = api.get(f"/v1/models/{V25}").json()
    assert info["price_unit"] == "second" and info["base_price_usd"] == 0.15
