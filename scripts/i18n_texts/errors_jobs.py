"""Translations of the job queue's own messages (context "Errors"): why a job was not sent or
failed after a restart, what cannot be done to a job in its state, and the job database's
refusals; and the job states' names inside a sentence (context "JobState").

Each entry: English source -> (Italian, German, Chinese (Simplified), Korean).
A template's placeholders ({job}, {state}, {path}…) stay as they are. A state named inside
a sentence ({state}) is its name as the queue shows it, quoted in each language (German
„…“, Italian «…», Chinese “…”, Korean '…'), so that any state reads right in the sentence.
"""

TEXTS = {
    # -- what a job's state forbids ({state}: the state's name, see BY_CONTEXT) --
    "This job is {state}: only a download that is waiting can be tried again.": (
        "Questo lavoro è nello stato «{state}»: si può riprovare solo un download in attesa.",
        "Dieser Auftrag hat den Status „{state}“: Nur ein wartender Download kann wiederholt "
        "werden.",
        "此任务的状态为“{state}”：只有等待中的下载才能重试。",
        "이 작업은 '{state}' 상태입니다. 대기 중인 다운로드만 다시 시도할 수 있습니다.",
    ),
    "This job is still {state}: wait for it or cancel it before sending it again.": (
        "Questo lavoro è ancora nello stato «{state}»: attendi che finisca o annullalo prima "
        "di inviarlo di nuovo.",
        "Dieser Auftrag hat noch den Status „{state}“: Warten Sie ihn ab oder brechen Sie ihn "
        "ab, bevor Sie ihn erneut senden.",
        "此任务仍处于“{state}”状态：请等待其完成或将其取消，然后再重新发送。",
        "이 작업은 아직 '{state}' 상태입니다. 다시 보내기 전에 작업이 끝나기를 기다리거나 "
        "작업을 취소하세요.",
    ),
    "This job is still {state}, so it cannot be removed from the list: cancel it or wait "
    "until it has finished.": (
        "Questo lavoro è ancora nello stato «{state}», quindi non può essere tolto dall'elenco: "
        "annullalo o attendi che sia finito.",
        "Dieser Auftrag hat noch den Status „{state}“ und kann daher nicht aus der Liste "
        "entfernt werden: Brechen Sie ihn ab oder warten Sie, bis er abgeschlossen ist.",
        "此任务仍处于“{state}”状态，因此无法从列表中移除：请将其取消，或等待其完成。",
        "이 작업은 아직 '{state}' 상태이므로 목록에서 제거할 수 없습니다. 작업을 취소하거나 "
        "끝날 때까지 기다리세요.",
    ),
    # -- jobs that are not there, or not followed here --
    "There is no job {job}.": (
        "Non esiste alcun lavoro {job}.",
        "Es gibt keinen Auftrag {job}.",
        "不存在任务 {job}。",
        "작업 {job}이(가) 없습니다.",
    ),
    "There is no job {job} to remove.": (
        "Non esiste alcun lavoro {job} da togliere.",
        "Es gibt keinen Auftrag {job}, der entfernt werden könnte.",
        "没有可移除的任务 {job}。",
        "제거할 작업 {job}이(가) 없습니다.",
    ),
    "Job {job} is not being followed in this session: resume it first.": (
        "Il lavoro {job} non è seguito in questa sessione: riprendilo prima.",
        "Der Auftrag {job} wird in dieser Sitzung nicht verfolgt: Setzen Sie ihn zuerst fort.",
        "本次运行未跟踪任务 {job}：请先恢复它。",
        "이번 실행에서는 작업 {job}을(를) 추적하고 있지 않습니다. 먼저 작업을 재개하세요.",
    ),
    "The job has no request id to follow.": (
        "Il lavoro non ha un ID di richiesta da seguire.",
        "Der Auftrag hat keine Anfrage-ID, der gefolgt werden könnte.",
        "该任务没有可跟踪的请求 ID。",
        "이 작업에는 추적할 요청 ID가 없습니다.",
    ),
    # -- what a restart finds --
    "Not sent: Storyreel closed before this job was sent. Nothing was charged; use Retry to "
    "send it.": (
        "Non inviato: Storyreel si è chiuso prima che questo lavoro venisse inviato. Non è "
        "stato addebitato nulla; usa Riprova per inviarlo.",
        "Nicht gesendet: Storyreel wurde geschlossen, bevor dieser Auftrag gesendet wurde. Es "
        "wurde nichts berechnet; senden Sie ihn mit „Wiederholen“.",
        "未发送：Storyreel 在发送此任务之前已关闭。未产生任何费用；请使用“重试”发送。",
        "보내지 않음: 이 작업을 보내기 전에 Storyreel이 종료되었습니다. 요금은 청구되지 "
        "않았습니다. '다시 시도'로 보내세요.",
    ),
    "The offline preview engine stopped when Storyreel closed, and this preview went with "
    "it. Nothing was charged; use Retry to render it again.": (
        "Il motore dell'anteprima offline si è fermato alla chiusura di Storyreel e questa "
        "anteprima è andata persa. Non è stato addebitato nulla; usa Riprova per renderizzarla "
        "di nuovo.",
        "Die Offline-Vorschau wurde beim Schließen von Storyreel beendet, und diese Vorschau "
        "ging dabei verloren. Es wurde nichts berechnet; rendern Sie sie mit „Wiederholen“ "
        "erneut.",
        "Storyreel 关闭时离线预览引擎已停止，此预览也随之丢失。未产生任何费用；请使用“重试”"
        "重新渲染。",
        "Storyreel이 종료될 때 오프라인 미리보기 엔진이 멈춰 이 미리보기도 함께 사라졌습니다. "
        "요금은 청구되지 않았습니다. '다시 시도'로 다시 렌더링하세요.",
    ),
    "Storyreel stopped before the job finished; it continues on the next start.": (
        "Storyreel si è fermato prima che il lavoro finisse; proseguirà al prossimo avvio.",
        "Storyreel wurde beendet, bevor der Auftrag fertig war; er wird beim nächsten Start "
        "fortgesetzt.",
        "Storyreel 在任务完成前已停止；下次启动时将继续。",
        "작업이 끝나기 전에 Storyreel이 멈췄습니다. 다음에 시작할 때 이어서 진행됩니다.",
    ),
    # -- the job database --
    "Job {job} is not in the job database.": (
        "Il lavoro {job} non è nel database dei lavori.",
        "Der Auftrag {job} ist nicht in der Auftragsdatenbank.",
        "任务数据库中没有任务 {job}。",
        "작업 {job}이(가) 작업 데이터베이스에 없습니다.",
    ),
    "The job database has a damaged entry (the {column} of job {job} cannot be read). It was "
    "left as it is: it holds the request ids of the jobs you sent, so keep the file and ask "
    "for help before changing it.": (
        "Il database dei lavori contiene una voce danneggiata (il campo {column} del lavoro "
        "{job} non è leggibile). È stato lasciato com'è: contiene gli ID di richiesta dei "
        "lavori che hai inviato, quindi conserva il file e chiedi aiuto prima di modificarlo.",
        "Die Auftragsdatenbank enthält einen beschädigten Eintrag (das Feld {column} des "
        "Auftrags {job} ist nicht lesbar). Sie wurde unverändert gelassen: Sie enthält die "
        "Anfrage-IDs Ihrer gesendeten Aufträge. Bewahren Sie die Datei auf und holen Sie Hilfe, "
        "bevor Sie sie ändern.",
        "任务数据库中有一条损坏的记录（任务 {job} 的 {column} 无法读取）。数据库保持原样未动："
        "其中保存着你已发送任务的请求 ID，请保留该文件，并在修改前寻求帮助。",
        "작업 데이터베이스에 손상된 항목이 있습니다(작업 {job}의 {column}을(를) 읽을 수 "
        "없습니다). 데이터베이스는 그대로 두었습니다. 보낸 작업의 요청 ID가 들어 있으니 "
        "파일을 보관하고, 변경하기 전에 도움을 요청하세요.",
    ),
    "The job database {path} cannot be opened ({reason}). It is left as it is: it holds the "
    "request ids of the jobs you sent, so do not delete or move it. If another Storyreel was "
    "starting at the same moment, wait a few seconds and try again; otherwise check that its "
    "folder can be read and written.": (
        "Impossibile aprire il database dei lavori {path} ({reason}). È stato lasciato com'è: "
        "contiene gli ID di richiesta dei lavori che hai inviato, quindi non eliminarlo e non "
        "spostarlo. Se un altro Storyreel si stava avviando nello stesso momento, attendi "
        "qualche secondo e riprova; altrimenti verifica che la sua cartella sia leggibile e "
        "scrivibile.",
        "Die Auftragsdatenbank {path} kann nicht geöffnet werden ({reason}). Sie bleibt "
        "unverändert: Sie enthält die Anfrage-IDs Ihrer gesendeten Aufträge, löschen oder "
        "verschieben Sie sie also nicht. Wenn gerade ein anderes Storyreel startete, warten "
        "Sie einige Sekunden und versuchen Sie es erneut; andernfalls prüfen Sie, ob ihr "
        "Ordner gelesen und beschrieben werden kann.",
        "无法打开任务数据库 {path}（{reason}）。数据库保持原样未动：其中保存着你已发送任务的"
        "请求 ID，请勿删除或移动。如果另一个 Storyreel 正在同时启动，请等待几秒后重试；否则"
        "请检查其所在文件夹是否可读写。",
        "작업 데이터베이스 {path}을(를) 열 수 없습니다({reason}). 데이터베이스는 그대로 "
        "두었습니다. 보낸 작업의 요청 ID가 들어 있으니 삭제하거나 옮기지 마세요. 다른 "
        "Storyreel이 동시에 시작되던 중이었다면 몇 초 기다린 후 다시 시도하세요. 그렇지 "
        "않다면 해당 폴더를 읽고 쓸 수 있는지 확인하세요.",
    ),
    "The job database {path} was written by a newer version of Storyreel (database version "
    "{version}, this version understands up to {latest}). Update Storyreel to open it; it has "
    "not been changed.": (
        "Il database dei lavori {path} è stato scritto da una versione più recente di "
        "Storyreel (versione del database {version}, questa versione supporta al massimo la "
        "{latest}). Aggiorna Storyreel per aprirlo; non è stato modificato.",
        "Die Auftragsdatenbank {path} wurde von einer neueren Version von Storyreel "
        "geschrieben (Datenbankversion {version}, diese Version unterstützt höchstens "
        "{latest}). "
        "Aktualisieren Sie Storyreel, um sie zu öffnen; sie wurde nicht verändert.",
        "任务数据库 {path} 由更新版本的 Storyreel 写入（数据库版本 {version}，本版本最高支持 "
        "{latest}）。请更新 Storyreel 后再打开；该数据库未被更改。",
        "작업 데이터베이스 {path}은(는) 더 새로운 버전의 Storyreel에서 작성되었습니다"
        "(데이터베이스 버전 {version}, 이 버전은 {latest}까지 지원). 열려면 Storyreel을 "
        "업데이트하세요. 데이터베이스는 변경되지 않았습니다.",
    ),
}

