"""``open_source``: a path, a folder or a URL becomes a named source, or a coded refusal."""

import pytest

from aiser_jupyter.engine.config import Limits
from aiser_jupyter.engine.sources.open import open_source
from aiser_jupyter.errors import AiserError


def test_csv_and_parquet_files_become_tables(tmp_path):
    import pandas as pd

    pd.DataFrame({"city": ["Oslo", "Rome"], "temp": [3.5, 14.0]}).to_parquet(
        tmp_path / "weather.parquet"
    )
    (tmp_path / "people.csv").write_text("name,age\nAda,36\nBen,41\n")
    source = open_source("files", str(tmp_path))
    tables, _ = source.describe()
    assert {t.name for t in tables} == {"weather", "people"}
    assert source.run("SELECT SUM(age) AS s FROM people", Limits()).to_pylist() == [{"s": 77}]
    source.close()


def test_a_missing_file_is_refused_with_a_code(tmp_path):
    with pytest.raises(AiserError) as info:
        open_source("x", str(tmp_path / "nope.csv"))
    assert info.value.code == "AISER-SRC-FILE"


def test_an_alias_that_is_no_name_is_refused_with_a_code(tmp_path):
    with pytest.raises(AiserError) as info:
        open_source("1bad alias", str(tmp_path))
    assert info.value.code == "AISER-SRC-ALIAS"
