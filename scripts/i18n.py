"""Storyreel's translations: extract the window's strings, fill in the translations, compile.

    python scripts/i18n.py update    extract, fill, write resources/i18n/*.ts and compile *.qm
    python scripts/i18n.py check     list every string without a translation (exit 1 if any)

1. ``pyside6-lupdate`` reads every module of ``app/`` that translates (``self.tr()``,
   ``QCoreApplication.translate()``, ``QT_TR_NOOP``, ``QT_TRANSLATE_NOOP``). A module-level
   ``tr()`` (a function calling ``QCoreApplication.translate("Context", text)``, defined in
   the module or imported from another) is given that context here, as Qt will look it up.
2. Each ``resources/i18n/storyreel_<lang>.ts`` is written from that list, in a stable order
   without source locations (so that moving code does not change it), its translations
   taken from the tables in ``scripts/i18n_texts/`` (keyed by source text, or by context and
   source text where one context needs its own wording). A string without a translation is
   written as "unfinished"; nothing obsolete is kept. A text with ``%n`` is counted (its
   source is the English plural, "%n shots"): each language gets its plural forms, and
   English's own catalogue, ``storyreel_en``, the singular from the tables' ``PLURALS``.
3. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` the window loads. Both are
   committed; ``tests/ui/test_translations.py`` checks they match the code and each other.

Run ``update`` after changing any string of the window, then ``check``.
"""

from __future__ import annotations

import ast
import os
import runpy
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "app"
I18N = ROOT / "resources" / "i18n"
TEXTS = ROOT / "scripts" / "i18n_texts"
LANGUAGES = {"it": "it_IT", "de": "de_DE", "zh_CN": "zh_CN", "ko": "ko_KR", "en": "en_US"}
COLUMNS = ("it", "de", "zh_CN", "ko")
# English is the source language: its catalogue holds only the plural forms of the %n texts.
# A counted source text is the English plural ("%n shots"); the tables' PLURALS give its
# singular ("%n shot"), so that the window reads "1 shot", "2 shots".
ENGLISH = "en"
# Plural forms of each language as Qt counts them: one and other, or a single form.
NUMERUS_FORMS = {"it": 2, "de": 2, "zh_CN": 1, "ko": 1, "en": 2}
MARKERS = ("tr(", "translate(", "QT_TR_NOOP", "QT_TRANSLATE_NOOP")

Key = tuple[str, str]  # (context, source)


