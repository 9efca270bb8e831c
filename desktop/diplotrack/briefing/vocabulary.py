"""The names of kinds, statuses, roles and directions as a note writes them (lower case)."""

from __future__ import annotations

from .wording import QT_TRANSLATE_NOOP, Wording

# Keyed by (vocabulary, stored value): values repeat across vocabularies ("cultural").
_NAMES: dict[tuple[str, str], str] = {
    ("event_kind", "meeting"): QT_TRANSLATE_NOOP("Briefing", "meeting"),
    ("event_kind", "visit"): QT_TRANSLATE_NOOP("Briefing", "visit"),
    ("event_kind", "conference"): QT_TRANSLATE_NOOP("Briefing", "conference / forum"),
    ("event_kind", "signing"): QT_TRANSLATE_NOOP("Briefing", "signing"),
    ("event_kind", "reception"): QT_TRANSLATE_NOOP("Briefing", "reception"),
    ("event_kind", "call"): QT_TRANSLATE_NOOP("Briefing", "call / video call"),
    ("event_kind", "cultural"): QT_TRANSLATE_NOOP("Briefing", "cultural, sport or education event"),
    ("event_kind", "other"): QT_TRANSLATE_NOOP("Briefing", "other event"),
    ("direction", "incoming"): QT_TRANSLATE_NOOP("Briefing", "incoming delegation"),
    ("direction", "outgoing"): QT_TRANSLATE_NOOP("Briefing", "outgoing delegation"),
    ("event_status", "planned"): QT_TRANSLATE_NOOP("Briefing", "planned"),
    ("event_status", "confirmed"): QT_TRANSLATE_NOOP("Briefing", "confirmed"),
    ("event_status", "held"): QT_TRANSLATE_NOOP("Briefing", "held"),
    ("event_status", "postponed"): QT_TRANSLATE_NOOP("Briefing", "postponed"),
    ("event_status", "cancelled"): QT_TRANSLATE_NOOP("Briefing", "cancelled"),
    ("level", "official"): QT_TRANSLATE_NOOP("Briefing", "official"),
    ("level", "working"): QT_TRANSLATE_NOOP("Briefing", "working"),
    ("format", "in_person"): QT_TRANSLATE_NOOP("Briefing", "in person"),
    ("format", "online"): QT_TRANSLATE_NOOP("Briefing", "online"),
    ("format", "hybrid"): QT_TRANSLATE_NOOP("Briefing", "hybrid"),
    ("role", "host"): QT_TRANSLATE_NOOP("Briefing", "host"),
    ("role", "guest"): QT_TRANSLATE_NOOP("Briefing", "guest"),
    ("role", "head_of_delegation"): QT_TRANSLATE_NOOP("Briefing", "head of delegation"),
    ("role", "member"): QT_TRANSLATE_NOOP("Briefing", "member of delegation"),
    ("role", "participant"): QT_TRANSLATE_NOOP("Briefing", "participant"),
    ("agreement_kind", "sister_city"): QT_TRANSLATE_NOOP(
        "Briefing", "sister-city agreement or memorandum"
    ),
    ("agreement_kind", "cooperation"): QT_TRANSLATE_NOOP("Briefing", "cooperation agreement"),
    ("agreement_kind", "memorandum"): QT_TRANSLATE_NOOP("Briefing", "memorandum of understanding"),
    ("agreement_kind", "protocol"): QT_TRANSLATE_NOOP("Briefing", "protocol"),
    ("agreement_kind", "road_map"): QT_TRANSLATE_NOOP("Briefing", "road map / action plan"),
    ("agreement_kind", "other"): QT_TRANSLATE_NOOP("Briefing", "other agreement"),
    ("agreement_status", "draft"): QT_TRANSLATE_NOOP("Briefing", "draft"),
    ("agreement_status", "negotiating"): QT_TRANSLATE_NOOP("Briefing", "under negotiation"),
    ("agreement_status", "signed"): QT_TRANSLATE_NOOP("Briefing", "signed"),
    ("agreement_status", "in_force"): QT_TRANSLATE_NOOP("Briefing", "in force"),
    ("agreement_status", "expired"): QT_TRANSLATE_NOOP("Briefing", "expired"),
    ("agreement_status", "terminated"): QT_TRANSLATE_NOOP("Briefing", "terminated"),
    ("renewal", "automatic"): QT_TRANSLATE_NOOP("Briefing", "renewed automatically"),
    ("renewal", "by_decision"): QT_TRANSLATE_NOOP("Briefing", "renewed by decision"),
    ("renewal", "none"): QT_TRANSLATE_NOOP("Briefing", "not renewed"),
    ("followup_status", "open"): QT_TRANSLATE_NOOP("Briefing", "open"),
    ("followup_status", "in_progress"): QT_TRANSLATE_NOOP("Briefing", "in progress"),
    ("followup_status", "done"): QT_TRANSLATE_NOOP("Briefing", "done"),
    ("followup_status", "cancelled"): QT_TRANSLATE_NOOP("Briefing", "cancelled"),
    ("place_kind", "city"): QT_TRANSLATE_NOOP("Briefing", "city"),
    ("place_kind", "region"): QT_TRANSLATE_NOOP("Briefing", "region"),
    ("place_kind", "district"): QT_TRANSLATE_NOOP("Briefing", "district"),
    ("place_kind", "other"): QT_TRANSLATE_NOOP("Briefing", "other place"),
    ("organization_kind", "embassy"): QT_TRANSLATE_NOOP("Briefing", "embassy"),
    ("organization_kind", "consulate"): QT_TRANSLATE_NOOP("Briefing", "consulate"),
    ("organization_kind", "chancery"): QT_TRANSLATE_NOOP("Briefing", "chancery"),
    ("organization_kind", "ministry"): QT_TRANSLATE_NOOP("Briefing", "ministry"),
    ("organization_kind", "city_administration"): QT_TRANSLATE_NOOP(
        "Briefing", "city administration"
    ),
    ("organization_kind", "regional_government"): QT_TRANSLATE_NOOP(
        "Briefing", "regional government"
    ),
    ("organization_kind", "diaspora_ngo"): QT_TRANSLATE_NOOP("Briefing", "diaspora / NGO"),
    ("organization_kind", "university"): QT_TRANSLATE_NOOP("Briefing", "university"),
    ("organization_kind", "school"): QT_TRANSLATE_NOOP("Briefing", "school"),
    ("organization_kind", "company"): QT_TRANSLATE_NOOP("Briefing", "company"),
    ("organization_kind", "international_body"): QT_TRANSLATE_NOOP(
        "Briefing", "international organization"
    ),
    ("organization_kind", "cultural"): QT_TRANSLATE_NOOP("Briefing", "cultural organization"),
    ("organization_kind", "other"): QT_TRANSLATE_NOOP("Briefing", "other organization"),
}


def name_of(wording: Wording, vocabulary: str, value: str) -> str:
    """The word for a stored value in the note's language; an unknown value as it is."""
    source = _NAMES.get((vocabulary, value))
    return wording(source) if source is not None else value


def role_of(wording: Wording, role: str) -> str:
    """A role in the note's language: a stored value («head_of_delegation»), or free text that
    is a role's word in either language («член делегации», "member of delegation"); any other
    free text as written."""
    if ("role", role) in _NAMES:
        return name_of(wording, "role", role)
    wanted = " ".join(role.split()).casefold()
    russian = Wording("ru")
    for (vocabulary, value), source in _NAMES.items():
        if vocabulary == "role" and wanted in (source.casefold(), russian(source).casefold()):
            return name_of(wording, "role", value)
    return role
