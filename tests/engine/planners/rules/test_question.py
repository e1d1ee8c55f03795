"""Words of a question: numbers with their scale, quoted values, identifiers, decades."""

from __future__ import annotations

from aiser_jupyter.engine.planners.rules.question import Question


def texts(text: str) -> list[str]:
    return [w.text for w in Question.read(text).words]


def test_numbers_with_thousands_separators_and_scales() -> None:
    words = Question.read("between 200,000 and 2 million people").words
    assert [w.number for w in words if w.number is not None] == [200_000, 2_000_000]


def test_number_words_become_digits() -> None:
    assert texts("top ten products") == ["top", "10", "products"]


def test_quoted_phrases_are_one_value() -> None:
    quoted = [
        w.raw for w in Question.read('status code "stop" and "Knee problem"').words if w.quoted
    ]
    assert quoted == ["stop", "Knee problem"]


def test_decades_and_codes_stay_whole() -> None:
    assert "1990s" in texts("in the 1990s")
    assert "manufacturer#1" in texts("brands of Manufacturer#1")


def test_claims_are_first_come() -> None:
    q = Question.read("total revenue by region")
    q.claim(0, 2, "measure")
    q.claim(1, 3, "grouping")
    assert q.used == {0: "measure", 1: "measure", 2: "grouping"}
    assert [w.text for w in q.unused()] == ["region"]
