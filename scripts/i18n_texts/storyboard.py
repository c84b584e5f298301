"""Translations of the Storyboard view: frames, shots, the sequence, export for an editor.

Each entry: English source -> (Italian, German, Chinese (Simplified), Korean). A text with
%n has its plural forms as a tuple: (one, other) in Italian and German.
"""

TEXTS = {
    # -- editing the board --
    "%n frames added.": (
        ("%n fotogramma aggiunto.", "%n fotogrammi aggiunti."),
        ("%n Bild hinzugefügt.", "%n Bilder hinzugefügt."),
        "已添加 %n 个画面。",
        "프레임 %n개를 추가했습니다.",
    ),
    "%n shots now use {model}.": (
        ("%n inquadratura ora usa {model}.", "%n inquadrature ora usano {model}."),
        ("%n Shot verwendet jetzt {model}.", "%n Shots verwenden jetzt {model}."),
        "%n 个镜头现在使用 {model}。",
        "샷 %n개가 이제 {model}을(를) 사용합니다.",
    ),
    "Add frames": ("Aggiungi fotogrammi", "Bilder hinzufügen", "添加画面", "프레임 추가"),
    "Add frames…": ("Aggiungi fotogrammi…", "Bilder hinzufügen…", "添加画面…", "프레임 추가…"),
    "Apply settings and prompt to all shots": (
        "Applica impostazioni e prompt a tutte le inquadrature",
        "Einstellungen und Prompt auf alle Shots anwenden",
        "将设置和提示词应用到所有镜头",
        "설정과 프롬프트를 모든 샷에 적용",
    ),
    "Apply settings to all shots": (
        "Applica le impostazioni a tutte le inquadrature",
        "Einstellungen auf alle Shots anwenden",
        "将设置应用到所有镜头",
        "설정을 모든 샷에 적용",
    ),
    "Apply to all shots": (
        "Applica a tutte le inquadrature",
        "Auf alle Shots anwenden",
        "应用到所有镜头",
        "모든 샷에 적용",
    ),
    "Change the model of shot {n}": (
        "Cambia il modello dell'inquadratura {n}",
        "Modell von Shot {n} ändern",
        "更改镜头 {n} 的模型",
        "샷 {n}의 모델 변경",
    ),
    "Change the settings of shot {n}": (
        "Cambia le impostazioni dell'inquadratura {n}",
        "Einstellungen von Shot {n} ändern",
        "更改镜头 {n} 的设置",
        "샷 {n}의 설정 변경",
    ),
    "Cut one clip per frame": (
        "Taglia una clip per fotogramma",
        "Einen Clip pro Bild schneiden",
        "按每个画面切分一个片段",
        "프레임마다 클립 하나로 나누기",
    ),
    "Cut one clip per pair of frames": (
        "Taglia una clip per coppia di fotogrammi",
        "Einen Clip pro Bildpaar schneiden",
        "按每对画面切分一个片段",
        "프레임 두 개마다 클립 하나로 나누기",
    ),
    "Duplicate frame {n}": ("Duplica fotogramma {n}", "Bild {n} duplizieren", "复制画面 {n}", "프레임 {n} 복제"),
    "Edit the prompt of shot {n}": (
        "Modifica il prompt dell'inquadratura {n}",
        "Prompt von Shot {n} bearbeiten",
        "编辑镜头 {n} 的提示词",
        "샷 {n}의 프롬프트 편집",
    ),
    "Frame {n} ({name}) removed.": (
        "Fotogramma {n} ({name}) rimosso.",
        "Bild {n} ({name}) entfernt.",
        "已移除画面 {n}（{name}）。",
        "프레임 {n}({name})을(를) 제거했습니다.",
    ),
    "Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff)": (
        "Immagini (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff)",
        "Bilder (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff)",
        "图像 (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff)",
        "이미지 (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff)",
    ),
    "Left out {names}: not image files (PNG, JPEG, WebP, BMP, GIF or TIFF).": (
        "Esclusi {names}: non sono file immagine (PNG, JPEG, WebP, BMP, GIF o TIFF).",
        "{names} ausgelassen: keine Bilddateien (PNG, JPEG, WebP, BMP, GIF oder TIFF).",
        "已跳过 {names}：不是图像文件（PNG、JPEG、WebP、BMP、GIF 或 TIFF）。",
        "{names}은(는) 제외했습니다: 이미지 파일(PNG, JPEG, WebP, BMP, GIF, TIFF)이 아닙니다.",
    ),
    "No images were found in the dropped folder.": (
        "Nella cartella rilasciata non ci sono immagini.",
        "Im abgelegten Ordner wurden keine Bilder gefunden.",
        "拖入的文件夹中没有找到图像。",
        "놓은 폴더에서 이미지를 찾지 못했습니다.",
    ),
    "Remove frame {n}": ("Rimuovi fotogramma {n}", "Bild {n} entfernen", "移除画面 {n}", "프레임 {n} 제거"),
    "The clipboard holds no image files: copy them in your file manager, or drop them on the "
    "strip.": (
        "Gli appunti non contengono file immagine: copiali dal gestore file o trascinali sulla "
        "striscia.",
        "Die Zwischenablage enthält keine Bilddateien: Kopieren Sie sie im Dateimanager oder "
        "ziehen Sie sie auf den Streifen.",
        "剪贴板中没有图像文件：请在文件管理器中复制，或直接拖到画面条上。",
        "클립보드에 이미지 파일이 없습니다. 파일 관리자에서 복사하거나 스트립에 끌어다 놓으세요.",
    ),
    "Use {model}": ("Usa {model}", "{model} verwenden", "使用 {model}", "{model} 사용"),
    "%n shots": (
        ("%n inquadratura", "%n inquadrature"),
        ("%n Shot", "%n Shots"),
        "%n 个镜头",
        "샷 %n개",
    ),
    "One clip per frame instead": (
        "Invece una clip per fotogramma",
        "Stattdessen ein Clip pro Bild",
        "改为每个画面一个片段",
        "대신 프레임마다 클립 하나",
    ),
    "Select a shot to see its settings.": (
        "Seleziona un'inquadratura per vederne le impostazioni.",
        "Wählen Sie einen Shot, um seine Einstellungen zu sehen.",
        "选择一个镜头以查看其设置。",
        "샷을 선택하면 설정이 표시됩니다.",
    ),
    "Shot {n} of {count} · {frames}": (
        "Inquadratura {n} di {count} · {frames}",
        "Shot {n} von {count} · {frames}",
        "镜头 {n}/{count} · {frames}",
        "샷 {n}/{count} · {frames}",
    ),
    "This storyboard has no file yet: Save gives it one.": (
        "Questo storyboard non ha ancora un file: Salva gliene dà uno.",
        "Dieses Storyboard hat noch keine Datei: Speichern legt eine an.",
        "此分镜尚无文件：点击保存即可创建。",
        "이 스토리보드에는 아직 파일이 없습니다. 저장하면 파일이 생깁니다.",
    ),
    "frame {n}": ("fotogramma {n}", "Bild {n}", "画面 {n}", "프레임 {n}"),
    "not saved yet": ("non ancora salvato", "noch nicht gespeichert", "尚未保存", "아직 저장 안 됨"),
    "saved": ("salvato", "gespeichert", "已保存", "저장됨"),
    "saving…": ("salvataggio…", "wird gespeichert…", "正在保存…", "저장 중…"),
    "{done} of {shots} rendered": (
        "{done} di {shots} renderizzate",
        "{done} von {shots} gerendert",
        "已渲染 {done}/{shots}",
        "{shots}개 중 {done}개 렌더링됨",
    ),
    "{message} One clip per pair of frames goes from a first frame to a last frame, so "
    "consecutive clips meet where the frames meet (shots {numbers}).": (
        "{message} Una clip per coppia di fotogrammi va da un fotogramma iniziale a uno finale, "
        "così le clip consecutive si uniscono dove si uniscono i fotogrammi (inquadrature "
        "{numbers}).",
        "{message} Ein Clip pro Bildpaar führt von einem Startbild zu einem Endbild, sodass "
        "aufeinanderfolgende Clips dort zusammentreffen, wo die Bilder es tun (Shots "
        "{numbers}).",
        "{message} 每对画面一个片段时，片段从首帧走到尾帧，相邻片段在画面相接处衔接（镜头 {numbers}）。",
        "{message} 프레임 두 개마다 클립 하나로 나누면 각 클립이 첫 프레임에서 마지막 프레임으로 "
        "이어지므로, 연속된 클립이 프레임이 만나는 곳에서 이어집니다(샷 {numbers}).",
    ),
    # -- opening and saving --
    "%n shots picked up clips that finished while it was closed.": (
        (
            "%n inquadratura ha ricevuto clip finite mentre era chiuso.",
            "%n inquadrature hanno ricevuto clip finite mentre era chiuso.",
        ),
        (
            "%n Shot hat Clips übernommen, die fertig wurden, während es geschlossen war.",
            "%n Shots haben Clips übernommen, die fertig wurden, während es geschlossen "
            "war.",
        ),
        "%n 个镜头接收了关闭期间完成的片段。",
        "닫혀 있는 동안 완료된 클립을 샷 %n개가 받았습니다.",
    ),
    "A new, empty storyboard: drop frames on the strip to begin.": (
        "Un nuovo storyboard vuoto: trascina i fotogrammi sulla striscia per iniziare.",
        "Ein neues, leeres Storyboard: Ziehen Sie Bilder auf den Streifen, um zu beginnen.",
        "新的空白分镜：把画面拖到画面条上即可开始。",
        "새 빈 스토리보드: 스트립에 프레임을 놓아 시작하세요.",
    ),
    "Don't save": ("Non salvare", "Nicht speichern", "不保存", "저장 안 함"),
    "It has %n frames. Save it to keep its frames, settings and clips together; its rendered "
    "clips stay in your library either way.": (
        (
            "Ha %n fotogramma. Salvalo per tenere insieme fotogrammi, impostazioni e clip; le "
            "clip renderizzate restano comunque nella tua libreria.",
            "Ha %n fotogrammi. Salvalo per tenere insieme fotogrammi, impostazioni e clip; le "
            "clip renderizzate restano comunque nella tua libreria.",
        ),
        (
            "Es hat %n Bild. Speichern Sie es, um Bilder, Einstellungen und Clips "
            "zusammenzuhalten; die gerenderten Clips bleiben so oder so in Ihrer Bibliothek.",
            "Es hat %n Bilder. Speichern Sie es, um Bilder, Einstellungen und Clips "
            "zusammenzuhalten; die gerenderten Clips bleiben so oder so in Ihrer Bibliothek.",
        ),
        "它有 %n 个画面。保存后，画面、设置和片段会放在一起；已渲染的片段无论如何都会保留在媒体库中。",
        "프레임이 %n개 있습니다. 저장하면 프레임, 설정, 클립이 함께 보관됩니다. 렌더링된 클립은 "
        "어느 쪽이든 라이브러리에 남습니다.",
    ),
    "Open storyboard": ("Apri storyboard", "Storyboard öffnen", "打开分镜", "스토리보드 열기"),
    "Opened {name}.": ("Aperto {name}.", "{name} geöffnet.", "已打开 {name}。", "{name}을(를) 열었습니다."),
    "Save storyboard as": ("Salva storyboard come", "Storyboard speichern unter", "分镜另存为", "스토리보드를 다른 이름으로 저장"),
    "Save the storyboard?": ("Salvare lo storyboard?", "Storyboard speichern?", "保存分镜？", "스토리보드를 저장할까요?"),
    "Saved {path}.": ("Salvato {path}.", "{path} gespeichert.", "已保存 {path}。", "{path}에 저장했습니다."),
    "Save…": ("Salva…", "Speichern…", "保存…", "저장…"),
    "Save": ("Salva", "Speichern", "保存", "저장"),
    "Storyboards (*.storyboard.json *.json)": (
        "Storyboard (*.storyboard.json *.json)",
        "Storyboards (*.storyboard.json *.json)",
        "分镜 (*.storyboard.json *.json)",
        "스토리보드 (*.storyboard.json *.json)",
    ),
    "Storyboards (*.storyboard.json)": (
        "Storyboard (*.storyboard.json)",
        "Storyboards (*.storyboard.json)",
        "分镜 (*.storyboard.json)",
        "스토리보드 (*.storyboard.json)",
    ),
    "The image files of frames {numbers} are missing.": (
        (
            "Manca il file immagine del fotogramma {numbers}.",
            "Mancano i file immagine dei fotogrammi {numbers}.",
        ),
        ("Die Bilddatei von Bild {numbers} fehlt.", "Die Bilddateien der Bilder {numbers} fehlen."),
        "画面 {numbers} 的图像文件缺失。",
        "프레임 {numbers}의 이미지 파일이 없습니다.",
    ),
    "The storyboard could not be saved to {path}: {error}": (
        "Impossibile salvare lo storyboard in {path}: {error}",
        "Das Storyboard konnte nicht unter {path} gespeichert werden: {error}",
        "无法将分镜保存到 {path}：{error}",
        "스토리보드를 {path}에 저장하지 못했습니다: {error}",
    ),
    "The storyboard is not saved in a file yet.": (
        "Lo storyboard non è ancora salvato in un file.",
        "Das Storyboard ist noch nicht in einer Datei gespeichert.",
        "分镜尚未保存为文件。",
        "스토리보드가 아직 파일로 저장되지 않았습니다.",
    ),
    "The storyboard {path} cannot be opened: {error}": (
        "Impossibile aprire lo storyboard {path}: {error}",
        "Das Storyboard {path} kann nicht geöffnet werden: {error}",
        "无法打开分镜 {path}：{error}",
        "스토리보드 {path}을(를) 열 수 없습니다: {error}",
    ),
    # -- export --
    "An export is already running.": (
        "È già in corso un'esportazione.",
        "Ein Export läuft bereits.",
        "已有导出正在进行。",
        "이미 내보내기가 진행 중입니다.",
    ),
    "CSV (*.csv)": ("CSV (*.csv)", "CSV (*.csv)", "CSV (*.csv)", "CSV (*.csv)"),
    "JSON (*.json)": ("JSON (*.json)", "JSON (*.json)", "JSON (*.json)", "JSON (*.json)"),
    "MP4 video (*.mp4)": ("Video MP4 (*.mp4)", "MP4-Video (*.mp4)", "MP4 视频 (*.mp4)", "MP4 동영상 (*.mp4)"),
    "Export cancelled: {name} was not written.": (
        "Esportazione annullata: {name} non è stato scritto.",
        "Export abgebrochen: {name} wurde nicht geschrieben.",
        "导出已取消：未写入 {name}。",
        "내보내기를 취소했습니다. {name}은(는) 기록되지 않았습니다.",
    ),
    "Export cancelled.": ("Esportazione annullata.", "Export abgebrochen.", "导出已取消。", "내보내기를 취소했습니다."),
    "Export sequence as MP4": ("Esporta la sequenza in MP4", "Sequenz als MP4 exportieren", "将序列导出为 MP4", "시퀀스를 MP4로 내보내기"),
    "&Export sequence as MP4…": (
        "Esporta la se&quenza in MP4…",
        "Sequenz als MP4 &exportieren…",
        "将序列导出为 MP4(&E)…",
        "시퀀스를 MP4로 내보내기(&E)…",
    ),
    "Export shot list as CSV": (
        "Esporta l'elenco inquadrature in CSV",
        "Shotliste als CSV exportieren",
        "将镜头表导出为 CSV",
        "샷 목록을 CSV로 내보내기",
    ),
    "Export shot list as JSON": (
        "Esporta l'elenco inquadrature in JSON",
        "Shotliste als JSON exportieren",
        "将镜头表导出为 JSON",
        "샷 목록을 JSON으로 내보내기",
    ),
    "Export shot list as &CSV…": (
        "Esporta l'elenco inquadrature in CS&V…",
        "Shotliste als &CSV exportieren…",
        "将镜头表导出为 CSV(&C)…",
        "샷 목록을 CSV로 내보내기(&C)…",
    ),
    "Export shot list as &JSON…": (
        "Esporta l'elenco inquadrature in &JSON…",
        "Shotliste als &JSON exportieren…",
        "将镜头表导出为 JSON(&J)…",
        "샷 목록을 JSON으로 내보내기(&J)…",
    ),
    "Exported {name}: {seconds} s, {width}×{height}, with its captions beside it.": (
        "Esportato {name}: {seconds} s, {width}×{height}, con i sottotitoli accanto.",
        "{name} exportiert: {seconds} s, {width}×{height}, mit den Untertiteln daneben.",
        "已导出 {name}：{seconds} 秒，{width}×{height}，字幕文件在旁边。",
        "{name}을(를) 내보냈습니다: {seconds}초, {width}×{height}, 자막 파일이 옆에 있습니다.",
    ),
    "Exporting {name}…": ("Esportazione di {name}…", "{name} wird exportiert…", "正在导出 {name}…", "{name} 내보내는 중…"),
    "Shot list saved as {name}.": (
        "Elenco inquadrature salvato come {name}.",
        "Shotliste als {name} gespeichert.",
        "镜头表已保存为 {name}。",
        "샷 목록을 {name}(으)로 저장했습니다.",
    ),
    "Shots not rendered yet are held as their first frame.": (
        "Le inquadrature non ancora renderizzate restano ferme sul loro fotogramma iniziale.",
        "Noch nicht gerenderte Shots werden als Standbild ihres Startbilds gezeigt.",
        "尚未渲染的镜头以其首帧定格显示。",
        "아직 렌더링되지 않은 샷은 첫 프레임을 정지 화면으로 보여 줍니다.",
    ),
    "The shot list could not be saved as {name}: {error}": (
        "Impossibile salvare l'elenco inquadrature come {name}: {error}",
        "Die Shotliste konnte nicht als {name} gespeichert werden: {error}",
        "无法将镜头表保存为 {name}：{error}",
        "샷 목록을 {name}(으)로 저장하지 못했습니다: {error}",
    ),
    "There is nothing to export yet: add frames first.": (
        "Non c'è ancora nulla da esportare: aggiungi prima dei fotogrammi.",
        "Noch gibt es nichts zu exportieren: Fügen Sie zuerst Bilder hinzu.",
        "还没有可导出的内容：请先添加画面。",
        "아직 내보낼 것이 없습니다. 먼저 프레임을 추가하세요.",
    ),
    "{name} could not be exported: {error}": (
        "Impossibile esportare {name}: {error}",
        "{name} konnte nicht exportiert werden: {error}",
        "无法导出 {name}：{error}",
        "{name}을(를) 내보내지 못했습니다: {error}",
    ),
    # -- the File menu's storyboard actions --
    "&New storyboard": ("&Nuovo storyboard", "&Neues Storyboard", "新建分镜(&N)", "새 스토리보드(&N)"),
    "&Open storyboard…": ("&Apri storyboard…", "Storyboard ö&ffnen…", "打开分镜(&O)…", "스토리보드 열기(&O)…"),
    "&Save storyboard": ("&Salva storyboard", "Storyboard &speichern", "保存分镜(&S)", "스토리보드 저장(&S)"),
    "Save storyboard &as…": ("Salva storyboard &come…", "Storyboard speichern &unter…", "分镜另存为(&A)…", "스토리보드를 다른 이름으로 저장(&A)…"),
    "Open &recent storyboard": ("Apri storyboard &recente", "&Zuletzt verwendetes Storyboard", "打开最近的分镜(&R)", "최근 스토리보드 열기(&R)"),
    "No recent storyboards": ("Nessuno storyboard recente", "Keine zuletzt verwendeten Storyboards", "没有最近的分镜", "최근 스토리보드 없음"),
    "Open a storyboard file": ("Apri un file storyboard", "Eine Storyboard-Datei öffnen", "打开分镜文件", "스토리보드 파일 열기"),
    "Save the storyboard (boards with a file are also saved as you work)": (
        "Salva lo storyboard (quelli che hanno un file si salvano anche mentre lavori)",
        "Storyboard speichern (Storyboards mit Datei werden auch beim Arbeiten gespeichert)",
        "保存分镜（已有文件的分镜在编辑时也会自动保存）",
        "스토리보드 저장(파일이 있는 스토리보드는 작업하는 동안에도 저장됨)",
    ),
    "Save the storyboard to a new file": (
        "Salva lo storyboard in un nuovo file",
        "Storyboard in einer neuen Datei speichern",
        "将分镜保存为新文件",
        "스토리보드를 새 파일로 저장",
    ),
    "Start an empty storyboard": ("Inizia uno storyboard vuoto", "Ein leeres Storyboard beginnen", "新建空白分镜", "빈 스토리보드 시작"),
    "Add images after the selected frame (Insert)": (
        "Aggiungi immagini dopo il fotogramma selezionato (Ins)",
        "Bilder nach dem ausgewählten Bild hinzufügen (Einfg)",
        "在所选画面后添加图像（Insert）",
        "선택한 프레임 뒤에 이미지 추가(Insert)",
    ),
    "Clear the list": ("Svuota l'elenco", "Liste leeren", "清空列表", "목록 지우기"),
    "Duplicate": ("Duplica", "Duplizieren", "复制", "복제"),
    "Duplicate the selected frame, with its shot's settings (Ctrl+D)": (
        "Duplica il fotogramma selezionato, con le impostazioni della sua inquadratura (Ctrl+D)",
        "Ausgewähltes Bild mit den Einstellungen seines Shots duplizieren (Strg+D)",
        "复制所选画面及其镜头设置（Ctrl+D）",
        "선택한 프레임을 샷 설정과 함께 복제(Ctrl+D)",
    ),
    "Every shot with its frames, model, prompt, settings, cost and clip": (
        "Ogni inquadratura con fotogrammi, modello, prompt, impostazioni, costo e clip",
        "Jeder Shot mit Bildern, Modell, Prompt, Einstellungen, Kosten und Clip",
        "每个镜头及其画面、模型、提示词、设置、费用和片段",
        "각 샷의 프레임, 모델, 프롬프트, 설정, 비용, 클립",
    ),
    "Generate selected shots": (
        "Genera le inquadrature selezionate",
        "Ausgewählte Shots generieren",
        "生成所选镜头",
        "선택한 샷 생성",
    ),
    "Move left": ("Sposta a sinistra", "Nach links", "左移", "왼쪽으로 이동"),
    "Move right": ("Sposta a destra", "Nach rechts", "右移", "오른쪽으로 이동"),
    "Move the selected frame one place earlier (Alt+Left)": (
        "Sposta il fotogramma selezionato di un posto indietro (Alt+Sinistra)",
        "Ausgewähltes Bild eine Stelle nach vorn (Alt+Links)",
        "将所选画面前移一位（Alt+左方向键）",
        "선택한 프레임을 한 칸 앞으로(Alt+왼쪽)",
    ),
    "Move the selected frame one place later (Alt+Right)": (
        "Sposta il fotogramma selezionato di un posto avanti (Alt+Destra)",
        "Ausgewähltes Bild eine Stelle nach hinten (Alt+Rechts)",
        "将所选画面后移一位（Alt+右方向键）",
        "선택한 프레임을 한 칸 뒤로(Alt+오른쪽)",
    ),
    "One video of the whole board: finished clips, held frames for the rest": (
        "Un unico video dell'intero storyboard: clip finite, fotogrammi fermi per il resto",
        "Ein Video des ganzen Storyboards: fertige Clips, Standbilder für den Rest",
        "整个分镜的一段视频：已完成的片段，其余以定格画面代替",
        "보드 전체를 하나의 동영상으로: 완성된 클립, 나머지는 정지 프레임",
    ),
    "Play from this shot": ("Riproduci da questa inquadratura", "Ab diesem Shot abspielen", "从此镜头开始播放", "이 샷부터 재생"),
    "Remove the selected frame (Delete)": (
        "Rimuovi il fotogramma selezionato (Canc)",
        "Ausgewähltes Bild entfernen (Entf)",
        "移除所选画面（Delete）",
        "선택한 프레임 제거(Delete)",
    ),
    "The last frame of this shot's clip becomes a new frame right after it, so the scene goes on "
    "from where the clip ends": (
        "L'ultimo fotogramma della clip di questa inquadratura diventa un nuovo fotogramma subito "
        "dopo, così la scena prosegue da dove finisce la clip",
        "Das letzte Bild des Clips dieses Shots wird direkt danach zu einem neuen Bild, "
        "sodass die Szene dort weitergeht, wo der Clip endet",
        "此镜头片段的尾帧成为紧随其后的新画面，场景从片段结束处继续",
        "이 샷 클립의 마지막 프레임이 바로 뒤에 새 프레임으로 들어가, 클립이 끝난 곳에서 장면이 "
        "이어집니다",
    ),
    "The shot list for a spreadsheet": (
        "L'elenco inquadrature per un foglio di calcolo",
        "Die Shotliste für eine Tabellenkalkulation",
        "用于电子表格的镜头表",
        "스프레드시트용 샷 목록",
    ),
    "Drop images or a folder here to lay out your story frame by frame,\nor use Add frames…": (
        "Trascina qui immagini o una cartella per costruire la storia fotogramma per "
        "fotogramma,\noppure usa Aggiungi fotogrammi…",
        "Ziehen Sie Bilder oder einen Ordner hierher, um Ihre Geschichte Bild für Bild "
        "anzulegen,\noder nutzen Sie Bilder hinzufügen…",
        "把图像或文件夹拖到这里，逐个画面排布你的故事，\n或使用“添加画面…”",
        "이미지나 폴더를 여기에 놓아 이야기를 프레임별로 배치하거나,\n프레임 추가…를 사용하세요",
    ),
    "The storyboard's frames in order. Delete removes the selected frame, Ctrl+D duplicates it, "
    "Alt+Left and Alt+Right move it.": (
        "I fotogrammi dello storyboard in ordine. Canc rimuove il fotogramma selezionato, Ctrl+D "
        "lo duplica, Alt+Sinistra e Alt+Destra lo spostano.",
        "Die Bilder des Storyboards der Reihe nach. Entf entfernt das ausgewählte Bild, Strg+D "
        "dupliziert es, Alt+Links und Alt+Rechts verschieben es.",
        "分镜画面按顺序排列。Delete 移除所选画面，Ctrl+D 复制，Alt+左/右方向键移动。",
        "스토리보드의 프레임 순서입니다. Delete는 선택한 프레임을 제거하고, Ctrl+D는 복제하며, "
        "Alt+왼쪽/오른쪽은 이동합니다.",
    ),
    # -- export for an editor --
    "&Folder:": ("&Cartella:", "&Ordner:", "文件夹(&F)：", "폴더(&F):"),
    "A4, landscape": ("A4, orizzontale", "A4, quer", "A4，横向", "A4, 가로"),
    "Animatic video (MP4), with its captions (.srt) beside it": (
        "Video animatic (MP4), con i sottotitoli (.srt) accanto",
        "Animatic-Video (MP4), mit Untertiteln (.srt) daneben",
        "动态分镜视频（MP4），旁附字幕（.srt）",
        "애니매틱 동영상(MP4)과 옆에 자막(.srt)",
    ),
    "Board PDF: frames in a grid with prompts and notes": (
        "PDF dello storyboard: fotogrammi in griglia con prompt e note",
        "Storyboard-PDF: Bilder im Raster mit Prompts und Notizen",
        "分镜 PDF：画面网格排列，附提示词和备注",
        "보드 PDF: 프롬프트와 메모가 있는 프레임 격자",
    ),
    "Bottom left": ("In basso a sinistra", "Unten links", "左下", "왼쪽 아래"),
    "Bottom right": ("In basso a destra", "Unten rechts", "右下", "오른쪽 아래"),
    "Top left": ("In alto a sinistra", "Oben links", "左上", "왼쪽 위"),
    "Top right": ("In alto a destra", "Oben rechts", "右上", "오른쪽 위"),
    "CMX 3600 edit decision list (.edl)": (
        "Edit decision list CMX 3600 (.edl)",
        "CMX-3600-Schnittliste (.edl)",
        "CMX 3600 剪辑决策表（.edl）",
        "CMX 3600 편집 결정 목록(.edl)",
    ),
    "Captions (.srt): shot numbers and notes": (
        "Sottotitoli (.srt): numeri delle inquadrature e note",
        "Untertitel (.srt): Shotnummern und Notizen",
        "字幕（.srt）：镜头编号和备注",
        "자막(.srt): 샷 번호와 메모",
    ),
    "Export": ("Esporta", "Exportieren", "导出", "내보내기"),
    "Export for an editor": ("Esporta per il montaggio", "Für den Schnitt exportieren", "导出给剪辑师", "편집용으로 내보내기"),
    "Export for an e&ditor…": (
        "Esporta per il &montaggio…",
        "Für den Sc&hnitt exportieren…",
        "导出给剪辑师(&D)…",
        "편집용으로 내보내기(&D)…",
    ),
    "Export into folder": ("Esporta nella cartella", "In Ordner exportieren", "导出到文件夹", "폴더로 내보내기"),
    "Final Cut Pro 7 XML (.xml) for Premiere Pro and Resolve": (
        "XML di Final Cut Pro 7 (.xml) per Premiere Pro e Resolve",
        "Final-Cut-Pro-7-XML (.xml) für Premiere Pro und Resolve",
        "Final Cut Pro 7 XML（.xml），适用于 Premiere Pro 和 Resolve",
        "Premiere Pro 및 Resolve용 Final Cut Pro 7 XML(.xml)",
    ),
    "Not burnt in": ("Non impressi", "Nicht eingebrannt", "不烧录", "넣지 않음"),
    "OpenTimelineIO timeline (.otio) for DaVinci Resolve": (
        "Timeline OpenTimelineIO (.otio) per DaVinci Resolve",
        "OpenTimelineIO-Timeline (.otio) für DaVinci Resolve",
        "OpenTimelineIO 时间线（.otio），适用于 DaVinci Resolve",
        "DaVinci Resolve용 OpenTimelineIO 타임라인(.otio)",
    ),
    "PDF &paper:": ("&Carta del PDF:", "PDF-&Papier:", "PDF 纸张(&P)：", "PDF 용지(&P):"),
    "Shot numbers and notes in the &video:": (
        "Numeri delle inquadrature e note nel &video:",
        "Shotnummern und Notizen im &Video:",
        "视频中的镜头编号和备注(&V)：",
        "동영상 속 샷 번호와 메모(&V):",
    ),
    "US Letter, landscape": ("US Letter, orizzontale", "US Letter, quer", "US Letter，横向", "US Letter, 가로"),
    "Write these files:": ("Scrivi questi file:", "Diese Dateien schreiben:", "写入这些文件：", "다음 파일 쓰기:"),
    "%n clips matched no shot of this board and were left out.": (
        (
            "%n clip non corrisponde a nessuna inquadratura di questo storyboard ed è stata esclusa.",
            "%n clip non corrispondono a nessuna inquadratura di questo storyboard e sono state "
            "escluse.",
        ),
        (
            "%n Clip passte zu keinem Shot dieses Storyboards und wurde ausgelassen.",
            "%n Clips passten zu keinem Shot dieses Storyboards und wurden ausgelassen.",
        ),
        "%n 个片段与此分镜中的镜头都不匹配，已略过。",
        "클립 %n개가 이 보드의 어떤 샷과도 맞지 않아 제외했습니다.",
    ),
    "%n files of the same name are already in {folder}.": (
        (
            "In {folder} c'è già %n file con lo stesso nome.",
            "In {folder} ci sono già %n file con lo stesso nome.",
        ),
        (
            "In {folder} liegt bereits %n Datei gleichen Namens.",
            "In {folder} liegen bereits %n Dateien gleichen Namens.",
        ),
        "{folder} 中已有 %n 个同名文件。",
        "{folder}에 같은 이름의 파일이 이미 %n개 있습니다.",
    ),
    "&Bring back an edit…": ("Ri&porta un montaggio…", "Schnitt zu&rückholen…", "导回剪辑(&B)…", "편집본 가져오기(&B)…"),
    "An edit list (.otio, .xml, .edl), captions, the animatic and a board PDF": (
        "Una lista di montaggio (.otio, .xml, .edl), i sottotitoli, l'animatic e un PDF dello "
        "storyboard",
        "Eine Schnittliste (.otio, .xml, .edl), Untertitel, das Animatic und ein Storyboard-PDF",
        "剪辑列表（.otio、.xml、.edl）、字幕、动态分镜和分镜 PDF",
        "편집 목록(.otio, .xml, .edl), 자막, 애니매틱, 보드 PDF",
    ),
    "Bring back an edit": ("Riporta un montaggio", "Schnitt zurückholen", "导回剪辑", "편집본 가져오기"),
    "Bring back the edit from {name}": (
        "Riporta il montaggio da {name}",
        "Schnitt aus {name} zurückholen",
        "从 {name} 导回剪辑",
        "{name}에서 편집본 가져오기",
    ),
    "Brought back from {name} (Undo takes it back):": (
        "Riportato da {name} (Annulla lo ripristina):",
        "Aus {name} zurückgeholt (Rückgängig nimmt es zurück):",
        "已从 {name} 导回（撤销可还原）：",
        "{name}에서 가져왔습니다(실행 취소로 되돌릴 수 있음):",
    ),
    "Edit lists (*.otio *.xml)": (
        "Liste di montaggio (*.otio *.xml)",
        "Schnittlisten (*.otio *.xml)",
        "剪辑列表 (*.otio *.xml)",
        "편집 목록 (*.otio *.xml)",
    ),
    "Exported %n files: {names}.": (
        ("Esportato %n file: {names}.", "Esportati %n file: {names}."),
        ("%n Datei exportiert: {names}.", "%n Dateien exportiert: {names}."),
        "已导出 %n 个文件：{names}。",
        "파일 %n개를 내보냈습니다: {names}.",
    ),
    "Exporting {name} for an editor…": (
        "Esportazione di {name} per il montaggio…",
        "{name} wird für den Schnitt exportiert…",
        "正在为剪辑师导出 {name}…",
        "편집용으로 {name} 내보내는 중…",
    ),
    "In a pair cut the shots follow their frames, so the new order and the removals were not "
    "applied: move or remove frames instead.": (
        "Con il taglio a coppie le inquadrature seguono i fotogrammi, quindi il nuovo ordine e le "
        "rimozioni non sono stati applicati: sposta o rimuovi invece i fotogrammi.",
        "Beim Schnitt nach Bildpaaren folgen die Shots ihren Bildern, daher wurden die "
        "neue Reihenfolge und die Entfernungen nicht übernommen: Verschieben oder entfernen Sie "
        "stattdessen Bilder.",
        "按画面对切分时，镜头跟随画面，因此新顺序和删除未被应用：请改为移动或移除画面。",
        "프레임 쌍으로 나눈 경우 샷은 프레임을 따르므로 새 순서와 제거가 적용되지 않았습니다. "
        "대신 프레임을 옮기거나 제거하세요.",
    ),
    "Reorder, trim and remove shots as they were in an edited .otio or .xml": (
        "Riordina, accorcia e rimuovi le inquadrature come in un .otio o .xml montato",
        "Shots so anordnen, kürzen und entfernen wie in einer geschnittenen .otio oder .xml",
        "按照剪辑后的 .otio 或 .xml 重新排序、修剪和移除镜头",
        "편집된 .otio 또는 .xml에 맞춰 샷의 순서 변경, 트리밍, 제거",
    ),
    "Replace": ("Sostituisci", "Ersetzen", "替换", "바꾸기"),
    "Replace existing files?": ("Sostituire i file esistenti?", "Vorhandene Dateien ersetzen?", "替换已有文件？", "기존 파일을 바꿀까요?"),
    "Shot {number} moved to position {position}.": (
        "Inquadratura {number} spostata in posizione {position}.",
        "Shot {number} an Position {position} verschoben.",
        "镜头 {number} 已移到第 {position} 位。",
        "샷 {number}을(를) {position}번째로 옮겼습니다.",
    ),
    "Shot {number} removed.": ("Inquadratura {number} rimossa.", "Shot {number} entfernt.", "已移除镜头 {number}。", "샷 {number}을(를) 제거했습니다."),
    "Shot {number} trimmed to {now} s (was {was} s).": (
        "Inquadratura {number} accorciata a {now} s (era {was} s).",
        "Shot {number} auf {now} s gekürzt (vorher {was} s).",
        "镜头 {number} 已修剪为 {now} 秒（原为 {was} 秒）。",
        "샷 {number}을(를) {now}초로 트리밍했습니다(이전 {was}초).",
    ),
    "The export did not finish: {error}": (
        "L'esportazione non è terminata: {error}",
        "Der Export wurde nicht abgeschlossen: {error}",
        "导出未完成：{error}",
        "내보내기가 끝나지 않았습니다: {error}",
    ),
    "{name} could not be brought back: {error}": (
        "Impossibile riportare {name}: {error}",
        "{name} konnte nicht zurückgeholt werden: {error}",
        "无法导回 {name}：{error}",
        "{name}을(를) 가져오지 못했습니다: {error}",
    ),
    "{name} matches the board: nothing changed.": (
        "{name} corrisponde allo storyboard: nulla è cambiato.",
        "{name} entspricht dem Storyboard: Nichts hat sich geändert.",
        "{name} 与分镜一致：没有变化。",
        "{name}이(가) 보드와 같습니다. 바뀐 것이 없습니다.",
    ),
    # -- notes --
    "Edit note": ("Modifica nota", "Notiz bearbeiten", "编辑备注", "메모 편집"),
    "Shot note": ("Nota dell'inquadratura", "Shot-Notiz", "镜头备注", "샷 메모"),
    # -- rendering --
    "%n shots rendered.": (
        ("%n inquadratura renderizzata.", "%n inquadrature renderizzate."),
        ("%n Shot gerendert.", "%n Shots gerendert."),
        "已渲染 %n 个镜头。",
        "샷 %n개를 렌더링했습니다.",
    ),
    "%n shots rendered; {kept} kept their clips.": (
        (
            "%n inquadratura renderizzata; {kept} hanno mantenuto le loro clip.",
            "%n inquadrature renderizzate; {kept} hanno mantenuto le loro clip.",
        ),
        (
            "%n Shot gerendert; {kept} behielten ihre Clips.",
            "%n Shots gerendert; {kept} behielten ihre Clips.",
        ),
        "已渲染 %n 个镜头；{kept} 个保留了原有片段。",
        "샷 %n개를 렌더링했습니다. {kept}개는 기존 클립을 유지했습니다.",
    ),
    "Add frames first: drop images or a folder on the strip.": (
        "Aggiungi prima i fotogrammi: trascina immagini o una cartella sulla striscia.",
        "Fügen Sie zuerst Bilder hinzu: Ziehen Sie Bilder oder einen Ordner auf den Streifen.",
        "请先添加画面：把图像或文件夹拖到画面条上。",
        "먼저 프레임을 추가하세요. 이미지나 폴더를 스트립에 놓으면 됩니다.",
    ),
    "Every shot is already rendered from its current inputs: nothing was sent, nothing was paid.": (
        "Ogni inquadratura è già renderizzata dai suoi input attuali: nulla è stato inviato, "
        "nulla è stato pagato.",
        "Jeder Shot ist bereits aus ihren aktuellen Eingaben gerendert: Nichts wurde "
        "gesendet, nichts bezahlt.",
        "所有镜头都已按当前输入渲染：未发送任何内容，也未产生费用。",
        "모든 샷이 이미 현재 입력으로 렌더링되어 있습니다. 보낸 것도, 결제된 것도 없습니다.",
    ),
    "Frame {n} ({name}) is still being checked.": (
        "Il fotogramma {n} ({name}) è ancora in verifica.",
        "Bild {n} ({name}) wird noch geprüft.",
        "画面 {n}（{name}）仍在检查中。",
        "프레임 {n}({name})을(를) 아직 확인하는 중입니다.",
    ),
    "Generate %n previews": (
        ("Genera %n anteprima", "Genera %n anteprime"),
        ("%n Vorschau generieren", "%n Vorschauen generieren"),
        "生成 %n 个预览",
        "미리보기 %n개 생성",
    ),
    "Generate %n shots": (
        ("Genera %n inquadratura", "Genera %n inquadrature"),
        ("%n Shot generieren", "%n Shots generieren"),
        "生成 %n 个镜头",
        "샷 %n개 생성",
    ),
    "Generate only the selected shots": (
        "Genera solo le inquadrature selezionate",
        "Nur die ausgewählten Shots generieren",
        "仅生成所选镜头",
        "선택한 샷만 생성",
    ),
    "Nothing is sent without a price: check your connection and key, then try again.": (
        "Nulla viene inviato senza un prezzo: controlla la connessione e la chiave, poi riprova.",
        "Ohne Preis wird nichts gesendet: Prüfen Sie Verbindung und Schlüssel und versuchen Sie "
        "es erneut.",
        "没有价格就不会发送：请检查网络连接和密钥后重试。",
        "가격 없이는 아무것도 보내지 않습니다. 연결과 키를 확인한 뒤 다시 시도하세요.",
    ),
    "Nothing was sent.": ("Non è stato inviato nulla.", "Es wurde nichts gesendet.", "未发送任何内容。", "아무것도 보내지 않았습니다."),
    "One clip per pair of frames needs at least two frames.": (
        "Una clip per coppia di fotogrammi richiede almeno due fotogrammi.",
        "Ein Clip pro Bildpaar braucht mindestens zwei Bilder.",
        "每对画面一个片段至少需要两个画面。",
        "프레임 두 개마다 클립 하나로 나누려면 프레임이 두 개 이상 필요합니다.",
    ),
    "One clip per pair of frames needs at least two frames: add another.": (
        "Una clip per coppia di fotogrammi richiede almeno due fotogrammi: aggiungine un altro.",
        "Ein Clip pro Bildpaar braucht mindestens zwei Bilder: Fügen Sie ein weiteres hinzu.",
        "每对画面一个片段至少需要两个画面：请再添加一个。",
        "프레임 두 개마다 클립 하나로 나누려면 프레임이 두 개 이상 필요합니다. 하나 더 추가하세요.",
    ),
    "Reading the price of the shots to render…": (
        "Lettura del prezzo delle inquadrature da renderizzare…",
        "Preis der zu rendernden Shots wird gelesen…",
        "正在读取待渲染镜头的价格…",
        "렌더링할 샷의 가격을 읽는 중…",
    ),
    "Select the shots to generate first.": (
        "Seleziona prima le inquadrature da generare.",
        "Wählen Sie zuerst die zu generierenden Shots.",
        "请先选择要生成的镜头。",
        "먼저 생성할 샷을 선택하세요.",
    ),
    "Send every shot that needs it through the queue; the price is shown first": (
        "Invia in coda ogni inquadratura che ne ha bisogno; prima viene mostrato il prezzo",
        "Jeden Shot, der es braucht, über die Warteschlange senden; zuerst wird der Preis "
        "angezeigt",
        "将需要生成的镜头全部送入队列；会先显示价格",
        "필요한 샷을 모두 대기열로 보냅니다. 가격이 먼저 표시됩니다",
    ),
    "Sending the shots…": ("Invio delle inquadrature…", "Shots werden gesendet…", "正在发送镜头…", "샷을 보내는 중…"),
    "Shot {n}: {message}": ("Inquadratura {n}: {message}", "Shot {n}: {message}", "镜头 {n}：{message}", "샷 {n}: {message}"),
    "The storyboard could not be rendered: {error}. The details are in the log.": (
        "Impossibile renderizzare lo storyboard: {error}. I dettagli sono nel registro.",
        "Das Storyboard konnte nicht gerendert werden: {error}. Die Einzelheiten stehen im "
        "Protokoll.",
        "无法渲染分镜：{error}。详情见日志。",
        "스토리보드를 렌더링하지 못했습니다: {error}. 자세한 내용은 로그에 있습니다.",
    ),
    # -- the sequence --
    "Continue from the clip's last frame": (
        "Continua dall'ultimo fotogramma della clip",
        "Ab dem letzten Bild des Clips fortsetzen",
        "从片段的尾帧继续",
        "클립의 마지막 프레임에서 이어 가기",
    ),
    "Shot {n} has no finished clip yet: generate it first.": (
        "L'inquadratura {n} non ha ancora una clip finita: generala prima.",
        "Shot {n} hat noch keinen fertigen Clip: Generieren Sie ihn zuerst.",
        "镜头 {n} 还没有完成的片段：请先生成。",
        "샷 {n}에는 아직 완성된 클립이 없습니다. 먼저 생성하세요.",
    ),
    "The clip's last frame is now frame {n}: its shot goes on from there.": (
        "L'ultimo fotogramma della clip ora è il fotogramma {n}: la sua inquadratura prosegue da lì.",
        "Das letzte Bild des Clips ist jetzt Bild {n}: Sein Shot geht von dort weiter.",
        "片段的尾帧现在是画面 {n}：该镜头从这里继续。",
        "클립의 마지막 프레임이 이제 프레임 {n}입니다. 그 샷은 여기서 이어집니다.",
    ),
    "The last frame could not be taken from the clip: {error}": (
        "Impossibile estrarre l'ultimo fotogramma dalla clip: {error}",
        "Das letzte Bild konnte nicht aus dem Clip entnommen werden: {error}",
        "无法从片段中提取尾帧：{error}",
        "클립에서 마지막 프레임을 가져오지 못했습니다: {error}",
    ),
    "The sequence cannot be played: {error}": (
        "Impossibile riprodurre la sequenza: {error}",
        "Die Sequenz kann nicht abgespielt werden: {error}",
        "无法播放序列：{error}",
        "시퀀스를 재생할 수 없습니다: {error}",
    ),
    "The storyboard was closed before the last frame was ready; it is saved as {path}.": (
        "Lo storyboard è stato chiuso prima che l'ultimo fotogramma fosse pronto; è salvato come "
        "{path}.",
        "Das Storyboard wurde geschlossen, bevor das letzte Bild fertig war; es ist als {path} "
        "gespeichert.",
        "尾帧就绪前分镜已关闭；尾帧已保存为 {path}。",
        "마지막 프레임이 준비되기 전에 스토리보드가 닫혔습니다. 프레임은 {path}(으)로 저장했습니다.",
    ),
    "There is nothing to play yet: add frames first.": (
        "Non c'è ancora nulla da riprodurre: aggiungi prima dei fotogrammi.",
        "Noch gibt es nichts abzuspielen: Fügen Sie zuerst Bilder hinzu.",
        "还没有可播放的内容：请先添加画面。",
        "아직 재생할 것이 없습니다. 먼저 프레임을 추가하세요.",
    ),
    "This job has no video file to continue from.": (
        "Questo lavoro non ha un file video da cui continuare.",
        "Dieser Auftrag hat keine Videodatei, an die man anschließen könnte.",
        "此任务没有可用于继续的视频文件。",
        "이 작업에는 이어 갈 동영상 파일이 없습니다.",
    ),
    "No shots yet": ("Ancora nessuna inquadratura", "Noch keine Shots", "还没有镜头", "아직 샷이 없습니다"),
    "Pause sequence": ("Metti in pausa la sequenza", "Sequenz anhalten", "暂停序列", "시퀀스 일시 정지"),
    "Play or pause the sequence (Space)": (
        "Riproduci o metti in pausa la sequenza (Spazio)",
        "Sequenz abspielen oder anhalten (Leertaste)",
        "播放或暂停序列（空格键）",
        "시퀀스 재생 또는 일시 정지(Space)",
    ),
    "Play sequence": ("Riproduci sequenza", "Sequenz abspielen", "播放序列", "시퀀스 재생"),
    "Play sequence shows the whole board here: finished clips back to back, and each shot not "
    "rendered yet as its first frame, held for its length.": (
        "Riproduci sequenza mostra qui l'intero storyboard: le clip finite una dopo l'altra, e "
        "ogni inquadratura non ancora renderizzata come il suo fotogramma iniziale, fermo per la "
        "sua durata.",
        "Sequenz abspielen zeigt hier das ganze Storyboard: fertige Clips nacheinander und jede "
        "noch nicht gerenderten Shot als Standbild seines Startbilds, so lang wie er dauert.",
        "“播放序列”会在这里展示整个分镜：已完成的片段依次播放，尚未渲染的镜头以其首帧定格，持续其时长。",
        "시퀀스 재생은 보드 전체를 여기에 보여 줍니다. 완성된 클립을 이어서 재생하고, 아직 "
        "렌더링되지 않은 샷은 첫 프레임을 그 길이만큼 정지 화면으로 보여 줍니다.",
    ),
    "Sequence player": ("Lettore della sequenza", "Sequenz-Player", "序列播放器", "시퀀스 플레이어"),
    "Sequence time": ("Tempo della sequenza", "Sequenzzeit", "序列时间", "시퀀스 시간"),
    "Shot playing": ("Inquadratura in riproduzione", "Laufender Shot", "正在播放的镜头", "재생 중인 샷"),
    "Shot {n} of {count} · {what}": (
        "Inquadratura {n} di {count} · {what}",
        "Shot {n} von {count} · {what}",
        "镜头 {n}/{count} · {what}",
        "샷 {n}/{count} · {what}",
    ),
    "Shot {n} · not rendered yet: its first frame, held for {s} s": (
        "Inquadratura {n} · non ancora renderizzata: il suo fotogramma iniziale, fermo per {s} s",
        "Shot {n} · noch nicht gerendert: sein Startbild, {s} s lang stehend",
        "镜头 {n} · 尚未渲染：以首帧定格 {s} 秒",
        "샷 {n} · 아직 렌더링되지 않음: 첫 프레임을 {s}초 동안 정지 화면으로",
    ),
    "Shot {n}: {file} cannot be played ({reason}); skipped.": (
        "Inquadratura {n}: impossibile riprodurre {file} ({reason}); saltata.",
        "Shot {n}: {file} kann nicht abgespielt werden ({reason}); übersprungen.",
        "镜头 {n}：无法播放 {file}（{reason}）；已跳过。",
        "샷 {n}: {file}을(를) 재생할 수 없어({reason}) 건너뛰었습니다.",
    ),
    "held frame, not rendered yet": (
        "fotogramma fermo, non ancora renderizzato",
        "Standbild, noch nicht gerendert",
        "定格画面，尚未渲染",
        "정지 프레임, 아직 렌더링 안 됨",
    ),
    "Held frame": ("Fotogramma fermo", "Standbild", "定格画面", "정지 프레임"),
    "{s} s clip": ("clip di {s} s", "{s}-s-Clip", "{s} 秒片段", "{s}초 클립"),
    "{s} s of its clip, from {start} s": (
        "{s} s della sua clip, da {start} s",
        "{s} s seines Clips, ab {start} s",
        "其片段中从 {start} 秒起的 {s} 秒",
        "클립의 {start}초부터 {s}초",
    ),
    "Click a shot to play the sequence from there.": (
        "Fai clic su un'inquadratura per riprodurre la sequenza da lì.",
        "Klicken Sie auf einen Shot, um die Sequenz ab dort abzuspielen.",
        "点击一个镜头，从该处开始播放序列。",
        "샷을 클릭하면 그 지점부터 시퀀스를 재생합니다.",
    ),
    "Sequence timeline": ("Timeline della sequenza", "Sequenz-Zeitleiste", "序列时间线", "시퀀스 타임라인"),
    # -- shots --
    "Shots": ("Inquadrature", "Shots", "镜头", "샷"),
    "The shots cut from your frames appear here.": (
        "Qui compaiono le inquadrature ricavate dai tuoi fotogrammi.",
        "Hier erscheinen die aus Ihren Bildern geschnittenen Shots.",
        "由画面切分出的镜头会显示在这里。",
        "프레임에서 나눈 샷이 여기에 표시됩니다.",
    ),
    "Give every shot this model and these settings; each keeps its own prompt": (
        "Dai a ogni inquadratura questo modello e queste impostazioni; ognuna mantiene il suo prompt",
        "Jedem Shot dieses Modell und diese Einstellungen geben; jeder behält seinen Prompt",
        "为每个镜头使用此模型和这些设置；各镜头保留自己的提示词",
        "모든 샷에 이 모델과 설정을 적용합니다. 각 샷의 프롬프트는 유지됩니다",
    ),
    "Selected shot": ("Inquadratura selezionata", "Ausgewählter Shot", "所选镜头", "선택한 샷"),
    "Clip missing": ("Clip mancante", "Clip fehlt", "片段缺失", "클립 없음"),
    "Frame {n} ({name})": ("Fotogramma {n} ({name})", "Bild {n} ({name})", "画面 {n}（{name}）", "프레임 {n}({name})"),
    "Free": ("Gratis", "Kostenlos", "免费", "무료"),
    "Move frame {n}": ("Sposta fotogramma {n}", "Bild {n} verschieben", "移动画面 {n}", "프레임 {n} 이동"),
    "Not ready": ("Non pronto", "Nicht bereit", "未就绪", "준비 안 됨"),
    "Not rendered": ("Non renderizzata", "Nicht gerendert", "未渲染", "렌더링 안 됨"),
    "Out of date": ("Non aggiornata", "Veraltet", "已过期", "최신 아님"),
    "Queued": ("In coda", "In Warteschlange", "排队中", "대기 중"),
    "Rendering": ("Rendering", "Wird gerendert", "渲染中", "렌더링 중"),
    "Shot {n}": ("Inquadratura {n}", "Shot {n}", "镜头 {n}", "샷 {n}"),
    "Shot {n} · {s} s": ("Inquadratura {n} · {s} s", "Shot {n} · {s} s", "镜头 {n} · {s} 秒", "샷 {n} · {s}초"),
    "Uncertain": ("Incerto", "Unsicher", "不确定", "불확실"),
    "{label}: being checked…": ("{label}: in verifica…", "{label}: wird geprüft…", "{label}：检查中…", "{label}: 확인 중…"),
    "{label}: ready": ("{label}: pronto", "{label}: bereit", "{label}：就绪", "{label}: 준비됨"),
    # -- the view --
    "Board summary": ("Riepilogo dello storyboard", "Storyboard-Übersicht", "分镜概要", "보드 요약"),
    "Cut:": ("Taglio:", "Schnitt:", "切分：", "나누기:"),
    "Cut": ("Taglio", "Schnitt", "切分", "나누기"),
    "Export the sequence as one MP4, the shot list, or everything an editor needs": (
        "Esporta la sequenza in un unico MP4, l'elenco inquadrature o tutto ciò che serve al "
        "montaggio",
        "Die Sequenz als ein MP4, die Shotliste oder alles für den Schnitt exportieren",
        "将序列导出为一个 MP4、导出镜头表，或导出剪辑所需的全部文件",
        "시퀀스를 MP4 하나로, 샷 목록, 또는 편집에 필요한 모든 것을 내보내기",
    ),
    "Generate all": ("Genera tutto", "Alle generieren", "全部生成", "모두 생성"),
    "Generate all shots": ("Genera tutte le inquadrature", "Alle Shots generieren", "生成所有镜头", "모든 샷 생성"),
    "Generate selected": ("Genera selezionate", "Auswahl generieren", "生成所选", "선택 항목 생성"),
    "Generate the selected shots": (
        "Genera le inquadrature selezionate",
        "Die ausgewählten Shots generieren",
        "生成所选镜头",
        "선택한 샷 생성",
    ),
    "One clip per frame": ("Una clip per fotogramma", "Ein Clip pro Bild", "每个画面一个片段", "프레임마다 클립 하나"),
    "One clip per pair of frames": (
        "Una clip per coppia di fotogrammi",
        "Ein Clip pro Bildpaar",
        "每对画面一个片段",
        "프레임 두 개마다 클립 하나",
    ),
    "Play the board: finished clips back to back, held frames for the rest": (
        "Riproduci lo storyboard: clip finite una dopo l'altra, fotogrammi fermi per il resto",
        "Storyboard abspielen: fertige Clips nacheinander, Standbilder für den Rest",
        "播放分镜：已完成的片段依次播放，其余以定格画面代替",
        "보드 재생: 완성된 클립을 이어서, 나머지는 정지 프레임으로",
    ),
    "Storyboard name": ("Nome dello storyboard", "Name des Storyboards", "分镜名称", "스토리보드 이름"),
}

