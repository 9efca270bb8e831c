"""English says "1 page" and "5 pages", never "page(s)": every %n text of the code has English
plural forms in an <area>_en.ts, compiled into the .qm the window loads for English; and
scripts/update_translations.py keeps every %n text in those files, lupdate's blind spots too."""

from __future__ import annotations

import ast
import importlib.util
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from diplotrack.ui.i18n import TRANSLATIONS, install_language

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "desktop" / "diplotrack"
I18N = ROOT / "resources" / "i18n"
TABLE = json.loads((I18N / "sources.json").read_text(encoding="utf-8"))
COUNTED = re.compile(r"%L?n")


def _context_of_tr_noop(path: Path) -> str:
    """The context a module's tr_noop templates are translated in (sources.json says)."""
    for row in TABLE["translations"].values():
        context = row.get("tr_noop_context")
        if context and any(path in ROOT.glob(pattern) for pattern in row["sources"]):
            return str(context)
    raise AssertionError(f"{path}: tr_noop templates outside a tr_noop_context row")


def _counted_texts_of(path: Path) -> set[tuple[str, str]]:
    """The (context, source) of every text with a count that a module marks for translation,
    in lupdate's contexts: self.tr in its class, translate and QT_TRANSLATE_NOOP as named."""
    found: set[tuple[str, str]] = set()

    def visit(node: ast.AST, within: str) -> None:
        if isinstance(node, ast.ClassDef):
            within = node.name
        if isinstance(node, ast.Call):
            function = node.func
            name = function.id if isinstance(function, ast.Name) else getattr(function, "attr", "")
            texts = [arg.value if isinstance(arg, ast.Constant) else None for arg in node.args]
            if name == "tr" and texts and isinstance(texts[0], str):
                found.add((within, texts[0]))
            elif name in ("translate", "QT_TRANSLATE_NOOP") and len(texts) > 1:
                if isinstance(texts[0], str) and isinstance(texts[1], str):
                    found.add((texts[0], texts[1]))
            elif name in ("tr_noop", "QT_TR_NOOP") and texts and isinstance(texts[0], str):
                # only a counted one needs its context (and a row naming it)
                counted = COUNTED.search(texts[0]) is not None
                found.add((_context_of_tr_noop(path) if counted else "", texts[0]))
        for child in ast.iter_child_nodes(node):
            visit(child, within)

    visit(ast.parse(path.read_text(encoding="utf-8")), "")
    return {(context, text) for context, text in found if COUNTED.search(text)}


def _counted_texts() -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        found |= _counted_texts_of(path)
    return found


COUNTED_TEXTS = sorted(_counted_texts())


def _english_translators() -> list[QTranslator]:
    translators: list[QTranslator] = []
    for path in sorted(TRANSLATIONS.glob("*_en.qm")):
        translator = QTranslator()
        assert translator.load(str(path)), path
        translators.append(translator)
    return translators


def _english(translators: list[QTranslator], context: str, text: str, count: int) -> str:
    """What the English window shows for ``count``: the form the .qm holds, its number put in."""
    for translator in translators:
        form = translator.translate(context, text, None, count)
        if form:
            return COUNTED.sub(str(count), form)
    return ""


def test_the_counted_texts_are_found() -> None:
    assert ("BriefingDialog", "Sent to the printer: %n page(s).") in COUNTED_TEXTS
    assert ("Dossier", "%n days left") in COUNTED_TEXTS  # QCoreApplication.translate
    assert ("Briefing", "+%n more planned") in COUNTED_TEXTS  # QT_TRANSLATE_NOOP
    assert ("ExportDialog", "%Ln place(s)") in COUNTED_TEXTS
    # docstrings and comments that speak of %n are no texts
    assert all(context for context, _ in COUNTED_TEXTS)


@pytest.mark.parametrize("marked", COUNTED_TEXTS, ids=lambda marked: f"{marked[0]}: {marked[1]}")
def test_every_counted_text_has_english_forms_compiled(marked: tuple[str, str]) -> None:
    context, text = marked
    translators = _english_translators()
    one, two = _english(translators, context, text, 1), _english(translators, context, text, 2)
    assert one and two, f"no *_en.qm holds {context}: {text} (scripts/update_translations.py)"
    assert "(s)" not in one and "(s)" not in two
    assert one != two


