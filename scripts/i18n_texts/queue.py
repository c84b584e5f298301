"""Translations of the queue, the player, Generate and its price, and the model picker.

Each entry: English source -> (Italian, German, Chinese (Simplified), Korean).
"""

TEXTS = {
    # -- job states (app.core.jobs) and the queue --
    "Waiting to send": ("In attesa di invio", "Wartet auf Senden", "等待发送", "전송 대기"),
    "Sending": ("Invio in corso", "Wird gesendet", "正在发送", "보내는 중"),
    "In queue": ("In coda", "In der Warteschlange", "排队中", "대기열에 있음"),
    "Generating": ("Generazione in corso", "Wird generiert", "生成中", "생성 중"),
    "Downloading": ("Download in corso", "Wird heruntergeladen", "下载中", "내려받는 중"),
    "Download waiting": ("Download in attesa", "Download wartet", "等待下载", "다운로드 대기"),
    "Done": ("Fatto", "Fertig", "已完成", "완료"),
    "Failed": ("Non riuscito", "Fehlgeschlagen", "失败", "실패"),
    "Cancelled": ("Annullato", "Abgebrochen", "已取消", "취소됨"),
    "Storyreel cannot tell whether RunComfy received this job: the answer to the submission was "
    "lost. Check your generation history on RunComfy (Library → Generations) before trying "
    "again, so that you are not charged twice. Storyreel will not send it again by itself.": (
        "Storyreel non sa se RunComfy ha ricevuto questo lavoro: la risposta all'invio è andata "
        "persa. Controlla la cronologia delle generazioni su RunComfy (Library → Generations) "
        "prima di riprovare, per non pagare due volte. Storyreel non lo invierà di nuovo da solo.",
        "Storyreel kann nicht feststellen, ob RunComfy diesen Auftrag erhalten hat: Die Antwort "
        "auf die Übermittlung ging verloren. Prüfen Sie Ihren Generierungsverlauf auf RunComfy "
        "(Library → Generations), bevor Sie es erneut versuchen, damit Ihnen nichts doppelt "
        "berechnet wird. Storyreel sendet ihn nicht von selbst erneut.",
        "Storyreel 无法确定 RunComfy 是否收到了此任务：提交后的响应丢失了。重试前请先在 RunComfy "
        "上查看生成记录（Library → Generations），以免重复扣费。Storyreel 不会自动重新发送。",
        "Storyreel은 RunComfy가 이 작업을 받았는지 알 수 없습니다. 제출에 대한 응답이 유실되었습니다. "
        "요금이 두 번 부과되지 않도록 다시 시도하기 전에 RunComfy의 생성 기록(Library → "
        "Generations)을 확인하세요. Storyreel은 스스로 다시 보내지 않습니다.",
    ),
    "Free preview": ("Anteprima gratuita", "Gratis-Vorschau", "免费预览", "무료 미리보기"),
    "Request id: {id}": ("ID richiesta: {id}", "Anfrage-ID: {id}", "请求 ID：{id}", "요청 ID: {id}"),
    "The job failed without a reason from the server.": (
        "Il lavoro non è riuscito e il server non ha indicato un motivo.",
        "Der Auftrag ist fehlgeschlagen, ohne dass der Server einen Grund nannte.",
        "任务失败，服务器未给出原因。",
        "서버가 이유를 알려 주지 않고 작업이 실패했습니다.",
    ),
    "The video is made but not downloaded yet: use Retry download.": (
        "Il video è pronto ma non è ancora scaricato: usa Riprova download.",
        "Das Video ist fertig, aber noch nicht heruntergeladen: Nutzen Sie Download wiederholen.",
        "视频已生成但尚未下载：请使用“重试下载”。",
        "동영상은 만들어졌지만 아직 내려받지 않았습니다. 다운로드 재시도를 사용하세요.",
    ),
    "about {time} left": ("circa {time} rimanenti", "noch etwa {time}", "约剩 {time}", "약 {time} 남음"),
    "any moment now": ("a momenti", "jeden Moment", "马上就好", "곧 완료"),
    "position {n}": ("posizione {n}", "Position {n}", "第 {n} 位", "{n}번째"),
    "≈ {price}": ("≈ {price}", "≈ {price}", "≈ {price}", "≈ {price}"),
    "{price} per {unit}": ("{price} al {unit}", "{price} pro {unit}", "每{unit} {price}", "{unit}당 {price}"),
    "Remove job from the list": (
        "Rimuovi il lavoro dall'elenco",
        "Auftrag aus der Liste entfernen",
        "从列表中移除任务",
        "목록에서 작업 제거",
    ),
    "About the selected job": (
        "Informazioni sul lavoro selezionato",
        "Zum ausgewählten Auftrag",
        "所选任务的详情",
        "선택한 작업 정보",
    ),
    "Cancel": ("Annulla", "Abbrechen", "取消", "취소"),
    "Cancel this job (only while it waits in the queue)": (
        "Annulla questo lavoro (solo mentre attende in coda)",
        "Diesen Auftrag abbrechen (nur solange er in der Warteschlange wartet)",
        "取消此任务（仅在队列中等待时可用）",
        "이 작업 취소(대기열에서 기다리는 동안만 가능)",
    ),
    "Continue": ("Continua", "Fortsetzen", "继续", "이어 가기"),
    "Continue from last frame": (
        "Continua dall'ultimo fotogramma",
        "Ab dem letzten Bild fortsetzen",
        "从尾帧继续",
        "마지막 프레임에서 이어 가기",
    ),
    "Copy": ("Copia", "Kopieren", "复制", "복사"),
    "Copy output URL": ("Copia l'URL del video", "Ausgabe-URL kopieren", "复制输出 URL", "출력 URL 복사"),
    "Copy output URL or request id": (
        "Copia l'URL del video o l'ID della richiesta",
        "Ausgabe-URL oder Anfrage-ID kopieren",
        "复制输出 URL 或请求 ID",
        "출력 URL 또는 요청 ID 복사",
    ),
    "Copy request id": ("Copia l'ID della richiesta", "Anfrage-ID kopieren", "复制请求 ID", "요청 ID 복사"),
    "Download the finished video again (after freeing space or fixing the folder); the job is "
    "not sent again and nothing is charged": (
        "Scarica di nuovo il video finito (dopo aver liberato spazio o sistemato la cartella); il "
        "lavoro non viene rinviato e non viene addebitato nulla",
        "Das fertige Video erneut herunterladen (nachdem Sie Platz geschaffen oder den Ordner "
        "repariert haben); der Auftrag wird nicht erneut gesendet und nichts berechnet",
        "重新下载已完成的视频（在腾出空间或修复文件夹后）；任务不会重新发送，也不会扣费",
        "완성된 동영상을 다시 내려받습니다(공간을 확보하거나 폴더를 고친 뒤). 작업을 다시 보내지 "
        "않으며 요금도 부과되지 않습니다",
    ),
    "Every job you started, newest first.": (
        "Tutti i lavori che hai avviato, dal più recente.",
        "Alle Aufträge, die Sie gestartet haben, die neuesten zuerst.",
        "你发起的所有任务，最新的在前。",
        "시작한 모든 작업, 최신 순.",
    ),
    "Load this job's model and settings into the panel": (
        "Carica nel pannello il modello e le impostazioni di questo lavoro",
        "Modell und Einstellungen dieses Auftrags ins Bedienfeld laden",
        "将此任务的模型和设置载入面板",
        "이 작업의 모델과 설정을 패널로 불러오기",
    ),
    "No jobs yet. Choose a model, add your frames on the left and press Generate: your clips "
    "will line up here.": (
        "Ancora nessun lavoro. Scegli un modello, aggiungi i fotogrammi a sinistra e premi "
        "Genera: le tue clip si metteranno in fila qui.",
        "Noch keine Aufträge. Wählen Sie ein Modell, fügen Sie links Ihre Bilder hinzu und "
        "klicken Sie auf Generieren: Ihre Clips reihen sich hier auf.",
        "还没有任务。选择一个模型，在左侧添加画面并点击生成：你的片段会在这里排队。",
        "아직 작업이 없습니다. 모델을 고르고 왼쪽에 프레임을 추가한 뒤 생성을 누르면 클립이 "
        "여기에 쌓입니다.",
    ),
    "Open": ("Apri", "Öffnen", "打开", "열기"),
    "Open generation history": (
        "Apri la cronologia delle generazioni",
        "Generierungsverlauf öffnen",
        "打开生成记录",
        "생성 기록 열기",
    ),
    "Open the folder that holds the video": (
        "Apri la cartella che contiene il video",
        "Den Ordner mit dem Video öffnen",
        "打开视频所在的文件夹",
        "동영상이 있는 폴더 열기",
    ),
    "Open the video in your system's player": (
        "Apri il video nel lettore di sistema",
        "Das Video im Player des Systems öffnen",
        "用系统播放器打开视频",
        "시스템 플레이어로 동영상 열기",
    ),
    "Open your RunComfy generation history": (
        "Apri la tua cronologia delle generazioni su RunComfy",
        "Ihren Generierungsverlauf auf RunComfy öffnen",
        "打开你在 RunComfy 上的生成记录",
        "RunComfy 생성 기록 열기",
    ),
    "Queue": ("Coda", "Warteschlange", "队列", "대기열"),
    "Remove from list": ("Rimuovi dall'elenco", "Aus der Liste entfernen", "从列表中移除", "목록에서 제거"),
    "Remove this job from the list (the video file stays)": (
        "Rimuovi questo lavoro dall'elenco (il file video resta)",
        "Diesen Auftrag aus der Liste entfernen (die Videodatei bleibt)",
        "从列表中移除此任务（视频文件会保留）",
        "이 작업을 목록에서 제거(동영상 파일은 남음)",
    ),
    "Retry": ("Riprova", "Wiederholen", "重试", "다시 시도"),
    "Retry download": ("Riprova download", "Download wiederholen", "重试下载", "다운로드 재시도"),
    "Reuse settings": ("Riusa impostazioni", "Einstellungen übernehmen", "复用设置", "설정 재사용"),
    "RunComfy may already have this job.": (
        "RunComfy potrebbe avere già questo lavoro.",
        "RunComfy hat diesen Auftrag womöglich bereits.",
        "RunComfy 可能已经收到此任务。",
        "RunComfy에 이미 이 작업이 있을 수 있습니다.",
    ),
    "Send again": ("Invia di nuovo", "Erneut senden", "重新发送", "다시 보내기"),
    "Send the same settings again as a new job": (
        "Invia le stesse impostazioni come nuovo lavoro",
        "Dieselben Einstellungen als neuen Auftrag senden",
        "以相同设置作为新任务再次发送",
        "같은 설정을 새 작업으로 다시 보내기",
    ),
    "Send this job again?": ("Inviare di nuovo questo lavoro?", "Diesen Auftrag erneut senden?", "重新发送此任务？", "이 작업을 다시 보낼까요?"),
    "Show in folder": ("Mostra nella cartella", "Im Ordner anzeigen", "在文件夹中显示", "폴더에서 보기"),
    "The clip's last frame becomes the first frame of a new shot, so the scene goes on from "
    "where it ends": (
        "L'ultimo fotogramma della clip diventa il fotogramma iniziale di una nuova inquadratura, "
        "così la scena prosegue da dove finisce",
        "Das letzte Bild des Clips wird zum Startbild eines neuen Shots, sodass die Szene "
        "dort weitergeht, wo sie endet",
        "片段的尾帧成为新镜头的首帧，场景从结束处继续",
        "클립의 마지막 프레임이 새 샷의 첫 프레임이 되어, 장면이 끝난 곳에서 이어집니다",
    ),
    # -- the player --
    "Full screen": ("Schermo intero", "Vollbild", "全屏", "전체 화면"),
    "Full screen (F or double-click; Esc leaves)": (
        "Schermo intero (F o doppio clic; Esc per uscire)",
        "Vollbild (F oder Doppelklick; Esc beendet)",
        "全屏（F 或双击；Esc 退出）",
        "전체 화면(F 또는 두 번 클릭, Esc로 나가기)",
    ),
    "Leave full screen": ("Esci dallo schermo intero", "Vollbild verlassen", "退出全屏", "전체 화면 나가기"),
    "Loop": ("Ripeti", "Schleife", "循环", "반복"),
    "Mute": ("Muto", "Stumm", "静音", "음소거"),
    "Mute the sound (M)": ("Disattiva l'audio (M)", "Ton stummschalten (M)", "静音（M）", "소리 끄기(M)"),
    "Pause": ("Pausa", "Pause", "暂停", "일시 정지"),
    "Play": ("Riproduci", "Abspielen", "播放", "재생"),
    "Play or pause (Space)": (
        "Riproduci o metti in pausa (Spazio)",
        "Abspielen oder anhalten (Leertaste)",
        "播放或暂停（空格键）",
        "재생 또는 일시 정지(Space)",
    ),
    "Play the clip over and over (L)": (
        "Riproduci la clip a ciclo continuo (L)",
        "Den Clip immer wieder abspielen (L)",
        "循环播放片段（L）",
        "클립을 반복 재생(L)",
    ),
    "Position": ("Posizione", "Position", "播放位置", "재생 위치"),
    "Preview · motion sketch, not AI generation": (
        "Anteprima · bozza di movimento, non generazione IA",
        "Vorschau · Bewegungsskizze, keine KI-Generierung",
        "预览 · 运动草稿，并非 AI 生成",
        "미리보기 · 모션 스케치, AI 생성 아님",
    ),
    "Select a finished job to play it here.": (
        "Seleziona un lavoro finito per riprodurlo qui.",
        "Wählen Sie einen fertigen Auftrag, um ihn hier abzuspielen.",
        "选择一个已完成的任务即可在此播放。",
        "완료된 작업을 선택하면 여기에서 재생됩니다.",
    ),
    "The clip plays here as soon as the job is done.": (
        "La clip verrà riprodotta qui appena il lavoro sarà finito.",
        "Der Clip wird hier abgespielt, sobald der Auftrag fertig ist.",
        "任务完成后，片段会在这里播放。",
        "작업이 끝나는 대로 여기에서 클립이 재생됩니다.",
    ),
    "The video file {path} is missing: it may have been moved or deleted. Its output URL can "
    "still be copied from the queue.": (
        "Il file video {path} non c'è: potrebbe essere stato spostato o eliminato. Puoi ancora "
        "copiarne l'URL dalla coda.",
        "Die Videodatei {path} fehlt: Sie wurde vielleicht verschoben oder gelöscht. Ihre "
        "Ausgabe-URL lässt sich weiterhin aus der Warteschlange kopieren.",
        "视频文件 {path} 不见了：可能已被移动或删除。仍可从队列中复制它的输出 URL。",
        "동영상 파일 {path}이(가) 없습니다. 이동되었거나 삭제되었을 수 있습니다. 출력 URL은 "
        "대기열에서 여전히 복사할 수 있습니다.",
    ),
    "This clip has no sound.": ("Questa clip non ha audio.", "Dieser Clip hat keinen Ton.", "此片段没有声音。", "이 클립에는 소리가 없습니다."),
    "This job finished without a video file.": (
        "Questo lavoro è finito senza un file video.",
        "Dieser Auftrag endete ohne Videodatei.",
        "此任务已结束，但没有视频文件。",
        "이 작업은 동영상 파일 없이 끝났습니다.",
    ),
    "This job has no clip to play ({state}).": (
        "Questo lavoro non ha una clip da riprodurre ({state}).",
        "Dieser Auftrag hat keinen Clip zum Abspielen ({state}).",
        "此任务没有可播放的片段（{state}）。",
        "이 작업에는 재생할 클립이 없습니다({state}).",
    ),
    "Time": ("Tempo", "Zeit", "时间", "시간"),
    "unknown error": ("errore sconosciuto", "unbekannter Fehler", "未知错误", "알 수 없는 오류"),
    "{file} cannot be played: {reason}": (
        "Impossibile riprodurre {file}: {reason}",
        "{file} kann nicht abgespielt werden: {reason}",
        "无法播放 {file}：{reason}",
        "{file}을(를) 재생할 수 없습니다: {reason}",
    ),
    "Loading preview…": ("Caricamento anteprima…", "Vorschau wird geladen…", "正在加载预览…", "미리보기를 불러오는 중…"),
    "No preview": ("Nessuna anteprima", "Keine Vorschau", "无预览", "미리보기 없음"),
    # -- Generate and the price --
    "Generate": ("Genera", "Generieren", "生成", "생성"),
    "Generate a clip with these settings (Ctrl+Enter)": (
        "Genera una clip con queste impostazioni (Ctrl+Invio)",
        "Einen Clip mit diesen Einstellungen generieren (Strg+Eingabe)",
        "用这些设置生成一个片段（Ctrl+Enter）",
        "이 설정으로 클립 생성(Ctrl+Enter)",
    ),
    "Generate preview": ("Genera anteprima", "Vorschau generieren", "生成预览", "미리보기 생성"),
    "Generate · {price}": ("Genera · {price}", "Generieren · {price}", "生成 · {price}", "생성 · {price}"),
    "Price": ("Prezzo", "Preis", "价格", "가격"),
    "Price unavailable": ("Prezzo non disponibile", "Preis nicht verfügbar", "价格不可用", "가격을 알 수 없음"),
    "Reading the price…": ("Lettura del prezzo…", "Preis wird gelesen…", "正在读取价格…", "가격을 읽는 중…"),
    "Sending your job…": ("Invio del lavoro…", "Ihr Auftrag wird gesendet…", "正在发送你的任务…", "작업을 보내는 중…"),
    "Why Generate is not available": (
        "Perché Genera non è disponibile",
        "Warum Generieren nicht verfügbar ist",
        "为何无法生成",
        "생성을 사용할 수 없는 이유",
    ),
    "second": ("secondo", "Sekunde", "秒", "초"),
    "video": ("video", "Video", "视频", "동영상"),
    "{total} estimated · {per_unit}": (
        "{total} stimati · {per_unit}",
        "{total} geschätzt · {per_unit}",
        "预计 {total} · {per_unit}",
        "예상 {total} · {per_unit}",
    ),
    # -- the model picker --
    "All RunComfy models": ("Tutti i modelli RunComfy", "Alle RunComfy-Modelle", "所有 RunComfy 模型", "모든 RunComfy 모델"),
    "Model": ("Modello", "Modell", "模型", "모델"),
    "Models": ("Modelli", "Modelle", "模型", "모델"),
    "New": ("Nuovo", "Neu", "新", "신규"),
    "new": ("nuovo", "neu", "新", "신규"),
    "Search models": ("Cerca modelli", "Modelle suchen", "搜索模型", "모델 검색"),
    "The video model that makes the clip.": (
        "Il modello video che crea la clip.",
        "Das Videomodell, das den Clip erstellt.",
        "生成片段所用的视频模型。",
        "클립을 만드는 동영상 모델.",
    ),
    "audio": ("audio", "Audio", "音频", "오디오"),
    "first and last frame": (
        "fotogramma iniziale e finale",
        "Start- und Endbild",
        "首帧和尾帧",
        "첫 프레임과 마지막 프레임",
    ),
    "first frame": ("fotogramma iniziale", "Startbild", "首帧", "첫 프레임"),
    "priced per second": ("prezzo al secondo", "Preis pro Sekunde", "按秒计费", "초당 요금"),
    "priced per video": ("prezzo per video", "Preis pro Video", "按视频计费", "동영상당 요금"),
    "text only": ("solo testo", "nur Text", "仅文本", "텍스트만"),
    "with sound": ("con audio", "mit Ton", "带声音", "소리 포함"),
    "{count} reference images": (
        "{count} immagini di riferimento",
        "{count} Referenzbilder",
        "{count} 张参考图",
        "참조 이미지 {count}장",
    ),
    "{family} models": ("Modelli {family}", "{family}-Modelle", "{family} 模型", "{family} 모델"),
    # -- amounts --
    "{s} s": ("{s} s", "{s} s", "{s} 秒", "{s}초"),
    "{received} of {total}": ("{received} di {total}", "{received} von {total}", "{received} / {total}", "{received} / {total}"),
}
