"""Source references (sources/refs.py): an alias resolves; a URL, path or ${VAR} is opened
only when a person typed it, and is never stored."""

from __future__ import annotations

import pytest

from aiser_jupyter.engine.sources.refs import alias_of, expand_env, is_alias, stored_source_error
from aiser_jupyter.errors import AiserError


@pytest.mark.parametrize(("ref", "ok"), [("shop", True), ("Shop_2", True), ("a" * 64, True)])
def test_names_of_letters_digits_and_underscores_are_aliases(ref: str, ok: bool) -> None:
    assert is_alias(ref) is ok


@pytest.mark.parametrize(
    "ref", ["2shop", "_shop", "shop-db", "a" * 65, "", "shop.duckdb", "${DB}", None, 42]
)
def test_anything_else_is_no_alias(ref: object) -> None:
    assert not is_alias(ref)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("ref", "what"),
    [
        ("postgresql://bob:s3cret@db/shop", "is a URL"),
        ("sqlite:shop.db", "is a URL"),
        ("${SHOP_URL}", "holds ${…}"),
        ("/data/shop.duckdb", "is a path"),
        ("shop.csv", "is a path"),
        ("shop db", "is not an alias"),
        (None, "is not an alias"),
    ],
)
def test_a_stored_source_that_is_no_alias_is_refused_without_echoing_it(
    ref: object, what: str
) -> None:
    refusal = stored_source_error(ref)
    assert refusal.code == "AISER-SRC-STORED"
    assert what in refusal.message
    if isinstance(ref, str):
        assert ref not in refusal.text


def test_env_variables_are_filled_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AISER_T_PW", "s3cret")
    assert expand_env("postgresql://bob:${AISER_T_PW}@db/shop") == "postgresql://bob:s3cret@db/shop"
    assert expand_env("/data/$HOME/shop.duckdb") == "/data/$HOME/shop.duckdb"  # only ${…}


def test_an_unset_env_variable_is_a_coded_refusal_that_names_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("AISER_T_UNSET", raising=False)
    with pytest.raises(AiserError) as info:
        expand_env("postgresql://bob:${AISER_T_UNSET}@db/shop")
    assert info.value.code == "AISER-SRC-CONNECT"
    assert "AISER_T_UNSET" in info.value.message


def test_an_alias_stays_itself() -> None:
    assert alias_of("shop") == ("shop", [])


@pytest.mark.parametrize(
    ("source", "alias"),
    [
        ("postgresql://bob:s3cret@db.example/Shop_2024?sslmode=require", "shop_2024"),
        ("/data/My Sales.duckdb", "my_sales"),
        ("/data/2024.csv", "db_2024"),
        ("/data/folder/", "folder"),
        ("/data/---.csv", "db"),  # nothing word-like left
    ],
)
def test_a_url_or_path_is_stored_by_an_alias_and_a_note_says_how_to_refresh(
    source: str, alias: str
) -> None:
    got, notes = alias_of(source)
    assert got == alias and is_alias(got)
    assert len(notes) == 1 and f"%chart connect {alias} URL" in notes[0]
    assert "s3cret" not in notes[0] and "db.example" not in notes[0]
