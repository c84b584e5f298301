"""A four-shot board for the hand-off tests: three shots rendered as real preview clips (at a
chosen frame rate), the fourth not rendered yet, each with a prompt and most with a note."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from app.core.catalogue import Catalogue
from app.core.storyboard import Storyboard, input_key, plan_shot
from app.sim.render import RenderSpec, render_preview

COLOURS = [(220, 40, 40), (40, 200, 60), (40, 60, 220), (230, 210, 40)]
DREAMINA = "bytedance/dreamina-3-0/pro/image-to-video"
PROMPTS = [
    "The boats drift out of the mist",
    "Gulls lift off the pier",
    "A lighthouse beam sweeps the water",
    "The harbour lights go out one by one",
]
NOTES = ["MAYA: We leave at dawn.", "", "Wide: hold on the beam.", "Fade to black."]


def make_board(
    folder: Path, catalogue: Catalogue, *, fps: int = 24, frames: int = 24
) -> Storyboard:
    """Saved at folder/Harbour.storyboard.json; clips in folder/clips, frames in folder/frames."""
    (folder / "frames").mkdir(parents=True, exist_ok=True)
    (folder / "clips").mkdir(exist_ok=True)
    for n, colour in enumerate(COLOURS, start=1):
        Image.new("RGB", (640, 360), colour).save(folder / "frames" / f"frame{n}.png")
    board = Storyboard(prompt="")
    board.add_frames(folder / "frames")
    board.shots[0].model_id = DREAMINA
    board.shots[0].values = {"seed": 1234}
    for n, (shot, prompt, note) in enumerate(zip(board.shots, PROMPTS, NOTES, strict=True)):
        shot.prompt, shot.note = prompt, note
        if n == 3:
            continue  # not rendered: held as its frame
        clip = folder / "clips" / f"shot{n + 1}.mp4"
        spec = RenderSpec(320, 180, fps, frames + 6 * n, first_frame=board.frames[n].image, seed=7)
        render_preview(spec, clip)
        shot.clip = clip
        shot.request_id = f"req-{n + 1}"
        shot.cost = 0.25 * (n + 1)
        shot.job_state = "succeeded"
        shot.input_key = input_key(plan_shot(board, n, catalogue))
    board.save(folder / "Harbour.storyboard.json")
    return board
