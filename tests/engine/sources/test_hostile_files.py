"""A data folder's file names are data: they never become SQL, and links never lead out.

Each folder below holds one ordinary CSV file and one file with a hostile name. The
folder must either open — every file readable under its own table — or be refused
with a stable ``AISER-SRC-*`` code; nothing may be written (in the folder or the
working directory), no file outside the folder may be read, and the canary file's
secret must never show up.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from aiser_jupyter.engine.config import Limits
from aiser_jupyter.engine.sources.open import open_source
from aiser_jupyter.errors import AiserError

SECRET = "CANARY-NAME-7c31e0"


def _slashed(path: Path, quote: str = "'") -> str:
    """SQL that builds ``path`` without a ``/`` (a file name cannot hold one)."""
    parts = ", chr(47), ".join(f"{quote}{p}{quote}" for p in path.parts[1:])
    return f"concat(chr(47), {parts})"


def hostile_names(canary: Path) -> list[str]:
    read, dollar = _slashed(canary), _slashed(canary, "$$")
    return [
        # the attack of issue 13: close the string that Python's repr() built (DuckDB does
        # not honour its \' escape), write a file, read another (dollar quotes hold no ')
        f"x\"'];COPY (SELECT 42) TO $$pwned.csv$$;CREATE TEMP TABLE loot AS SELECT content FROM read_text({dollar});--.csv",
        f"x\"'];CREATE TEMP VIEW loot AS SELECT content FROM read_text({dollar});--.csv",
        f"x'); COPY (SELECT content FROM read_text({read})) TO 'pwned.csv'; --.csv",
        f'x"; CREATE VIEW loot AS SELECT * FROM read_text({read}); --.csv',
        "O'Brien.csv",
        'it\'s "quoted".csv',
        "''.csv",
        "\\'.csv",
        "semi;colon.csv",
        "new\nline.csv",
        "tab\there.parquet",
        "ünïcødé データ.json",
        "$(touch pwned).csv",
        "-- comment.csv",
        "$$.csv",
        "brackets[1].csv",
        "star*.csv",
        "question?.csv",
        ".hidden.csv",
        "1_leading_digit.csv",
        "orders.json",  # the same table name as the ordinary file's: both stay readable
    ]


def _write(path: Path, value: int) -> None:
    if path.suffix == ".parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.table({"n": [value]}), path)
    elif path.suffix == ".json":
        path.write_text(f'[{{"n": {value}}}]')
    else:
        path.write_text(f"n\n{value}\n")


def _snapshot(*folders: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for f in folders for p in sorted(f.rglob("*")) if p.is_file()}


@pytest.fixture()
def canary() -> Iterator[Path]:
    """A secret file at a short path (a file name holds at most 255 bytes of attack)."""
    folder = Path(tempfile.mkdtemp(prefix="c", dir="/tmp"))
    (folder / "c.txt").write_text(SECRET)
    yield folder / "c.txt"
    shutil.rmtree(folder)


@pytest.mark.parametrize("index", range(21))
def test_a_hostile_file_name_opens_or_is_refused_and_runs_nothing(
    tmp_path: Path, canary: Path, index: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = hostile_names(canary)[index]
    folder, cwd = tmp_path / "data", tmp_path / "cwd"
    folder.mkdir()
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    _write(folder / "orders.csv", 1)
    _write(folder / name, 2)
    before = _snapshot(folder, cwd)
    try:
        source = open_source("files", str(folder))
    except AiserError as exc:
        assert exc.code in ("AISER-SRC-PATH", "AISER-SRC-FILE"), exc.text
        assert SECRET not in exc.text
    else:
        try:
            tables, _ = source.describe()
            names = {t.name for t in tables}
            assert "loot" not in names and len(names) == 2, names
            values = sorted(
                source.run(f'SELECT n FROM "{t}"', Limits()).to_pylist()[0]["n"] for t in names
            )
            assert values == [1, 2]
        finally:
            source.close()
    assert _snapshot(folder, cwd) == before
    assert not list(cwd.iterdir())


def test_names_the_sql_used_to_break_on_now_open(tmp_path: Path) -> None:
    for name in ("O'Brien.csv", 'it\'s "quoted".csv', "semi;colon.csv"):
        _write(tmp_path / name, 7)
    source = open_source("files", str(tmp_path))
    try:
        assert {t.name for t in source.describe()[0]} == {"o_brien", "it_s_quoted", "semi_colon"}
        assert source.run("SELECT n FROM o_brien", Limits()).to_pylist() == [{"n": 7}]
    finally:
        source.close()


@pytest.mark.parametrize("target", ["outside", "absolute", "dangling", "inside"])
def test_links_that_lead_out_of_the_folder_are_refused(
    tmp_path: Path, canary: Path, target: str
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    _write(folder / "orders.csv", 1)
    outside = tmp_path / "passwd.csv"
    outside.write_text(f"line\n{SECRET}\n")
    link = folder / "passwd.csv"
    if target == "outside":
        link.symlink_to(Path("..") / "passwd.csv")
    elif target == "absolute":
        link.symlink_to(outside)
    elif target == "dangling":
        link.symlink_to(tmp_path / "missing.csv")
    else:
        link.symlink_to("orders.csv")
    if target in ("outside", "absolute", "dangling"):
        with pytest.raises(AiserError) as info:
            open_source("files", str(folder)).close()
        assert info.value.code == "AISER-SRC-LINK"
        assert SECRET not in info.value.text
        return
    source = open_source("files", str(folder))
    try:
        assert {t.name for t in source.describe()[0]} == {"orders", "passwd"}
    finally:
        source.close()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need POSIX")
def test_a_named_pipe_in_the_folder_is_not_read(tmp_path: Path) -> None:
    _write(tmp_path / "orders.csv", 1)
    os.mkfifo(tmp_path / "pipe.csv")  # reading it would block forever
    source = open_source("files", str(tmp_path))
    try:
        assert {t.name for t in source.describe()[0]} == {"orders"}
    finally:
        source.close()


@pytest.mark.parametrize("name", ["shop?readonly=0&.chdb", "shop#x&readonly=0.chdb"])
def test_a_chdb_folder_name_cannot_pass_settings(tmp_path: Path, name: str) -> None:
    pytest.importorskip("chdb")
    folder = tmp_path / name
    folder.mkdir()
    before = sorted(p.name for p in tmp_path.iterdir())
    for target in (str(folder), f"chdb://{folder}"):
        with pytest.raises(AiserError) as info:
            source = open_source("shop", target)
            try:  # with read-only switched off, this would create a table
                source.run("CREATE TABLE pwned (x Int32) ENGINE = Memory", Limits())
            finally:
                source.close()
        assert info.value.code in ("AISER-SRC-PATH", "AISER-SRC-PARAM"), info.value.text
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert not any(folder.iterdir())


# ------------------------------------------------------------------ a DuckDB file's stored SQL
def _duckdb_file(path: Path, *statements: str) -> Path:
    import duckdb

    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE t (name VARCHAR, n INTEGER)")
    con.execute("INSERT INTO t VALUES ('Ada', -1), ('Ben', 2)")
    for statement in statements:
        con.execute(statement)
    con.close()
    return path


@pytest.mark.parametrize(
    ("macro", "query"),
    [
        ("CREATE MACRO lower(x) AS 'PWNED'", "SELECT lower(name) AS v FROM t"),
        ("CREATE MACRO abs(x) AS current_setting('temp_directory')", "SELECT abs(n) AS v FROM t"),
        ("CREATE MACRO dayname(x) AS 'PWNED'", "SELECT dayname(DATE '2024-01-01') AS v FROM t"),
        ("CREATE MACRO nvl(a, b) AS 'PWNED'", "SELECT nvl(name, 'x') AS v FROM t"),
        ("CREATE MACRO LOWER(x) AS 'PWNED'", "SELECT lower(name) AS v FROM t"),
        ("CREATE MACRO main.sum(x) AS 'PWNED'", "SELECT sum(n) AS v FROM t"),
        ("CREATE MACRO range(x) AS TABLE SELECT 'PWNED' AS v", "SELECT count(*) AS v FROM t"),
    ],
)
def test_a_duckdb_file_whose_macros_replace_built_in_functions_is_refused(
    tmp_path: Path, macro: str, query: str
) -> None:
    from aiser_jupyter.engine.config import EngineConfig
    from aiser_jupyter.engine.core import Engine

    db = _duckdb_file(tmp_path / "hostile.duckdb", macro)
    engine = Engine(EngineConfig(planner="rules", use_cache=False))
    try:
        with pytest.raises(AiserError) as info:
            engine.connect("hostile", str(db))
            answer = engine.ask(query)
            assert "PWNED" not in answer.df.to_csv()  # would have run the file's macro
        assert info.value.code == "AISER-SRC-SHADOW", info.value.text
    finally:
        engine.close()


def test_a_duckdb_file_with_its_own_helper_macros_still_opens(tmp_path: Path) -> None:
    db = _duckdb_file(tmp_path / "ok.duckdb", "CREATE MACRO twice(x) AS x * 2")
    source = open_source("ok", str(db))
    try:
        assert {t.name for t in source.describe()[0]} == {"t"}
    finally:
        source.close()


STORED = [
    "CREATE VIEW settings AS SELECT * FROM duckdb_settings()",
    "CREATE VIEW tempdir AS SELECT current_setting('temp_directory') AS v, name FROM t",
    "CREATE VIEW over_settings AS SELECT name FROM settings",
    "CREATE VIEW files AS SELECT * FROM glob('/etc/*')",
    "CREATE VIEW qualified AS SELECT * FROM main.t",  # the file's own table: fine
    "CREATE TABLE gen (a INTEGER, s VARCHAR GENERATED ALWAYS AS (current_setting('temp_directory')))",
    "CREATE VIEW fine AS SELECT name, n * 2 AS twice FROM t",
    "CREATE VIEW over_fine AS SELECT name FROM fine",
]


@pytest.mark.parametrize("name", ["settings", "tempdir", "over_settings", "files", "gen"])
def test_views_and_generated_columns_the_guard_refuses_are_left_out(
    tmp_path: Path, name: str
) -> None:
    from aiser_jupyter.engine.config import EngineConfig
    from aiser_jupyter.engine.core import Engine

    db = _duckdb_file(tmp_path / "stored.duckdb", *STORED)
    engine = Engine(EngineConfig(planner="rules", use_cache=False))
    try:
        engine.connect("stored", str(db))
        tables = {t.name for t in engine.catalog().tables}
        assert tables == {"t", "fine", "over_fine", "qualified"}
        assert name in " ".join(engine.take_notices())
        with pytest.raises(AiserError) as info:
            engine.ask(f"SELECT * FROM {name}")
        assert info.value.code == "AISER-SQL-TABLE"
        assert len(engine.ask("SELECT name FROM over_fine").df) == 2
    finally:
        engine.close()
