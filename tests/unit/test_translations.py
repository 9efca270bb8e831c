"""Every Russian translation source is complete: no message left unfinished, none empty,
and every placeholder of a source text survives in its translation."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
RUSSIAN = sorted(I18N.glob("*_ru.ts"))
# {name} (str.format, services' messages) and %1 / %n (Qt's own arguments)
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%\d|%n")


def test_there_are_russian_translations() -> None:
    assert len(RUSSIAN) >= 10


@pytest.mark.parametrize("source", RUSSIAN, ids=lambda path: path.name)
def test_every_message_is_translated(source: Path) -> None:
    problems: list[str] = []
    for context in ET.parse(source).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            text = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type")
            if kind in ("vanished", "obsolete"):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            translated = forms or [translation.text or ""]
            if kind == "unfinished" or not all(form.strip() for form in translated):
                problems.append(f"{name}: «{text}» is not translated")
                continue
            wanted = set(PLACEHOLDER.findall(text)) - {"%n"}
            for form in translated:
                missing = wanted - set(PLACEHOLDER.findall(form))
                if missing:
                    problems.append(f"{name}: «{text}» loses {sorted(missing)} in «{form}»")
    assert problems == []
