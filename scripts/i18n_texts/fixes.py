"""Translations of the descriptions of an image's fixes (context "Fixes"), shown as the fix
buttons' tooltips: what a crop, a pad, a conversion or a re-encoding does to the picture.

Each entry: English source -> (Italian, German, Chinese (Simplified), Korean).
{saved} is one of the "saved as a new … file" texts below.
"""

TEXTS = {
    "saved as a new {format} file": (
        "salvata come nuovo file {format}",
        "als neue {format}-Datei gespeichert",
        "另存为新的 {format} 文件",
        "새 {format} 파일로 저장",
    ),
    "saved as a new {format} file under {limit}": (
        "salvata come nuovo file {format} sotto {limit}",
        "als neue {format}-Datei unter {limit} gespeichert",
        "另存为小于 {limit} 的新 {format} 文件",
        "{limit} 미만의 새 {format} 파일로 저장",
    ),
    "Crops the left and right edges to an aspect ratio of {ratio} and makes it {size} px, "
    "{saved}.": (
        "Ritaglia i bordi sinistro e destro fino alle proporzioni {ratio} e porta l'immagine a "
        "{size} px, {saved}.",
        "Schneidet den linken und rechten Rand auf ein Seitenverhältnis von {ratio} zu und "
        "bringt das Bild auf {size} px, {saved}.",
        "裁掉左右两边，使宽高比为 {ratio}，尺寸为 {size} 像素，{saved}。",
        "왼쪽과 오른쪽 가장자리를 잘라 화면 비율을 {ratio}(으)로 맞추고 {size} px로 만들어 "
        "{saved}합니다.",
    ),
    "Crops the top and bottom to an aspect ratio of {ratio} and makes it {size} px, {saved}.": (
        "Ritaglia la parte superiore e inferiore fino alle proporzioni {ratio} e porta "
        "l'immagine a {size} px, {saved}.",
        "Schneidet oben und unten auf ein Seitenverhältnis von {ratio} zu und bringt das Bild "
        "auf {size} px, {saved}.",
        "裁掉上下两边，使宽高比为 {ratio}，尺寸为 {size} 像素，{saved}。",
        "위쪽과 아래쪽을 잘라 화면 비율을 {ratio}(으)로 맞추고 {size} px로 만들어 "
        "{saved}합니다.",
    ),
    "Adds black bars above and below to reach an aspect ratio of {ratio} and makes it {size} "
    "px, {saved}.": (
        "Aggiunge bande nere sopra e sotto per arrivare alle proporzioni {ratio} e porta "
        "l'immagine a {size} px, {saved}.",
        "Fügt oben und unten schwarze Balken hinzu, um ein Seitenverhältnis von {ratio} zu "
        "erreichen, und bringt das Bild auf {size} px, {saved}.",
        "在上下添加黑边，使宽高比达到 {ratio}，尺寸为 {size} 像素，{saved}。",
        "위아래에 검은 여백을 넣어 화면 비율을 {ratio}(으)로 맞추고 {size} px로 만들어 "
        "{saved}합니다.",
    ),
    "Adds black bars left and right to reach an aspect ratio of {ratio} and makes it {size} "
    "px, {saved}.": (
        "Aggiunge bande nere a sinistra e a destra per arrivare alle proporzioni {ratio} e "
        "porta l'immagine a {size} px, {saved}.",
        "Fügt links und rechts schwarze Balken hinzu, um ein Seitenverhältnis von {ratio} zu "
        "erreichen, und bringt das Bild auf {size} px, {saved}.",
        "在左右添加黑边，使宽高比达到 {ratio}，尺寸为 {size} 像素，{saved}。",
        "좌우에 검은 여백을 넣어 화면 비율을 {ratio}(으)로 맞추고 {size} px로 만들어 "
        "{saved}합니다.",
    ),
    "Adds transparent bars above and below to reach an aspect ratio of {ratio} and makes it "
    "{size} px, {saved}.": (
        "Aggiunge bande trasparenti sopra e sotto per arrivare alle proporzioni {ratio} e "
        "porta l'immagine a {size} px, {saved}.",
        "Fügt oben und unten transparente Balken hinzu, um ein Seitenverhältnis von {ratio} zu "
        "erreichen, und bringt das Bild auf {size} px, {saved}.",
        "在上下添加透明边，使宽高比达到 {ratio}，尺寸为 {size} 像素，{saved}。",
        "위아래에 투명한 여백을 넣어 화면 비율을 {ratio}(으)로 맞추고 {size} px로 만들어 "
        "{saved}합니다.",
    ),
    "Adds transparent bars left and right to reach an aspect ratio of {ratio} and makes it "
    "{size} px, {saved}.": (
        "Aggiunge bande trasparenti a sinistra e a destra per arrivare alle proporzioni "
        "{ratio} e porta l'immagine a {size} px, {saved}.",
        "Fügt links und rechts transparente Balken hinzu, um ein Seitenverhältnis von {ratio} "
        "zu erreichen, und bringt das Bild auf {size} px, {saved}.",
        "在左右添加透明边，使宽高比达到 {ratio}，尺寸为 {size} 像素，{saved}。",
        "좌우에 투명한 여백을 넣어 화면 비율을 {ratio}(으)로 맞추고 {size} px로 만들어 "
        "{saved}합니다.",
    ),
    "Saves a copy in {format} format, which this field accepts; the picture itself is not "
    "changed.": (
        "Salva una copia in formato {format}, accettato da questo campo; l'immagine in sé non "
        "cambia.",
        "Speichert eine Kopie im Format {format}, das dieses Feld annimmt; das Bild selbst "
        "bleibt unverändert.",
        "以此字段接受的 {format} 格式保存一份副本；画面本身不变。",
        "이 항목이 받는 {format} 형식으로 사본을 저장합니다. 그림 자체는 바뀌지 않습니다.",
    ),
    "Saves a {format} copy at the highest quality that stays under {limit}, scaling it down "
    "only if that is not enough.": (
        "Salva una copia {format} alla qualità più alta che resta sotto {limit}, riducendola "
        "solo se non basta.",
        "Speichert eine {format}-Kopie in der höchsten Qualität, die unter {limit} bleibt, und "
        "verkleinert sie nur, wenn das nicht reicht.",
        "以不超过 {limit} 的最高质量保存 {format} 副本，仅在仍不够时才缩小。",
        "{limit} 미만을 유지하는 가장 높은 품질로 {format} 사본을 저장하고, 그래도 부족할 "
        "때만 축소합니다.",
    ),
    "Saves a {format} copy with the camera's rotation applied to the pixels, so that every "
    "reader sees it upright at {size} px.": (
        "Salva una copia {format} con la rotazione della fotocamera applicata ai pixel, così "
        "che ogni programma la veda diritta a {size} px.",
        "Speichert eine {format}-Kopie, bei der die Drehung der Kamera auf die Pixel "
        "angewendet ist, sodass jedes Programm sie aufrecht in {size} px sieht.",
        "保存一份将相机旋转应用到像素的 {format} 副本，使所有读取程序都以 {size} 像素正向显示。",
        "카메라 회전을 픽셀에 적용한 {format} 사본을 저장해 어떤 프로그램에서도 {size} px로 "
        "바로 보이게 합니다.",
    ),
}
