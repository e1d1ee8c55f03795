"""Writing the semantic layer file: add a verified question, draft a new file.

Writes go through ruamel.yaml's round-trip mode, so the user's comments, key order and
layout stay as they were; the new text is validated before it replaces the file, and it
replaces it atomically (a temporary file in the same folder, then ``os.replace``).
"""

from __future__ import annotations

import io
import os
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ...errors import error
from ..plan import ChartPlan
from .load import DEFAULT_NAME, load_text, parse_yaml
from .model import DEFAULT_KEY
from .verified import normalise

__all__ = ["SCHEMA_LINE", "add_verified", "atomic_write", "dump_yaml", "schema_file"]

#: The first line of a file this package writes: editors then validate it with the schema.
SCHEMA_LINE = "# yaml-language-server: $schema=aiser.semantic.schema.json"


def schema_file() -> Path:
    """The published JSON Schema shipped in the package."""
    return Path(__file__).with_name("aiser.semantic.schema.json")


def dump_yaml(data: Any) -> str:
    """``data`` (a round-trip tree or plain values) as YAML text."""
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.width = 100
    yaml.indent(mapping=2, sequence=4, offset=2)
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def atomic_write(path: Path, text: str) -> None:
    """Replace ``path`` by ``text`` all at once (readers see the old or the new file)."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _plan_data(plan: ChartPlan) -> Any:
    from ruamel.yaml.scalarstring import LiteralScalarString

    data = plan.model_dump(mode="json", exclude_none=True, exclude={"provenance"})
    if "\n" in data["sql"]:
        data["sql"] = LiteralScalarString(data["sql"].strip())
    return data


def add_verified(
    path: Path,
    alias: str,
    question: str,
    plan: ChartPlan,
    *,
    verified_by: str | None = None,
    when: datetime | None = None,
) -> str:
    """Add ``question`` and ``plan`` to the verified questions of ``path`` (created when
    missing) and return the ``sources`` key used: ``alias``'s own entry, else ``default``,
    else a new entry for ``alias``. A verified question of the same meaning is replaced."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    question = " ".join(question.split())
    if not question:
        raise error("AISER-SEM-VERIFY", "There is no question to verify")
    path = Path(path)
    if path.exists():
        text = path.read_text(encoding="utf-8")
        load_text(text, path)  # refuse to edit a file that is already broken
        tree = parse_yaml(text, path.name)
    else:
        tree = parse_yaml(f"{SCHEMA_LINE}\nversion: 1\nsources: {{}}\n", path.name)
    if tree is None:
        tree = CommentedMap(version=1)
    if tree.get("sources") is None:
        tree["sources"] = CommentedMap()
    sources = tree["sources"]
    key = alias if alias in sources else DEFAULT_KEY if DEFAULT_KEY in sources else alias
    if sources.get(key) is None:
        sources[key] = CommentedMap()
    entry = sources[key]
    if entry.get("verified") is None:
        entry["verified"] = CommentedSeq()
    item = CommentedMap()
    item["question"] = question
    item["plan"] = _plan_data(plan)
    if verified_by:
        item["verified_by"] = verified_by
    item["verified_at"] = (when or datetime.now(timezone.utc)).date().isoformat()
    same = [
        i
        for i, v in enumerate(entry["verified"])
        if normalise(str(v.get("question", ""))) == normalise(question)
    ]
    if same:
        entry["verified"][same[0]] = item
    else:
        entry["verified"].append(item)
    text = dump_yaml(tree)
    load_text(text, path)  # never write a file that would not load
    atomic_write(path, text)
    return key


def default_target(current: Path | None) -> Path:
    """Where to write: the file in use, else ``./aiser.semantic.yaml``."""
    return current or Path.cwd() / DEFAULT_NAME
