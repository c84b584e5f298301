"""The descriptions of the reframing fixes (``app.core.fixes``), as templates the window
translates (context "Fixes"): a crop by the edges it takes off (too wide or not), a pad by
its bars (too wide or not, transparent or not). Each takes {ratio}, {size} and {saved}."""

from __future__ import annotations

from app.core.wording import FIXES, QT_TRANSLATE_NOOP, Said, said_in

# too wide -> the crop's description
CROPS = {
    True: QT_TRANSLATE_NOOP(
        "Fixes",
        "Crops the left and right edges to an aspect ratio of {ratio} and makes it {size} px, "
        "{saved}.",
    ),
    False: QT_TRANSLATE_NOOP(
        "Fixes",
        "Crops the top and bottom to an aspect ratio of {ratio} and makes it {size} px, {saved}.",
    ),
}
# (too wide, transparent) -> the pad's description
PADS = {
    (True, False): QT_TRANSLATE_NOOP(
        "Fixes",
        "Adds black bars above and below to reach an aspect ratio of {ratio} and makes it "
        "{size} px, {saved}.",
    ),
    (False, False): QT_TRANSLATE_NOOP(
        "Fixes",
        "Adds black bars left and right to reach an aspect ratio of {ratio} and makes it "
        "{size} px, {saved}.",
    ),
    (True, True): QT_TRANSLATE_NOOP(
        "Fixes",
        "Adds transparent bars above and below to reach an aspect ratio of {ratio} and makes "
        "it {size} px, {saved}.",
    ),
    (False, True): QT_TRANSLATE_NOOP(
        "Fixes",
        "Adds transparent bars left and right to reach an aspect ratio of {ratio} and makes "
        "it {size} px, {saved}.",
    ),
}

# kind -> a scaling fix's description: {size}, {reason} (what the size now meets), {saved}
SCALES = {
    "downscale": QT_TRANSLATE_NOOP(
        "Fixes", "Scales the image down to {size} px so that {reason}, {saved}."
    ),
    "upscale": QT_TRANSLATE_NOOP(
        "Fixes", "Scales the image up to {size} px so that {reason}, {saved}."
    ),
}
# What a scaled size meets: every side's limits, or both sides' alike.
MEETS_SIZE_RULES = QT_TRANSLATE_NOOP("Fixes", "it meets the size rules")
EACH_SIDE = QT_TRANSLATE_NOOP("Fixes", "each side is {limits}")
SIDES = {
    "width": QT_TRANSLATE_NOOP("Fixes", "the width is {limits}"),
    "height": QT_TRANSLATE_NOOP("Fixes", "the height is {limits}"),
}
# A rule's operator -> its limit in pixels.
PIXEL_LIMITS = {
    "<": QT_TRANSLATE_NOOP("Fixes", "less than {pixels} px"),
    "<=": QT_TRANSLATE_NOOP("Fixes", "at most {pixels} px"),
    ">": QT_TRANSLATE_NOOP("Fixes", "more than {pixels} px"),
    ">=": QT_TRANSLATE_NOOP("Fixes", "at least {pixels} px"),
}
BOTH = QT_TRANSLATE_NOOP("Fixes", "{first} and {second}")


def pixel_limit(op: str, value: float) -> Said:
    """A size rule's limit: "at most 6000 px"."""
    return said_in(FIXES, PIXEL_LIMITS[op], pixels=int(value))


def joined(parts: list[Said]) -> Said:
    """Parts said one after the other: "a and b and c" (at least one part)."""
    whole = parts[0]
    for part in parts[1:]:
        whole = said_in(FIXES, BOTH, first=whole, second=part)
    return whole


def size_reason(by_side: dict[str, list[Said]]) -> Said:
    """What a scaled size achieves, from the limits it now meets on each side ("width",
    "height"): "each side is …", "the width is … and the height is …"."""
    if not by_side:
        return said_in(FIXES, MEETS_SIZE_RULES)
    texts = {side: joined(limits) for side, limits in by_side.items()}
    if len(set(texts.values())) == 1 and len(texts) == 2:
        return said_in(FIXES, EACH_SIDE, limits=next(iter(texts.values())))
    return joined([said_in(FIXES, SIDES[side], limits=text) for side, text in texts.items()])


def scaling(kind: str, size: str, reason: Said, saved: str) -> Said:
    """A scaling fix's description ("downscale" or "upscale")."""
    return said_in(FIXES, SCALES[kind], size=size, reason=reason, saved=saved)
