"""Reading the semantic layer file: YAML (round-trip, so lines are known) → :class:`Loaded`.

Every refusal names the file, the LINE and the FIELD (``aiser.semantic.yaml line 14,
sources.default.metrics[2].sql: …``) and has a stable ``AISER-SEM-*`` code. Where the
default file lives and which one is used: :func:`semantic_path`.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ...errors import error
from .model import SemanticFile

__all__ = [
    "DEFAULT_NAME",
    "ENV_VAR",
    "MAX_BYTES",
    "Loaded",
    "load_file",
    "load_text",
    "semantic_path",
]

#: The file a project's working directory may hold.
DEFAULT_NAME = "aiser.semantic.yaml"
#: The environment variable naming another file.
ENV_VAR = "AISER_SEMANTIC"
#: Largest file read (bytes).
MAX_BYTES = 4_000_000
_MAX_NODES = 200_000  #: YAML aliases may repeat a node; a file expanding past this is refused

Loc = tuple[str | int, ...]


@dataclass(frozen=True)
class Loaded:
    """A validated file and where each of its entries is written."""

    file: SemanticFile
    path: Path | None
    digest: str  #: sha256 of the text (16 hex digits); part of the catalog fingerprint
    lines: dict[Loc, int] = field(default_factory=dict, repr=False, compare=False)

    @property
    def name(self) -> str:
        return self.path.name if self.path else DEFAULT_NAME

    def line(self, loc: Loc) -> int | None:
        """The line ``loc`` (or the nearest entry holding it) is written on."""
        for n in range(len(loc), -1, -1):
            line = self.lines.get(tuple(loc[:n]))
            if line is not None:
                return line
        return None

    def where(self, loc: Loc) -> str:
        """``aiser.semantic.yaml line 14, sources.default.metrics[2].sql`` for ``loc``."""
        line = self.line(loc)
        at = f" line {line}" if line is not None else ""
        return f"{self.name}{at}, {dotted(loc)}" if loc else f"{self.name}{at}"


def dotted(loc: Loc) -> str:
    """``('sources', 'default', 'metrics', 2, 'sql')`` → ``sources.default.metrics[2].sql``."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def semantic_path(
    explicit: str | os.PathLike[str] | None = None, cwd: Path | None = None
) -> Path | None:
    """The file in use: ``explicit`` (``EngineConfig.semantic_path``), else ``$AISER_SEMANTIC``,
    else ``aiser.semantic.yaml`` in the working directory when it exists, else None."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return Path(env).expanduser()
    default = (cwd or Path.cwd()) / DEFAULT_NAME
    return default if default.is_file() else None


def load_file(path: Path) -> Loaded:
    """Read and validate ``path`` (``AISER-SEM-FILE`` when it cannot be read)."""
    try:
        if not path.is_file():
            msg = f"{path} is not a file"
            raise error("AISER-SEM-FILE", msg)
        if path.stat().st_size > MAX_BYTES:
            msg = f"{path.name} is larger than {MAX_BYTES // 1_000_000} MB"
            raise error("AISER-SEM-FILE", msg)
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        msg = f"{path.name} is not UTF-8 text"
        raise error("AISER-SEM-FILE", msg) from None
    except OSError as exc:
        msg = f"{path.name} could not be read ({type(exc).__name__})"
        raise error("AISER-SEM-FILE", msg) from None
    return load_text(text, path)


def load_text(text: str, path: Path | None = None) -> Loaded:
    """Validate the YAML ``text`` (``AISER-SEM-YAML`` / ``AISER-SEM-FIELD`` naming line and field)."""
    name = path.name if path else DEFAULT_NAME
    digest = hashlib.sha256(text.encode()).hexdigest()[:16]
    tree = parse_yaml(text, name)
    lines: dict[Loc, int] = {}
    data = _plain(tree, (), lines, [0], name)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        msg = f"{name} line 1: the file must be a mapping with 'version' and 'sources'"
        raise error("AISER-SEM-FIELD", msg)
    try:
        model = SemanticFile.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors()
        first = next((e for e in errors if e["type"] == "extra_forbidden"), errors[0])
        loaded = Loaded(SemanticFile(), path, digest, lines)
        loc = tuple(p for p in first["loc"] if not _is_union_tag(p))
        more = len(exc.errors()) - 1
        also = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
        msg = f"{loaded.where(loc)}: {_sentence(first)}{also}"
        every = [
            f"{loaded.where(at)}: {_sentence(e)}"
            for e in errors
            for at in [tuple(p for p in e["loc"] if not _is_union_tag(p))]
        ]
        raise error(
            "AISER-SEM-FIELD", msg, field=dotted(loc), line=loaded.line(loc), problems=every
        ) from None
    return Loaded(model, path, digest, lines)


def parse_yaml(text: str, name: str = DEFAULT_NAME) -> Any:
    """The round-trip YAML tree of ``text`` (comments and order kept for writing back)."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    yaml = YAML(typ="rt")
    try:
        return yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f" line {mark.line + 1}" if mark is not None else ""
        problem = (exc.problem or exc.context or "not valid YAML").strip()
        msg = f"{name}{line}: {problem}"
        raise error("AISER-SEM-YAML", msg) from None
    except YAMLError as exc:
        msg = f"{name}: not valid YAML ({type(exc).__name__})"
        raise error("AISER-SEM-YAML", msg) from None


def _plain(node: Any, loc: Loc, lines: dict[Loc, int], count: list[int], name: str) -> Any:
    """Plain dicts and lists from the round-trip tree, noting each entry's line."""
    count[0] += 1
    if count[0] > _MAX_NODES:
        msg = f"{name} expands to more than {_MAX_NODES:,} entries (YAML aliases?)"
        raise error("AISER-SEM-YAML", msg)
    if isinstance(node, dict):
        out: dict[str, Any] = {}
        for key, value in node.items():
            here = (*loc, str(key))
            line = _line(node, key=key)
            if line is not None:
                lines[here] = line
            out[str(key)] = _plain(value, here, lines, count, name)
        return out
    if isinstance(node, list):
        items = []
        for i, value in enumerate(node):
            here = (*loc, i)
            line = _line(node, index=i)
            if line is not None:
                lines[here] = line
            items.append(_plain(value, here, lines, count, name))
        return items
    if isinstance(node, str):
        return str(node)
    return node


def _line(node: Any, *, key: Any = None, index: int | None = None) -> int | None:
    lc = getattr(node, "lc", None)
    if lc is None:
        return None
    try:
        pos = lc.item(index) if index is not None else lc.key(key)
    except (KeyError, IndexError, TypeError, AttributeError):
        return None
    return int(pos[0]) + 1 if pos else None


def _is_union_tag(part: Any) -> bool:
    """pydantic names the union member it tried (``str``, ``JoinDef``); not part of the path."""
    return isinstance(part, str) and (
        part[:1].isupper() or part in ("str", "int", "date", "datetime")
    )


def _sentence(err: Any) -> str:
    kind, msg = err.get("type", ""), str(err.get("msg", "invalid"))
    if kind == "extra_forbidden":
        return "is not a field here (misspelt, or at the wrong level?)"
    if kind == "missing":
        return "is required"
    return msg[:1].lower() + msg[1:]