def _english_ts_forms() -> dict[tuple[str, str], list[str]]:
    forms: dict[tuple[str, str], list[str]] = {}
    for ts in sorted(I18N.glob("*_en.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type"):
                    continue
                key = (context.findtext("name") or "", message.findtext("source") or "")
                forms[key] = [form.text or "" for form in translation.iter("numerusform")]
    return forms


def test_a_text_that_says_s_has_a_singular_of_its_own() -> None:
    forms = _english_ts_forms()
    for context, text in COUNTED_TEXTS:
        found = forms.get((context, text))
        assert found is not None and len(found) == 2, f"{context}: {text}"
        singular, plural = found
        if "(s)" in text:
            assert singular != plural, f"{context}: {text}"


def test_the_english_window_counts_days_as_english_does(qapp: QApplication) -> None:
    install_language("en")
    try:
        days_left = [QCoreApplication.translate("Dossier", "%n days left", "", n) for n in (1, 3)]
        expiry = QCoreApplication.translate("DetailPanel", "%n days to expiry", "", 1)
        printed = [
            QCoreApplication.translate("BriefingDialog", "Sent to the printer: %n page(s).", "", n)
            for n in (1, 5)
        ]
    finally:
        install_language("en")
    assert days_left == ["1 day left", "3 days left"]
    assert expiry == "1 day to expiry"
    assert printed == ["Sent to the printer: 1 page.", "Sent to the printer: 5 pages."]


# -- scripts/update_translations.py -------------------------------------------------------------
def _update_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["update_translations"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


# what lupdate writes for an English file without -pluralonly: "%n days left" through
# QCoreApplication.translate is not plural to it, and every other text is there too
_LUPDATE_WROTE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Dossier</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n weeks ago</source>
        <translation type="vanished">
            <numerusform>%n week ago</numerusform>
            <numerusform>%n weeks ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Registers</name>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message numerus="yes">
        <source>Sent to the printer: %n page(s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
"""

_BEFORE = """<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Dossier</name>
    <message numerus="yes">
        <source>%n days left</source>
        <translation><numerusform>%n day left</numerusform><numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


def test_an_english_file_keeps_every_counted_text_and_nothing_else() -> None:
    script = _update_script()
    text = script.plurals_only(script.keep_plurals(_LUPDATE_WROTE, _BEFORE))
    root = ET.fromstring(text)
    contexts = {
        context.findtext("name"): [m.findtext("source") for m in context.iter("message")]
        for context in root.iter("context")
    }
    assert contexts == {
        "Dossier": ["%n days left", "%n weeks ago"],
        "BriefingDialog": ["Sent to the printer: %n page(s)."],
    }
    messages = {m.findtext("source"): m for m in root.iter("message")}
    days = messages["%n days left"]
    assert days.get("numerus") == "yes"
    assert [form.text for form in days.iter("numerusform")] == ["%n day left", "%n days left"]
    # a text found in no source stays as lupdate left it
    weeks = messages["%n weeks ago"].find("translation")
    assert weeks is not None and weeks.get("type") == "vanished"
    assert [form.text for form in weeks.iter("numerusform")] == ["%n week ago", "%n weeks ago"]
    # lupdate's layout: no blank line where the Registers context was
    assert "\n\n" not in text
    assert text.startswith('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')


def test_every_area_with_a_counted_text_has_an_english_file() -> None:
    english = {
        path.relative_to(ROOT).as_posix()
        for name, row in TABLE["translations"].items()
        if name.endswith("_en.ts") and row.get("plural_only")
        for pattern in row["sources"]
        for path in ROOT.glob(pattern)
    }
    counting = {
        path.relative_to(ROOT).as_posix()
        for path in sorted(PACKAGE.rglob("*.py"))
        if _counted_texts_of(path)
    }
    assert sorted(counting - english) == []


def test_a_vanished_counted_text_stays_vanished() -> None:
    # lupdate found "%n weeks ago" in no source: making it plural again would make it
    # "unfinished", a live text to translate, when it is gone
    wrote = (
        '<TS version="2.1" language="ru_RU">\n<context>\n    <name>Dossier</name>\n'
        "    <message>\n        <source>%n weeks ago</source>\n"
        '        <translation type="vanished">%n недель назад</translation>\n    </message>\n'
        "</context>\n</TS>\n"
    )
    kept = ET.fromstring(_update_script().keep_plurals(wrote, ""))
    message = kept.find("context/message")
    assert message is not None and message.get("numerus") is None
    translation = message.find("translation")
    assert translation is not None and translation.get("type") == "vanished"
    assert translation.text == "%n недель назад"
