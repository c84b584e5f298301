"""Translations of the errors Storyreel raises below the window (context "Errors"), shown by
the window in its language: fetching an image from a URL, reading an image file, RunComfy's
refusals and failures, and the spending caps.

Each entry: English source -> (Italian, German, Chinese (Simplified), Korean).
A template's placeholders ({url}, {reason}, {what}…) stay as they are. A text that starts
with a space follows another sentence: Italian, German and Korean keep the space, Chinese
does not.
"""

TEXTS = {
    # -- what was being done when RunComfy failed ({what}) --
    "Sending the job": (
        "Invio del lavoro",
        "Senden des Auftrags",
        "发送任务",
        "작업 보내기",
    ),
    "Checking request {request}": (
        "Controllo della richiesta {request}",
        "Prüfen der Anfrage {request}",
        "查询请求 {request}",
        "요청 {request} 확인",
    ),
    "Reading the result of request {request}": (
        "Lettura del risultato della richiesta {request}",
        "Lesen des Ergebnisses der Anfrage {request}",
        "读取请求 {request} 的结果",
        "요청 {request}의 결과 읽기",
    ),
    "Cancelling request {request}": (
        "Annullamento della richiesta {request}",
        "Abbrechen der Anfrage {request}",
        "取消请求 {request}",
        "요청 {request} 취소",
    ),
    "Reading RunComfy's list of models": (
        "Lettura dell'elenco dei modelli di RunComfy",
        "Lesen der Modellliste von RunComfy",
        "读取 RunComfy 的模型列表",
        "RunComfy 모델 목록 읽기",
    ),
    "Reading the account balance": (
        "Lettura del credito dell'account",
        "Lesen des Kontoguthabens",
        "读取账户余额",
        "계정 잔액 읽기",
    ),
    "Reading the price of {model}": (
        "Lettura del prezzo di {model}",
        "Lesen des Preises von {model}",
        "读取 {model} 的价格",
        "{model} 가격 읽기",
    ),
    # -- RunComfy's answers --
    " RunComfy said: {message}": (
        " RunComfy ha risposto: {message}",
        " RunComfy meldete: {message}",
        "RunComfy 的回复：{message}",
        " RunComfy 응답: {message}",
    ),
    " It asked to wait {seconds} s.": (
        " Ha chiesto di attendere {seconds} s.",
        " Es bat, {seconds} s zu warten.",
        "它要求等待 {seconds} 秒。",
        " {seconds}초 기다려 달라고 요청했습니다.",
    ),
    "{what}: the model id is wrong, or the request id is malformed, so RunComfy does not "
    "know it.{said}": (
        "{what}: l'ID del modello è errato, o l'ID della richiesta non è valido, quindi "
        "RunComfy non lo riconosce.{said}",
        "{what}: Die Modell-ID ist falsch oder die Anfrage-ID fehlerhaft, daher kennt RunComfy "
        "sie nicht.{said}",
        "{what}：模型 ID 有误，或请求 ID 格式不正确，因此 RunComfy 无法识别。{said}",
        "{what}: 모델 ID가 잘못되었거나 요청 ID의 형식이 올바르지 않아 RunComfy가 알 수 "
        "없습니다.{said}",
    ),
    "{what}: your RunComfy balance is used up. Top up your RunComfy account; nothing was "
    "run.{said}": (
        "{what}: il tuo credito RunComfy è esaurito. Ricarica il tuo account RunComfy; non è "
        "stato eseguito nulla.{said}",
        "{what}: Ihr RunComfy-Guthaben ist aufgebraucht. Laden Sie Ihr RunComfy-Konto auf; "
        "es wurde nichts ausgeführt.{said}",
        "{what}：你的 RunComfy 余额已用完。请为 RunComfy 账户充值；没有运行任何内容。{said}",
        "{what}: RunComfy 잔액이 모두 소진되었습니다. RunComfy 계정을 충전하세요. 실행된 "
        "것은 없습니다.{said}",
    ),
    "{what}: the API key was refused (missing, expired or revoked, or the account is "
    "inactive). Check it in Settings.{said}": (
        "{what}: la chiave API è stata rifiutata (mancante, scaduta o revocata, oppure "
        "l'account non è attivo). Controllala nelle Impostazioni.{said}",
        "{what}: Der API-Schlüssel wurde abgelehnt (fehlend, abgelaufen oder widerrufen, oder "
        "das Konto ist inaktiv). Prüfen Sie ihn in den Einstellungen.{said}",
        "{what}：API 密钥被拒绝（缺失、已过期或已吊销，或账户未激活）。请在设置中检查。{said}",
        "{what}: API 키가 거부되었습니다(없음, 만료 또는 취소되었거나 계정이 비활성 "
        "상태입니다). 설정에서 확인하세요.{said}",
    ),
    "{what}: this request belongs to another RunComfy account, so the API key in use cannot "
    "see it.{said}": (
        "{what}: questa richiesta appartiene a un altro account RunComfy, quindi la chiave API "
        "in uso non può vederla.{said}",
        "{what}: Diese Anfrage gehört zu einem anderen RunComfy-Konto, daher kann der "
        "verwendete API-Schlüssel sie nicht sehen.{said}",
        "{what}：此请求属于另一个 RunComfy 账户，当前使用的 API 密钥无法查看。{said}",
        "{what}: 이 요청은 다른 RunComfy 계정의 것이라 사용 중인 API 키로는 볼 수 "
        "없습니다.{said}",
    ),
    "{what}: the job is gone on the server (its request id is unknown, deleted or "
    "expired).{said}": (
        "{what}: il lavoro non esiste più sul server (il suo ID di richiesta è sconosciuto, "
        "eliminato o scaduto).{said}",
        "{what}: Der Auftrag ist auf dem Server nicht mehr vorhanden (seine Anfrage-ID ist "
        "unbekannt, gelöscht oder abgelaufen).{said}",
        "{what}：该任务在服务器上已不存在（其请求 ID 未知、已删除或已过期）。{said}",
        "{what}: 서버에 작업이 더 이상 없습니다(요청 ID를 알 수 없거나 삭제되었거나 "
        "만료되었습니다).{said}",
    ),
    "{what}: RunComfy is receiving too many requests from this account.{after} Storyreel "
    "waited and tried again; try again in a minute.{said}": (
        "{what}: RunComfy sta ricevendo troppe richieste da questo account.{after} Storyreel "
        "ha atteso e riprovato; riprova tra un minuto.{said}",
        "{what}: RunComfy erhält zu viele Anfragen von diesem Konto.{after} Storyreel hat "
        "gewartet und es erneut versucht; versuchen Sie es in einer Minute noch einmal.{said}",
        "{what}：RunComfy 收到来自此账户的请求过多。{after}Storyreel 已等待并重试；请一分钟后"
        "再试。{said}",
        "{what}: RunComfy가 이 계정에서 너무 많은 요청을 받고 있습니다.{after} Storyreel이 "
        "기다렸다가 다시 시도했습니다. 1분 후에 다시 시도하세요.{said}",
    ),
    "{what}: RunComfy had a server error (HTTP {status}) and Storyreel's retries did not get "
    "past it.{said}": (
        "{what}: RunComfy ha avuto un errore del server (HTTP {status}) e i tentativi di "
        "Storyreel non lo hanno superato.{said}",
        "{what}: Bei RunComfy trat ein Serverfehler auf (HTTP {status}), und auch die "
        "Wiederholungen von Storyreel kamen nicht darüber hinweg.{said}",
        "{what}：RunComfy 出现服务器错误（HTTP {status}），Storyreel 的重试也未能成功。{said}",
        "{what}: RunComfy에서 서버 오류(HTTP {status})가 발생했고 Storyreel의 재시도로도 "
        "해결되지 않았습니다.{said}",
    ),
    "{what}: the server sent a redirect to {where}, which Storyreel does not follow: check "
    "the API address in Settings.": (
        "{what}: il server ha inviato un reindirizzamento a {where}, che Storyreel non segue: "
        "controlla l'indirizzo API nelle Impostazioni.",
        "{what}: Der Server leitete auf {where} weiter, was Storyreel nicht befolgt: Prüfen "
        "Sie die API-Adresse in den Einstellungen.",
        "{what}：服务器发送了指向 {where} 的重定向，Storyreel 不会跟随：请在设置中检查 API "
        "地址。",
        "{what}: 서버가 {where}(으)로 리디렉션했지만 Storyreel은 따르지 않습니다. 설정에서 "
        "API 주소를 확인하세요.",
    ),
    "{what}: RunComfy refused the request (HTTP {status}).{said}": (
        "{what}: RunComfy ha rifiutato la richiesta (HTTP {status}).{said}",
        "{what}: RunComfy hat die Anfrage abgelehnt (HTTP {status}).{said}",
        "{what}：RunComfy 拒绝了请求（HTTP {status}）。{said}",
        "{what}: RunComfy가 요청을 거부했습니다(HTTP {status}).{said}",
    ),
    "{what}: RunComfy refused the request (HTTP {status}) without a reason.": (
        "{what}: RunComfy ha rifiutato la richiesta (HTTP {status}) senza un motivo.",
        "{what}: RunComfy hat die Anfrage ohne Begründung abgelehnt (HTTP {status}).",
        "{what}：RunComfy 拒绝了请求（HTTP {status}），未说明原因。",
        "{what}: RunComfy가 이유 없이 요청을 거부했습니다(HTTP {status}).",
    ),
    "{what}: RunComfy's answer (HTTP {status}) was not what its API promises.{said}": (
        "{what}: la risposta di RunComfy (HTTP {status}) non è quella promessa dalla sua "
        "API.{said}",
        "{what}: Die Antwort von RunComfy (HTTP {status}) entsprach nicht dem, was seine API "
        "zusagt.{said}",
        "{what}：RunComfy 的响应（HTTP {status}）与其 API 的约定不符。{said}",
        "{what}: RunComfy의 응답(HTTP {status})이 API가 약속한 형식이 아닙니다.{said}",
    ),
    "{what}: {host} did not answer in time ({reason}). Check your internet connection; "
    "Storyreel tried several times.": (
        "{what}: {host} non ha risposto in tempo ({reason}). Controlla la connessione a "
        "Internet; Storyreel ha riprovato più volte.",
        "{what}: {host} hat nicht rechtzeitig geantwortet ({reason}). Prüfen Sie Ihre "
        "Internetverbindung; Storyreel hat es mehrmals versucht.",
        "{what}：{host} 未及时响应（{reason}）。请检查网络连接；Storyreel 已多次尝试。",
        "{what}: {host}이(가) 제때 응답하지 않았습니다({reason}). 인터넷 연결을 확인하세요. "
        "Storyreel이 여러 번 시도했습니다.",
    ),
    "{what}: {host} could not be reached ({reason}). Check your internet connection; "
    "Storyreel tried several times.": (
        "{what}: impossibile raggiungere {host} ({reason}). Controlla la connessione a "
        "Internet; Storyreel ha riprovato più volte.",
        "{what}: {host} war nicht erreichbar ({reason}). Prüfen Sie Ihre Internetverbindung; "
        "Storyreel hat es mehrmals versucht.",
        "{what}：无法连接到 {host}（{reason}）。请检查网络连接；Storyreel 已多次尝试。",
        "{what}: {host}에 연결할 수 없습니다({reason}). 인터넷 연결을 확인하세요. "
        "Storyreel이 여러 번 시도했습니다.",
    ),
    "{what}: {host} dropped the connection ({reason}). Check your internet connection; "
    "Storyreel tried several times.": (
        "{what}: {host} ha interrotto la connessione ({reason}). Controlla la connessione a "
        "Internet; Storyreel ha riprovato più volte.",
        "{what}: {host} hat die Verbindung abgebrochen ({reason}). Prüfen Sie Ihre "
        "Internetverbindung; Storyreel hat es mehrmals versucht.",
        "{what}：{host} 断开了连接（{reason}）。请检查网络连接；Storyreel 已多次尝试。",
        "{what}: {host}이(가) 연결을 끊었습니다({reason}). 인터넷 연결을 확인하세요. "
        "Storyreel이 여러 번 시도했습니다.",
    ),
    # -- spending caps --
    "This job would cost {amount}, and {spent} is already spent or on its way today, which "
    "would pass your daily spending cap of {cap}. Nothing was sent. Raise the cap in Settings "
    "to send it, or leave it.": (
        "Questo lavoro costerebbe {amount} e oggi sono già stati spesi o sono in arrivo {spent}: "
        "supereresti il tuo limite di spesa giornaliero di {cap}. Non è stato inviato nulla. "
        "Alza il limite nelle Impostazioni per inviarlo, oppure lascialo perdere.",
        "Dieser Auftrag würde {amount} kosten, und heute sind bereits {spent} ausgegeben oder "
        "unterwegs – damit würde Ihr tägliches Ausgabenlimit von {cap} überschritten. Es wurde "
        "nichts gesendet. Erhöhen Sie das Limit in den Einstellungen, um ihn zu senden, oder "
        "lassen Sie es.",
        "此任务将花费 {amount}，而今天已花费或即将花费 {spent}，这将超出你的每日支出上限 "
        "{cap}。没有发送任何内容。请在设置中提高上限后发送，或放弃此任务。",
        "이 작업의 비용은 {amount}이며, 오늘 이미 {spent}을(를) 지출했거나 지출 예정이라 "
        "일일 지출 한도 {cap}을(를) 넘게 됩니다. 아무것도 보내지 않았습니다. 보내려면 "
        "설정에서 한도를 올리고, 아니면 그대로 두세요.",
    ),
    "Rendering these {shots} shots would cost {amount}, more than your cap of {cap} per "
    "storyboard render. Nothing was sent. Raise the cap in Settings to render them, or render "
    "fewer shots.": (
        "Renderizzare queste {shots} inquadrature costerebbe {amount}, più del tuo limite di "
        "{cap} per rendering dello storyboard. Non è stato inviato nulla. Alza il limite nelle "
        "Impostazioni per renderizzarle, oppure renderizza meno inquadrature.",
        "Das Rendern dieser {shots} Shots würde {amount} kosten, mehr als Ihr Limit von {cap} "
        "pro Storyboard-Rendering. Es wurde nichts gesendet. Erhöhen Sie das Limit in den "
        "Einstellungen, um sie zu rendern, oder rendern Sie weniger Shots.",
        "渲染这 {shots} 个镜头将花费 {amount}，超过你每次分镜渲染的上限 {cap}。没有发送任何"
        "内容。请在设置中提高上限后渲染，或减少要渲染的镜头。",
        "이 {shots}개 샷을 렌더링하면 {amount}이(가) 들어 스토리보드 렌더링당 한도 {cap}을(를) "
        "넘습니다. 아무것도 보내지 않았습니다. 렌더링하려면 설정에서 한도를 올리거나 샷 수를 "
        "줄이세요.",
    ),
    "an amount Storyreel cannot total": (
        "un importo che Storyreel non può calcolare",
        "einen für Storyreel nicht berechenbaren Betrag",
        "Storyreel 无法计算的金额",
        "Storyreel이 합산할 수 없는 금액",
    ),
    # -- fetching an image from a URL --
    "{url} answered {status} without saying where to.": (
        "{url} ha risposto {status} senza indicare dove.",
        "{url} antwortete mit {status}, ohne ein Ziel anzugeben.",
        "{url} 返回了 {status}，但未说明跳转到哪里。",
        "{url}이(가) {status}(으)로 응답했지만 이동할 곳을 알려 주지 않았습니다.",
    ),
    "{url} redirected to {target}, which is not fetched: {reason}": (
        "{url} ha reindirizzato a {target}, che non viene scaricato: {reason}",
        "{url} leitete auf {target} weiter, das nicht abgerufen wird: {reason}",
        "{url} 重定向到 {target}，不会获取该地址：{reason}",
        "{url}이(가) {target}(으)로 리디렉션했지만 가져오지 않습니다: {reason}",
    ),
    "{url} redirected more than {count} times; giving up.": (
        "{url} ha reindirizzato più di {count} volte; rinuncio.",
        "{url} hat mehr als {count}-mal weitergeleitet; Abruf abgebrochen.",
        "{url} 重定向超过 {count} 次，已放弃。",
        "{url}이(가) {count}번 넘게 리디렉션하여 중단했습니다.",
    ),
    "{url} is larger than {limit}, the most Storyreel fetches for checking.": (
        "{url} è più grande di {limit}, il massimo che Storyreel scarica per il controllo.",
        "{url} ist größer als {limit}, das Höchste, was Storyreel zur Prüfung abruft.",
        "{url} 大于 {limit}，这是 Storyreel 为检查而获取的上限。",
        "{url}이(가) {limit}보다 큽니다. Storyreel이 확인용으로 가져오는 최대 크기입니다.",
    ),
    "{url} answered with an empty body instead of an image.": (
        "{url} ha risposto con un contenuto vuoto invece di un'immagine.",
        "{url} antwortete mit einem leeren Inhalt statt mit einem Bild.",
        "{url} 返回了空内容，而不是图片。",
        "{url}이(가) 이미지 대신 빈 내용으로 응답했습니다.",
    ),
    "Fetching {url} took longer than {seconds} s, so Storyreel stopped. The server may be "
    "very slow: try again later, or save the image and use the file.": (
        "Il download di {url} ha richiesto più di {seconds} s, quindi Storyreel si è fermato. "
        "Il server potrebbe essere molto lento: riprova più tardi, oppure salva l'immagine e "
        "usa il file.",
        "Der Abruf von {url} dauerte länger als {seconds} s, daher hat Storyreel abgebrochen. "
        "Der Server ist vielleicht sehr langsam: Versuchen Sie es später erneut, oder speichern "
        "Sie das Bild und verwenden Sie die Datei.",
        "获取 {url} 超过了 {seconds} 秒，Storyreel 已停止。服务器可能非常慢：请稍后重试，"
        "或保存图片后使用该文件。",
        "{url}을(를) 가져오는 데 {seconds}초 넘게 걸려 Storyreel이 중단했습니다. 서버가 매우 "
        "느릴 수 있습니다. 나중에 다시 시도하거나 이미지를 저장한 뒤 파일을 사용하세요.",
    ),
    "{url} answered {status}.": (
        "{url} ha risposto {status}.",
        "{url} antwortete mit {status}.",
        "{url} 返回了 {status}。",
        "{url}이(가) {status}(으)로 응답했습니다.",
    ),
    "{url} answered {status} instead of sending the image.": (
        "{url} ha risposto {status} invece di inviare l'immagine.",
        "{url} antwortete mit {status}, statt das Bild zu senden.",
        "{url} 返回了 {status}，而没有发送图片。",
        "{url}이(가) 이미지를 보내는 대신 {status}(으)로 응답했습니다.",
    ),
    "{url} did not answer within {seconds}.": (
        "{url} non ha risposto entro {seconds}.",
        "{url} hat nicht innerhalb von {seconds} geantwortet.",
        "{url} 在 {seconds} 内没有响应。",
        "{url}이(가) {seconds} 안에 응답하지 않았습니다.",
    ),
    "{url} stopped sending data for {seconds}.": (
        "{url} ha smesso di inviare dati per {seconds}.",
        "{url} hat {seconds} lang keine Daten mehr gesendet.",
        "{url} 已有 {seconds} 未发送数据。",
        "{url}이(가) {seconds} 동안 데이터를 보내지 않았습니다.",
    ),
    "Could not connect to fetch {url}: {reason}.": (
        "Impossibile connettersi per scaricare {url}: {reason}.",
        "Keine Verbindung zum Abrufen von {url}: {reason}.",
        "无法连接以获取 {url}：{reason}。",
        "{url}을(를) 가져오기 위해 연결할 수 없습니다: {reason}.",
    ),
    "Could not save {url} in {folder}: {reason}.": (
        "Impossibile salvare {url} in {folder}: {reason}.",
        "{url} konnte nicht in {folder} gespeichert werden: {reason}.",
        "无法将 {url} 保存到 {folder}：{reason}。",
        "{url}을(를) {folder}에 저장할 수 없습니다: {reason}.",
    ),
    "Fetching {url} failed: {reason}.": (
        "Il download di {url} non è riuscito: {reason}.",
        "Der Abruf von {url} ist fehlgeschlagen: {reason}.",
        "获取 {url} 失败：{reason}。",
        "{url}을(를) 가져오지 못했습니다: {reason}.",
    ),
    "{url} cannot be fetched: {reason}.": (
        "Impossibile scaricare {url}: {reason}.",
        "{url} kann nicht abgerufen werden: {reason}.",
        "无法获取 {url}：{reason}。",
        "{url}을(를) 가져올 수 없습니다: {reason}.",
    ),
    # -- reading an image file --
    "{name} could not be found: there is no file at {path}.": (
        "{name} non è stato trovato: non c'è nessun file in {path}.",
        "{name} wurde nicht gefunden: Unter {path} gibt es keine Datei.",
        "找不到 {name}：{path} 处没有文件。",
        "{name}을(를) 찾을 수 없습니다. {path}에 파일이 없습니다.",
    ),
    "{name} cannot be read: permission denied.": (
        "Impossibile leggere {name}: permesso negato.",
        "{name} kann nicht gelesen werden: Zugriff verweigert.",
        "无法读取 {name}：权限被拒绝。",
        "{name}을(를) 읽을 수 없습니다. 권한이 없습니다.",
    ),
    "{name} cannot be read ({reason}).": (
        "Impossibile leggere {name} ({reason}).",
        "{name} kann nicht gelesen werden ({reason}).",
        "无法读取 {name}（{reason}）。",
        "{name}을(를) 읽을 수 없습니다({reason}).",
    ),
    "{name} is a folder, not an image file.": (
        "{name} è una cartella, non un file immagine.",
        "{name} ist ein Ordner, keine Bilddatei.",
        "{name} 是文件夹，不是图片文件。",
        "{name}은(는) 이미지 파일이 아니라 폴더입니다.",
    ),
    "{name} is not a regular file, so it cannot be an image.": (
        "{name} non è un file normale, quindi non può essere un'immagine.",
        "{name} ist keine gewöhnliche Datei und kann daher kein Bild sein.",
        "{name} 不是普通文件，因此不可能是图片。",
        "{name}은(는) 일반 파일이 아니므로 이미지일 수 없습니다.",
    ),
    "{name} is not an image Storyreel can read ({reason}).": (
        "{name} non è un'immagine che Storyreel può leggere ({reason}).",
        "{name} ist kein Bild, das Storyreel lesen kann ({reason}).",
        "{name} 不是 Storyreel 能读取的图片（{reason}）。",
        "{name}은(는) Storyreel이 읽을 수 있는 이미지가 아닙니다({reason}).",
    ),
    "the file is empty": ("il file è vuoto", "die Datei ist leer", "文件为空", "파일이 비어 있음"),
    "the data is empty": (
        "i dati sono vuoti",
        "die Daten sind leer",
        "数据为空",
        "데이터가 비어 있음",
    ),
    "its header claims a size too large to read safely": (
        "l'intestazione dichiara dimensioni troppo grandi per leggerla in sicurezza",
        "der Dateikopf gibt eine Größe an, die zu groß ist, um sie sicher zu lesen",
        "其文件头声明的尺寸过大，无法安全读取",
        "헤더에 적힌 크기가 너무 커서 안전하게 읽을 수 없음",
    ),
    "its header gives it no width or height": (
        "l'intestazione non indica larghezza o altezza",
        "der Dateikopf nennt keine Breite oder Höhe",
        "其文件头未给出宽度或高度",
        "헤더에 너비나 높이가 없음",
    ),
    "it starts like a WebP image but is damaged": (
        "inizia come un'immagine WebP ma è danneggiato",
        "sie beginnt wie ein WebP-Bild, ist aber beschädigt",
        "开头像 WebP 图片，但已损坏",
        "WebP 이미지처럼 시작하지만 손상됨",
    ),
    "it starts like a {format} image but is damaged or cut short": (
        "inizia come un'immagine {format} ma è danneggiato o troncato",
        "sie beginnt wie ein {format}-Bild, ist aber beschädigt oder unvollständig",
        "开头像 {format} 图片，但已损坏或被截断",
        "{format} 이미지처럼 시작하지만 손상되었거나 잘려 있음",
    ),
    "the file is a PDF document": (
        "il file è un documento PDF",
        "die Datei ist ein PDF-Dokument",
        "该文件是 PDF 文档",
        "PDF 문서 파일임",
    ),
    "the file is a HEIC/HEIF photo; export it as JPEG or PNG first": (
        "il file è una foto HEIC/HEIF; esportala prima come JPEG o PNG",
        "die Datei ist ein HEIC/HEIF-Foto; exportieren Sie es zuerst als JPEG oder PNG",
        "该文件是 HEIC/HEIF 照片；请先导出为 JPEG 或 PNG",
        "HEIC/HEIF 사진 파일임. 먼저 JPEG나 PNG로 내보내세요",
    ),
    "the file is an AVIF image this installation cannot decode": (
        "il file è un'immagine AVIF che questa installazione non sa decodificare",
        "die Datei ist ein AVIF-Bild, das diese Installation nicht dekodieren kann",
        "该文件是 AVIF 图片，当前安装无法解码",
        "이 설치본에서 디코딩할 수 없는 AVIF 이미지 파일임",
    ),
    "the file is an MP4 or MOV video": (
        "il file è un video MP4 o MOV",
        "die Datei ist ein MP4- oder MOV-Video",
        "该文件是 MP4 或 MOV 视频",
        "MP4 또는 MOV 동영상 파일임",
    ),
    "the file is a WebM or MKV video": (
        "il file è un video WebM o MKV",
        "die Datei ist ein WebM- oder MKV-Video",
        "该文件是 WebM 或 MKV 视频",
        "WebM 또는 MKV 동영상 파일임",
    ),
    "the file is an AVI video": (
        "il file è un video AVI",
        "die Datei ist ein AVI-Video",
        "该文件是 AVI 视频",
        "AVI 동영상 파일임",
    ),
    "the file is a WAV sound recording": (
        "il file è una registrazione audio WAV",
        "die Datei ist eine WAV-Tonaufnahme",
        "该文件是 WAV 录音",
        "WAV 녹음 파일임",
    ),
    "the file is an MP3 sound recording": (
        "il file è una registrazione audio MP3",
        "die Datei ist eine MP3-Tonaufnahme",
        "该文件是 MP3 录音",
        "MP3 녹음 파일임",
    ),
    "the file is a ZIP archive or an office document": (
        "il file è un archivio ZIP o un documento d'ufficio",
        "die Datei ist ein ZIP-Archiv oder ein Office-Dokument",
        "该文件是 ZIP 压缩包或办公文档",
        "ZIP 압축 파일 또는 오피스 문서임",
    ),
    "the file is a gzip archive": (
        "il file è un archivio gzip",
        "die Datei ist ein gzip-Archiv",
        "该文件是 gzip 压缩包",
        "gzip 압축 파일임",
    ),
    "the file is an SVG drawing; export it as PNG first": (
        "il file è un disegno SVG; esportalo prima come PNG",
        "die Datei ist eine SVG-Zeichnung; exportieren Sie sie zuerst als PNG",
        "该文件是 SVG 矢量图；请先导出为 PNG",
        "SVG 그림 파일임. 먼저 PNG로 내보내세요",
    ),
    "the file is a web page (HTML)": (
        "il file è una pagina web (HTML)",
        "die Datei ist eine Webseite (HTML)",
        "该文件是网页（HTML）",
        "웹 페이지(HTML) 파일임",
    ),
    "the file is text": ("il file è testo", "die Datei ist Text", "该文件是文本", "텍스트 파일임"),
    "its contents are not in any image format Storyreel knows": (
        "il contenuto non è in nessun formato immagine noto a Storyreel",
        "der Inhalt ist in keinem Bildformat, das Storyreel kennt",
        "其内容不属于 Storyreel 已知的任何图片格式",
        "내용이 Storyreel이 아는 어떤 이미지 형식도 아님",
    ),
    # -- files Storyreel reads ({what} names the file and starts the sentence) --
    "The file {path}": ("Il file {path}", "Die Datei {path}", "文件 {path}", "파일 {path}"),
    "The settings file {path}": (
        "Il file delle impostazioni {path}",
        "Die Einstellungsdatei {path}",
        "设置文件 {path}",
        "설정 파일 {path}",
    ),
    "The storyboard file {path}": (
        "Il file dello storyboard {path}",
        "Die Storyboard-Datei {path}",
        "分镜文件 {path}",
        "스토리보드 파일 {path}",
    ),
    "The storyboard file": (
        "Il file dello storyboard",
        "Die Storyboard-Datei",
        "分镜文件",
        "스토리보드 파일",
    ),
    "The storyboard file {path} does not exist.": (
        "Il file dello storyboard {path} non esiste.",
        "Die Storyboard-Datei {path} existiert nicht.",
        "分镜文件 {path} 不存在。",
        "스토리보드 파일 {path}이(가) 없습니다.",
    ),
    "{error} The file was left as it is.": (
        "{error} Il file non è stato modificato.",
        "{error} Die Datei wurde nicht verändert.",
        "{error}文件保持原样，未作改动。",
        "{error} 파일은 그대로 두었습니다.",
    ),
    "{what} cannot be read: it is a folder, not a file.": (
        "{what} non può essere letto: è una cartella, non un file.",
        "{what} kann nicht gelesen werden: Das ist ein Ordner, keine Datei.",
        "{what} 无法读取：它是文件夹，不是文件。",
        "{what}을(를) 읽을 수 없습니다. 파일이 아니라 폴더입니다.",
    ),
    "{what} cannot be read: it is not a text file (not UTF-8).": (
        "{what} non può essere letto: non è un file di testo (non è UTF-8).",
        "{what} kann nicht gelesen werden: Das ist keine Textdatei (kein UTF-8).",
        "{what} 无法读取：它不是文本文件（不是 UTF-8）。",
        "{what}을(를) 읽을 수 없습니다. 텍스트 파일(UTF-8)이 아닙니다.",
    ),
    "{what} cannot be read: it is not valid JSON ({problem} at line {line}).": (
        "{what} non può essere letto: non è un JSON valido ({problem} alla riga {line}).",
        "{what} kann nicht gelesen werden: Der Inhalt ist kein gültiges JSON ({problem} in Zeile "
        "{line}).",
        "{what} 无法读取：它不是有效的 JSON（第 {line} 行：{problem}）。",
        "{what}을(를) 읽을 수 없습니다. 올바른 JSON이 아닙니다({line}번째 줄: {problem}).",
    ),
    "{what} cannot be read: its data is nested more than {depth} levels deep, which no file "
    "Storyreel writes is.": (
        "{what} non può essere letto: i suoi dati sono annidati per più di {depth} livelli, "
        "cosa che nessun file scritto da Storyreel fa.",
        "{what} kann nicht gelesen werden: Die Daten sind mehr als {depth} Ebenen tief "
        "verschachtelt, was bei keiner von Storyreel geschriebenen Datei vorkommt.",
        "{what} 无法读取：其数据嵌套超过 {depth} 层，Storyreel 写入的文件不会这样。",
        "{what}을(를) 읽을 수 없습니다. 데이터가 {depth}단계보다 깊게 중첩되어 있는데, "
        "Storyreel이 쓰는 파일은 그렇지 않습니다.",
    ),
    "{what} cannot be read: {reason}.": (
        "{what} non può essere letto: {reason}.",
        "{what} kann nicht gelesen werden: {reason}.",
        "{what} 无法读取：{reason}。",
        "{what}을(를) 읽을 수 없습니다: {reason}.",
    ),
    "{what} has an unreadable storyboard version ({version}); expected a whole number from 0 "
    "to {latest}.": (
        "{what} ha una versione dello storyboard illeggibile ({version}); era atteso un numero "
        "intero da 0 a {latest}.",
        "{what} hat eine unlesbare Storyboard-Version ({version}); erwartet wird eine ganze "
        "Zahl von 0 bis {latest}.",
        "{what} 的分镜版本无法识别（{version}）；应为 0 到 {latest} 之间的整数。",
        "{what}의 스토리보드 버전({version})을 읽을 수 없습니다. 0부터 {latest}까지의 정수여야 "
        "합니다.",
    ),
    '{what} is not a Storyreel storyboard: it has no "format": "{name}" entry.': (
        '{what} non è uno storyboard di Storyreel: non ha la voce "format": "{name}".',
        '{what} ist kein Storyreel-Storyboard: Der Eintrag "format": "{name}" fehlt.',
        '{what} 不是 Storyreel 分镜：缺少 "format": "{name}" 条目。',
        '{what}은(는) Storyreel 스토리보드가 아닙니다. "format": "{name}" 항목이 없습니다.',
    ),
    "{what} was saved by a newer Storyreel (storyboard format version {version}); this "
    "Storyreel opens versions up to {latest}. Update Storyreel to open it.": (
        "{what} è stato salvato da una versione più recente di Storyreel (versione del formato "
        "storyboard {version}); questo Storyreel apre le versioni fino alla {latest}. Aggiorna "
        "Storyreel per aprirlo.",
        "{what} wurde von einem neueren Storyreel gespeichert (Storyboard-Formatversion "
        "{version}); dieses Storyreel öffnet Versionen bis {latest}. Aktualisieren Sie "
        "Storyreel, um sie zu öffnen.",
        "{what} 由更新版本的 Storyreel 保存（分镜格式版本 {version}）；此 Storyreel 最高只能"
        "打开版本 {latest}。请更新 Storyreel 后再打开。",
        "{what}은(는) 더 새로운 Storyreel에서 저장되었습니다(스토리보드 형식 버전 {version}). "
        "이 Storyreel은 버전 {latest}까지만 열 수 있습니다. 열려면 Storyreel을 업데이트하세요.",
    ),
    # -- the API key and address --
    "No RunComfy API key is set. Add one in Settings (or with `storyreel login`, or the "
    "RUNCOMFY_API_TOKEN environment variable), or use the free offline preview.": (
        "Nessuna chiave API di RunComfy impostata. Aggiungine una nelle Impostazioni (oppure "
        "con `storyreel login` o la variabile d'ambiente RUNCOMFY_API_TOKEN), oppure usa "
        "l'anteprima offline gratuita.",
        "Es ist kein RunComfy-API-Schlüssel festgelegt. Fügen Sie einen in den Einstellungen "
        "hinzu (oder mit `storyreel login` oder der Umgebungsvariable RUNCOMFY_API_TOKEN), oder "
        "verwenden Sie die kostenlose Offline-Vorschau.",
        "未设置 RunComfy API 密钥。请在设置中添加（或使用 `storyreel login`，或环境变量 "
        "RUNCOMFY_API_TOKEN），或使用免费的离线预览。",
        "RunComfy API 키가 설정되지 않았습니다. 설정에서 추가하거나(또는 `storyreel login`이나 "
        "환경 변수 RUNCOMFY_API_TOKEN 사용) 무료 오프라인 미리보기를 사용하세요.",
    ),
    "No RunComfy API key is set for {base}. Add one in Settings (or with `storyreel login "
    "--api-base {base}`, or the RUNCOMFY_API_TOKEN environment variable), or use the free "
    "offline preview.": (
        "Nessuna chiave API di RunComfy impostata per {base}. Aggiungine una nelle Impostazioni "
        "(oppure con `storyreel login --api-base {base}` o la variabile d'ambiente "
        "RUNCOMFY_API_TOKEN), oppure usa l'anteprima offline gratuita.",
        "Für {base} ist kein RunComfy-API-Schlüssel festgelegt. Fügen Sie einen in den "
        "Einstellungen hinzu (oder mit `storyreel login --api-base {base}` oder der "
        "Umgebungsvariable RUNCOMFY_API_TOKEN), oder verwenden Sie die kostenlose "
        "Offline-Vorschau.",
        "未为 {base} 设置 RunComfy API 密钥。请在设置中添加（或使用 `storyreel login --api-base "
        "{base}`，或环境变量 RUNCOMFY_API_TOKEN），或使用免费的离线预览。",
        "{base}에 대한 RunComfy API 키가 설정되지 않았습니다. 설정에서 추가하거나(또는 "
        "`storyreel login --api-base {base}`나 환경 변수 RUNCOMFY_API_TOKEN 사용) 무료 "
        "오프라인 미리보기를 사용하세요.",
    ),
    "No RunComfy API key is set: add one in Settings.": (
        "Nessuna chiave API di RunComfy impostata: aggiungine una nelle Impostazioni.",
        "Es ist kein RunComfy-API-Schlüssel festgelegt: Fügen Sie einen in den Einstellungen "
        "hinzu.",
        "未设置 RunComfy API 密钥：请在设置中添加。",
        "RunComfy API 키가 설정되지 않았습니다. 설정에서 추가하세요.",
    ),
    "Waiting for the API key of {base}: set it in Settings or with `storyreel login "
    "--api-base {base}`. This job was sent there, and Storyreel sends a key only to the "
    "address it was given for.": (
        "In attesa della chiave API di {base}: impostala nelle Impostazioni o con `storyreel "
        "login --api-base {base}`. Questo lavoro è stato inviato lì, e Storyreel invia una "
        "chiave solo all'indirizzo per cui è stata data.",
        "Warten auf den API-Schlüssel für {base}: Legen Sie ihn in den Einstellungen oder mit "
        "`storyreel login --api-base {base}` fest. Dieser Auftrag wurde dorthin gesendet, und "
        "Storyreel sendet einen Schlüssel nur an die Adresse, für die er angegeben wurde.",
        "正在等待 {base} 的 API 密钥：请在设置中或使用 `storyreel login --api-base {base}` "
        "设置。此任务已发送到该地址，而 Storyreel 只会把密钥发送到为其指定的地址。",
        "{base}의 API 키를 기다리는 중입니다. 설정에서 또는 `storyreel login --api-base "
        "{base}`로 설정하세요. 이 작업은 그 주소로 보내졌으며, Storyreel은 키를 지정된 "
        "주소로만 보냅니다.",
    ),
    "The RunComfy API key holds characters no API key has (spaces, line breaks, accented or "
    "other non-ASCII letters). Copy it again from your RunComfy profile and store it in "
    "Settings, with `storyreel login`, or in RUNCOMFY_API_TOKEN.": (
        "La chiave API di RunComfy contiene caratteri che nessuna chiave API ha (spazi, a capo, "
        "lettere accentate o altre non ASCII). Copiala di nuovo dal tuo profilo RunComfy e "
        "salvala nelle Impostazioni, con `storyreel login` o in RUNCOMFY_API_TOKEN.",
        "Der RunComfy-API-Schlüssel enthält Zeichen, die kein API-Schlüssel hat (Leerzeichen, "
        "Zeilenumbrüche, Buchstaben mit Akzent oder andere Nicht-ASCII-Zeichen). Kopieren Sie "
        "ihn erneut aus Ihrem RunComfy-Profil und speichern Sie ihn in den Einstellungen, mit "
        "`storyreel login` oder in RUNCOMFY_API_TOKEN.",
        "RunComfy API 密钥包含 API 密钥不会有的字符（空格、换行、带重音或其他非 ASCII 字母）。"
        "请从你的 RunComfy 个人资料中重新复制，并保存到设置、`storyreel login` 或 "
        "RUNCOMFY_API_TOKEN 中。",
        "RunComfy API 키에 API 키에는 없는 문자(공백, 줄바꿈, 악센트가 있거나 ASCII가 아닌 "
        "문자)가 있습니다. RunComfy 프로필에서 다시 복사해 설정, `storyreel login` 또는 "
        "RUNCOMFY_API_TOKEN에 저장하세요.",
    ),
    "The API address '{address}' cannot be used: it must start with https:// (plain http is "
    "only allowed for this computer, such as http://127.0.0.1:8000).": (
        "L'indirizzo API '{address}' non può essere usato: deve iniziare con https:// (http "
        "semplice è consentito solo per questo computer, ad esempio http://127.0.0.1:8000).",
        "Die API-Adresse '{address}' kann nicht verwendet werden: Sie muss mit https:// "
        "beginnen (einfaches http ist nur für diesen Computer erlaubt, etwa "
        "http://127.0.0.1:8000).",
        "API 地址“{address}”无法使用：必须以 https:// 开头（普通 http 仅允许用于本机，例如 "
        "http://127.0.0.1:8000）。",
        "API 주소 '{address}'은(는) 사용할 수 없습니다. https://로 시작해야 합니다(일반 http는 "
        "http://127.0.0.1:8000처럼 이 컴퓨터에서만 허용됩니다).",
    ),
    "The API address '{address}' cannot be used: it must not contain a user name, a password, "
    "a query or a fragment.": (
        "L'indirizzo API '{address}' non può essere usato: non deve contenere un nome utente, "
        "una password, una query o un frammento.",
        "Die API-Adresse '{address}' kann nicht verwendet werden: Sie darf keinen Benutzernamen, "
        "kein Passwort, keine Abfrage und kein Fragment enthalten.",
        "API 地址“{address}”无法使用：不能包含用户名、密码、查询参数或片段。",
        "API 주소 '{address}'은(는) 사용할 수 없습니다. 사용자 이름, 비밀번호, 쿼리, 프래그먼트를 "
        "포함하면 안 됩니다.",
    ),
    # -- reading a video or audio clip --
    "The file {path} does not exist.": (
        "Il file {path} non esiste.",
        "Die Datei {path} existiert nicht.",
        "文件 {path} 不存在。",
        "파일 {path}이(가) 없습니다.",
    ),
    "The file {path} cannot be read ({reason}).": (
        "Impossibile leggere il file {path} ({reason}).",
        "Die Datei {path} kann nicht gelesen werden ({reason}).",
        "无法读取文件 {path}（{reason}）。",
        "파일 {path}을(를) 읽을 수 없습니다({reason}).",
    ),
    "{name} cannot be read as a video: it may be cut short (an unfinished download or copy), "
    "damaged, or another kind of file ({reason}).": (
        "Impossibile leggere {name} come video: potrebbe essere troncato (un download o una "
        "copia non finiti), danneggiato, o un altro tipo di file ({reason}).",
        "{name} kann nicht als Video gelesen werden: Die Datei ist vielleicht unvollständig "
        "(ein unfertiger Download oder eine unfertige Kopie), beschädigt oder eine andere Art "
        "von Datei ({reason}).",
        "无法将 {name} 读取为视频：它可能被截断（下载或复制未完成）、已损坏，或是其他类型的"
        "文件（{reason}）。",
        "{name}을(를) 동영상으로 읽을 수 없습니다. 잘렸거나(다운로드나 복사가 끝나지 않음) "
        "손상되었거나 다른 종류의 파일일 수 있습니다({reason}).",
    ),
    "{name} cannot be read as an audio clip: it may be cut short (an unfinished download or "
    "copy), damaged, or another kind of file ({reason}).": (
        "Impossibile leggere {name} come clip audio: potrebbe essere troncato (un download o "
        "una copia non finiti), danneggiato, o un altro tipo di file ({reason}).",
        "{name} kann nicht als Audioclip gelesen werden: Die Datei ist vielleicht "
        "unvollständig (ein unfertiger Download oder eine unfertige Kopie), beschädigt oder "
        "eine andere Art von Datei ({reason}).",
        "无法将 {name} 读取为音频片段：它可能被截断（下载或复制未完成）、已损坏，或是其他"
        "类型的文件（{reason}）。",
        "{name}을(를) 오디오 클립으로 읽을 수 없습니다. 잘렸거나(다운로드나 복사가 끝나지 "
        "않음) 손상되었거나 다른 종류의 파일일 수 있습니다({reason}).",
    ),
    "{name} cannot be decoded: it may be cut short (an unfinished download or copy) or "
    "damaged ({reason}).": (
        "Impossibile decodificare {name}: potrebbe essere troncato (un download o una copia "
        "non finiti) o danneggiato ({reason}).",
        "{name} kann nicht dekodiert werden: Die Datei ist vielleicht unvollständig (ein "
        "unfertiger Download oder eine unfertige Kopie) oder beschädigt ({reason}).",
        "无法解码 {name}：它可能被截断（下载或复制未完成）或已损坏（{reason}）。",
        "{name}을(를) 디코딩할 수 없습니다. 잘렸거나(다운로드나 복사가 끝나지 않음) "
        "손상되었을 수 있습니다({reason}).",
    ),
    "{name} ends before its data does: it was cut short.": (
        "{name} finisce prima dei suoi dati: è stato troncato.",
        "{name} endet vor ihren Daten: Die Datei wurde abgeschnitten.",
        "{name} 在数据结束前就终止了：文件被截断。",
        "{name}이(가) 데이터보다 먼저 끝납니다. 잘린 파일입니다.",
    ),
    "{name} stops after {read} of the {declared} its header announces: it was cut short.": (
        "{name} si ferma dopo {read} dei {declared} annunciati dalla sua intestazione: è stato "
        "troncato.",
        "{name} endet nach {read} der {declared}, die ihr Dateikopf angibt: Die Datei wurde "
        "abgeschnitten.",
        "{name} 在 {read} 处就停止了，而其文件头声明为 {declared}：文件被截断。",
        "{name}은(는) 헤더에 적힌 {declared} 중 {read} 만에 멈춥니다. 잘린 파일입니다.",
    ),
    "{name} has no picture (no video track).": (
        "{name} non ha immagini (nessuna traccia video).",
        "{name} hat kein Bild (keine Videospur).",
        "{name} 没有画面（没有视频轨道）。",
        "{name}에 영상이 없습니다(비디오 트랙 없음).",
    ),
    "{name} has no sound (no audio track).": (
        "{name} non ha audio (nessuna traccia audio).",
        "{name} hat keinen Ton (keine Audiospur).",
        "{name} 没有声音（没有音频轨道）。",
        "{name}에 소리가 없습니다(오디오 트랙 없음).",
    ),
    "{name} holds no video frames: it is empty or cut short.": (
        "{name} non contiene fotogrammi video: è vuoto o troncato.",
        "{name} enthält keine Videobilder: Die Datei ist leer oder abgeschnitten.",
        "{name} 不含视频帧：文件为空或被截断。",
        "{name}에 동영상 프레임이 없습니다. 비어 있거나 잘린 파일입니다.",
    ),
    "{name} holds no audio clip frames: it is empty or cut short.": (
        "{name} non contiene frame audio: è vuoto o troncato.",
        "{name} enthält keine Audio-Frames: Die Datei ist leer oder abgeschnitten.",
        "{name} 不含音频帧：文件为空或被截断。",
        "{name}에 오디오 프레임이 없습니다. 비어 있거나 잘린 파일입니다.",
    ),
    "{name} is a folder, not a video file.": (
        "{name} è una cartella, non un file video.",
        "{name} ist ein Ordner, keine Videodatei.",
        "{name} 是文件夹，不是视频文件。",
        "{name}은(는) 동영상 파일이 아니라 폴더입니다.",
    ),
    "{name} is a folder, not an audio file.": (
        "{name} è una cartella, non un file audio.",
        "{name} ist ein Ordner, keine Audiodatei.",
        "{name} 是文件夹，不是音频文件。",
        "{name}은(는) 오디오 파일이 아니라 폴더입니다.",
    ),
    "{name} is empty (0 bytes).": (
        "{name} è vuoto (0 byte).",
        "{name} ist leer (0 Byte).",
        "{name} 为空（0 字节）。",
        "{name}이(가) 비어 있습니다(0바이트).",
    ),
    # -- the queue's commands --
    "There is no job {job} in the queue.": (
        "Non c'è nessun lavoro {job} in coda.",
        "In der Warteschlange gibt es keinen Auftrag {job}.",
        "队列中没有任务 {job}。",
        "대기열에 작업 {job}이(가) 없습니다.",
    ),
    "There is no job {job} to retry.": (
        "Non c'è nessun lavoro {job} da riprovare.",
        "Es gibt keinen Auftrag {job}, der wiederholt werden kann.",
        "没有可重试的任务 {job}。",
        "다시 시도할 작업 {job}이(가) 없습니다.",
    ),
    "Another Storyreel is following this job: retry its download there, or close that "
    "Storyreel first.": (
        "Un altro Storyreel sta seguendo questo lavoro: riprova lì il download, oppure chiudi "
        "prima quello Storyreel.",
        "Ein anderes Storyreel verfolgt diesen Auftrag: Wiederholen Sie den Download dort, oder "
        "schließen Sie zuerst dieses Storyreel.",
        "另一个 Storyreel 正在跟踪此任务：请在那里重试下载，或先关闭那个 Storyreel。",
        "다른 Storyreel이 이 작업을 따라가고 있습니다. 그쪽에서 다운로드를 다시 시도하거나 "
        "먼저 그 Storyreel을 닫으세요.",
    ),
    "This video is made and only waits for its download: use Retry download, which fetches it "
    "without sending the job again.": (
        "Questo video è pronto e aspetta solo il download: usa Riprova download, che lo scarica "
        "senza inviare di nuovo il lavoro.",
        "Dieses Video ist fertig und wartet nur auf seinen Download: Verwenden Sie „Download "
        "wiederholen“, das es abruft, ohne den Auftrag erneut zu senden.",
        "此视频已生成，只等待下载：请使用“重试下载”，它会获取视频而不会再次发送任务。",
        "이 동영상은 만들어졌고 다운로드만 기다리고 있습니다. 작업을 다시 보내지 않고 "
        "가져오는 '다운로드 재시도'를 사용하세요.",
    ),
}
