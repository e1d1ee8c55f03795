"""Column names read as words: snake_case, camelCase, digits, abbreviations, glued words."""

from __future__ import annotations

import pytest

from aiser_jupyter.engine.planners.lexicon import (
    ABBREVIATIONS,
    PLAIN_WORDS,
    number_words,
    segment,
    split_name,
)


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("order_date", ["order", "date"]),
        ("OrderDate", ["order", "date"]),
        ("rcv_delay", ["receiving", "delay"]),
        ("c_acctbal", ["c", "account", "balance"]),
        ("l_extendedprice", ["l", "extended", "price"]),
        ("ps_availqty", ["ps", "available", "quantity"]),
        ("viewers_7day", ["viewer", "7", "day"]),
        ("temp_max", ["temperature", "maximum"]),
        ("categories", ["category"]),
    ],
)
def test_names_read_as_words(name: str, words: list[str]) -> None:
    assert split_name(name) == words


@pytest.mark.parametrize(
    "word", ["weather", "status", "precipitation", "population", "qty", "abcdefg"]
)
def test_words_and_abbreviations_are_not_cut(word: str) -> None:
    assert segment(word) == (word,)


def test_the_lexicon_is_a_data_file_with_plain_words_marked() -> None:
    assert ABBREVIATIONS["dest"] == "destination"
    assert {"no", "desc", "avg"} <= PLAIN_WORDS
    assert "dest" not in PLAIN_WORDS


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("more than one mammal", "more than 1 mammal"),
        ("at least two orders", "at least 2 orders"),
        ("over three hours", "over 3 hours"),
        ("the one with most sales", "the one with most sales"),  # no comparison: a word
    ],
)
def test_a_small_number_word_after_a_comparison_is_the_number(typed: str, read: str) -> None:
    assert number_words(typed) == read
