"""Variations and seed sweeps: how many, which seeds, and what a model without a seed gets."""

from __future__ import annotations

import random

import pytest

from app.core.catalogue import Catalogue
from app.core.errors import InputError, UsageError
from app.core.takes import (
    check_variation_count,
    fixed_seed,
    seed_field,
    sweep_inputs,
    sweep_seeds,
    total_price,
    variation_inputs,
)

DREAMINA = "bytedance/dreamina-3-0/pro/image-to-video"
LITE = "bytedance/seedance-1-0/lite/image-to-video"


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue.load()


def test_variations_with_a_seed_field_each_get_their_own_seed(catalogue):
    model = catalogue.get(DREAMINA)
    values = {"prompt": "waves", "frames": 121, "seed": -1}
    runs = variation_inputs(model, values, 8, rng=random.Random(3))
    seeds = [run["seed"] for run in runs]
    assert len(runs) == 8 and len(set(seeds)) == 8
    assert all(0 <= s <= 2**31 - 1 for s in seeds)  # -1 (random) is never sent as a seed
    assert all(run["prompt"] == "waves" and run["frames"] == 121 for run in runs)
    assert values["seed"] == -1  # the inputs given are not changed


def test_a_locked_seed_is_kept_as_the_first_variation(catalogue):
    model = catalogue.get(DREAMINA)
    runs = variation_inputs(model, {"prompt": "waves", "seed": 1234}, 3, rng=random.Random(1))
    assert runs[0]["seed"] == 1234
    assert len({r["seed"] for r in runs}) == 3
    assert fixed_seed(model, {"seed": 1234}) == 1234
    assert fixed_seed(model, {"seed": -1}) is None


def test_a_model_without_a_seed_repeats_the_same_inputs(catalogue):
    model = catalogue.get(LITE)
    assert seed_field(model) is None
    runs = variation_inputs(model, {"prompt": "harbour", "duration": 5}, 3)
    assert runs == [{"prompt": "harbour", "duration": 5}] * 3
    runs[0]["prompt"] = "changed"
    assert runs[1]["prompt"] == "harbour"  # each run is its own copy


@pytest.mark.parametrize("count", [0, 1, 9, 100])
def test_a_count_out_of_range_is_refused_with_the_range(catalogue, count):
    with pytest.raises(UsageError, match="choose from 2 to 8"):
        variation_inputs(catalogue.get(DREAMINA), {}, count)
    with pytest.raises(UsageError):
        check_variation_count(count)


def test_a_seed_sweep_takes_the_neighbours_of_the_chosen_seed():
    assert sweep_seeds(100, 4) == [101, 99, 102, 98]
    assert sweep_seeds(0, 3) == [1, 2, 3]  # never below the lowest seed
    assert sweep_seeds(10, 3, low=0, high=11) == [11, 9, 8]


def test_a_seed_sweep_needs_a_seed_field(catalogue):
    runs = sweep_inputs(catalogue.get(DREAMINA), {"prompt": "waves", "seed": 50}, 50, 2)
    assert [r["seed"] for r in runs] == [51, 49]
    with pytest.raises(InputError, match="has no seed setting"):
        sweep_inputs(catalogue.get(LITE), {"prompt": "harbour"}, 50, 2)


def test_the_total_price_is_the_estimate_times_the_runs():
    assert total_price(0.35, 3) == pytest.approx(1.05)
    assert total_price(None, 3) is None
