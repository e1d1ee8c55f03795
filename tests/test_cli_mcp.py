"""``aiser-jupyter mcp``'s arguments and its HTTP bearer token (the server itself is
driven in test_mcp_server.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from aiser_jupyter import cli_mcp
from aiser_jupyter.errors import AiserError

TOKEN = "a-token-of-more-than-16-characters"


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    cli_mcp.add_arguments(parser)
    return parser.parse_args(list(argv))


def test_defaults_serve_stdio_with_the_demo_images_and_a_30_second_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("AISER_MCP_CONFIG", raising=False)
    args = parse()
    assert (args.http, args.db, args.config, args.demo) == (None, [], None, None)
    assert (args.planner, args.timeout, args.image) == ("auto", 30.0, True)


def test_sources_repeat_and_the_settings_file_comes_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("AISER_MCP_CONFIG", "/srv/aiser.json")
    args = parse("--db", "shop=duckdb:///shop.db", "--db", "wh=${WH_URL}", "--no-demo")
    assert args.db == ["shop=duckdb:///shop.db", "wh=${WH_URL}"]
    assert args.config == "/srv/aiser.json" and args.demo is False


def test_the_token_comes_from_its_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cli_mcp.TOKEN_ENV, "not-this-one-but-the-files")
    token_file = tmp_path / "token"
    token_file.write_text(f"  {TOKEN}\n")
    assert cli_mcp._token(parse("--http", "0", "--token-file", str(token_file))) == TOKEN


def test_else_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cli_mcp.TOKEN_ENV, TOKEN)
    assert cli_mcp._token(parse("--http", "0")) == TOKEN


def test_else_one_is_made_and_printed_once(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv(cli_mcp.TOKEN_ENV, raising=False)
    first = cli_mcp._token(parse("--http", "0"))
    second = cli_mcp._token(parse("--http", "0"))
    assert len(first) >= 32 and first != second
    err = capsys.readouterr().err
    assert err.count(first) == 1 and err.count(second) == 1


def test_a_short_token_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cli_mcp.TOKEN_ENV, "short-token")
    with pytest.raises(AiserError) as info:
        cli_mcp._token(parse("--http", "0"))
    assert info.value.code == "AISER-MCP-CONFIG" and "16 characters" in info.value.message


def test_an_unreadable_token_file_is_a_coded_error(tmp_path: Path) -> None:
    missing = tmp_path / "secret-folder" / "token"
    with pytest.raises(AiserError) as info:
        cli_mcp._token(parse("--http", "0", "--token-file", str(missing)))
    assert info.value.code == "AISER-MCP-CONFIG"
    assert "FileNotFoundError" in info.value.message
