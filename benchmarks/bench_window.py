"""How the window feels: start-up, dropping a huge image, smoothness under load, memory.

    python benchmarks/bench_window.py            # all four
    python benchmarks/bench_window.py start drop # some of them
    python benchmarks/bench_window.py start --runs 21  # more runs (start: 9, stall: 3)

Each measurement runs in a fresh process, offscreen (QT_QPA_PLATFORM=offscreen), over a
throw-away Storyreel home:

start   cold start to the first paint of the full, usable main window, against a bare
        PySide6 QMainWindow started the same way (target: at most 2 times the bare window)
drop    a 5999×5999 JPEG of about 25 MB dropped on a first-frame zone: time to the verdict
        and to the thumbnail (targets: 150 ms and 100 ms)
stall   the longest stalls of the Qt event loop while 300 jobs are in the queue and four
        large images are being checked (target: the worst under 50 ms)
memory  resident memory with 500 finished jobs in the history (target: under 300 MB)

These are numbers to read, not a test: nothing here fails on a slow machine.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

PRO = "bytedance/seedance-1-0/pro/image-to-video"
REF = "bytedance/seedance-1-0/lite/reference-to-video"

# The same first-paint probe for both: every main window, when shown, gets an event filter
# that reports its first paint ("painted <class>"); the process ends at the first paint of
# a window of the class given in STORYREEL_PROBE_UNTIL (any window if unset).
#
# The probe changes nothing the program does before that: it does not import Qt itself (a
# program imports its own modules first, and Qt for Python looks through the source of every
# module imported after it), but waits for the program to import QtWidgets and then wraps
# QMainWindow.show. The filter sits on the windows only, not on the whole application: an
# application-wide Python filter sends every event of every Qt object through Python, and
# the first event for a Qt-private class (the style's animation timer, once a window has a
# central widget) makes PySide build that class's Python type, ~45 ms that only the probe
# pays and that no user ever sees.
PROBE = """
import os, sys
from importlib.abc import MetaPathFinder

UNTIL = os.environ.get("STORYREEL_PROBE_UNTIL")


def _watch(widgets):
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                name = type(obj).__name__
                obj.removeEventFilter(self)
                print("painted", name, flush=True)
                if not UNTIL or name == UNTIL:
                    os._exit(0)
            return False

    probe = []
    show = widgets.QMainWindow.show

    def probed_show(self):
        if not probe:
            probe.append(FirstPaint())
        self.installEventFilter(probe[0])
        show(self)

    widgets.QMainWindow.show = probed_show


class WhenQtWidgetsLoads(MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(self)
        from importlib.util import find_spec

        spec = find_spec(name)
        load = spec.loader.exec_module

        def exec_module(module):
            load(module)
            _watch(module)

        spec.loader.exec_module = exec_module
        return spec


sys.meta_path.insert(0, WhenQtWidgetsLoads())
"""

BARE = (
    PROBE
    + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.exec()
"""
)

# `storyreel` with no arguments, exactly as a user starts it.
STORYREEL = (
    PROBE
    + """
from app.__main__ import main
main([])
"""
)


def _env(home: Path, pycache: Path | None = None) -> dict[str, str]:
    # With compiled bytecode, as an installed Storyreel has it (pip and the bundles compile
    # it): a checkout run with PYTHONDONTWRITEBYTECODE would compile every module at each
    # start. The cache goes into the throw-away home, not the source tree.
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return {
        **env,
        "PYTHONPYCACHEPREFIX": str(pycache or home / "pycache"),
        "QT_QPA_PLATFORM": "offscreen",
        "STORYREEL_HOME": str(home),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    }


