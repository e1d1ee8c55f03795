"""Export: one self-contained, escaped HTML file; refresh or stored results; precomputed filters."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path
from typing import Any

import pytest
from demo_orders import revenue_plan

from aiser_jupyter.engine.dashboards.dashboard import Dashboard
from aiser_jupyter.engine.dashboards.export import export_html, json_for_script, render_markdown
from aiser_jupyter.errors import AiserError

XSS_IMG = "<img src=x onerror=window.__xss=1>"
XSS_SCRIPT = "</script><script>window.__xss=2</script>"


def scripts(page: str) -> list[str]:
    return re.findall(r"<script>(.*?)</script>", page, flags=re.S)


@pytest.fixture()
def board_path(tmp_path: Path, engine: Any) -> Path:
    path = tmp_path / "sales.ipynb"
    board = Dashboard.open(path, create=True, title=f"Sales {XSS_IMG}{XSS_SCRIPT}")
    board.add_text(f"## Notes {XSS_IMG}\n\nSome **bold** text {XSS_SCRIPT}")
    board.add_chart(
        engine.run_plan(revenue_plan({"field": "region"}), "demo"), title=f"By region {XSS_SCRIPT}"
    )
    board.add_chart(
        engine.run_plan(
            revenue_plan({"field": "order_date", "timeUnit": "yearmonth"}, "line"), "demo"
        ),
        title=XSS_IMG,
        width=12,
        height=300,
    )
    board.save()
    return path


def test_json_for_script_cannot_break_out() -> None:
    value = {"a": XSS_SCRIPT, "b": "x\u2028y\u2029z & <!--"}
    text = json_for_script(value)
    assert not set("<>&\u2028\u2029") & set(text)
    assert json.loads(text) == value


def test_markdown_is_rendered_then_sanitised() -> None:
    out = render_markdown(
        f'# Title\n\n**bold** {XSS_IMG} <a href="javascript:alert(1)">x</a>\n\n{XSS_SCRIPT}'
    )
    assert "<h1>Title</h1>" in out and "<strong>bold</strong>" in out
    assert "<img" not in out and "<script" not in out and "javascript:" not in out


def test_export_is_one_self_contained_escaped_file(
    board_path: Path, tmp_path: Path, engine: Any
) -> None:
    out = tmp_path / "out.html"
    report = export_html(board_path, out, engine=engine)
    page = out.read_text()
    assert report.charts == 2 and report.bytes == len(page.encode())
    bundles = scripts(page)
    assert (
        len(bundles) == 2 and "plotly" in bundles[0].lower()
    )  # plotly.js inlined once, then our script
    assert page.count("Plotly.newPlot=") + page.count("Plotly.newPlot =") <= 1
    assert not re.search(r"<(link|iframe|img|object|embed)\b", page.replace(bundles[0], ""))
    assert not re.search(r"<script[^>]+src=", page)
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert csp is not None and "default-src &#x27;none&#x27;" in csp.group(1)
    for body in bundles:  # only the page's own scripts may run
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"sha256-{digest}" in csp.group(1)
    rest = page.replace(bundles[0], "")
    assert XSS_IMG not in rest and XSS_SCRIPT not in rest and "<img" not in rest
    assert "&lt;img src=x onerror=window.__xss=1&gt;" in rest  # shown as text, escaped
    assert "<details><summary>SQL</summary>" in rest and "SUM(revenue)" in rest


def test_no_refresh_uses_stored_results(board_path: Path, tmp_path: Path) -> None:
    board = Dashboard.open(board_path)
    board.set_filters([{"name": "region", "column": "region"}])
    board.save()
    out = tmp_path / "stored.html"
    report = export_html(board_path, out, refresh=False)
    page = out.read_text()
    assert report.charts == 2 and report.figures == 2
    assert "from the results stored in the notebook" in page
    assert "Filters are not available in this file" in page and report.notes


def test_no_refresh_without_stored_result_is_refused(tmp_path: Path) -> None:
    board = Dashboard.open(tmp_path / "bare.ipynb", create=True)
    board.add_chart(revenue_plan({"field": "region"}), "demo")
    board.save()
    with pytest.raises(AiserError, match="AISER-DASH-INVALID"):
        export_html(tmp_path / "bare.ipynb", tmp_path / "o.html", refresh=False)


def test_refresh_of_unconnected_alias_names_the_fix(tmp_path: Path, engine: Any) -> None:
    board = Dashboard.open(tmp_path / "w.ipynb", create=True)
    board.add_chart(revenue_plan({"field": "region"}), "postgresql://u:pw@host/warehouse")
    board.save()
    with pytest.raises(AiserError) as info:
        export_html(tmp_path / "w.ipynb", tmp_path / "o.html", engine=engine)
    assert info.value.code == "AISER-SRC-UNKNOWN" and "--db warehouse=URL" in info.value.message
    assert not (tmp_path / "o.html").exists()


def test_export_precomputes_filters_when_cardinality_allows(
    board_path: Path, tmp_path: Path, engine: Any
) -> None:
    board = Dashboard.open(board_path)
    board.set_filters(
        [
            {"name": "region", "column": "region"},
            {"name": "year", "column": "order_date", "kind": "date_range", "label": "Order date"},
            {"name": "customer", "column": "customer"},
        ]
    )
    board.save()
    out = tmp_path / "filtered.html"
    report = export_html(board_path, out, engine=engine)
    page = out.read_text()
    assert '<select name="region">' in page and '<select name="year">' in page
    assert '<select name="customer">' not in page
    assert "“Customer” is not available in this file: it has more than 50 values" in page
    data = json.loads(
        re.search(r'<script type="application/json" id="aiser-data">(.*?)</script>', page, re.S)[1]
    )
    by_region = data["charts"][0]
    assert by_region["filters"] == ["region", "year"]
    assert (
        "region=East|year=" in by_region["variants"]
        and "region=|year=2024" in by_region["variants"]
    )
    assert report.figures == sum(len(c["variants"]) for c in data["charts"])
