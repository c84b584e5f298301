"""What a finished simulated job serves: its inputs rendered, or one tiny ready-made MP4."""

from __future__ import annotations

import io
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.media.kinds import MediaKind
from app.sim.contract import DEFAULT_SECONDS, FPS
from app.sim.inputs import local_image, local_media
from app.sim.jobs import QueuedJob

if TYPE_CHECKING:
    from app.sim.render import RenderSpec


class RenderAborted(Exception):
    """Raised from the renderer's progress callback when the server stops."""


_tiny_video: bytes | None = None
_tiny_video_lock = threading.Lock()


def tiny_mp4() -> bytes:
    """A real, playable half-second 64×64 H.264 MP4, made once per process."""
    global _tiny_video
    with _tiny_video_lock:
        if _tiny_video is None:
            import av
            from PIL import Image

            buffer = io.BytesIO()
            with av.open(buffer, "w", format="mp4") as container:
                stream = container.add_stream("libx264", rate=FPS)
                stream.width, stream.height, stream.pix_fmt = 64, 64, "yuv420p"
                for index in range(FPS // 2):
                    picture = Image.new("RGB", (64, 64), (40 + index * 8, 80, 120))
                    container.mux(stream.encode(av.VideoFrame.from_image(picture)))
                container.mux(stream.encode(None))
            _tiny_video = buffer.getvalue()
        return _tiny_video


def render_spec(job: QueuedJob, inputs_dir: Path | None) -> RenderSpec:
    """What to render for ``job``: its size, length, frames and sound, from its inputs."""
    # Imported here: PyAV is only loaded once something is rendered.
    from app.sim.render import RenderSpec, output_size

    model, settings = job.model, job.settings
    first = local_image(job.first_frame, inputs_dir)
    last = local_image(job.last_frame, inputs_dir)
    references = [local_image(image, inputs_dir) for image in job.references]
    clips = [local_media(clip, MediaKind.VIDEO, inputs_dir) for clip in job.videos]
    sound = local_media(job.soundtrack, MediaKind.AUDIO, inputs_dir)
    shaping = job.first_frame if first is not None else None
    if shaping is None:
        shaping = next((r for r, p in zip(job.references, references, strict=True) if p), None)
    if shaping is None:
        shaping = next((c for c, p in zip(job.videos, clips, strict=True) if p), None)

    def role_value(role: str) -> Any:
        f = model.role(role)
        return None if f is None else settings.get(f.name)

    width, height = output_size(
        role_value("resolution"), role_value("ratio"), shaping.size if shaping else None
    )
    frames_field = model.role("duration_frames")
    if frames_field is not None and isinstance(settings.get(frames_field.name), int):
        frame_count = settings[frames_field.name]
    else:
        frame_count = round((model.duration_seconds(settings) or DEFAULT_SECONDS) * FPS)
    seed = role_value("seed")
    return RenderSpec(
        width=width,
        height=height,
        fps=FPS,
        frame_count=max(1, int(frame_count)),
        first_frame=first,
        last_frame=last,
        references=tuple(p for p in references if p is not None),
        audio=role_value("audio") is True,
        clips=tuple(p for p in clips if p is not None),
        soundtrack=sound,
        title=_title(job) if shaping is None else "",
        seed=seed if isinstance(seed, int) and not isinstance(seed, bool) and seed >= 0 else None,
    )


def _title(job: QueuedJob) -> str:
    """The prompt, for the title card of a job with no picture at all."""
    prompt = job.model.role("prompt")
    value = job.settings.get(prompt.name) if prompt is not None else None
    return value if isinstance(value, str) else ""