# English, the source language: a counted source text is its plural ("%n shots");
# here is its singular, for a count of one. Texts of every area may add their own.
PLURALS = {
    "%n frames": "%n frame",
    "%n shots": "%n shot",
    "%n frames added.": "%n frame added.",
    "%n shots now use {model}.": "%n shot now uses {model}.",
    "It has %n frames. Save it to keep its frames, settings and clips together; its rendered clips"
    " stay in your library either way.": (
        "It has %n frame. Save it to keep its frame, settings and clips together; its rendered "
        "clips stay in your library either way."
    ),
    "%n shots picked up clips that finished while it was closed.": (
        "%n shot picked up a clip that finished while it was closed."
    ),
    "The image files of frames {numbers} are missing.": (
        "The image file of frame {numbers} is missing."
    ),
    "Generate %n previews": "Generate %n preview",
    "Generate %n shots": "Generate %n shot",
    "%n shots rendered; {kept} kept their clips.": "%n shot rendered; {kept} kept their clips.",
    "%n shots rendered.": "%n shot rendered.",
    "%n jobs are still running on RunComfy. They continue there, and Storyreel picks them up and "
    "downloads their videos the next time you start it.": (
        "%n job is still running on RunComfy. It continues there, and Storyreel picks it up and "
        "downloads its video the next time you start it."
    ),
    "%n offline previews will stop: the local preview engine stops with Storyreel, so they will be"
    " lost (nothing is charged; you can retry them).": (
        "%n offline preview will stop: the local preview engine stops with Storyreel, so it will "
        "be lost (nothing is charged; you can retry it)."
    ),
    "%n jobs are still being prepared and have not been sent to RunComfy yet. Quitting now stops "
    "them before they are sent: nothing is charged, and you can send them again later.": (
        "%n job is still being prepared and has not been sent to RunComfy yet. Quitting now stops "
        "it before it is sent: nothing is charged, and you can send it again later."
    ),
    "%n shots, {seconds} s": "%n shot, {seconds} s",
    " · %n shown as held frames": " · %n shown as a held frame",
    "{model}, these settings and this prompt now apply to all %n shots.": (
        "{model}, these settings and this prompt now apply to the %n shot."
    ),
    "{model} and these settings now apply to all %n shots; each keeps its prompt.": (
        "{model} and these settings now apply to the %n shot; it keeps its prompt."
    ),
    "%n characters": "%n character",
    "The pictures {files} from last time are no longer where they were, so they were left out. "
    "Drop them again to use them.": (
        "The picture {files} from last time is no longer where it was, so {place} is empty. Drop "
        "it again to use it."
    ),
    "Shots {numbers} took the prompt and settings of the shot that began on the same frame.": (
        "Shot {numbers} took the prompt and settings of the shot that began on the same frame."
    ),
    "%n files of the same name are already in {folder}.": (
        "%n file of the same name is already in {folder}."
    ),
    "At most %n entries.": "At most %n entry.",
    "Ready · {width}×{height} {format} · all %n rules pass": (
        "Ready · {width}×{height} {format} · its one rule passes"
    ),
    "Exported %n files: {names}.": "Exported %n file: {names}.",
    "%n clips matched no shot of this board and were left out.": (
        "%n clip matched no shot of this board and was left out."
    ),
    "%n images given; at least {limit} needed.": "%n image given; at least {limit} needed.",
    "%n images given; at most {limit} allowed.": "%n image given; at most {limit} allowed.",
}

# Where a context needs shorter words than elsewhere: (context, source) -> the four columns.
BY_CONTEXT = {
    # The price slot of a shot card is narrow; "free" says it there.
    ("Storyboard", "Free preview"): ("Gratis", "Gratis", "免费预览", "무료 미리보기"),
    # The queue's price slot too: it shares its row with the model's name.
    ("Queue", "Free preview"): ("Gratis", "Gratis", "免费预览", "무료 미리보기"),
}
