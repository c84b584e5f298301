"""The drop zone's states are a closed set, and a zone only moves along the allowed ways."""

from __future__ import annotations

from app.ui.images import DropZone, State
from app.ui.images.checking import TRANSITIONS

PRO = "bytedance/seedance-1-0/pro/image-to-video"
WAIT = 10_000


def test_every_state_says_where_it_may_go():
    assert set(TRANSITIONS) == set(State)
    assert all(State.EMPTY in TRANSITIONS[s] for s in State if s is not State.EMPTY)
    assert not State.EMPTY.can_become(State.VALID)  # an image is always checked first


def test_a_zone_moves_only_along_allowed_transitions(qtbot, catalogue, image_file, tmp_path):
    zone = DropZone(catalogue.get(PRO).field("first_frame_image_url"))
    qtbot.addWidget(zone)
    zone.show()
    states = [zone.state()]
    zone.state_changed.connect(states.append)
    good = image_file("meadow.png", (640, 480))
    tiny = image_file("tiny.png", (200, 200))
    broken = tmp_path / "broken.png"
    broken.write_bytes(good.read_bytes()[:200])

    zone.set_source(str(good))
    qtbot.waitUntil(lambda: zone.state() == "valid", timeout=WAIT)
    zone.set_source(str(broken))
    qtbot.waitUntil(lambda: zone.can_restore(), timeout=WAIT)
    zone.restore_previous()
    assert zone.state() == "valid" and zone.path() == str(good)
    zone.set_source(str(tiny))
    qtbot.waitUntil(lambda: zone.state() == "invalid", timeout=WAIT)
    [upscale] = [i for i, f in enumerate(zone.fixes()) if f.kind == "upscale"]
    zone.request_fix(upscale)
    qtbot.waitUntil(lambda: zone.state() == "valid" and zone.path() != str(tiny), timeout=WAIT)
    zone.clear()

    steps = list(zip(states, states[1:], strict=False))
    assert steps, states
    assert all(State(a).can_become(State(b)) for a, b in steps), states
    assert {"checking", "valid", "invalid", "empty"} <= set(states)
