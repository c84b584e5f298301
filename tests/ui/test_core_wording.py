"""What the core says below the window (the catalogue's warnings, the fixes' descriptions, a
value typed as text, the data folders, the settings file) reads in the window's language,
while its English (what the command line prints and the log keeps) stays as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from media_files import make_video
from media_models import single_model

from app.core.catalogue import Catalogue, model_from_document
from app.core.catalogue_cache import read_listings
from app.core.errors import TypedValueError
from app.core.paths import user_catalogue_dir
from app.core.settings import Settings
from app.core.typed_text import coerce
from app.core.validation import field_problems
from app.ui.error_text import error_text, said_text
from app.ui.images import DropZone
from app.ui.images.wording import fix_title
from app.ui.media.zone import MediaZone
from app.ui.problems import problem_text
from app.ui.start_check import folder_problem

PRO = "bytedance/seedance-1-0/pro/image-to-video"
WAIT = 10_000


def user_model(name: str, document: object) -> Path:
    folder = user_catalogue_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(json.dumps(document), "utf-8")
    return path


ODD_DEFAULT = {
    "model_id": "studio/odd-default",
    "display_name": "Odd default",
    "input_schema": {
        "type": "object",
        "required": ["prompt"],
        "properties": {
            "prompt": {"type": "string", "title": "Prompt", "maxLength": 500},
            "style": {"type": "string", "enum": ["ink", "clay"], "default": "oil"},
        },
    },
}


def test_a_schema_warning_shows_on_its_field_in_german(panel, german):
    user_model("odd.json", ODD_DEFAULT)
    model = Catalogue.load(user_catalogue_dir()).get("studio/odd-default")
    english = "Its default 'oil' is not one of its choices; none is preselected."
    assert model.field("style").warnings == (english,)
    assert model.warnings == [f"style: {english}"]
    panel.set_model(model, carry_over=False)
    shown = panel.field_widget("style").problem_label.text()
    assert (
        "Sein Standardwert 'oil' gehört nicht zu seinen Auswahlmöglichkeiten; nichts ist "
        "vorausgewählt." in shown
    ), shown
    assert "Its default" not in shown


def test_a_model_file_left_out_and_a_bad_catalogue_entry_read_in_german(qapp, german):
    user_model("broken.json", {"display_name": "No id"})
    user_model("odd.json", ODD_DEFAULT)
    catalogue = Catalogue.load(user_catalogue_dir())
    assert "studio/odd-default" in catalogue  # one bad file keeps no other out
    broken = user_catalogue_dir() / "broken.json"
    assert catalogue.problems == [f"{broken}: 'model_id' is missing."]
    assert [said_text(p) for p in catalogue.problems] == [f"{broken}: 'model_id' fehlt."]
    listings, warnings = read_listings([["not", "a", "model"], {"model_id": "a/b"}])
    assert listings == []
    assert warnings == [
        "Entry number 1 of RunComfy's catalogue is not a model description; it is left out.",
        "The catalogue entry a/b has no input schema with fields; it is left out.",
    ]
    assert [said_text(w) for w in warnings] == [
        "Eintrag Nummer 1 im Katalog von RunComfy ist keine Modellbeschreibung; er wird "
        "ausgelassen.",
        "Der Katalogeintrag a/b hat kein Eingabeschema mit Feldern; er wird ausgelassen.",
    ]


def test_a_scaling_fix_describes_itself_in_german_in_its_tooltip(
    qtbot, catalogue, image_file, dnd, german
):
    # 6400 × 3200 is wider than Seedance's 6000 px (its 2:1 ratio is allowed): scale it down.
    wide = image_file("wide.png", (6400, 3200))
    zone = DropZone(catalogue.get(PRO).field("first_frame_image_url"))
    qtbot.addWidget(zone)
    zone.resize(320, 420)
    zone.show()
    dnd.files(zone, wide)
    qtbot.waitUntil(lambda: zone.state() == "invalid", timeout=WAIT)
    downscale = next(fix for fix in zone.fixes() if fix.kind == "downscale")
    assert downscale.description == (
        "Scales the image down to 5999 × 3000 px so that each side is less than 6000 px and "
        "more than 300 px, saved as a new PNG file under 30 MB."
    )
    german_text = (
        "Skaliert das Bild auf 5999 × 3000 px herunter, sodass jede Seite kleiner als 6000 px "
        "und größer als 300 px ist, als neue PNG-Datei unter 30 MB gespeichert."
    )
    # The tooltip is the description, after the full title when the button's is cut short.
    tips = [button.toolTip() for button in zone.fix_buttons]
    assert any(tip.split("\n")[-1] == german_text for tip in tips), tips


@pytest.mark.slow
def test_a_video_fix_is_titled_and_described_in_german(qtbot, dnd, tmp_path, german):
    clip = make_video(tmp_path / "long.webm", seconds=3, size=(320, 180), codec="libvpx-vp9")
    zone = MediaZone(single_model().field("video_url"))
    qtbot.addWidget(zone)
    zone.resize(480, 520)
    zone.show()
    dnd.files(zone, clip)
    qtbot.waitUntil(lambda: zone.fix_button.isVisible(), timeout=20_000)
    verdict = zone.verdict()
    fix = verdict.fix if verdict is not None else None
    assert fix is not None
    assert str(fix.title) == "Trim to 1.92 s, downscale to 212 × 120 and convert to MP4 (H.264)"
    german_title = "Auf 1.92 s kürzen, auf 212 × 120 verkleinern und in MP4 (H.264) umwandeln"

    def point(text: str) -> str:  # the length as written with a decimal point or comma
        return text.replace("1,92 s", "1.92 s")

    assert point(fix_title(fix.title)) == german_title
    assert point(zone.fix_button.text()) == f"Korrigieren: {german_title}"
    # Drawn elided where the zone is narrow, the title is said whole in the tooltip.
    assert point(zone.fix_button.toolTip().split("\n")[-1]) == (
        f"{german_title}. Die Originaldatei bleibt erhalten; stattdessen wird die Kopie "
        "verwendet."
    )
    assert zone.fix_button.sizeHint().width() > zone.fix_button.minimumSizeHint().width()


def test_a_value_typed_as_text_is_refused_in_german(qapp, catalogue, german):
    duration = catalogue.get(PRO).field("duration")
    with pytest.raises(TypedValueError) as caught:
        coerce(duration, "five")
    assert isinstance(caught.value, ValueError)  # what the command line catches
    assert str(caught.value) == "duration: 'five' is not a whole number."
    assert error_text(caught.value) == "duration: 'five' ist keine ganze Zahl."


def test_an_unusable_data_folder_is_named_in_german(qapp, tmp_path, monkeypatch, german):
    a_file = tmp_path / "not-a-folder"
    a_file.write_text("a file where the data should go", "utf-8")
    monkeypatch.setenv("STORYREEL_HOME", str(a_file))
    problem = folder_problem()
    assert problem == (
        f"Storyreel kann seinen Einstellungsordner {a_file / 'config'} nicht verwenden: "
        f"{a_file} ist eine Datei, kein Ordner. Storyreel hat dort nichts verändert. Machen Sie "
        "diesen Pfad zu einem Ordner, in den Storyreel schreiben kann, oder richten Sie "
        f"STORYREEL_HOME (derzeit '{a_file}') auf einen Ordner, in den Storyreel schreiben kann."
    )
    assert a_file.read_text("utf-8") == "a file where the data should go"


def test_a_damaged_settings_file_is_reported_in_german(qapp, german):
    path = Settings.path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("[1, 2, 3]", "utf-8")
    settings = Settings.load()
    assert str(settings.problem).startswith(
        f"The settings file {path} does not hold settings. Storyreel uses its default settings "
        "for now. A copy of it is kept as "
    )
    assert error_text(settings.problem).startswith(
        f"Die Einstellungsdatei {path} enthält keine Einstellungen. Storyreel verwendet vorerst "
        "seine Standardeinstellungen. Eine Kopie davon liegt unter "
    )


def test_a_list_of_scenes_that_breaks_its_schema_is_explained_in_german(qapp, german):
    corpus = Path(__file__).parent.parent / "core" / "catalogue_corpus"
    document = json.loads((corpus / "seedance-2-0-pro-multi-shot.json").read_text("utf-8"))
    scenes = model_from_document(document, source="multi-shot.json").field("scenes")
    found = field_problems(scenes, [{"prompt": "a", "duration": "4", "strength": 4}, {}])
    assert [str(p.message) for p in found] == [
        "duration: '4' is not one of: 3, 5, 8.",
        "strength: 4 must be at most 1.",
        "prompt is required.",
    ]
    assert [problem_text(p) for p in found] == [
        "duration: '4' ist keiner der Werte: 3, 5, 8.",
        "strength: 4 darf höchstens 1 sein.",
        "prompt ist erforderlich.",
    ]
