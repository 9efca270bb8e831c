"""Update every resources/i18n/*.ts from exactly the source files that feed it.

`.venv/bin/python scripts/update_translations.py [NAME.ts ...] [--drop-vanished]`

The table of which files feed which .ts is resources/i18n/sources.json. An lupdate run over
too few files marks the texts of the missing ones "vanished", and lrelease leaves them out of
the .qm: the window goes back to English without a word. Running lupdate from the table, never
by hand, keeps every live text; tests/unit/test_translation_sources.py checks the table names
every file that marks texts for translation.

Afterwards the script lists the texts still without a translation (exit code 1 if any: fill
them with scripts/fill_ts.py, then compile with scripts/setup) and the ones lupdate found in no
source any more. Vanished texts are kept unless --drop-vanished is given: if one is still used,
its file is missing from the table, and adding it brings the translation back.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
TABLE = I18N / "sources.json"
LUPDATE = ROOT / ".venv" / "bin" / "pyside6-lupdate"
DEAD = ("vanished", "obsolete")


@dataclass(frozen=True)
class Translation:
    """One .ts file and what feeds it, as sources.json says."""

    ts: str
    sources: tuple[str, ...]
    # module-level tr_noop(...) templates: lupdate puts them in the empty context, the window
    # looks them up in this one
    tr_noop_context: str | None = None
    plural_only: bool = False

    def files(self) -> list[Path]:
        """The source files, globs expanded, relative to the repository's root."""
        found: list[Path] = []
        for pattern in self.sources:
            matches = sorted(ROOT.glob(pattern))
            if not matches:
                raise SystemExit(f"{self.ts}: no file matches {pattern} (see {TABLE.name})")
            found.extend(path.relative_to(ROOT) for path in matches if path not in found)
        return found


def load_table(path: Path = TABLE) -> list[Translation]:
    rows = json.loads(path.read_text(encoding="utf-8"))["translations"]
    return [
        Translation(
            ts=name,
            sources=tuple(row["sources"]),
            tr_noop_context=row.get("tr_noop_context"),
            plural_only=bool(row.get("plural_only", False)),
        )
        for name, row in rows.items()
    ]


def _notes(text: str) -> list[str]:
    """The comments between <TS> and the first context: lupdate drops them, we keep them."""
    head = text.split("<context>", 1)[0]
    return re.findall(r"^[ \t]*<!--.*?-->[ \t]*\n", head, flags=re.MULTILINE | re.DOTALL)


def _restored(line: str) -> bool:
    """lupdate's warning about the plural forms it dropped, which keep_plurals puts back."""
    return line.startswith(("Removed plural forms", "If this sounds wrong, possibly the target"))


def _rename_context(text: str, old: str, new: str) -> str:
    return text.replace(f"<name>{old}</name>", f"<name>{new}</name>")


def _plural_forms(text: str) -> dict[tuple[str, str], list[str]]:
    """The finished plural translations of a .ts, by context and source."""
    if not text:
        return {}
    forms: dict[tuple[str, str], list[str]] = {}
    for context in ET.fromstring(text).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") != "yes" or translation is None or translation.get("type"):
                continue
            found = [form.text or "" for form in translation.iter("numerusform")]
            forms[(name, message.findtext("source") or "")] = found
    return forms


_CONTEXT = re.compile(r"(<context>\s*<name>(.*?)</name>)(.*?)(</context>)", re.DOTALL)
_MESSAGE = re.compile(r"<message>(.*?)</message>", re.DOTALL)
_APOSTROPHE = {"'": "&apos;"}  # as lupdate writes it
_TRANSLATION = re.compile(r"<translation\b[^>]*?(?:/>|>.*?</translation>)", re.DOTALL)
_PLURAL_MESSAGE = re.compile(r'<message numerus="yes">.*?</message>', re.DOTALL)


def keep_plurals(text: str, before: str) -> str:
    """Marks every %n text plural again, with the forms it had.

    lupdate's Python parser sees QCoreApplication.translate(context, text, "", n) as plural only
    when n is a number literal, so it would turn "%n days left" into a single-form message and
    drop its Russian forms; a %n text is always translated with its number here.
    """
    old = _plural_forms(before)

    def message(match: re.Match[str], context: str) -> str:
        inner = match.group(1)
        source = re.search(r"<source>(.*?)</source>", inner, re.DOTALL)
        if source is None or not re.search(r"%L?n", html.unescape(source.group(1))):
            return match.group(0)
        if re.search(r'<translation type="(?:vanished|obsolete)"', inner):
            return match.group(0)  # found in no source: lupdate's word stands
        forms = old.get((context, html.unescape(source.group(1))))
        if forms:
            lines = "".join(
                f"\n            <numerusform>{escape(form, _APOSTROPHE)}</numerusform>"
                for form in forms
            )
            translation = f"<translation>{lines}\n        </translation>"
        else:
            translation = '<translation type="unfinished"></translation>'
        inner = _TRANSLATION.sub(lambda _: translation, inner, count=1)
        return f'<message numerus="yes">{inner}</message>'

    def context(match: re.Match[str]) -> str:
        name = html.unescape(match.group(2))
        body = _MESSAGE.sub(lambda found: message(found, name), match.group(3))
        return match.group(1) + body + match.group(4)

    return _CONTEXT.sub(context, text)


