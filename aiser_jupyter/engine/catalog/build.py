"""Build a source's :class:`~.model.Catalog`: introspect, type, profile, then find the joins."""

from __future__ import annotations

from .joins import infer_joins
from .model import Catalog, CatalogSource, semantic_type
from .profile import profile_table

__all__ = ["build_catalog"]


def build_catalog(source: CatalogSource, *, profile: bool = True) -> Catalog:
    """Introspect ``source`` and profile its columns cheaply (sampled on big tables).

    Without ``profile`` the catalog has names and types only (enough to chart a SELECT),
    and only declared joins.
    """
    tables, declared = source.describe()
    for table in tables:
        for column in table.columns:
            column.semantic = semantic_type(column.name, column.type, column.primary_key)
    catalog = Catalog(source=source.alias, dialect=source.dialect, tables=tables)
    if profile:
        for table in tables:
            profile_table(source, table)
    catalog.joins = infer_joins(tables, declared, source if profile else None)
    return catalog