def time_to_paint(script: str, home: Path, until: str = "") -> dict[str, float]:
    """Seconds from the process start to the first paint of each window, by class name, and
    under "cpu" the processor time the process used until then (user and system): on a busy
    machine the steadier of the two figures, as it does not count waiting for a core."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", script],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**_env(home), "STORYREEL_PROBE_UNTIL": until},
    )
    assert process.stdout is not None
    painted: dict[str, float] = {}
    for line in process.stdout:
        words = line.split()
        if words[:1] == ["painted"]:
            painted.setdefault(words[1], time.perf_counter() - start)
    # The process ends itself at the paint awaited (os._exit), so its whole use is that of
    # the start; wait4 reports it where wait() does not.
    _pid, _status, usage = os.wait4(process.pid, 0)
    process.returncode = 0
    if not painted or (until and until not in painted):
        raise RuntimeError("the window never painted")
    painted["first"] = min(painted.values())
    painted["cpu"] = usage.ru_utime + usage.ru_stime
    return painted


def bench_start(home: Path, runs: int = 9) -> None:
    time_to_paint(BARE, home)  # warm the file cache for both
    time_to_paint(STORYREEL, home, until="MainWindow")
    bare: list[float] = []
    first: list[float] = []
    full: list[float] = []
    bare_cpu: list[float] = []
    full_cpu: list[float] = []
    for _ in range(runs):  # alternated, so that a noisy moment hits both alike
        theirs = time_to_paint(BARE, home)
        bare.append(theirs["first"])
        bare_cpu.append(theirs["cpu"])
        ours = time_to_paint(STORYREEL, home, until="MainWindow")
        first.append(ours["first"])
        full.append(ours["MainWindow"])
        full_cpu.append(ours["cpu"])
    b, s, w = statistics.median(bare), statistics.median(first), statistics.median(full)
    before = "" if abs(s - w) < 0.0005 else f" (something else painted first, at {s * 1000:.0f} ms)"
    # Each run against the bare window started just before it: a busy moment slows both.
    ratios = sorted(ours / theirs for ours, theirs in zip(full, bare, strict=True))
    print(
        f"start: the full window painted at {w * 1000:.0f} ms{before}; bare QMainWindow "
        f"{b * 1000:.0f} ms; {w / b:.2f}× the bare window (target ≤ 2×); median of {runs}; "
        f"run by run {statistics.median(ratios):.2f}× median, {ratios[0]:.2f}× best "
        f"(fastest: {min(full) * 1000:.0f} ms against {min(bare) * 1000:.0f} ms)"
    )
    cb, cw = statistics.median(bare_cpu), statistics.median(full_cpu)
    print(
        f"start, processor time until that paint: {cw * 1000:.0f} ms against the bare "
        f"window's {cb * 1000:.0f} ms, {cw / cb:.2f}× (medians)"
    )


def big_jpeg(folder: Path) -> Path:
    from PIL import Image

    path = folder / "big-5999.jpg"
    if not path.exists():
        base = Image.linear_gradient("L").resize((5999, 5999)).convert("RGB")
        noise = Image.effect_noise((5999, 5999), 64).convert("RGB")
        Image.blend(base, noise, 0.5).save(path, quality=94)
    return path


DROP = """
import json, sys, time
from PIL import Image
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication
from app.core.catalogue import Catalogue
from app.ui.images import DropZone
from app.ui.widgets.thumbnails import thumbnail_cache
app = QApplication([])
field = Catalogue.load().get(sys.argv[1]).field("first_frame_image_url")
results = []
def pillow_draft(path):
    # Pillow's own reduced-scale decode of the same file: the floor for any thumbnail.
    start = time.perf_counter()
    with Image.open(path) as image:
        image.draft("RGB", (512, 512))
        image.load()
    return time.perf_counter() - start
def one(path):
    thumbnail_cache().clear()  # every run decodes the file again
    zone = DropZone(field)
    zone.resize(320, 360)
    zone.show()
    app.processEvents()
    marks = {}
    loop = QEventLoop()
    def look():
        # Marked as the zone hears of each step, on the UI thread: no polling in between.
        now = time.perf_counter() - start
        if zone.state() in ("valid", "invalid") and zone.preview.shape_size() is not None:
            # The frame: the image's proportions, its name and its verdict, before the picture.
            marks.setdefault("frame", now)
        if zone.thumbnail() is not None:
            marks.setdefault("thumbnail", now)
        if len(marks) == 2:
            loop.quit()
    zone.check.refreshed.connect(look)
    start = time.perf_counter()
    zone.set_source(path)
    if len(marks) < 2:
        loop.exec()
    zone.close()
    marks["draft"] = pillow_draft(path)
    results.append(marks)
