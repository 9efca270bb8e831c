"""resources/i18n/sources.json names every file that marks texts for translation, so that
scripts/update_translations.py never runs lupdate over too few files; and the two scripts keep
what they must keep (the .ts header, plural forms)."""

from __future__ import annotations

import ast
import importlib.util
import json
import shutil
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "desktop" / "diplotrack"
I18N = ROOT / "resources" / "i18n"
TABLE = json.loads((I18N / "sources.json").read_text(encoding="utf-8"))
# what lupdate reads: the function, and where its source text is among the arguments
MARKS = {"tr": 0, "QT_TR_NOOP": 0, "tr_noop": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _marks(path: Path) -> set[str]:
    """The marking functions a module calls with a literal text (not str.translate(table))."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        function = node.func
        name = function.id if isinstance(function, ast.Name) else getattr(function, "attr", "")
        position = MARKS.get(name)
        if position is None or len(node.args) <= position:
            continue
        text = node.args[position]
        if isinstance(text, ast.Constant) and isinstance(text.value, str):
            found.add(name)
    return found


def _files(patterns: list[str]) -> set[str]:
    return {
        path.relative_to(ROOT).as_posix() for pattern in patterns for path in ROOT.glob(pattern)
    }


def _fed_by() -> dict[str, set[str]]:
    """Each source file and the .ts files it feeds."""
    feeds: dict[str, set[str]] = defaultdict(set)
    for ts, row in TABLE["translations"].items():
        for path in _files(row["sources"]):
            feeds[path].add(ts)
    return feeds


def _marking_modules() -> dict[str, set[str]]:
    modules = {
        path.relative_to(ROOT).as_posix(): _marks(path) for path in sorted(PACKAGE.rglob("*.py"))
    }
    return {path: marks for path, marks in modules.items() if marks}


def test_the_marking_modules_are_found() -> None:
    modules = _marking_modules()
    assert "desktop/diplotrack/ui/labels.py" in modules
    assert modules["desktop/diplotrack/services/messages.py"] == {"tr_noop"}
    # str.translate(table) marks nothing
    assert "desktop/diplotrack/interchange/press/reading.py" not in modules


def test_every_module_that_marks_texts_feeds_a_translation() -> None:
    fed = _fed_by()
    mirrored = set(TABLE["mirrored"])
    unfed = sorted(path for path in _marking_modules() if path not in fed and path not in mirrored)
    assert unfed == []


def test_tr_noop_templates_feed_a_translation_that_reads_them() -> None:
    # lupdate reads tr_noop only with the alias a tr_noop_context row gives it
    readers = {
        path
        for row in TABLE["translations"].values()
        if row.get("tr_noop_context")
        for path in _files(row["sources"])
    }
    templates = {path for path, marks in _marking_modules().items() if "tr_noop" in marks}
    assert sorted(templates - readers - set(TABLE["mirrored"])) == []


def test_every_file_in_the_table_exists() -> None:
    missing: list[str] = []
    for ts, row in TABLE["translations"].items():
        missing += [f"{ts}: {pattern}" for pattern in row["sources"] if not _files([pattern])]
    for path, mirror in TABLE["mirrored"].items():
        missing += [name for name in (path, mirror) if not (ROOT / name).is_file()]
    assert missing == []


def test_a_mirror_feeds_a_translation() -> None:
    fed = _fed_by()
    assert all(mirror in fed for mirror in TABLE["mirrored"].values())


def test_every_translation_file_has_a_row_and_every_row_a_file() -> None:
    on_disk = {path.name for path in I18N.glob("*.ts")}
    assert on_disk == set(TABLE["translations"])


def test_a_text_has_one_russian_whichever_file_holds_it() -> None:
    # several .qm files share the context "messages": the translator installed last would win
    seen: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    for ts in sorted(I18N.glob("*_ru.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                assert translation is not None
                if translation.get("type") in ("vanished", "obsolete"):
                    continue
                forms = [form.text or "" for form in translation.iter("numerusform")]
                key = (context.findtext("name") or "", message.findtext("source") or "")
                seen[key][ts.name] = " | ".join(forms) or translation.text or ""
    differing = {key: files for key, files in seen.items() if len(set(files.values())) > 1}
    assert differing == {}


def _forms(ts_file: Path) -> dict[str, list[str]]:
    return {
        message.findtext("source") or "": [form.text or "" for form in message.iter("numerusform")]
        for message in ET.parse(ts_file).getroot().iter("message")
    }


def test_fill_ts_keeps_the_header_and_fills_plural_forms(tmp_path: Path) -> None:
    ts_file = tmp_path / "exchange_en.ts"
    shutil.copy(I18N / "exchange_en.ts", ts_file)
    before = ts_file.read_text(encoding="utf-8").splitlines()
    forms = _forms(ts_file)
    missing = _script("fill_ts").fill(ts_file, {"%Ln place(s)": ["%Ln place", "%Ln sites"]})
    after = ts_file.read_text(encoding="utf-8").splitlines()
    assert missing == []
    assert after[:2] == ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]
    assert after[:4] == before[:4]  # and <TS>, and the note on English below it
    assert "<!-- English is the source language" in after[3]
    assert _forms(ts_file) == forms | {"%Ln place(s)": ["%Ln place", "%Ln sites"]}


def test_fill_ts_lists_what_is_still_untranslated(tmp_path: Path) -> None:
    ts_file = tmp_path / "tables_ru.ts"
    ts_file.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="ru_RU">\n'
        "<context>\n    <name>messages</name>\n"
        '    <message>\n        <source>Country</source>\n        <translation type="unfinished">'
        "</translation>\n    </message>\n"
        '    <message>\n        <source>Kind</source>\n        <translation type="unfinished">'
        "</translation>\n    </message>\n"
        '    <message>\n        <source>Gone</source>\n        <translation type="vanished">Ушло'
        "</translation>\n    </message>\n</context>\n</TS>\n",
        encoding="utf-8",
    )
    missing = _script("fill_ts").fill(ts_file, {"Country": "Страна", "Gone": "Вернулось"})
    assert missing == ["Kind"]
    root = ET.parse(ts_file).getroot()
    translations = {m.findtext("source"): m.find("translation") for m in root.iter("message")}
    assert translations["Country"] is not None and translations["Country"].text == "Страна"
    assert translations["Country"].get("type") is None
    # a vanished text stays vanished: translating it would not bring it back into the .qm
    assert translations["Gone"] is not None and translations["Gone"].get("type") == "vanished"


def test_update_keeps_the_plural_forms_lupdate_drops() -> None:
    before = (
        '<TS version="2.1" language="ru_RU">\n<context>\n    <name>Dossier</name>\n'
        '    <message numerus="yes">\n        <source>%n days left</source>\n'
        "        <translation><numerusform>%n день</numerusform><numerusform>%n дня</numerusform>"
        "<numerusform>%n дней</numerusform></translation>\n    </message>\n</context>\n</TS>\n"
    )
    # what lupdate writes for QCoreApplication.translate("Dossier", "%n days left", "", days)
    after = (
        '<TS version="2.1" language="ru_RU">\n<context>\n    <name>Dossier</name>\n'
        "    <message>\n        <source>%n days left</source>\n"
        '        <translation type="unfinished">%n день</translation>\n    </message>\n'
        "    <message>\n        <source>%n weeks ago</source>\n"
        '        <translation type="unfinished"></translation>\n    </message>\n'
        "    <message>\n        <source>Today</source>\n"
        "        <translation>Сегодня</translation>\n    </message>\n</context>\n</TS>\n"
    )
    kept = ET.fromstring(_script("update_translations").keep_plurals(after, before))
    messages = {m.findtext("source"): m for m in kept.iter("message")}
    days, weeks, today = messages["%n days left"], messages["%n weeks ago"], messages["Today"]
    assert days.get("numerus") == "yes"
    assert [form.text for form in days.iter("numerusform")] == ["%n день", "%n дня", "%n дней"]
    assert days.find("translation[@type]") is None  # finished
    # a new plural text is plural, waiting for its forms
    assert weeks.get("numerus") == "yes"
    assert weeks.find("translation[@type='unfinished']") is not None
    assert today.get("numerus") is None and today.findtext("translation") == "Сегодня"
