"""The real-data benchmark's datasets read from files other packages ship: TPC-H generated
by ``tpchgen-cli``, Seattle's weather from ``vega-datasets`` and the US macro series from
``statsmodels`` (see ``registry.py``)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import duckdb
from load_common import package_file, quote

__all__ = ["load_macrodata", "load_seattle_weather", "load_tpch"]

TPCH_SCALE = "0.05"  # lineitem ≈ 300k rows, orders 75k


def load_tpch(con: duckdb.DuckDBPyConnection) -> None:
    exe = shutil.which("tpchgen-cli") or str(Path(sys.executable).parent / "tpchgen-cli")
    if not Path(exe).exists():
        msg = "tpchgen-cli is not installed: pip install -e '.[bench]'"
        raise SystemExit(msg)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [exe, "parquet", "-s", TPCH_SCALE, f"--output-dir={tmp}"],
            check=True,
            capture_output=True,
        )
        for path in sorted(Path(tmp).glob("*.parquet")):
            con.execute(
                f"CREATE TABLE {quote(path.stem)} AS SELECT * FROM read_parquet(?)", [str(path)]
            )


def load_seattle_weather(con: duckdb.DuckDBPyConnection) -> None:
    path = package_file("vega_datasets", "_data", "seattle-weather.csv")
    con.execute(
        "CREATE TABLE seattle_weather AS SELECT * FROM read_csv(?, header=true, dateformat='%Y/%m/%d')",
        [str(path)],
    )


def load_macrodata(con: duckdb.DuckDBPyConnection) -> None:
    path = package_file("statsmodels", "datasets", "macrodata", "macrodata.csv")
    con.execute("CREATE TABLE macrodata AS SELECT * FROM read_csv(?, header=true)", [str(path)])
