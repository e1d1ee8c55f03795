"""The one error root (errors.py): a stable code, one sentence that names the fix."""

from __future__ import annotations

import re

import pytest

from aiser_jupyter.errors import CODES, AiserError, error


def test_every_code_is_area_and_name_with_a_hint_that_is_a_sentence() -> None:
    for code, hint in CODES.items():
        assert re.fullmatch(r"AISER-[A-Z]+(-[A-Z]+)*", code), code
        assert hint[0].isupper() and hint.endswith("."), code


def test_the_text_is_code_message_and_hint_on_one_line() -> None:
    refusal = error("AISER-SQL-TABLE", "No table named secrets\n")
    assert refusal.text == f"AISER-SQL-TABLE: No table named secrets. {CODES['AISER-SQL-TABLE']}"
    assert str(refusal) == refusal.text and "\n" not in refusal.text


def test_a_message_that_ends_a_sentence_is_not_given_another_full_stop() -> None:
    assert error("AISER-PLAN-UNSURE", "Did you mean revenue?").text.startswith(
        "AISER-PLAN-UNSURE: Did you mean revenue? "
    )


def test_details_travel_with_the_error_and_the_panel_gets_code_and_text() -> None:
    refusal = error("AISER-LLM-BUDGET", "Budget used up", budget="calls")
    assert refusal.details == {"budget": "calls"}
    assert refusal.hint == CODES["AISER-LLM-BUDGET"]
    assert refusal.to_dict() == {
        "code": "AISER-LLM-BUDGET",
        "message": f"Budget used up. {CODES['AISER-LLM-BUDGET']}",
    }


def test_an_unknown_code_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="AISER-NOPE"):
        AiserError("AISER-NOPE", "x")
