"""draft or check a semantic layer file (aiser.semantic.yaml) against a source

``aiser-jupyter semantic init --db SOURCE [FILE]`` drafts a file from the source's catalog
(tables, inferred joins with their evidence, column descriptions, candidate metrics) and
writes the JSON Schema beside it; ``aiser-jupyter semantic check [FILE] --db SOURCE`` applies
the file and runs every metric, dimension and verified plan on the source.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .engine.core import Engine

__all__ = ["add_arguments", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="semantic_command", required=True)
    for name, text in (
        ("init", "draft a file from the source's catalog"),
        ("check", "run every metric, dimension and verified plan of the file on the source"),
    ):
        p = sub.add_parser(name, help=text)
        p.add_argument(
            "file", nargs="?", default="aiser.semantic.yaml", help="default: ./aiser.semantic.yaml"
        )
        p.add_argument(
            "--db", "--source", dest="db", required=True, help="SQLAlchemy URL or file path"
        )
        p.add_argument("--alias", default=None, help="the source alias the file's entry is for")
    init = sub.choices["init"]
    init.add_argument("--force", action="store_true", help="replace an existing file")


def run(args: argparse.Namespace) -> int:
    from .engine.config import EngineConfig
    from .engine.core import Engine
    from .errors import error

    path = Path(args.file)
    if args.semantic_command == "init" and path.exists() and not args.force:
        msg = f"{path} exists; pass --force to replace it, or name another file"
        raise error("AISER-SEM-FILE", msg)
    engine = Engine(
        EngineConfig(
            planner="rules", semantic_path=path if args.semantic_command == "check" else None
        )
    )
    try:
        from .engine.semantic.layer import SemanticLayer

        if args.semantic_command == "check":
            engine.semantic = SemanticLayer(path)  # read by the check, which names every problem
        else:
            engine.semantic = SemanticLayer(off=True)  # the draft describes the bare catalog
        if args.alias:
            engine.connect(args.alias, args.db)
            alias = args.alias
        else:
            alias = engine.user_source(args.db).alias
        if args.semantic_command == "init":
            return _init(engine, alias, args.alias or "default", path)
        from .engine.semantic.check import check_layer

        report = check_layer(engine, alias)
        print("\n".join(report.lines()))
        return 0 if report.ok else 2
    finally:
        engine.close()


def _init(engine: Engine, alias: str, key: str, path: Path) -> int:
    from .engine.semantic.draft import draft_file
    from .engine.semantic.write import atomic_write, schema_file

    catalog = engine.catalog(alias)
    atomic_write(path, draft_file(catalog, key=key))
    schema = path.with_name("aiser.semantic.schema.json")
    shutil.copyfile(schema_file(), schema)
    print(
        f"wrote {path} ({len(catalog.tables)} tables, {len(catalog.joins)} joins) and {schema.name}"
    )
    return 0
