"""Translations of the money: the spending view and its chart, the RunComfy balance, and the
spending caps.

Each entry: English source -> (Italian, German, Chinese (Simplified), Korean).
A counted text (%n) gives Italian and German as (one, other).
"""

TEXTS = {
    # -- the spending view --
    "S&pending…": ("&Spese…", "&Ausgaben…", "支出(&P)…", "지출(&P)…"),
    "Spending": ("Spese", "Ausgaben", "支出", "지출"),
    "Reading what was spent…": (
        "Lettura delle spese…",
        "Ausgaben werden gelesen…",
        "正在读取支出…",
        "지출 내역을 읽는 중…",
    ),
    "What was spent could not be read: {reason}": (
        "Impossibile leggere le spese: {reason}",
        "Die Ausgaben konnten nicht gelesen werden: {reason}",
        "无法读取支出：{reason}",
        "지출 내역을 읽지 못했습니다: {reason}",
    ),
    "Group the money spent": (
        "Raggruppa le spese",
        "Ausgaben gruppieren",
        "支出分组方式",
        "지출 묶는 방식",
    ),
    "Per day": ("Per giorno", "Pro Tag", "按天", "일별"),
    "Per model": ("Per modello", "Pro Modell", "按模型", "모델별"),
    "Day": ("Giorno", "Tag", "日期", "날짜"),
    "Paid jobs": ("Lavori a pagamento", "Bezahlte Aufträge", "付费任务", "유료 작업"),
    "Free previews": ("Anteprime gratuite", "Gratis-Vorschauen", "免费预览", "무료 미리보기"),
    "Spent": ("Speso", "Ausgegeben", "已花费", "지출액"),
    "Estimated": ("Stimato", "Geschätzt", "预计", "예상"),
    "Money spent, as a table": (
        "Spese, in tabella",
        "Ausgaben als Tabelle",
        "支出（表格）",
        "지출 표",
    ),
    "Export CSV…": ("Esporta CSV…", "CSV exportieren…", "导出 CSV…", "CSV 내보내기…"),
    "Export spending as CSV": (
        "Esporta le spese come CSV",
        "Ausgaben als CSV exportieren",
        "将支出导出为 CSV",
        "지출을 CSV로 내보내기",
    ),
    "CSV files (*.csv)": ("File CSV (*.csv)", "CSV-Dateien (*.csv)", "CSV 文件 (*.csv)",
                          "CSV 파일 (*.csv)"),
    "Saved {file}.": (
        "{file} salvato.",
        "{file} gespeichert.",
        "已保存 {file}。",
        "{file}을(를) 저장했습니다.",
    ),
    "{file} could not be saved: {reason}": (
        "Impossibile salvare {file}: {reason}",
        "{file} konnte nicht gespeichert werden: {reason}",
        "无法保存 {file}：{reason}",
        "{file}을(를) 저장하지 못했습니다: {reason}",
    ),
    "Today: {spent} spent or on its way, of your daily cap of {cap}.": (
        "Oggi: {spent} tra spesi e in corso, su un limite giornaliero di {cap}.",
        "Heute: {spent} ausgegeben oder vorgemerkt, bei Ihrem Tageslimit von {cap}.",
        "今天：已花费或即将花费 {spent}，每日上限为 {cap}。",
        "오늘: 지출했거나 지출 예정인 금액 {spent}, 일일 한도 {cap}.",
    ),
    "Today: {spent} spent or on its way. No daily cap is set.": (
        "Oggi: {spent} tra spesi e in corso. Nessun limite giornaliero impostato.",
        "Heute: {spent} ausgegeben oder vorgemerkt. Kein Tageslimit festgelegt.",
        "今天：已花费或即将花费 {spent}。未设置每日上限。",
        "오늘: 지출했거나 지출 예정인 금액 {spent}. 일일 한도가 설정되지 않았습니다.",
    ),
    "%n paid jobs: {amount}.": (
        ("%n lavoro a pagamento: {amount}.", "%n lavori a pagamento: {amount}."),
        ("%n bezahlter Auftrag: {amount}.", "%n bezahlte Aufträge: {amount}."),
        "%n 个付费任务：{amount}。",
        "유료 작업 %n개: {amount}.",
    ),
    "%n of them counted at the price shown before sending, as RunComfy reported no cost.": (
        (
            "%n di questi è contato al prezzo mostrato prima dell'invio, perché RunComfy non "
            "ha indicato un costo.",
            "%n di questi sono contati al prezzo mostrato prima dell'invio, perché RunComfy non "
            "ha indicato un costo.",
        ),
        (
            "%n davon wurde mit dem vor dem Senden angezeigten Preis gezählt, da RunComfy keine "
            "Kosten gemeldet hat.",
            "%n davon wurden mit dem vor dem Senden angezeigten Preis gezählt, da RunComfy keine "
            "Kosten gemeldet hat.",
        ),
        "其中 %n 个按发送前显示的价格计算，因为 RunComfy 未报告费用。",
        "그중 %n개는 RunComfy가 비용을 알려 주지 않아 보내기 전에 표시된 가격으로 계산했습니다.",
    ),
    "Free previews, counted apart: %n.": (
        ("Anteprime gratuite, contate a parte: %n.", "Anteprime gratuite, contate a parte: %n."),
        ("Gratis-Vorschauen, separat gezählt: %n.", "Gratis-Vorschauen, separat gezählt: %n."),
        "免费预览（单独计数）：%n。",
        "무료 미리보기(따로 계산): %n개.",
    ),
    # -- its chart --
    "Money spent per day": ("Spese per giorno", "Ausgaben pro Tag", "每日支出", "일별 지출"),
    "Money spent per model": ("Spese per modello", "Ausgaben pro Modell", "各模型支出", "모델별 지출"),
    "Money spent, as a bar chart": (
        "Spese, in un grafico a barre",
        "Ausgaben als Balkendiagramm",
        "支出（柱状图）",
        "지출 막대그래프",
    ),
    "Spent (USD)": ("Speso (USD)", "Ausgegeben (USD)", "已花费（美元）", "지출액(USD)"),
    "{first} to {last}": ("da {first} a {last}", "{first} bis {last}", "{first} 至 {last}",
                          "{first} ~ {last}"),
    # -- the balance --
    "RunComfy balance": ("Credito RunComfy", "RunComfy-Guthaben", "RunComfy 余额", "RunComfy 잔액"),
    "Balance: {amount}": ("Credito: {amount}", "Guthaben: {amount}", "余额：{amount}", "잔액: {amount}"),
    "Balance unavailable": (
        "Credito non disponibile",
        "Guthaben nicht verfügbar",
        "余额不可用",
        "잔액을 알 수 없음",
    ),
    "Your RunComfy balance, read again after each finished job.": (
        "Il tuo credito RunComfy, riletto dopo ogni lavoro finito.",
        "Ihr RunComfy-Guthaben, nach jedem fertigen Auftrag neu gelesen.",
        "你的 RunComfy 余额，每完成一个任务后重新读取。",
        "RunComfy 잔액입니다. 작업이 끝날 때마다 다시 읽습니다.",
    ),
    "RunComfy's balance could not be read just now. It is read again after the next finished "
    "job.": (
        "Il credito RunComfy non si è potuto leggere adesso. Verrà riletto dopo il prossimo "
        "lavoro finito.",
        "Das RunComfy-Guthaben konnte gerade nicht gelesen werden. Es wird nach dem nächsten "
        "fertigen Auftrag erneut gelesen.",
        "暂时无法读取 RunComfy 余额。下一个任务完成后会重新读取。",
        "지금은 RunComfy 잔액을 읽을 수 없습니다. 다음 작업이 끝나면 다시 읽습니다.",
    ),
    # -- the spending caps --
    "Spending caps": ("Limiti di spesa", "Ausgabenlimits", "支出上限", "지출 한도"),
    "Per storyboard render": (
        "Per rendering dello storyboard",
        "Pro Storyboard-Rendering",
        "每次渲染分镜",
        "스토리보드 렌더링당",
    ),
    "A paid job that would pass a cap is not sent: Storyreel asks you first. Free previews "
    "never count.": (
        "Un lavoro a pagamento che supererebbe un limite non viene inviato: Storyreel prima "
        "te lo chiede. Le anteprime gratuite non contano mai.",
        "Ein bezahlter Auftrag, der ein Limit überschreiten würde, wird nicht gesendet: "
        "Storyreel fragt Sie zuerst. Gratis-Vorschauen zählen nie.",
        "会超出上限的付费任务不会发送：Storyreel 会先询问你。免费预览从不计入。",
        "한도를 넘게 될 유료 작업은 보내지 않고 먼저 물어봅니다. 무료 미리보기는 계산에 넣지 않습니다.",
    ),
    "Spending cap reached": (
        "Limite di spesa raggiunto",
        "Ausgabenlimit erreicht",
        "已达支出上限",
        "지출 한도에 도달함",
    ),
    "Don't send": ("Non inviare", "Nicht senden", "不发送", "보내지 않기"),
    "Raise the cap to {amount} and send": (
        "Alza il limite a {amount} e invia",
        "Limit auf {amount} anheben und senden",
        "将上限提高到 {amount} 并发送",
        "한도를 {amount}(으)로 올리고 보내기",
    ),
    "Raise the cap to {amount} and generate": (
        "Alza il limite a {amount} e genera",
        "Limit auf {amount} anheben und generieren",
        "将上限提高到 {amount} 并生成",
        "한도를 {amount}(으)로 올리고 생성",
    ),
    "RunComfy balance {amount}": (
        "credito RunComfy {amount}",
        "RunComfy-Guthaben {amount}",
        "RunComfy 余额 {amount}",
        "RunComfy 잔액 {amount}",
    ),
    "RunComfy balance unavailable": (
        "credito RunComfy non disponibile",
        "RunComfy-Guthaben nicht verfügbar",
        "RunComfy 余额不可用",
        "RunComfy 잔액 알 수 없음",
    ),
    "no spending cap is set": (
        "nessun limite di spesa impostato",
        "kein Ausgabenlimit festgelegt",
        "未设置支出上限",
        "지출 한도가 설정되지 않음",
    ),
    "today {after} of your {cap} daily cap": (
        "oggi {after} del tuo limite giornaliero di {cap}",
        "heute {after} von Ihrem Tageslimit von {cap}",
        "今天 {after}，每日上限 {cap}",
        "오늘 {after} / 일일 한도 {cap}",
    ),
    "your cap per render is {cap}": (
        "il tuo limite per rendering è {cap}",
        "Ihr Limit pro Rendering ist {cap}",
        "每次渲染的上限为 {cap}",
        "렌더링당 한도는 {cap}",
    ),
    "Not sent: it would pass your spending cap.": (
        "Non inviato: supererebbe il tuo limite di spesa.",
        "Nicht gesendet: Es würde Ihr Ausgabenlimit überschreiten.",
        "未发送：会超出你的支出上限。",
        "보내지 않음: 지출 한도를 넘게 됩니다.",
    ),
    "Waiting for your answer to the price.": (
        "In attesa della tua risposta sul prezzo.",
        "Wartet auf Ihre Antwort zum Preis.",
        "等待你对价格的确认。",
        "가격에 대한 답을 기다리는 중입니다.",
    ),
    "Reading the price of the shots…": (
        "Lettura del prezzo delle inquadrature…",
        "Preis der Shots wird gelesen…",
        "正在读取镜头的价格…",
        "샷의 가격을 읽는 중…",
    ),
}

# Where a context needs its own wording: (context, source) -> the four columns.
BY_CONTEXT = {
    # A cap field of Settings: how much at most per day.
    ("CapFields", "Per day"): ("Al giorno", "Pro Tag", "每天", "하루"),
    # Column titles of the spending table: about a hundred pixels each.
    ("SpendView", "Paid jobs"): ("Lavori", "Aufträge", "付费任务", "유료 작업"),
    ("SpendView", "Free previews"): ("Anteprime", "Gratis", "免费预览", "무료 미리보기"),
}

# English singulars of this area's counted texts.
PLURALS = {
    "%n paid jobs: {amount}.": "%n paid job: {amount}.",
    "%n of them counted at the price shown before sending, as RunComfy reported no cost.": (
        "%n of them counted at the price shown before sending, as RunComfy reported no cost."
    ),
    "Free previews, counted apart: %n.": "Free previews, counted apart: %n.",
}
