"""SQLAlchemy sources (SQLite here; the servers in test_servers_*.py): read-only, files never created."""

import pytest

from aiser_jupyter.engine.config import Limits
from aiser_jupyter.engine.sources.open import open_source
from aiser_jupyter.errors import AiserError


def test_sqlite_url_runs_read_only(sqlite_shop):
    source = open_source("shop", f"sqlite:///{sqlite_shop}")
    assert source.dialect == "sqlite"
    with pytest.raises(AiserError) as info:
        source.run("DELETE FROM orders", Limits())
    assert info.value.code == "AISER-DB-EXEC"
    assert source.run("SELECT COUNT(*) AS n FROM orders", Limits()).to_pylist() == [{"n": 5000}]
    source.close()


@pytest.mark.parametrize("name", ["new.sqlite", "sub/new.db", "odd ?#name.sqlite"])
def test_a_missing_sqlite_file_is_refused_and_not_created(tmp_path, name):
    target = tmp_path / name
    for url in (f"sqlite:///{target}", f"sqlite:///{target}?timeout=5"):
        with pytest.raises(AiserError) as info:
            source = open_source("new", url)
            source.describe()
        assert info.value.code in ("AISER-SRC-FILE", "AISER-SRC-PARAM")
    assert sorted(p.name for p in tmp_path.rglob("*")) == []


def test_a_sqlite_url_opens_the_file_read_only_even_without_the_authorizer(tmp_path, sqlite_shop):
    import shutil

    copy = tmp_path / "shop.sqlite"
    shutil.copy(sqlite_shop, copy)
    before = copy.read_bytes()
    source = open_source("shop", f"sqlite:///{copy}")
    raw = source.engine.raw_connection()
    try:
        raw.driver_connection.set_authorizer(None)  # as if the first line of defence failed
        raw.driver_connection.execute("PRAGMA query_only = OFF")
        with pytest.raises(Exception, match="readonly"):
            raw.driver_connection.execute("DELETE FROM orders")
    finally:
        raw.close()
        source.close()
    assert copy.read_bytes() == before
