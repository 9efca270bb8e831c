"""A calendar file's text and shape before any parsing: its encoding, its unfolded lines with
the line numbers a person sees in an editor, and its components (BEGIN … END), each checked.

icalendar parses leniently and keeps no line numbers, and it silently drops a component whose
END is missing. So the file is first read here: every problem of structure is found with its
line, the broken components are set aside, and only the sound remainder is handed to icalendar,
component by component in the same order, so each parsed VEVENT is known by its lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from diplotrack.interchange.report import Problem, Where

from . import messages as msg

_NAME = re.compile(r"[A-Za-z0-9-]+")
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
_UTF8_BOM = b"\xef\xbb\xbf"
# A word of three or more bytes above ASCII and no ASCII letter: Cyrillic in a one-byte code.
_CYRILLIC_WORD = re.compile(rb"(?<![A-Za-z\x80-\xff])[\x80-\xff]{3,}(?![A-Za-z\x80-\xff])")


def decode(data: bytes) -> str:
    """The file's text: UTF-8 as RFC 5545 wants (with or without a byte-order mark); otherwise
    the one-byte code calendars were written in before: Windows-1251 when the bytes read as
    Cyrillic words, else Windows-1252 (a superset of Latin-1, as Thunderbird assumes)."""
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    legacy = "cp1251" if _CYRILLIC_WORD.search(data) else "cp1252"
    return data.decode(legacy, errors="replace")


@dataclass(frozen=True)
class ContentLine:
    """One unfolded line: where it starts in the file, its text, its name in capitals."""

    number: int
    text: str
    name: str

    @property
    def value(self) -> str:
        """What follows BEGIN: or END: (the component's name)."""
        return self.text.partition(":")[2].strip().upper()


@dataclass
class Part:
    """A component between its BEGIN and END lines."""

    name: str
    begun: int
    ordinal: int  # 1-based among the components of its name in the file
    own: list[ContentLine] = field(default_factory=list)  # its properties
    children: list[Part] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # broken inside (children included)
    ended: bool = False

    @property
    def broken(self) -> bool:
        return bool(self.problems)

    def first(self, name: str) -> ContentLine | None:
        return next((line for line in self.own if line.name == name), None)

    def line_of(self, name: str) -> int:
        """The line of this component's first ``name`` property, or of its BEGIN."""
        found = self.first(name)
        return found.number if found is not None else self.begun

    def label(self) -> str:
        """How a person finds it: "VEVENT 3, UID abc@x"."""
        uid = self.first("UID")
        text = uid.text.partition(":")[2].strip() if uid is not None else ""
        return f"{self.name} {self.ordinal}, UID {text}" if text else f"{self.name} {self.ordinal}"

    def where(self, line: int | None = None) -> Where:
        return Where(line=self.begun if line is None else line, component=self.label())

    def text(self, wanted: frozenset[str] | None = None) -> str:
        """The component's sound lines again (its broken children left out), unfolded; only
        the properties named in ``wanted`` (and no children) when given — icalendar's parsing
        is most of an import's time, and an event is made of a few properties."""
        own = self.own if wanted is None else [ln for ln in self.own if _wanted(ln.name, wanted)]
        lines = [f"BEGIN:{self.name}", *(line.text for line in own)]
        if wanted is None:
            lines += [child.text() for child in self.children if not child.broken]
        lines.append(f"END:{self.name}")
        return "\r\n".join(lines)


def _wanted(name: str, wanted: frozenset[str]) -> bool:
    return name in wanted or name.startswith("X-DIPLOTRACK-")


@dataclass
class Outline:
    """The calendars of a file (bare VEVENTs gathered into one) and the problems found outside
    any event, such as a garbled line among the calendar's own properties."""

    calendars: list[Part]
    problems: list[Problem]

    def events(self) -> list[Part]:
        return [c for cal in self.calendars for c in cal.children if c.name == "VEVENT"]


def unfold(text: str) -> list[ContentLine]:
    """Logical lines with the number of the physical line each starts on; blank lines dropped."""
    found: list[ContentLine] = []
    pending: list[str] = []
    start = 0
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        if raw[:1] in (" ", "\t") and pending:
            pending.append(raw[1:])
            continue
        if pending:
            found.append(_content_line(start, "".join(pending)))
        pending, start = ([raw], number) if raw.strip() else ([], number)
    if pending:
        found.append(_content_line(start, "".join(pending)))
    return found


def _content_line(number: int, text: str) -> ContentLine:
    match = _NAME.match(text)
    name = match.group(0).upper() if match else ""
    return ContentLine(number, text, name)


def _line_problem(line: ContentLine) -> tuple[str, dict[str, object]] | None:
    """What is wrong with a property line (template and values), or None."""
    control = _CONTROL.search(line.text)
    if control:
        return msg.CONTROL_CHARACTER, {"code": f"U+{ord(control.group(0)):04X}"}
    rest = line.text[len(line.name) :]
    if not line.name or rest[:1] not in (";", ":") or ":" not in rest:
        return msg.BAD_LINE, {"text": line.text[:60]}
    return None


class _Builder:
    def __init__(self) -> None:
        self.calendars: list[Part] = []
        self.problems: list[Problem] = []
        self.stack: list[Part] = []
        self.counts: dict[str, int] = {}
        self.loose: Part | None = None  # the calendar bare VEVENTs are gathered into

    def problem(self, template: str, line: int, **values: object) -> None:
        """A problem at ``line``: it breaks the outermost component inside the calendar around
        it (an event, a zone), which is then left out; a calendar's own broken line is left
        out alone."""
        inner = [part for part in self.stack if part.name != "VCALENDAR"]
        owner = inner[0] if inner else None
        where = owner.where(line) if owner is not None else Where(line=line)
        pairs = tuple((key, str(value)) for key, value in values.items())
        found = Problem(where, template.format(**values), template, pairs)
        (owner.problems if owner is not None else self.problems).append(found)

    def begin(self, line: ContentLine) -> None:
        name = line.value
        valid = bool(_NAME.fullmatch(name))
        name = name if valid else "X-BROKEN"
        self.counts[name] = self.counts.get(name, 0) + 1
        part = Part(name, line.number, self.counts[name])
        if self.stack:
            self.stack[-1].children.append(part)
        elif name == "VCALENDAR":
            self.calendars.append(part)
        else:
            if self.loose is None:
                self.loose = Part("VCALENDAR", line.number, 0, ended=True)
                self.calendars.append(self.loose)
            self.loose.children.append(part)
        self.stack.append(part)
        if not valid:
            self.problem(msg.BAD_LINE, line.number, text=line.text[:60])

    def end(self, line: ContentLine) -> None:
        name = line.value
        if not self.stack:
            self.problem(msg.STRAY_END, line.number, found=name)
            return
        if name in [part.name for part in self.stack]:
            while self.stack[-1].name != name:
                self.close_unended()
            self.stack.pop().ended = True
            return
        part = self.stack[-1]
        self.problem(msg.WRONG_END, line.number, found=name, name=part.name, begun=part.begun)
        self.stack.pop().ended = True

    def close_unended(self) -> None:
        part = self.stack[-1]
        self.problem(msg.NEVER_ENDED, part.begun, name=part.name)
        self.stack.pop()

    def property(self, line: ContentLine) -> None:
        if not self.stack:
            return  # text after the last END (a cache note, a blank): no part of a calendar
        problem = _line_problem(line)
        if problem is not None:
            template, values = problem
            self.problem(template, line.number, **values)
        else:
            self.stack[-1].own.append(line)


def outline(text: str) -> Outline:
    """The components of a calendar file, each with the problems of structure found in it."""
    builder = _Builder()
    for line in unfold(text):
        control = _CONTROL.search(line.text)
        if control and line.name in ("BEGIN", "END"):
            builder.problem(msg.CONTROL_CHARACTER, line.number, code=f"U+{ord(control[0]):04X}")
            continue
        if line.name == "BEGIN" and line.text[5:6] == ":":
            builder.begin(line)
        elif line.name == "END" and line.text[3:4] == ":":
            builder.end(line)
        else:
            builder.property(line)
    while builder.stack:
        builder.close_unended()
    return Outline(builder.calendars, builder.problems)
