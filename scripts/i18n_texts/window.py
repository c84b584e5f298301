"""Translations of the window's frame: menus, settings, welcome, queue, player, messages.

Each entry: English source -> (Italian, German, Chinese (Simplified), Korean). A text with
%n has its plural forms as a tuple: (one, other) in Italian and German, one form in Chinese
and Korean. The key terms follow resources/i18n/glossary.md.
"""

TEXTS = {
    # -- menus and the main window --
    "&File": ("&File", "&Datei", "文件(&F)", "파일(&F)"),
    "&Edit": ("&Modifica", "&Bearbeiten", "编辑(&E)", "편집(&E)"),
    "&View": ("&Visualizza", "&Ansicht", "视图(&V)", "보기(&V)"),
    "&Help": ("&Aiuto", "&Hilfe", "帮助(&H)", "도움말(&H)"),
    "&About Storyreel": (
        "&Informazioni su Storyreel",
        "&Über Storyreel",
        "关于 Storyreel(&A)",
        "Storyreel 정보(&A)",
    ),
    "About Storyreel": ("Informazioni su Storyreel", "Über Storyreel", "关于 Storyreel", "Storyreel 정보"),
    "&Paste image": ("&Incolla immagine", "Bild ei&nfügen", "粘贴图像(&P)", "이미지 붙여넣기(&P)"),
    "&Quit": ("&Esci", "&Beenden", "退出(&Q)", "종료(&Q)"),
    "Re&fresh models": ("Aggi&orna modelli", "Modelle a&ktualisieren", "刷新模型(&F)", "모델 새로 고침(&F)"),
    "&Settings…": ("Impo&stazioni…", "&Einstellungen…", "设置(&S)…", "설정(&S)…"),
    "Settings…": ("Impostazioni…", "Einstellungen…", "设置…", "설정…"),
    "Settings": ("Impostazioni", "Einstellungen", "设置", "설정"),
    "&Single shot": ("&Inquadratura singola", "&Einzelner Shot", "单镜头(&S)", "단일 샷(&S)"),
    "S&toryboard": ("S&toryboard", "S&toryboard", "分镜(&T)", "스토리보드(&T)"),
    "Click a frame box first, then paste the image into it.": (
        "Fai prima clic su un riquadro del fotogramma, poi incollaci l'immagine.",
        "Klicken Sie zuerst auf ein Bildfeld und fügen Sie das Bild dann dort ein.",
        "请先点击一个帧框，再把图像粘贴进去。",
        "먼저 프레임 칸을 클릭한 다음 이미지를 붙여 넣으세요.",
    ),
    "Copy &diagnostics": (
        "Copia &diagnostica",
        "&Diagnose kopieren",
        "复制诊断信息(&D)",
        "진단 정보 복사(&D)",
    ),
    "Diagnostics copied to the clipboard (without your API key).": (
        "Diagnostica copiata negli appunti (senza la tua chiave API).",
        "Diagnose in die Zwischenablage kopiert (ohne Ihren API-Schlüssel).",
        "诊断信息已复制到剪贴板（不含你的 API 密钥）。",
        "진단 정보를 클립보드에 복사했습니다(API 키는 제외).",
    ),
    "Main toolbar": ("Barra degli strumenti principale", "Hauptwerkzeugleiste", "主工具栏", "기본 도구 모음"),
    "Open o&utput folder": (
        "Apri la cartella dei vi&deo",
        "&Ausgabeordner öffnen",
        "打开输出文件夹(&U)",
        "출력 폴더 열기(&U)",
    ),
    "Paste an image into the focused frame box": (
        "Incolla un'immagine nel riquadro del fotogramma attivo",
        "Ein Bild in das aktive Bildfeld einfügen",
        "将图像粘贴到当前选中的帧框",
        "선택한 프레임 칸에 이미지 붙여넣기",
    ),
    "Read RunComfy's list of models now.": (
        "Leggi adesso l'elenco dei modelli di RunComfy.",
        "Die Modellliste von RunComfy jetzt neu einlesen.",
        "立即读取 RunComfy 的模型列表。",
        "지금 RunComfy의 모델 목록을 읽어 옵니다.",
    ),
    "Show &welcome": ("Mostra il &benvenuto", "&Willkommen anzeigen", "显示欢迎页(&W)", "시작 안내 보기(&W)"),
    "Storyreel {version}": ("Storyreel {version}", "Storyreel {version}", "Storyreel {version}", "Storyreel {version}"),
    "The library folder {path} cannot be created: {error}": (
        "Impossibile creare la cartella della libreria {path}: {error}",
        "Der Bibliotheksordner {path} kann nicht angelegt werden: {error}",
        "无法创建媒体库文件夹 {path}：{error}",
        "라이브러리 폴더 {path}을(를) 만들 수 없습니다: {error}",
    ),
    "Turns still frames into video clips with ByteDance's Seedance and Dreamina models on "
    "RunComfy's Model API. The offline preview makes free local motion sketches, not AI "
    "generation.": (
        "Trasforma fotogrammi fissi in clip video con i modelli Seedance e Dreamina di ByteDance "
        "tramite la Model API di RunComfy. L'anteprima offline crea bozze di movimento locali e "
        "gratuite, non generazione IA.",
        "Macht aus Standbildern Videoclips – mit den Modellen Seedance und Dreamina von ByteDance "
        "über die Model API von RunComfy. Die Offline-Vorschau erstellt kostenlose lokale "
        "Bewegungsskizzen, keine KI-Generierung.",
        "借助 RunComfy 模型 API 上字节跳动的 Seedance 与 Dreamina 模型，把静态画面变成视频片段。"
        "离线预览在本地免费生成运动草稿，并非 AI 生成。",
        "RunComfy 모델 API의 ByteDance Seedance·Dreamina 모델로 정지 프레임을 동영상 클립으로 "
        "만듭니다. 오프라인 미리보기는 로컬에서 무료로 모션 스케치를 만들며, AI 생성이 아닙니다.",
    ),
    "&Model:": ("&Modello:", "&Modell:", "模型(&M)：", "모델(&M):"),
    "The clip's last frame is the new first frame: write what happens next.": (
        "L'ultimo fotogramma della clip è il nuovo fotogramma iniziale: scrivi cosa succede dopo.",
        "Das letzte Bild des Clips ist das neue Startbild: Beschreiben Sie, wie es weitergeht.",
        "片段的最后一帧已成为新的首帧：写下接下来发生什么。",
        "클립의 마지막 프레임이 새 첫 프레임이 되었습니다. 다음에 일어날 일을 적어 보세요.",
    ),
    "The last frame is saved as {path}, but this model takes no frame.": (
        "L'ultimo fotogramma è salvato come {path}, ma questo modello non accetta fotogrammi.",
        "Das letzte Bild ist als {path} gespeichert, aber dieses Modell nimmt kein Bild an.",
        "最后一帧已保存为 {path}，但此模型不接受帧图像。",
        "마지막 프레임을 {path}(으)로 저장했지만 이 모델은 프레임을 받지 않습니다.",
    ),
    "Your settings could not be saved: {error}": (
        "Impossibile salvare le impostazioni: {error}",
        "Ihre Einstellungen konnten nicht gespeichert werden: {error}",
        "无法保存你的设置：{error}",
        "설정을 저장하지 못했습니다: {error}",
    ),
    "&Undo": ("&Annulla", "&Rückgängig", "撤销(&U)", "실행 취소(&U)"),
    "&Redo": ("&Ripeti", "&Wiederholen", "重做(&R)", "다시 실행(&R)"),
    "Notification": ("Notifica", "Benachrichtigung", "通知", "알림"),
    "Video": ("Video", "Video", "视频", "동영상"),
    # -- views and modes --
    "A row of frames cut into shots, played as one sequence (Ctrl+2)": (
        "Una fila di fotogrammi divisa in inquadrature, riprodotta come un'unica sequenza (Ctrl+2)",
        "Eine Bildreihe, in Shots geschnitten und als eine Sequenz abgespielt (Strg+2)",
        "一排画面切分成多个镜头，作为一个序列播放（Ctrl+2）",
        "프레임을 여러 샷으로 나눠 하나의 시퀀스로 재생합니다(Ctrl+2)",
    ),
    "One clip from a frame and a prompt (Ctrl+1)": (
        "Una clip da un fotogramma e un prompt (Ctrl+1)",
        "Ein Clip aus einem Bild und einem Prompt (Strg+1)",
        "由一帧和一段提示词生成一个片段（Ctrl+1）",
        "프레임 하나와 프롬프트로 클립 하나(Ctrl+1)",
    ),
    "Single shot": ("Inquadratura singola", "Einzelner Shot", "单镜头", "단일 샷"),
    "Storyboard": ("Storyboard", "Storyboard", "分镜", "스토리보드"),
    "View": ("Vista", "Ansicht", "视图", "보기"),
    # -- engine --
    "Add your RunComfy API key in Settings to generate with RunComfy.": (
        "Aggiungi la tua chiave API di RunComfy nelle Impostazioni per generare con RunComfy.",
        "Tragen Sie Ihren RunComfy-API-Schlüssel in den Einstellungen ein, um mit RunComfy zu generieren.",
        "在设置中添加你的 RunComfy API 密钥，即可使用 RunComfy 生成。",
        "RunComfy로 생성하려면 설정에서 RunComfy API 키를 추가하세요.",
    ),
    "Engine": ("Motore", "Engine", "引擎", "엔진"),
    "Engine:": ("Motore:", "Engine:", "引擎：", "엔진:"),
    "Free local motion sketches from your frames: not AI generation.": (
        "Bozze di movimento locali e gratuite dai tuoi fotogrammi: non generazione IA.",
        "Kostenlose lokale Bewegungsskizzen aus Ihren Bildern: keine KI-Generierung.",
        "基于你的画面在本地免费生成运动草稿：并非 AI 生成。",
        "내 프레임으로 만드는 무료 로컬 모션 스케치: AI 생성이 아닙니다.",
    ),
    "Offline preview": ("Anteprima offline", "Offline-Vorschau", "离线预览", "오프라인 미리보기"),
    "Real generation with Seedance and Dreamina on RunComfy: paid per clip.": (
        "Generazione reale con Seedance e Dreamina su RunComfy: a pagamento per clip.",
        "Echte Generierung mit Seedance und Dreamina auf RunComfy: pro Clip bezahlt.",
        "在 RunComfy 上用 Seedance 和 Dreamina 真实生成：按片段计费。",
        "RunComfy에서 Seedance·Dreamina로 실제 생성: 클립마다 요금이 부과됩니다.",
    ),
    "RunComfy": ("RunComfy", "RunComfy", "RunComfy", "RunComfy"),
    # -- settings --
    "Storyreel settings": ("Impostazioni di Storyreel", "Storyreel-Einstellungen", "Storyreel 设置", "Storyreel 설정"),
    "A key is set (hidden). Type a new one to replace it.": (
        "È impostata una chiave (nascosta). Digitane una nuova per sostituirla.",
        "Ein Schlüssel ist gesetzt (verborgen). Geben Sie einen neuen ein, um ihn zu ersetzen.",
        "已设置密钥（已隐藏）。输入新密钥即可替换。",
        "키가 설정되어 있습니다(숨김). 바꾸려면 새 키를 입력하세요.",
    ),
    "API address": ("Indirizzo API", "API-Adresse", "API 地址", "API 주소"),
    "API address:": ("Indirizzo API:", "API-Adresse:", "API 地址：", "API 주소:"),
    "API key status": ("Stato della chiave API", "Status des API-Schlüssels", "API 密钥状态", "API 키 상태"),
    "Ask RunComfy for a model's price with this key: costs nothing.": (
        "Chiede a RunComfy il prezzo di un modello con questa chiave: non costa nulla.",
        "Fragt RunComfy mit diesem Schlüssel nach dem Preis eines Modells: kostet nichts.",
        "用此密钥向 RunComfy 查询某个模型的价格：不产生费用。",
        "이 키로 RunComfy에 모델 가격을 문의합니다: 비용이 들지 않습니다.",
    ),
    "Asking RunComfy…": ("Chiedo a RunComfy…", "RunComfy wird gefragt…", "正在询问 RunComfy…", "RunComfy에 문의하는 중…"),
    "Choose the library folder": (
        "Scegli la cartella della libreria",
        "Bibliotheksordner wählen",
        "选择媒体库文件夹",
        "라이브러리 폴더 선택",
    ),
    "Choose…": ("Scegli…", "Auswählen…", "选择…", "선택…"),
    "Find your key in your RunComfy profile. Storyreel keeps it in your system's keyring, "
    "never in a file.": (
        "Trovi la chiave nel tuo profilo RunComfy. Storyreel la conserva nel portachiavi di "
        "sistema, mai in un file.",
        "Ihren Schlüssel finden Sie in Ihrem RunComfy-Profil. Storyreel bewahrt ihn im "
        "Schlüsselbund des Systems auf, nie in einer Datei.",
        "你可以在 RunComfy 个人资料中找到密钥。Storyreel 将其保存在系统密钥环中，绝不写入文件。",
        "키는 RunComfy 프로필에서 찾을 수 있습니다. Storyreel은 키를 파일이 아닌 시스템 키링에만 "
        "보관합니다.",
    ),
    "For the API address below, once it is a usable one": (
        "Per l'indirizzo API qui sotto, quando sarà utilizzabile",
        "Für die API-Adresse unten, sobald sie gültig ist",
        "用于下方的 API 地址（待其可用时）",
        "아래 API 주소용(사용 가능한 주소가 되면)",
    ),
    "For {base}": ("Per {base}", "Für {base}", "用于 {base}", "{base}용"),
    "How many jobs Storyreel sends, follows and downloads at the same time (from the next "
    "start).": (
        "Quanti lavori Storyreel invia, segue e scarica contemporaneamente (dal prossimo avvio).",
        "Wie viele Aufträge Storyreel gleichzeitig sendet, verfolgt und herunterlädt (ab dem "
        "nächsten Start).",
        "Storyreel 同时发送、跟踪和下载的任务数量（下次启动时生效）。",
        "Storyreel이 동시에 보내고, 추적하고, 내려받는 작업 수(다음 시작부터 적용).",
    ),
    "Jobs at once:": ("Lavori simultanei:", "Gleichzeitige Aufträge:", "同时进行的任务：", "동시 작업 수:"),
    "Jobs running at once": (
        "Lavori in esecuzione contemporaneamente",
        "Gleichzeitig laufende Aufträge",
        "同时运行的任务",
        "동시에 실행되는 작업",
    ),
    "Library folder": ("Cartella della libreria", "Bibliotheksordner", "媒体库文件夹", "라이브러리 폴더"),
    "Library folder:": ("Cartella della libreria:", "Bibliotheksordner:", "媒体库文件夹：", "라이브러리 폴더:"),
    "Paste your RunComfy API key": (
        "Incolla la tua chiave API di RunComfy",
        "Fügen Sie Ihren RunComfy-API-Schlüssel ein",
        "粘贴你的 RunComfy API 密钥",
        "RunComfy API 키를 붙여 넣으세요",
    ),
    "Remove key": ("Rimuovi chiave", "Schlüssel entfernen", "移除密钥", "키 제거"),
    "Result of the key test": (
        "Risultato della verifica della chiave",
        "Ergebnis der Schlüsselprüfung",
        "密钥测试结果",
        "키 테스트 결과",
    ),
    "RunComfy API key": ("Chiave API di RunComfy", "RunComfy-API-Schlüssel", "RunComfy API 密钥", "RunComfy API 키"),
    "Save key": ("Salva chiave", "Schlüssel speichern", "保存密钥", "키 저장"),
    "Show": ("Mostra", "Anzeigen", "显示", "표시"),
    "Show the API key": ("Mostra la chiave API", "API-Schlüssel anzeigen", "显示 API 密钥", "API 키 표시"),
    "Tell me when a job finishes while Storyreel is in the background": (
        "Avvisami quando un lavoro finisce mentre Storyreel è in secondo piano",
        "Benachrichtigen, wenn ein Auftrag fertig ist, während Storyreel im Hintergrund ist",
        "Storyreel 在后台时，任务完成后通知我",
        "Storyreel이 백그라운드에 있을 때 작업이 끝나면 알림",
    ),
    "Test key": ("Verifica chiave", "Schlüssel testen", "测试密钥", "키 테스트"),
    "The API address this key is for": (
        "L'indirizzo API a cui appartiene questa chiave",
        "Die API-Adresse, für die dieser Schlüssel gilt",
        "此密钥对应的 API 地址",
        "이 키가 사용되는 API 주소",
    ),
    "The key is stored in your system keyring.": (
        "La chiave è conservata nel portachiavi di sistema.",
        "Der Schlüssel ist im Schlüsselbund des Systems gespeichert.",
        "密钥已保存在系统密钥环中。",
        "키가 시스템 키링에 저장되었습니다.",
    ),
    "The library folder is empty: choose where your videos should go.": (
        "La cartella della libreria è vuota: scegli dove salvare i tuoi video.",
        "Der Bibliotheksordner ist leer: Wählen Sie, wohin Ihre Videos sollen.",
        "媒体库文件夹为空：请选择视频的保存位置。",
        "라이브러리 폴더가 비어 있습니다. 동영상을 저장할 위치를 선택하세요.",
    ),
    "The library folder {path} is a file, not a folder.": (
        "La cartella della libreria {path} è un file, non una cartella.",
        "Der Bibliotheksordner {path} ist eine Datei, kein Ordner.",
        "媒体库文件夹 {path} 是一个文件，而不是文件夹。",
        "라이브러리 폴더 {path}은(는) 폴더가 아니라 파일입니다.",
    ),
    "{reason} Storyreel will ask for it again next time; to avoid that, set RUNCOMFY_API_TOKEN "
    "in your environment or unlock your system keyring.": (
        "{reason} Storyreel la chiederà di nuovo la prossima volta; per evitarlo, imposta "
        "RUNCOMFY_API_TOKEN nell'ambiente o sblocca il portachiavi di sistema.",
        "{reason} Storyreel fragt beim nächsten Mal erneut danach; um das zu vermeiden, setzen "
        "Sie RUNCOMFY_API_TOKEN in Ihrer Umgebung oder entsperren Sie den Schlüsselbund.",
        "{reason} 下次 Storyreel 还会再次询问；若想避免，请在环境变量中设置 RUNCOMFY_API_TOKEN，"
        "或解锁系统密钥环。",
        "{reason} 다음에 Storyreel이 다시 물어봅니다. 이를 피하려면 환경 변수에 "
        "RUNCOMFY_API_TOKEN을 설정하거나 시스템 키링의 잠금을 해제하세요.",
    ),
    "Close": ("Chiudi", "Schließen", "关闭", "닫기"),
    "Language": ("Lingua", "Sprache", "语言", "언어"),
    "Language:": ("Lingua:", "Sprache:", "语言：", "언어:"),
    "System ({language})": ("Sistema ({language})", "System ({language})", "跟随系统（{language}）", "시스템({language})"),
    "Storyreel speaks the new language from its next start.": (
        "Storyreel userà la nuova lingua dal prossimo avvio.",
        "Storyreel verwendet die neue Sprache ab dem nächsten Start.",
        "Storyreel 将在下次启动时使用新语言。",
        "새 언어는 Storyreel을 다음에 시작할 때 적용됩니다.",
    ),
    # -- welcome --
    "Add your RunComfy API key": (
        "Aggiungi la tua chiave API di RunComfy",
        "RunComfy-API-Schlüssel hinzufügen",
        "添加你的 RunComfy API 密钥",
        "RunComfy API 키 추가",
    ),
    "Add your RunComfy key…": (
        "Aggiungi la chiave RunComfy…",
        "RunComfy-Schlüssel hinzufügen…",
        "添加 RunComfy 密钥…",
        "RunComfy 키 추가…",
    ),
    "Change your RunComfy API key": (
        "Cambia la tua chiave API di RunComfy",
        "RunComfy-API-Schlüssel ändern",
        "更改你的 RunComfy API 密钥",
        "RunComfy API 키 변경",
    ),
    "Change your RunComfy key…": (
        "Cambia la chiave RunComfy…",
        "RunComfy-Schlüssel ändern…",
        "更改 RunComfy 密钥…",
        "RunComfy 키 변경…",
    ),
    "Choose a model first, then pick a sample.": (
        "Scegli prima un modello, poi un esempio.",
        "Wählen Sie zuerst ein Modell, dann ein Beispiel.",
        "请先选择模型，再挑选示例。",
        "먼저 모델을 고른 다음 샘플을 선택하세요.",
    ),
    "Close the welcome": ("Chiudi il benvenuto", "Willkommen schließen", "关闭欢迎页", "시작 안내 닫기"),
    "Close the welcome (Help → Show welcome brings it back)": (
        "Chiudi il benvenuto (Aiuto → Mostra il benvenuto lo riapre)",
        "Willkommen schließen (Hilfe → Willkommen anzeigen holt es zurück)",
        "关闭欢迎页（帮助 → 显示欢迎页可重新打开）",
        "시작 안내 닫기(도움말 → 시작 안내 보기로 다시 열 수 있음)",
    ),
    "Sample frames": ("Fotogrammi di esempio", "Beispielbilder", "示例画面", "샘플 프레임"),
    "Storyreel turns still pictures into short video clips. Put a picture in the first frame "
    "box, describe the motion in the prompt, and press Generate.": (
        "Storyreel trasforma immagini fisse in brevi clip video. Metti un'immagine nel riquadro "
        "del fotogramma iniziale, descrivi il movimento nel prompt e premi Genera.",
        "Storyreel macht aus Standbildern kurze Videoclips. Legen Sie ein Bild in das Feld "
        "Startbild, beschreiben Sie die Bewegung im Prompt und klicken Sie auf Generieren.",
        "Storyreel 将静态图片变成短视频片段。把图片放入首帧框，在提示词中描述运动，然后点击生成。",
        "Storyreel은 정지 이미지를 짧은 동영상 클립으로 만듭니다. 첫 프레임 칸에 이미지를 넣고, "
        "프롬프트에 움직임을 설명한 뒤 생성을 누르세요.",
    ),
    "The sample “{title}” could not be copied to {folder}: {error}": (
        "Impossibile copiare l'esempio «{title}» in {folder}: {error}",
        "Das Beispiel „{title}“ konnte nicht nach {folder} kopiert werden: {error}",
        "无法将示例“{title}”复制到 {folder}：{error}",
        "샘플 “{title}”을(를) {folder}에 복사하지 못했습니다: {error}",
    ),
    "Try a sample:": ("Prova un esempio:", "Beispiel ausprobieren:", "试试示例：", "샘플 사용해 보기:"),
    "Until you add a RunComfy API key, it runs on the free <b>offline preview</b>: local motion "
    "sketches made from your frames (camera moves and transitions), <b>not AI generation</b>.": (
        "Finché non aggiungi una chiave API di RunComfy, funziona con l'<b>anteprima offline</b> "
        "gratuita: bozze di movimento locali create dai tuoi fotogrammi (movimenti di camera e "
        "transizioni), <b>non generazione IA</b>.",
        "Bis Sie einen RunComfy-API-Schlüssel hinzufügen, läuft es mit der kostenlosen "
        "<b>Offline-Vorschau</b>: lokale Bewegungsskizzen aus Ihren Bildern (Kamerafahrten und "
        "Übergänge), <b>keine KI-Generierung</b>.",
        "在你添加 RunComfy API 密钥之前，它使用免费的<b>离线预览</b>：根据你的画面在本地生成运动草稿"
        "（运镜与转场），<b>并非 AI 生成</b>。",
        "RunComfy API 키를 추가하기 전까지는 무료 <b>오프라인 미리보기</b>로 동작합니다: 내 "
        "프레임으로 만드는 로컬 모션 스케치(카메라 움직임과 전환)이며 <b>AI 생성이 아닙니다</b>.",
    ),
    "Welcome to Storyreel": ("Benvenuto in Storyreel", "Willkommen bei Storyreel", "欢迎使用 Storyreel", "Storyreel에 오신 것을 환영합니다"),
    "Your RunComfy API key is set, so Generate makes <b>real AI clips</b> with Seedance and "
    "Dreamina on RunComfy, paid per clip. The free offline preview (motion sketches, not AI "
    "generation) is one click away in the toolbar.": (
        "La tua chiave API di RunComfy è impostata: Genera crea <b>vere clip IA</b> con Seedance "
        "e Dreamina su RunComfy, a pagamento per clip. L'anteprima offline gratuita (bozze di "
        "movimento, non generazione IA) è a un clic nella barra degli strumenti.",
        "Ihr RunComfy-API-Schlüssel ist gesetzt: Generieren erstellt <b>echte KI-Clips</b> mit "
        "Seedance und Dreamina auf RunComfy, pro Clip bezahlt. Die kostenlose Offline-Vorschau "
        "(Bewegungsskizzen, keine KI-Generierung) ist einen Klick entfernt in der Werkzeugleiste.",
        "你的 RunComfy API 密钥已设置，点击生成会在 RunComfy 上用 Seedance 和 Dreamina 制作"
        "<b>真正的 AI 片段</b>，按片段计费。免费的离线预览（运动草稿，并非 AI 生成）在工具栏中一键即可切换。",
        "RunComfy API 키가 설정되어 있어 생성을 누르면 RunComfy의 Seedance·Dreamina로 <b>실제 AI "
        "클립</b>을 만들며, 클립마다 요금이 부과됩니다. 무료 오프라인 미리보기(모션 스케치, AI 생성 "
        "아님)는 도구 모음에서 클릭 한 번으로 전환할 수 있습니다.",
    ),
    "Your key is on runcomfy.com, under {place}.": (
        "La tua chiave è su runcomfy.com, in {place}.",
        "Ihr Schlüssel steht auf runcomfy.com unter {place}.",
        "你的密钥位于 runcomfy.com 的 {place}。",
        "키는 runcomfy.com의 {place}에 있습니다.",
    ),
    "“{title}” is in the panel. Press Generate to see it move.": (
        "«{title}» è nel pannello. Premi Genera per vederlo in movimento.",
        "„{title}“ ist im Bedienfeld. Klicken Sie auf Generieren, um es in Bewegung zu sehen.",
        "“{title}”已放入面板。点击生成，看它动起来。",
        "“{title}”이(가) 패널에 들어갔습니다. 생성을 눌러 움직이는 모습을 확인하세요.",
    ),
    "Try the sample “{title}”": (
        "Prova l'esempio «{title}»",
        "Beispiel „{title}“ ausprobieren",
        "试试示例“{title}”",
        "샘플 “{title}” 사용해 보기",
    ),
    "{title}: puts this frame in the panel, with a suggested prompt if yours is empty.": (
        "{title}: mette questo fotogramma nel pannello, con un prompt suggerito se il tuo è vuoto.",
        "{title}: legt dieses Bild ins Bedienfeld, mit einem Prompt-Vorschlag, falls Ihrer leer ist.",
        "{title}：将此画面放入面板；若你的提示词为空，会附上建议的提示词。",
        "{title}: 이 프레임을 패널에 넣고, 프롬프트가 비어 있으면 추천 프롬프트도 넣습니다.",
    ),
    # -- quitting --
    "%n jobs are still being prepared and have not been sent to RunComfy yet. Quitting now "
    "stops them before they are sent: nothing is charged, and you can send them again later.": (
        (
            "%n lavoro è ancora in preparazione e non è stato inviato a RunComfy. Uscendo ora "
            "si ferma prima dell'invio: non viene addebitato nulla e potrai inviarlo più tardi.",
            "%n lavori sono ancora in preparazione e non sono stati inviati a RunComfy. Uscendo "
            "ora si fermano prima dell'invio: non viene addebitato nulla e potrai inviarli più "
            "tardi.",
        ),
        (
            "%n Auftrag wird noch vorbereitet und wurde noch nicht an RunComfy gesendet. Wenn "
            "Sie jetzt beenden, wird er vor dem Senden gestoppt: Es fallen keine Kosten an, und "
            "Sie können ihn später erneut senden.",
            "%n Aufträge werden noch vorbereitet und wurden noch nicht an RunComfy gesendet. "
            "Wenn Sie jetzt beenden, werden sie vor dem Senden gestoppt: Es fallen keine Kosten "
            "an, und Sie können sie später erneut senden.",
        ),
        "还有 %n 个任务正在准备，尚未发送到 RunComfy。现在退出会在发送前停止它们：不会产生费用，之后可以重新发送。",
        "%n개 작업이 아직 준비 중이며 RunComfy로 보내지 않았습니다. 지금 종료하면 보내기 전에 "
        "중단됩니다. 요금은 부과되지 않으며 나중에 다시 보낼 수 있습니다.",
    ),
    "%n jobs are still running on RunComfy. They continue there, and Storyreel picks them up "
    "and downloads their videos the next time you start it.": (
        (
            "%n lavoro è ancora in esecuzione su RunComfy. Continua lì, e Storyreel lo "
            "riprende e ne scarica il video al prossimo avvio.",
            "%n lavori sono ancora in esecuzione su RunComfy. Continuano lì, e Storyreel li "
            "riprende e ne scarica i video al prossimo avvio.",
        ),
        (
            "%n Auftrag läuft noch auf RunComfy. Er läuft dort weiter, und Storyreel übernimmt "
            "ihn beim nächsten Start und lädt sein Video herunter.",
            "%n Aufträge laufen noch auf RunComfy. Sie laufen dort weiter, und Storyreel "
            "übernimmt sie beim nächsten Start und lädt ihre Videos herunter.",
        ),
        "还有 %n 个任务正在 RunComfy 上运行。它们会在那里继续，下次启动 Storyreel 时会接回并下载视频。",
        "%n개 작업이 아직 RunComfy에서 실행 중입니다. 작업은 그곳에서 계속되며, 다음에 "
        "Storyreel을 시작하면 이어받아 동영상을 내려받습니다.",
    ),
    "%n offline previews will stop: the local preview engine stops with Storyreel, so they "
    "will be lost (nothing is charged; you can retry them).": (
        (
            "%n anteprima offline si fermerà: il motore di anteprima locale si ferma con "
            "Storyreel, quindi andrà persa (non viene addebitato nulla; puoi riprovare).",
            "%n anteprime offline si fermeranno: il motore di anteprima locale si ferma con "
            "Storyreel, quindi andranno perse (non viene addebitato nulla; puoi riprovare).",
        ),
        (
            "%n Offline-Vorschau wird abgebrochen: Die lokale Vorschau-Engine endet mit "
            "Storyreel, daher geht sie verloren (es fallen keine Kosten an; Sie können sie "
            "wiederholen).",
            "%n Offline-Vorschauen werden abgebrochen: Die lokale Vorschau-Engine endet mit "
            "Storyreel, daher gehen sie verloren (es fallen keine Kosten an; Sie können sie "
            "wiederholen).",
        ),
        "%n 个离线预览将会停止：本地预览引擎随 Storyreel 一起关闭，因此它们会丢失（不产生费用；可以重试）。",
        "오프라인 미리보기 %n개가 중단됩니다. 로컬 미리보기 엔진은 Storyreel과 함께 종료되므로 "
        "결과가 사라집니다(요금은 부과되지 않으며 다시 시도할 수 있습니다).",
    ),
    "Keep Storyreel open": ("Lascia aperto Storyreel", "Storyreel geöffnet lassen", "保持 Storyreel 打开", "Storyreel 계속 열어 두기"),
    "Quit": ("Esci", "Beenden", "退出", "종료"),
    "Quit Storyreel?": ("Uscire da Storyreel?", "Storyreel beenden?", "退出 Storyreel？", "Storyreel을 종료할까요?"),
    "Some jobs are not finished yet.": (
        "Alcuni lavori non sono ancora finiti.",
        "Einige Aufträge sind noch nicht fertig.",
        "部分任务尚未完成。",
        "아직 끝나지 않은 작업이 있습니다.",
    ),
    # -- notifications --
    "A job failed": ("Un lavoro non è riuscito", "Ein Auftrag ist fehlgeschlagen", "有任务失败", "작업이 실패했습니다"),
    "Submission uncertain": ("Invio incerto", "Übermittlung unsicher", "提交状态不确定", "제출 여부 불확실"),
    "Your clip is ready": ("La tua clip è pronta", "Ihr Clip ist fertig", "你的片段已就绪", "클립이 준비되었습니다"),
    "{subject}: check your RunComfy generation history before trying again.": (
        "{subject}: controlla la cronologia delle generazioni su RunComfy prima di riprovare.",
        "{subject}: Prüfen Sie Ihren Generierungsverlauf auf RunComfy, bevor Sie es erneut versuchen.",
        "{subject}：重试前请先查看你在 RunComfy 上的生成记录。",
        "{subject}: 다시 시도하기 전에 RunComfy 생성 기록을 확인하세요.",
    ),
    "{n} done": ("{n} completati", "{n} fertig", "{n} 个已完成", "{n}개 완료"),
    "{n} in progress": ("{n} in corso", "{n} in Arbeit", "{n} 个进行中", "{n}개 진행 중"),
    # -- the controller's messages --
    "Fetching the image was cancelled.": (
        "Il download dell'immagine è stato annullato.",
        "Das Abrufen des Bildes wurde abgebrochen.",
        "已取消获取图像。",
        "이미지 가져오기를 취소했습니다.",
    ),
    "RunComfy could not be reached, so the key is not checked yet: {reason}": (
        "Impossibile raggiungere RunComfy, quindi la chiave non è ancora verificata: {reason}",
        "RunComfy war nicht erreichbar, daher ist der Schlüssel noch nicht geprüft: {reason}",
        "无法连接 RunComfy，因此尚未检查密钥：{reason}",
        "RunComfy에 연결할 수 없어 아직 키를 확인하지 못했습니다: {reason}",
    ),
    "RunComfy refused this key: it may be mistyped, expired or revoked. Copy it again from your "
    "RunComfy profile.": (
        "RunComfy ha rifiutato questa chiave: potrebbe essere digitata male, scaduta o revocata. "
        "Copiala di nuovo dal tuo profilo RunComfy.",
        "RunComfy hat diesen Schlüssel abgelehnt: Er ist vielleicht falsch eingegeben, abgelaufen "
        "oder widerrufen. Kopieren Sie ihn erneut aus Ihrem RunComfy-Profil.",
        "RunComfy 拒绝了此密钥：可能输入有误、已过期或已被撤销。请从 RunComfy 个人资料中重新复制。",
        "RunComfy가 이 키를 거부했습니다. 잘못 입력했거나 만료 또는 폐기되었을 수 있습니다. "
        "RunComfy 프로필에서 다시 복사하세요.",
    ),
    "RunComfy's list of models is up to date.": (
        "L'elenco dei modelli di RunComfy è aggiornato.",
        "Die Modellliste von RunComfy ist aktuell.",
        "RunComfy 的模型列表已是最新。",
        "RunComfy 모델 목록이 최신 상태입니다.",
    ),
    "Some of its models cannot be offered; the reasons are in the log (Help → Copy diagnostics).": (
        "Alcuni dei suoi modelli non possono essere proposti; i motivi sono nel registro "
        "(Aiuto → Copia diagnostica).",
        "Einige seiner Modelle können nicht angeboten werden; die Gründe stehen im Protokoll "
        "(Hilfe → Diagnose kopieren).",
        "其中部分模型无法提供；原因见日志（帮助 → 复制诊断信息）。",
        "일부 모델은 제공할 수 없습니다. 이유는 로그에 있습니다(도움말 → 진단 정보 복사).",
    ),
    "Some unfinished jobs cannot be followed yet: {reason}": (
        "Alcuni lavori non finiti non possono ancora essere seguiti: {reason}",
        "Einige unfertige Aufträge können noch nicht verfolgt werden: {reason}",
        "部分未完成的任务暂时无法跟踪：{reason}",
        "끝나지 않은 일부 작업을 아직 추적할 수 없습니다: {reason}",
    ),
    "Something went wrong: {error}. The details are in the log (Help → Copy diagnostics).": (
        "Qualcosa è andato storto: {error}. I dettagli sono nel registro (Aiuto → Copia diagnostica).",
        "Etwas ist schiefgegangen: {error}. Die Einzelheiten stehen im Protokoll (Hilfe → Diagnose kopieren).",
        "出了点问题：{error}。详情见日志（帮助 → 复制诊断信息）。",
        "문제가 발생했습니다: {error}. 자세한 내용은 로그에 있습니다(도움말 → 진단 정보 복사).",
    ),
    "Storyreel is still starting: try again in a moment.": (
        "Storyreel si sta ancora avviando: riprova tra un momento.",
        "Storyreel startet noch: Versuchen Sie es gleich noch einmal.",
        "Storyreel 仍在启动：请稍后再试。",
        "Storyreel이 아직 시작 중입니다. 잠시 후 다시 시도하세요.",
    ),
    "Storyreel is still starting.": (
        "Storyreel si sta ancora avviando.",
        "Storyreel startet noch.",
        "Storyreel 仍在启动。",
        "Storyreel이 아직 시작 중입니다.",
    ),
    "The key could not be checked: {reason}": (
        "Impossibile verificare la chiave: {reason}",
        "Der Schlüssel konnte nicht geprüft werden: {reason}",
        "无法检查密钥：{reason}",
        "키를 확인하지 못했습니다: {reason}",
    ),
    "The key works: RunComfy accepted it.": (
        "La chiave funziona: RunComfy l'ha accettata.",
        "Der Schlüssel funktioniert: RunComfy hat ihn akzeptiert.",
        "密钥有效：RunComfy 已接受。",
        "키가 정상입니다. RunComfy가 수락했습니다.",
    ),
    "This job could not be cancelled: it has already started generating, and only jobs still "
    "waiting in the queue can be cancelled.": (
        "Impossibile annullare questo lavoro: la generazione è già iniziata, e si possono "
        "annullare solo i lavori ancora in attesa nella coda.",
        "Dieser Auftrag konnte nicht abgebrochen werden: Die Generierung hat bereits begonnen, "
        "und nur Aufträge, die noch in der Warteschlange warten, lassen sich abbrechen.",
        "无法取消此任务：它已开始生成，只有仍在队列中等待的任务才能取消。",
        "이 작업은 취소할 수 없습니다. 이미 생성이 시작되었으며, 대기열에서 기다리는 작업만 "
        "취소할 수 있습니다.",
    ),
    "Unfinished jobs could not be picked up: the details are in the log (Help → Copy diagnostics).": (
        "Impossibile riprendere i lavori non finiti: i dettagli sono nel registro "
        "(Aiuto → Copia diagnostica).",
        "Unfertige Aufträge konnten nicht übernommen werden: Die Einzelheiten stehen im Protokoll "
        "(Hilfe → Diagnose kopieren).",
        "无法接回未完成的任务：详情见日志（帮助 → 复制诊断信息）。",
        "끝나지 않은 작업을 이어받지 못했습니다. 자세한 내용은 로그에 있습니다(도움말 → 진단 정보 복사).",
    ),
    "{problem} The models known before are offered.": (
        "{problem} Vengono proposti i modelli già noti.",
        "{problem} Die bisher bekannten Modelle werden angeboten.",
        "{problem} 将提供之前已知的模型。",
        "{problem} 이전에 알고 있던 모델을 제공합니다.",
    ),
    "Reading the list of models…": (
        "Lettura dell'elenco dei modelli…",
        "Modellliste wird gelesen…",
        "正在读取模型列表…",
        "모델 목록을 읽는 중…",
    ),
    "The model {model} of this job is no longer in your catalogue.": (
        "Il modello {model} di questo lavoro non è più nel tuo catalogo.",
        "Das Modell {model} dieses Auftrags ist nicht mehr in Ihrem Katalog.",
        "此任务使用的模型 {model} 已不在你的目录中。",
        "이 작업의 모델 {model}은(는) 더 이상 카탈로그에 없습니다.",
    ),
    "The settings of this job are in the panel.": (
        "Le impostazioni di questo lavoro sono nel pannello.",
        "Die Einstellungen dieses Auftrags stehen im Bedienfeld.",
        "此任务的设置已载入面板。",
        "이 작업의 설정을 패널에 불러왔습니다.",
    ),
}
