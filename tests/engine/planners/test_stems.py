"""Values in analysts' words (planners/stems.py): adjectives of values ("snowy" → snow)."""

from __future__ import annotations

import pytest

from aiser_jupyter.engine.planners.stems import adjective_base


@pytest.mark.parametrize(
    ("word", "base"),
    [("rainy", "rain"), ("sunny", "sun"), ("snowy", "snow"), ("foggy", "fog"), ("city", None)],
)
def test_an_adjective_in_y_names_its_noun(word: str, base: str | None) -> None:
    assert adjective_base(word) == base


def test_a_value_that_inflects_the_word_matches_it() -> None:
    """ "on remand" of the value Remanded, "sentence" of Sentenced; never the other way round
    ("shipping" is not the ship mode SHIP)."""
    from aiser_jupyter.engine.planners.stems import stems_like

    assert stems_like("remand", "remanded") and stems_like("sentence", "sentenced")
    assert not stems_like("shipping", "ship") and not stems_like("ship", "shipping")


def test_a_name_is_read_through_its_stem_or_what_it_heads() -> None:
    from aiser_jupyter.engine.planners.stems import name_stem

    assert name_stem("acceptances", {"accept", "apps"}) == "accept"
    assert name_stem("rider", {"ridership", "date"}) == "ridership"
    assert name_stem("rider", {"date"}) == "rider"
