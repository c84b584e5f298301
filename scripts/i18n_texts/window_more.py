"""Translations of the window's last English texts: the dialog that refuses to start, the
units and counts of the image and media rule rows, and smaller texts across the window.

Each entry: English source -> (Italian, German, Chinese (Simplified), Korean).
A counted text (%n) gives Italian and German as (one, other). A unit keeps the number's
place ({number}); Chinese and Korean write seconds and minutes in their own words, the
symbols (px, MB, fps, Hz) stay as they are everywhere.
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
    # -- the rule rows' names for a clip (an image's are in panel.py) --
    "Length": ("Durata", "Dauer", "时长", "길이"),
    "Frame rate": ("Frequenza fotogrammi", "Bildrate", "帧率", "프레임 레이트"),
    "Sample rate": ("Frequenza di campionamento", "Abtastrate", "采样率", "샘플링 레이트"),
    "Channels": ("Canali", "Kanäle", "声道", "채널"),
    "Size to send": ("Dimensione da inviare", "Sendegröße", "发送大小", "보낼 크기"),
    # -- the rule rows' values that are words or counts --
    "unknown": ("sconosciuto", "unbekannt", "未知", "알 수 없음"),
    "mono": ("mono", "Mono", "单声道", "모노"),
    "stereo": ("stereo", "Stereo", "立体声", "스테레오"),
    "%n channels": (
        ("%n canale", "%n canali"),
        ("%n Kanal", "%n Kanäle"),
        "%n 个声道",
        "%n채널",
    ),
    # -- units after a number --
    "{number} px": ("{number} px", "{number} px", "{number} px", "{number}px"),
    "{number} kB": ("{number} kB", "{number} kB", "{number} KB", "{number}KB"),
    "{number} MB": ("{number} MB", "{number} MB", "{number} MB", "{number}MB"),
    "{number} MiB": ("{number} MiB", "{number} MiB", "{number} MiB", "{number}MiB"),
    "{number} s": ("{number} s", "{number} s", "{number} 秒", "{number}초"),
    "{number} min": ("{number} min", "{number} Min.", "{number} 分钟", "{number}분"),
    "{number} fps": ("{number} fps", "{number} fps", "{number} fps", "{number}fps"),
    "{number} Hz": ("{number} Hz", "{number} Hz", "{number} Hz", "{number}Hz"),
    "{number} kHz": ("{number} kHz", "{number} kHz", "{number} kHz", "{number}kHz"),
    "%n frames ≈ {seconds}": (
        ("%n fotogramma ≈ {seconds}", "%n fotogrammi ≈ {seconds}"),
        ("%n Frame ≈ {seconds}", "%n Frames ≈ {seconds}"),
        "%n 帧 ≈ {seconds}",
        "%n프레임 ≈ {seconds}",
    ),
    # -- a rule that passed: "Length 5.2 s is at most 10 s." --
    "{label} {actual} is less than {limit}.": (
        "{label}: {actual}, inferiore a {limit}.",
        "{label} beträgt {actual} und liegt unter {limit}.",
        "{label}为 {actual}，小于 {limit}。",
        "{label}이(가) {actual}(으)로 {limit} 미만입니다.",
    ),
    "{label} {actual} is more than {limit}.": (
        "{label}: {actual}, superiore a {limit}.",
        "{label} beträgt {actual} und liegt über {limit}.",
        "{label}为 {actual}，大于 {limit}。",
        "{label}이(가) {actual}(으)로 {limit} 초과입니다.",
    ),
    "{label} {actual} is at most {limit}.": (
        "{label}: {actual}, al massimo {limit}.",
        "{label} beträgt {actual}, höchstens {limit}.",
        "{label}为 {actual}，不超过 {limit}。",
        "{label}이(가) {actual}(으)로 {limit} 이하입니다.",
    ),
    "{label} {actual} is at least {limit}.": (
        "{label}: {actual}, almeno {limit}.",
        "{label} beträgt {actual}, mindestens {limit}.",
        "{label}为 {actual}，至少为 {limit}。",
        "{label}이(가) {actual}(으)로 {limit} 이상입니다.",
    ),
    # -- a clip sent from a file: its format and its size --
    "{fmt} can be sent as it is.": (
        "{fmt} può essere inviato così com'è.",
        "{fmt} kann unverändert gesendet werden.",
        "{fmt} 可以直接发送。",
        "{fmt}은(는) 그대로 보낼 수 있습니다.",
    ),
    "{size} fits in the {mib} MiB RunComfy takes from a file.": (
        "{size} rientra nei {mib} MiB che RunComfy accetta da un file.",
        "{size} passt in die {mib} MiB, die RunComfy aus einer Datei annimmt.",
        "{size} 未超过 RunComfy 对文件的 {mib} MiB 上限。",
        "{size}는 RunComfy가 파일로 받는 {mib}MiB 안에 들어갑니다.",
    ),
    "{size} is more than the {mib} MiB RunComfy takes from a file. Make it smaller, or give "
    "a URL to the file instead.": (
        "{size} supera i {mib} MiB che RunComfy accetta da un file. Riducilo, oppure indica "
        "un URL del file.",
        "{size} ist mehr als die {mib} MiB, die RunComfy aus einer Datei annimmt. Verkleinern "
        "Sie die Datei oder geben Sie stattdessen eine URL zur Datei an.",
        "{size} 超过了 RunComfy 对文件的 {mib} MiB 上限。请缩小文件，或改为提供文件的 URL。",
        "{size}는 RunComfy가 파일로 받는 {mib}MiB보다 큽니다. 크기를 줄이거나 파일의 URL을 "
        "대신 입력하세요.",
    ),
    "{fmt} cannot be sent from a file; RunComfy takes {inline} only. Convert it, or give a "
    "URL to the file instead.": (
        "{fmt} non può essere inviato da un file; RunComfy accetta solo {inline}. Convertilo, "
        "oppure indica un URL del file.",
        "{fmt} kann nicht aus einer Datei gesendet werden; RunComfy nimmt nur {inline} an. "
        "Konvertieren Sie die Datei oder geben Sie stattdessen eine URL zur Datei an.",
        "{fmt} 无法以文件形式发送；RunComfy 仅接受 {inline}。请转换格式，或改为提供文件的 URL。",
        "{fmt}은(는) 파일로 보낼 수 없습니다. RunComfy는 {inline}만 받습니다. 변환하거나 "
        "파일의 URL을 대신 입력하세요.",
    ),
    "The video is stored on its side and shown turned by {degrees}°; it is sent turned "
    "upright, so that every server sees it as you do. Convert it.": (
        "Il video è salvato di lato e mostrato ruotato di {degrees}°; viene inviato dritto, "
        "così ogni server lo vede come lo vedi tu. Convertilo.",
        "Das Video ist seitlich gespeichert und wird um {degrees}° gedreht angezeigt; es wird "
        "aufrecht gesendet, damit jeder Server es so sieht wie Sie. Konvertieren Sie es.",
        "该视频以侧向存储，显示时旋转了 {degrees}°；发送时会转正，"
        "让每个服务器看到的都和你看到的一样。请转换它。",
        "이 동영상은 옆으로 저장되어 {degrees}° 돌려서 표시됩니다. 어느 서버에서나 보이는 그대로 "
        "보이도록 바로 세워서 보냅니다. 변환하세요.",
    ),
    "Storyreel cannot check the rule '{rule}'; the server will.": (
        "Storyreel non può verificare la regola '{rule}'; lo farà il server.",
        "Storyreel kann die Regel „{rule}“ nicht prüfen; das übernimmt der Server.",
        "Storyreel 无法检查规则“{rule}”，将由服务器检查。",
        "Storyreel은 '{rule}' 규칙을 확인할 수 없습니다. 서버가 확인합니다.",
    ),
    # -- an image dropped or pasted as data --
    "The dropped image": (
        "L'immagine rilasciata",
        "Das abgelegte Bild",
        "拖入的图像",
        "놓은 이미지",
    ),
    "The pasted image could not be saved as PNG.": (
        "Impossibile salvare come PNG l'immagine incollata.",
        "Das eingefügte Bild konnte nicht als PNG gespeichert werden.",
        "粘贴的图像无法保存为 PNG。",
        "붙여 넣은 이미지를 PNG로 저장하지 못했습니다.",
    ),
    # -- a deleted take's file --
    "{name} is no longer there.": (
        "{name} non c'è più.",
        "{name} ist nicht mehr vorhanden.",
        "{name} 已不存在。",
        "{name}이(가) 더 이상 없습니다.",
    ),
    "Another file is now at {path}; the take was left aside.": (
        "Ora c'è un altro file in {path}; la ripresa è stata messa da parte.",
        "Unter {path} liegt jetzt eine andere Datei; der Take wurde beiseitegelegt.",
        "{path} 处现在有另一个文件；该镜次已被搁置。",
        "{path}에 이제 다른 파일이 있어 테이크를 따로 두었습니다.",
    ),
    "{name} is no longer in the trash (it was emptied), so the take cannot come back.": (
        "{name} non è più nel cestino (è stato svuotato), quindi la ripresa non può tornare.",
        "{name} ist nicht mehr im Papierkorb (er wurde geleert), daher kann der Take nicht "
        "zurückkehren.",
        "{name} 已不在回收站中（回收站已清空），因此该镜次无法恢复。",
        "{name}이(가) 휴지통에 더 이상 없어(휴지통을 비웠습니다) 테이크를 되돌릴 수 없습니다.",
    ),
    # -- the file name offered for a storyboard's shot list --
    "{name} shot list": (
        "{name} elenco inquadrature",
        "{name} Shotliste",
        "{name} 镜头表",
        "{name} 샷 목록",
    ),
    # -- a storyboard's shots and frames that cannot be sent as they are --
    "Shot {n}: {reason}": (
        "Inquadratura {n}: {reason}",
        "Shot {n}: {reason}",
        "镜头 {n}：{reason}",
        "샷 {n}: {reason}",
    ),
    "Shot {n} was not sent: {reason}": (
        "L'inquadratura {n} non è stata inviata: {reason}",
        "Shot {n} wurde nicht gesendet: {reason}",
        "镜头 {n} 未发送：{reason}",
        "샷 {n}을(를) 보내지 않았습니다: {reason}",
    ),
    "{frame}: {reason}": (
        "{frame}: {reason}",
        "{frame}: {reason}",
        "{frame}：{reason}",
        "{frame}: {reason}",
    ),
    "{frame}: the image file {path} is missing.": (
        "{frame}: il file immagine {path} non c'è.",
        "{frame}: Die Bilddatei {path} fehlt.",
        "{frame}：图像文件 {path} 不存在。",
        "{frame}: 이미지 파일 {path}이(가) 없습니다.",
    ),
    # -- an image file cut short, too large to read, or animated --
    "the file ends before its image data does": (
        "il file finisce prima dei suoi dati d'immagine",
        "die Datei endet vor ihren Bilddaten",
        "文件在图像数据结束之前就结束了",
        "이미지 데이터가 끝나기 전에 파일이 끝납니다",
    ),
    "its frames are damaged": (
        "i suoi fotogrammi sono danneggiati",
        "ihre Einzelbilder sind beschädigt",
        "其中的帧已损坏",
        "프레임이 손상되었습니다",
    ),
    "{name} is incomplete: {reason}. It cannot be repaired: save or export it again from the "
    "original, or download it again.": (
        "{name} è incompleto: {reason}. Non può essere riparato: salvalo o esportalo di nuovo "
        "dall'originale, oppure scaricalo di nuovo.",
        "{name} ist unvollständig: {reason}. Die Datei lässt sich nicht reparieren: Speichern "
        "oder exportieren Sie sie erneut aus dem Original oder laden Sie sie erneut herunter.",
        "{name} 不完整：{reason}。它无法修复：请从原文件重新保存或导出，或重新下载。",
        "{name}이(가) 불완전합니다: {reason}. 복구할 수 없으니 원본에서 다시 저장하거나 "
        "내보내거나, 다시 내려받으세요.",
    ),
    "{size} is more than the {mp} megapixels Storyreel can read safely. Save a smaller copy of "
    "it in an image editor.": (
        "{size} supera i {mp} megapixel che Storyreel può leggere in sicurezza. Salvane una "
        "copia più piccola con un editor di immagini.",
        "{size} sind mehr als die {mp} Megapixel, die Storyreel sicher lesen kann. Speichern "
        "Sie in einem Bildbearbeitungsprogramm eine kleinere Kopie.",
        "{size} 超过了 Storyreel 能安全读取的 {mp} 百万像素。请在图像编辑器中另存一个更小的副本。",
        "{size}는 Storyreel이 안전하게 읽을 수 있는 {mp}메가픽셀보다 큽니다. 이미지 편집기에서 "
        "더 작은 사본을 저장하세요.",
    ),
    "Animated image: only its first frame is used.": (
        "Immagine animata: si usa solo il primo fotogramma.",
        "Animiertes Bild: Nur das erste Bild wird verwendet.",
        "动图：只使用第一帧。",
        "움직이는 이미지: 첫 프레임만 사용합니다.",
    ),
    "{number} megapixels": (
        "{number} megapixel",
        "{number} Megapixel",
        "{number} 百万像素",
        "{number}메가픽셀",
    ),
    # -- the built-in models' notes (resources/models/*.json) --
    "Image to video from a first frame, 2 to 12 seconds, up to 1080p, with a choice of aspect "
    "ratio.": (
        "Da immagine a video a partire da un fotogramma iniziale, da 2 a 12 secondi, fino a "
        "1080p, con proporzioni a scelta.",
        "Bild zu Video aus einem Startbild, 2 bis 12 Sekunden, bis 1080p, mit wählbarem "
        "Seitenverhältnis.",
        "由首帧图生视频，2 到 12 秒，最高 1080p，可选宽高比。",
        "첫 프레임으로 만드는 이미지-동영상 변환, 2~12초, 최대 1080p, 화면 비율 선택 가능.",
    ),
    "Image to video from a first frame and an optional last frame, 5 or 10 seconds. The last "
    "frame has no effect at 1080p.": (
        "Da immagine a video a partire da un fotogramma iniziale e da un fotogramma finale "
        "facoltativo, 5 o 10 secondi. A 1080p il fotogramma finale non ha effetto.",
        "Bild zu Video aus einem Startbild und einem optionalen Endbild, 5 oder 10 Sekunden. "
        "Bei 1080p wirkt sich das Endbild nicht aus.",
        "由首帧和可选的尾帧图生视频，5 或 10 秒。1080p 时尾帧不起作用。",
        "첫 프레임과 선택적인 마지막 프레임으로 만드는 이미지-동영상 변환, 5초 또는 10초. "
        "1080p에서는 마지막 프레임이 적용되지 않습니다.",
    ),
    "Cinematic image to video with generated audio and lip sync, 4 to 12 seconds, camera "
    "control.": (
        "Da immagine a video cinematografico con audio generato e sincronizzazione labiale, "
        "da 4 a 12 secondi, controllo della camera.",
        "Filmisches Bild zu Video mit generiertem Ton und Lippensynchronisation, 4 bis 12 "
        "Sekunden, Kamerasteuerung.",
        "电影感图生视频，带生成音频和口型同步，4 到 12 秒，可控运镜。",
        "생성된 오디오와 립싱크가 있는 영화 같은 이미지-동영상 변환, 4~12초, 카메라 제어.",
    ),
    "Video guided by one to four reference images, 2 to 12 seconds, up to 720p, with a seed.": (
        "Video guidato da una a quattro immagini di riferimento, da 2 a 12 secondi, fino a "
        "720p, con seed.",
        "Video, geführt von einem bis vier Referenzbildern, 2 bis 12 Sekunden, bis 720p, mit "
        "Seed.",
        "由一到四张参考图引导的视频，2 到 12 秒，最高 720p，支持种子。",
        "참조 이미지 1~4장으로 이끄는 동영상, 2~12초, 최대 720p, 시드 지원.",
    ),
    "Image to video in 2K with precise prompt fidelity, 121 or 241 frames, with a seed. JPEG "
    "or PNG only.": (
        "Da immagine a video in 2K con fedeltà precisa al prompt, 121 o 241 fotogrammi, con "
        "seed. Solo JPEG o PNG.",
        "Bild zu Video in 2K mit genauer Prompt-Treue, 121 oder 241 Frames, mit Seed. Nur "
        "JPEG oder PNG.",
        "2K 图生视频，精准遵循提示词，121 或 241 帧，支持种子。仅限 JPEG 或 PNG。",
        "프롬프트를 정확히 따르는 2K 이미지-동영상 변환, 121 또는 241프레임, 시드 지원. "
        "JPEG 또는 PNG만 가능.",
    ),
    # -- a Qt date format: a day on the spending chart's axis (Qt's letters, not words) --
    "MMM d": ("d MMM", "d. MMM", "M月d日", "M월 d일"),
}

# English singulars of the counted texts above.
PLURALS = {
    "%n channels": "%n channel",
    "%n frames ≈ {seconds}": "%n frame ≈ {seconds}",
}
