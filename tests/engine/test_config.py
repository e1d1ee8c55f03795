"""Engine settings (config.py): plain frozen values; the limits generated SQL runs under."""

from __future__ import annotations

import dataclasses

import pytest

from aiser_jupyter.engine.config import EngineConfig, Limits


def test_the_limits_follow_the_settings() -> None:
    config = EngineConfig(max_rows=123, timeout=4.5, memory_limit="1GB", threads=2)
    assert config.limits == Limits(max_rows=123, timeout=4.5, memory_limit="1GB", threads=2)


def test_the_api_key_never_shows_in_the_settings_text() -> None:
    config = EngineConfig(api_key="sk-canary-9f2", base_url="http://127.0.0.1:1/v1")
    assert "sk-canary-9f2" not in repr(config) and "sk-canary-9f2" not in str(config)


def test_settings_cannot_be_changed_in_place() -> None:
    config = EngineConfig()
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.max_rows = 1  # type: ignore[misc]
    assert dataclasses.replace(config, max_rows=1).max_rows == 1 and config.max_rows == 5_000


def test_a_progress_callback_does_not_make_limits_differ() -> None:
    assert Limits(on_progress=lambda done, seconds: None) == Limits()
