"""An audio reference as the preview's sound: decoded, resampled to the preview's rate in
stereo, cut to the video's length (with a short fade where it is cut) or padded with
silence, in the float samples :class:`~app.sim.preview.audio.AudioWriter` takes."""

from __future__ import annotations

from array import array
from pathlib import Path

import av
import av.error

from app.core.media.transcode import decoded_sound
from app.sim.preview.audio import AUDIO_RATE

_FADE_S = 0.3


def soundtrack(path: Path, samples: int) -> tuple[bytes, bytes]:
    """Left and right channel of ``path``'s sound as float32 samples, exactly ``samples``
    long. A clip that cannot be decoded gives silence rather than no preview."""
    left = array("f")
    right = array("f")
    try:
        for frame in decoded_sound(path, AUDIO_RATE, "stereo", samples / AUDIO_RATE):
            pcm = array("h", bytes(frame.planes[0])[: frame.samples * 4])
            left.extend(v / 32768 for v in pcm[0::2])
            right.extend(v / 32768 for v in pcm[1::2])
    except (av.error.FFmpegError, IndexError, OSError):
        pass
    cut = len(left) >= samples
    del left[samples:], right[samples:]
    if cut:
        fade = min(samples, round(_FADE_S * AUDIO_RATE))
        for k in range(fade):
            gain = k / fade
            left[samples - 1 - k] *= gain
            right[samples - 1 - k] *= gain
    missing = samples - len(left)
    if missing > 0:
        left.extend([0.0] * missing)
        right.extend([0.0] * missing)
    return left.tobytes(), right.tobytes()
