"""How cheaply and how quickly the engine follows jobs, and how fast it downloads.

    python benchmarks/bench_engine.py            # 100 jobs of mixed lengths, ~8 minutes
    python benchmarks/bench_engine.py --jobs 20  # a quicker look

Against the simulator, in a separate process so that only the client's CPU is counted:

1. The engine follows N jobs of mixed lengths (run time grows with clip length, as on
   RunComfy; jobs queue for a limited number of workers) and is compared with a naive client
   that asks every second. Printed: status/result requests per job, the delay between the
   server finishing a job and the client noticing it (median, 90th percentile), and the
   client's CPU seconds for the whole run (and apart, what preparing its client costs once
   per session, as the window does at start-up), with the CPU cost of one bare httpx request on
   loopback beside it for scale (a shared VM's speed drifts, and the run's CPU with it).
2. A 200 MB output downloaded by the engine's Downloader against curl on loopback.

Targets: at most a fifth of the naive client's requests with a median noticing delay under
2 s; client CPU under 2 s for the run; downloads at least 80 % of curl's throughput.
These are numbers to read, not a test: nothing here fails on a slow machine.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MODEL = "bytedance/seedance-1-0/pro/image-to-video"


def _serve(conn, workers: int, per_clip_second: float, base_run: float) -> None:
    from app.sim.server import SimServer, Timings

    timings = Timings(
        queue_seconds=0.0,
        run_seconds=base_run,
        run_seconds_per_clip_second=per_clip_second,
        render=False,
    )
    with SimServer(workers=workers, timings=timings) as sim:
        conn.send((sim.api_base, sim.cdn_base, sim.token))
        while True:
            message = conn.recv()
            if message == "stop":
                return
            request_id, size = message  # make one output large, for the download benchmark
            path = sim.output_path(request_id)
            with open(path, "wb") as handle:
                chunk = os.urandom(1 << 20)
                for _ in range(size >> 20):
                    handle.write(chunk)
            conn.send(str(path))


class SimProcess:
    def __init__(self, workers: int, per_clip_second: float, base_run: float) -> None:
        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe()
        self.process = context.Process(
            target=_serve, args=(child, workers, per_clip_second, base_run), daemon=True
        )
        self.process.start()
        self.api_base, self.cdn_base, self.token = self.conn.recv()

    def enlarge(self, request_id: str, size: int) -> None:
        self.conn.send((request_id, size))
        self.conn.recv()

    def stop(self) -> None:
        self.conn.send("stop")
        self.process.join(timeout=20)


def workload(count: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    image = Path(tempfile.mkdtemp(prefix="storyreel-bench-")) / "frame.png"
    from PIL import Image

    Image.new("RGB", (640, 360), (30, 60, 90)).save(image)
    return [
        {"prompt": f"shot {i}", "first_frame_image_url": str(image), "duration": rng.randint(2, 12)}
        for i in range(count)
    ]


async def run_engine(sim: SimProcess, jobs: list[dict], home: Path) -> dict:
    from app.api.engine import Engine
    from app.core.catalogue import Catalogue
    from app.core.jobs import EventKind, JobState
    from app.core.settings import Settings
    from app.offline import offline_preview
    from app.store import JobStore

    os.environ["RUNCOMFY_API_TOKEN"] = sim.token
    os.environ["RUNCOMFY_API_BASE"] = sim.api_base  # the key is for this base only
    settings = Settings(api_base=sim.api_base, concurrency=4)
    store = JobStore(home / "jobs.sqlite3")
    engine = Engine(
        store=store,
        catalogue=Catalogue.load(),
        library_dir=home / "library",
        settings=settings,
        offline=offline_preview,
    )
    noticed: dict[str, float] = {}

    def listen(ev) -> None:
        if ev.kind is EventKind.CHANGED and ev.job.state is JobState.DOWNLOADING:
            noticed.setdefault(ev.job.id, time.time())

    engine.add_listener(listen)
    # Once per session, before the first job (the window does it at start-up): the client's
    # TLS set-up and the first import of httpx's connection layer. Counted apart.
    prepared = time.process_time()
    await engine.prepare()
    prepared = time.process_time() - prepared
    cpu = time.process_time()
    wall = time.monotonic()
    submitted = [await engine.submit(MODEL, values, engine="runcomfy") for values in jobs]
    finished = [await engine.wait(job.id) for job in submitted]
    cpu = time.process_time() - cpu
    wall = time.monotonic() - wall
    requests = engine.poll_requests
    await engine.aclose()
    store.close()
    delays = [noticed[j.id] - j.finished_at for j in finished if j.id in noticed and j.finished_at]
    return {
        "ok": sum(j.state is JobState.SUCCEEDED for j in finished),
        "requests": requests,
        "delays": delays,
        "cpu": cpu,
        "prepare": prepared,
        "wall": wall,
    }


async def bare_request_cpu(sim: SimProcess, count: int = 500) -> float:
    """CPU milliseconds of one bare httpx request on loopback, for scale: this VM's speed
    drifts, and the client's CPU for the run drifts with it."""
    import httpx

    url = f"{sim.api_base}/v1/models/{MODEL}"
    headers = {"Authorization": f"Bearer {sim.token}"}
    async with httpx.AsyncClient(headers=headers) as client:
        for _ in range(20):
            await client.get(url)
        cpu = time.process_time()
        for _ in range(count):
            (await client.get(url)).json()
        return (time.process_time() - cpu) / count * 1000


