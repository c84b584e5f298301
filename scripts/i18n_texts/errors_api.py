"""Translations of the messages Storyreel's connection to RunComfy makes (context "Errors"):
answers RunComfy's API gives that are not what it promises, downloading the outputs, encoding
the inputs that are sent, the live price, a storyboard render's estimate and outcomes, and
the reasons a job failed or waits.

Each entry: English source -> (Italian, German, Chinese (Simplified), Korean).
A template's placeholders ({what}, {url}, {reason}…) stay as they are, with their format
({size:.1f}). A text that starts with a placeholder of a whole sentence ({text}, {reason})
and goes on with another sentence keeps the space in Italian, German and Korean; Chinese
does not. {title} is the field's own title from the model's schema.
"""

TEXTS = {
    # -- sizes and durations inside a sentence --
    "{count} bytes": ("{count} byte", "{count} Byte", "{count} 字节", "{count}바이트"),
    "{size:.3g} MiB": ("{size:.3g} MiB", "{size:.3g} MiB", "{size:.3g} MiB", "{size:.3g} MiB"),
    "{size:.3g} KiB": ("{size:.3g} KiB", "{size:.3g} KiB", "{size:.3g} KiB", "{size:.3g} KiB"),
    "{size:.1f} MB": ("{size:.1f} MB", "{size:.1f} MB", "{size:.1f} MB", "{size:.1f} MB"),
    "{size} kB": ("{size} kB", "{size} kB", "{size} kB", "{size} kB"),
    "{seconds:.0f} s": (
        "{seconds:.0f} s",
        "{seconds:.0f} s",
        "{seconds:.0f} 秒",
        "{seconds:.0f}초",
    ),
    "{minutes:.0f} min": (
        "{minutes:.0f} min",
        "{minutes:.0f} Min.",
        "{minutes:.0f} 分钟",
        "{minutes:.0f}분",
    ),
    "output": ("output", "Ausgabe", "次输出", "출력"),
    # -- RunComfy's answers that are not what its API promises --
    "{what}: the server's answer was larger than the {limit} an API answer may be, so "
    "Storyreel stopped reading it. Check the API address in Settings: it may not be "
    "RunComfy's Model API.": (
        "{what}: la risposta del server superava i {limit} consentiti per una risposta "
        "dell'API, quindi Storyreel ha smesso di leggerla. Controlla l'indirizzo API nelle "
        "Impostazioni: potrebbe non essere la Model API di RunComfy.",
        "{what}: Die Antwort des Servers war größer als die {limit}, die eine API-Antwort "
        "haben darf, daher hat Storyreel aufgehört, sie zu lesen. Prüfen Sie die API-Adresse "
        "in den Einstellungen: Sie führt möglicherweise nicht zur Model API von RunComfy.",
        "{what}：服务器的回复超过了 API 回复允许的 {limit}，因此 Storyreel 停止了读取。"
        "请在设置中检查 API 地址：它可能不是 RunComfy 的 Model API。",
        "{what}: 서버 응답이 API 응답의 허용 크기인 {limit}보다 커서 Storyreel이 읽기를 "
        "멈췄습니다. 설정에서 API 주소를 확인하세요. RunComfy의 Model API가 아닐 수 "
        "있습니다.",
    ),
    "{what}: the server's answer was larger ({size}) than the {limit} an API answer may be, "
    "so Storyreel stopped reading it. Check the API address in Settings: it may not be "
    "RunComfy's Model API.": (
        "{what}: la risposta del server ({size}) superava i {limit} consentiti per una "
        "risposta dell'API, quindi Storyreel ha smesso di leggerla. Controlla l'indirizzo API "
        "nelle Impostazioni: potrebbe non essere la Model API di RunComfy.",
        "{what}: Die Antwort des Servers ({size}) war größer als die {limit}, die eine "
        "API-Antwort haben darf, daher hat Storyreel aufgehört, sie zu lesen. Prüfen Sie die "
        "API-Adresse in den Einstellungen: Sie führt möglicherweise nicht zur Model API von "
        "RunComfy.",
        "{what}：服务器的回复（{size}）超过了 API 回复允许的 {limit}，因此 Storyreel 停止了"
        "读取。请在设置中检查 API 地址：它可能不是 RunComfy 的 Model API。",
        "{what}: 서버 응답({size})이 API 응답의 허용 크기인 {limit}보다 커서 Storyreel이 "
        "읽기를 멈췄습니다. 설정에서 API 주소를 확인하세요. RunComfy의 Model API가 아닐 수 "
        "있습니다.",
    ),
    "{what}: RunComfy answered with something that is not JSON.": (
        "{what}: RunComfy ha risposto con qualcosa che non è JSON.",
        "{what}: RunComfy hat mit etwas geantwortet, das kein JSON ist.",
        "{what}：RunComfy 的回复不是 JSON。",
        "{what}: RunComfy가 JSON이 아닌 응답을 보냈습니다.",
    ),
    "{what}: RunComfy answered with JSON that is not an object.": (
        "{what}: RunComfy ha risposto con un JSON che non è un oggetto.",
        "{what}: RunComfy hat mit JSON geantwortet, das kein Objekt ist.",
        "{what}：RunComfy 回复的 JSON 不是对象。",
        "{what}: RunComfy가 객체가 아닌 JSON으로 응답했습니다.",
    ),
    "{what}: RunComfy answered with a server error (HTTP {status}), so it may or may not have "
    "queued the job.": (
        "{what}: RunComfy ha risposto con un errore del server (HTTP {status}), quindi il "
        "lavoro potrebbe essere stato messo in coda oppure no.",
        "{what}: RunComfy hat mit einem Serverfehler geantwortet (HTTP {status}), daher ist "
        "unklar, ob der Auftrag in die Warteschlange gestellt wurde.",
        "{what}：RunComfy 回复了服务器错误（HTTP {status}），因此无法确定任务是否已进入队列。",
        "{what}: RunComfy가 서버 오류(HTTP {status})로 응답했으므로 작업이 대기열에 "
        "들어갔는지 알 수 없습니다.",
    ),
    "{what} failed; it was not sent": (
        "{what} non riuscito; non è stato inviato",
        "{what} fehlgeschlagen; es wurde nichts gesendet",
        "{what}失败；未发送",
        "{what} 실패, 보내지 않았습니다",
    ),
    "{message} The job was sent, so RunComfy may or may not have queued it.": (
        "{message} Il lavoro è stato inviato, quindi RunComfy potrebbe averlo messo in coda "
        "oppure no.",
        "{message} Der Auftrag wurde gesendet, daher ist unklar, ob RunComfy ihn in die "
        "Warteschlange gestellt hat.",
        "{message}任务已发送，因此无法确定 RunComfy 是否已将其加入队列。",
        "{message} 작업은 보내졌으므로 RunComfy가 대기열에 넣었는지 알 수 없습니다.",
    ),
    "{what}: the connection failed after the job was sent ({reason}), so RunComfy may or may "
    "not have received it.": (
        "{what}: la connessione si è interrotta dopo l'invio del lavoro ({reason}), quindi "
        "RunComfy potrebbe averlo ricevuto oppure no.",
        "{what}: Die Verbindung ist nach dem Senden des Auftrags abgebrochen ({reason}), daher "
        "ist unklar, ob RunComfy ihn erhalten hat.",
        "{what}：任务发送后连接失败（{reason}），因此无法确定 RunComfy 是否已收到。",
        "{what}: 작업을 보낸 뒤 연결이 끊겼으므로({reason}) RunComfy가 받았는지 알 수 없습니다.",
    ),
    "{what}: RunComfy's answer carried no usable request id, so Storyreel cannot tell whether "
    "the job was queued.": (
        "{what}: la risposta di RunComfy non conteneva un ID di richiesta utilizzabile, quindi "
        "Storyreel non può sapere se il lavoro è stato messo in coda.",
        "{what}: Die Antwort von RunComfy enthielt keine verwendbare Anfrage-ID, daher kann "
        "Storyreel nicht feststellen, ob der Auftrag in die Warteschlange gestellt wurde.",
        "{what}：RunComfy 的回复中没有可用的请求 ID，因此 Storyreel 无法判断任务是否已进入队列。",
        "{what}: RunComfy 응답에 사용할 수 있는 요청 ID가 없어 Storyreel이 작업이 대기열에 "
        "들어갔는지 알 수 없습니다.",
    ),
    "{what}: RunComfy's answer has no status.": (
        "{what}: la risposta di RunComfy non indica uno stato.",
        "{what}: Die Antwort von RunComfy enthält keinen Status.",
        "{what}：RunComfy 的回复中没有状态。",
        "{what}: RunComfy 응답에 상태가 없습니다.",
    ),
    "{what}: RunComfy's answer has neither a status nor an output.": (
        "{what}: la risposta di RunComfy non indica né uno stato né un output.",
        "{what}: Die Antwort von RunComfy enthält weder einen Status noch eine Ausgabe.",
        "{what}：RunComfy 的回复中既没有状态也没有输出。",
        "{what}: RunComfy 응답에 상태도 출력도 없습니다.",
    ),
    "{what}: {host} offers no balance Storyreel knows.": (
        "{what}: {host} non offre un credito che Storyreel sappia leggere.",
        "{what}: {host} bietet kein Guthaben an, das Storyreel kennt.",
        "{what}：{host} 不提供 Storyreel 可识别的余额。",
        "{what}: {host}에는 Storyreel이 아는 잔액 정보가 없습니다.",
    ),
    "{what}: the answer states no balance.": (
        "{what}: la risposta non indica alcun credito.",
        "{what}: Die Antwort nennt kein Guthaben.",
        "{what}：回复中没有余额。",
        "{what}: 응답에 잔액이 없습니다.",
    ),
    "{what}: RunComfy's answer has no usable price (price {price}, unit {unit}), so nothing is "
    "sent.": (
        "{what}: la risposta di RunComfy non contiene un prezzo utilizzabile (prezzo {price}, "
        "unità {unit}), quindi non viene inviato nulla.",
        "{what}: Die Antwort von RunComfy enthält keinen verwendbaren Preis (Preis {price}, "
        "Einheit {unit}), daher wird nichts gesendet.",
        "{what}：RunComfy 的回复中没有可用的价格（价格 {price}，单位 {unit}），因此不会发送"
        "任何内容。",
        "{what}: RunComfy 응답에 사용할 수 있는 가격이 없으므로(가격 {price}, 단위 {unit}) "
        "아무것도 보내지 않습니다.",
    ),
    "'{request}' is not a valid RunComfy request id: request ids are 1 to 128 letters, "
    "digits, '-' or '_'.": (
        "'{request}' non è un ID di richiesta RunComfy valido: gli ID di richiesta sono da 1 a "
        "128 lettere, cifre, '-' o '_'.",
        "'{request}' ist keine gültige RunComfy-Anfrage-ID: Anfrage-IDs bestehen aus 1 bis "
        "128 Buchstaben, Ziffern, '-' oder '_'.",
        "'{request}' 不是有效的 RunComfy 请求 ID：请求 ID 由 1 到 128 个字母、数字、'-' 或 "
        "'_' 组成。",
        "'{request}'은(는) 올바른 RunComfy 요청 ID가 아닙니다. 요청 ID는 1~128자의 문자, "
        "숫자, '-' 또는 '_'입니다.",
    ),
    "The model id is wrong: '{model}' is not a RunComfy model id (such as "
    "bytedance/seedance-1-0/lite/image-to-video).": (
        "L'ID del modello è errato: '{model}' non è un ID di modello RunComfy (come "
        "bytedance/seedance-1-0/lite/image-to-video).",
        "Die Modell-ID ist falsch: '{model}' ist keine RunComfy-Modell-ID (etwa "
        "bytedance/seedance-1-0/lite/image-to-video).",
        "模型 ID 有误：'{model}' 不是 RunComfy 模型 ID（例如 "
        "bytedance/seedance-1-0/lite/image-to-video）。",
        "모델 ID가 잘못되었습니다. '{model}'은(는) RunComfy 모델 ID가 아닙니다(예: "
        "bytedance/seedance-1-0/lite/image-to-video).",
    ),
    "RunComfy's list of models could not be read: {reason}": (
        "Impossibile leggere l'elenco dei modelli di RunComfy: {reason}",
        "Die Modellliste von RunComfy konnte nicht gelesen werden: {reason}",
        "无法读取 RunComfy 的模型列表：{reason}",
        "RunComfy 모델 목록을 읽을 수 없습니다: {reason}",
    ),
    "Reading RunComfy's list of models: an answer came without a list of models.": (
        "Lettura dell'elenco dei modelli di RunComfy: è arrivata una risposta senza un elenco "
        "di modelli.",
        "Lesen der Modellliste von RunComfy: Eine Antwort kam ohne Modellliste.",
        "读取 RunComfy 的模型列表：收到的回复中没有模型列表。",
        "RunComfy 모델 목록 읽기: 모델 목록이 없는 응답을 받았습니다.",
    ),
    "The engine is closed.": (
        "Il motore è chiuso.",
        "Die Engine ist geschlossen.",
        "引擎已关闭。",
        "엔진이 닫혔습니다.",
    ),
    "The offline preview engine is not part of this Storyreel, so the preview cannot be made.": (
        "Il motore dell'anteprima offline non fa parte di questo Storyreel, quindi "
        "l'anteprima non può essere creata.",
        "Die Engine der Offline-Vorschau gehört nicht zu diesem Storyreel, daher kann die "
        "Vorschau nicht erstellt werden.",
        "此 Storyreel 不包含离线预览引擎，因此无法生成预览。",
        "이 Storyreel에는 오프라인 미리보기 엔진이 없어 미리보기를 만들 수 없습니다.",
    ),
    # -- downloading the outputs --
    "The output address '{url}' is not a valid URL.": (
        "L'indirizzo dell'output '{url}' non è un URL valido.",
        "Die Ausgabeadresse '{url}' ist keine gültige URL.",
        "输出地址 '{url}' 不是有效的 URL。",
        "출력 주소 '{url}'은(는) 올바른 URL이 아닙니다.",
    ),
    "The output address {url} is not https; Storyreel downloads outputs only over https.": (
        "L'indirizzo dell'output {url} non è https; Storyreel scarica gli output solo tramite "
        "https.",
        "Die Ausgabeadresse {url} ist nicht https; Storyreel lädt Ausgaben nur über https "
        "herunter.",
        "输出地址 {url} 不是 https；Storyreel 只通过 https 下载输出。",
        "출력 주소 {url}은(는) https가 아닙니다. Storyreel은 https로만 출력을 다운로드합니다.",
    ),
    "The output address {url} carries a user name or an unusual port; Storyreel does not "
    "download it.": (
        "L'indirizzo dell'output {url} contiene un nome utente o una porta insolita; Storyreel "
        "non lo scarica.",
        "Die Ausgabeadresse {url} enthält einen Benutzernamen oder einen ungewöhnlichen Port; "
        "Storyreel lädt sie nicht herunter.",
        "输出地址 {url} 含有用户名或不常见的端口；Storyreel 不会下载。",
        "출력 주소 {url}에 사용자 이름이나 특이한 포트가 있어 Storyreel이 다운로드하지 않습니다.",
    ),
    "The output address {url} is not on runcomfy.net, so Storyreel does not download it: "
    "outputs are fetched only from RunComfy's own servers.": (
        "L'indirizzo dell'output {url} non è su runcomfy.net, quindi Storyreel non lo scarica: "
        "gli output vengono scaricati solo dai server di RunComfy.",
        "Die Ausgabeadresse {url} liegt nicht auf runcomfy.net, daher lädt Storyreel sie nicht "
        "herunter: Ausgaben werden nur von RunComfys eigenen Servern abgerufen.",
        "输出地址 {url} 不在 runcomfy.net 上，因此 Storyreel 不会下载：输出只从 RunComfy "
        "自己的服务器获取。",
        "출력 주소 {url}이(가) runcomfy.net에 있지 않아 Storyreel이 다운로드하지 않습니다. "
        "출력은 RunComfy 자체 서버에서만 가져옵니다.",
    ),
    "The output server redirected {url} to another address; Storyreel does not follow "
    "redirects for downloads.": (
        "Il server degli output ha reindirizzato {url} a un altro indirizzo; Storyreel non "
        "segue i reindirizzamenti per i download.",
        "Der Ausgabeserver hat {url} an eine andere Adresse umgeleitet; Storyreel folgt bei "
        "Downloads keinen Umleitungen.",
        "输出服务器将 {url} 重定向到了另一个地址；Storyreel 下载时不跟随重定向。",
        "출력 서버가 {url}을(를) 다른 주소로 리디렉션했습니다. Storyreel은 다운로드할 때 "
        "리디렉션을 따르지 않습니다.",
    ),
    "The output server answered HTTP {status} for {url}: RunComfy no longer keeps this file.": (
        "Il server degli output ha risposto HTTP {status} per {url}: RunComfy non conserva "
        "più questo file.",
        "Der Ausgabeserver antwortete mit HTTP {status} für {url}: RunComfy hält diese Datei "
        "nicht mehr vor.",
        "输出服务器对 {url} 回复了 HTTP {status}：RunComfy 已不再保留此文件。",
        "출력 서버가 {url}에 대해 HTTP {status}(으)로 응답했습니다. RunComfy가 더 이상 이 "
        "파일을 보관하지 않습니다.",
    ),
    "The output server answered HTTP {status} for {url} after several tries.": (
        "Il server degli output ha risposto HTTP {status} per {url} dopo diversi tentativi.",
        "Der Ausgabeserver antwortete nach mehreren Versuchen mit HTTP {status} für {url}.",
        "多次尝试后，输出服务器对 {url} 仍回复 HTTP {status}。",
        "여러 번 시도했지만 출력 서버가 {url}에 대해 HTTP {status}(으)로 응답했습니다.",
    ),
    "The output server answered HTTP {status} for {url}.": (
        "Il server degli output ha risposto HTTP {status} per {url}.",
        "Der Ausgabeserver antwortete mit HTTP {status} für {url}.",
        "输出服务器对 {url} 回复了 HTTP {status}。",
        "출력 서버가 {url}에 대해 HTTP {status}(으)로 응답했습니다.",
    ),
    "The output address {url} answered with {kind} instead of a media file.": (
        "L'indirizzo dell'output {url} ha risposto con {kind} invece di un file multimediale.",
        "Die Ausgabeadresse {url} lieferte {kind} statt einer Mediendatei.",
        "输出地址 {url} 返回的是 {kind}，而不是媒体文件。",
        "출력 주소 {url}이(가) 미디어 파일 대신 {kind}(으)로 응답했습니다.",
    ),
    "The video could not be saved here: the disk that holds {folder} is full. Free some "
    "space there.": (
        "Impossibile salvare qui il video: il disco che contiene {folder} è pieno. Libera "
        "un po' di spazio.",
        "Das Video konnte hier nicht gespeichert werden: Der Datenträger mit {folder} ist "
        "voll. Schaffen Sie dort Platz.",
        "无法在此保存视频：{folder} 所在的磁盘已满。请释放一些空间。",
        "여기에 동영상을 저장할 수 없습니다. {folder}이(가) 있는 디스크가 가득 찼습니다. "
        "공간을 확보하세요.",
    ),
    "The video could not be saved here: {folder} (or a folder above it) is a file, not a "
    "folder. Move that file away or choose another library folder in Settings.": (
        "Impossibile salvare qui il video: {folder} (o una cartella superiore) è un file, non "
        "una cartella. Sposta quel file o scegli un'altra cartella della libreria nelle "
        "Impostazioni.",
        "Das Video konnte hier nicht gespeichert werden: {folder} (oder ein übergeordneter "
        "Ordner) ist eine Datei, kein Ordner. Verschieben Sie diese Datei oder wählen Sie in "
        "den Einstellungen einen anderen Bibliotheksordner.",
        "无法在此保存视频：{folder}（或其上级文件夹）是文件而不是文件夹。请移走该文件，或在"
        "设置中选择其他媒体库文件夹。",
        "여기에 동영상을 저장할 수 없습니다. {folder}(또는 상위 폴더)이(가) 폴더가 아니라 "
        "파일입니다. 그 파일을 옮기거나 설정에서 다른 라이브러리 폴더를 선택하세요.",
    ),
    "The video could not be saved here: the folder {folder} is missing (a disconnected "
    "drive?). Reconnect it or choose another library folder in Settings.": (
        "Impossibile salvare qui il video: la cartella {folder} non esiste (un'unità "
        "scollegata?). Ricollegala o scegli un'altra cartella della libreria nelle "
        "Impostazioni.",
        "Das Video konnte hier nicht gespeichert werden: Der Ordner {folder} fehlt (ein "
        "getrenntes Laufwerk?). Verbinden Sie es wieder oder wählen Sie in den Einstellungen "
        "einen anderen Bibliotheksordner.",
        "无法在此保存视频：文件夹 {folder} 不存在（驱动器已断开？）。请重新连接，或在设置中"
        "选择其他媒体库文件夹。",
        "여기에 동영상을 저장할 수 없습니다. {folder} 폴더가 없습니다(드라이브 연결이 "
        "끊겼나요?). 다시 연결하거나 설정에서 다른 라이브러리 폴더를 선택하세요.",
    ),
    "The video could not be saved here: Storyreel may not write to {folder}. Check the "
    "folder's permissions or choose another library folder in Settings.": (
        "Impossibile salvare qui il video: Storyreel non ha il permesso di scrivere in "
        "{folder}. Controlla i permessi della cartella o scegli un'altra cartella della "
        "libreria nelle Impostazioni.",
        "Das Video konnte hier nicht gespeichert werden: Storyreel darf nicht in {folder} "
        "schreiben. Prüfen Sie die Berechtigungen des Ordners oder wählen Sie in den "
        "Einstellungen einen anderen Bibliotheksordner.",
        "无法在此保存视频：Storyreel 无权写入 {folder}。请检查文件夹权限，或在设置中选择其他"
        "媒体库文件夹。",
        "여기에 동영상을 저장할 수 없습니다. Storyreel에 {folder}에 쓸 권한이 없습니다. 폴더 "
        "권한을 확인하거나 설정에서 다른 라이브러리 폴더를 선택하세요.",
    ),
    "The video could not be saved here: {reason}. Check that {folder} can be written to and "
    "that the disk has room.": (
        "Impossibile salvare qui il video: {reason}. Controlla che in {folder} si possa "
        "scrivere e che il disco abbia spazio.",
        "Das Video konnte hier nicht gespeichert werden: {reason}. Prüfen Sie, ob {folder} "
        "beschreibbar ist und der Datenträger Platz hat.",
        "无法在此保存视频：{reason}。请检查 {folder} 是否可写入，以及磁盘是否还有空间。",
        "여기에 동영상을 저장할 수 없습니다: {reason}. {folder}에 쓸 수 있는지, 디스크에 "
        "공간이 있는지 확인하세요.",
    ),
    "The output file {url} is {size:.1f} GB, over Storyreel's limit of {limit:.1f} GB.": (
        "Il file di output {url} è di {size:.1f} GB, oltre il limite di Storyreel di "
        "{limit:.1f} GB.",
        "Die Ausgabedatei {url} ist {size:.1f} GB groß und überschreitet die Grenze von "
        "Storyreel von {limit:.1f} GB.",
        "输出文件 {url} 为 {size:.1f} GB，超过了 Storyreel 的 {limit:.1f} GB 上限。",
        "출력 파일 {url}은(는) {size:.1f} GB로 Storyreel의 한도인 {limit:.1f} GB를 넘습니다.",
    ),
    "The output file {url} is over Storyreel's limit of {limit:.1f} GB; the download was "
    "stopped.": (
        "Il file di output {url} supera il limite di Storyreel di {limit:.1f} GB; il download "
        "è stato interrotto.",
        "Die Ausgabedatei {url} überschreitet die Grenze von Storyreel von {limit:.1f} GB; "
        "der Download wurde abgebrochen.",
        "输出文件 {url} 超过了 Storyreel 的 {limit:.1f} GB 上限；下载已停止。",
        "출력 파일 {url}이(가) Storyreel의 한도인 {limit:.1f} GB를 넘어 다운로드를 중단했습니다.",
    ),
    "The output file {url} is empty.": (
        "Il file di output {url} è vuoto.",
        "Die Ausgabedatei {url} ist leer.",
        "输出文件 {url} 是空的。",
        "출력 파일 {url}이(가) 비어 있습니다.",
    ),
    "the server could not continue the earlier download": (
        "il server non ha potuto riprendere il download precedente",
        "der Server konnte den früheren Download nicht fortsetzen",
        "服务器无法继续之前的下载",
        "서버가 이전 다운로드를 이어 받을 수 없었습니다",
    ),
    "the server continued from the wrong place": (
        "il server ha ripreso dal punto sbagliato",
        "der Server hat an der falschen Stelle fortgesetzt",
        "服务器从错误的位置继续传输",
        "서버가 잘못된 위치에서 이어 보냈습니다",
    ),
    "{written} of {total} bytes arrived": (
        "sono arrivati {written} byte su {total}",
        "{written} von {total} Byte sind angekommen",
        "收到 {written} / {total} 字节",
        "{total}바이트 중 {written}바이트 도착",
    ),
    "The output server kept breaking off the download of {url} ({reason}; {tries} tries). "
    "The part already fetched is kept and is continued next time.": (
        "Il server degli output ha continuato a interrompere il download di {url} ({reason}; "
        "{tries} tentativi). La parte già scaricata viene conservata e il download riprende la "
        "prossima volta.",
        "Der Ausgabeserver hat den Download von {url} immer wieder abgebrochen ({reason}; "
        "{tries} Versuche). Der bereits geladene Teil bleibt erhalten und wird beim nächsten "
        "Mal fortgesetzt.",
        "输出服务器一再中断 {url} 的下载（{reason}；{tries} 次尝试）。已获取的部分会保留，"
        "下次继续下载。",
        "출력 서버가 {url} 다운로드를 계속 끊었습니다({reason}, {tries}회 시도). 이미 받은 "
        "부분은 보관되며 다음에 이어서 받습니다.",
    ),
    "The output file {url} could not be fetched: the server could not be reached or stopped "
    "answering ({reason}), after several tries.": (
        "Impossibile scaricare il file di output {url}: il server non era raggiungibile o ha "
        "smesso di rispondere ({reason}), dopo diversi tentativi.",
        "Die Ausgabedatei {url} konnte nicht abgerufen werden: Der Server war nach mehreren "
        "Versuchen nicht erreichbar oder antwortete nicht mehr ({reason}).",
        "无法获取输出文件 {url}：多次尝试后，服务器仍无法连接或停止了响应（{reason}）。",
        "출력 파일 {url}을(를) 가져올 수 없습니다. 여러 번 시도했지만 서버에 연결할 수 "
        "없거나 서버가 응답을 멈췄습니다({reason}).",
    ),
    "The download of {url} was stopped because its downloader was closed; the part already "
    "fetched is kept in {part} and will be continued next time.": (
        "Il download di {url} è stato interrotto perché il suo downloader è stato chiuso; la "
        "parte già scaricata è conservata in {part} e riprenderà la prossima volta.",
        "Der Download von {url} wurde angehalten, weil sein Downloader geschlossen wurde; der "
        "bereits geladene Teil bleibt in {part} erhalten und wird beim nächsten Mal "
        "fortgesetzt.",
        "{url} 的下载已停止，因为下载器已关闭；已获取的部分保存在 {part} 中，下次继续下载。",
        "다운로더가 닫혀 {url} 다운로드가 중지되었습니다. 이미 받은 부분은 {part}에 "
        "보관되며 다음에 이어서 받습니다.",
    ),
    # -- the inputs sent: {title} is the field's own title --
    "{title}: the file {path} does not exist.": (
        "{title}: il file {path} non esiste.",
        "{title}: Die Datei {path} existiert nicht.",
        "{title}：文件 {path} 不存在。",
        "{title}: {path} 파일이 없습니다.",
    ),
    "{title}: the file {path} cannot be read ({reason}).": (
        "{title}: impossibile leggere il file {path} ({reason}).",
        "{title}: Die Datei {path} kann nicht gelesen werden ({reason}).",
        "{title}：无法读取文件 {path}（{reason}）。",
        "{title}: {path} 파일을 읽을 수 없습니다({reason}).",
    ),
    "{title}: {message}": (
        "{title}: {message}",
        "{title}: {message}",
        "{title}：{message}",
        "{title}: {message}",
    ),
    "{title}: {path} is not an image Storyreel can read ({reason}).": (
        "{title}: {path} non è un'immagine che Storyreel può leggere ({reason}).",
        "{title}: {path} ist kein Bild, das Storyreel lesen kann ({reason}).",
        "{title}：{path} 不是 Storyreel 可读取的图像（{reason}）。",
        "{title}: {path}은(는) Storyreel이 읽을 수 있는 이미지가 아닙니다({reason}).",
    ),
    "{title}: the image does not fit in {limit} as PNG, and this model takes no other format.": (
        "{title}: l'immagine non sta in {limit} come PNG, e questo modello non accetta altri "
        "formati.",
        "{title}: Das Bild passt als PNG nicht in {limit}, und dieses Modell nimmt kein "
        "anderes Format an.",
        "{title}：该图像保存为 PNG 时无法控制在 {limit} 以内，而此模型不接受其他格式。",
        "{title}: 이미지를 PNG로 {limit} 안에 맞출 수 없고, 이 모델은 다른 형식을 받지 않습니다.",
    ),
    "{title}: the image cannot be made smaller than {limit} without going under the model's "
    "minimum of {side} px per side (it is {width}×{height} px).": (
        "{title}: l'immagine non può scendere sotto {limit} senza andare sotto il minimo del "
        "modello di {side} px per lato (è {width}×{height} px).",
        "{title}: Das Bild lässt sich nicht unter {limit} verkleinern, ohne das Minimum des "
        "Modells von {side} px pro Seite zu unterschreiten (es ist {width}×{height} px groß).",
        "{title}：无法在不低于模型每边最少 {side} px 的前提下将图像缩小到 {limit} 以下（当前"
        "为 {width}×{height} px）。",
        "{title}: 모델의 최소 크기인 변당 {side} px보다 작아지지 않고는 이미지를 {limit} "
        "미만으로 줄일 수 없습니다(현재 {width}×{height} px).",
    ),
    "The request would be {size} with its files inline; RunComfy takes at most {limit}. Use "
    "fewer or smaller files, or URLs to them.": (
        "Con i file incorporati la richiesta sarebbe di {size}; RunComfy accetta al massimo "
        "{limit}. Usa meno file o file più piccoli, oppure i loro URL.",
        "Mit eingebetteten Dateien wäre die Anfrage {size} groß; RunComfy nimmt höchstens "
        "{limit} an. Verwenden Sie weniger oder kleinere Dateien oder URLs zu ihnen.",
        "文件内嵌后请求大小将为 {size}；RunComfy 最多接受 {limit}。请使用更少或更小的文件，"
        "或改用文件的 URL。",
        "파일을 포함하면 요청이 {size}가 됩니다. RunComfy는 최대 {limit}까지 받습니다. 파일 "
        "수를 줄이거나 더 작은 파일, 또는 파일의 URL을 사용하세요.",
    ),
    "{title}: {reason} Use the original file.": (
        "{title}: {reason} Usa il file originale.",
        "{title}: {reason} Verwenden Sie die Originaldatei.",
        "{title}：{reason}请使用原始文件。",
        "{title}: {reason} 원본 파일을 사용하세요.",
    ),
    "{title}: {name} cannot be made small enough to send from a file without cutting it "
    "(RunComfy takes at most {limit} MiB). Shorten it, or give a URL to the file instead.": (
        "{title}: {name} non può essere reso abbastanza piccolo da essere inviato da un file "
        "senza tagliarlo (RunComfy accetta al massimo {limit} MiB). Accorcialo, oppure indica "
        "un URL al file.",
        "{title}: {name} lässt sich nicht klein genug machen, um es ohne Kürzen aus einer "
        "Datei zu senden (RunComfy nimmt höchstens {limit} MiB an). Kürzen Sie es oder geben "
        "Sie stattdessen eine URL zur Datei an.",
        "{title}：{name} 无法在不剪短的情况下缩小到可以从文件发送的大小（RunComfy 最多接受 "
        "{limit} MiB）。请将其缩短，或改为提供文件的 URL。",
        "{title}: {name}을(를) 자르지 않고는 파일로 보낼 수 있을 만큼 작게 만들 수 "
        "없습니다(RunComfy는 최대 {limit} MiB까지 받습니다). 길이를 줄이거나 파일의 URL을 "
        "대신 지정하세요.",
    ),
    "{title}: {name} changed while it was being read, or does not pass its rules once "
    "prepared; check it again.": (
        "{title}: {name} è cambiato durante la lettura, oppure non rispetta le sue regole una "
        "volta preparato; controllalo di nuovo.",
        "{title}: {name} hat sich beim Lesen geändert oder erfüllt nach dem Vorbereiten seine "
        "Regeln nicht; prüfen Sie es erneut.",
        "{title}：{name} 在读取时发生了变化，或准备后不符合其规则；请重新检查。",
        "{title}: {name}이(가) 읽는 도중 바뀌었거나 준비한 뒤 규칙을 통과하지 못합니다. 다시 "
        "확인하세요.",
    ),
    # -- the live price --
    "The live price of {model} could not be read, so nothing is sent. {reason}": (
        "Impossibile leggere il prezzo attuale di {model}, quindi non viene inviato nulla. "
        "{reason}",
        "Der aktuelle Preis von {model} konnte nicht gelesen werden, daher wird nichts "
        "gesendet. {reason}",
        "无法读取 {model} 的实时价格，因此不会发送任何内容。{reason}",
        "{model}의 실시간 가격을 읽을 수 없어 아무것도 보내지 않습니다. {reason}",
    ),
    "The price of {model} changed from ${shown:g} per {shown_unit} to ${live:g} per "
    "{live_unit} since it was shown; nothing was sent. Check the new price and send the job "
    "again.": (
        "Il prezzo di {model} è cambiato da ${shown:g} per {shown_unit} a ${live:g} per "
        "{live_unit} da quando è stato mostrato; non è stato inviato nulla. Controlla il nuovo "
        "prezzo e invia di nuovo il lavoro.",
        "Der Preis von {model} hat sich seit der Anzeige von ${shown:g} pro {shown_unit} auf "
        "${live:g} pro {live_unit} geändert; es wurde nichts gesendet. Prüfen Sie den neuen "
        "Preis und senden Sie den Auftrag erneut.",
        "{model} 的价格自显示以来已从每{shown_unit} ${shown:g} 变为每{live_unit} ${live:g}；"
        "没有发送任何内容。请查看新价格后重新发送任务。",
        "{model}의 가격이 표시된 뒤 {shown_unit}당 ${shown:g}에서 {live_unit}당 ${live:g}(으)로 "
        "바뀌었습니다. 아무것도 보내지 않았습니다. 새 가격을 확인한 뒤 작업을 다시 보내세요.",
    ),
    # -- a job's reasons --
    "Not sent: {reason}": (
        "Non inviato: {reason}",
        "Nicht gesendet: {reason}",
        "未发送：{reason}",
        "보내지 않음: {reason}",
    ),
    "{reason} {help}": ("{reason} {help}", "{reason} {help}", "{reason}{help}", "{reason} {help}"),
    "{reason} {advice}": (
        "{reason} {advice}",
        "{reason} {advice}",
        "{reason}{advice}",
        "{reason} {advice}",
    ),
    "RunComfy could not make this video: {reason}": (
        "RunComfy non è riuscito a creare questo video: {reason}",
        "RunComfy konnte dieses Video nicht erstellen: {reason}",
        "RunComfy 无法生成此视频：{reason}",
        "RunComfy가 이 동영상을 만들 수 없었습니다: {reason}",
    ),
    "The offline preview engine could not make this video: {reason}": (
        "Il motore dell'anteprima offline non è riuscito a creare questo video: {reason}",
        "Die Engine der Offline-Vorschau konnte dieses Video nicht erstellen: {reason}",
        "离线预览引擎无法生成此视频：{reason}",
        "오프라인 미리보기 엔진이 이 동영상을 만들 수 없었습니다: {reason}",
    ),
    "RunComfy gave no reason.": (
        "RunComfy non ha indicato il motivo.",
        "RunComfy hat keinen Grund genannt.",
        "RunComfy 未给出原因。",
        "RunComfy가 이유를 알려 주지 않았습니다.",
    ),
    "The offline preview engine gave no reason.": (
        "Il motore dell'anteprima offline non ha indicato il motivo.",
        "Die Engine der Offline-Vorschau hat keinen Grund genannt.",
        "离线预览引擎未给出原因。",
        "오프라인 미리보기 엔진이 이유를 알려 주지 않았습니다.",
    ),
    "{reason} Render the preview again: it costs nothing.": (
        "{reason} Renderizza di nuovo l'anteprima: non costa nulla.",
        "{reason} Rendern Sie die Vorschau erneut: Das kostet nichts.",
        "{reason}请重新渲染预览：不产生任何费用。",
        "{reason} 미리보기를 다시 렌더링하세요. 비용이 들지 않습니다.",
    ),
    "{reason} It is also in your generation history on RunComfy.": (
        "{reason} Si trova anche nella cronologia delle generazioni su RunComfy.",
        "{reason} Es ist auch in Ihrem Generierungsverlauf bei RunComfy.",
        "{reason}它也在你 RunComfy 上的生成历史记录中。",
        "{reason} RunComfy의 생성 기록에도 있습니다.",
    ),
    "{reason} RunComfy keeps requests for a limited time; check your generation history on "
    "RunComfy.": (
        "{reason} RunComfy conserva le richieste per un tempo limitato; controlla la "
        "cronologia delle generazioni su RunComfy.",
        "{reason} RunComfy bewahrt Anfragen nur begrenzte Zeit auf; prüfen Sie Ihren "
        "Generierungsverlauf bei RunComfy.",
        "{reason}RunComfy 只在有限时间内保留请求；请查看你在 RunComfy 上的生成历史记录。",
        "{reason} RunComfy는 요청을 일정 기간만 보관합니다. RunComfy의 생성 기록을 확인하세요.",
    ),
    "The video is made and RunComfy keeps it for a while: choose Retry download in the queue "
    "or run `storyreel resume` to fetch it (Storyreel also tries again when it next "
    "starts).": (
        "Il video è pronto e RunComfy lo conserva per un po': scegli Riprova download nella "
        "coda o esegui `storyreel resume` per scaricarlo (Storyreel riprova anche al prossimo "
        "avvio).",
        "Das Video ist fertig, und RunComfy bewahrt es eine Weile auf: Wählen Sie „Download "
        "wiederholen“ in der Warteschlange oder führen Sie `storyreel resume` aus, um es "
        "abzurufen (Storyreel versucht es auch beim nächsten Start erneut).",
        "视频已生成，RunComfy 会保留一段时间：在队列中选择“重试下载”，或运行 "
        "`storyreel resume` 来获取（Storyreel 下次启动时也会重试）。",
        "동영상이 만들어졌고 RunComfy가 한동안 보관합니다. 대기열에서 '다운로드 재시도'를 "
        "선택하거나 `storyreel resume`을 실행해 가져오세요(Storyreel도 다음에 시작할 때 "
        "다시 시도합니다).",
    ),
    "The preview is kept only while Storyreel stays open: choose Retry download in the queue "
    "once the folder can be written to.": (
        "L'anteprima è conservata solo finché Storyreel resta aperto: scegli Riprova download "
        "nella coda appena si potrà scrivere nella cartella.",
        "Die Vorschau bleibt nur erhalten, solange Storyreel geöffnet ist: Wählen Sie „Download "
        "wiederholen“ in der Warteschlange, sobald der Ordner beschreibbar ist.",
        "预览只在 Storyreel 保持打开时保留：文件夹可写入后，请在队列中选择“重试下载”。",
        "미리보기는 Storyreel이 열려 있는 동안만 보관됩니다. 폴더에 쓸 수 있게 되면 "
        "대기열에서 '다운로드 재시도'를 선택하세요.",
    ),
    "The video was made but can no longer be downloaded: {reason}": (
        "Il video è stato creato ma non può più essere scaricato: {reason}",
        "Das Video wurde erstellt, kann aber nicht mehr heruntergeladen werden: {reason}",
        "视频已生成，但已无法下载：{reason}",
        "동영상은 만들어졌지만 더 이상 다운로드할 수 없습니다: {reason}",
    ),
    "The video was made but could not be downloaded: {reason}": (
        "Il video è stato creato ma non è stato possibile scaricarlo: {reason}",
        "Das Video wurde erstellt, konnte aber nicht heruntergeladen werden: {reason}",
        "视频已生成，但无法下载：{reason}",
        "동영상은 만들어졌지만 다운로드할 수 없었습니다: {reason}",
    ),
    "The outputs cannot be downloaded: {reason}": (
        "Impossibile scaricare gli output: {reason}",
        "Die Ausgaben können nicht heruntergeladen werden: {reason}",
        "无法下载输出：{reason}",
        "출력을 다운로드할 수 없습니다: {reason}",
    ),
    "Request {request} was reported done with no output file.": (
        "La richiesta {request} è risultata completata senza alcun file di output.",
        "Die Anfrage {request} wurde ohne Ausgabedatei als fertig gemeldet.",
        "请求 {request} 报告已完成，但没有输出文件。",
        "요청 {request}이(가) 출력 파일 없이 완료로 보고되었습니다.",
    ),
    "Another Storyreel took this job over while this one was not responding; it follows the "
    "job from now on.": (
        "Un altro Storyreel ha preso in carico questo lavoro mentre questo non rispondeva; da "
        "ora lo segue quello.",
        "Ein anderes Storyreel hat diesen Auftrag übernommen, während dieses nicht reagierte; "
        "es verfolgt den Auftrag ab jetzt.",
        "在此 Storyreel 无响应期间，另一个 Storyreel 接管了此任务；从现在起由它跟进。",
        "이 Storyreel이 응답하지 않는 동안 다른 Storyreel이 이 작업을 넘겨받았습니다. "
        "이제부터 그쪽에서 작업을 따라갑니다.",
    ),
    "Job {name} is followed by {holder}: this window takes it over if that one stops.": (
        "Il lavoro {name} è seguito da {holder}: questa finestra lo prende in carico se "
        "quello si ferma.",
        "Der Auftrag {name} wird von {holder} verfolgt: Dieses Fenster übernimmt ihn, wenn "
        "jenes aufhört.",
        "任务 {name} 正由{holder}跟进：如果对方停止，此窗口会接管。",
        "작업 {name}은(는) {holder}에서 따라가고 있습니다. 그쪽이 멈추면 이 창이 넘겨받습니다.",
    ),
    "Job {name} is followed by {holder}: this one leaves it to that one; nothing is lost.": (
        "Il lavoro {name} è seguito da {holder}: questo lo lascia a quello; non si perde nulla.",
        "Der Auftrag {name} wird von {holder} verfolgt: Dieses überlässt ihn jenem; nichts "
        "geht verloren.",
        "任务 {name} 正由{holder}跟进：此处交由对方处理；不会丢失任何内容。",
        "작업 {name}은(는) {holder}에서 따라가고 있습니다. 여기서는 그쪽에 맡기며, 잃는 "
        "것은 없습니다.",
    ),
    "Storyreel could not get an answer about request {request} ({tries} tries in a row): "
    "{reason} It keeps checking; the job is not lost.": (
        "Storyreel non ha ricevuto risposta sulla richiesta {request} ({tries} tentativi di "
        "fila): {reason} Continua a controllare; il lavoro non è perso.",
        "Storyreel hat keine Antwort zur Anfrage {request} erhalten ({tries} Versuche in "
        "Folge): {reason} Es prüft weiter; der Auftrag geht nicht verloren.",
        "Storyreel 未能获得关于请求 {request} 的回复（连续 {tries} 次尝试）：{reason}"
        "它会继续检查；任务不会丢失。",
        "Storyreel이 요청 {request}에 대한 응답을 받지 못했습니다(연속 {tries}회 시도): "
        "{reason} 계속 확인하며, 작업은 사라지지 않습니다.",
    ),
    "Request {request} has been generating for {ran}, much longer than the usual {usual}. "
    "Storyreel keeps waiting for it; it is not cancelled.": (
        "La richiesta {request} è in generazione da {ran}, molto più dei soliti {usual}. "
        "Storyreel continua ad attendere; non viene annullata.",
        "Die Anfrage {request} wird seit {ran} generiert, viel länger als die üblichen "
        "{usual}. Storyreel wartet weiter darauf; sie wird nicht abgebrochen.",
        "请求 {request} 已生成了 {ran}，远超通常的 {usual}。Storyreel 会继续等待；不会取消。",
        "요청 {request}이(가) {ran} 동안 생성 중이며, 평소의 {usual}보다 훨씬 깁니다. "
        "Storyreel은 계속 기다리며 취소하지 않습니다.",
    ),
    # -- a storyboard render: its estimate --
    "{count} shot to render": (
        "{count} inquadratura da renderizzare",
        "{count} Shot zu rendern",
        "{count} 个镜头待渲染",
        "렌더링할 샷 {count}개",
    ),
    "{count} shots to render": (
        "{count} inquadrature da renderizzare",
        "{count} Shots zu rendern",
        "{count} 个镜头待渲染",
        "렌더링할 샷 {count}개",
    ),
    "{count} kept as rendered": (
        "mantenute come renderizzate: {count}",
        "{count} wie gerendert behalten",
        "{count} 个保持已渲染",
        "{count}개는 렌더링된 그대로 유지",
    ),
    "{count} already under way": (
        "già in corso: {count}",
        "{count} bereits in Arbeit",
        "{count} 个已在进行中",
        "{count}개는 이미 진행 중",
    ),
    "{count} held back (submission uncertain)": (
        "trattenute (invio incerto): {count}",
        "{count} zurückgehalten (Senden ungewiss)",
        "{count} 个暂缓（提交情况不明）",
        "{count}개는 보류(제출 여부 불확실)",
    ),
    "{list}, {item}": ("{list}, {item}", "{list}, {item}", "{list}，{item}", "{list}, {item}"),
    "{list}; {item}": ("{list}; {item}", "{list}; {item}", "{list}；{item}", "{list}; {item}"),
    "{list}.": ("{list}.", "{list}.", "{list}。", "{list}."),
    "Free local preview: a motion sketch from your frames, not AI generation.": (
        "Anteprima locale gratuita: una bozza di movimento dai tuoi fotogrammi, non una "
        "generazione IA.",
        "Kostenlose lokale Vorschau: eine Bewegungsskizze aus Ihren Bildern, keine KI-Generierung.",
        "免费本地预览：由你的画面制作的运动草稿，而非 AI 生成。",
        "무료 로컬 미리보기: 프레임으로 만든 모션 스케치이며 AI 생성이 아닙니다.",
    ),
    "{text} Free local preview: a motion sketch of your frames, not AI generation.": (
        "{text} Anteprima locale gratuita: una bozza di movimento dei tuoi fotogrammi, non "
        "una generazione IA.",
        "{text} Kostenlose lokale Vorschau: eine Bewegungsskizze Ihrer Bilder, keine "
        "KI-Generierung.",
        "{text}免费本地预览：用你的画面制作的运动草稿，而非 AI 生成。",
        "{text} 무료 로컬 미리보기: 프레임으로 만든 모션 스케치이며 AI 생성이 아닙니다.",
    ),
    "{text} Estimated total ${total:.2f}.": (
        "{text} Totale stimato ${total:.2f}.",
        "{text} Geschätzte Summe ${total:.2f}.",
        "{text}预计总计 ${total:.2f}。",
        "{text} 예상 합계 ${total:.2f}.",
    ),
    "{text} Price unavailable: the live price of shot {numbers} could not be read ({reason}).": (
        "{text} Prezzo non disponibile: impossibile leggere il prezzo attuale "
        "dell'inquadratura {numbers} ({reason}).",
        "{text} Preis nicht verfügbar: Der aktuelle Preis von Shot {numbers} konnte nicht "
        "gelesen werden ({reason}).",
        "{text}价格不可用：无法读取镜头 {numbers} 的实时价格（{reason}）。",
        "{text} 가격을 알 수 없음: 샷 {numbers}의 실시간 가격을 읽을 수 없습니다({reason}).",
    ),
    "{text} Price unavailable: the live price of shots {numbers} could not be read ({reason}).": (
        "{text} Prezzo non disponibile: impossibile leggere il prezzo attuale delle "
        "inquadrature {numbers} ({reason}).",
        "{text} Preis nicht verfügbar: Der aktuelle Preis der Shots {numbers} konnte nicht "
        "gelesen werden ({reason}).",
        "{text}价格不可用：无法读取镜头 {numbers} 的实时价格（{reason}）。",
        "{text} 가격을 알 수 없음: 샷 {numbers}의 실시간 가격을 읽을 수 없습니다({reason}).",
    ),
    "shot {number}: ${price:g} per {unit}": (
        "inquadratura {number}: ${price:g} per {unit}",
        "Shot {number}: ${price:g} pro {unit}",
        "镜头 {number}：每{unit} ${price:g}",
        "샷 {number}: {unit}당 ${price:g}",
    ),
    "{text} ${known:.2f} for the per-second shots; shot {numbers} is priced per output "
    "({units}).": (
        "{text} ${known:.2f} per le inquadrature a prezzo al secondo; l'inquadratura "
        "{numbers} ha un prezzo per output ({units}).",
        "{text} ${known:.2f} für die sekundengenau berechneten Shots; Shot {numbers} wird pro "
        "Ausgabe berechnet ({units}).",
        "{text}按秒计费的镜头共 ${known:.2f}；镜头 {numbers} 按次输出计费（{units}）。",
        "{text} 초당 요금 샷은 ${known:.2f}이며, 샷 {numbers}은(는) 출력당 요금입니다({units}).",
    ),
    "{text} ${known:.2f} for the per-second shots; shots {numbers} are priced per output "
    "({units}).": (
        "{text} ${known:.2f} per le inquadrature a prezzo al secondo; le inquadrature "
        "{numbers} hanno un prezzo per output ({units}).",
        "{text} ${known:.2f} für die sekundengenau berechneten Shots; die Shots {numbers} "
        "werden pro Ausgabe berechnet ({units}).",
        "{text}按秒计费的镜头共 ${known:.2f}；镜头 {numbers} 按次输出计费（{units}）。",
        "{text} 초당 요금 샷은 ${known:.2f}이며, 샷 {numbers}은(는) 출력당 요금입니다({units}).",
    ),
    "{summary} Nothing was sent.": (
        "{summary} Non è stato inviato nulla.",
        "{summary} Es wurde nichts gesendet.",
        "{summary}没有发送任何内容。",
        "{summary} 아무것도 보내지 않았습니다.",
    ),
    # -- a storyboard render: what became of each shot --
    "Shot {number} is rendered: {name}.": (
        "L'inquadratura {number} è renderizzata: {name}.",
        "Shot {number} ist gerendert: {name}.",
        "镜头 {number} 已渲染：{name}。",
        "샷 {number} 렌더링 완료: {name}.",
    ),
    "Shot {number}: {state}: {reason}": (
        "Inquadratura {number}: {state}: {reason}",
        "Shot {number}: {state}: {reason}",
        "镜头 {number}：{state}：{reason}",
        "샷 {number}: {state}: {reason}",
    ),
    "it finished without a video": (
        "è terminato senza un video",
        "er wurde ohne Video beendet",
        "已结束但没有视频",
        "동영상 없이 끝났습니다",
    ),
    "no reason was given": (
        "non è stato indicato alcun motivo",
        "es wurde kein Grund genannt",
        "未给出原因",
        "이유가 주어지지 않았습니다",
    ),
    "Shot {number}: {reason}": (
        "Inquadratura {number}: {reason}",
        "Shot {number}: {reason}",
        "镜头 {number}：{reason}",
        "샷 {number}: {reason}",
    ),
    "Shot {number} was not sent: {reason}": (
        "L'inquadratura {number} non è stata inviata: {reason}",
        "Shot {number} wurde nicht gesendet: {reason}",
        "镜头 {number} 未发送：{reason}",
        "샷 {number}을(를) 보내지 않았습니다: {reason}",
    ),
    "Shot {number} sent as {request}.": (
        "Inquadratura {number} inviata come {request}.",
        "Shot {number} wurde als {request} gesendet.",
        "镜头 {number} 已作为 {request} 发送。",
        "샷 {number}을(를) {request}(으)로 보냈습니다.",
    ),
    "Shot {number} is already under way as {request}.": (
        "L'inquadratura {number} è già in corso come {request}.",
        "Shot {number} ist bereits als {request} in Arbeit.",
        "镜头 {number} 已作为 {request} 在进行中。",
        "샷 {number}은(는) 이미 {request}(으)로 진행 중입니다.",
    ),
    "Shot {number} is already rendered from these inputs: {name}.": (
        "L'inquadratura {number} è già renderizzata da questi input: {name}.",
        "Shot {number} ist aus diesen Eingaben bereits gerendert: {name}.",
        "镜头 {number} 已用这些输入渲染过：{name}。",
        "샷 {number}은(는) 이 입력으로 이미 렌더링되었습니다: {name}.",
    ),
    "Shot {number} was not sent again: its last submission is uncertain. Check your "
    "generation history on RunComfy, then render this shot on its own to send it again.": (
        "L'inquadratura {number} non è stata inviata di nuovo: il suo ultimo invio è incerto. "
        "Controlla la cronologia delle generazioni su RunComfy, poi renderizza questa "
        "inquadratura da sola per inviarla di nuovo.",
        "Shot {number} wurde nicht erneut gesendet: Sein letztes Senden ist ungewiss. Prüfen "
        "Sie Ihren Generierungsverlauf bei RunComfy und rendern Sie diesen Shot dann einzeln, "
        "um ihn erneut zu senden.",
        "镜头 {number} 未再次发送：其上一次提交情况不明。请先查看你在 RunComfy 上的生成历史"
        "记录，再单独渲染此镜头以重新发送。",
        "샷 {number}을(를) 다시 보내지 않았습니다. 마지막 제출 여부가 불확실합니다. "
        "RunComfy의 생성 기록을 확인한 뒤 이 샷만 따로 렌더링해 다시 보내세요.",
    ),
    "Shot {number} is still under way ({problem}); it is picked up when the board is opened "
    "again.": (
        "L'inquadratura {number} è ancora in corso ({problem}); verrà ripresa alla prossima "
        "apertura dello storyboard.",
        "Shot {number} ist noch in Arbeit ({problem}); er wird beim nächsten Öffnen des "
        "Storyboards übernommen.",
        "镜头 {number} 仍在进行中（{problem}）；下次打开分镜时会继续跟进。",
        "샷 {number}은(는) 아직 진행 중입니다({problem}). 스토리보드를 다시 열면 이어서 "
        "처리합니다.",
    ),
    "This shot is no longer on the board.": (
        "Questa inquadratura non è più nello storyboard.",
        "Dieser Shot ist nicht mehr im Storyboard.",
        "此镜头已不在分镜中。",
        "이 샷은 더 이상 스토리보드에 없습니다.",
    ),
}
