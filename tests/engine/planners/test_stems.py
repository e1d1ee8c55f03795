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
