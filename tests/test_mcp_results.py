"""What the MCP tools send back: results a text-only client can read too, coded errors
that echo no argument, the chart as PNG and plotly JSON, and the HTTP token check."""

from __future__ import annotations

import base64
import json
from datetime import date
from decimal import Decimal

import anyio
import pytest
from pydantic import ValidationError

from aiser_jupyter import _mcp_models as models
from aiser_jupyter._mcp_results import (
    PLOTLY_MIME,
    Token,
    args_error,
    failure,
    figure_block,
    png_block,
    success,
)
from aiser_jupyter.errors import error

SECRET = "postgresql://analyst:hunter2-secret@db.internal/sales"


def test_success_is_structured_data_and_the_same_data_as_json_text() -> None:
    data = {"day": date(2024, 3, 1), "revenue": Decimal("12.50"), "region": "Søuth"}
    result = success(data, summary="Revenue on one day.")
    assert not result.isError
    assert result.content[0].text == "Revenue on one day."
    assert json.loads(result.content[1].text) == {
        "day": "2024-03-01",
        "revenue": 12.5,
        "region": "Søuth",
    }
    assert "Søuth" in result.content[1].text  # as it is, not \u-escaped
    assert result.structuredContent == data


def test_a_nan_or_infinite_value_is_sent_as_null_not_an_error() -> None:
    data = {"rows": [{"x": "a", "y": float("nan")}, {"x": "b", "y": float("inf")}], "n": 2}
    result = success(data)
    expected = {"rows": [{"x": "a", "y": None}, {"x": "b", "y": None}], "n": 2}
    assert json.loads(result.content[0].text) == expected
    assert result.structuredContent == expected


def test_success_without_summary_starts_with_the_data() -> None:
    result = success({"rows": []})
    assert [json.loads(block.text) for block in result.content] == [{"rows": []}]


def test_failure_is_a_tool_error_with_the_code_first() -> None:
    exc = error("AISER-MCP-SOURCE", "No source 'shop' is configured")
    result = failure(exc)
    assert result.isError
    assert result.content[0].text.startswith("AISER-MCP-SOURCE: No source 'shop' is configured.")
    assert result.structuredContent == exc.to_dict()
    assert result.structuredContent["code"] == "AISER-MCP-SOURCE"


def test_wrong_arguments_are_named_but_their_values_never_echoed() -> None:
    with pytest.raises(ValidationError) as info:
        models.AskInput.model_validate({"question": "revenue", "source": SECRET, "max_rows": 0})
    exc = args_error(info.value)
    assert exc.code == "AISER-MCP-ARGS"
    assert "source" in exc.message and "max_rows" in exc.message
    assert "hunter2" not in exc.text and "db.internal" not in exc.text


def test_at_most_three_problems_are_listed() -> None:
    with pytest.raises(ValidationError) as info:
        models.SelectInput.model_validate({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5})
    assert args_error(info.value).message.count(";") == 2


def test_the_png_block_carries_the_bytes() -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    block = png_block(png)
    assert block.mimeType == "image/png" and base64.b64decode(block.data) == png


def test_the_figure_block_is_plotly_json_a_client_can_draw() -> None:
    figure = {"data": [{"type": "bar", "x": ["East"], "y": [Decimal("1.5")]}], "layout": {}}
    block = figure_block(figure)
    assert block.resource.mimeType == PLOTLY_MIME
    assert json.loads(block.resource.text) == {
        "data": [{"type": "bar", "x": ["East"], "y": [1.5]}],
        "layout": {},
    }


def test_the_http_token_accepts_exactly_one_token() -> None:
    verifier = Token("s3cret-token-of-32-characters-xx")

    async def check(token: str) -> bool:
        return await verifier.verify_token(token) is not None

    assert anyio.run(check, "s3cret-token-of-32-characters-xx")
    for wrong in ("", "s3cret-token-of-32-characters-x", "s3cret-token-of-32-characters-xxx"):
        assert not anyio.run(check, wrong)
