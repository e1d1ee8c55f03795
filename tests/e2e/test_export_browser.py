"""An exported dashboard in a real headless Chromium: charts render, payloads don't run, no network."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from browser import ARTIFACTS, CHROMIUM, launch

from aiser_jupyter.engine.dashboards.dashboard import Dashboard
from aiser_jupyter.engine.dashboards.export import export_html
from aiser_jupyter.engine.plan import ChartPlan

pytestmark = pytest.mark.browser

XSS_IMG = "<img src=x onerror=window.__xss=1>"
XSS_SCRIPT = "</script><script>window.__xss=2</script>"
JOINS = (
    "FROM order_lines ol JOIN orders o ON ol.order_id = o.order_id "
    "JOIN customers c ON o.customer_id = c.customer_id JOIN regions r ON c.region_id = r.region_id"
)
BASE = f"SELECT r.name AS region, o.order_date, o.channel, ol.revenue {JOINS}"
# Data values that are themselves payloads: two regions renamed to the XSS strings.
HOSTILE = (
    f"SELECT CASE WHEN r.name = 'East' THEN '{XSS_IMG}' WHEN r.name = 'West' THEN '{XSS_SCRIPT}' "
    f"ELSE r.name END AS region, ol.revenue {JOINS}"
)


def chart(sql: str, mark: str, x: dict[str, Any], color: str | None = None, **y: Any) -> ChartPlan:
    encoding: dict[str, Any] = {"x": x, "y": {"field": "revenue", "aggregate": "sum", **y}}
    if color:
        encoding["color"] = {"field": color}
    return ChartPlan.model_validate({"sql": sql, "chart": {"mark": mark, "encoding": encoding}})


@pytest.fixture()
def exported(tmp_path: Path, engine: Any) -> Path:
    board = Dashboard.open(tmp_path / "sales.ipynb", create=True, title=f"Sales overview {XSS_IMG}")
    board.add_text(f"Revenue of the demo shop, refreshed from **DuckDB**. {XSS_IMG} {XSS_SCRIPT}")
    plans = [
        (chart(BASE, "bar", {"field": "region", "sort": "-y"}), "Revenue by region", 6),
        (
            chart(BASE, "line", {"field": "order_date", "timeUnit": "yearmonth"}),
            "Monthly revenue",
            6,
        ),
        (chart(BASE, "bar", {"field": "channel"}, color="region"), f"Channels {XSS_SCRIPT}", 6),
        (
            chart(HOSTILE, "bar", {"field": "region", "title": XSS_IMG}, title=XSS_SCRIPT),
            XSS_IMG,
            6,
        ),
    ]
    for plan, title, width in plans:
        board.add_chart(engine.run_plan(plan, "demo"), title=title, width=width, height=340)
    board.set_filters(
        [
            {"name": "region", "column": "region"},
            {"name": "year", "column": "order_date", "kind": "date_range", "label": "Order date"},
        ]
    )
    board.save()
    out = tmp_path / "sales.html"
    export_html(board.path, out, engine=engine)
    return out


@pytest.mark.skipif(
    not Path(CHROMIUM).exists(), reason="needs /usr/bin/chromium (apt-get install chromium)"
)
def test_exported_dashboard_in_chromium(exported: Path) -> None:
    from playwright.sync_api import sync_playwright

    requests: list[str] = []
    dialogs: list[str] = []
    errors: list[str] = []
    with sync_playwright() as pw:
        browser = launch(pw)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.on("request", lambda r: requests.append(r.url))
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.goto(exported.as_uri())
            page.wait_for_function(
                "document.querySelectorAll('.js-plotly-plot .main-svg').length >= 4"
            )
            assert page.locator(".js-plotly-plot").count() == 4
            assert (
                page.locator(
                    ".js-plotly-plot .bars .point, .js-plotly-plot .scatterlayer path"
                ).count()
                > 10
            )
            page.select_option("select[name=region]", "East")  # re-drawn from pre-computed data
            page.wait_for_timeout(300)
            assert (
                page.locator(".js-plotly-plot:visible").count() == 3
            )  # the hostile chart renamed East
            assert page.locator(".card .empty:visible").count() == 1
            page.select_option("select[name=region]", "")
            page.wait_for_timeout(300)
            page.locator("details summary").first.click()
            assert "SUM(revenue)" in page.locator("details pre").first.inner_text()
            assert page.evaluate("typeof window.__xss") == "undefined"
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "export-dashboard.png"), full_page=True)
            shutil.copy(exported, ARTIFACTS / "export-dashboard.html")
        finally:
            browser.close()
    assert dialogs == []
    assert errors == []
    assert [u for u in requests if not u.startswith(("file://", "data:"))] == []
