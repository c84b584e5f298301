"""Drop zones for video and audio inputs: probing on a worker, the verdict, the fix, and
inline playback (the window's player for video, a small audio player for sound)."""
