"""The descriptions of the reframing fixes (``app.core.fixes``), as templates the window
translates (context "Fixes"): a crop by the edges it takes off (too wide or not), a pad by
its bars (too wide or not, transparent or not). Each takes {ratio}, {size} and {saved}."""

from __future__ import annotations

from app.core.wording import QT_TRANSLATE_NOOP

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
