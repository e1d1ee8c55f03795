"""DataFrames as sources (issue 18): pandas, polars and Arrow tables charted by ``Engine.ask``.

Every number is checked against the same aggregation run by plain DuckDB on the same frame;
a frame changed or re-bound between two questions gives the new numbers; the catalog
profiles frames like tables and infers the joins between them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import polars as pl
import pyarrow as pa
import pytest

from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.core import Engine
from aiser_jupyter.engine.sources.frame_data import probe_positions
from aiser_jupyter.engine.sources.frames import ANONYMOUS_KEPT, FrameSource
from aiser_jupyter.errors import AiserError

N = 5_000
KINDS = ("pandas", "polars", "arrow")


def sales_frame(kind: str, seed: int = 7, rows: int = N) -> Any:
    rng = np.random.default_rng(seed)
    data = pd.DataFrame(
        {
            "region_id": rng.integers(1, 5, rows),
            "channel": rng.choice(["web", "store", "phone"], rows),
            "amount": np.round(rng.random(rows) * 100, 2),
            "order_date": pd.Timestamp("2024-01-01") + pd.to_timedelta(np.arange(rows) % 366, "D"),
        }
    )
    return convert(data, kind)


def regions_frame(kind: str) -> Any:
    data = pd.DataFrame({"region_id": [1, 2, 3, 4], "name": ["North", "South", "East", "West"]})
    return convert(data, kind)


def convert(data: pd.DataFrame, kind: str) -> Any:
    if kind == "polars":
        return pl.from_pandas(data)
    if kind == "arrow":
        return pa.Table.from_pandas(data, preserve_index=False)
    return data


def direct(sql: str, **frames: Any) -> list[tuple[Any, ...]]:
    """``sql`` run by plain DuckDB on the frames (no engine, no sandbox), rows sorted."""
    con = duckdb.connect()
    for name, frame in frames.items():
        con.register(name, frame)
    rows = con.sql(sql).fetchall()
    con.close()
    return sorted(rows)


def plotted(answer: Any) -> list[tuple[Any, ...]]:
    return sorted(tuple(row.values()) for row in answer.table.to_pylist())


def same(got: list[tuple[Any, ...]], want: list[tuple[Any, ...]]) -> None:
    assert len(got) == len(want), (got, want)
    for g, w in zip(got, want, strict=True):
        assert g[:-1] == w[:-1]
        assert g[-1] == pytest.approx(w[-1], rel=1e-9)


@pytest.fixture()
def engine() -> Iterator[Engine]:
    eng = Engine(EngineConfig(planner="rules", use_cache=False))
    yield eng
    eng.close()


@pytest.mark.parametrize("kind", KINDS)
def test_a_frame_is_charted_with_the_numbers_of_duckdb(engine: Engine, kind: str) -> None:
    sales = sales_frame(kind)
    answer = engine.ask("total amount by channel", source=sales)
    assert answer.plan.chart.mark == "bar"
    assert answer.source == "df" and answer.frames == ["df"]
    want = direct("SELECT channel, SUM(amount) FROM df GROUP BY 1", df=sales)
    same(plotted(answer), want)


@pytest.mark.parametrize("kind", KINDS)
def test_frames_by_name_are_joined_on_the_inferred_key(engine: Engine, kind: str) -> None:
    sales, regions = sales_frame(kind), regions_frame(kind)
    answer = engine.ask("total amount by region name", source={"sales": sales, "regions": regions})
    assert "JOIN" in answer.sql.upper()
    want = direct(
        "SELECT r.name, SUM(s.amount) FROM sales s JOIN regions r USING (region_id) GROUP BY 1",
        sales=sales,
        regions=regions,
    )
    same(plotted(answer), want)
    (join,) = engine.catalog(answer.source).joins
    assert (join.table, join.column, join.ref_table, join.ref_column) == (
        "sales",
        "region_id",
        "regions",
        "region_id",
    )
    assert not join.declared and join.evidence


@pytest.mark.parametrize("kind", KINDS)
def test_the_catalog_profiles_a_frame_like_a_table(engine: Engine, kind: str) -> None:
    engine.connect("shop", {"sales": sales_frame(kind)})
    (table,) = engine.catalog("shop").tables
    assert table.name == "sales" and table.kind == "table" and table.row_count == N
    columns = {c.name: c for c in table.columns}
    assert columns["amount"].semantic == "quantitative"
    assert columns["order_date"].semantic == "temporal"
    assert columns["region_id"].semantic == "key"
    assert columns["channel"].distinct == 3
    assert sorted(columns["channel"].samples) == ["phone", "store", "web"]
    assert columns["region_id"].min == 1 and columns["region_id"].max == 4


@pytest.mark.parametrize("kind", KINDS)
def test_a_monthly_line_over_a_frame(engine: Engine, kind: str) -> None:
    sales = sales_frame(kind)
    answer = engine.ask("total amount by month", source={"sales": sales})
    assert answer.plan.chart.mark == "line"
    want = direct(
        "SELECT date_trunc('month', order_date), SUM(amount) FROM sales GROUP BY 1", sales=sales
    )
    got = [
        (d if isinstance(d, dt.datetime) else dt.datetime.fromisoformat(str(d)), v)
        for d, v in plotted(answer)
    ]
    same(
        got, [(dt.datetime.combine(d, dt.time()) if type(d) is dt.date else d, v) for d, v in want]
    )


# --------------------------------------------------------------------------- changes in the kernel
def _set_pandas_value(df: pd.DataFrame) -> pd.DataFrame:
    df.loc[df["channel"] == "web", "amount"] = 1000.0
    return df


def _replace_pandas_column(df: pd.DataFrame) -> pd.DataFrame:
    df["amount"] = df["amount"] * 3
    return df


def _iloc_one_cell(df: pd.DataFrame) -> pd.DataFrame:
    row = N // 3 + 1
    assert row not in probe_positions(N)  # the change is seen without the rows hashed
    df.iloc[row, df.columns.get_loc("amount")] = 1e6
    return df


def _sort_in_place(df: pd.DataFrame) -> pd.DataFrame:
    df.sort_values("amount", inplace=True)
    df.loc[df.index[:10], "channel"] = "fax"
    return df


def _drop_rows_in_place(df: pd.DataFrame) -> pd.DataFrame:
    df.drop(index=df.index[df["channel"] == "phone"], inplace=True)
    return df


def _polars_setitem(df: pl.DataFrame) -> pl.DataFrame:
    df[N // 3 + 1, "amount"] = 1e6
    return df


MUTATIONS: list[tuple[str, Callable[[Any], Any]]] = [
    ("pandas", _set_pandas_value),
    ("pandas", _replace_pandas_column),
    ("pandas", _iloc_one_cell),
    ("pandas", _sort_in_place),
    ("pandas", _drop_rows_in_place),
    ("polars", _polars_setitem),
]


@pytest.mark.filterwarnings(
    "ignore:The inplace keyword"
)  # pandas 3.1 deprecates it; users still do it
@pytest.mark.parametrize(("kind", "mutate"), MUTATIONS, ids=[m.__name__ for _, m in MUTATIONS])
def test_a_frame_changed_in_place_gives_the_new_numbers(
    engine: Engine, kind: str, mutate: Callable[[Any], Any]
) -> None:
    sales = sales_frame(kind)
    before = engine.ask("total amount by channel", source=sales)
    same(plotted(before), direct("SELECT channel, SUM(amount) FROM df GROUP BY 1", df=sales))
    mutate(sales)
    after = engine.ask("total amount by channel", source=sales)
    want = direct("SELECT channel, SUM(amount) FROM df GROUP BY 1", df=sales)
    assert plotted(after) != plotted(before)
    same(plotted(after), want)
    assert after.source == before.source  # the same source, registered again


@pytest.mark.parametrize("kind", KINDS)
def test_a_variable_bound_to_a_new_frame_is_read_again(engine: Engine, kind: str) -> None:
    namespace = {"sales": sales_frame(kind, seed=1)}
    engine.connect("shop", lambda: {"sales": namespace["sales"]})
    first = engine.ask("total amount by channel", "shop")
    namespace["sales"] = sales_frame(kind, seed=2, rows=N // 2)
    second = engine.ask("total amount by channel", "shop")
    want = direct("SELECT channel, SUM(amount) FROM s GROUP BY 1", s=namespace["sales"])
    same(plotted(second), want)
    assert plotted(first) != plotted(second)
    assert engine.catalog("shop").tables[0].row_count == N // 2  # no stale profile


def test_a_new_column_is_in_the_next_catalog(engine: Engine) -> None:
    sales = sales_frame("pandas")
    engine.ask("total amount by channel", source=sales)
    sales["discount"] = sales["amount"] / 10
    answer = engine.ask("total discount by channel", source=sales)
    same(plotted(answer), direct("SELECT channel, SUM(discount) FROM s GROUP BY 1", s=sales))


def test_an_unchanged_frame_keeps_its_catalog(engine: Engine) -> None:
    sales = sales_frame("pandas")
    first = engine.ask("total amount by channel", source=sales)
    catalog = engine.catalog(first.source)
    engine.ask("number of rows by channel", source=sales)
    assert engine.catalog(first.source) is catalog


def test_a_frame_index_that_holds_data_becomes_a_column(engine: Engine) -> None:
    sales = sales_frame("pandas")
    by_channel = sales.groupby("channel")[["amount"]].sum()  # the index is the channel
    answer = engine.ask("amount by channel", source={"totals": by_channel})
    same(plotted(answer), sorted((k, v) for k, v in by_channel["amount"].items()))


def test_the_same_frame_reuses_its_source_and_many_frames_do_not_pile_up(engine: Engine) -> None:
    sales = sales_frame("arrow")
    assert engine.user_source(sales) is engine.user_source(sales)
    others = [sales_frame("arrow", seed=s, rows=50) for s in range(ANONYMOUS_KEPT + 3)]
    for other in others:
        engine.ask("number of rows by channel", source=other)
    kept = [s["alias"] for s in engine.sources() if s["alias"].startswith("df")]
    assert len(kept) == ANONYMOUS_KEPT


# --------------------------------------------------------------------------- refusals
@pytest.mark.parametrize(
    "source",
    [
        42,
        ["not", "a", "frame"],
        {"sales": [1, 2, 3]},
        {"": pd.DataFrame({"a": [1]})},
        {"a\x00b": pd.DataFrame({"a": [1]})},
        {},
    ],
    ids=["number", "list", "not-a-frame", "empty-name", "nul-in-name", "no-frames"],
)
def test_what_is_no_frame_is_refused_with_a_code(engine: Engine, source: Any) -> None:
    with pytest.raises(AiserError) as info:
        engine.ask("number of rows", source=source)
    assert info.value.code == "AISER-SRC-FRAME"


def test_a_variable_that_is_gone_is_said_so(engine: Engine) -> None:
    namespace: dict[str, Any] = {"sales": sales_frame("pandas")}

    def read() -> dict[str, Any]:
        if "sales" not in namespace:
            raise AiserError("AISER-SRC-FRAME", "The variable 'sales' is no longer defined")
        return {"sales": namespace["sales"]}

    engine.connect("shop", read)
    engine.ask("total amount by channel", "shop")
    namespace["sales"] = "now a string"
    with pytest.raises(AiserError) as info:
        engine.ask("total amount by channel", "shop")
    assert info.value.code == "AISER-SRC-FRAME" and "str" in info.value.message
    del namespace["sales"]
    with pytest.raises(AiserError) as info:
        engine.ask("total amount by channel", "shop")
    assert info.value.code == "AISER-SRC-FRAME"


def test_a_frame_source_says_what_it_reads(engine: Engine) -> None:
    engine.connect("shop", {"sales": sales_frame("polars"), "regions": regions_frame("pandas")})
    (listed,) = [s for s in engine.sources() if s["alias"] == "shop"]
    assert listed["url"] == f"sales (polars {N:,} × 4), regions (pandas 4 × 2)"
    assert listed["current"] and listed["dialect"] == "duckdb"
    source = engine.source("shop")
    assert isinstance(source, FrameSource) and source.tables == ["sales", "regions"]
