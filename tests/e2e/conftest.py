"""Running the installed `diplotrack` command against real databases on both engines.

Filling the demo takes a while, so ``demo_url`` fills one database per engine per module and
the read-only tests share it; tests that change a database take a fresh one (``database_url``).
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from e2e.command import fill_demo

_names = itertools.count(1)


@pytest.fixture(
    scope="module",
    params=[
        pytest.param("sqlite", id="sqlite"),
        pytest.param("postgres", id="postgres", marks=pytest.mark.postgres),
    ],
)
def demo_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """A database filled once with `diplotrack demo`, shared by the tests of one module."""
    if request.param == "sqlite":
        folder: Path = tmp_path_factory.mktemp("demo")
        url = f"sqlite:///{folder}/demo.sqlite3"
        fill_demo(url)
        yield url
        return
    server = request.getfixturevalue("postgres_server")
    template = request.getfixturevalue("postgres_template")
    name = f"diplotrack_e2e_{os.getpid()}_{next(_names)}"
    url = server.create_database(name, template=template)
    try:
        fill_demo(url)
        yield url
    finally:
        server.drop_database(name)
