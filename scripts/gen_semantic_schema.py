"""Write aiser_jupyter/engine/semantic/aiser.semantic.schema.json (the semantic layer file's JSON Schema) from the pydantic
models; tests/engine/semantic/test_schema.py checks that the committed file is current."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "aiser_jupyter" / "engine" / "semantic" / "aiser.semantic.schema.json"


def main() -> None:
    from aiser_jupyter.engine.semantic.model import schema_json

    TARGET.write_text(schema_json(), encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
