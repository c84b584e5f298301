"""How fast the money ledger adds up a large job store.

    python benchmarks/bench_ledger.py               # 5,000 jobs over a year
    python benchmarks/bench_ledger.py --jobs 20000

Printed: the time of today's spending (what the day cap counts before every paid submission,
on the event loop's thread, so it must stay well under a millisecond) and of a whole report
per day and per model (what the Spending view and `storyreel spend` read, off the window's
thread). Numbers to read, not a test.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from app.core.jobs import Job, JobState
from app.store import JobStore, ledger

MODELS = (
    "bytedance/seedance-1-0/lite/image-to-video",
    "bytedance/seedance-1-0/pro/image-to-video",
    "bytedance/dreamina-3-0/pro/image-to-video",
)


def fill(store: JobStore, count: int) -> None:
    now = time.time()
    with store.transaction():
        for n in range(count):
            when = now - (n % 365) * 86400 - n
            store.add(
                Job(
                    model_id=MODELS[n % len(MODELS)],
                    inputs={"prompt": "a harbour at dawn, gulls over the water " * 4},
                    engine="offline" if n % 5 == 0 else "runcomfy",
                    state=JobState.SUCCEEDED,
                    cost=None if n % 5 == 0 else 0.18,
                    created_at=when,
                    submitted_at=when,
                )
            )


def timed(call, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=5000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = JobStore(Path(folder) / "jobs.sqlite3")
        fill(store, args.jobs)
        today = timed(lambda: ledger.committed_today(store), 50)
        report = timed(lambda: ledger.report(store), 5)
        total = ledger.report(store).total
        store.close()
    print(f"{args.jobs} jobs: ${total.amount:,.2f} spent, {total.free_previews} free previews")
    print(f"today's spending (the day cap's check): {today:.2f} ms")
    print(f"the whole report (per day and per model): {report:.0f} ms")


if __name__ == "__main__":
    main()