for _ in range(int(sys.argv[3])):
    one(sys.argv[2])
print(json.dumps(results))
"""


def bench_drop(home: Path, runs: int = 9) -> None:
    image = big_jpeg(home)
    size_mb = image.stat().st_size / 1e6
    out = subprocess.run(
        [sys.executable, "-c", DROP, PRO, str(image), str(runs)],
        capture_output=True,
        text=True,
        env=_env(home),
        timeout=300,
    )
    marks = json.loads(out.stdout.strip().splitlines()[-1])
    frame = statistics.median(m["frame"] for m in marks) * 1000
    thumb = statistics.median(m["thumbnail"] for m in marks) * 1000
    draft = statistics.median(m["draft"] for m in marks) * 1000
    # Each run's thumbnail against the draft decode right after it: a busy machine slows both.
    ratio = statistics.median(m["thumbnail"] / m["draft"] for m in marks)
    print(
        f"drop: 5999×5999 JPEG of {size_mb:.0f} MB: frame and verdict {frame:.0f} ms "
        f"(target 50), thumbnail {thumb:.0f} ms against Pillow's draft decode {draft:.0f} ms, "
        f"{ratio:.2f}× run by run (target 1.15×), median of {runs}"
    )


def seed_jobs(home: Path, count: int, finished: bool) -> None:
    os.environ["STORYREEL_HOME"] = str(home)
    from PIL import Image

    from app.core.jobs import Job, JobState
    from app.core.settings import database_path
    from app.store import JobStore

    frames = []
    for i in range(8):
        path = home / f"frame-{i}.png"
        Image.new("RGB", (1280, 720), (20 * i, 80, 160 - 10 * i)).save(path)
        frames.append(str(path))
    video = home / "clip.mp4"
    video.write_bytes(b"\0" * 1024)
    with JobStore(database_path()) as store:
        for i in range(count):
            job = Job(
                model_id=PRO,
                inputs={
                    "prompt": f"shot {i}: a slow push in over the harbour at dusk",
                    "first_frame_image_url": frames[i % len(frames)],
                    "duration": 5,
                },
                engine="offline",
                created_at=time.time() - (count - i) * 60,
            )
            job.move(JobState.SUBMITTING).move(JobState.QUEUED, request_id=f"req-{i}")
            if finished or i % 3:
                job.move(JobState.RUNNING, started_at=job.created_at + 5)
                job.move(JobState.DOWNLOADING, finished_at=job.created_at + 50, outputs=["x"])
                job.move(JobState.SUCCEEDED, files=[str(video)], cost=0.3)
            store.add(job)


STALL = """
import asyncio, json, statistics, sys, time
from app.ui.app import build_window, make_application, run, run_window
from app.core.catalogue_source import default_catalogue
app = make_application([])
window = build_window()
gaps = []
async def until(win):
    deadline = time.perf_counter() + 60
    while win.queue_model.rowCount() < 300 and time.perf_counter() < deadline:
        await asyncio.sleep(0.05)  # the queue fills once the engine has started
    await asyncio.sleep(0.5)
    win.picker.set_current_model(sys.argv[1])
    strip = win.panel.field_widget("images").strip
    interval = 0.005
    last = time.perf_counter()
    async def tick():
        nonlocal last
        while True:
            await asyncio.sleep(interval)
            now = time.perf_counter()
            gaps.append(now - last - interval)
            last = now
    ticker = asyncio.ensure_future(tick())
    strip.set_sources(sys.argv[2:6])
    zones = strip.zones()
    deadline = time.perf_counter() + 60
    while time.perf_counter() < deadline:
        if all(z.state() in ("valid", "invalid") and z.thumbnail() is not None for z in zones):
            break
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.5)
    ticker.cancel()
    win.close()