def tool(name: str) -> str:
    """A Qt tool of the PySide6 that runs this script (its venv's bin), else on PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} was not found: install PySide6 (scripts/dev.sh sets it up).")
    return found


def translating_modules() -> list[Path]:
    return sorted(
        p
        for p in APP.rglob("*.py")
        if "__pycache__" not in p.parts and any(m in p.read_text("utf-8") for m in MARKERS)
    )


def _module_file(module: str) -> Path | None:
    candidate = ROOT.joinpath(*module.split(".")).with_suffix(".py")
    return candidate if candidate.is_file() else None


def wrapper_context(file: Path, seen: frozenset[Path] = frozenset()) -> str | None:
    """The context of the ``tr`` function a module calls bare: defined in it (returning
    ``QCoreApplication.translate("Context", text)``) or imported from another module."""
    tree = ast.parse(file.read_text("utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == "tr":
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "translate"
                    and call.args
                    and isinstance(call.args[0], ast.Constant)
                ):
                    return str(call.args[0].value)
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.ImportFrom)
            and node.module
            and file not in seen
            and any(alias.name == "tr" and alias.asname in (None, "tr") for alias in node.names)
        ):
            source = _module_file(node.module)
            if source is not None:
                return wrapper_context(source, seen | {file})
    return None


def extract(modules: list[Path] | None = None) -> list[dict]:
    """Every translatable string of the window (or of ``modules``): context, source,
    numerus, comment."""
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "extracted.ts"
        modules = [p.resolve() for p in (translating_modules() if modules is None else modules)]
        subprocess.run(
            [tool("pyside6-lupdate"), *map(str, modules), "-locations", "absolute", "-ts", str(ts)],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        root = ET.parse(ts).getroot()
        base = ts.parent.resolve()
    found: dict[Key, dict] = {}
    problems = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            files = {
                Path(os.path.normpath(base / loc.get("filename", "")))
                for loc in message.iter("location")
            }
            contexts = {name} if name else set()
            if not name:
                for file in files:
                    wrapped = wrapper_context(file)
                    if wrapped is None:
                        problems.append(f"{file}: tr({source!r}) outside a class or wrapper")
                    else:
                        contexts.add(wrapped)
            elif not name.lstrip("_")[:1].isupper() or "." in name:
                problems.append(
                    f"{', '.join(sorted(map(str, files)))}: {name}.tr({source!r}) is looked up "
                    "under the class of the object at run time: use self.tr() or "
                    "QCoreApplication.translate() with the class's name"
                )
                continue
            for ctx in contexts:
                found[(ctx, source)] = {
                    "context": ctx,
                    "source": source,
                    # A text with %n is counted: lupdate marks only tr()'s, not translate()'s.
                    "numerus": message.get("numerus") == "yes" or "%n" in source,
                    "comment": message.findtext("comment") or "",
                }
    if problems:
        raise SystemExit("Strings lupdate cannot place:\n  " + "\n  ".join(problems))
    return [found[key] for key in sorted(found)]


def load_tables() -> tuple[dict[str, tuple], dict[Key, tuple]]:
    """The translations: by source text, and by (context, source) for a context's own.
    English plurals are a fifth column: (singular, the source itself)."""
    by_source: dict[str, tuple] = {}
    by_context: dict[Key, tuple] = {}
    plurals: dict[str, str] = {}

    def _rows(data: dict) -> list[tuple[dict, object, object]]:
        return [
            (table, key, value)
            for table, name in ((by_source, "TEXTS"), (by_context, "BY_CONTEXT"), (plurals, "PLURALS"))
            for key, value in data.get(name, {}).items()
        ]
    origin: dict[object, str] = {}
    clashes: list[str] = []
    for file in sorted(TEXTS.glob("*.py")):
        data = runpy.run_path(str(file))
        for table, key, value in _rows(data):
            earlier = table.get(key)
            if earlier is not None and earlier != value:
                clashes.append(f"{key!r}: {origin[key]} and {file.name} translate it differently")
            table[key] = value
            origin[key] = file.name
    if clashes:
        raise SystemExit("One text, two translations:\n  " + "\n  ".join(clashes))
    for source, singular in plurals.items():
        by_source[source] = (*by_source.get(source, ("", "", "", "")), (singular, source))
    return by_source, by_context


def translation_of(entry: dict, tables: tuple[dict, dict], lang: str) -> list[str] | None:
    """The translation (its numerus forms, or one text) of an entry, None when missing."""
    by_source, by_context = tables
    row = by_context.get((entry["context"], entry["source"])) or by_source.get(entry["source"])
    if row is None:
        return None
    column = len(COLUMNS) if lang == ENGLISH else COLUMNS.index(lang)
    if column >= len(row):
        return None
    value = row[column]
    if not value:
        return None
    forms = list(value) if isinstance(value, tuple | list) else [value]
    if entry["numerus"]:
        want = NUMERUS_FORMS[lang]
        forms = (forms + forms[-1:] * want)[:want]
    else:
        forms = forms[:1]
    return forms


def write_ts(entries: list[dict], tables: tuple[dict, dict], lang: str, path: Path) -> None:
    ts = ET.Element("TS", version="2.1", language=LANGUAGES[lang], sourcelanguage="en")
    by_context: dict[str, list[dict]] = defaultdict(list)
    for entry in entries:
        if lang != ENGLISH or entry["numerus"]:
            by_context[entry["context"]].append(entry)
    for name in sorted(by_context):
        context = ET.SubElement(ts, "context")
        ET.SubElement(context, "name").text = name
        for entry in by_context[name]:
            message = ET.SubElement(context, "message")
            if entry["numerus"]:
                message.set("numerus", "yes")
            ET.SubElement(message, "source").text = entry["source"]
            if entry["comment"]:
                ET.SubElement(message, "comment").text = entry["comment"]
            forms = translation_of(entry, tables, lang)
            translation = ET.SubElement(message, "translation")
            if forms is None:
                translation.set("type", "unfinished")
                forms = [""] * (NUMERUS_FORMS[lang] if entry["numerus"] else 1)
            if entry["numerus"]:
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = forms[0]
    ET.indent(ts, space="    ")
    body = ET.tostring(ts, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8"
    )


def compile_ts(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


def ts_path(lang: str, folder: Path = I18N) -> Path:
    return folder / f"storyreel_{lang}.ts"


def update(folder: Path = I18N) -> None:
    entries = extract()
    tables = load_tables()
    folder.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = ts_path(lang, folder)
        write_ts(entries, tables, lang, ts)
        compile_ts(ts, ts.with_suffix(".qm"))
    print(f"{len(entries)} strings written to {len(LANGUAGES)} catalogues in {folder}.")


def untranslated(folder: Path = I18N) -> dict[str, list[Key]]:
    missing: dict[str, list[Key]] = {}
    for lang in LANGUAGES:
        root = ET.parse(ts_path(lang, folder)).getroot()
        missing[lang] = [
            (context.findtext("name") or "", message.findtext("source") or "")
            for context in root.iter("context")
            for message in context.iter("message")
            if message.find("translation") is not None
            and message.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
        ]
    return missing


def check() -> int:
    missing = untranslated()
    for lang, keys in missing.items():
        for context, source in keys:
            print(f"{lang}\t{context}\t{source!r}")
    total = sum(len(keys) for keys in missing.values())
    print(f"{total} untranslated entries." if total else "Every string is translated.")
    return 1 if total else 0


def main(argv: list[str]) -> int:
    os.chdir(ROOT)
    command = argv[0] if argv else "update"
    if command == "update":
        update()
        return 0
    if command == "check":
        return check()
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
