"""The dossier's header on a narrow window: a long name wraps instead of widening it."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from diplotrack.demo.example_keys import CHANCERY
from diplotrack.ui.context import AppContext
from diplotrack.ui.views.dossier import DossierView
from support.demo import id_of

pytestmark = pytest.mark.gui


def test_a_long_organization_name_wraps_in_a_narrow_dossier(
    qtbot: QtBot, context: AppContext
) -> None:
    view = DossierView(context)
    qtbot.addWidget(view)
    view.resize(640, 600)
    view.show()
    qtbot.waitExposed(view)
    view.show_dossier("organization", id_of(context.db, "organization", CHANCERY))
    qtbot.waitUntil(lambda: not view.is_loading)
    # the English window's title is «Office of the Embassy of the Kyrgyz Republic to the
    # Russian Federation in Krasnoyarsk», 830 px on one line
    assert view.title.text().startswith("Office of the Embassy")
    assert view.minimumSizeHint().width() <= 640
    assert view.width() == 640
    for label in (view.title, view.subtitle, view.counts):
        assert label.geometry().right() <= view.width()