def plurals_only(text: str) -> str:
    """Only the plural messages of a .ts (``keep_plurals`` has marked them all), and only the
    contexts that hold one.

    lupdate's own -pluralonly keeps what its parser sees as plural, which misses
    QCoreApplication.translate(context, "%n days left", "", days) and QT_TRANSLATE_NOOP: their
    English forms ("1 day left") would never reach the file.
    """

    def context(match: re.Match[str]) -> str:
        kept = [found.group(0) for found in _PLURAL_MESSAGE.finditer(match.group(3))]
        if not kept:
            return ""
        body = "".join(f"\n    {message}" for message in kept)
        return f"{match.group(1)}{body}\n{match.group(4)}"

    # a dropped context leaves its line's end behind: one per context is written again
    return re.sub(r"\n(?:\n)+(?=<context>|</TS>)", "\n", _CONTEXT.sub(context, text))


def update(translation: Translation, drop_vanished: bool = False) -> None:
    """Runs lupdate over the translation's sources into its .ts, its translations kept."""
    target = I18N / translation.ts
    before = target.read_text(encoding="utf-8") if target.exists() else ""
    # lupdate writes each location relative to the .ts, so the working copy sits beside it
    work = target.with_name(f".{target.stem}.updating.ts")
    text = before
    command = [str(LUPDATE), "-silent", "-locations", "absolute"]
    if translation.tr_noop_context is not None:
        text = _rename_context(text, translation.tr_noop_context, "")
        command += ["-tr-function-alias", "QT_TR_NOOP+=tr_noop"]
    if drop_vanished:
        command.append("-no-obsolete")
    work.write_text(text, encoding="utf-8")
    try:
        command += [str(path) for path in translation.files()]
        run = subprocess.run(
            [*command, "-ts", str(work.relative_to(ROOT))],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        said = [line for line in (run.stdout + run.stderr).splitlines() if not _restored(line)]
        if said:
            print("\n".join(said), file=sys.stderr)
        run.check_returncode()
        after = work.read_text(encoding="utf-8")
    finally:
        work.unlink(missing_ok=True)
    if translation.tr_noop_context is not None:
        after = _rename_context(after, "", translation.tr_noop_context)
    after = keep_plurals(after, before)
    if translation.plural_only:
        after = plurals_only(after)
    notes = _notes(before)
    if notes:
        opening = re.search(r"<TS\b[^>]*>\n", after)
        assert opening is not None, f"{translation.ts}: lupdate wrote no <TS> element"
        after = after[: opening.end()] + "".join(notes) + after[opening.end() :]
    target.write_text(after, encoding="utf-8")


def _messages(ts_file: Path) -> list[tuple[str, str, ET.Element]]:
    found: list[tuple[str, str, ET.Element]] = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None:
                found.append((name, message.findtext("source") or "", translation))
    return found


def unfinished(ts_file: Path) -> list[str]:
    """The live texts of a .ts with no translation yet, as "context: source"."""
    left: list[str] = []
    for context, source, translation in _messages(ts_file):
        kind = translation.get("type")
        if kind in DEAD:
            continue
        forms = [form.text or "" for form in translation.iter("numerusform")]
        if kind == "unfinished" or not all(
            form.strip() for form in forms or [translation.text or ""]
        ):
            left.append(f"{context}: {source}")
    return left


def vanished(ts_file: Path) -> list[str]:
    """The texts of a .ts that lupdate found in none of its sources."""
    return [
        f"{context}: {source}"
        for context, source, translation in _messages(ts_file)
        if translation.get("type") in DEAD
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="only these .ts files (default: all)")
    parser.add_argument(
        "--drop-vanished", action="store_true", help="drop texts found in no source (-no-obsolete)"
    )
    arguments = parser.parse_args(argv)
    if not LUPDATE.exists():
        print(f"{LUPDATE} is missing: run scripts/setup first", file=sys.stderr)
        return 2
    table = load_table()
    known = {translation.ts for translation in table}
    strays = sorted(path.name for path in I18N.glob("*.ts") if path.name not in known)
    unknown = sorted(set(arguments.names) - known)
    if strays or unknown:
        for name in strays + unknown:
            print(f"{name}: not in {TABLE.relative_to(ROOT)}", file=sys.stderr)
        return 2
    wanted = [t for t in table if not arguments.names or t.ts in arguments.names]
    untranslated = 0
    for translation in wanted:
        update(translation, arguments.drop_vanished)
        ts_file = I18N / translation.ts
        left, gone = unfinished(ts_file), vanished(ts_file)
        untranslated += len(left)
        print(f"{translation.ts}: {len(left)} unfinished, {len(gone)} vanished")
        for text in left:
            print(f"  unfinished  {text}")
        for text in gone:
            print(f"  vanished    {text}")
    if untranslated:
        texts = "1 text" if untranslated == 1 else f"{untranslated} texts"
        print(
            f"{texts} to translate: scripts/fill_ts.py FILE.ts MAP.json, "
            "then scripts/setup to compile",
            file=sys.stderr,
        )
    return 1 if untranslated else 0


if __name__ == "__main__":
    raise SystemExit(main())
