"""How fast the history searches a job store of 5,000 jobs.

    python benchmarks/bench_history.py               # 5,000 jobs
    python benchmarks/bench_history.py --jobs 20000  # a heavier store

A real SQLite file in a temporary folder is filled with N jobs (prompts drawn from a small
vocabulary, five models, dates over a year, mixed states, one in twenty starred). Each
search is then timed through ``JobStore.search`` (the full-text index and the indexes of
migration 6), as a history view asks it: how many jobs match, and the newest page of 200;
and, as the baseline measured in the same run on the same file, by the way
a store without them would have to answer: reading every job and matching its prompt in
Python. Printed: the median and the worst time of each, in milliseconds.

Target: every search under 50 ms at 5,000 jobs on an idle machine. These are numbers to read,
not a test.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.core.history import HistoryQuery, search_words  # noqa: E402
from app.core.jobs import Job, JobState  # noqa: E402
from app.store import JobStore  # noqa: E402

MODELS = [
    "bytedance/seedance-1-0/pro/image-to-video",
    "bytedance/seedance-1-0/lite/image-to-video",
    "bytedance/seedance-v1.5-pro/image-to-video",
    "bytedance/seedance-1-0/lite/reference-to-video",
    "bytedance/dreamina-3-0/pro/image-to-video",
]
WORDS = [
    "harbour",
    "dawn",
    "mist",
    "boats",
    "gulls",
    "pier",
    "lighthouse",
    "beam",
    "bay",
    "rain",
    "café",
    "lights",
    "night",
    "city",
    "street",
    "camera",
    "pans",
    "slowly",
    "drifts",
    "push",
    "zoom",
    "golden",
    "hour",
    "forest",
    "river",
    "mountain",
    "snow",
    "desert",
    "wind",
    "waves",
    "cliff",
    "sunset",
    "crowd",
    "market",
    "train",
    "station",
    "dog",
    "runs",
    "child",
    "laughs",
]
STATES = [JobState.SUCCEEDED] * 6 + [JobState.FAILED, JobState.CANCELLED, JobState.QUEUED]
YEAR = 365 * 86400.0
START = 1.75e9


def fill(store: JobStore, count: int, rng: random.Random) -> None:
    with store.transaction():
        for n in range(count):
            prompt = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 18)))
            at = START + rng.random() * YEAR
            job = Job(
                rng.choice(MODELS),
                {"prompt": prompt, "duration": 5, "first_frame_image_url": f"/frames/{n}.png"},
                state=rng.choice(STATES),
                request_id=f"req-{n}",
                created_at=at,
                updated_at=at,
                cost=0.3,
            )
            store.add(job)
    with store.transaction():
        for job in store.jobs()[::20]:
            store.set_starred(job.id, True)


QUERIES = {
    "one word": HistoryQuery(words="lighthouse"),
    "three words": HistoryQuery(words="harbour mist boats"),
    "a prefix": HistoryQuery(words="light"),
    "a word that is nowhere": HistoryQuery(words="submarine"),
    "model + month": HistoryQuery(model_id=MODELS[1], since=START, until=START + YEAR / 12),
    "word + state": HistoryQuery(words="rain", states=frozenset({JobState.FAILED})),
    "starred": HistoryQuery(starred=True),
}


def baseline(store: JobStore, query: HistoryQuery, starred: set[str]) -> list[Job]:
    """What a store without migration 6 would do: read every job, match in Python."""
    words = search_words(query.words)
    found = []
    for job in store.jobs():
        prompt_words = search_words(job.prompt)
        if words and not all(any(p.startswith(w) for p in prompt_words) for w in words):
            continue
        if query.model_id and job.model_id != query.model_id:
            continue
        if query.since is not None and job.created_at < query.since:
            continue
        if query.until is not None and job.created_at >= query.until:
            continue
        if query.states is not None and job.state not in query.states:
            continue
        if query.starred and job.id not in starred:
            continue
        found.append(job)
    return found


PAGE = 200


def page_of(store: JobStore, query: HistoryQuery) -> tuple[int, list[Job]]:
    return store.count_matching(query), store.search(query, limit=PAGE)


def timed(fn, rounds: int) -> tuple[list[float], object]:
    times = []
    result = None
    for _ in range(rounds):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return times, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(16)
    with tempfile.TemporaryDirectory() as folder:
        store = JobStore(Path(folder) / "jobs.sqlite3")
        started = time.perf_counter()
        fill(store, args.jobs, rng)
        print(f"{args.jobs} jobs written in {time.perf_counter() - started:.1f} s")
        starred = store.starred_ids()
        print(f"{'search':<24} {'found':>6}  {'indexed ms':>16}  {'baseline ms':>16}")
        for name, query in QUERIES.items():
            fast, page = timed(lambda q=query: page_of(store, q), args.rounds)
            slow, expected = timed(lambda q=query: baseline(store, q, starred), 2)
            count, hits = page  # type: ignore[misc]
            newest = [j.id for j in expected[:PAGE]]  # type: ignore[index]
            same = count == len(expected) and [j.id for j in hits] == newest  # type: ignore
            print(
                f"{name:<24} {count:>6}  "
                f"{statistics.median(fast):>7.1f} (max {max(fast):>5.1f})  "
                f"{statistics.median(slow):>7.1f} (max {max(slow):>5.1f})"
                + ("" if same else "  DIFFERENT RESULTS")
            )
        store.close()


if __name__ == "__main__":
    main()
