"""Fill the translations of a Qt Linguist .ts file from a JSON map of source → translation.

Used by developers after `pyside6-lupdate`: `python scripts/fill_ts.py FILE.ts MAP.json`.
Messages already translated keep their text unless the map says otherwise; the ones still
without a translation are listed, so nothing is left in English by accident.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(ts_file: Path, translations: dict[str, str]) -> list[str]:
    tree = ET.parse(ts_file)
    missing: list[str] = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if source in translations:
            translation.text = translations[source]
            translation.attrib.pop("type", None)
        elif not (translation.text or "").strip():
            missing.append(source)
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    ts_file, map_file = Path(sys.argv[1]), Path(sys.argv[2])
    missing = fill(ts_file, json.loads(map_file.read_text(encoding="utf-8")))
    for source in missing:
        print(f"untranslated: {source}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
