"""The names of every kind, status, role and direction in the interface language."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from diplotrack.domain import enums


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation in ``context``; typed, unlike Qt's own."""
    return text


# Source texts are English; lupdate collects them under the context "labels".
# Keyed by (enum type, value): members of different enums share values ("cultural" is an
# event kind and an organization kind), and StrEnum members hash as their values.
_LABEL_PAIRS: tuple[tuple[StrEnum, str], ...] = (
    (enums.EventKind.MEETING, QT_TRANSLATE_NOOP("labels", "Meeting")),
    (enums.EventKind.VISIT, QT_TRANSLATE_NOOP("labels", "Visit")),
    (enums.EventKind.CONFERENCE, QT_TRANSLATE_NOOP("labels", "Conference / forum")),
    (enums.EventKind.SIGNING, QT_TRANSLATE_NOOP("labels", "Signing")),
    (enums.EventKind.RECEPTION, QT_TRANSLATE_NOOP("labels", "Reception")),
    (enums.EventKind.CALL, QT_TRANSLATE_NOOP("labels", "Call / video call")),
    (enums.EventKind.CULTURAL, QT_TRANSLATE_NOOP("labels", "Cultural, sport or education event")),
    (enums.EventKind.OTHER, QT_TRANSLATE_NOOP("labels", "Other")),
    (enums.EventStatus.PLANNED, QT_TRANSLATE_NOOP("labels", "Planned")),
    (enums.EventStatus.CONFIRMED, QT_TRANSLATE_NOOP("labels", "Confirmed")),
    (enums.EventStatus.HELD, QT_TRANSLATE_NOOP("labels", "Held")),
    (enums.EventStatus.POSTPONED, QT_TRANSLATE_NOOP("labels", "Postponed")),
    (enums.EventStatus.CANCELLED, QT_TRANSLATE_NOOP("labels", "Cancelled")),
    (enums.EventLevel.OFFICIAL, QT_TRANSLATE_NOOP("labels", "Official")),
    (enums.EventLevel.WORKING, QT_TRANSLATE_NOOP("labels", "Working")),
    (enums.EventFormat.IN_PERSON, QT_TRANSLATE_NOOP("labels", "In person")),
    (enums.EventFormat.ONLINE, QT_TRANSLATE_NOOP("labels", "Online")),
    (enums.EventFormat.HYBRID, QT_TRANSLATE_NOOP("labels", "Hybrid")),
    (enums.DatePrecision.EXACT, QT_TRANSLATE_NOOP("labels", "Exact")),
    (enums.DatePrecision.DAY, QT_TRANSLATE_NOOP("labels", "Day")),
    (enums.DatePrecision.MONTH, QT_TRANSLATE_NOOP("labels", "Month")),
    (enums.DatePrecision.SEASON, QT_TRANSLATE_NOOP("labels", "Season")),
    (enums.DatePrecision.YEAR, QT_TRANSLATE_NOOP("labels", "Year")),
    (enums.ParticipantRole.HOST, QT_TRANSLATE_NOOP("labels", "Host")),
    (enums.ParticipantRole.GUEST, QT_TRANSLATE_NOOP("labels", "Guest")),
    (enums.ParticipantRole.HEAD_OF_DELEGATION, QT_TRANSLATE_NOOP("labels", "Head of delegation")),
    (enums.ParticipantRole.MEMBER, QT_TRANSLATE_NOOP("labels", "Member")),
    (enums.ParticipantRole.PARTICIPANT, QT_TRANSLATE_NOOP("labels", "Participant")),
    (enums.OrganizationKind.EMBASSY, QT_TRANSLATE_NOOP("labels", "Embassy")),
    (enums.OrganizationKind.CONSULATE, QT_TRANSLATE_NOOP("labels", "Consulate")),
    (enums.OrganizationKind.CHANCERY, QT_TRANSLATE_NOOP("labels", "Chancery")),
    (enums.OrganizationKind.MINISTRY, QT_TRANSLATE_NOOP("labels", "Ministry")),
    (
        enums.OrganizationKind.CITY_ADMINISTRATION,
        QT_TRANSLATE_NOOP("labels", "City administration"),
    ),
    (
        enums.OrganizationKind.REGIONAL_GOVERNMENT,
        QT_TRANSLATE_NOOP("labels", "Regional government"),
    ),
    (enums.OrganizationKind.DIASPORA_NGO, QT_TRANSLATE_NOOP("labels", "Diaspora / NGO")),
    (enums.OrganizationKind.UNIVERSITY, QT_TRANSLATE_NOOP("labels", "University")),
    (enums.OrganizationKind.SCHOOL, QT_TRANSLATE_NOOP("labels", "School")),
    (enums.OrganizationKind.COMPANY, QT_TRANSLATE_NOOP("labels", "Company")),
    (enums.OrganizationKind.INTERNATIONAL_BODY, QT_TRANSLATE_NOOP("labels", "International body")),
    (enums.OrganizationKind.CULTURAL, QT_TRANSLATE_NOOP("labels", "Cultural institution")),
    (enums.OrganizationKind.OTHER, QT_TRANSLATE_NOOP("labels", "Other")),
    (enums.PlaceKind.CITY, QT_TRANSLATE_NOOP("labels", "City")),
    (enums.PlaceKind.REGION, QT_TRANSLATE_NOOP("labels", "Region")),
    (enums.PlaceKind.DISTRICT, QT_TRANSLATE_NOOP("labels", "District")),
    (enums.PlaceKind.OTHER, QT_TRANSLATE_NOOP("labels", "Other")),
    (enums.DelegationDirection.INCOMING, QT_TRANSLATE_NOOP("labels", "Incoming")),
    (enums.DelegationDirection.OUTGOING, QT_TRANSLATE_NOOP("labels", "Outgoing")),
    (enums.AgreementKind.SISTER_CITY, QT_TRANSLATE_NOOP("labels", "Sister-city agreement")),
    (enums.AgreementKind.COOPERATION, QT_TRANSLATE_NOOP("labels", "Cooperation agreement")),
    (enums.AgreementKind.MEMORANDUM, QT_TRANSLATE_NOOP("labels", "Memorandum of understanding")),
    (enums.AgreementKind.PROTOCOL, QT_TRANSLATE_NOOP("labels", "Protocol")),
    (enums.AgreementKind.ROAD_MAP, QT_TRANSLATE_NOOP("labels", "Road map / action plan")),
    (enums.AgreementKind.OTHER, QT_TRANSLATE_NOOP("labels", "Other")),
    (enums.AgreementStatus.DRAFT, QT_TRANSLATE_NOOP("labels", "Draft")),
    (enums.AgreementStatus.NEGOTIATING, QT_TRANSLATE_NOOP("labels", "Negotiating")),
    (enums.AgreementStatus.SIGNED, QT_TRANSLATE_NOOP("labels", "Signed")),
    (enums.AgreementStatus.IN_FORCE, QT_TRANSLATE_NOOP("labels", "In force")),
    (enums.AgreementStatus.EXPIRED, QT_TRANSLATE_NOOP("labels", "Expired")),
    (enums.AgreementStatus.TERMINATED, QT_TRANSLATE_NOOP("labels", "Terminated")),
    (enums.Renewal.AUTOMATIC, QT_TRANSLATE_NOOP("labels", "Automatic")),
    (enums.Renewal.BY_DECISION, QT_TRANSLATE_NOOP("labels", "By decision")),
    (enums.Renewal.NONE, QT_TRANSLATE_NOOP("labels", "None")),
    (enums.FollowUpStatus.OPEN, QT_TRANSLATE_NOOP("labels", "Open")),
    (enums.FollowUpStatus.IN_PROGRESS, QT_TRANSLATE_NOOP("labels", "In progress")),
    (enums.FollowUpStatus.DONE, QT_TRANSLATE_NOOP("labels", "Done")),
    (enums.FollowUpStatus.CANCELLED, QT_TRANSLATE_NOOP("labels", "Cancelled")),
)
_LABELS: dict[tuple[type[StrEnum], str], str] = {
    (type(member), member.value): text for member, text in _LABEL_PAIRS
}

