"""Press-release drafts for the draft dialog's tests: the sample press release, a new office
to save into, a small draft made by hand, and the item table's rows as shown."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from diplotrack.domain import Agreement, Delegation, Event, FollowUp, Organization, Person, Place
from diplotrack.domain.enums import EventStatus, ParticipantRole
from diplotrack.interchange.press import (
    Draft,
    DraftCountry,
    DraftEvent,
    DraftParticipant,
    DraftPerson,
    DraftPlace,
)
from diplotrack.services.people import PersonInput, create_person
from diplotrack.store.database import Database, open_database
from diplotrack.ui.context import AppContext
from diplotrack.ui.dialogs.draft_dialog import DraftDialog
from diplotrack.ui.i18n import install_language
from diplotrack.ui.models.draft_model import DraftColumn, DraftItemsModel

SAMPLE = (
    Path(__file__).parents[2].parent
    / "shared"
    / "samples"
    / "krasnoyarsk-kyrgyz-chancery-meeting.ru.txt"
)
PUBLISHED = date(2024, 4, 11)

_COUNTED = (Event, Person, Organization, Place, Agreement, Delegation, FollowUp)


@contextmanager
def new_office(folder: Path) -> Iterator[AppContext]:
    """A new office: reference data only, and the mayor, so that one person is matched."""
    db = open_database(f"sqlite:///{folder / 'office.sqlite3'}")
    create_person(db, PersonInput(name="Владислав Логинов", country="RU"))
    install_language("en")
    try:
        yield AppContext(db, language="en")
    finally:
        db.close()


def counts(db: Database) -> dict[str, int]:
    with db.session() as session:
        return {
            model.__name__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in _COUNTED
        }


def open_dialog(qtbot: QtBot, context: AppContext) -> DraftDialog:
    dialog = DraftDialog(context)
    qtbot.addWidget(dialog, before_close_func=lambda widget: widget.discard())
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def rows(model: DraftItemsModel) -> list[tuple[str, str, str, str]]:
    """Every row as shown: what, name, record (matched / new), details."""
    return [
        tuple(  # type: ignore[misc]
            str(model.index(row, column).data()) for column in DraftColumn
        )
        for row in range(model.rowCount())
    ]


def row_named(model: DraftItemsModel, what: str, part: str) -> int:
    for row, (kind, name, _record, _details) in enumerate(rows(model)):
        if kind == what and part.casefold() in name.casefold():
            return row
    raise AssertionError(f"no {what} named like {part!r} in {rows(model)}")


def handmade_draft() -> Draft:
    """A small draft like the sample's, made by hand: the dialog's own behaviour, whatever the
    analysis proposes."""
    krasnoyarsk = DraftPlace(
        key="place:1", label="Красноярск", name="Красноярск", country_code="RU"
    )
    bishkek = DraftPlace(
        key="place:2", label="Бишкек", name="Бишкек", country_code="KG", evidence="из Бишкека"
    )
    loginov = DraftPerson(
        key="person:1",
        label="Владислав Логинов",
        name="Владислав Логинов",
        position="Мэр Красноярска",
        evidence="Мэр Красноярска Владислав Логинов",
    )
    kabaev = DraftPerson(key="person:2", label="Азамат Кабаев", name="Азамат Кабаев", match=7)
    meeting = DraftEvent(
        key="event:1",
        label="Рабочая встреча",
        title="Рабочая встреча",
        starts_on=date(2024, 4, 10),
        place_key="place:1",
        country_keys=("country:RU", "country:KG"),
        participants=(
            DraftParticipant(person_key="person:1", role=ParticipantRole.HOST),
            DraftParticipant(person_key="person:2", role=ParticipantRole.GUEST),
        ),
    )
    conference = DraftEvent(
        key="event:2",
        label="XI конференция",
        title="XI конференция",
        status=EventStatus.PLANNED,
        edition=11,
    )
    return Draft(
        text="…",
        language="ru",
        published=PUBLISHED,
        event=meeting,
        people=(loginov, kabaev),
        places=(krasnoyarsk, bishkek),
        countries=(
            DraftCountry(key="country:RU", label="Россия", code="RU"),
            DraftCountry(key="country:KG", label="Киргизия", code="KG"),
        ),
        events=(conference,),
    )


def handmade_model(language: str = "en") -> DraftItemsModel:
    model = DraftItemsModel(language)
    model.set_draft(
        handmade_draft(), {("person", 7): "Кабаев Азамат"}, {"RU": "Russia", "KG": "Kyrgyzstan"}
    )
    return model