async def run_naive(sim: SimProcess, jobs: list[dict]) -> dict:
    """Asks about every job every second: what a client without a policy does."""
    from app.api.client import RunComfyClient
    from app.api.encoding import encode_inputs_async
    from app.core.catalogue import Catalogue

    model = Catalogue.load().get(MODEL)
    requests = 0
    delays: list[float] = []
    async with RunComfyClient(sim.api_base, sim.token) as client:
        workdir = Path(tempfile.mkdtemp(prefix="storyreel-naive-"))

        async def follow(values: dict) -> None:
            nonlocal requests
            body, _ = await encode_inputs_async(model, values, workdir=workdir)
            submission = await client.submit(MODEL, body)
            while True:
                await asyncio.sleep(1.0)
                requests += 1
                status = await client.status(submission.request_id)
                if status.status == "completed":
                    requests += 1
                    result = await client.result(submission.request_id, include_cost=True)
                    if result.finished_at:
                        delays.append(time.time() - result.finished_at)
                    return

        await asyncio.gather(*(follow(values) for values in jobs))
    return {"requests": requests, "delays": delays}


async def run_download(sim: SimProcess, home: Path, size: int) -> dict:
    from app.api.client import RunComfyClient
    from app.api.downloads import Downloader
    from app.api.encoding import encode_inputs_async
    from app.core.catalogue import Catalogue

    model = Catalogue.load().get(MODEL)
    [values] = workload(1)
    async with RunComfyClient(sim.api_base, sim.token) as client:
        body, _ = await encode_inputs_async(model, values, workdir=home)
        submission = await client.submit(MODEL, body)
        while (await client.status(submission.request_id)).status != "completed":
            await asyncio.sleep(0.5)
        url = (await client.result(submission.request_id)).outputs[0]
    sim.enlarge(submission.request_id, size)
    timings = {}
    for attempt in range(3):
        folder = home / f"dl-{attempt}"
        start = time.perf_counter()
        async with Downloader(allow_loopback=True) as downloader:
            path = await downloader.download(url, folder, "big")
        timings.setdefault("storyreel", []).append(time.perf_counter() - start)
        assert path.stat().st_size == size
        shutil.rmtree(folder)
        target = home / "curl.bin"
        start = time.perf_counter()
        subprocess.run(["curl", "-s", "-o", str(target), url], check=True)
        timings.setdefault("curl", []).append(time.perf_counter() - start)
        target.unlink()
    mb = size / 1e6
    return {name: mb / min(values) for name, values in timings.items()}


def describe(delays: list[float]) -> str:
    if not delays:
        return "n/a"
    ordered = sorted(delays)
    p90 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.9))]
    return f"median {statistics.median(ordered):.2f} s, p90 {p90:.2f} s, max {ordered[-1]:.2f} s"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jobs", type=int, default=100)
    parser.add_argument("--workers", type=int, default=25, help="simulator workers")
    parser.add_argument("--per-clip-second", type=float, default=5.0, help="run s per clip s")
    parser.add_argument("--base-run", type=float, default=8.0, help="run s for every job")
    parser.add_argument("--download-mb", type=int, default=200)
    parser.add_argument("--skip-naive", action="store_true")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="storyreel-bench-home-"))
    os.environ["STORYREEL_HOME"] = str(home)
    jobs = workload(args.jobs)
    print(
        f"{args.jobs} jobs, durations 2–12 s, run time {args.base_run:g} s + "
        f"{args.per_clip_second:g} s per clip second, {args.workers} simulator workers"
    )

    sim = SimProcess(args.workers, args.per_clip_second, args.base_run)
    try:
        engine = asyncio.run(run_engine(sim, jobs, home))
        bare = asyncio.run(bare_request_cpu(sim))
    finally:
        sim.stop()
    print(f"engine: {engine['ok']}/{len(jobs)} succeeded in {engine['wall']:.0f} s")
    print(f"  requests per job: {engine['requests'] / len(jobs):.1f}")
    print(f"  noticing delay:   {describe(engine['delays'])}")
    print(f"  client CPU:       {engine['cpu']:.2f} s for the run (target < 2 s)")
    print(f"                    + {engine['prepare']:.2f} s once per session to prepare the client")
    print(f"  for scale:        one bare httpx request costs {bare:.2f} ms of CPU here now")

    if not args.skip_naive:
        sim = SimProcess(args.workers, args.per_clip_second, args.base_run)
        try:
            naive = asyncio.run(run_naive(sim, jobs))
        finally:
            sim.stop()
        ratio = engine["requests"] / max(1, naive["requests"])
        print(f"naive 1-second poller: {naive['requests'] / len(jobs):.1f} requests per job")
        print(f"  noticing delay:   {describe(naive['delays'])}")
        print(f"engine/naive requests: {ratio:.2f} (target ≤ 0.20)")

    if args.download_mb:
        sim = SimProcess(1, 0.0, 0.1)
        try:
            speeds = asyncio.run(run_download(sim, home, args.download_mb << 20))
        finally:
            sim.stop()
        share = speeds["storyreel"] / speeds["curl"]
        print(
            f"download {args.download_mb} MB: storyreel {speeds['storyreel']:.0f} MB/s, "
            f"curl {speeds['curl']:.0f} MB/s ({share:.0%} of curl; target ≥ 80 %)"
        )
    shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