# The records themselves, singular and plural, as the side bar and headings name them.
RECORD_NAMES: dict[str, tuple[str, str]] = {
    "event": (QT_TRANSLATE_NOOP("labels", "Event"), QT_TRANSLATE_NOOP("labels", "Events")),
    "delegation": (
        QT_TRANSLATE_NOOP("labels", "Delegation"),
        QT_TRANSLATE_NOOP("labels", "Delegations"),
    ),
    "agreement": (
        QT_TRANSLATE_NOOP("labels", "Agreement"),
        QT_TRANSLATE_NOOP("labels", "Agreements"),
    ),
    "followup": (
        QT_TRANSLATE_NOOP("labels", "Follow-up"),
        QT_TRANSLATE_NOOP("labels", "Follow-ups"),
    ),
    "person": (QT_TRANSLATE_NOOP("labels", "Person"), QT_TRANSLATE_NOOP("labels", "People")),
    "organization": (
        QT_TRANSLATE_NOOP("labels", "Organization"),
        QT_TRANSLATE_NOOP("labels", "Organizations"),
    ),
    "place": (QT_TRANSLATE_NOOP("labels", "Place"), QT_TRANSLATE_NOOP("labels", "Places")),
    "country": (QT_TRANSLATE_NOOP("labels", "Country"), QT_TRANSLATE_NOOP("labels", "Countries")),
}


def label(value: StrEnum | str, enum_type: type[StrEnum] | None = None) -> str:
    """The translated name of an enum member (or of its value, given the enum type)."""
    member = (
        enum_type(value) if enum_type is not None and not isinstance(value, enum_type) else value
    )
    source = _LABELS.get((type(member), member.value)) if isinstance(member, StrEnum) else None
    if source is None:
        return str(value)
    return QCoreApplication.translate("labels", source)


def record_name(kind: str, *, plural: bool = False) -> str:
    singular, many = RECORD_NAMES[kind]
    return QCoreApplication.translate("labels", many if plural else singular)
