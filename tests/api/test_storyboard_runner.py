"""Rendering storyboards through the real Engine and its offline preview engine (the simulator
on loopback, rendering real H.264), exporting them, and decoding the result with PyAV."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import av
import pytest
from PIL import Image, ImageStat

from app.api.engine import Engine
from app.api.polling import PollTimings
from app.api.storyboard_runner import (
    Outcome,
    RenderEvent,
    RenderEventKind,
    attach_finished_jobs,
    estimate_storyboard,
    render_storyboard,
)
from app.core.catalogue import Catalogue
from app.core.errors import PriceUnavailable
from app.core.jobs import Job, JobState
from app.core.settings import Settings
from app.core.storyboard import (
    ShotStatus,
    Storyboard,
    StoryboardError,
    input_key,
    plan_shots,
    sequence,
    shot_status,
)
from app.core.video import export_sequence, probe_video
from app.offline import offline_preview
from app.sim.faults import Fault, FaultKind
from app.store import JobStore

pytestmark = pytest.mark.slow

PRO = "bytedance/seedance-1-0/pro/image-to-video"
LITE = "bytedance/seedance-1-0/lite/image-to-video"
COLOURS = [(220, 40, 40), (40, 200, 60), (40, 60, 220), (230, 210, 40)]
FPS = 24
# Polls close together: the offline engine finishes a 2 s clip in about a second.
QUICK_POLLS = PollTimings(
    queue_base=0.05,
    per_position=0.05,
    max_interval=0.5,
    near_finish=0.05,
    window_min=0.1,
    first_poll=0.02,
    failure_backoff=0.02,
    max_failure_backoff=0.2,
)


@pytest.fixture
def catalogue() -> Catalogue:
    return Catalogue.load()


@pytest.fixture
def offline_engine(tmp_path: Path, catalogue: Catalogue):
    """Engines sharing one job store, as the app would after a restart, rendering offline."""
    made: list[Engine] = []

    def make() -> Engine:
        engine = Engine(
            store=JobStore(tmp_path / "jobs.sqlite3"),
            catalogue=catalogue,
            library_dir=tmp_path / "library",
            settings=Settings(concurrency=4),
            poll_timings=QUICK_POLLS,
            offline=offline_preview,
        )
        made.append(engine)
        return engine

    yield make
    for engine in made:
        engine.store.close()


def make_board(tmp_path: Path, count: int, **kw) -> Storyboard:
    """A saved board of solid-colour 640×360 frames."""
    folder = tmp_path / "board"
    (folder / "frames").mkdir(parents=True, exist_ok=True)
    for n, colour in enumerate(COLOURS[:count], start=1):
        Image.new("RGB", (640, 360), colour).save(folder / "frames" / f"frame{n}.png")
    board = Storyboard(prompt="the camera drifts", **kw)
    board.add_frames(folder / "frames")
    board.save(folder / "Demo.storyboard.json")
    return board


def centre_colour(frame: av.VideoFrame) -> tuple[float, ...]:
    picture = frame.to_image()
    w, h = picture.size
    return tuple(ImageStat.Stat(picture.crop((w // 4, h // 4, 3 * w // 4, h // 2))).mean)


def close(a, b, tolerance=24) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a, b, strict=True))


def colours_at(path: Path, indexes: list[int]) -> dict[int, tuple[float, ...]]:
    wanted = set(indexes)
    found = {}
    with av.open(str(path)) as container:
        for index, frame in enumerate(container.decode(video=0)):
            if index in wanted:
                found[index] = centre_colour(frame)
    return found


async def test_per_frame_board_renders_four_clips_and_exports_them_joined(
    tmp_path, offline_engine, catalogue
):
    board = make_board(tmp_path, 4, model_id=PRO, values={"resolution": "480p", "duration": 2})
    engine = offline_engine()
    events: list[RenderEvent] = []
    try:
        report = await render_storyboard(
            board, engine, catalogue, engine_kind="offline", on_event=events.append
        )
    finally:
        await engine.aclose()
    assert report.ok and report.submitted == 4
    assert events[0].kind is RenderEventKind.ESTIMATE
    assert events[0].estimate.total == 0.0
    jobs = engine.jobs()
    assert len(jobs) == 4 and {j.state for j in jobs} == {JobState.SUCCEEDED}
    assert {j.origin["shot_id"] for j in jobs} == {s.id for s in board.shots}
    assert {j.origin["storyboard"] for j in jobs} == {str(board.path)}

    saved = Storyboard.load(board.path)
    assert all(s.clip is not None and s.clip.is_file() for s in saved.shots)
    assert [s.request_id for s in saved.shots] == [s.request_id for s in board.shots]

    result = export_sequence(sequence(saved, catalogue), tmp_path / "Demo.mp4")
    info = probe_video(result.path)
    assert (info.width, info.height) == (854, 480)
    assert info.duration_s == pytest.approx(8.0, abs=4 * 2 / FPS)
    assert result.boundaries == pytest.approx([0.0, 2.0, 4.0, 6.0], abs=2 / FPS)
    cuts = [round(b * FPS) for b in result.boundaries[1:]]
    colours = colours_at(result.path, [i for c in cuts for i in (c - 3, c + 3)])
    for shot, cut in enumerate(cuts):
        assert close(colours[cut - 3], COLOURS[shot])
        assert close(colours[cut + 3], COLOURS[shot + 1])


async def test_per_pair_board_renders_clips_that_meet_where_the_frames_meet(
    tmp_path, offline_engine, catalogue
):
    board = make_board(
        tmp_path,
        4,
        model_id=LITE,
        cut_mode="per_pair",
        values={"resolution": "480p", "duration": 5},
    )
    engine = offline_engine()
    try:
        report = await render_storyboard(board, engine, catalogue, engine_kind="offline")
    finally:
        await engine.aclose()
    assert report.ok and report.submitted == 3
    submitted = {j.inputs["last_frame_image_url"] for j in engine.jobs()}
    assert submitted == {str(f.image) for f in board.frames[1:]}

    result = export_sequence(sequence(board, catalogue), tmp_path / "pairs.mp4")
    assert result.info.duration_s == pytest.approx(15.0, abs=3 * 2 / FPS)
    assert (result.info.width, result.info.height) == (854, 480)
    assert result.boundaries == pytest.approx([0.0, 5.0, 10.0], abs=2 / FPS)
    cuts = [round(b * FPS) for b in result.boundaries[1:]]
    last = result.info.frame_count - 1
    colours = colours_at(result.path, [0, last, *(i for c in cuts for i in (c - 2, c + 2))])
    assert close(colours[0], COLOURS[0])
    for shot, cut in enumerate(cuts):  # both sides of a cut show the frame the clips share
        assert close(colours[cut - 2], COLOURS[shot + 1])
        assert close(colours[cut + 2], COLOURS[shot + 1])
    assert close(colours[last], COLOURS[3])


async def test_changing_one_prompt_renders_exactly_that_shot_again(
    tmp_path, offline_engine, catalogue
):
    board = make_board(tmp_path, 2, model_id=PRO, values={"resolution": "480p", "duration": 2})
    engine = offline_engine()
    try:
        first = await render_storyboard(board, engine, catalogue, engine_kind="offline")
        assert first.submitted == 2
        kept_clip = board.shots[0].clip
        board.shots[1].prompt = "the light turns golden"
        estimate = await estimate_storyboard(board, engine, catalogue, engine_kind="offline")
        assert [p.number for p in estimate.prices] == [2] and estimate.kept == (0,)
        second = await render_storyboard(board, engine, catalogue, engine_kind="offline")
        third = await render_storyboard(board, engine, catalogue, engine_kind="offline")
    finally:
        await engine.aclose()
    assert second.submitted == 1 and third.submitted == 0
    assert len(engine.jobs()) == 3
    assert [o.outcome for o in second.outcomes] == [Outcome.KEPT, Outcome.RENDERED]
    assert board.shots[0].clip == kept_clip
    assert engine.jobs()[0].prompt == "the light turns golden"
    # The shot rendered twice keeps both takes, the newest chosen, across save and load.
    again = Storyboard.load(board.path)
    takes = again.shots[1].takes
    assert len(takes) == 2 and again.shots[1].chosen_take == takes[1].job_id
    assert [t.extra["prompt"] for t in takes] == ["the camera drifts", "the light turns golden"]
    assert sequence(again, catalogue)[1].clip == takes[1].clip


async def test_nothing_is_sent_when_the_price_is_declined(tmp_path, offline_engine, catalogue):
    board = make_board(tmp_path, 2, model_id=PRO, values={"duration": 2})
    engine = offline_engine()
    seen = []

    async def decline(estimate) -> bool:
        seen.append(estimate)
        return False

    try:
        report = await render_storyboard(
            board, engine, catalogue, engine_kind="offline", confirm=decline
        )
    finally:
        await engine.aclose()
    assert report.declined and report.submitted == 0 and not report.ok
    assert len(seen[0].prices) == 2
    assert engine.jobs() == []


async def test_a_per_pair_board_on_a_model_without_last_frame_sends_nothing(
    tmp_path, offline_engine, catalogue
):
    board = make_board(tmp_path, 3, model_id=PRO, cut_mode="per_pair")
    engine = offline_engine()
    try:
        with pytest.raises(StoryboardError) as caught:
            await render_storyboard(board, engine, catalogue, engine_kind="offline")
    finally:
        await engine.aclose()
    assert "Seedance 1.0 Pro cannot take a last frame; Seedance 1.0 Lite can." in str(caught.value)
    assert engine.jobs() == []


async def test_clips_of_a_render_cut_short_are_picked_up_when_the_board_is_reopened(
    tmp_path, offline_engine, catalogue
):
    board = make_board(tmp_path, 2, model_id=PRO, values={"resolution": "480p", "duration": 2})
    engine = offline_engine()
    all_sent = asyncio.Event()
    sent: list[str] = []

    def note(ev: RenderEvent) -> None:
        if ev.kind is RenderEventKind.SUBMITTED:
            sent.append(ev.job.id)
            if len(sent) == 2:
                all_sent.set()

    try:
        render = asyncio.create_task(
            render_storyboard(board, engine, catalogue, engine_kind="offline", on_event=note)
        )
        await asyncio.wait_for(all_sent.wait(), 30)
        render.cancel()  # the window closes while the jobs are still running
        with pytest.raises(asyncio.CancelledError):
            await render
        for job_id in sent:
            await engine.wait(job_id, timeout=60)
    finally:
        await engine.aclose()

    reopened = Storyboard.load(board.path)
    assert [s.job_id for s in reopened.shots] == sent
    assert all(s.clip is None for s in reopened.shots)
    reopened.shots[1].prompt = "changed while the app was closed"
    second = offline_engine()
    try:
        # Shot 2's clip no longer fits its prompt: it is kept as a take, not chosen.
        assert attach_finished_jobs(reopened, second.jobs(), catalogue) == [0, 1]
        assert len(reopened.shots[1].takes) == 1 and reopened.shots[1].chosen_take is None
        reopened.save()
        assert [s.clip is not None for s in Storyboard.load(board.path).shots] == [True, False]
        report = await render_storyboard(reopened, second, catalogue, engine_kind="offline")
    finally:
        await second.aclose()
    assert report.submitted == 1
    assert [o.outcome for o in report.outcomes] == [Outcome.KEPT, Outcome.RENDERED]


def test_reopening_takes_the_newest_matching_job_and_keeps_paid_clips(tmp_path, catalogue):
    board = make_board(tmp_path, 1, model_id=PRO, values={"duration": 2})
    key = input_key(plan_shots(board, catalogue)[0])
    paid, preview, stale = (tmp_path / f"{n}.mp4" for n in ("paid", "preview", "stale"))
    for clip in (paid, preview, stale):
        clip.write_bytes(b"a clip")
    shot_id = board.shots[0].id

    def job(engine: str, state: JobState, created: float, files=(), job_key=key) -> Job:
        return Job(
            PRO,
            {},
            engine=engine,
            state=state,
            files=[str(f) for f in files],
            cost=0.12 if engine == "runcomfy" else None,
            created_at=created,
            origin={"storyboard": str(board.path), "shot_id": shot_id, "input_key": job_key},
        )

    jobs = [
        job("runcomfy", JobState.SUCCEEDED, 1.0, [paid]),
        job("offline", JobState.SUCCEEDED, 2.0, [preview]),
        job("runcomfy", JobState.SUCCEEDED, 3.0, [stale], job_key="inputs changed since"),
        job("runcomfy", JobState.RUNNING, 4.0),
        job("runcomfy", JobState.SUCCEEDED, 5.0, [tmp_path / "deleted.mp4"]),
    ]
    other_board = job("runcomfy", JobState.SUCCEEDED, 6.0, [stale])
    other_board.origin = {"storyboard": "elsewhere", "shot_id": "another shot", "input_key": key}
    assert attach_finished_jobs(board, [*reversed(jobs), other_board], catalogue) == [0]
    shot = board.shots[0]
    assert (shot.clip, shot.clip_engine, shot.cost) == (paid, "runcomfy", 0.12)
    assert shot.job_id == jobs[4].id and shot.job_state == "succeeded"
    assert shot_status(plan_shots(board, catalogue)[0]) is ShotStatus.DONE
    # Every generation is kept as a take: the preview and the one made before an edit too.
    assert [t.clip for t in shot.takes] == [paid, preview, stale]
    assert shot.chosen_take == jobs[0].id
    assert attach_finished_jobs(board, jobs, catalogue) == []  # nothing new the second time
    assert len(shot.takes) == 3


# --- the paid engine (the simulator on loopback, answering as RunComfy) ----------------------


async def test_paid_renders_show_the_total_price_first_and_record_costs(
    tmp_path, make_engine, catalogue, sim
):
    board = make_board(tmp_path, 2, model_id=PRO, values={"duration": 2})
    engine = make_engine()
    events: list[RenderEvent] = []
    try:
        preview = await render_storyboard(board, engine, catalogue, engine_kind="offline")
        assert preview.submitted == 2 and sim.submissions == []
        paid = await render_storyboard(
            board, engine, catalogue, engine_kind="runcomfy", on_event=events.append
        )
        again_offline = await render_storyboard(board, engine, catalogue, engine_kind="offline")
    finally:
        await engine.aclose()
    estimate = events[0].estimate
    assert estimate.total == pytest.approx(0.24)  # the simulator's $0.06 per second, 2 × 2 s
    assert events[0].message == "2 shots to render. Estimated total $0.24."
    assert paid.submitted == 2 and len(sim.submissions) == 2  # previews never replace paid clips
    assert [s.cost for s in board.shots] == [pytest.approx(0.12), pytest.approx(0.12)]
    assert paid.cost == pytest.approx(0.24)
    assert {s.clip_engine for s in board.shots} == {"runcomfy"}
    assert again_offline.submitted == 0  # a paid clip serves a preview render too


async def test_a_command_line_render_ends_when_a_shot_cannot_be_saved_and_keeps_it(
    tmp_path, make_engine, catalogue, sim
):
    board = make_board(tmp_path, 1, model_id=PRO, values={"duration": 2})
    (tmp_path / "library").write_text("a file where the library folder should be")
    engine = make_engine()
    try:
        report = await render_storyboard(
            board, engine, catalogue, engine_kind="runcomfy", patience=30.0
        )
    finally:
        await engine.aclose()
    [outcome] = report.outcomes
    assert outcome.outcome is Outcome.STILL_RUNNING
    assert "is a file, not a folder" in outcome.message
    assert "picked up when the board is opened again" in outcome.message
    [job] = engine.store.unfinished()
    assert job.state is JobState.DOWNLOAD_WAITING and len(sim.submissions) == 1


async def test_nothing_is_sent_when_a_price_cannot_be_read(tmp_path, make_engine, catalogue, sim):
    board = make_board(tmp_path, 2, model_id=PRO, values={"duration": 2})
    sim.api_faults.add(Fault(FaultKind.STATUS_500, match="model", count=100))
    engine = make_engine()
    try:
        estimate = await estimate_storyboard(board, engine, catalogue, engine_kind="runcomfy")
        assert not estimate.available and estimate.total is None
        assert estimate.summary().startswith("2 shots to render. Price unavailable:")
        with pytest.raises(PriceUnavailable, match="Nothing was sent"):
            await render_storyboard(board, engine, catalogue, engine_kind="runcomfy")
    finally:
        await engine.aclose()
    assert sim.submissions == [] and engine.jobs() == []


async def test_an_uncertain_shot_is_sent_again_only_when_asked_for_by_name(
    tmp_path, make_engine, catalogue, sim
):
    board = make_board(tmp_path, 2, model_id=PRO, values={"duration": 2})
    sim.api_faults.add(Fault(FaultKind.LOSE_SUBMIT_ANSWER))
    engine = make_engine()
    try:
        first = await render_storyboard(board, engine, catalogue, engine_kind="runcomfy")
        assert [o.outcome for o in first.outcomes] == [Outcome.UNCERTAIN, Outcome.RENDERED]
        assert board.shots[0].job_state == "uncertain"
        again = await render_storyboard(board, engine, catalogue, engine_kind="runcomfy")
        assert again.submitted == 0 and [o.outcome for o in again.outcomes] == [
            Outcome.UNCERTAIN,
            Outcome.KEPT,
        ]
        asked = await render_storyboard(board, engine, catalogue, engine_kind="runcomfy", only={0})
    finally:
        await engine.aclose()
    assert asked.submitted == 1 and asked.ok
    assert len(sim.submissions) == 3  # the lost answer's job, shot 2, and shot 1 once asked


# --- the command line ------------------------------------------------------------------------


def storyboard_command_is_wired() -> bool:
    from app.cli.main import build_parser

    parser = build_parser()
    return any(
        isinstance(action, argparse._SubParsersAction) and "storyboard" in action.choices
        for action in parser._actions
    )


def run_command(args: list[str], capsys) -> tuple[int, str, str]:
    """``python -m app storyboard …`` in a subprocess once the command is in app.cli's parser;
    until then, the command's own parser and function in this process."""
    if storyboard_command_is_wired():
        done = subprocess.run(
            [sys.executable, "-m", "app", "storyboard", *args],
            capture_output=True,
            text=True,
            env=dict(os.environ),
            timeout=120,
        )
        return done.returncode, done.stdout, done.stderr
    from app.cli.storyboard import add_parsers, cmd_storyboard

    parser = argparse.ArgumentParser(prog="storyreel")
    add_parsers(parser.add_subparsers(dest="command"))
    code = cmd_storyboard(parser.parse_args(["storyboard", *args]))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_command_renders_a_saved_board_and_writes_a_playable_mp4(tmp_path, capsys):
    board = make_board(tmp_path, 2, model_id=PRO, values={"resolution": "480p", "duration": 2})
    code, out, err = run_command([str(board.path), "--offline"], capsys)
    assert code == 0, err
    video = board.folder / "Demo.mp4"
    assert out.strip().splitlines() == [str(video), str(board.folder / "Demo.srt")]
    info = probe_video(video)
    assert info.duration_s == pytest.approx(4.0, abs=2 * 2 / FPS)
    assert info.frame_count == 96

    elsewhere = tmp_path / "exports"
    code, out, err = run_command(
        [str(board.path), "--offline", "--json", "--out", str(elsewhere)], capsys
    )
    assert code == 0, err
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["event"] for r in records if r["event"] == "kept"] == ["kept", "kept"]
    exported = next(r for r in records if r["event"] == "exported")
    assert records[-1] == {"event": "written", "path": str(elsewhere / "Demo.srt"), "kind": "srt"}
    assert exported["event"] == "exported" and exported["path"] == str(elsewhere / "Demo.mp4")
    assert exported["boundaries"] == [0.0, 2.0] and exported["held_shots"] == []
    assert probe_video(elsewhere / "Demo.mp4").frame_count == 96
