"""Translations of a shot's takes, its variations, comparing takes, and the history window.

Each entry: English source -> (Italian, German, Chinese (Simplified), Korean).
A counted text (%n) gives Italian and German as (one, other).
"""

TEXTS = {
    # -- the takes of a shot --
    "Takes…": ("Riprese…", "Takes…", "镜次…", "테이크…"),
    "Takes ({n})…": ("Riprese ({n})…", "Takes ({n})…", "镜次（{n}）…", "테이크 ({n})…"),
    "Takes": ("Riprese", "Takes", "镜次", "테이크"),
    "Takes of shot {n}": (
        "Riprese dell'inquadratura {n}",
        "Takes von Shot {n}",
        "镜头 {n} 的镜次",
        "샷 {n}의 테이크",
    ),
    "Every take of this shot: choose the one the sequence plays, reject, delete, star or "
    "compare them": (
        "Tutte le riprese di questa inquadratura: scegli quella che la sequenza riproduce, "
        "scartale, eliminale, aggiungi una stella o confrontale",
        "Alle Takes dieses Shots: Wählen Sie den Take, den die Sequenz abspielt, verwerfen, "
        "löschen, markieren oder vergleichen Sie sie",
        "此镜头的所有镜次：选择序列播放哪一条，或将其弃用、删除、加星、比较",
        "이 샷의 모든 테이크: 시퀀스에서 재생할 테이크를 고르거나, 제외·삭제·별표·비교합니다",
    ),
    "Take {n}": ("Ripresa {n}", "Take {n}", "镜次 {n}", "테이크 {n}"),
    "%n takes": (("%n ripresa", "%n riprese"), ("%n Take", "%n Takes"), "%n 条镜次", "테이크 %n개"),
    "%n rejected": (("%n scartata", "%n scartate"), ("%n verworfen", "%n verworfen"), "%n 条已弃用",
                    "%n개 제외됨"),
    "${cost} in all": ("${cost} in totale", "${cost} insgesamt", "共 ${cost}", "총 ${cost}"),
    "Choose a take": ("Scegli una ripresa", "Take auswählen", "选择镜次", "테이크 선택"),
    "◯ Choose": ("◯ Scegli", "◯ Auswählen", "◯ 选用", "◯ 선택"),
    "Circle this take: the sequence plays it": (
        "Cerchia questa ripresa: è quella che la sequenza riproduce",
        "Diesen Take einkreisen: Die Sequenz spielt ihn ab",
        "圈选此镜次：序列将播放它",
        "이 테이크에 동그라미: 시퀀스가 이 테이크를 재생합니다",
    ),
    "The sequence now plays this take.": (
        "Ora la sequenza riproduce questa ripresa.",
        "Die Sequenz spielt jetzt diesen Take ab.",
        "序列现在播放此镜次。",
        "이제 시퀀스가 이 테이크를 재생합니다.",
    ),
    "Reject": ("Scarta", "Verwerfen", "弃用", "제외"),
    "Reject a take": ("Scarta una ripresa", "Take verwerfen", "弃用镜次", "테이크 제외"),
    "Set this take aside, but keep it": (
        "Metti da parte questa ripresa, ma conservala",
        "Diesen Take beiseitelegen, aber behalten",
        "将此镜次搁置，但保留它",
        "이 테이크를 제외하되 보관합니다",
    ),
    "Keep": ("Conserva", "Behalten", "保留", "보관"),
    "Keep a rejected take": (
        "Conserva una ripresa scartata",
        "Verworfenen Take behalten",
        "恢复已弃用的镜次",
        "제외한 테이크 되살리기",
    ),
    "Delete": ("Elimina", "Löschen", "删除", "삭제"),
    "Delete a take": ("Elimina una ripresa", "Take löschen", "删除镜次", "테이크 삭제"),
    "Move this take's file to the trash (Edit → Undo brings it back)": (
        "Sposta il file di questa ripresa nel cestino (Modifica → Annulla lo riporta indietro)",
        "Die Datei dieses Takes in den Papierkorb verschieben (Bearbeiten → Rückgängig holt sie "
        "zurück)",
        "将此镜次的文件移到回收站（编辑 → 撤销可恢复）",
        "이 테이크의 파일을 휴지통으로 옮깁니다(편집 → 실행 취소로 되돌릴 수 있음)",
    ),
    "The take's file is in the trash; Edit → Undo brings it back.": (
        "Il file della ripresa è nel cestino; Modifica → Annulla lo riporta indietro.",
        "Die Datei des Takes liegt im Papierkorb; Bearbeiten → Rückgängig holt sie zurück.",
        "镜次的文件已移到回收站；编辑 → 撤销可将其恢复。",
        "테이크 파일이 휴지통에 있습니다. 편집 → 실행 취소로 되돌릴 수 있습니다.",
    ),
    "The take could not be deleted: {reason}": (
        "Impossibile eliminare la ripresa: {reason}",
        "Der Take konnte nicht gelöscht werden: {reason}",
        "无法删除镜次：{reason}",
        "테이크를 삭제하지 못했습니다: {reason}",
    ),
    "No takes yet: generate this shot, or ask for variations.": (
        "Ancora nessuna ripresa: genera questa inquadratura o chiedi delle variazioni.",
        "Noch keine Takes: Generieren Sie diesen Shot oder fordern Sie Variationen an.",
        "还没有镜次：请生成此镜头，或生成变体。",
        "아직 테이크가 없습니다. 이 샷을 생성하거나 변형을 요청하세요.",
    ),
    # -- the takes of the single shot --
    "Takes of the single shot": (
        "Riprese dell'inquadratura singola",
        "Takes des Einzelshots",
        "单镜头的镜次",
        "단일 샷의 테이크",
    ),
    "No takes of these inputs yet: generate, or ask for variations.": (
        "Ancora nessuna ripresa con questi input: genera o chiedi delle variazioni.",
        "Noch keine Takes mit diesen Eingaben: Generieren Sie oder fordern Sie Variationen an.",
        "这些输入还没有镜次：请生成，或生成变体。",
        "이 입력으로 만든 테이크가 아직 없습니다. 생성하거나 변형을 요청하세요.",
    ),
    "The player now plays this take.": (
        "Ora il lettore riproduce questa ripresa.",
        "Der Player spielt jetzt diesen Take ab.",
        "播放器现在播放此镜次。",
        "이제 플레이어가 이 테이크를 재생합니다.",
    ),
    "New takes of these inputs, each with its own seed": (
        "Nuove riprese con questi input, ognuna con il proprio seed",
        "Neue Takes mit diesen Eingaben, jeder mit eigenem Seed",
        "用这些输入生成新镜次，每条使用各自的种子",
        "이 입력으로 새 테이크를 만듭니다. 각각 고유한 시드를 사용합니다",
    ),
    "Every take of these inputs: choose the one the player plays, reject, delete, star or "
    "compare them": (
        "Tutte le riprese con questi input: scegli quella che il lettore riproduce, scartale, "
        "eliminale, aggiungi una stella o confrontale",
        "Alle Takes mit diesen Eingaben: Wählen Sie den Take, den der Player abspielt, "
        "verwerfen, löschen, markieren oder vergleichen Sie sie",
        "这些输入的所有镜次：选择播放器播放哪一条，或将其弃用、删除、加星、比较",
        "이 입력의 모든 테이크: 플레이어에서 재생할 테이크를 고르거나, 제외·삭제·별표·비교합니다",
    ),
    "Ta&kes of this shot…": (
        "&Riprese di questa inquadratura…",
        "Ta&kes dieses Shots…",
        "本镜头的镜次(&K)…",
        "이 샷의 테이크(&K)…",
    ),
    "Compare…": ("Confronta…", "Vergleichen…", "比较…", "비교…"),
    "Play two takes together, side by side or with a wipe": (
        "Riproduci due riprese insieme, affiancate o con una tendina",
        "Zwei Takes zusammen abspielen, nebeneinander oder mit einer Wischblende",
        "同时播放两条镜次，并排或用划像对比",
        "두 테이크를 나란히 또는 와이프로 함께 재생합니다",
    ),
    "☆ Star": ("☆ Aggiungi stella", "☆ Markieren", "☆ 加星", "☆ 별표"),
    "★ Unstar": ("★ Togli stella", "★ Markierung entfernen", "★ 取消星标", "★ 별표 해제"),
    "Rejected": ("Scartata", "Verworfen", "已弃用", "제외됨"),
    "No seed": ("Nessun seed", "Kein Seed", "无种子", "시드 없음"),
    "Seed {seed}": ("Seed {seed}", "Seed {seed}", "种子 {seed}", "시드 {seed}"),
    "chosen: the sequence plays it": (
        "scelta: la sequenza la riproduce",
        "ausgewählt: Die Sequenz spielt ihn ab",
        "已选用：序列播放此镜次",
        "선택됨: 시퀀스가 재생함",
    ),
    "cost unknown": ("costo sconosciuto", "Kosten unbekannt", "费用未知", "비용 알 수 없음"),
    "default settings": ("impostazioni predefinite", "Standardeinstellungen", "默认设置", "기본 설정"),
    "free preview": ("anteprima gratuita", "Gratis-Vorschau", "免费预览", "무료 미리보기"),
    "its file is missing": ("il suo file manca", "Datei fehlt", "文件缺失", "파일 없음"),
    "off": ("disattivato", "aus", "关", "끔"),
    "on": ("attivato", "an", "开", "켬"),
    "rejected, kept": ("scartata, conservata", "verworfen, behalten", "已弃用，仍保留", "제외됨, 보관 중"),
    "starred": ("con stella", "markiert", "已加星", "별표 표시됨"),
    # -- comparing two takes --
    "Compare takes": ("Confronta riprese", "Takes vergleichen", "比较镜次", "테이크 비교"),
    "The two takes": ("Le due riprese", "Die beiden Takes", "两条镜次", "두 테이크"),
    "Side by side": ("Affiancate", "Nebeneinander", "并排", "나란히"),
    "Wipe": ("Tendina", "Wischblende", "划像", "와이프"),
    "Wipe line": ("Linea della tendina", "Wischlinie", "划像分界线", "와이프 선"),
    "Show the takes one over the other, split by a line": (
        "Mostra le riprese una sopra l'altra, divise da una linea",
        "Die Takes übereinander zeigen, durch eine Linie geteilt",
        "将两条镜次叠放显示，以一条线分隔",
        "두 테이크를 겹쳐 선으로 나누어 보여 줍니다",
    ),
    "◀ Frame": ("◀ Fotogramma", "◀ Bild", "◀ 上一帧", "◀ 프레임"),
    "Frame ▶": ("Fotogramma ▶", "Bild ▶", "下一帧 ▶", "프레임 ▶"),
    # -- variations --
    "Variations": ("Variazioni", "Variationen", "变体", "변형"),
    "Variations…": ("Variazioni…", "Variationen…", "变体…", "변형…"),
    "×{n} variations": ("×{n} variazioni", "×{n} Variationen", "×{n} 个变体", "변형 ×{n}"),
    "Generate 2 to 8 variations at once, each with its own seed": (
        "Genera da 2 a 8 variazioni in una volta, ognuna con il suo seed",
        "2 bis 8 Variationen auf einmal generieren, jede mit eigenem Seed",
        "一次生成 2 到 8 个变体，各用各的种子",
        "변형을 2~8개 한 번에 생성합니다. 각각 고유한 시드를 씁니다",
    ),
    "New takes of this shot, each with its own seed": (
        "Nuove riprese di questa inquadratura, ognuna con il suo seed",
        "Neue Takes dieses Shots, jeder mit eigenem Seed",
        "此镜头的新镜次，各用各的种子",
        "이 샷의 새 테이크, 각각 고유한 시드",
    ),
    "Seed sweep…": ("Serie di seed…", "Seed-Reihe…", "种子扫描…", "시드 스윕…"),
    "New takes with the seeds next to the selected take's": (
        "Nuove riprese con i seed vicini a quello della ripresa selezionata",
        "Neue Takes mit den Seeds neben dem des ausgewählten Takes",
        "用所选镜次相邻的种子生成新镜次",
        "선택한 테이크의 시드와 이웃한 시드로 새 테이크를 만듭니다",
    ),
    "How many variations": ("Quante variazioni", "Wie viele Variationen", "变体数量", "변형 개수"),
    "Send": ("Invia", "Senden", "发送", "보내기"),
    "Send %n jobs": (
        ("Invia %n lavoro", "Invia %n lavori"),
        ("%n Auftrag senden", "%n Aufträge senden"),
        "发送 %n 个任务",
        "작업 %n개 보내기",
    ),
    "seeds {seeds}": ("seed {seeds}", "Seeds {seeds}", "种子 {seeds}", "시드 {seeds}"),
    "the same settings again (this model has no seed)": (
        "di nuovo le stesse impostazioni (questo modello non ha seed)",
        "noch einmal dieselben Einstellungen (dieses Modell hat keinen Seed)",
        "再次使用相同设置（此模型没有种子）",
        "같은 설정으로 다시(이 모델에는 시드가 없음)",
    ),
    "{model} has no seed setting to sweep.": (
        "{model} non ha un seed da far variare.",
        "{model} hat keinen Seed, den man durchlaufen könnte.",
        "{model} 没有可扫描的种子设置。",
        "{model}에는 바꿔 볼 시드 설정이 없습니다.",
    ),
    "No variations were sent: {reason}": (
        "Nessuna variazione è stata inviata: {reason}",
        "Es wurden keine Variationen gesendet: {reason}",
        "未发送任何变体：{reason}",
        "변형을 보내지 않았습니다: {reason}",
    ),
    "The price is not known yet: variations wait until it is.": (
        "Il prezzo non è ancora noto: le variazioni aspettano di conoscerlo.",
        "Der Preis ist noch nicht bekannt: Variationen warten, bis er es ist.",
        "价格尚未确定：变体会等到价格确定后再发送。",
        "아직 가격을 알 수 없습니다. 가격이 나올 때까지 변형은 기다립니다.",
    ),
    "Make %n free previews, {how}?": (
        ("Creare %n anteprima gratuita, {how}?", "Creare %n anteprime gratuite, {how}?"),
        ("%n Gratis-Vorschau erstellen, {how}?", "%n Gratis-Vorschauen erstellen, {how}?"),
        "生成 %n 个免费预览，{how}？",
        "무료 미리보기 %n개를 만들까요? {how}",
    ),
    "Send %n variations, {how}? Estimated {total} in all ({each} each).": (
        (
            "Inviare %n variazione, {how}? Stima: {total} in totale ({each} ciascuna).",
            "Inviare %n variazioni, {how}? Stima: {total} in totale ({each} ciascuna).",
        ),
        (
            "%n Variation senden, {how}? Geschätzt {total} insgesamt ({each} pro Stück).",
            "%n Variationen senden, {how}? Geschätzt {total} insgesamt ({each} pro Stück).",
        ),
        "发送 %n 个变体，{how}？预计共 {total}（每个 {each}）。",
        "변형 %n개를 보낼까요? {how}. 예상 비용 총 {total}(개당 {each}).",
    ),
    "%n free previews of shot {shot}, {how}.": (
        (
            "%n anteprima gratuita dell'inquadratura {shot}, {how}.",
            "%n anteprime gratuite dell'inquadratura {shot}, {how}.",
        ),
        (
            "%n Gratis-Vorschau von Shot {shot}, {how}.",
            "%n Gratis-Vorschauen von Shot {shot}, {how}.",
        ),
        "镜头 {shot} 的 %n 个免费预览，{how}。",
        "샷 {shot}의 무료 미리보기 %n개, {how}.",
    ),
    "%n variations of shot {shot}, {how}: estimated {total} in all ({each} each).": (
        (
            "%n variazione dell'inquadratura {shot}, {how}: stima {total} in totale "
            "({each} ciascuna).",
            "%n variazioni dell'inquadratura {shot}, {how}: stima {total} in totale "
            "({each} ciascuna).",
        ),
        (
            "%n Variation von Shot {shot}, {how}: geschätzt {total} insgesamt ({each} pro Stück).",
            "%n Variationen von Shot {shot}, {how}: geschätzt {total} insgesamt "
            "({each} pro Stück).",
        ),
        "镜头 {shot} 的 %n 个变体，{how}：预计共 {total}（每个 {each}）。",
        "샷 {shot}의 변형 %n개, {how}: 예상 비용 총 {total}(개당 {each}).",
    ),
    "%n variations of shot {shot}, {how}, at {unit} per {per}.": (
        (
            "%n variazione dell'inquadratura {shot}, {how}, a {unit} per {per}.",
            "%n variazioni dell'inquadratura {shot}, {how}, a {unit} per {per}.",
        ),
        (
            "%n Variation von Shot {shot}, {how}, zu {unit} pro {per}.",
            "%n Variationen von Shot {shot}, {how}, zu {unit} pro {per}.",
        ),
        "镜头 {shot} 的 %n 个变体，{how}，每{per} {unit}。",
        "샷 {shot}의 변형 %n개, {how}, {per}당 {unit}.",
    ),
    "%n jobs sent: each becomes a take of this shot when it finishes.": (
        (
            "%n lavoro inviato: diventa una ripresa di questa inquadratura quando finisce.",
            "%n lavori inviati: ognuno diventa una ripresa di questa inquadratura quando finisce.",
        ),
        (
            "%n Auftrag gesendet: Er wird ein Take dieses Shots, sobald er fertig ist.",
            "%n Aufträge gesendet: Jeder wird ein Take dieses Shots, sobald er fertig ist.",
        ),
        "已发送 %n 个任务：每个完成后都会成为此镜头的一条镜次。",
        "작업 %n개를 보냈습니다. 각 작업이 끝나면 이 샷의 테이크가 됩니다.",
    ),
    # -- the history window --
    "&History…": ("&Cronologia…", "&Verlauf…", "历史记录(&H)…", "기록(&H)…"),
    "History": ("Cronologia", "Verlauf", "历史记录", "기록"),
    "Words of the prompt": ("Parole del prompt", "Wörter aus dem Prompt", "提示词中的词语", "프롬프트의 단어"),
    "Any model": ("Qualsiasi modello", "Alle Modelle", "任意模型", "모든 모델"),
    "Any state": ("Qualsiasi stato", "Alle Status", "任意状态", "모든 상태"),
    "Starred only": ("Solo con stella", "Nur markierte", "仅看星标", "별표만"),
    "Jobs found": ("Lavori trovati", "Gefundene Aufträge", "找到的任务", "찾은 작업"),
    "Date": ("Data", "Datum", "日期", "날짜"),
    "State": ("Stato", "Status", "状态", "상태"),
    "Cost": ("Costo", "Kosten", "费用", "비용"),
    # A range of dates: "From [date] to [date]".
    "From": ("Dal", "Von", "从", "기간"),
    "to": ("al", "bis", "至", "~"),
    "Play two finished jobs together": (
        "Riproduci insieme due lavori finiti",
        "Zwei fertige Aufträge zusammen abspielen",
        "同时播放两个已完成的任务",
        "완료된 작업 두 개를 함께 재생합니다",
    ),
    "The history cannot be searched: {r}": (
        "Impossibile cercare nella cronologia: {r}",
        "Der Verlauf kann nicht durchsucht werden: {r}",
        "无法搜索历史记录：{r}",
        "기록을 검색할 수 없습니다: {r}",
    ),
    "{name} is no longer there, so it cannot be compared.": (
        "{name} non c'è più, quindi non si può confrontare.",
        "{name} ist nicht mehr vorhanden und kann daher nicht verglichen werden.",
        "{name} 已不在原处，无法比较。",
        "{name}이(가) 더 이상 없어서 비교할 수 없습니다.",
    ),
    "%n jobs match.": (
        ("%n lavoro corrisponde.", "%n lavori corrispondono."),
        ("%n Auftrag passt.", "%n Aufträge passen."),
        "%n 个任务符合条件。",
        "작업 %n개가 일치합니다.",
    ),
    "%n jobs match; the newest {shown} are listed.": (
        (
            "%n lavoro corrisponde; sono elencati i {shown} più recenti.",
            "%n lavori corrispondono; sono elencati i {shown} più recenti.",
        ),
        (
            "%n Auftrag passt; die neuesten {shown} werden aufgeführt.",
            "%n Aufträge passen; die neuesten {shown} werden aufgeführt.",
        ),
        "%n 个任务符合条件；列出最新的 {shown} 个。",
        "작업 %n개가 일치합니다. 최근 {shown}개를 표시합니다.",
    ),
}

