"""The kernel's one engine: every adapter in the kernel reaches the same engine, with the
current ``%config Aiser`` applied, until it is reset."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from IPython.core.interactiveshell import InteractiveShell

from aiser_jupyter import _kernel


@pytest.fixture()
def kernel(demo_path: Path) -> Iterator[None]:
    _kernel.reset()
    yield
    _kernel.reset()


@pytest.fixture()
def ip(kernel: None) -> Iterator[Any]:
    shell = InteractiveShell.instance()
    yield shell
    InteractiveShell.clear_instance()


def test_no_settings_before_an_adapter_makes_the_engine(kernel: None) -> None:
    assert _kernel.configured() is None
    engine = _kernel.get_engine()
    assert _kernel.configured() is not None
    assert _kernel.get_engine() is engine


def test_config_reaches_the_same_engine(ip: Any) -> None:
    engine = _kernel.get_engine(ip)
    ip.run_line_magic("config", "Aiser.max_rows = 1234")
    assert _kernel.get_engine(ip) is engine
    assert engine.config.max_rows == 1234


def test_the_settings_are_registered_with_the_shell_once(ip: Any) -> None:
    _kernel.get_engine(ip)
    _kernel.get_engine(ip)
    settings = _kernel.configured()
    assert sum(c is settings for c in ip.configurables) == 1


def test_reset_closes_the_engine_and_forgets_the_settings(kernel: None, tmp_path: Path) -> None:
    sqlite3.connect(tmp_path / "shop.db").execute("CREATE TABLE t (x INTEGER)").connection.commit()
    engine = _kernel.get_engine()
    engine.connect("shop", str(tmp_path / "shop.db"))
    assert "shop" in {s["alias"] for s in engine.sources()}
    settings = _kernel.configured()
    assert settings is not None
    settings.max_rows = 99
    _kernel.reset()
    assert _kernel.configured() is None
    assert "shop" not in {s["alias"] for s in engine.sources()}  # closed
    fresh = _kernel.get_engine()
    assert fresh is not engine and fresh.config.max_rows != 99
    assert "shop" not in {s["alias"] for s in fresh.sources()}
