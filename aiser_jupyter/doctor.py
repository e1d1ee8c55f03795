"""``aiser-jupyter doctor``: versions, the JupyterLab extension, sources, LLM settings."""

from __future__ import annotations

import importlib.metadata as md
import json
import os
import sys
from pathlib import Path

from . import __version__
from .engine.config import EngineConfig
from .engine.planners import llm_configured
from .errors import AiserError

__all__ = ["report"]

PACKAGES = (
    "duckdb",
    "sqlglot",
    "pydantic",
    "plotly",
    "pandas",
    "pyarrow",
    "sqlalchemy",
    "openai",
    "jupyterlab",
    "ipykernel",
    "anywidget",
)


def _extension() -> tuple[bool, str]:
    from jupyter_core.paths import jupyter_config_path, jupyter_path

    found = [
        Path(p) / "aiser-jupyter"
        for p in jupyter_path("labextensions")
        if (Path(p) / "aiser-jupyter" / "package.json").exists()
    ]
    if not found:
        return (
            False,
            "JupyterLab extension: NOT installed (reinstall the package: pip install aiser-jupyter)",
        )
    disabled = False
    for base in jupyter_config_path():
        cfg = Path(base) / "labconfig" / "page_config.json"
        if cfg.exists():
            try:
                data = json.loads(cfg.read_text())
            except ValueError:
                continue
            value = data.get("disabledExtensions", {})
            if (isinstance(value, dict) and value.get("aiser-jupyter")) or (
                isinstance(value, list) and "aiser-jupyter" in value
            ):
                disabled = True
    state = "disabled (jupyter labextension enable aiser-jupyter)" if disabled else "enabled"
    return not disabled, f"JupyterLab extension: installed at {found[0]}, {state}"


def report() -> tuple[bool, list[str]]:
    """(all good, lines to print)."""
    from .engine.core import Engine  # the whole engine, only when the report is asked for

    ok = True
    lines = [f"aiser-jupyter {__version__} on Python {sys.version.split()[0]}"]
    for name in PACKAGES:
        try:
            lines.append(f"  {name} {md.version(name)}")
        except md.PackageNotFoundError:
            lines.append(f"  {name} missing")
            ok = False
    ext_ok, text = _extension()
    ok &= ext_ok
    lines.append(text)
    engine = Engine(EngineConfig(planner="rules"))
    try:
        catalog = engine.catalog("demo")
        lines.append(f"Source demo: reachable, {len(catalog.tables)} tables")
    except AiserError as exc:
        ok = False
        lines.append(f"Source demo: {exc.text}")
    finally:
        engine.close()
    config = EngineConfig(model=os.environ.get("AISER_MODEL"))
    if llm_configured(config):
        lines.append(
            f"LLM: model {config.model or os.environ.get('AISER_MODEL')} at {os.environ.get('OPENAI_BASE_URL') or 'the OpenAI API'}"
        )
    else:
        lines.append(
            "LLM: not configured; the offline rules planner answers (set AISER_MODEL and OPENAI_API_KEY)"
        )
    return ok, lines
