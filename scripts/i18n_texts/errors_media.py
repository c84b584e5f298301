"""Translations of the messages said below the window about video, exports for an editor,
edit lists brought back, board files of the wrong shape, the shots' planning problems and
the price summary shown before a storyboard render (context "Errors").

Each entry: English source -> (Italian, German, Chinese (Simplified), Korean).
A template's placeholders ({name}, {reason}, {counts}…) stay as they are; ``{counts}`` is
the sentence before (Chinese follows it without a space). Counts that decide a noun come as
two templates ("1 shot to render" / "{count} shots to render"); where only a number follows
a noun-free phrase, the translations put the number after a colon so that it agrees with
any count.
"""

TEXTS = {
    # -- the price summary before a storyboard render --
    "1 shot to render": (
        "1 inquadratura da renderizzare",
        "1 Shot zu rendern",
        "待渲染 1 个镜头",
        "렌더링할 샷 1개",
    ),
    "{counts}, {count} kept as rendered": (
        "{counts}, già renderizzate e mantenute: {count}",
        "{counts}, bereits gerendert und beibehalten: {count}",
        "{counts}，{count} 个保留现有渲染",
        "{counts}, 렌더링된 그대로 유지 {count}개",
    ),
    "{counts}, {count} already under way": (
        "{counts}, già in corso: {count}",
        "{counts}, bereits in Arbeit: {count}",
        "{counts}，{count} 个已在进行中",
        "{counts}, 이미 진행 중 {count}개",
    ),
    "{counts}, {count} held back (submission uncertain)": (
        "{counts}, trattenute (invio incerto): {count}",
        "{counts}, zurückgehalten (Senden ungewiss): {count}",
        "{counts}，{count} 个暂缓（提交状态不确定）",
        "{counts}, 보류 {count}개(제출 여부 불확실)",
    ),
    "{counts}.": ("{counts}.", "{counts}.", "{counts}。", "{counts}."),
    "{counts} Free local preview: a motion sketch of your frames, not AI generation.": (
        "{counts} Anteprima locale gratuita: una bozza di movimento dei tuoi fotogrammi, non "
        "una generazione IA.",
        "{counts} Kostenlose lokale Vorschau: eine Bewegungsskizze Ihrer Bilder, keine "
        "KI-Generierung.",
        "{counts}免费本地预览：根据你的画面制作的运动草稿，并非 AI 生成。",
        "{counts} 무료 로컬 미리보기: 프레임으로 만든 모션 스케치이며 AI 생성이 아닙니다.",
    ),
    "{counts} Estimated total ${total:.2f}.": (
        "{counts} Totale stimato ${total:.2f}.",
        "{counts} Geschätzte Gesamtkosten ${total:.2f}.",
        "{counts}预计总价 ${total:.2f}。",
        "{counts} 예상 합계 ${total:.2f}.",
    ),
    "{counts} Price unavailable: the live price of shot {numbers} could not be read ({reason}).": (
        "{counts} Prezzo non disponibile: non è stato possibile leggere il prezzo attuale "
        "dell'inquadratura {numbers} ({reason}).",
        "{counts} Preis nicht verfügbar: Der aktuelle Preis von Shot {numbers} konnte nicht "
        "gelesen werden ({reason}).",
        "{counts}价格不可用：无法读取镜头 {numbers} 的实时价格（{reason}）。",
        "{counts} 가격을 알 수 없음: 샷 {numbers}의 현재 가격을 읽지 못했습니다({reason}).",
    ),
    "{counts} Price unavailable: the live price of shots {numbers} could not be read ({reason}).": (
        "{counts} Prezzo non disponibile: non è stato possibile leggere il prezzo attuale "
        "delle inquadrature {numbers} ({reason}).",
        "{counts} Preis nicht verfügbar: Der aktuelle Preis der Shots {numbers} konnte nicht "
        "gelesen werden ({reason}).",
        "{counts}价格不可用：无法读取镜头 {numbers} 的实时价格（{reason}）。",
        "{counts} 가격을 알 수 없음: 샷 {numbers}의 현재 가격을 읽지 못했습니다({reason}).",
    ),
    "{counts} ${known:.2f} for the per-second shots; shot {numbers} is priced per output "
    "({units}).": (
        "{counts} ${known:.2f} per le inquadrature con prezzo al secondo; l'inquadratura "
        "{numbers} ha un prezzo per output ({units}).",
        "{counts} ${known:.2f} für die sekundengenau abgerechneten Shots; Shot {numbers} wird "
        "pro Ausgabe berechnet ({units}).",
        "{counts}按秒计费的镜头共 ${known:.2f}；镜头 {numbers} 按输出计价（{units}）。",
        "{counts} 초 단위 요금 샷 ${known:.2f}; 샷 {numbers}은(는) 출력당 요금입니다({units}).",
    ),
    "{counts} ${known:.2f} for the per-second shots; shots {numbers} are priced per output "
    "({units}).": (
        "{counts} ${known:.2f} per le inquadrature con prezzo al secondo; le inquadrature "
        "{numbers} hanno un prezzo per output ({units}).",
        "{counts} ${known:.2f} für die sekundengenau abgerechneten Shots; die Shots {numbers} "
        "werden pro Ausgabe berechnet ({units}).",
        "{counts}按秒计费的镜头共 ${known:.2f}；镜头 {numbers} 按输出计价（{units}）。",
        "{counts} 초 단위 요금 샷 ${known:.2f}; 샷 {numbers}은(는) 출력당 요금입니다({units}).",
    ),
    # -- the offline preview engine cannot start --
    "The simulator cannot listen on {host}: {reason}.": (
        "Il simulatore non può restare in ascolto su {host}: {reason}.",
        "Der Simulator kann auf {host} keine Verbindungen annehmen: {reason}.",
        "模拟器无法在 {host} 上监听：{reason}。",
        "시뮬레이터가 {host}에서 수신 대기할 수 없습니다: {reason}.",
    ),
    # -- a board without a file --
    "Untitled storyboard": (
        "Storyboard senza titolo",
        "Unbenanntes Storyboard",
        "未命名分镜",
        "제목 없는 스토리보드",
    ),
    # -- the cut's description (a tooltip of the Cut switch) --
    "One clip per pair of frames (first frame to last frame)": (
        "Una clip per coppia di fotogrammi (dal fotogramma iniziale a quello finale)",
        "Ein Clip pro Bildpaar (vom Startbild zum Endbild)",
        "每对画面一个片段（从首帧到尾帧）",
        "프레임 쌍마다 클립 하나(첫 프레임에서 마지막 프레임까지)",
    ),
    # -- the shots' planning problems --
    "Frame {number} ({name})": (
        "Fotogramma {number} ({name})",
        "Bild {number} ({name})",
        "画面 {number}（{name}）",
        "프레임 {number}({name})",
    ),
    "{frame}: {problem}": (
        "{frame}: {problem}",
        "{frame}: {problem}",
        "{frame}：{problem}",
        "{frame}: {problem}",
    ),
    "the image file {path} is missing.": (
        "il file immagine {path} non è presente.",
        "Die Bilddatei {path} fehlt.",
        "图像文件 {path} 不存在。",
        "이미지 파일 {path}이(가) 없습니다.",
    ),
    "{model} cannot start from a frame: it takes no first frame or reference images.": (
        "{model} non può partire da un fotogramma: non accetta né un fotogramma iniziale né "
        "immagini di riferimento.",
        "{model} kann nicht von einem Bild ausgehen: Es nimmt weder ein Startbild noch "
        "Referenzbilder an.",
        "{model} 无法从画面开始：它不接受首帧或参考图。",
        "{model}은(는) 프레임에서 시작할 수 없습니다: 첫 프레임이나 참조 이미지를 받지 않습니다.",
    ),
    "{model} cannot take a last frame; {other} can.": (
        "{model} non accetta un fotogramma finale; {other} sì.",
        "{model} kann kein Endbild verwenden; {other} schon.",
        "{model} 不支持尾帧；{other} 支持。",
        "{model}은(는) 마지막 프레임을 받을 수 없습니다. {other}은(는) 받을 수 있습니다.",
    ),
    "{model} cannot take a last frame, and no model in the catalogue can: choose one clip "
    "per frame instead.": (
        "{model} non accetta un fotogramma finale, e nessun modello del catalogo lo accetta: "
        "scegli invece una clip per fotogramma.",
        "{model} kann kein Endbild verwenden, und kein Modell im Katalog kann es: Wählen Sie "
        "stattdessen einen Clip pro Bild.",
        "{model} 不支持尾帧，目录中也没有支持尾帧的模型：请改为每个画面一个片段。",
        "{model}은(는) 마지막 프레임을 받을 수 없고 카탈로그의 어떤 모델도 받을 수 없습니다: "
        "대신 프레임마다 클립 하나를 선택하세요.",
    ),
    "Shot {number}: {problem}": (
        "Inquadratura {number}: {problem}",
        "Shot {number}: {problem}",
        "镜头 {number}：{problem}",
        "샷 {number}: {problem}",
    ),
    "Shot {number}: {field}: {problem}": (
        "Inquadratura {number}: {field}: {problem}",
        "Shot {number}: {field}: {problem}",
        "镜头 {number}：{field}：{problem}",
        "샷 {number}: {field}: {problem}",
    ),
    # -- a board file of the wrong shape --
    '{what} cannot be opened: its "{key}" should be {wanted}, but it is {actual}. The file '
    "was left as it is; correct it in a text editor or open another storyboard.": (
        '{what} non può essere aperto: la voce "{key}" dovrebbe essere {wanted}, ma è '
        "{actual}. Il file non è stato modificato; correggilo in un editor di testo o apri un "
        "altro storyboard.",
        '{what} kann nicht geöffnet werden: Der Eintrag "{key}" sollte {wanted} sein, ist aber '
        "{actual}. Die Datei wurde nicht verändert; korrigieren Sie sie in einem Texteditor "
        "oder öffnen Sie ein anderes Storyboard.",
        '无法打开 {what}："{key}" 应为{wanted}，实际却是{actual}。文件未作改动；请在文本编辑器中'
        "修正，或打开其他分镜。",
        '{what}을(를) 열 수 없습니다: "{key}" 항목은 {wanted} 형식이어야 하지만 현재 값은 '
        "{actual}입니다. 파일은 그대로 두었습니다. 텍스트 편집기에서 고치거나 다른 스토리보드를 "
        "여세요.",
    ),
    "a list of frames": (
        "una lista di fotogrammi",
        "eine Liste von Bildern",
        "画面列表",
        "프레임 목록",
    ),
    "a list of shots": (
        "una lista di inquadrature",
        "eine Liste von Shots",
        "镜头列表",
        "샷 목록",
    ),
    "a group of named settings": (
        "un gruppo di impostazioni con nome",
        "eine Gruppe benannter Einstellungen",
        "一组具名设置",
        "이름 있는 설정 묶음",
    ),
    "a model id (text)": (
        "un id di modello (testo)",
        "eine Modell-ID (Text)",
        "模型 ID（文本）",
        "모델 ID(텍스트)",
    ),
    "a list of prompts": (
        "una lista di prompt",
        "eine Liste von Prompts",
        "提示词列表",
        "프롬프트 목록",
    ),
    "a group of named values": (
        "un gruppo di valori con nome",
        "eine Gruppe benannter Werte",
        "一组具名值",
        "이름 있는 값 묶음",
    ),
    # -- exports for an editor --
    "{name} could not be written in {folder}: {reason}. Free some space or choose another "
    "folder, then export again.": (
        "Impossibile scrivere {name} in {folder}: {reason}. Libera spazio o scegli un'altra "
        "cartella, poi esporta di nuovo.",
        "{name} konnte nicht in {folder} geschrieben werden: {reason}. Geben Sie Speicherplatz "
        "frei oder wählen Sie einen anderen Ordner, und exportieren Sie dann erneut.",
        "无法在 {folder} 中写入 {name}：{reason}。请释放一些空间或选择其他文件夹，然后重新导出。",
        "{folder}에 {name}을(를) 쓸 수 없습니다: {reason}. 공간을 확보하거나 다른 폴더를 선택한 "
        "뒤 다시 내보내세요.",
    ),
    "{name} cannot be read to burn captions in: {reason}": (
        "{name} non può essere letto per imprimervi i sottotitoli: {reason}",
        "{name} kann zum Einbrennen der Untertitel nicht gelesen werden: {reason}",
        "无法读取 {name} 以烧录字幕：{reason}",
        "자막을 입히려고 {name}을(를) 읽을 수 없습니다: {reason}",
    ),
    "The captions could not be burnt into {name}: {reason}": (
        "Non è stato possibile imprimere i sottotitoli in {name}: {reason}",
        "Die Untertitel konnten nicht in {name} eingebrannt werden: {reason}",
        "无法将字幕烧录到 {name}：{reason}",
        "{name}에 자막을 입히지 못했습니다: {reason}",
    ),
    # -- an edit list brought back --
    "{name} is not an edit list Storyreel can read back: open an .otio or an .xml (Final Cut "
    "Pro 7 XML) file.": (
        "{name} non è una lista di montaggio che Storyreel può reimportare: apri un file .otio "
        "o .xml (Final Cut Pro 7 XML).",
        "{name} ist keine Schnittliste, die Storyreel zurückholen kann: Öffnen Sie eine "
        ".otio- oder .xml-Datei (Final Cut Pro 7 XML).",
        "{name} 不是 Storyreel 能读回的剪辑列表：请打开 .otio 或 .xml（Final Cut Pro 7 XML）文件。",
        "{name}은(는) Storyreel이 다시 읽을 수 있는 편집 목록이 아닙니다: .otio 또는 "
        ".xml(Final Cut Pro 7 XML) 파일을 여세요.",
    ),
    "The edit list {name} does not exist.": (
        "La lista di montaggio {name} non esiste.",
        "Die Schnittliste {name} existiert nicht.",
        "剪辑列表 {name} 不存在。",
        "편집 목록 {name}이(가) 없습니다.",
    ),
    "{name} cannot be read as an edit list ({reason}).": (
        "{name} non può essere letto come lista di montaggio ({reason}).",
        "{name} kann nicht als Schnittliste gelesen werden ({reason}).",
        "无法将 {name} 读取为剪辑列表（{reason}）。",
        "{name}을(를) 편집 목록으로 읽을 수 없습니다({reason}).",
    ),
    "{name} has no video clips.": (
        "{name} non contiene clip video.",
        "{name} enthält keine Videoclips.",
        "{name} 中没有视频片段。",
        "{name}에 동영상 클립이 없습니다.",
    ),
    # -- trimming, joining and reading video --
    "{name} has no frames between {start:g} s and {end} s.": (
        "{name} non ha fotogrammi tra {start:g} s e {end} s.",
        "{name} enthält zwischen {start:g} s und {end} s keine Einzelbilder.",
        "{name} 在 {start:g} 秒到 {end} 秒之间没有帧。",
        "{name}에는 {start:g}초와 {end}초 사이에 프레임이 없습니다.",
    ),
    "{name} cannot be read to trim it: {reason}": (
        "{name} non può essere letto per accorciarlo: {reason}",
        "{name} kann zum Kürzen nicht gelesen werden: {reason}",
        "无法读取 {name} 以进行修剪：{reason}",
        "트리밍하려고 {name}을(를) 읽을 수 없습니다: {reason}",
    ),
    "Shot {number}: its clip could not be trimmed: {reason}": (
        "Inquadratura {number}: non è stato possibile accorciare la sua clip: {reason}",
        "Shot {number}: Der Clip konnte nicht gekürzt werden: {reason}",
        "镜头 {number}：无法修剪其片段：{reason}",
        "샷 {number}: 클립을 트리밍하지 못했습니다: {reason}",
    ),
    "There is nothing to export: the sequence has no shots.": (
        "Non c'è nulla da esportare: la sequenza non ha inquadrature.",
        "Es gibt nichts zu exportieren: Die Sequenz enthält keine Shots.",
        "没有可导出的内容：序列中没有镜头。",
        "내보낼 것이 없습니다: 시퀀스에 샷이 없습니다.",
    ),
    "The frame {name} cannot be read as an image: {reason}.": (
        "Il fotogramma {name} non può essere letto come immagine: {reason}.",
        "Das Bild {name} lässt sich nicht als Bilddatei lesen: {reason}.",
        "无法将画面 {name} 读取为图像：{reason}。",
        "프레임 {name}을(를) 이미지로 읽을 수 없습니다: {reason}.",
    ),
    "Shot {number} has neither a clip nor a frame to hold.": (
        "L'inquadratura {number} non ha né una clip né un fotogramma da tenere fermo.",
        "Shot {number} hat weder einen Clip noch ein Bild, das als Standbild stehen kann.",
        "镜头 {number} 既没有片段，也没有可定格的画面。",
        "샷 {number}에는 클립도 정지 프레임으로 쓸 프레임도 없습니다.",
    ),
    "Shot {number}: the frame {path} to hold does not exist.": (
        "Inquadratura {number}: il fotogramma da tenere fermo {path} non esiste.",
        "Shot {number}: Das Bild {path} für das Standbild existiert nicht.",
        "镜头 {number}：要定格的画面 {path} 不存在。",
        "샷 {number}: 정지 프레임으로 쓸 {path}이(가) 없습니다.",
    ),
    "Shot {number}: a held frame needs a length above 0 s, not {length}.": (
        "Inquadratura {number}: un fotogramma fermo deve durare più di 0 s, non {length}.",
        "Shot {number}: Ein Standbild braucht eine Dauer über 0 s, nicht {length}.",
        "镜头 {number}：定格画面的时长必须大于 0 秒，而不是 {length}。",
        "샷 {number}: 정지 프레임의 길이는 0초보다 커야 하지만 {length}입니다.",
    ),
    "The video file {path} does not exist.": (
        "Il file video {path} non esiste.",
        "Die Videodatei {path} existiert nicht.",
        "视频文件 {path} 不存在。",
        "동영상 파일 {path}이(가) 없습니다.",
    ),
    "{name} has no video track.": (
        "{name} non ha una traccia video.",
        "{name} hat keine Videospur.",
        "{name} 没有视频轨道。",
        "{name}에 동영상 트랙이 없습니다.",
    ),
    "{name} is not a readable video: {reason}.": (
        "{name} non è un video leggibile: {reason}.",
        "{name} ist kein lesbares Video: {reason}.",
        "{name} 不是可读取的视频：{reason}。",
        "{name}은(는) 읽을 수 있는 동영상이 아닙니다: {reason}.",
    ),
    "{name} cannot be read to its end: {reason}.": (
        "{name} non può essere letto fino alla fine: {reason}.",
        "{name} kann nicht bis zum Ende gelesen werden: {reason}.",
        "{name} 无法读取到结尾：{reason}。",
        "{name}을(를) 끝까지 읽을 수 없습니다: {reason}.",
    ),
    "{name} cannot be decoded: {reason}.": (
        "{name} non può essere decodificato: {reason}.",
        "{name} kann nicht dekodiert werden: {reason}.",
        "无法解码 {name}：{reason}。",
        "{name}을(를) 디코딩할 수 없습니다: {reason}.",
    ),
    "{name} has no frames to take the last one from.": (
        "{name} non ha fotogrammi da cui prendere l'ultimo.",
        "{name} enthält keine Einzelbilder, aus denen das letzte genommen werden könnte.",
        "{name} 没有帧，无法取得最后一帧。",
        "{name}에 프레임이 없어 마지막 프레임을 가져올 수 없습니다.",
    ),
    "{name} has no frames.": (
        "{name} non ha fotogrammi.",
        "{name} enthält keine Einzelbilder.",
        "{name} 没有帧。",
        "{name}에 프레임이 없습니다.",
    ),
    "The sequence could not be encoded: {reason}.": (
        "Non è stato possibile codificare la sequenza: {reason}.",
        "Die Sequenz konnte nicht kodiert werden: {reason}.",
        "无法编码序列：{reason}。",
        "시퀀스를 인코딩하지 못했습니다: {reason}.",
    ),
}

# Short words that name a kind of value in a board file ("… but it is a number."): kept to
# the "Errors" context, so that the same English elsewhere keeps its own translation.
BY_CONTEXT = {
    ("Errors", "null"): (
        "null (nessun valore)",
        "null (kein Wert)",
        "null（空值）",
        "null(값 없음)",
    ),
    ("Errors", "a list"): ("una lista", "eine Liste", "列表", "목록"),
    ("Errors", "true or false"): ("vero o falso", "wahr oder falsch", "真或假", "참 또는 거짓"),
    ("Errors", "a number"): ("un numero", "eine Zahl", "数字", "숫자"),
    ("Errors", "text"): ("testo", "Text", "文本", "텍스트"),
}
