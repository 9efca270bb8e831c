"""The registers a table can be imported into, their fields, and the heading words that name them.

A field is recognised from its column heading by the normalized words in it: each keyword is
matched as a word prefix, so Russian word forms («Страны», «Стране», «Дата начала») and
Wikidata-style labels ("origincityLabel", "destination_countryLabel") are caught alike.
"""

from __future__ import annotations

from dataclasses import dataclass

from diplotrack.services.messages import tr_noop


class Kind:
    """What a field holds, and so how its cells are read."""

    TEXT = "text"
    DATE = "date"  # a day, or a day and time
    NUMBER = "number"
    COUNTRY = "country"  # one country by any name, alias or code
    COUNTRIES = "countries"  # several, separated by ; , or new lines
    LIST = "list"  # names separated by ; or new lines
    CHOICE = "choice"  # one of a closed vocabulary (kinds, statuses)


@dataclass(frozen=True)
class Field:
    """A field of a register a column can be mapped to.

    ``keywords`` are heading words (normalized, matched as word prefixes); a heading matching
    every word of one keyword phrase names the field, and the longest phrase wins.
    """

    name: str
    label: str  # marked with tr_noop; the window translates it
    kind: str
    required: bool = False
    keywords: tuple[str, ...] = ()
    limit: int = 1000


@dataclass(frozen=True)
class RegisterSpec:
    name: str
    label: str  # marked with tr_noop
    fields: tuple[Field, ...]

    def field(self, name: str) -> Field:
        for each in self.fields:
            if each.name == name:
                return each
        raise KeyError(name)

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.required)


_TITLE = ("название", "наименование", "title", "name", "subject", "тема мероприятия", "заголовок")
_COUNTRY = ("страна", "государство", "country")
_NOTES = ("примечание", "комментарий", "заметки", "notes", "note", "comment", "remarks")

# the fields several registers share, the same in each
_NOTES_FIELD = Field("notes", tr_noop("Notes"), Kind.TEXT, keywords=_NOTES, limit=100_000)
_COUNTRY_FIELD = Field("country", tr_noop("Country"), Kind.COUNTRY, keywords=_COUNTRY)

EVENTS = RegisterSpec(
    "events",
    tr_noop("Events"),
    (
        Field("title", tr_noop("Title"), Kind.TEXT, True, (*_TITLE, "мероприятие", "event")),
        Field(
            "start",
            tr_noop("Start"),
            Kind.DATE,
            True,
            ("дата", "дата начала", "начало", "date", "start", "start date", "when", "когда"),
        ),
        Field(
            "end",
            tr_noop("End"),
            Kind.DATE,
            keywords=("дата окончания", "окончание", "конец", "end", "end date", "until"),
        ),
        Field("kind", tr_noop("Kind"), Kind.CHOICE, keywords=("вид", "тип", "kind", "type")),
        Field("status", tr_noop("Status"), Kind.CHOICE, keywords=("статус", "status", "state")),
        Field("countries", tr_noop("Countries"), Kind.COUNTRIES, keywords=_COUNTRY),
        Field(
            "place",
            tr_noop("Place"),
            Kind.TEXT,
            keywords=("город", "населенный пункт", "city", "town", "place", "место"),
            limit=300,
        ),
        Field(
            "venue",
            tr_noop("Venue"),
            Kind.TEXT,
            keywords=("площадка", "адрес", "venue", "address", "location", "место проведения"),
        ),
        Field(
            "participants",
            tr_noop("Participants"),
            Kind.LIST,
            keywords=("участники", "участник", "participants", "attendees", "persons"),
        ),
        _NOTES_FIELD,
        Field(
            "source",
            tr_noop("Source"),
            Kind.TEXT,
            keywords=("источник", "ссылка", "source", "url", "link"),
            limit=100_000,
        ),
    ),
)

PLACES = RegisterSpec(
    "places",
    tr_noop("Places"),
    (
        Field(
            "name",
            tr_noop("Name"),
            Kind.TEXT,
            True,
            ("город", "населенный пункт", "название", "city", "town", "place", "name"),
            300,
        ),
        Field(
            "name_alt",
            tr_noop("Name in the other script"),
            Kind.TEXT,
            keywords=("другое написание", "латиницей", "other spelling", "name en", "english name"),
            limit=300,
        ),
        Field("kind", tr_noop("Kind"), Kind.CHOICE, keywords=("тип", "вид", "type", "kind")),
        Field("country", tr_noop("Country"), Kind.COUNTRY, True, _COUNTRY),
        Field("latitude", tr_noop("Latitude"), Kind.NUMBER, keywords=("широта", "latitude", "lat")),
        Field(
            "longitude",
            tr_noop("Longitude"),
            Kind.NUMBER,
            keywords=("долгота", "longitude", "long", "lon", "lng"),
        ),
        Field(
            "population",
            tr_noop("Population"),
            Kind.NUMBER,
            keywords=("население", "численность", "population"),
        ),
        _NOTES_FIELD,
    ),
)

