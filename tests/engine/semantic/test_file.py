"""The semantic layer file: validation with coded errors naming line and field, and where
the file in use is found."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from semantic_shop import SHOP_YAML

from aiser_jupyter.engine.semantic.load import load_file, load_text, semantic_path
from aiser_jupyter.engine.semantic.model import SemanticFile, schema_json
from aiser_jupyter.errors import AiserError

ROOT = Path(__file__).resolve().parents[3]


def _refusal(text: str) -> AiserError:
    with pytest.raises(AiserError) as info:
        load_text(text)
    return info.value


def test_a_valid_file_loads_with_its_metrics_and_joins():
    loaded = load_text(SHOP_YAML)
    layer = loaded.file.sources["default"]
    assert [m.name for m in layer.metrics] == ["revenue", "finished_orders"]
    assert layer.metrics[1].aggregate == "distinct"
    assert layer.joins[0].on == "orders.cust = customers.cust_id"
    assert layer.tables["orders"].columns["amount"].synonyms == ["price"]


def _line(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if line.startswith(needle))


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ("        unit: USD", "        units: USD", "sources.default.metrics[0].units"),
        (
            "        aggregate: distinct",
            "        aggregate: most",
            "sources.default.metrics[1].aggregate",
        ),
        ("      - name: revenue", "      - name: net revenue", "sources.default.metrics[0].name"),
        (
            "      - orders.cust = customers.cust_id",
            "      - orders.cust",
            "sources.default.joins[0]",
        ),
        ("version: 1", "version: 2", "version"),
    ],
)
def test_a_bad_field_is_refused_naming_its_line_and_field(old, new, field):
    assert old in SHOP_YAML
    text = SHOP_YAML.replace(old, new)
    line = _line(text, new)
    err = _refusal(text)
    assert err.code == "AISER-SEM-FIELD"
    assert f"aiser.semantic.yaml line {line}, {field}" in err.message
    assert err.details["line"] == line


def test_a_metric_without_sql_names_the_entry():
    text = SHOP_YAML.replace("        sql: amount * qty\n", "")
    err = _refusal(text)
    assert err.code == "AISER-SEM-FIELD"
    line = _line(text, "      - name: revenue")
    assert f"line {line}, sources.default.metrics[0].sql: is required" in err.message


def test_broken_yaml_names_the_line():
    err = _refusal("version: 1\nsources:\n  default:\n    metrics: [\n")
    assert err.code == "AISER-SEM-YAML"
    assert "line 5" in err.message
    assert "Traceback" not in err.text


def test_alias_bombs_are_refused():
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for name in "bcdefgh":
        prev = chr(ord(name) - 1)
        bomb += f"{name}: &{name} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"
    err = _refusal(bomb)
    assert err.code == "AISER-SEM-YAML"


def test_python_tags_are_not_constructed(tmp_path):
    planted = tmp_path / "hacked"
    err = _refusal(f"version: !!python/object/apply:os.system ['touch {planted}']\n")
    assert err.code in ("AISER-SEM-YAML", "AISER-SEM-FIELD")
    assert not planted.exists()


def test_missing_or_binary_files_are_coded(tmp_path):
    with pytest.raises(AiserError) as info:
        load_file(tmp_path / "nope.yaml")
    assert info.value.code == "AISER-SEM-FILE"
    binary = tmp_path / "bin.yaml"
    binary.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(AiserError) as info:
        load_file(binary)
    assert info.value.code == "AISER-SEM-FILE"


def test_the_file_in_use_is_explicit_then_env_then_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.delenv("AISER_SEMANTIC", raising=False)
    assert semantic_path(None, cwd=tmp_path) is None
    (tmp_path / "aiser.semantic.yaml").write_text("version: 1\n")
    assert semantic_path(None, cwd=tmp_path) == tmp_path / "aiser.semantic.yaml"
    monkeypatch.setenv("AISER_SEMANTIC", str(tmp_path / "env.yaml"))
    assert semantic_path(None, cwd=tmp_path) == tmp_path / "env.yaml"
    assert semantic_path(tmp_path / "mine.yaml", cwd=tmp_path) == tmp_path / "mine.yaml"


def test_the_published_json_schema_is_current_and_validates_the_example():
    published = ROOT / "aiser_jupyter" / "engine" / "semantic" / "aiser.semantic.schema.json"
    assert published.read_text() == schema_json(), "run: python scripts/gen_semantic_schema.py"
    schema = json.loads(published.read_text())
    assert set(schema["properties"]) == {"version", "sources"}
    assert schema["$defs"]["MetricDef"]["additionalProperties"] is False
    assert SemanticFile.model_validate(load_text(SHOP_YAML).file.model_dump())
