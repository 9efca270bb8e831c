"""Importing registers of events, places, people, organizations and agreements on both engines:
the preview's problems by row and column, bad rows skipped or the whole file refused, one
transaction (a refusal or a cancel changes nothing), history and search kept right."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from tables_kit import contents, write_csv, write_xlsx

from diplotrack.domain import (
    Agreement,
    AgreementParty,
    ChangeRecord,
    Event,
    EventParticipant,
    Organization,
    Person,
    Place,
    Position,
)
from diplotrack.interchange.report import ImportCancelled
from diplotrack.interchange.tables import check_rows, guess_mapping, import_register, read_table
from diplotrack.services.places import PlaceInput, create_place
from diplotrack.store.database import Database
from diplotrack.store.search import matching_ids

TODAY = date(2026, 11, 26)

EVENTS = [
    ["Дата", "Название мероприятия", "Страна", "Город", "Участники", "Вид", "Статус", "Примечание"],
    [
        datetime(2024, 4, 10, 11, 0),
        "Рабочая встреча с Кабаевым",
        "Киргизия, РФ",
        "Красноярск",
        "Владислав Логинов; Азамат Кабаев",
        "встреча",
        "проведено",
        "Ураза-байрам",
    ],
    [
        datetime(2024, 4, 5),
        "Чемпионат «Красноярск 5.0»",
        "Кыргызстан",
        "Бишкек",
        None,
        "культурное",
        None,
        None,
    ],
    ["31.02.2024", "Несуществующий день", "KG", None, None, None, None, None],
    ["12.05.2027", "Конференция", "Атлантида", None, None, "конференция", None, None],
    ["01.06.2027", None, "KG", None, None, "визит", "сорвано", None],
    ["15 июня 2027 10:30", "Визит в Джалал-Абад", "KG", "Джалал-Абад", None, "визит", None, None],
]


def _events_file(tmp_path: Path, database: Database) -> Path:
    """The register, in a database that knows the office's own city (as every office's does)."""
    create_place(database, PlaceInput(name="Красноярск", country="RU"))
    return write_xlsx(tmp_path / "мероприятия.xlsx", EVENTS, title="Реестр мероприятий")


def test_the_preview_names_each_bad_row_by_its_row_and_column(
    tmp_path: Path, database: Database
) -> None:
    table = read_table(_events_file(tmp_path, database))
    mapping = guess_mapping(table)

    checks = check_rows(database, table, mapping)

    assert [check.number for check in checks] == [3, 4, 5, 6, 7, 8]  # row 1 title, row 2 headings
    assert [check.ok for check in checks] == [True, True, False, False, False, True]
    problems = {
        (p.where.row, p.where.column): p.message for check in checks for p in check.problems
    }
    assert set(problems) == {
        (5, "Дата"),
        (6, "Страна"),
        (7, "Название мероприятия"),
        (7, "Статус"),
    }
    assert "31.02.2024" in problems[(5, "Дата")]
    assert "Атлантида" in problems[(6, "Страна")]
    assert "cell is empty" in problems[(7, "Название мероприятия")]
    assert "сорвано" in problems[(7, "Статус")]
    assert checks[0].values["countries"] == ("KG", "RU")
    assert checks[0].values["start"] == datetime(2024, 4, 10, 11, 0)
    assert checks[0].values["participants"] == ("Владислав Логинов", "Азамат Кабаев")


def test_events_import_with_bad_rows_skipped_and_listed(tmp_path: Path, database: Database) -> None:
    report = import_register(database, _events_file(tmp_path, database), today=TODAY)

    assert report.refused is None
    assert report.created == Counter({"events": 3, "places": 2})
    assert sorted({p.where.row for p in report.skipped}) == [5, 6, 7]
    with database.session() as session:
        events = {e.title: e for e in session.scalars(select(Event))}
        meeting = events["Рабочая встреча с Кабаевым"]
        # 11:00 in Krasnoyarsk (UTC+7), the office's zone
        assert meeting.starts_at == datetime(2024, 4, 10, 4, 0, tzinfo=UTC)
        assert meeting.ends_at == datetime(2024, 4, 10, 5, 0, tzinfo=UTC)
        assert (meeting.kind, meeting.status, meeting.notes) == ("meeting", "held", "Ураза-байрам")
        assert [c.code for c in meeting.countries] == ["KG", "RU"]
        assert meeting.place is not None and meeting.place.name == "Красноярск"
        assert meeting.place.country_code == "RU"
        assert [p.description for p in meeting.participants] == [
            "Владислав Логинов",
            "Азамат Кабаев",
        ]
        championship = events["Чемпионат «Красноярск 5.0»"]
        assert championship.all_day and championship.kind == "cultural"
        assert championship.status == "held"  # no status given: the day has passed
        visit = events["Визит в Джалал-Абад"]
        assert visit.status == "planned" and not visit.all_day
        history = Counter(session.execute(select(ChangeRecord.record_kind)).scalars())
        assert history == Counter({"event": 3, "place": 3})  # one place by the service
        assert set(session.scalars(matching_ids("event", "Кабаева"))) == {meeting.id}
        assert set(session.scalars(matching_ids("event", "Джалал-Абаде"))) == {visit.id}


def test_one_bad_row_refuses_the_whole_file_when_the_person_says_so(
    tmp_path: Path, database: Database
) -> None:
    path = _events_file(tmp_path, database)
    before = contents(database)

    report = import_register(database, path, accept_partial=False)

    assert report.refused is not None
    assert "3 of 6 rows have problems" in report.refused.message
    assert len(report.skipped) == 4
    assert contents(database) == before


def test_a_dry_run_reports_and_changes_nothing(tmp_path: Path, database: Database) -> None:
    path = _events_file(tmp_path, database)
    before = contents(database)

    report = import_register(database, path, dry_run=True, today=TODAY)

    assert report.dry_run and report.created == Counter({"events": 3, "places": 2})
    assert contents(database) == before


@pytest.mark.parametrize("stop_at", ["checking", "writing"])
def test_cancel_changes_nothing(tmp_path: Path, database: Database, stop_at: str) -> None:
    before = contents(database)
    rows = [["Title", "Date", "Country"]] + [
        [f"Meeting {n}", f"2024-01-{1 + n % 28:02d}", "Kyrgyzstan"] for n in range(500)
    ]
    path = write_csv(tmp_path / "events.csv", rows, encoding="utf-8", delimiter=",")

    def progress(done: int, total: int) -> bool:
        return done < (100 if stop_at == "checking" else 500)

    with pytest.raises(ImportCancelled):
        import_register(database, path, progress=progress)

    assert contents(database) == before


def test_places_from_a_cp1251_csv_with_decimal_commas(tmp_path: Path, database: Database) -> None:
    create_place(database, PlaceInput(name="Красноярск", country="RU", name_alt="Krasnoyarsk"))
    rows = [
        ["Город", "Страна", "Широта", "Долгота", "Население"],
        ["Красноярск", "Россия", "56,01", "92,87", "1 205 473"],
        ["Джалал-Абад", "Киргизия", "40,93", "73,00", "123 239"],
        ["Ош", "Кыргызская Республика", "40,53", "72,8", ""],
        ["Ош", "KG", "", "", ""],
        ["Неизвестно", "Нарния", "1", "2", ""],
        ["Край света", "RU", "95,5", "0", ""],
    ]
    path = write_csv(tmp_path / "города.csv", rows, encoding="cp1251", delimiter=";")

    report = import_register(database, path)

    assert report.created == Counter({"places": 2})
    # counted once each: Krasnoyarsk is known; Ош, twice in the file, is one new place
    assert [(p.where.row, p.where.column) for p in report.skipped] == [(6, "Страна"), (7, "Широта")]
    with database.session() as session:
        jalal_abad = session.scalars(select(Place).where(Place.name == "Джалал-Абад")).one()
        assert (jalal_abad.country_code, jalal_abad.latitude, jalal_abad.longitude) == (
            "KG",
            40.93,
            73.0,
        )
        assert jalal_abad.population == 123_239


def test_people_with_their_posts_and_organizations(tmp_path: Path, database: Database) -> None:
    rows = [
        ["ФИО", "Должность", "Организация", "Страна", "E-mail"],
        ["Азамат Кабаев", "руководитель канцелярии", "Канцелярия посольства КР", "KG", ""],
        ["Назгуль Батаева", "председатель", "КМОО «Киргизская НКА»", "Киргизия", "n@example.kg"],
        ["Иван Иванов", "", "Канцелярия посольства КР", "", ""],
    ]
    path = write_csv(tmp_path / "people.csv", rows, encoding="utf-8-sig", delimiter=",")

    first = import_register(database, path)
    again = import_register(database, path)

    assert first.created == Counter({"people": 3, "organizations": 2})
    assert +again.created == Counter() and again.unchanged == Counter({"people": 3})
    with database.session() as session:
        kabaev = session.scalars(select(Person).where(Person.name == "Азамат Кабаев")).one()
        assert kabaev.country_code == "KG"
        [post] = kabaev.positions
        assert post.title == "руководитель канцелярии"
        assert post.organization is not None
        assert post.organization.name == "Канцелярия посольства КР"
        assert session.scalars(select(Person.email).where(Person.name.like("Назгуль%"))).one() == (
            "n@example.kg"
        )
        assert len(session.scalars(select(Position)).all()) == 3
        assert len(session.scalars(select(Organization)).all()) == 2


def test_agreements_with_parties_by_name(tmp_path: Path, database: Database) -> None:
    create_place(database, PlaceInput(name="Красноярск", country="RU"))
    create_place(database, PlaceInput(name="Джалал-Абад", country="KG"))
    rows = [
        ["Название", "Вид", "Стороны", "Дата подписания", "Действует до", "Статус"],
        [
            "Меморандум о побратимстве",
            "побратимство",
            "Красноярск; Джалал-Абад",
            "12.09.2019",
            "",
            "действует",
        ],
        [
            "Соглашение о сотрудничестве",
            "сотрудничество",
            "Красноярск; Казахстан",
            "2021-05-01",
            "2026-05-01",
            "",
        ],
        ["Протокол", "протокол", "Красноярск; Нигде", "", "", ""],
    ]
    path = write_csv(tmp_path / "agreements.csv", rows, encoding="utf-8", delimiter="\t")

    report = import_register(database, path)

    assert report.created == Counter({"agreements": 2})
    assert [(p.where.row, p.where.column) for p in report.skipped] == [(4, "Стороны")]
    with database.session() as session:
        memorandum = session.scalars(select(Agreement).where(Agreement.kind == "sister_city")).one()
        assert (memorandum.status, memorandum.signed_on) == ("in_force", date(2019, 9, 12))
        names = [p.place.name for p in memorandum.parties if p.place is not None]
        assert names == ["Красноярск", "Джалал-Абад"]
        cooperation = session.scalars(
            select(Agreement).where(Agreement.kind == "cooperation")
        ).one()
        assert cooperation.valid_until == date(2026, 5, 1)
        assert [(p.place_id is not None, p.country_code) for p in cooperation.parties] == [
            (True, None),
            (False, "KZ"),
        ]
        assert len(session.scalars(select(AgreementParty)).all()) == 4


def test_a_file_whose_columns_match_nothing_is_refused(tmp_path: Path, database: Database) -> None:
    path = write_csv(
        tmp_path / "x.csv", [["foo", "bar"], ["1", "2"]], encoding="utf-8", delimiter=","
    )
    before = contents(database)

    report = import_register(database, path)

    assert report.refused is not None and "None of the columns" in report.refused.message
    assert "foo, bar" in report.refused.message
    assert contents(database) == before


def test_participants_known_by_name_are_linked(tmp_path: Path, database: Database) -> None:
    from diplotrack.services.people import PersonInput, create_person

    create_person(database, PersonInput(name="Владислав Логинов", country="RU"))
    rows = [
        ["Title", "Date", "Participants"],
        ["Meeting", "2024-04-10 11:00", "Владислав Логинов; Guest"],
    ]
    path = write_csv(tmp_path / "e.csv", rows, encoding="utf-8", delimiter=",")

    import_register(database, path, today=TODAY)

    with database.session() as session:
        participants = session.scalars(select(EventParticipant)).all()
        assert [(p.person is not None, p.description) for p in participants] == [
            (True, None),
            (False, "Guest"),
        ]


def test_organizations_with_their_kind_country_and_city(tmp_path: Path, database: Database) -> None:
    rows = [
        ["Организация", "Краткое название", "Вид", "Страна", "Город"],
        ["Посольство Киргизской Республики в РФ", "", "посольство", "Киргизия", "Москва"],
        ["Красноярский университет", "СФУ", "вуз", "Россия", "Красноярск"],
        ["Безымянная", "", "кружок", "", ""],
        ["Общество дружбы", "", "", "", "Нигдеград"],
    ]
    path = write_csv(tmp_path / "organizations.csv", rows, encoding="cp1251", delimiter=";")

    report = import_register(database, path)

    assert report.created == Counter({"organizations": 2, "places": 2})
    assert [(p.where.row, p.where.column) for p in report.skipped] == [(4, "Вид"), (5, "Город")]
    with database.session() as session:
        embassy = session.scalars(select(Organization).where(Organization.kind == "embassy")).one()
        assert embassy.country_code == "KG"
        assert embassy.place is not None
        assert (embassy.place.name, embassy.place.country_code) == ("Москва", "KG")
        university = session.scalars(
            select(Organization).where(Organization.short_name == "СФУ")
        ).one()
        assert university.kind == "university" and university.country_code == "RU"


def test_an_unknown_place_is_added_only_where_the_row_says(
    tmp_path: Path, database: Database
) -> None:
    rows = [
        ["Title", "Date", "Country", "City"],
        ["In Osh", "2024-05-01", "Kyrgyzstan", "Osh"],
        ["Somewhere", "2024-05-02", "KG; RU", "Kant"],
        ["Nowhere", "2024-05-03", "", "Tokmok"],
        ["Osh again", "2024-05-04", "KG, KZ", "Osh"],  # known by now from the row above
    ]
    path = write_csv(tmp_path / "events.csv", rows, encoding="utf-8", delimiter=",")

    checks = check_rows(database, read_table(path), guess_mapping(read_table(path)))
    report = import_register(database, path, today=TODAY)

    assert [check.ok for check in checks] == [True, False, False, True]
    assert "several countries (KG, RU)" in checks[1].problems[0].message
    assert "names no country" in checks[2].problems[0].message
    assert report.created == Counter({"events": 2, "places": 1})
