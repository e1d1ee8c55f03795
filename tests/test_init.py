"""The package's face (aiser_jupyter/__init__.py): a small public API, loaded lazily."""

from __future__ import annotations

import pytest

import aiser_jupyter
from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.core import Engine
from aiser_jupyter.errors import AiserError


def test_the_public_names_are_the_engine_its_settings_and_the_error() -> None:
    assert set(aiser_jupyter.__all__) == {"AiserError", "Engine", "EngineConfig", "__version__"}
    assert aiser_jupyter.Engine is Engine
    assert aiser_jupyter.EngineConfig is EngineConfig
    assert aiser_jupyter.AiserError is AiserError


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        aiser_jupyter.Nope  # noqa: B018


def test_the_prebuilt_extension_is_declared_for_jupyterlab() -> None:
    assert aiser_jupyter._jupyter_labextension_paths() == [
        {"src": "labextension", "dest": "aiser-jupyter"}
    ]
