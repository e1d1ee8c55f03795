"""The engine package (engine/__init__.py): Answer, Engine and EngineConfig, loaded lazily."""

from __future__ import annotations

import pytest

from aiser_jupyter import engine
from aiser_jupyter.engine.answer import Answer
from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.core import Engine


def test_the_engines_names_are_the_classes_themselves() -> None:
    assert (engine.Answer, engine.Engine, engine.EngineConfig) == (Answer, Engine, EngineConfig)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        engine.Nope  # noqa: B018