# English singulars of this area's counted texts.
PLURALS = {
    "%n takes": "%n take",
    "%n rejected": "%n rejected",
    "%n jobs match.": "%n job matches.",
    "%n jobs match; the newest {shown} are listed.": (
        "%n job matches; the newest {shown} are listed."
    ),
    "Send %n jobs": "Send %n job",
    "Make %n free previews, {how}?": "Make %n free preview, {how}?",
    "Send %n variations, {how}? Estimated {total} in all ({each} each).": (
        "Send %n variation, {how}? Estimated {total} in all ({each} each)."
    ),
    "%n free previews of shot {shot}, {how}.": "%n free preview of shot {shot}, {how}.",
    "%n variations of shot {shot}, {how}: estimated {total} in all ({each} each).": (
        "%n variation of shot {shot}, {how}: estimated {total} in all ({each} each)."
    ),
    "%n variations of shot {shot}, {how}, at {unit} per {per}.": (
        "%n variation of shot {shot}, {how}, at {unit} per {per}."
    ),
    "%n jobs sent: each becomes a take of this shot when it finishes.": (
        "%n job sent: it becomes a take of this shot when it finishes."
    ),
}

# Where a context needs its own wording: (context, source) -> the four columns.
BY_CONTEXT = {
    # Check boxes that limit the search to a range of dates: "[x] From [date] [x] to [date]".
    ("HistoryDialog", "From"): ("Dal", "Von", "从", "시작일"),
    ("HistoryDialog", "to"): ("al", "bis", "至", "종료일"),
}