async def main():
    return await run_window(window, until=until, log=False)
run(app, main())
ordered = sorted(gaps)
print(json.dumps({
    "samples": len(ordered),
    "p99": ordered[int(len(ordered) * 0.99)] * 1000,
    "max": ordered[-1] * 1000,
    "worst5": [round(g * 1000, 1) for g in ordered[-5:][::-1]],
    "rows": window.queue_model.rowCount(),
}))
"""


def bench_stall(home: Path, runs: int = 3) -> None:
    images = []
    base = big_jpeg(home)
    for i in range(4):
        copy = home / f"big-{i}.jpg"
        copy.write_bytes(base.read_bytes())
        images.append(str(copy))
    results = []
    for run in range(runs + 1):  # the first run compiles the bytecode, as installing does
        run_home = home / f"run-{run}"  # the same 300 jobs each time
        run_home.mkdir()
        seed_jobs(run_home, 300, finished=False)
        out = subprocess.run(
            [sys.executable, "-c", STALL, REF, *images],
            capture_output=True,
            text=True,
            env=_env(run_home, pycache=home / "pycache"),
            timeout=300,
        )
        if out.returncode != 0 or not out.stdout.strip():
            raise RuntimeError(f"the stall run failed: {out.stderr[-3000:]}")
        if run:
            results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    results.sort(key=lambda data: data["max"])
    data = results[len(results) // 2]  # the median run, by its worst stall
    worst = ", ".join(f"{r['max']:.1f}" for r in results)
    print(
        f"stall: {data['rows']} jobs in the queue, four 25 MB images checked: the worst "
        f"event-loop stall {data['max']:.1f} ms (target < 50; the next: "
        f"{', '.join(str(g) for g in data['worst5'][1:])}), p99 {data['p99']:.1f} ms, "
        f"{data['samples']} samples; the median of {runs} runs, whose worst stalls were "
        f"{worst} ms"
    )


MEMORY = """
import asyncio, json
from app.ui.app import build_window, make_application, run, run_window
app = make_application([])
window = build_window()
rss = {}
def resident_mb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
async def until(win):
    await asyncio.sleep(3.0)  # the queue loads and its thumbnails are made
    rss["mb"] = resident_mb()
    rss["rows"] = win.queue_model.rowCount()
    win.close()
async def main():
    return await run_window(window, until=until, log=False)
run(app, main())
print(json.dumps(rss))
"""


def bench_memory(home: Path) -> None:
    seed_jobs(home, 500, finished=True)
    out = subprocess.run(
        [sys.executable, "-c", MEMORY], capture_output=True, text=True, env=_env(home), timeout=300
    )
    data = json.loads(out.stdout.strip().splitlines()[-1])
    print(
        f"memory: {data['rows']} finished jobs in the history: {data['mb']:.0f} MB resident "
        "(target < 300 MB)"
    )


BENCHES = {"start": bench_start, "drop": bench_drop, "stall": bench_stall, "memory": bench_memory}


def main() -> int:
    args = sys.argv[1:]
    if "--runs" in args:  # more runs for steadier figures on a busy machine: --runs 21
        at = args.index("--runs")
        runs = int(args[at + 1])
        del args[at : at + 2]
        BENCHES["start"] = partial(bench_start, runs=runs)
        BENCHES["stall"] = partial(bench_stall, runs=runs)
    chosen = args or list(BENCHES)
    for name in chosen:
        if name not in BENCHES:
            print(f"unknown benchmark {name!r}; choose from {', '.join(BENCHES)}", file=sys.stderr)
            return 2
    for name in chosen:
        with tempfile.TemporaryDirectory(prefix=f"storyreel-bench-{name}-") as home:
            BENCHES[name](Path(home))
    return 0


if __name__ == "__main__":
    sys.exit(main())
