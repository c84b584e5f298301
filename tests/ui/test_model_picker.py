"""The model picker over the whole catalogue: ByteDance's video models first by family, every
other model under "All RunComfy models", what each takes, its price unit, "New", and the
search field; and the window that fills it from the catalogue it reads."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from qt_async import run_async, wait_until

from app.core.catalogue import Catalogue
from app.core.settings import Settings
from app.offline import offline_catalogue
from app.sim.server import SimServer, Timings
from app.ui.app import build_window, run_window
from app.ui.main_window import MainWindow
from app.ui.model_picker import ModelPicker
from app.ui.model_roles import NEW_ROLE, PRICE_ROLE

PRO = "bytedance/seedance-1-0/pro/image-to-video"
V25 = "bytedance/seedance-2.5/image-to-video/1080p"
REFS = "bytedance/seedance-2.5/reference-to-video/1080p"
TEXT = "bytedance/seedance-2-0/fast/text-to-video"
KLING = "kling/kling-v2-1/pro/image-to-video"
SEEDREAM = "bytedance/seedream-5-0/pro/text-to-image"


@pytest.fixture(scope="module")
def full() -> Catalogue:
    return offline_catalogue()


def headers(picker: ModelPicker) -> list[str]:
    return [picker.itemText(r) for r in range(picker.count()) if picker.is_header(r)]


def group_of(picker: ModelPicker, model_id: str) -> str:
    group = ""
    for row in range(picker.count()):
        if picker.is_header(row):
            group = picker.itemText(row)
        elif picker.itemData(row, Qt.ItemDataRole.UserRole + 1) == model_id:
            return group
    raise AssertionError(f"{model_id} is not listed")


def test_bytedance_video_models_come_first_and_the_others_under_all_models(qtbot, full):
    picker = ModelPicker(full.models())
    qtbot.addWidget(picker)
    assert headers(picker) == ["Seedance", "Dreamina", "All RunComfy models"]
    assert group_of(picker, V25) == "Seedance"
    assert group_of(picker, KLING) == "All RunComfy models"
    assert group_of(picker, SEEDREAM) == "All RunComfy models"  # ByteDance's, not video
    assert picker.current_model().model_id == PRO
    assert picker.summary_of(TEXT) == "text only"
    assert picker.summary_of(REFS) == "1–9 reference images, video, audio, with sound"
    assert picker.summary_of(V25) == "first frame, with sound"
    row = picker.findText("Seedance 2.5 Image to Video 1080p")
    assert picker.itemData(row, PRICE_ROLE) == "priced per second"
    assert picker.itemData(picker.findText("Seedream 5.0 Pro"), PRICE_ROLE) == "priced per video"


def test_a_model_new_since_the_last_reading_is_marked(qtbot, full):
    models = [dataclasses.replace(m, is_new=m.model_id == V25) for m in full.models()]
    picker = ModelPicker(models)
    qtbot.addWidget(picker)
    assert picker.itemData(picker.findText("Seedance 2.5 Image to Video 1080p"), NEW_ROLE) == "New"
    assert picker.itemData(picker.findText("Seedance 1.0 Pro"), NEW_ROLE) == ""


def test_the_search_narrows_the_list_and_enter_chooses(qtbot, full):
    picker = ModelPicker(full.models())
    qtbot.addWidget(picker)
    picker.show()
    picker.showPopup()
    popup = picker.popup
    assert popup is not None and popup.isVisible()
    everything = popup.visible_model_rows()
    assert len(everything) == len(full)
    QTest.keyClicks(popup.search, "2.5 reference")
    shown = popup.visible_model_rows()
    assert [picker.itemData(r, Qt.ItemDataRole.UserRole + 1) for r in shown] == [REFS]
    # Only the header of the group with a match stays.
    assert popup.filter.rowCount() == 2
    popup.search.clear()
    QTest.keyClicks(popup.search, "kling")
    assert len(popup.visible_model_rows()) == 1
    with qtbot.waitSignal(picker.model_changed, timeout=5000) as chosen:
        QTest.keyClick(popup.search, Qt.Key.Key_Return)
    assert chosen.args[0].model_id == KLING
    assert not popup.isVisible() and picker.current_model().model_id == KLING
    # Opened again, the search starts empty and the list is whole.
    picker.showPopup()
    assert popup.search.text() == "" and len(popup.visible_model_rows()) == len(full)
    QTest.keyClick(popup.search, Qt.Key.Key_Escape)
    picker.hidePopup()


def models_listed(win: MainWindow) -> set[str]:
    return {m.model_id for m in win.picker.models()}


def test_without_a_key_the_window_offers_the_offline_engines_models(qapp, windows):
    settings = Settings.load()
    settings.last_model = V25  # used in the session before
    settings.save()
    window = build_window()
    windows.append(window)
    assert window.current_model().model_id == PRO  # not offered before the list is read

    async def scenario(win: MainWindow) -> None:
        await wait_until(
            lambda: V25 in models_listed(win),
            win.controller.catalogue_changed,
            what="the offline preview's models",
        )
        assert TEXT in win.catalogue and KLING in models_listed(win)
        # The window opens on the model used last time once it is offered.
        assert win.current_model().model_id == V25
        assert win.picker.current_model().model_id == V25
        assert win.panel.model().model_id == V25
        win.close()

    run_async(qapp, run_window(window, until=scenario, log=False))


def test_with_a_key_the_window_reads_the_catalogue_and_refresh_reads_it_again(
    qapp, windows, monkeypatch
):
    sim = SimServer(timings=Timings(queue_seconds=0, run_seconds=0, render=False)).start()
    monkeypatch.setenv("RUNCOMFY_API_BASE", sim.api_base)
    monkeypatch.setenv("RUNCOMFY_API_TOKEN", sim.token)
    window = build_window()
    windows.append(window)

    def pages() -> int:
        return sum(1 for r in sim.requests_log if r.kind == "catalogue")

    async def scenario(win: MainWindow) -> None:
        await wait_until(lambda: REFS in models_listed(win), win.controller.catalogue_changed)
        read = pages()
        assert read >= 1
        kling = next(e for e in sim.listing.entries() if e["model_id"].startswith("kling/"))
        extra = {**kling, "model_id": "kling/kling-v3/image-to-video"}
        sim.listing.add(extra)
        win.menus.refresh_models_action.trigger()
        await wait_until(
            lambda: "kling/kling-v3/image-to-video" in models_listed(win),
            win.controller.catalogue_changed,
            what="the refreshed list",
        )
        assert pages() > read
        assert win.catalogue.get("kling/kling-v3/image-to-video").is_new
        assert "up to date" in win.statusBar().currentMessage()
        win.close()

    try:
        run_async(qapp, run_window(window, until=scenario, log=False))
    finally:
        sim.stop()
