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


SECRET = "p@ss;w%rd/#?&x"


@pytest.mark.parametrize(
    ("typed", "expanded"),
    [
        ("postgresql://bob:${S}@db:5432/shop", "postgresql://bob:p%40ss%3Bw%25rd%2F%23%3F%26x@db"),
        ("postgresql://u@h/db?sslpassword=${S}", "?sslpassword=p%40ss%3Bw%25rd%2F%23%3F%26x"),
        ("sc://h:15002/;token=${S};user_id=me", ";token=p%40ss%3Bw%25rd%2F%23%3F%26x;user_id=me"),
    ],
)
def test_a_variable_in_a_urls_user_password_or_parameters_is_one_value(
    monkeypatch: pytest.MonkeyPatch, typed: str, expanded: str
) -> None:
    monkeypatch.setenv("S", SECRET)
    assert expanded in expand_env(typed)


def test_the_url_reads_back_the_secret_as_it_was(monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy.engine import make_url

    from aiser_jupyter.engine.sources.spark_url import parse_spark_url

    monkeypatch.setenv("S", SECRET)
    url = make_url(expand_env("postgresql://bob:${S}@db:5432/shop?sslpassword=${S}"))
    assert (url.username, url.password, url.host, url.database) == ("bob", SECRET, "db", "shop")
    assert url.query["sslpassword"] == SECRET
    assert parse_spark_url(expand_env("sc://h:15002/;token=${S}")).token == SECRET


@pytest.mark.parametrize(
    ("typed", "expanded"),
    [
        ("${S}", "sqlite:////tmp/a b/shop.db"),  # a whole URL in one variable
        ("${D}/shop.duckdb", "/tmp/a b/shop.duckdb"),  # a path
        ("sqlite:///${D}/shop.db", "sqlite:////tmp/a b/shop.db"),  # a path inside a URL
        ("postgresql://u:p@${H}:5432/db", "postgresql://u:p@db.internal:5432/db"),  # a host
    ],
)
def test_a_whole_url_a_host_or_a_path_is_pasted_as_it_is(
    monkeypatch: pytest.MonkeyPatch, typed: str, expanded: str
) -> None:
    monkeypatch.setenv("S", "sqlite:////tmp/a b/shop.db")
    monkeypatch.setenv("D", "/tmp/a b")
    monkeypatch.setenv("H", "db.internal")
    assert expand_env(typed) == expanded
