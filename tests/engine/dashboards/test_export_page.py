"""The exported page's static style and script find what the exporter writes.

The script (:data:`export_page.SCRIPT`) looks up the data block, each chart's plot and
its "no data" placeholder, and the filter selects by name. Read from a real export with
the standard library's HTML parser (the browser test draws it).
"""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from aiser_jupyter.engine.dashboards.dashboard import Dashboard
from aiser_jupyter.engine.dashboards.export import export_html
from aiser_jupyter.engine.dashboards.export_page import CSS, SCRIPT
from aiser_jupyter.engine.plan import ChartPlan

BASE = (
    "SELECT r.name AS region, o.channel, ol.revenue FROM order_lines ol "
    "JOIN orders o ON ol.order_id = o.order_id JOIN customers c ON o.customer_id = c.customer_id "
    "JOIN regions r ON c.region_id = r.region_id"
)


class Page(HTMLParser):
    """Elements in document order: (tag, attributes), and the text of each script/style."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.texts: dict[str, list[str]] = {"script": [], "style": []}
        self._open: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        if tag in self.texts:
            self._open = tag
            self.texts[tag].append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == self._open:
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open:
            self.texts[self._open][-1] += data

    def by_id(self, dom: str) -> int:
        return next(n for n, (_, attrs) in enumerate(self.elements) if attrs.get("id") == dom)


@pytest.fixture()
def page(tmp_path: Path, engine: Any) -> Page:
    folder = tmp_path
    board = Dashboard.open(folder / "board.ipynb", create=True, title="Sales")
    for x in ("region", "channel"):
        plan = ChartPlan.model_validate(
            {
                "sql": BASE,
                "chart": {
                    "mark": "bar",
                    "encoding": {"x": {"field": x}, "y": {"field": "revenue", "aggregate": "sum"}},
                },
            }
        )
        board.add_chart(engine.run_plan(plan, "demo"), title=f"Revenue by {x}")
    board.set_filters([{"name": "region", "column": "region"}])
    board.save()
    export_html(folder / "board.ipynb", folder / "board.html", engine=engine)
    parsed = Page()
    parsed.feed((folder / "board.html").read_text())
    return parsed


def test_the_page_carries_the_style_and_the_script_as_they_are(page: Page) -> None:
    assert page.texts["style"] == [CSS]
    assert page.texts["script"][-1] == SCRIPT


def test_the_script_finds_its_data_and_every_chart_with_its_placeholder(page: Page) -> None:
    data = json.loads(page.texts["script"][0])
    assert page.elements[page.by_id("aiser-data")][1]["type"] == "application/json"
    assert len(data["charts"]) == 2
    for chart in data["charts"]:
        n = page.by_id(chart["dom"])
        tag, attrs = page.elements[n + 1]  # the script's el.nextElementSibling
        assert tag == "div" and attrs["class"] == "empty" and "hidden" in attrs


def test_each_chart_filter_is_a_select_of_the_same_name(page: Page) -> None:
    data = json.loads(page.texts["script"][0])
    selects = {attrs["name"] for tag, attrs in page.elements if tag == "select"}
    named = {name for chart in data["charts"] for name in chart["filters"]}
    assert selects == named == {"region"}
    assert "form.filters select" in SCRIPT and any(
        tag == "form" and attrs.get("class") == "filters" for tag, attrs in page.elements
    )
