"""Translations of what is said of a clip no picture can be taken from (context "Errors").

Each entry: English source -> (Italian, German, Chinese (Simplified), Korean).
"""

TEXTS = {
    "{name} has no video frames.": (
        "{name} non contiene fotogrammi video.",
        "{name} enthält keine Videobilder.",
        "{name} 不含任何视频帧。",
        "{name}에 동영상 프레임이 없습니다.",
    ),
}
