"""Follow-ups, country aliases and attachments through the services, on both engines."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from servicekit import Refuse, World, found, meeting, version_of

from diplotrack.domain import (
    Attachment,
    CountryAlias,
    Event,
    FollowUp,
    NotFoundError,
    ValidationError,
)
from diplotrack.domain.enums import FollowUpStatus
from diplotrack.services import attachments
from diplotrack.services.attachments import (
    archive_attachment,
    attach_file,
    describe_attachment,
    restore_attachment,
)
from diplotrack.services.changes import RecordRef
from diplotrack.services.countries import add_country_alias, remove_country_alias
from diplotrack.services.events import create_event
from diplotrack.services.followups import (
    FollowUpInput,
    archive_followup,
    complete_followup,
    create_followup,
    restore_followup,
    update_followup,
)
from diplotrack.store.database import Database

NewEvent = Callable[..., int]


# -- follow-ups -----------------------------------------------------------------------------


def test_followup_is_created_and_completed(
    database: Database, world: World, new_event: NewEvent
) -> None:
    event_id = new_event()
    followup_id = create_followup(
        database,
        FollowUpInput(
            title="Подготовить программу визита делегации мэрии Джалал-Абада",
            due_on=date(2024, 4, 20),
            responsible_organization_id=world.administration,
            event_id=event_id,
            country="Киргизия",
        ),
    ).created_id("followup")
    assert followup_id in found(database, "followup", "программы визита")
    changes = complete_followup(database, followup_id, expected_version=1)
    assert changes.updated == {RecordRef("followup", followup_id)}
    with database.session() as session:
        followup = session.get_one(FollowUp, followup_id)
        assert followup.status is FollowUpStatus.DONE
        assert followup.done_on is not None
        assert abs(followup.done_on - date.today()) <= timedelta(days=1)
        assert (followup.country_code, followup.event_id) == ("KG", event_id)
    complete_followup(database, followup_id, expected_version=2, done_on=date(2024, 4, 19))
    with database.session() as session:
        assert session.get_one(FollowUp, followup_id).done_on == date(2024, 4, 19)


def test_followup_rules(database: Database, world: World, refused: Refuse) -> None:
    refused(lambda: create_followup(database, FollowUpInput(title=" ")), ValidationError, "title")
    error = refused(
        lambda: create_followup(database, FollowUpInput(title="Школа", done_on=date(2024, 5, 1))),
        ValidationError,
        "done_on",
    )
    assert "open" in error.message
    future = date.today() + timedelta(days=30)
    refused(
        lambda: create_followup(
            database, FollowUpInput(title="Школа", status="done", done_on=future)
        ),
        ValidationError,
        "done_on",
    )
    for field in ("event_id", "delegation_id", "agreement_id", "responsible_person_id"):
        dangling: dict[str, Any] = {field: 6060}
        refused(
            lambda dangling=dangling: create_followup(  # type: ignore[misc]
                database, FollowUpInput(title="Школа", **dangling)
            ),
            NotFoundError,
            field,
        )
    refused(
        lambda: create_followup(database, FollowUpInput(title="Школа", country="Ктото")),
        ValidationError,
        "country",
    )


def test_followup_update_archive_restore(database: Database, refused: Refuse) -> None:
    followup_id = create_followup(
        database, FollowUpInput(title="Строительство русской школы в Джалал-Абаде")
    ).created_id("followup")
    update_followup(
        database,
        followup_id,
        FollowUpInput(title="Строительство русской школы в Джалал-Абаде", status="in_progress"),
        expected_version=1,
    )
    archive_followup(database, followup_id, expected_version=2)
    refused(lambda: complete_followup(database, followup_id, expected_version=3), ValidationError)
    restore_followup(database, followup_id, expected_version=3)
    assert version_of(database, FollowUp, followup_id) == 4


# -- country aliases ------------------------------------------------------------------------


def test_alias_is_added_used_and_removed(database: Database, refused: Refuse) -> None:
    changes = add_country_alias(database, "KG", "Кыргыз Республикасы")
    assert changes.touches("country_alias")
    event_id = create_event(database, meeting(countries=("кыргыз республикасы",))).created_id(
        "event"
    )
    with database.session() as session:
        assert [c.code for c in session.get_one(Event, event_id).countries] == ["KG"]
    remove_country_alias(database, "Киргизия", "Кыргыз Республикасы")
    refused(
        lambda: create_event(database, meeting(countries=("Кыргыз Республикасы",))),
        ValidationError,
        "countries",
    )


def test_alias_rules(database: Database, refused: Refuse) -> None:
    error = refused(
        lambda: add_country_alias(database, "KZ", "Кыргызстан"), ValidationError, "alias"
    )
    assert "Kyrgyzstan" in error.message
    refused(lambda: add_country_alias(database, "KG", "  "), ValidationError, "alias")
    refused(lambda: add_country_alias(database, "Лилипутия", "Лилипут"), ValidationError, "country")
    refused(lambda: remove_country_alias(database, "KZ", "Киргизия"), NotFoundError, "alias")
    with database.session() as session:
        assert (
            session.query(CountryAlias).filter_by(normalized="киргизия").one().country_code == "KG"
        )


# -- attachments ----------------------------------------------------------------------------


def test_attach_bytes_and_a_file(
    database: Database, world: World, new_event: NewEvent, tmp_path: Path
) -> None:
    event_id = new_event()
    content = "Пресс-релиз о встрече".encode()
    changes = attach_file(database, "event", event_id, content, "press-release.txt")
    attachment_id = changes.created_id("attachment")
    photo = tmp_path / "встреча.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    photo_id = attach_file(database, "person", world.kabaev, photo).created_id("attachment")
    with database.session() as session:
        stored = session.get_one(Attachment, attachment_id)
        assert (stored.file_name, stored.media_type, stored.size) == (
            "press-release.txt",
            "text/plain",
            len(content),
        )
        assert stored.sha256 == hashlib.sha256(content).hexdigest()
        assert stored.content == content and stored.event_id == event_id
        image = session.get_one(Attachment, photo_id)
        assert (image.file_name, image.media_type, image.person_id) == (
            "встреча.png",
            "image/png",
            world.kabaev,
        )
        assert image.content == photo.read_bytes()
    describe_attachment(
        database, attachment_id, "пресс-релиз.txt", "с сайта мэрии", expected_version=1
    )
    archive_attachment(database, attachment_id, expected_version=2)
    restore_attachment(database, attachment_id, expected_version=3)
    assert version_of(database, Attachment, attachment_id) == 4


def test_attachment_rules(
    database: Database,
    world: World,
    new_event: NewEvent,
    refused: Refuse,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    event_id = new_event()
    monkeypatch.setattr(attachments, "MAX_ATTACHMENT_BYTES", 1000)
    big = tmp_path / "скан договора.pdf"
    big.write_bytes(b"%PDF" + b"0" * 2000)
    error = refused(
        lambda: attach_file(database, "event", event_id, big), ValidationError, "content"
    )
    assert "скан договора.pdf" in error.message and "2.0 KB" in error.message
    refused(
        lambda: attach_file(database, "event", event_id, tmp_path / "нет.pdf"),
        ValidationError,
        "content",
    )
    refused(lambda: attach_file(database, "event", 8080, b"x", "a.txt"), NotFoundError, "event_id")
    refused(
        lambda: attach_file(database, "meeting", event_id, b"x", "a.txt"),
        ValidationError,
        "owner_kind",
    )
    refused(
        lambda: attach_file(database, "event", event_id, b"x", " "), ValidationError, "file_name"
    )
