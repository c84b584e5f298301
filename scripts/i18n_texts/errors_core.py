"""Translations of what Storyreel's core says below the window (contexts "Errors" and
"Fixes"): models and RunComfy's catalogue that cannot be offered as they are, fields whose
schema Storyreel takes differently, the data folders, values typed as text, takes, the
settings file, and the descriptions of the image, video and audio fixes.

Each entry: English source -> (Italian, German, Chinese (Simplified), Korean).
A template's placeholders ({name}, {path}, {reason}…) stay as they are, format specs too
({megabytes:g}). A text that is a part of another ({reason}, {limits}, {title}) is worded to
fit where it goes: the fixes' steps come capitalised first and in lower case after another.
"""

TEXTS = {
    # -- model files and RunComfy's catalogue --
    "Model file": (
        "File del modello",
        "Modelldatei",
        "模型文件",
        "모델 파일",
    ),
    "{source}: expected a JSON object.": (
        "{source}: era previsto un oggetto JSON.",
        "{source}: Ein JSON-Objekt wurde erwartet.",
        "{source}：应为 JSON 对象。",
        "{source}: JSON 객체여야 합니다.",
    ),
    "{source} was written for a newer Storyreel (format {version}).": (
        "{source} è stato scritto per una versione più recente di Storyreel (formato {version}).",
        "{source} wurde für ein neueres Storyreel geschrieben (Format {version}).",
        "{source} 是为更新版本的 Storyreel 编写的（格式 {version}）。",
        "{source}은(는) 더 새로운 Storyreel용으로 작성되었습니다(형식 {version}).",
    ),
    "{source}: 'model_id' is missing.": (
        "{source}: manca 'model_id'.",
        "{source}: 'model_id' fehlt.",
        "{source}：缺少 'model_id'。",
        "{source}: 'model_id'가 없습니다.",
    ),
    "{source}: 'input_schema' has no 'properties'.": (
        "{source}: 'input_schema' non ha 'properties'.",
        "{source}: 'input_schema' hat keine 'properties'.",
        "{source}：'input_schema' 没有 'properties'。",
        "{source}: 'input_schema'에 'properties'가 없습니다.",
    ),
    "The model file {name}": (
        "Il file del modello {name}",
        "Die Modelldatei {name}",
        "模型文件 {name}",
        "모델 파일 {name}",
    ),
    "{reason} It is left out; the other models work as usual.": (
        "{reason} Viene escluso; gli altri modelli funzionano come sempre.",
        "{reason} Sie wird ausgelassen; die anderen Modelle funktionieren wie gewohnt.",
        "{reason}已将其略过，其他模型照常可用。",
        "{reason} 이 파일은 제외되며, 다른 모델은 평소처럼 작동합니다.",
    ),
    "The model file {name} cannot be read: {reason}.": (
        "Il file del modello {name} non può essere letto: {reason}.",
        "Die Modelldatei {name} kann nicht gelesen werden: {reason}.",
        "无法读取模型文件 {name}：{reason}。",
        "모델 파일 {name}을(를) 읽을 수 없습니다: {reason}.",
    ),
    "The model file {name} is not a usable model file: a part of it has the wrong kind "
    "({reason}). It is left out; the other models work as usual.": (
        "Il file del modello {name} non è utilizzabile: una sua parte è del tipo sbagliato "
        "({reason}). Viene escluso; gli altri modelli funzionano come sempre.",
        "Die Modelldatei {name} ist nicht verwendbar: Ein Teil davon hat den falschen Typ "
        "({reason}). Sie wird ausgelassen; die anderen Modelle funktionieren wie gewohnt.",
        "模型文件 {name} 不可用：其中某部分的类型不对（{reason}）。已将其略过，其他模型照常可用。",
        "모델 파일 {name}은(는) 사용할 수 없는 모델 파일입니다. 일부의 종류가 잘못되었습니다"
        "({reason}). 이 파일은 제외되며, 다른 모델은 평소처럼 작동합니다.",
    ),
    "Unknown model '{model}'.": (
        "Modello sconosciuto '{model}'.",
        "Unbekanntes Modell '{model}'.",
        "未知模型 '{model}'。",
        "알 수 없는 모델 '{model}'.",
    ),
    "Unknown model '{model}'. Did you mean {close}?": (
        "Modello sconosciuto '{model}'. Intendevi {close}?",
        "Unbekanntes Modell '{model}'. Meinten Sie {close}?",
        "未知模型 '{model}'。你是指 {close} 吗？",
        "알 수 없는 모델 '{model}'. {close}을(를) 말씀하신 건가요?",
    ),
    "Entry number {number} of RunComfy's catalogue is not a model description; it is left "
    "out.": (
        "La voce numero {number} del catalogo di RunComfy non descrive un modello; viene "
        "esclusa.",
        "Eintrag Nummer {number} im Katalog von RunComfy ist keine Modellbeschreibung; er wird "
        "ausgelassen.",
        "RunComfy 目录中的第 {number} 项不是模型描述，已略过。",
        "RunComfy 카탈로그의 {number}번 항목은 모델 설명이 아니므로 제외됩니다.",
    ),
    "Entry {name} of RunComfy's catalogue has no usable model id; it is left out.": (
        "La voce {name} del catalogo di RunComfy non ha un ID modello utilizzabile; viene "
        "esclusa.",
        "Eintrag {name} im Katalog von RunComfy hat keine verwendbare Modell-ID; er wird "
        "ausgelassen.",
        "RunComfy 目录中的条目 {name} 没有可用的模型 ID，已略过。",
        "RunComfy 카탈로그의 항목 {name}에 사용할 수 있는 모델 ID가 없어 제외됩니다.",
    ),
    "Entry number {number} of RunComfy's catalogue has no usable model id; it is left out.": (
        "La voce numero {number} del catalogo di RunComfy non ha un ID modello utilizzabile; "
        "viene esclusa.",
        "Eintrag Nummer {number} im Katalog von RunComfy hat keine verwendbare Modell-ID; er "
        "wird ausgelassen.",
        "RunComfy 目录中的第 {number} 项没有可用的模型 ID，已略过。",
        "RunComfy 카탈로그의 {number}번 항목에 사용할 수 있는 모델 ID가 없어 제외됩니다.",
    ),
    "The catalogue entry {name} has no input schema with fields; it is left out.": (
        "La voce di catalogo {name} non ha uno schema di input con campi; viene esclusa.",
        "Der Katalogeintrag {name} hat kein Eingabeschema mit Feldern; er wird ausgelassen.",
        "目录条目 {name} 没有带字段的输入结构，已略过。",
        "카탈로그 항목 {name}에 필드가 있는 입력 스키마가 없어 제외됩니다.",
    ),
    "The catalogue entry number {number} has no input schema with fields; it is left out.": (
        "La voce di catalogo numero {number} non ha uno schema di input con campi; viene "
        "esclusa.",
        "Der Katalogeintrag Nummer {number} hat kein Eingabeschema mit Feldern; er wird "
        "ausgelassen.",
        "第 {number} 个目录条目没有带字段的输入结构，已略过。",
        "{number}번 카탈로그 항목에 필드가 있는 입력 스키마가 없어 제외됩니다.",
    ),
    "The catalogue entry {model} does not load: {reason}": (
        "La voce di catalogo {model} non si carica: {reason}",
        "Der Katalogeintrag {model} lässt sich nicht laden: {reason}",
        "目录条目 {model} 无法加载：{reason}",
        "카탈로그 항목 {model}을(를) 불러올 수 없습니다: {reason}",
    ),
    "The catalogue entry {model} does not load: a part of its schema has the wrong kind "
    "({reason}).": (
        "La voce di catalogo {model} non si carica: una parte del suo schema è del tipo "
        "sbagliato ({reason}).",
        "Der Katalogeintrag {model} lässt sich nicht laden: Ein Teil seines Schemas hat den "
        "falschen Typ ({reason}).",
        "目录条目 {model} 无法加载：其结构中某部分的类型不对（{reason}）。",
        "카탈로그 항목 {model}을(를) 불러올 수 없습니다. 스키마 일부의 종류가 잘못되었습니다"
        "({reason}).",
    ),
    "The catalogue entry {model} has no input fields.": (
        "La voce di catalogo {model} non ha campi di input.",
        "Der Katalogeintrag {model} hat keine Eingabefelder.",
        "目录条目 {model} 没有输入字段。",
        "카탈로그 항목 {model}에 입력 필드가 없습니다.",
    ),
    "The catalogue entry {model} needs '{field}' ({what}), a kind of input this version of "
    "Storyreel cannot take yet; it is left out.": (
        "La voce di catalogo {model} richiede '{field}' ({what}), un tipo di input che questa "
        "versione di Storyreel non gestisce ancora; viene esclusa.",
        "Der Katalogeintrag {model} braucht '{field}' ({what}), eine Art von Eingabe, die diese "
        "Storyreel-Version noch nicht verarbeiten kann; er wird ausgelassen.",
        "目录条目 {model} 需要 '{field}'（{what}），"
        "这一版本的 Storyreel 还不支持这种输入，已略过。",
        "카탈로그 항목 {model}에는 '{field}'({what})이(가) 필요한데, 이 버전의 Storyreel은 "
        "아직 이런 입력을 받을 수 없어 제외됩니다.",
    ),
    "{reason} The schema Storyreel ships for it is used.": (
        "{reason} Viene usato lo schema fornito con Storyreel.",
        "{reason} Das mit Storyreel gelieferte Schema wird verwendet.",
        "{reason}改用 Storyreel 自带的结构。",
        "{reason} Storyreel에 포함된 스키마를 사용합니다.",
    ),
    "The model file {name} replaces Storyreel's own model {model}; remove the file to use "
    "Storyreel's own again.": (
        "Il file del modello {name} sostituisce il modello {model} di Storyreel; rimuovi il "
        "file per tornare a quello di Storyreel.",
        "Die Modelldatei {name} ersetzt das Storyreel-eigene Modell {model}; entfernen Sie die "
        "Datei, um wieder das von Storyreel zu verwenden.",
        "模型文件 {name} 替换了 Storyreel 自带的模型 {model}；删除该文件即可恢复使用自带的模型。",
        "모델 파일 {name}이(가) Storyreel 기본 모델 {model}을(를) 대체합니다. 기본 모델을 다시 "
        "사용하려면 파일을 삭제하세요.",
    ),
    "The model file {name} replaces the catalogue's model {model}; remove the file to use "
    "the catalogue's again.": (
        "Il file del modello {name} sostituisce il modello {model} del catalogo; rimuovi il "
        "file per tornare a quello del catalogo.",
        "Die Modelldatei {name} ersetzt das Modell {model} aus dem Katalog; entfernen Sie die "
        "Datei, um wieder das aus dem Katalog zu verwenden.",
        "模型文件 {name} 替换了目录中的模型 {model}；删除该文件即可恢复使用目录中的模型。",
        "모델 파일 {name}이(가) 카탈로그의 모델 {model}을(를) 대체합니다. 카탈로그의 모델을 "
        "다시 사용하려면 파일을 삭제하세요.",
    ),
    # -- the catalogue cache --
    "The catalogue cache {path}": (
        "La cache del catalogo {path}",
        "Der Katalog-Cache {path}",
        "目录缓存 {path}",
        "카탈로그 캐시 {path}",
    ),
    "{reason} RunComfy's catalogue is read again instead.": (
        "{reason} Il catalogo di RunComfy viene invece letto di nuovo.",
        "{reason} Der Katalog von RunComfy wird stattdessen neu gelesen.",
        "{reason}将改为重新读取 RunComfy 的目录。",
        "{reason} 대신 RunComfy 카탈로그를 다시 읽습니다.",
    ),
    "The catalogue cache {path} was written by a newer Storyreel; RunComfy's catalogue is "
    "read again instead.": (
        "La cache del catalogo {path} è stata scritta da una versione più recente di "
        "Storyreel; il catalogo di RunComfy viene invece letto di nuovo.",
        "Der Katalog-Cache {path} wurde von einem neueren Storyreel geschrieben; der Katalog "
        "von RunComfy wird stattdessen neu gelesen.",
        "目录缓存 {path} 由更新版本的 Storyreel 写入，将改为重新读取 RunComfy 的目录。",
        "카탈로그 캐시 {path}은(는) 더 새로운 Storyreel이 작성했습니다. 대신 RunComfy "
        "카탈로그를 다시 읽습니다.",
    ),
    "The catalogue cache {path} is damaged; RunComfy's catalogue is read again instead.": (
        "La cache del catalogo {path} è danneggiata; il catalogo di RunComfy viene invece letto "
        "di nuovo.",
        "Der Katalog-Cache {path} ist beschädigt; der Katalog von RunComfy wird stattdessen neu "
        "gelesen.",
        "目录缓存 {path} 已损坏，将改为重新读取 RunComfy 的目录。",
        "카탈로그 캐시 {path}이(가) 손상되었습니다. 대신 RunComfy 카탈로그를 다시 읽습니다.",
    ),
    # -- a field whose schema Storyreel takes differently --
    "{name}: {warning}": (
        "{name}: {warning}",
        "{name}: {warning}",
        "{name}：{warning}",
        "{name}: {warning}",
    ),
    "Its schema gives the type {type}; the value is typed as JSON.": (
        "Il suo schema indica il tipo {type}; il valore si inserisce come JSON.",
        "Sein Schema gibt den Typ {type} an; der Wert wird als JSON eingegeben.",
        "其结构给出的类型是 {type}，需以 JSON 形式输入值。",
        "스키마에 지정된 형식이 {type}이므로 값을 JSON으로 입력합니다.",
    ),
    "Its schema gives no type; the value is typed as JSON.": (
        "Il suo schema non indica un tipo; il valore si inserisce come JSON.",
        "Sein Schema gibt keinen Typ an; der Wert wird als JSON eingegeben.",
        "其结构未给出类型，需以 JSON 形式输入值。",
        "스키마에 형식이 지정되지 않아 값을 JSON으로 입력합니다.",
    ),
    "Its choices are not plain values; the value is typed as JSON.": (
        "Le sue opzioni non sono valori semplici; il valore si inserisce come JSON.",
        "Seine Auswahlmöglichkeiten sind keine einfachen Werte; der Wert wird als JSON "
        "eingegeben.",
        "其选项不是简单值，需以 JSON 形式输入值。",
        "선택지가 단순한 값이 아니므로 값을 JSON으로 입력합니다.",
    ),
    "Its choices are not all of one type; each choice is sent exactly as the schema lists "
    "it.": (
        "Le sue opzioni non sono tutte dello stesso tipo; ogni opzione viene inviata "
        "esattamente come la elenca lo schema.",
        "Seine Auswahlmöglichkeiten haben nicht alle denselben Typ; jede wird genau so "
        "gesendet, wie das Schema sie aufführt.",
        "其选项类型不一致，每个选项都会按结构中列出的原样发送。",
        "선택지의 형식이 모두 같지는 않으므로 각 선택지는 스키마에 나열된 그대로 전송됩니다.",
    ),
    "Its choices are not all of one type ({kind}); each choice is sent exactly as the "
    "schema lists it.": (
        "Le sue opzioni non sono tutte dello stesso tipo ({kind}); ogni opzione viene inviata "
        "esattamente come la elenca lo schema.",
        "Seine Auswahlmöglichkeiten haben nicht alle denselben Typ ({kind}); jede wird genau "
        "so gesendet, wie das Schema sie aufführt.",
        "其选项类型不一致（{kind}），每个选项都会按结构中列出的原样发送。",
        "선택지의 형식이 모두 같지는 않으므로({kind}) 각 선택지는 스키마에 나열된 그대로 "
        "전송됩니다.",
    ),
    "Storyreel does not know the format '{format}'; the value is typed as text.": (
        "Storyreel non conosce il formato '{format}'; il valore si inserisce come testo.",
        "Storyreel kennt das Format '{format}' nicht; der Wert wird als Text eingegeben.",
        "Storyreel 不认识格式 '{format}'，需以文本形式输入值。",
        "Storyreel은 '{format}' 형식을 알지 못하므로 값을 텍스트로 입력합니다.",
    ),
    "Storyreel does not check the rule {names}; RunComfy checks it when sent.": (
        "Storyreel non controlla la regola {names}; la controlla RunComfy all'invio.",
        "Storyreel prüft die Regel {names} nicht; RunComfy prüft sie beim Senden.",
        "Storyreel 不检查规则 {names}，发送时由 RunComfy 检查。",
        "Storyreel은 규칙 {names}을(를) 확인하지 않으며, 보낼 때 RunComfy가 확인합니다.",
    ),
    "Storyreel does not check the rules {names}; RunComfy checks them when sent.": (
        "Storyreel non controlla le regole {names}; le controlla RunComfy all'invio.",
        "Storyreel prüft die Regeln {names} nicht; RunComfy prüft sie beim Senden.",
        "Storyreel 不检查规则 {names}，发送时由 RunComfy 检查。",
        "Storyreel은 규칙 {names}을(를) 확인하지 않으며, 보낼 때 RunComfy가 확인합니다.",
    ),
    "Its default {default} is given as a number; the choice {choice} is used.": (
        "Il suo valore predefinito {default} è indicato come numero; viene usata l'opzione "
        "{choice}.",
        "Sein Standardwert {default} ist als Zahl angegeben; die Auswahl {choice} wird "
        "verwendet.",
        "其默认值 {default} 以数字给出，改用选项 {choice}。",
        "기본값 {default}이(가) 숫자로 지정되어 있어 선택지 {choice}을(를) 사용합니다.",
    ),
    "Its default {default} is not one of its choices; none is preselected.": (
        "Il suo valore predefinito {default} non è tra le sue opzioni; nessuna è "
        "preselezionata.",
        "Sein Standardwert {default} gehört nicht zu seinen Auswahlmöglichkeiten; nichts ist "
        "vorausgewählt.",
        "其默认值 {default} 不在选项之中，因此不预先选择任何选项。",
        "기본값 {default}이(가) 선택지에 없으므로 미리 선택된 항목이 없습니다.",
    ),
    "Its default {default} is not a whole number; it is left unset.": (
        "Il suo valore predefinito {default} non è un numero intero; resta non impostato.",
        "Sein Standardwert {default} ist keine ganze Zahl; er bleibt leer.",
        "其默认值 {default} 不是整数，保持未设置。",
        "기본값 {default}이(가) 정수가 아니므로 설정하지 않습니다.",
    ),
    "Its default {default} is not a number; it is left unset.": (
        "Il suo valore predefinito {default} non è un numero; resta non impostato.",
        "Sein Standardwert {default} ist keine Zahl; er bleibt leer.",
        "其默认值 {default} 不是数字，保持未设置。",
        "기본값 {default}이(가) 숫자가 아니므로 설정하지 않습니다.",
    ),
    "Its default {default} breaks its own limits ({limits}); it is left unset.": (
        "Il suo valore predefinito {default} viola i suoi stessi limiti ({limits}); resta non "
        "impostato.",
        "Sein Standardwert {default} verletzt seine eigenen Grenzen ({limits}); er bleibt leer.",
        "其默认值 {default} 超出了自身的限制（{limits}），保持未设置。",
        "기본값 {default}이(가) 자체 제한({limits})을 벗어나므로 설정하지 않습니다.",
    ),
    "Its default does not fit its own schema; it is left unset.": (
        "Il suo valore predefinito non rispetta il suo stesso schema; resta non impostato.",
        "Sein Standardwert passt nicht zu seinem eigenen Schema; er bleibt leer.",
        "其默认值不符合自身的结构，保持未设置。",
        "기본값이 자체 스키마에 맞지 않으므로 설정하지 않습니다.",
    ),
    # -- the data folders --
    "Storyreel cannot use its settings folder {path}": (
        "Storyreel non può usare la sua cartella delle impostazioni {path}",
        "Storyreel kann seinen Einstellungsordner {path} nicht verwenden",
        "Storyreel 无法使用其设置文件夹 {path}",
        "Storyreel이 설정 폴더 {path}을(를) 사용할 수 없습니다",
    ),
    "Storyreel cannot use its data folder {path}": (
        "Storyreel non può usare la sua cartella dei dati {path}",
        "Storyreel kann seinen Datenordner {path} nicht verwenden",
        "Storyreel 无法使用其数据文件夹 {path}",
        "Storyreel이 데이터 폴더 {path}을(를) 사용할 수 없습니다",
    ),
    "Storyreel cannot use its log folder {path}": (
        "Storyreel non può usare la sua cartella dei log {path}",
        "Storyreel kann seinen Protokollordner {path} nicht verwenden",
        "Storyreel 无法使用其日志文件夹 {path}",
        "Storyreel이 로그 폴더 {path}을(를) 사용할 수 없습니다",
    ),
    "Storyreel cannot use its cache folder {path}": (
        "Storyreel non può usare la sua cartella della cache {path}",
        "Storyreel kann seinen Cache-Ordner {path} nicht verwenden",
        "Storyreel 无法使用其缓存文件夹 {path}",
        "Storyreel이 캐시 폴더 {path}을(를) 사용할 수 없습니다",
    ),
    "Storyreel cannot use its video library folder {path}": (
        "Storyreel non può usare la sua cartella della libreria video {path}",
        "Storyreel kann seinen Videobibliotheksordner {path} nicht verwenden",
        "Storyreel 无法使用其视频媒体库文件夹 {path}",
        "Storyreel이 동영상 라이브러리 폴더 {path}을(를) 사용할 수 없습니다",
    ),
    "Storyreel cannot use its output folder {path}": (
        "Storyreel non può usare la sua cartella di destinazione {path}",
        "Storyreel kann seinen Ausgabeordner {path} nicht verwenden",
        "Storyreel 无法使用其输出文件夹 {path}",
        "Storyreel이 출력 폴더 {path}을(를) 사용할 수 없습니다",
    ),
    "Storyreel cannot use its {what} folder {path}": (
        "Storyreel non può usare la sua cartella {what} {path}",
        "Storyreel kann seinen Ordner „{what}“ {path} nicht verwenden",
        "Storyreel 无法使用其 {what} 文件夹 {path}",
        "Storyreel이 {what} 폴더 {path}을(를) 사용할 수 없습니다",
    ),
    "it is a file, not a folder": (
        "è un file, non una cartella",
        "es ist eine Datei, kein Ordner",
        "它是文件，不是文件夹",
        "폴더가 아니라 파일입니다",
    ),
    "{path} is a file, not a folder": (
        "{path} è un file, non una cartella",
        "{path} ist eine Datei, kein Ordner",
        "{path} 是文件，不是文件夹",
        "{path}은(는) 폴더가 아니라 파일입니다",
    ),
    "{path} cannot be reached ({reason})": (
        "{path} non è raggiungibile ({reason})",
        "{path} ist nicht erreichbar ({reason})",
        "无法访问 {path}（{reason}）",
        "{path}에 접근할 수 없습니다({reason})",
    ),
    "it cannot be created ({reason})": (
        "non può essere creata ({reason})",
        "er kann nicht angelegt werden ({reason})",
        "无法创建（{reason}）",
        "만들 수 없습니다({reason})",
    ),
    "Storyreel is not allowed to write in it": (
        "Storyreel non ha il permesso di scriverci",
        "Storyreel darf nicht hineinschreiben",
        "Storyreel 没有写入权限",
        "Storyreel에 쓰기 권한이 없습니다",
    ),
    "point STORYREEL_HOME (now '{home}') at a folder Storyreel can write in": (
        "fai puntare STORYREEL_HOME (ora '{home}') a una cartella in cui Storyreel possa "
        "scrivere",
        "richten Sie STORYREEL_HOME (derzeit '{home}') auf einen Ordner, in den Storyreel "
        "schreiben kann",
        "将 STORYREEL_HOME（当前为 '{home}'）指向 Storyreel 可以写入的文件夹",
        "STORYREEL_HOME(현재 '{home}')이 Storyreel이 쓸 수 있는 폴더를 가리키도록 하세요",
    ),
    "set STORYREEL_HOME to a folder Storyreel can write in": (
        "imposta STORYREEL_HOME su una cartella in cui Storyreel possa scrivere",
        "setzen Sie STORYREEL_HOME auf einen Ordner, in den Storyreel schreiben kann",
        "将 STORYREEL_HOME 设为 Storyreel 可以写入的文件夹",
        "STORYREEL_HOME을 Storyreel이 쓸 수 있는 폴더로 설정하세요",
    ),
    "{cannot}: {problem}. Storyreel changed nothing there. Make that path a folder Storyreel "
    "can write in, or {elsewhere}.": (
        "{cannot}: {problem}. Storyreel non ha modificato nulla. Fai di quel percorso una "
        "cartella in cui Storyreel possa scrivere, oppure {elsewhere}.",
        "{cannot}: {problem}. Storyreel hat dort nichts verändert. Machen Sie diesen Pfad zu "
        "einem Ordner, in den Storyreel schreiben kann, oder {elsewhere}.",
        "{cannot}：{problem}。Storyreel 未在那里做任何更改。请将该路径设为 Storyreel 可以写入的"
        "文件夹，或{elsewhere}。",
        "{cannot}: {problem}. Storyreel은 그곳에서 아무것도 바꾸지 않았습니다. 그 경로를 "
        "Storyreel이 쓸 수 있는 폴더로 만들거나 {elsewhere}.",
    ),
    # -- values typed as text (--set name=value) --
    "{name}: '{text}' is not a whole number.": (
        "{name}: '{text}' non è un numero intero.",
        "{name}: '{text}' ist keine ganze Zahl.",
        "{name}：'{text}' 不是整数。",
        "{name}: '{text}'은(는) 정수가 아닙니다.",
    ),
    "{name}: '{text}' is not true or false.": (
        "{name}: '{text}' non è né vero né falso.",
        "{name}: '{text}' ist weder wahr noch falsch.",
        "{name}：'{text}' 既不是 true 也不是 false。",
        "{name}: '{text}'은(는) 참도 거짓도 아닙니다.",
    ),
    "{name}: '{text}' {reason}": (
        "{name}: '{text}' {reason}",
        "{name}: '{text}' {reason}",
        "{name}：'{text}' {reason}",
        "{name}: '{text}'{reason}",
    ),
    "is not a number.": (
        "non è un numero.",
        "ist keine Zahl.",
        "不是数字。",
        "은(는) 숫자가 아닙니다.",
    ),
    "is not a number that can be sent.": (
        "non è un numero che si possa inviare.",
        "ist keine Zahl, die gesendet werden kann.",
        "不是可以发送的数字。",
        "은(는) 보낼 수 있는 숫자가 아닙니다.",
    ),
    "{name}: '{text}' is not valid JSON.": (
        "{name}: '{text}' non è JSON valido.",
        "{name}: '{text}' ist kein gültiges JSON.",
        "{name}：'{text}' 不是有效的 JSON。",
        "{name}: '{text}'은(는) 올바른 JSON이 아닙니다.",
    ),
    "{name}: the value is not valid JSON.": (
        "{name}: il valore non è JSON valido.",
        "{name}: Der Wert ist kein gültiges JSON.",
        "{name}：该值不是有效的 JSON。",
        "{name}: 값이 올바른 JSON이 아닙니다.",
    ),
    # -- history, takes --
    "'{text}' is not a date: write it as year-month-day, for example 2026-03-31.": (
        "'{text}' non è una data: scrivila come anno-mese-giorno, per esempio 2026-03-31.",
        "'{text}' ist kein Datum: Schreiben Sie es als Jahr-Monat-Tag, zum Beispiel "
        "2026-03-31.",
        "'{text}' 不是日期：请按 年-月-日 格式书写，例如 2026-03-31。",
        "'{text}'은(는) 날짜가 아닙니다. 연-월-일 형식으로 쓰세요(예: 2026-03-31).",
    ),
    "'{text}' is not a job state; choose from {known}.": (
        "'{text}' non è uno stato di un lavoro; scegli tra {known}.",
        "'{text}' ist kein Auftragsstatus; wählen Sie aus {known}.",
        "'{text}' 不是任务状态，请从 {known} 中选择。",
        "'{text}'은(는) 작업 상태가 아닙니다. {known} 중에서 고르세요.",
    ),
    "The number of variations must be a whole number from {low} to {high}.": (
        "Il numero di variazioni deve essere un numero intero da {low} a {high}.",
        "Die Anzahl der Variationen muss eine ganze Zahl von {low} bis {high} sein.",
        "变体数量必须是 {low} 到 {high} 之间的整数。",
        "변형 개수는 {low}에서 {high} 사이의 정수여야 합니다.",
    ),
    "{count} variations cannot be asked for at once: choose from {low} to {high}.": (
        "Non si possono chiedere {count} variazioni in una volta: scegli da {low} a {high}.",
        "{count} Variationen können nicht auf einmal angefordert werden: Wählen Sie {low} bis "
        "{high}.",
        "不能一次请求 {count} 个变体：请选择 {low} 到 {high} 个。",
        "변형 {count}개를 한 번에 요청할 수 없습니다. {low}~{high}개 중에서 고르세요.",
    ),
    "{model} has no seed setting, so there is no seed to sweep around. Ask for variations "
    "instead: the model varies by itself from run to run.": (
        "{model} non ha un'impostazione seed, quindi non c'è un seed attorno a cui variare. "
        "Chiedi invece delle variazioni: il modello varia da solo a ogni esecuzione.",
        "{model} hat keine Seed-Einstellung, daher gibt es keinen Seed, um den herum variiert "
        "werden kann. Fordern Sie stattdessen Variationen an: Das Modell variiert von selbst "
        "bei jedem Durchlauf.",
        "{model} 没有种子设置，因此无法围绕种子扫描。"
        "请改为请求变体：该模型每次运行的结果本身就会不同。",
        "{model}에는 시드 설정이 없어 주변 시드를 훑어볼 수 없습니다. 대신 변형을 요청하세요. "
        "이 모델은 실행할 때마다 저절로 달라집니다.",
    ),
    # -- the settings file --
    "The settings file {path} does not hold settings.": (
        "Il file delle impostazioni {path} non contiene impostazioni.",
        "Die Einstellungsdatei {path} enthält keine Einstellungen.",
        "设置文件 {path} 中没有设置。",
        "설정 파일 {path}에 설정이 들어 있지 않습니다.",
    ),
    "{reason} Storyreel uses its default settings for now.": (
        "{reason} Per ora Storyreel usa le impostazioni predefinite.",
        "{reason} Storyreel verwendet vorerst seine Standardeinstellungen.",
        "{reason}Storyreel 暂时使用默认设置。",
        "{reason} Storyreel은 당분간 기본 설정을 사용합니다.",
    ),
    "{reason} Storyreel uses its default settings for now. A copy of it is kept as {path}.": (
        "{reason} Per ora Storyreel usa le impostazioni predefinite. Una sua copia è "
        "conservata come {path}.",
        "{reason} Storyreel verwendet vorerst seine Standardeinstellungen. Eine Kopie davon "
        "liegt unter {path}.",
        "{reason}Storyreel 暂时使用默认设置。其副本保存为 {path}。",
        "{reason} Storyreel은 당분간 기본 설정을 사용합니다. 사본은 {path}(으)로 보관됩니다.",
    ),
    # -- images, clips and their fixes that fail --
    "{name} uses a colour mode ({mode}) Storyreel cannot convert to RGB.": (
        "{name} usa un metodo colore ({mode}) che Storyreel non può convertire in RGB.",
        "{name} verwendet einen Farbmodus ({mode}), den Storyreel nicht in RGB umwandeln kann.",
        "{name} 使用的颜色模式（{mode}）无法由 Storyreel 转换为 RGB。",
        "{name}은(는) Storyreel이 RGB로 변환할 수 없는 색상 모드({mode})를 사용합니다.",
    ),
    "{name} cannot be saved under {megabytes:g} MB without breaking the minimum size rules.": (
        "{name} non può essere salvata sotto {megabytes:g} MB senza violare le regole sulle "
        "dimensioni minime.",
        "{name} kann nicht unter {megabytes:g} MB gespeichert werden, ohne die Regeln zur "
        "Mindestgröße zu verletzen.",
        "{name} 无法在不违反最小尺寸规则的情况下保存为小于 {megabytes:g} MB 的文件。",
        "{name}은(는) 최소 크기 규칙을 어기지 않고는 {megabytes:g} MB 미만으로 저장할 수 "
        "없습니다.",
    ),
    "The fixed copy of {name} still fails: {reasons}": (
        "La copia corretta di {name} non passa ancora: {reasons}",
        "Die korrigierte Kopie von {name} besteht noch immer nicht: {reasons}",
        "{name} 修正后的副本仍不符合要求：{reasons}",
        "{name}의 수정된 사본이 여전히 통과하지 못합니다: {reasons}",
    ),
    "{name} could not be converted ({reason}).": (
        "Non è stato possibile convertire {name} ({reason}).",
        "{name} konnte nicht umgewandelt werden ({reason}).",
        "无法转换 {name}（{reason}）。",
        "{name}을(를) 변환할 수 없었습니다({reason}).",
    ),
    "{name} could not be made smaller than {size}; trim it or give a URL to the file "
    "instead.": (
        "Non è stato possibile ridurre {name} sotto {size}; accorcialo oppure indica invece un "
        "URL del file.",
        "{name} ließ sich nicht kleiner als {size} machen; kürzen Sie den Clip oder geben Sie "
        "stattdessen eine URL zur Datei an.",
        "无法将 {name} 缩小到 {size} 以下；请剪短它，或改为提供该文件的 URL。",
        "{name}을(를) {size}보다 작게 만들 수 없었습니다. 길이를 줄이거나 대신 파일의 URL을 "
        "입력하세요.",
    ),
    # -- what the fixes do (context "Fixes") --
    "Scales the image down to {size} px so that {reason}, {saved}.": (
        "Riduce l'immagine a {size} px in modo che {reason}, {saved}.",
        "Skaliert das Bild auf {size} px herunter, sodass {reason}, {saved}.",
        "将图像缩小到 {size} 像素，使{reason}，{saved}。",
        "이미지를 {size} px로 축소하고({reason}) {saved}합니다.",
    ),
    "Scales the image up to {size} px so that {reason}, {saved}.": (
        "Ingrandisce l'immagine a {size} px in modo che {reason}, {saved}.",
        "Skaliert das Bild auf {size} px hoch, sodass {reason}, {saved}.",
        "将图像放大到 {size} 像素，使{reason}，{saved}。",
        "이미지를 {size} px로 확대하고({reason}) {saved}합니다.",
    ),
    "it meets the size rules": (
        "rispetti le regole sulle dimensioni",
        "es die Größenregeln erfüllt",
        "符合尺寸规则",
        "크기 규칙 충족",
    ),
    "each side is {limits}": (
        "ogni lato sia {limits}",
        "jede Seite {limits} ist",
        "每条边都{limits}",
        "각 변이 {limits}",
    ),
    "the width is {limits}": (
        "la larghezza sia {limits}",
        "die Breite {limits} ist",
        "宽度{limits}",
        "너비가 {limits}",
    ),
    "the height is {limits}": (
        "l'altezza sia {limits}",
        "die Höhe {limits} ist",
        "高度{limits}",
        "높이가 {limits}",
    ),
    "less than {pixels} px": (
        "inferiore a {pixels} px",
        "kleiner als {pixels} px",
        "小于 {pixels} 像素",
        "{pixels} px 미만",
    ),
    "at most {pixels} px": (
        "al massimo {pixels} px",
        "höchstens {pixels} px",
        "不超过 {pixels} 像素",
        "{pixels} px 이하",
    ),
    "more than {pixels} px": (
        "superiore a {pixels} px",
        "größer als {pixels} px",
        "大于 {pixels} 像素",
        "{pixels} px 초과",
    ),
    "at least {pixels} px": (
        "almeno {pixels} px",
        "mindestens {pixels} px",
        "至少 {pixels} 像素",
        "{pixels} px 이상",
    ),
    "{first} and {second}": (
        "{first} e {second}",
        "{first} und {second}",
        "{first}且{second}",
        "{first}, {second}",
    ),
    "{first}, {rest}": (
        "{first}, {rest}",
        "{first}, {rest}",
        "{first}，{rest}",
        "{first}, {rest}",
    ),
    "Trim to {length}": (
        "Accorcia a {length}",
        "Auf {length} kürzen",
        "剪短至 {length}",
        "{length}(으)로 자르기",
    ),
    "trim to {length}": (
        "accorcia a {length}",
        "auf {length} kürzen",
        "剪短至 {length}",
        "{length}(으)로 자르기",
    ),
    "Lower the frame rate to {fps:g} fps": (
        "Riduci la frequenza fotogrammi a {fps:g} fps",
        "Bildrate auf {fps:g} fps senken",
        "将帧率降至 {fps:g} fps",
        "프레임 레이트를 {fps:g} fps로 낮추기",
    ),
    "lower the frame rate to {fps:g} fps": (
        "riduci la frequenza fotogrammi a {fps:g} fps",
        "Bildrate auf {fps:g} fps senken",
        "将帧率降至 {fps:g} fps",
        "프레임 레이트를 {fps:g} fps로 낮추기",
    ),
    "Downscale to {width} × {height}": (
        "Riduci a {width} × {height}",
        "Auf {width} × {height} verkleinern",
        "缩小到 {width} × {height}",
        "{width} × {height}(으)로 축소",
    ),
    "downscale to {width} × {height}": (
        "riduci a {width} × {height}",
        "auf {width} × {height} verkleinern",
        "缩小到 {width} × {height}",
        "{width} × {height}(으)로 축소",
    ),
    "Convert to MP4 ({codecs})": (
        "Converti in MP4 ({codecs})",
        "In MP4 ({codecs}) umwandeln",
        "转换为 MP4（{codecs}）",
        "MP4({codecs})로 변환",
    ),
    "convert to MP4 ({codecs})": (
        "converti in MP4 ({codecs})",
        "in MP4 ({codecs}) umwandeln",
        "转换为 MP4（{codecs}）",
        "MP4({codecs})로 변환",
    ),
    "Convert to MP4 ({codecs}) under {size}": (
        "Converti in MP4 ({codecs}) sotto {size}",
        "In MP4 ({codecs}) unter {size} umwandeln",
        "转换为小于 {size} 的 MP4（{codecs}）",
        "{size} 미만의 MP4({codecs})로 변환",
    ),
    "convert to MP4 ({codecs}) under {size}": (
        "converti in MP4 ({codecs}) sotto {size}",
        "in MP4 ({codecs}) unter {size} umwandeln",
        "转换为小于 {size} 的 MP4（{codecs}）",
        "{size} 미만의 MP4({codecs})로 변환",
    ),
    "Convert to WAV ({rate:g} kHz, mono)": (
        "Converti in WAV ({rate:g} kHz, mono)",
        "In WAV ({rate:g} kHz, Mono) umwandeln",
        "转换为 WAV（{rate:g} kHz，单声道）",
        "WAV({rate:g} kHz, 모노)로 변환",
    ),
    "convert to WAV ({rate:g} kHz, mono)": (
        "converti in WAV ({rate:g} kHz, mono)",
        "in WAV ({rate:g} kHz, Mono) umwandeln",
        "转换为 WAV（{rate:g} kHz，单声道）",
        "WAV({rate:g} kHz, 모노)로 변환",
    ),
    "Convert to WAV ({rate:g} kHz, stereo)": (
        "Converti in WAV ({rate:g} kHz, stereo)",
        "In WAV ({rate:g} kHz, Stereo) umwandeln",
        "转换为 WAV（{rate:g} kHz，立体声）",
        "WAV({rate:g} kHz, 스테레오)로 변환",
    ),
    "convert to WAV ({rate:g} kHz, stereo)": (
        "converti in WAV ({rate:g} kHz, stereo)",
        "in WAV ({rate:g} kHz, Stereo) umwandeln",
        "转换为 WAV（{rate:g} kHz，立体声）",
        "WAV({rate:g} kHz, 스테레오)로 변환",
    ),
    "{title}. The original file is kept; the copy is used instead.": (
        "{title}. Il file originale viene conservato; al suo posto si usa la copia.",
        "{title}. Die Originaldatei bleibt erhalten; stattdessen wird die Kopie verwendet.",
        "{title}。原文件会保留，改用副本。",
        "{title}. 원본 파일은 그대로 두고 사본을 대신 사용합니다.",
    ),
    "{seconds:g} s": (
        "{seconds:g} s",
        "{seconds:g} s",
        "{seconds:g} 秒",
        "{seconds:g}초",
    ),
    "{minutes} min": (
        "{minutes} min",
        "{minutes} min",
        "{minutes} 分钟",
        "{minutes}분",
    ),
    "{megabytes:.1f} MB": (
        "{megabytes:.1f} MB",
        "{megabytes:.1f} MB",
        "{megabytes:.1f} MB",
        "{megabytes:.1f}MB",
    ),
    "{kilobytes} kB": (
        "{kilobytes} kB",
        "{kilobytes} kB",
        "{kilobytes} kB",
        "{kilobytes}kB",
    ),
    # -- a value checked against its schema (lists and objects, typed values) --
    "Expected {wanted}.": (
        "Serve {wanted}.",
        "Erwartet wird {wanted}.",
        "需要{wanted}。",
        "{wanted}이(가) 필요합니다.",
    ),
    "text": ("del testo", "Text", "文本", "텍스트"),
    "a whole number": ("un numero intero", "eine ganze Zahl", "整数", "정수"),
    "a number": ("un numero", "eine Zahl", "数字", "숫자"),
    "true or false": ("vero o falso", "wahr oder falsch", "true 或 false", "참 또는 거짓"),
    "a list": ("un elenco", "eine Liste", "列表", "목록"),
    "an object": ("un oggetto", "ein Objekt", "对象", "객체"),
    "{first} or {second}": (
        "{first} o {second}",
        "{first} oder {second}",
        "{first}或{second}",
        "{first} 또는 {second}",
    ),
    "This value is nested too deeply to be checked.": (
        "Questo valore è annidato troppo in profondità per essere controllato.",
        "Dieser Wert ist zu tief verschachtelt, um geprüft zu werden.",
        "此值嵌套过深，无法检查。",
        "이 값은 너무 깊이 중첩되어 있어 확인할 수 없습니다.",
    ),
    "{value} is not one of: {listed}.": (
        "{value} non è tra: {listed}.",
        "{value} ist keiner der Werte: {listed}.",
        "{value} 不在以下值之中：{listed}。",
        "{value}은(는) 다음 중 하나가 아닙니다: {listed}.",
    ),
    "{value} is not one of {values}.": (
        "{value} non è tra {values}.",
        "{value} ist keiner der Werte {values}.",
        "{value} 不在 {values} 之中。",
        "{value}은(는) {values} 중 하나가 아닙니다.",
    ),
    "{value} must be a multiple of {limit}.": (
        "{value} deve essere un multiplo di {limit}.",
        "{value} muss ein Vielfaches von {limit} sein.",
        "{value} 必须是 {limit} 的倍数。",
        "{value}은(는) {limit}의 배수여야 합니다.",
    ),
    "Too short: at least 1 character needed.": (
        "Troppo corto: serve almeno 1 carattere.",
        "Zu kurz: mindestens 1 Zeichen nötig.",
        "太短：至少需要 1 个字符。",
        "너무 짧습니다: 최소 1자가 필요합니다.",
    ),
    "Too short: at least {low} characters needed.": (
        "Troppo corto: servono almeno {low} caratteri.",
        "Zu kurz: mindestens {low} Zeichen nötig.",
        "太短：至少需要 {low} 个字符。",
        "너무 짧습니다: 최소 {low}자가 필요합니다.",
    ),
    "Too long: {count} characters, at most {high} allowed.": (
        "Troppo lungo: {count} caratteri, al massimo {high} consentiti.",
        "Zu lang: {count} Zeichen, höchstens {high} erlaubt.",
        "太长：{count} 个字符，最多允许 {high} 个。",
        "너무 깁니다: {count}자, 최대 {high}자까지 허용됩니다.",
    ),
    "1 entry given; at least {low} needed.": (
        "1 voce data; ne servono almeno {low}.",
        "1 Eintrag angegeben; mindestens {low} nötig.",
        "已提供 1 个条目；至少需要 {low} 个。",
        "항목 1개를 넣었습니다. 최소 {low}개가 필요합니다.",
    ),
    "{count} entries given; at least {low} needed.": (
        "{count} voci date; ne servono almeno {low}.",
        "{count} Einträge angegeben; mindestens {low} nötig.",
        "已提供 {count} 个条目；至少需要 {low} 个。",
        "항목 {count}개를 넣었습니다. 최소 {low}개가 필요합니다.",
    ),
    "1 entry given; at most {high} allowed.": (
        "1 voce data; al massimo {high} consentite.",
        "1 Eintrag angegeben; höchstens {high} erlaubt.",
        "已提供 1 个条目；最多允许 {high} 个。",
        "항목 1개를 넣었습니다. 최대 {high}개까지 허용됩니다.",
    ),
    "{count} entries given; at most {high} allowed.": (
        "{count} voci date; al massimo {high} consentite.",
        "{count} Einträge angegeben; höchstens {high} erlaubt.",
        "已提供 {count} 个条目；最多允许 {high} 个。",
        "항목 {count}개를 넣었습니다. 최대 {high}개까지 허용됩니다.",
    ),
    "{name} is required.": (
        "{name} è obbligatorio.",
        "{name} ist erforderlich.",
        "{name} 为必填项。",
        "{name}은(는) 필수입니다.",
    ),
    "{name} is not a known setting.": (
        "{name} non è un'impostazione conosciuta.",
        "{name} ist keine bekannte Einstellung.",
        "{name} 不是已知的设置。",
        "{name}은(는) 알려진 설정이 아닙니다.",
    ),
    "{where}: {message}": (
        "{where}: {message}",
        "{where}: {message}",
        "{where}：{message}",
        "{where}: {message}",
    ),
    "Expected a value of type {type}.": (
        "Serve un valore di tipo {type}.",
        "Erwartet wird ein Wert vom Typ {type}.",
        "需要 {type} 类型的值。",
        "{type} 형식의 값이 필요합니다.",
    ),
    "{title} has no effect at {condition}.": (
        "{title} non ha effetto con {condition}.",
        "{title} hat bei {condition} keine Wirkung.",
        "{title} 在 {condition} 时不起作用。",
        "{title}은(는) {condition}에서는 효과가 없습니다.",
    ),
    "{count} characters: prompts under {limit} characters give better results.": (
        "{count} caratteri: i prompt sotto i {limit} caratteri danno risultati migliori.",
        "{count} Zeichen: Prompts unter {limit} Zeichen liefern bessere Ergebnisse.",
        "{count} 个字符：少于 {limit} 个字符的提示词效果更好。",
        "{count}자: {limit}자 미만의 프롬프트가 더 좋은 결과를 냅니다.",
    ),
}
