"""Translations of the window's last English texts: the dialog that refuses to start, the
units and counts of the image and media rule rows, and smaller texts across the window.

Each entry: English source -> (Italian, German, Chinese (Simplified), Korean).
"""

TEXTS = {
    # -- the start-up refusal (a data folder Storyreel cannot use) --
    "Storyreel cannot start": (
        "Impossibile avviare Storyreel",
        "Storyreel kann nicht starten",
        "Storyreel 无法启动",
        "Storyreel을 시작할 수 없습니다",
    ),
    "Your jobs, videos and settings are untouched.": (
        "I tuoi lavori, i video e le impostazioni sono rimasti intatti.",
        "Ihre Aufträge, Videos und Einstellungen bleiben unverändert.",
        "你的任务、视频和设置均未改动。",
        "작업, 동영상, 설정은 그대로 유지됩니다.",
    ),
}
