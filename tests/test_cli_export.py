"""``aiser-jupyter export`` (cli_export.py): refusals are codes and exit status 2, never a
traceback (the export itself, run as a user runs it: test_dashboard_flow.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from aiser_jupyter.cli import main


def test_a_missing_dashboard_is_a_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(tmp_path / "none.ipynb"), "-o", str(tmp_path / "o.html")]) == 2
    assert "AISER-DASH-NOT-FOUND" in capsys.readouterr().err
    assert not (tmp_path / "o.html").exists()


@pytest.mark.parametrize("spec", ["nourl", "=sqlite:///x.db", "shop=", "1bad=sqlite:///x.db"])
def test_a_malformed_db_option_is_a_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], spec: str
) -> None:
    board = tmp_path / "b.ipynb"
    assert main(["export", str(board), "-o", str(tmp_path / "o.html"), "--db", spec]) == 2
    assert "AISER-SRC-ALIAS" in capsys.readouterr().err


@pytest.mark.parametrize(
    "spec",
    [
        "postgresql://u:pw-canary@h/db",  # ALIAS= forgotten
        "postgresql://u:pw-canary@h/db?sslmode=require",  # … and an '=' further on
    ],
)
def test_the_db_option_names_no_secret_in_its_refusal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], spec: str
) -> None:
    main(["export", str(tmp_path / "b.ipynb"), "-o", "o.html", "--db", spec])
    err = capsys.readouterr().err
    assert "AISER-SRC-ALIAS" in err
    assert "pw-canary" not in err