ORGANIZATIONS = RegisterSpec(
    "organizations",
    tr_noop("Organizations"),
    (
        Field(
            "name",
            tr_noop("Name"),
            Kind.TEXT,
            True,
            ("организация", "название", "наименование", "organization", "organisation", "name"),
            500,
        ),
        Field(
            "short_name",
            tr_noop("Short name"),
            Kind.TEXT,
            keywords=("краткое", "сокращение", "short", "abbreviation", "acronym"),
            limit=200,
        ),
        Field("kind", tr_noop("Kind"), Kind.CHOICE, keywords=("вид", "тип", "kind", "type")),
        _COUNTRY_FIELD,
        Field("place", tr_noop("Place"), Kind.TEXT, keywords=("город", "city", "place"), limit=300),
        _NOTES_FIELD,
    ),
)

PEOPLE = RegisterSpec(
    "people",
    tr_noop("People"),
    (
        Field(
            "name",
            tr_noop("Name"),
            Kind.TEXT,
            True,
            ("фио", "имя", "персона", "person", "name", "full name"),
            300,
        ),
        Field(
            "name_alt",
            tr_noop("Name in the other script"),
            Kind.TEXT,
            keywords=("латиницей", "транслитерация", "name en", "english name", "latin"),
            limit=300,
        ),
        _COUNTRY_FIELD,
        Field(
            "email", tr_noop("E-mail"), Kind.TEXT, keywords=("почта", "email", "e mail"), limit=300
        ),
        Field(
            "position",
            tr_noop("Position"),
            Kind.TEXT,
            keywords=("должность", "position", "post", "job title"),
            limit=500,
        ),
        Field(
            "organization",
            tr_noop("Organization"),
            Kind.TEXT,
            keywords=("организация", "ведомство", "organization", "organisation", "employer"),
            limit=500,
        ),
        _NOTES_FIELD,
    ),
)

AGREEMENTS = RegisterSpec(
    "agreements",
    tr_noop("Agreements"),
    (
        Field(
            "title",
            tr_noop("Title"),
            Kind.TEXT,
            True,
            (*_TITLE, "соглашение", "agreement", "документ", "document"),
        ),
        Field("kind", tr_noop("Kind"), Kind.CHOICE, keywords=("вид", "тип", "kind", "type")),
        Field("status", tr_noop("Status"), Kind.CHOICE, keywords=("статус", "status", "state")),
        Field(
            "signed_on",
            tr_noop("Signed on"),
            Kind.DATE,
            keywords=("дата подписания", "подписано", "дата", "signed", "date"),
        ),
        Field(
            "valid_until",
            tr_noop("Valid until"),
            Kind.DATE,
            keywords=("действует до", "срок действия", "valid until", "expires", "expiry"),
        ),
        Field(
            "parties",
            tr_noop("Parties"),
            Kind.LIST,
            keywords=("стороны", "сторона", "parties", "party", "partners"),
        ),
        Field("countries", tr_noop("Countries"), Kind.COUNTRIES, keywords=_COUNTRY),
        _NOTES_FIELD,
    ),
)

# Two places and their countries per row (a twinning register): two Place records found or made,
# and one sister-city Agreement between them.
SISTER_CITIES = RegisterSpec(
    "sister_cities",
    tr_noop("Sister cities"),
    (
        Field(
            "city",
            tr_noop("City"),
            Kind.TEXT,
            True,
            ("origin city", "origincity", "город", "city", "town"),
            300,
        ),
        Field("country", tr_noop("Country"), Kind.COUNTRY, True, ("origin country", *_COUNTRY)),
        Field(
            "latitude", tr_noop("Latitude"), Kind.NUMBER, keywords=("origin lat", "широта", "lat")
        ),
        Field(
            "longitude",
            tr_noop("Longitude"),
            Kind.NUMBER,
            keywords=("origin long", "долгота", "long"),
        ),
        Field(
            "population",
            tr_noop("Population"),
            Kind.NUMBER,
            keywords=("origin population", "население", "population"),
        ),
        Field(
            "partner_city",
            tr_noop("Sister city"),
            Kind.TEXT,
            True,
            (
                "sister city",
                "sistercity",
                "город побратим",
                "побратим",
                "twin city",
                "partner city",
            ),
            300,
        ),
        Field(
            "partner_country",
            tr_noop("Sister city's country"),
            Kind.COUNTRY,
            True,
            (
                "destination country",
                "sister country",
                "страна побратима",
                "partner country",
                "twin country",
            ),
        ),
        Field(
            "partner_latitude",
            tr_noop("Sister city's latitude"),
            Kind.NUMBER,
            keywords=("destination lat", "sister lat", "partner lat"),
        ),
        Field(
            "partner_longitude",
            tr_noop("Sister city's longitude"),
            Kind.NUMBER,
            keywords=("destination long", "sister long", "partner long"),
        ),
        Field(
            "partner_population",
            tr_noop("Sister city's population"),
            Kind.NUMBER,
            keywords=("destination population", "sister population", "partner population"),
        ),
        Field(
            "signed_on",
            tr_noop("Signed on"),
            Kind.DATE,
            keywords=("дата подписания", "since", "signed", "с года", "год"),
        ),
    ),
)

REGISTERS: dict[str, RegisterSpec] = {
    spec.name: spec for spec in (EVENTS, PLACES, ORGANIZATIONS, PEOPLE, AGREEMENTS, SISTER_CITIES)
}
