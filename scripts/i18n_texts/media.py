"""Translations of the video and audio inputs, the framing tool, an image's failing rule and
its fixes, the note of a shot, the appearance setting, and the texts added to the window,
the welcome and the player since.

Each entry: English source -> (Italian, German, Chinese (Simplified), Korean).
A counted text (%n) gives Italian and German as (one, other).
"""

TEXTS = {
    # -- video and audio inputs --
    "Videos": ("Video", "Videos", "视频", "동영상"),
    "Audio": ("Audio", "Audio", "音频", "오디오"),
    "audio clip": ("clip audio", "Audioclip", "音频片段", "오디오 클립"),
    "Drop a video here": (
        "Rilascia qui un video",
        "Video hier ablegen",
        "将视频拖到这里",
        "여기에 동영상을 놓으세요",
    ),
    "Drop an audio clip here": (
        "Rilascia qui una clip audio",
        "Audioclip hier ablegen",
        "将音频片段拖到这里",
        "여기에 오디오 클립을 놓으세요",
    ),
    "Choose file…": ("Scegli file…", "Datei wählen…", "选择文件…", "파일 선택…"),
    "Choose a file": ("Scegli un file", "Datei wählen", "选择文件", "파일 선택"),
    "…or paste a URL and press Enter": (
        "…oppure incolla un URL e premi Invio",
        "…oder eine URL einfügen und Eingabe drücken",
        "…或粘贴 URL 并按回车键",
        "…또는 URL을 붙여넣고 Enter를 누르세요",
    ),
    "URL of the {noun}": ("URL ({noun})", "URL ({noun})", "{noun}的 URL", "{noun} URL"),
    "Fetching…": ("Recupero…", "Wird abgerufen…", "正在获取…", "가져오는 중…"),
    "Fetching… {done}": ("Recupero… {done}", "Wird abgerufen… {done}", "正在获取… {done}",
                         "가져오는 중… {done}"),
    "Fetching… {done} of {total}": (
        "Recupero… {done} di {total}",
        "Wird abgerufen… {done} von {total}",
        "正在获取… {done} / {total}",
        "가져오는 중… {done} / {total}",
    ),
    "Fix: {title}": ("Correggi: {title}", "Korrigieren: {title}", "修正：{title}", "수정: {title}"),
    "The fix failed: {message}": (
        "La correzione non è riuscita: {message}",
        "Die Korrektur ist fehlgeschlagen: {message}",
        "修正失败：{message}",
        "수정하지 못했습니다: {message}",
    ),
    "still being checked": ("ancora in verifica", "wird noch geprüft", "仍在检查", "아직 확인 중"),
    "the fix is still being made": (
        "la correzione è ancora in corso",
        "die Korrektur läuft noch",
        "仍在修正",
        "아직 수정 중",
    ),
    "{name} cannot be read ({error}).": (
        "Impossibile leggere {name} ({error}).",
        "{name} kann nicht gelesen werden ({error}).",
        "无法读取 {name}（{error}）。",
        "{name}을(를) 읽을 수 없습니다({error}).",
    ),
    "Video {n}: ": ("Video {n}: ", "Video {n}: ", "视频 {n}：", "동영상 {n}: "),
    "Audio clip {n}: ": ("Clip audio {n}: ", "Audioclip {n}: ", "音频片段 {n}：", "오디오 클립 {n}: "),
    "{label} is required: add a video.": (
        "{label}: obbligatorio, aggiungi un video.",
        "{label} ist erforderlich: Fügen Sie ein Video hinzu.",
        "{label}为必填项：请添加一个视频。",
        "{label}은(는) 필수입니다. 동영상을 추가하세요.",
    ),
    "{label} is required: add an audio clip.": (
        "{label}: obbligatorio, aggiungi una clip audio.",
        "{label} ist erforderlich: Fügen Sie einen Audioclip hinzu.",
        "{label}为必填项：请添加一个音频片段。",
        "{label}은(는) 필수입니다. 오디오 클립을 추가하세요.",
    ),
    "{label}: {item}{message}": (
        "{label}: {item}{message}",
        "{label}: {item}{message}",
        "{label}：{item}{message}",
        "{label}: {item}{message}",
    ),
    "Sent from files, these clips make a request of {size} MB; RunComfy takes at most {limit} "
    "MB in one request. Give URLs for some of them, or use fewer or shorter clips.": (
        "Inviate come file, queste clip formano una richiesta di {size} MB; RunComfy accetta "
        "al massimo {limit} MB per richiesta. Indica un URL per alcune di esse, oppure usa "
        "clip più brevi o in numero minore.",
        "Als Dateien gesendet ergeben diese Clips eine Anfrage von {size} MB; RunComfy nimmt "
        "höchstens {limit} MB pro Anfrage an. Geben Sie für einige davon URLs an, oder "
        "verwenden Sie weniger oder kürzere Clips.",
        "以文件发送时，这些片段组成的请求为 {size} MB；RunComfy 每次请求最多接受 {limit} MB。"
        "请为其中一些片段提供 URL，或使用更少或更短的片段。",
        "파일로 보내면 이 클립들의 요청 크기가 {size}MB입니다. RunComfy는 한 번의 요청에 최대 "
        "{limit}MB까지 받습니다. 일부는 URL로 지정하거나, 클립 수를 줄이거나 더 짧은 클립을 "
        "쓰세요.",
    ),
    "Choose video for {label}": (
        "Scegli video per {label}",
        "Video für {label} wählen",
        "为{label}选择视频",
        "{label} 동영상 선택",
    ),
    "Choose audio for {label}": (
        "Scegli audio per {label}",
        "Audio für {label} wählen",
        "为{label}选择音频",
        "{label} 오디오 선택",
    ),
    "Drop video on {label}": (
        "Rilascia video su {label}",
        "Video auf {label} ablegen",
        "将视频拖到{label}",
        "{label}에 동영상 놓기",
    ),
    "Drop audio on {label}": (
        "Rilascia audio su {label}",
        "Audio auf {label} ablegen",
        "将音频拖到{label}",
        "{label}에 오디오 놓기",
    ),
    "Fix video in {label}": (
        "Correggi video in {label}",
        "Video in {label} korrigieren",
        "修正{label}中的视频",
        "{label} 동영상 수정",
    ),
    "Fix audio in {label}": (
        "Correggi audio in {label}",
        "Audio in {label} korrigieren",
        "修正{label}中的音频",
        "{label} 오디오 수정",
    ),
    "Paste video URL into {label}": (
        "Incolla URL del video in {label}",
        "Video-URL in {label} einfügen",
        "将视频 URL 粘贴到{label}",
        "{label}에 동영상 URL 붙여넣기",
    ),
    "Paste audio URL into {label}": (
        "Incolla URL dell'audio in {label}",
        "Audio-URL in {label} einfügen",
        "将音频 URL 粘贴到{label}",
        "{label}에 오디오 URL 붙여넣기",
    ),
    "Remove video from {label}": (
        "Rimuovi video da {label}",
        "Video aus {label} entfernen",
        "从{label}移除视频",
        "{label}에서 동영상 제거",
    ),
    "Remove audio from {label}": (
        "Rimuovi audio da {label}",
        "Audio aus {label} entfernen",
        "从{label}移除音频",
        "{label}에서 오디오 제거",
    ),
    "Play or pause the clip": (
        "Riproduci o metti in pausa la clip",
        "Clip abspielen oder anhalten",
        "播放或暂停片段",
        "클립 재생 또는 일시 정지",
    ),
    # -- the framing tool and the pad fills --
    "Frame…": ("Inquadra…", "Ausschnitt…", "取景…", "프레이밍…"),
    "Frame…: choose the part of the picture the shot keeps, at the shot's aspect ratio.": (
        "Inquadra…: scegli la parte dell'immagine che l'inquadratura tiene, nelle sue "
        "proporzioni.",
        "Ausschnitt…: Wählen Sie den Teil des Bildes, den der Shot behält, im "
        "Seitenverhältnis des Shots.",
        "取景…：按镜头的宽高比，选择镜头保留的图像部分。",
        "프레이밍…: 샷의 화면 비율에 맞춰 샷에 남길 그림 부분을 고릅니다.",
    ),
    "Choose the part of the selected frame the shot keeps, at the shot's aspect ratio "
    "(Ctrl+Shift+F)": (
        "Scegli la parte del fotogramma selezionato che l'inquadratura tiene, nelle sue "
        "proporzioni (Ctrl+Maiusc+F)",
        "Den Teil des ausgewählten Bildes wählen, den der Shot behält, im Seitenverhältnis "
        "des Shots (Strg+Umschalt+F)",
        "按镜头的宽高比，选择所选画面中镜头保留的部分（Ctrl+Shift+F）",
        "샷의 화면 비율에 맞춰 선택한 프레임에서 샷에 남길 부분을 고릅니다(Ctrl+Shift+F)",
    ),
    "Frame image": ("Inquadra immagine", "Bildausschnitt wählen", "图像取景", "이미지 프레이밍"),
    "Frame {name}": ("Inquadra {name}", "Ausschnitt: {name}", "取景：{name}", "프레이밍: {name}"),
    "Frame {n} is framed: Undo brings the whole picture back.": (
        "Il fotogramma {n} è inquadrato: Annulla riporta l'immagine intera.",
        "Für Bild {n} ist ein Ausschnitt gewählt: Rückgängig holt das ganze Bild zurück.",
        "画面 {n} 已取景：撤销可恢复完整图像。",
        "프레임 {n}을(를) 프레이밍했습니다. 실행 취소하면 전체 그림으로 돌아갑니다.",
    ),
    "Select a frame to frame it.": (
        "Seleziona un fotogramma per inquadrarlo.",
        "Wählen Sie ein Bild aus, um seinen Ausschnitt festzulegen.",
        "请先选择要取景的画面。",
        "프레이밍할 프레임을 선택하세요.",
    ),
    "The frame was removed before its framed copy was ready: {path}.": (
        "Il fotogramma è stato rimosso prima che la sua copia inquadrata fosse pronta: {path}.",
        "Das Bild wurde entfernt, bevor sein Ausschnitt fertig war: {path}.",
        "取景副本完成前，该画面已被移除：{path}。",
        "프레이밍한 사본이 준비되기 전에 프레임이 제거되었습니다: {path}.",
    ),
    "The image of frame {n} is missing, so it cannot be framed.": (
        "L'immagine del fotogramma {n} manca, quindi non si può inquadrare.",
        "Das Bild {n} fehlt, daher kann kein Ausschnitt gewählt werden.",
        "画面 {n} 的图像文件缺失，无法取景。",
        "프레임 {n}의 이미지가 없어서 프레이밍할 수 없습니다.",
    ),
    "That region cannot be made to pass this model's size rules; frame a larger part of the "
    "picture.": (
        "Quell'area non può rispettare le regole di dimensione di questo modello; inquadra una "
        "parte più ampia dell'immagine.",
        "Dieser Bereich kann die Größenregeln dieses Modells nicht erfüllen; wählen Sie einen "
        "größeren Ausschnitt des Bildes.",
        "该区域无法满足此模型的尺寸规则；请框选图像中更大的部分。",
        "그 영역은 이 모델의 크기 규칙을 충족할 수 없습니다. 그림의 더 큰 부분을 프레이밍하세요.",
    ),
    "Framing rectangle": ("Rettangolo d'inquadratura", "Ausschnittsrahmen", "取景框", "프레이밍 사각형"),
    "{width} × {height} px from {left}, {top}": (
        "{width} × {height} px da {left}, {top}",
        "{width} × {height} px ab {left}, {top}",
        "{width} × {height} 像素，起点 {left}, {top}",
        "{left}, {top}부터 {width} × {height}px",
    ),
    "Keeps {width} × {height} px, from {left}, {top}.": (
        "Tiene {width} × {height} px, da {left}, {top}.",
        "Behält {width} × {height} px, ab {left}, {top}.",
        "保留 {width} × {height} 像素，起点 {left}, {top}。",
        "{left}, {top}부터 {width} × {height}px를 남깁니다.",
    ),
    "Drag the frame to choose what the shot keeps, or a corner to resize it; the aspect ratio "
    "stays {ratio}. Arrow keys move it (with Shift, ten pixels at a time), + and − resize it, "
    "Home centres it, F makes it as large as it can be.": (
        "Trascina il riquadro per scegliere cosa tiene l'inquadratura, o un angolo per "
        "ridimensionarlo; le proporzioni restano {ratio}. I tasti freccia lo spostano (con "
        "Maiusc, dieci pixel alla volta), + e − lo ridimensionano, Home lo centra, F lo rende "
        "il più grande possibile.",
        "Ziehen Sie den Rahmen, um zu wählen, was der Shot behält, oder eine Ecke, um seine "
        "Größe zu ändern; das Seitenverhältnis bleibt {ratio}. Die Pfeiltasten verschieben ihn "
        "(mit Umschalt zehn Pixel auf einmal), + und − ändern die Größe, Pos1 zentriert ihn, "
        "F macht ihn so groß wie möglich.",
        "拖动取景框选择镜头保留的内容，拖动角可调整大小；宽高比保持为 {ratio}。方向键移动"
        "取景框（按住 Shift 每次移动十个像素），+ 和 − 调整大小，Home 居中，F 放到最大。",
        "틀을 끌어 샷에 남길 부분을 고르고, 모서리를 끌어 크기를 바꿉니다. 화면 비율은 "
        "{ratio}(으)로 유지됩니다. 화살표 키로 옮기고(Shift를 누르면 10픽셀씩), + 와 −로 크기를 "
        "바꾸고, Home으로 가운데에 두고, F로 가능한 한 크게 만듭니다.",
    ),
    "Thin lines: the rule of thirds. Dashed line: the title-safe area, where text stays "
    "visible on every screen.": (
        "Linee sottili: la regola dei terzi. Linea tratteggiata: l'area sicura per i titoli, "
        "dove il testo resta visibile su ogni schermo.",
        "Dünne Linien: die Drittelregel. Gestrichelte Linie: der titelsichere Bereich, in dem "
        "Text auf jedem Bildschirm sichtbar bleibt.",
        "细线：三分法构图线。虚线：字幕安全区，文字在任何屏幕上都可见。",
        "가는 선: 3분할 구도. 점선: 타이틀 세이프 영역으로, 어느 화면에서나 글자가 보이는 범위입니다.",
    ),
    "Crop": ("Ritaglia", "Zuschneiden", "裁剪", "자르기"),
    "Crop to {ratio}…": ("Ritaglia a {ratio}…", "Auf {ratio} zuschneiden…", "裁剪为 {ratio}…",
                         "{ratio}(으)로 자르기…"),
    "Colour of the bars": ("Colore delle bande", "Farbe der Balken", "边条颜色", "여백 막대 색"),
    "Another colour…": ("Altro colore…", "Andere Farbe…", "其他颜色…", "다른 색…"),
    "Black bars": ("Bande nere", "Schwarze Balken", "黑边", "검은 여백"),
    "Blurred edges": ("Bordi sfocati", "Unscharfe Ränder", "模糊边缘", "흐린 가장자리"),
    "Mirrored edges": ("Bordi specchiati", "Gespiegelte Ränder", "镜像边缘", "거울 반사 가장자리"),
    "Hide the rules": ("Nascondi le regole", "Regeln ausblenden", "隐藏规则", "규칙 숨기기"),
    "Show the rules": ("Mostra le regole", "Regeln anzeigen", "显示规则", "규칙 보기"),
    "Show every rule this image was checked against": (
        "Mostra tutte le regole con cui è stata verificata questa immagine",
        "Alle Regeln anzeigen, gegen die dieses Bild geprüft wurde",
        "显示检查此图像所依据的每条规则",
        "이 이미지를 확인한 모든 규칙을 보여 줍니다",
    ),
    # -- the note of a shot --
    "&Note": ("&Nota", "&Notiz", "备注(&N)", "메모(&N)"),
    "The shot's action or dialogue": (
        "Azione o dialogo dell'inquadratura",
        "Handlung oder Dialog des Shots",
        "镜头的动作或对白",
        "샷의 동작이나 대사",
    ),
    "Action or dialogue: shown in the captions, on the board PDF and in the edit list": (
        "Azione o dialogo: mostrati nei sottotitoli, nel PDF dello storyboard e nella lista di "
        "montaggio",
        "Handlung oder Dialog: erscheint in den Untertiteln, im Storyboard-PDF und in der "
        "Schnittliste",
        "动作或对白：显示在字幕、分镜 PDF 和剪辑列表中",
        "동작이나 대사: 자막, 보드 PDF, 편집 목록에 표시됨",
    ),
    # -- the appearance setting --
    "Appearance": ("Aspetto", "Darstellung", "外观", "모양"),
    "Appearance:": ("Aspetto:", "Darstellung:", "外观：", "모양:"),
    "Light": ("Chiaro", "Hell", "浅色", "밝게"),
    "Dark": ("Scuro", "Dunkel", "深色", "어둡게"),
    "System (follow the system's light or dark)": (
        "Sistema (segue il chiaro o scuro del sistema)",
        "System (folgt der hellen oder dunklen Darstellung des Systems)",
        "系统（跟随系统的浅色或深色）",
        "시스템(시스템의 밝은/어두운 모드를 따름)",
    ),
    # -- the seed field --
    "Locked": ("Bloccato", "Fixiert", "已锁定", "고정됨"),
    "New each time": ("Nuovo ogni volta", "Jedes Mal neu", "每次随机", "매번 새로"),
    "Randomise": ("Casuale", "Zufällig", "随机", "무작위"),
    # -- an image's failing rule (its label comes translated from RuleRows) --
    "{label} is {actual}; it must be less than {limit}.": (
        "{label}: {actual}; deve essere inferiore a {limit}.",
        "{label} beträgt {actual}; zulässig ist weniger als {limit}.",
        "{label}为 {actual}；必须小于 {limit}。",
        "{label}이(가) {actual}입니다. {limit} 미만이어야 합니다.",
    ),
    "{label} is {actual}; it must be more than {limit}.": (
        "{label}: {actual}; deve essere superiore a {limit}.",
        "{label} beträgt {actual}; zulässig ist mehr als {limit}.",
        "{label}为 {actual}；必须大于 {limit}。",
        "{label}이(가) {actual}입니다. {limit} 초과여야 합니다.",
    ),
    "{label} is {actual}; it must be at most {limit}.": (
        "{label}: {actual}; deve essere al massimo {limit}.",
        "{label} beträgt {actual}; zulässig sind höchstens {limit}.",
        "{label}为 {actual}；不得超过 {limit}。",
        "{label}이(가) {actual}입니다. {limit} 이하여야 합니다.",
    ),
    "{label} is {actual}; it must be at least {limit}.": (
        "{label}: {actual}; deve essere almeno {limit}.",
        "{label} beträgt {actual}; zulässig sind mindestens {limit}.",
        "{label}为 {actual}；至少应为 {limit}。",
        "{label}이(가) {actual}입니다. {limit} 이상이어야 합니다.",
    ),
    " (The file is stored rotated; a server may read it either way.)": (
        " (Il file è salvato ruotato; un server può leggerlo in entrambi i versi.)",
        " (Die Datei ist gedreht gespeichert; ein Server kann sie so oder so lesen.)",
        "（文件以旋转方式存储；服务器可能按任一方向读取。）",
        " (파일이 회전된 상태로 저장되어 있어 서버가 어느 방향으로든 읽을 수 있습니다.)",
    ),
    "Format is {actual}; this model takes {allowed} only.": (
        "Il formato è {actual}; questo modello accetta solo {allowed}.",
        "Das Format ist {actual}; dieses Modell nimmt nur {allowed} an.",
        "格式为 {actual}；此模型仅接受 {allowed}。",
        "형식이 {actual}입니다. 이 모델은 {allowed}만 받습니다.",
    ),
    " or ": (" o ", " oder ", " 或 ", " 또는 "),
    "Aspect ratio (width ÷ height)": (
        "Proporzioni (larghezza ÷ altezza)",
        "Seitenverhältnis (Breite ÷ Höhe)",
        "宽高比（宽 ÷ 高）",
        "화면 비율(너비 ÷ 높이)",
    ),
    # -- the titles of an image's fixes --
    "Crop to {size}": (
        "Ritaglia a {size}",
        "Auf {size} zuschneiden",
        "裁剪为 {size}",
        "{size}(으)로 자르기",
    ),
    "Pad to {size}": (
        "Riempi fino a {size}",
        "Auf {size} auffüllen",
        "填充到 {size}",
        "{size}(으)로 여백 채우기",
    ),
    "Downscale to {size}": (
        "Riduci a {size}",
        "Auf {size} verkleinern",
        "缩小到 {size}",
        "{size}(으)로 축소",
    ),
    "Upscale to {size}": (
        "Ingrandisci a {size}",
        "Auf {size} vergrößern",
        "放大到 {size}",
        "{size}(으)로 확대",
    ),
    "Convert to {fmt}": ("Converti in {fmt}", "In {fmt} umwandeln", "转换为 {fmt}", "{fmt}(으)로 변환"),
    "Convert to {fmt} under {mb}": (
        "Converti in {fmt} sotto {mb}",
        "In {fmt} unter {mb} umwandeln",
        "转换为 {fmt}（小于 {mb}）",
        "{mb} 미만의 {fmt}(으)로 변환",
    ),
    "Re-encode to {fmt} under {mb}": (
        "Ricodifica in {fmt} sotto {mb}",
        "Als {fmt} unter {mb} neu kodieren",
        "重新编码为 {fmt}（小于 {mb}）",
        "{mb} 미만의 {fmt}(으)로 다시 인코딩",
    ),
    "Save upright": ("Salva diritta", "Aufrecht speichern", "按正向保存", "똑바로 세워 저장"),
    # -- the player, the sequence, the queue row --
    "Replay": ("Riproduci di nuovo", "Erneut abspielen", "重播", "다시 재생"),
    "Play the clip again from its start (Space)": (
        "Riproduci di nuovo la clip dall'inizio (Spazio)",
        "Clip erneut von Anfang an abspielen (Leertaste)",
        "从头重新播放片段（空格键）",
        "클립을 처음부터 다시 재생(Space)",
    ),
    "%n shots, {seconds} s": (
        ("%n inquadratura, {seconds} s", "%n inquadrature, {seconds} s"),
        ("%n Shot, {seconds} s", "%n Shots, {seconds} s"),
        "%n 个镜头，{seconds} 秒",
        "샷 %n개, {seconds}초",
    ),
    " · %n shown as held frames": (
        (" · %n mostrata come fotogramma fermo", " · %n mostrate come fotogrammi fermi"),
        (" · %n als Standbild gezeigt", " · %n als Standbilder gezeigt"),
        " · %n 个以定格画面显示",
        " · %n개는 정지 프레임으로 표시",
    ),
    "elapsed {time}": ("trascorsi {time}", "Laufzeit {time}", "已用 {time}", "경과 {time}"),
    "ratio {ratio}": ("proporzioni {ratio}", "Format {ratio}", "宽高比 {ratio}", "비율 {ratio}"),
    "seed {seed}": ("seed {seed}", "Seed {seed}", "种子 {seed}", "시드 {seed}"),
    "{seconds} s": ("{seconds} s", "{seconds} s", "{seconds} 秒", "{seconds}초"),
    "%n characters": (
        ("%n carattere", "%n caratteri"),
        ("%n Zeichen", "%n Zeichen"),
        "%n 个字符",
        "%n자",
    ),
    "Ready · {width}×{height} {format} · all %n rules pass": (
        (
            "Pronta · {width}×{height} {format} · %n regola rispettata",
            "Pronta · {width}×{height} {format} · tutte le %n regole rispettate",
        ),
        (
            "Bereit · {width}×{height} {format} · %n Regel erfüllt",
            "Bereit · {width}×{height} {format} · alle %n Regeln erfüllt",
        ),
        "就绪 · {width}×{height} {format} · 全部 %n 条规则通过",
        "준비됨 · {width}×{height} {format} · 규칙 %n개 모두 통과",
    ),
    # -- the storyboard --
    "Shots {numbers} took the prompt and settings of the shot that began on the same frame.": (
        (
            "L'inquadratura {numbers} ha preso il prompt e le impostazioni dell'inquadratura "
            "che iniziava sullo stesso fotogramma.",
            "Le inquadrature {numbers} hanno preso il prompt e le impostazioni "
            "dell'inquadratura che iniziava sullo stesso fotogramma.",
        ),
        (
            "Shot {numbers} hat Prompt und Einstellungen des Shots übernommen, der mit "
            "demselben Bild begann.",
            "Die Shots {numbers} haben Prompt und Einstellungen des Shots übernommen, der mit "
            "demselben Bild begann.",
        ),
        "镜头 {numbers} 沿用了从同一画面开始的镜头的提示词和设置。",
        "샷 {numbers}은(는) 같은 프레임에서 시작한 샷의 프롬프트와 설정을 이어받았습니다.",
    ),
    "{model} and these settings now apply to all %n shots; each keeps its prompt.": (
        (
            "{model} e queste impostazioni ora valgono per %n inquadratura; mantiene il suo "
            "prompt.",
            "{model} e queste impostazioni ora valgono per tutte le %n inquadrature; ognuna "
            "mantiene il suo prompt.",
        ),
        (
            "{model} und diese Einstellungen gelten jetzt für %n Shot; er behält seinen "
            "Prompt.",
            "{model} und diese Einstellungen gelten jetzt für alle %n Shots; jeder behält "
            "seinen Prompt.",
        ),
        "{model} 和这些设置现已应用到全部 %n 个镜头；各镜头保留自己的提示词。",
        "{model}과(와) 이 설정이 이제 샷 %n개 모두에 적용됩니다. 각 샷의 프롬프트는 유지됩니다.",
    ),
    "{model}, these settings and this prompt now apply to all %n shots.": (
        (
            "{model}, queste impostazioni e questo prompt ora valgono per %n inquadratura.",
            "{model}, queste impostazioni e questo prompt ora valgono per tutte le %n "
            "inquadrature.",
        ),
        (
            "{model}, diese Einstellungen und dieser Prompt gelten jetzt für %n Shot.",
            "{model}, diese Einstellungen und dieser Prompt gelten jetzt für alle %n Shots.",
        ),
        "{model}、这些设置和此提示词现已应用到全部 %n 个镜头。",
        "{model}, 이 설정과 프롬프트가 이제 샷 %n개 모두에 적용됩니다.",
    ),
    "The pictures {files} from last time are no longer where they were, so they were left "
    "out. Drop them again to use them.": (
        (
            "L'immagine {files} dell'ultima volta non è più dov'era, quindi è stata tralasciata. "
            "Rilasciala di nuovo per usarla.",
            "Le immagini {files} dell'ultima volta non sono più dov'erano, quindi sono state "
            "tralasciate. Rilasciale di nuovo per usarle.",
        ),
        (
            "Das Bild {files} vom letzten Mal ist nicht mehr dort, wo es war, und wurde daher "
            "weggelassen. Legen Sie es erneut ab, um es zu verwenden.",
            "Die Bilder {files} vom letzten Mal sind nicht mehr dort, wo sie waren, und wurden "
            "daher weggelassen. Legen Sie sie erneut ab, um sie zu verwenden.",
        ),
        "上次使用的图片 {files} 已不在原处，因此未载入。请重新拖入以使用。",
        "지난번 사진 {files}이(가) 원래 위치에 없어서 제외했습니다. 사용하려면 다시 놓으세요.",
    ),
    "Free local preview · nothing is sent or paid": (
        "Anteprima locale gratuita · nulla viene inviato o pagato",
        "Gratis-Vorschau auf diesem Rechner · nichts wird gesendet oder bezahlt",
        "免费本地预览 · 不发送、不付费",
        "무료 로컬 미리보기 · 아무것도 보내거나 결제하지 않음",
    ),
    # -- quitting --
    "Every job has finished.": (
        "Tutti i lavori sono finiti.",
        "Alle Aufträge sind fertig.",
        "所有任务都已完成。",
        "모든 작업이 끝났습니다.",
    ),
    "Nothing is lost by quitting now.": (
        "Uscendo ora non si perde nulla.",
        "Beim Beenden geht jetzt nichts verloren.",
        "现在退出不会丢失任何内容。",
        "지금 종료해도 잃는 것이 없습니다.",
    ),
    # -- the welcome --
    "Generate makes <b>real AI clips</b> on RunComfy, paid per clip.": (
        "Genera crea <b>vere clip con l'IA</b> su RunComfy, pagate per clip.",
        "Generieren erstellt <b>echte KI-Clips</b> auf RunComfy, bezahlt pro Clip.",
        "“生成”会在 RunComfy 上制作<b>真正的 AI 片段</b>，按片段付费。",
        "생성을 누르면 RunComfy에서 <b>실제 AI 클립</b>을 만들며, 클립마다 요금이 부과됩니다.",
    ),
    "Without a RunComfy API key, Generate makes free <b>offline previews</b>: motion sketches "
    "from your frames, <b>not AI generation</b>.": (
        "Senza una chiave API RunComfy, Genera crea <b>anteprime offline</b> gratuite: bozze di "
        "movimento dai tuoi fotogrammi, <b>non generazione con l'IA</b>.",
        "Ohne RunComfy-API-Schlüssel erstellt Generieren kostenlose <b>Offline-Vorschauen</b>: "
        "Bewegungsskizzen aus Ihren Bildern, <b>keine KI-Generierung</b>.",
        "没有 RunComfy API 密钥时，“生成”会制作免费的<b>离线预览</b>：根据你的画面制作的运动"
        "草稿，<b>不是 AI 生成</b>。",
        "RunComfy API 키가 없으면 생성은 무료 <b>오프라인 미리보기</b>를 만듭니다. 프레임으로 만든 "
        "모션 스케치이며 <b>AI 생성이 아닙니다</b>.",
    ),
    "“{title}” is being made: it plays in the player as soon as it is done.": (
        "«{title}» è in preparazione: parte nel lettore appena è pronto.",
        "„{title}“ wird erstellt: Es läuft im Player, sobald es fertig ist.",
        "正在制作“{title}”：完成后会立即在播放器中播放。",
        "“{title}”을(를) 만드는 중입니다. 완성되면 바로 플레이어에서 재생됩니다.",
    ),
    "“{title}” is made: it is playing in the player. Try another sample, or drop a picture of "
    "your own into the panel.": (
        "«{title}» è pronto: è in riproduzione nel lettore. Prova un altro esempio o rilascia "
        "una tua immagine nel pannello.",
        "„{title}“ ist fertig und läuft im Player. Probieren Sie ein anderes Beispiel oder "
        "legen Sie ein eigenes Bild im Bedienfeld ab.",
        "“{title}”已完成，正在播放器中播放。试试其他示例，或将你自己的图片拖到面板中。",
        "“{title}”이(가) 완성되어 플레이어에서 재생 중입니다. 다른 예제를 해 보거나 직접 고른 "
        "사진을 패널에 놓아 보세요.",
    ),
    "“{title}” was not made: the queue says why.": (
        "«{title}» non è stato creato: la coda dice perché.",
        "„{title}“ wurde nicht erstellt: Die Warteschlange nennt den Grund.",
        "“{title}”未能制作：原因见队列。",
        "“{title}”을(를) 만들지 못했습니다. 이유는 대기열에서 확인하세요.",
    ),
}
