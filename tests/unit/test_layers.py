"""The layers keep their direction: domain, store and services never import Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "desktop" / "diplotrack"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", ["domain", "store", "services"])
def test_core_layers_never_import_qt_or_the_ui(layer: str) -> None:
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files, f"no modules in {layer}"
    offenders = {
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in files
        for name in _imports(path)
        if name.startswith(("PySide6", "shiboken6", "diplotrack.ui"))
    }
    assert offenders == set()


def test_domain_does_not_reach_into_store_or_services() -> None:
    offenders = {
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in sorted((PACKAGE / "domain").rglob("*.py"))
        for name in _imports(path)
        if name.startswith(("diplotrack.store", "diplotrack.services"))
    }
    assert offenders == set()