# A job state's name inside a sentence ("This job is {state}: ..."): each language quotes the
# name the queue shows (its own capitals), so these equal the states' names there.
BY_CONTEXT = {
    ("JobState", "waiting to send"): ("In attesa di invio", "Wartet auf Senden", "等待发送", "전송 대기"),
    ("JobState", "sending"): ("Invio in corso", "Wird gesendet", "正在发送", "보내는 중"),
    ("JobState", "in queue"): ("In coda", "In der Warteschlange", "排队中", "대기열에 있음"),
    ("JobState", "generating"): ("Generazione in corso", "Wird generiert", "生成中", "생성 중"),
    ("JobState", "downloading"): (
        "Download in corso",
        "Wird heruntergeladen",
        "下载中",
        "내려받는 중",
    ),
    ("JobState", "download waiting"): ("Download in attesa", "Download wartet", "等待下载", "다운로드 대기"),
    ("JobState", "done"): ("Fatto", "Fertig", "已完成", "완료"),
    ("JobState", "failed"): ("Non riuscito", "Fehlgeschlagen", "失败", "실패"),
    ("JobState", "cancelled"): ("Annullato", "Abgebrochen", "已取消", "취소됨"),
    ("JobState", "submission uncertain"): (
        "Invio incerto",
        "Übermittlung unsicher",
        "提交状态不确定",
        "제출 여부 불확실",
    ),
}
