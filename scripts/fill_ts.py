"""Fill the translations of a Qt Linguist .ts file from a JSON map of source → translation.

Used by developers after `scripts/update_translations.py` (which runs `pyside6-lupdate`):
`python scripts/fill_ts.py FILE.ts MAP.json`. A plural text ("%n days left") takes a list of
its forms. Messages already translated keep their text unless the map says otherwise; the ones
still without a translation are listed, so nothing is left in English by accident. The file
keeps its header (XML declaration, <!DOCTYPE TS>) and comments as lupdate wrote them.
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

DEAD = ("vanished", "obsolete")


def _header(text: str) -> str:
    """Everything before the <TS> element, kept byte for byte: ElementTree would drop the
    DOCTYPE that Qt Linguist expects and rewrite the XML declaration."""
    start = text.find("<TS")
    return text[:start] if start >= 0 else ""


def _as_lupdate_writes(xml: str) -> str:
    """Quotes and empty elements spelled as lupdate spells them, so that a fill after an update
    changes only the translations; tags and comments stay as they are."""
    quotes = {"'": "&apos;", '"': "&quot;"}

    def escaped(match: re.Match[str]) -> str:
        text = match.group(0)
        if text.startswith("<"):
            return text
        return re.sub("['\"]", lambda quote: quotes[quote.group(0)], text)

    pieces = re.compile(r"<!--.*?-->|<[^>]*>|[^<]+", re.DOTALL)
    return pieces.sub(escaped, xml).replace(" />", "/>")


def _finished(translation: ET.Element) -> bool:
    forms = [form.text or "" for form in translation.iter("numerusform")]
    texts = forms or [translation.text or ""]
    return translation.get("type") != "unfinished" and all(text.strip() for text in texts)


def fill(ts_file: Path, translations: dict[str, str | list[str]]) -> list[str]:
    original = ts_file.read_text(encoding="utf-8")
    parser = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True))
    root = ET.fromstring(original, parser=parser)
    missing: list[str] = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") in DEAD:
            continue  # not in the sources any more: a translation would not bring it back
        if source in translations:
            wanted = translations[source]
            forms = [wanted] if isinstance(wanted, str) else wanted
            if message.get("numerus") == "yes":
                tail = translation.tail
                translation.clear()  # its tail too: the line break before </message>
                translation.tail = tail
                translation.text = "\n" + " " * 12
                for number, form in enumerate(forms, start=1):
                    element = ET.SubElement(translation, "numerusform")
                    element.text = form
                    element.tail = "\n" + " " * (8 if number == len(forms) else 12)
            else:
                translation.text = forms[0]
            translation.attrib.pop("type", None)
        elif not _finished(translation):
            missing.append(source)
    body = _as_lupdate_writes(ET.tostring(root, encoding="unicode"))
    ts_file.write_text(_header(original) + body + "\n", encoding="utf-8")
    return missing


def main() -> int:
    ts_file, map_file = Path(sys.argv[1]), Path(sys.argv[2])
    missing = fill(ts_file, json.loads(map_file.read_text(encoding="utf-8")))
    for source in missing:
        print(f"untranslated: {source}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
