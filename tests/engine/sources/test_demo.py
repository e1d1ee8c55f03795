"""The bundled demo (sources/demo.py): built once into the cache folder, without network,
the same data from the same seed, with declared keys."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from aiser_jupyter.engine.sources import demo

CHECKSUM = (
    "SELECT (SELECT count(*) FROM order_lines), (SELECT sum(revenue) FROM order_lines), "
    "(SELECT count(*) FROM orders), (SELECT min(order_date) FROM orders), "
    "(SELECT max(order_date) FROM orders), (SELECT count(*) FROM customers), "
    "(SELECT sum(hash(name)) FROM products)"
)


def _query(path: Path, sql: str) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.sql(sql).fetchall()
    finally:
        con.close()


def test_the_cache_folder_is_aiser_cache_dir(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("AISER_CACHE_DIR", str(tmp_path))
    assert demo.cache_dir() == tmp_path
    assert demo.demo_path() == tmp_path / f"demo-v{demo.DEMO_VERSION}.duckdb"


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo built from nothing in a new cache folder."""
    folder = tmp_path_factory.mktemp("cache")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("AISER_CACHE_DIR", str(folder))
        return demo.ensure_demo()


def test_a_build_leaves_the_database_and_nothing_else(fresh: Path) -> None:
    assert [p.name for p in fresh.parent.iterdir()] == [fresh.name]


def test_a_second_call_uses_the_built_file(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = fresh.stat().st_mtime_ns
    monkeypatch.setenv("AISER_CACHE_DIR", str(fresh.parent))
    assert demo.ensure_demo() == fresh and fresh.stat().st_mtime_ns == before


def test_the_same_seed_gives_the_same_data(fresh: Path, demo_path: Path) -> None:
    assert _query(fresh, CHECKSUM) == _query(demo_path, CHECKSUM)


def test_three_years_of_orders_from_five_thousand_customers(fresh: Path) -> None:
    ((lines, _, orders, first, last, customers, _),) = _query(fresh, CHECKSUM)
    assert (orders, customers) == (demo.N_ORDERS, demo.N_CUSTOMERS)
    assert 100_000 <= lines <= 200_000
    assert str(first).startswith("2023-01") and str(last).startswith("2025-12")
    assert str(first) >= demo.START and str(last) <= demo.END
    regions = _query(fresh, "SELECT name FROM regions ORDER BY region_id")
    assert [r for (r,) in regions] == demo.REGIONS


def test_the_keys_are_declared(fresh: Path) -> None:
    rows = _query(
        fresh,
        "SELECT table_name, constraint_type FROM duckdb_constraints() "
        "WHERE constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY')",
    )
    foreign = {t for t, kind in rows if kind == "FOREIGN KEY"}
    assert foreign == {"products", "customers", "orders", "order_lines"}
    assert {t for t, kind in rows if kind == "PRIMARY KEY"} == {
        "regions",
        "categories",
        "products",
        "customers",
        "orders",
        "order_lines",
    }
