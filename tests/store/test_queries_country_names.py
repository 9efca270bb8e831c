"""Countries' names by code for the detail pages, on both engines."""

from __future__ import annotations

from diplotrack.store.database import Database
from diplotrack.store.queries.country_names import names_of_countries


def test_names_by_code(database: Database) -> None:
    with database.session() as session:
        assert names_of_countries(session, ["kg", "RS", "KG", "", "XX"]) == {
            "KG": ("Киргизия", "Kyrgyzstan"),
            "RS": ("Сербия", "Serbia"),
        }
        assert names_of_countries(session, []) == {}
