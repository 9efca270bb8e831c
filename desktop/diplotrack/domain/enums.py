"""The closed vocabularies of the office: kinds, statuses, roles, directions."""

from __future__ import annotations

from enum import StrEnum


class EventKind(StrEnum):
    MEETING = "meeting"
    VISIT = "visit"
    CONFERENCE = "conference"
    SIGNING = "signing"
    RECEPTION = "reception"
    CALL = "call"
    CULTURAL = "cultural"
    OTHER = "other"


class EventStatus(StrEnum):
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    HELD = "held"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"


class EventLevel(StrEnum):
    OFFICIAL = "official"
    WORKING = "working"


class EventFormat(StrEnum):
    IN_PERSON = "in_person"
    ONLINE = "online"
    HYBRID = "hybrid"


class DatePrecision(StrEnum):
    """How exactly an event's date is known; planned events may know only a month or a year."""

    EXACT = "exact"
    DAY = "day"
    MONTH = "month"
    SEASON = "season"
    YEAR = "year"


class ParticipantRole(StrEnum):
    HOST = "host"
    GUEST = "guest"
    HEAD_OF_DELEGATION = "head_of_delegation"
    MEMBER = "member"
    PARTICIPANT = "participant"


class OrganizationKind(StrEnum):
    EMBASSY = "embassy"
    CONSULATE = "consulate"
    CHANCERY = "chancery"
    MINISTRY = "ministry"
    CITY_ADMINISTRATION = "city_administration"
    REGIONAL_GOVERNMENT = "regional_government"
    DIASPORA_NGO = "diaspora_ngo"
    UNIVERSITY = "university"
    SCHOOL = "school"
    COMPANY = "company"
    INTERNATIONAL_BODY = "international_body"
    CULTURAL = "cultural"
    OTHER = "other"


class PlaceKind(StrEnum):
    CITY = "city"
    REGION = "region"
    DISTRICT = "district"
    OTHER = "other"


class DelegationDirection(StrEnum):
    INCOMING = "incoming"
    OUTGOING = "outgoing"


class AgreementKind(StrEnum):
    SISTER_CITY = "sister_city"
    COOPERATION = "cooperation"
    MEMORANDUM = "memorandum"
    PROTOCOL = "protocol"
    ROAD_MAP = "road_map"
    OTHER = "other"


class AgreementStatus(StrEnum):
    DRAFT = "draft"
    NEGOTIATING = "negotiating"
    SIGNED = "signed"
    IN_FORCE = "in_force"
    EXPIRED = "expired"
    TERMINATED = "terminated"


class Renewal(StrEnum):
    AUTOMATIC = "automatic"
    BY_DECISION = "by_decision"
    NONE = "none"


class FollowUpStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class ChangeAction(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    ARCHIVE = "archive"
    RESTORE = "restore"
