"""Video files on local disk, with PyAV: probing clips, the last frame, joining a sequence.

Local file work only (no network), so it lives in the core. The work is in three modules;
this one gathers their public names so that callers import them from one place:

* :mod:`app.core.video_reading`: what a clip is (:func:`probe_video`) and its last frame
  (:func:`last_frame`);
* :mod:`app.core.video_export`: joining clips and held stills (:func:`export_sequence`),
  by copying packets when the clips match;
* :mod:`app.core.video_reencode`: the re-encoding road of the joining otherwise.
"""

from __future__ import annotations

from app.core.video_export import ExportResult, export_sequence
from app.core.video_reading import DEFAULT_FPS, VideoError, VideoInfo, last_frame, probe_video
from app.core.video_reencode import AUDIO_LAYOUT, AUDIO_RATE, STILL_BOX, SegmentSource

__all__ = [
    "AUDIO_LAYOUT",
    "AUDIO_RATE",
    "DEFAULT_FPS",
    "STILL_BOX",
    "ExportResult",
    "SegmentSource",
    "VideoError",
    "VideoInfo",
    "export_sequence",
    "last_frame",
    "probe_video",
]
