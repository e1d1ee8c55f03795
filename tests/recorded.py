"""Every statement a source sends to its database, recorded (the real source runs them)."""

from __future__ import annotations

from typing import Any


def statements(engine: Any, alias: str) -> list[str]:
    """The statements the source of ``alias`` runs from now on (its catalog is built first:
    the catalog's own queries are not the chart's)."""
    engine.catalog(alias)
    source = engine.source(alias)
    sent: list[str] = []
    original = source.run

    def recording(sql: str, limits: Any) -> Any:
        sent.append(sql)
        return original(sql, limits)

    source.run = recording
    return sent
