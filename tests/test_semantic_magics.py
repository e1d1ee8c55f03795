"""The semantic layer in a real (isolated) IPython shell: ``%chart semantic``, the basis line
under each answer, ``%chart verify``, and the basis in an exported dashboard."""

from __future__ import annotations

from pathlib import Path

from IPython.utils.capture import capture_output
from semantic_shop import SHOP_YAML, make_shop

from aiser_jupyter.engine.dashboards.export import export_html


def run(shell, code):
    with capture_output() as out:
        result = shell.run_cell(code, store_history=False)
    return result, out


def _text(out) -> str:
    return out.stdout + "".join(str(o.data.get("text/markdown", "")) for o in out.outputs)


def test_verify_before_any_answer_and_a_bad_file_are_usage_errors(shell, tmp_path: Path):
    """First in the module: the shell is shared by the module's tests."""
    from IPython.core.error import UsageError

    result, out = run(shell, "%chart verify")
    assert isinstance(result.error_in_exec, UsageError), out.stdout + out.stderr
    assert "AISER-SEM-VERIFY" in str(result.error_in_exec)
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\nsources:\n  default:\n    metric: []\n")
    result, _ = run(shell, f"%chart semantic {bad}")
    assert isinstance(result.error_in_exec, UsageError)
    assert "AISER-SEM-FIELD: bad.yaml line 4, sources.default.metric" in str(result.error_in_exec)


def test_verify_then_ask_again_reuses_the_plan_and_says_so(shell, tmp_path: Path):
    db = make_shop(tmp_path / "shop.duckdb")
    semantic = tmp_path / "aiser.semantic.yaml"
    semantic.write_text(SHOP_YAML)
    result, out = run(shell, f"%chart semantic {semantic}")
    assert result.success and f"Using {semantic}" in out.stdout and "2 metrics" in out.stdout
    run(shell, f"%chart connect shop {db}")
    result, out = run(shell, "%%chart -o first\nnumber of orders by status")
    assert result.success, out.stdout
    assert shell.user_ns["first"].plan.provenance.kind == "inferred"
    assert "Answer inferred from the schema" in _text(out)
    result, out = run(shell, "%chart verify")
    assert result.success and "as a verified question in" in out.stdout
    assert "number of orders by status" in semantic.read_text()
    assert semantic.read_text().startswith("# the shop's semantic layer")
    result, out = run(shell, "%%chart -o again\nNumber of orders, by status!")
    again = shell.user_ns["again"]
    assert again.plan.provenance.kind == "verified"
    assert again.plan.sql == shell.user_ns["first"].plan.sql
    assert "Answer verified: reuses the checked plan of 'number of orders by status'" in _text(out)
    board = tmp_path / "board.ipynb"
    result, _ = run(shell, f"%%chart --save {board}\nnumber of orders by status")
    assert result.success
    from aiser_jupyter._magics import get_engine

    out_html = tmp_path / "board.html"
    export_html(board, out_html, engine=get_engine(shell))
    page = out_html.read_text()
    assert (
        '<p class="basis">Answer verified: reuses the checked plan of &#x27;number of orders by status&#x27;.</p>'
        in page
    )
