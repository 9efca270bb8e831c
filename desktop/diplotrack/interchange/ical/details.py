"""What icalendar (and the repeat-rule reader) say about a value, said in our own words.

The libraries' texts are English ("Expected datetime, date, or time. Got: '20131210Z'"), and a
Russian window would show them inside a Russian sentence. Each common one is told by a template
of ours the window translates, with the value at fault; the library's text is kept only as a
technical detail — after the English message, and in the log.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import time

from . import messages as msg

log = logging.getLogger(__name__)

# (the library's words, the template saying the same) — the value is what follows the words
_VALUE_KINDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"Expected datetime, date, or time\. Got: (?P<value>.*)", re.S), msg.NOT_A_TIME),
    (re.compile(r"Wrong date(?:time)? format:? (?P<value>.*)", re.S), msg.NOT_A_TIME),
    (re.compile(r"Expected period format, got: (?P<value>.*)", re.S), msg.NOT_A_PERIOD),
    (re.compile(r"Invalid iCalendar duration: (?P<value>.*)", re.S), msg.NOT_A_DURATION),
    (re.compile(r"Expected weekday abbreviation, got: (?P<value>.*)", re.S), msg.NOT_A_WEEKDAY),
    (re.compile(r"Expected UTC offset, got: (?P<value>.*)", re.S), msg.NOT_AN_OFFSET),
    (re.compile(r"Expected frequency, got: (?P<value>.*)", re.S), msg.NOT_A_FREQUENCY),
)
_UNSPLIT_LINE = re.compile(r"Content line could not be parsed into parts")
_RULE_LINE = re.compile(r"Recurrence line “(?P<rule>.*?)”: (?P<why>.*)", re.S)
_UNKNOWN_PART = re.compile(r"unknown parameter (?P<part>.*)", re.S)
_NOT_A_TIME = re.compile(r"“(?P<value>.*?)” is not a date-time such as", re.S)
_LONGEST_VALUE = 60


@dataclass(frozen=True)
class Explained:
    """A template of ``messages`` and its values; ``detail``: the library's own text."""

    template: str
    values: dict[str, object]
    detail: str

    @property
    def message(self) -> str:
        """In English, the library's words after ours, for the command's output."""
        return f"{self.template.format(**self.values)} ({self.detail})"


def _value(text: str) -> str:
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        text = text[1:-1]
    return text if len(text) <= _LONGEST_VALUE else text[:_LONGEST_VALUE] + "…"


def value_problem(name: str, error: object) -> Explained:
    """What is wrong with the value of property ``name``, from the library's ``error``."""
    detail = str(error)
    log.info("iCalendar %s: %s", name, detail)
    if isinstance(error, time):  # a time of day where a date belongs
        return Explained(msg.TIME_WITHOUT_DATE, {"name": name, "value": f"{error:%H:%M}"}, detail)
    if _UNSPLIT_LINE.search(detail):
        return Explained(msg.UNSPLIT_LINE, {"name": name}, detail)
    for pattern, template in _VALUE_KINDS:
        found = pattern.search(detail)
        if found is not None:
            value = _value(found.group("value"))
            if not value:
                return Explained(msg.NO_VALUE, {"name": name}, detail)
            return Explained(template, {"name": name, "value": value}, detail)
    return Explained(msg.BROKEN_VALUE, {"name": name}, detail)


def rule_problem(message: str) -> Explained:
    """What is wrong with a repeat rule, from the message the rule reader refused it with."""
    log.info("iCalendar repeat rule: %s", message)
    found = _RULE_LINE.match(message)
    if found is None:
        return Explained(msg.BAD_RULE, {"rule": "?"}, message)
    rule, why = _value(found.group("rule")), found.group("why")
    part = _UNKNOWN_PART.match(why)
    if part is not None:
        return Explained(
            msg.RULE_UNKNOWN_PART, {"rule": rule, "part": _value(part.group("part"))}, message
        )
    value = _NOT_A_TIME.search(why)
    if value is not None:
        return Explained(
            msg.RULE_NOT_A_TIME, {"rule": rule, "value": _value(value.group("value"))}, message
        )
    return Explained(msg.BAD_RULE, {"rule": rule}, message)
