"""Countries on the detail panel's pages by flag and name in the window's language: a party
to an agreement that is a country, a follow-up's country, an event's countries."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from diplotrack.domain import Agreement, AgreementParty
from diplotrack.services.changes import RecordRef
from diplotrack.ui.context import AppContext
from diplotrack.ui.i18n import install_language
from diplotrack.ui.views.detail_panel import DetailPanel
from support.gestures import click_link

pytestmark = pytest.mark.gui


def _agreement_with_serbia(context: AppContext) -> int:
    with context.db.session() as session:
        found = session.scalar(
            select(Agreement.id)
            .join(AgreementParty, AgreementParty.agreement_id == Agreement.id)
            .where(AgreementParty.country_code == "RS")
        )
    assert found is not None
    return int(found)


def test_a_country_party_a_follow_ups_country_and_an_events_by_name(
    qtbot: QtBot, panel: DetailPanel, context: AppContext, example_ids: dict[str, int]
) -> None:
    context.select(RecordRef("agreement", _agreement_with_serbia(context)))
    parties = panel.text().split("PARTIES\n", 1)[1]
    assert "Serbia" in parties.split("\n\n", 1)[0]
    context.select(RecordRef("followup", example_ids["school"]))
    assert "Country\nKyrgyzstan" in panel.text()
    context.select(RecordRef("event", example_ids["meeting"]))
    countries = panel.text().split("Countries\n", 1)[1].split("\n", 1)[0].split()
    assert countries == ["Kyrgyzstan", "Russia"]
    with qtbot.waitSignal(context.selection_changed) as selected:
        click_link(qtbot, panel.browser, "Kyrgyzstan")  # still a link to the country
    assert selected.args[0].kind == "country"
    install_language("ru")
    context.set_language("ru")
    context.select(RecordRef("followup", example_ids["school"]))
    assert "Страна\nКиргизия" in panel.text()
    install_language("en")
    context.set_language("en")
