"""The search convention of domain.text: normalized words, stems as prefixes, safe query words."""

from __future__ import annotations

import pytest

from diplotrack.domain.text import index_text, normalize, query_prefixes, stem, words


def test_normalize_folds_case_yo_and_spaces() -> None:
    assert normalize("  Ёлка\tИ   ЁЖ ") == "елка и еж"


def test_words_split_hyphens_and_punctuation() -> None:
    assert words("Джалал-Абад, «Красноярск 5.0»!") == ["джалал", "абад", "красноярск", "5", "0"]


@pytest.mark.parametrize(
    ("query", "stored"),
    [
        ("Кабаева", "кабаев"),
        ("Джалал-Абаде", "абад"),
        ("встречи", "встреча"),
        ("Loginov's", "loginov"),
        # English stems may rewrite the last letters ("city" → "citi"): still a prefix
        ("city", "city"),
        ("agreed", "agreement"),
    ],
)
def test_query_stem_is_a_prefix_of_the_stored_form(query: str, stored: str) -> None:
    assert any(stored.startswith(prefix) for prefix in query_prefixes(query))


def test_short_words_are_kept_whole() -> None:
    assert stem("ЕС") == "ес"
    assert len(stem("оон")) == 3


@pytest.mark.parametrize("text", ['"', "*", "NEAR(", "%_", "' OR 1=1 --", "", "!!!"])
def test_query_prefixes_hold_only_letters_and_digits(text: str) -> None:
    assert all(prefix.isalnum() for prefix in query_prefixes(text))


def test_index_text_skips_empty_parts() -> None:
    assert index_text("Азамат Кабаев", None, "", "Azamat Kabaev") == "азамат кабаев azamat kabaev"
