"""The semantic layer: one YAML file per project that says what the data means.

The file
--------
``aiser.semantic.yaml`` in the working directory, or the file named by
``EngineConfig.semantic_path`` / ``Aiser.semantic_path``, ``$AISER_SEMANTIC`` or
``%chart semantic PATH`` (:meth:`Engine.use_semantic`). Its models are in :mod:`.model`
and its JSON Schema is ``aiser.semantic.schema.json`` at the repository root::

    # yaml-language-server: $schema=aiser.semantic.schema.json
    version: 1
    sources:
      default:                       # or a source alias; 'default' serves the others
        tables:
          orders:
            description: One row per order.
            synonyms: [purchases]
            time_column: placed      # what "per month" means on this table
            columns:
              amount: {description: Order value in USD, synonyms: [value]}
        joins:                       # override inference between the same two tables
          - orders.cust = customers.cust_id
          - {on: trips.origin = stations.code, role: origin}
        metrics:
          - {name: revenue, table: orders, sql: amount * qty, aggregate: sum, unit: USD,
             synonyms: [sales], filter: "status <> 'cancelled'"}
        dimensions:
          - {name: customer_region, table: orders, sql: customers.region}
        verified:
          - question: revenue by region
            plan: {sql: "SELECT …", chart: {mark: bar, encoding: {…}}}
            verified_by: ann
            verified_at: 2026-01-15

Refusals are ``AISER-SEM-*`` errors naming the file, LINE and FIELD
(``aiser.semantic.yaml line 14, sources.default.metrics[2].sql: …``). Every metric and
dimension expression (and filter) is checked by the SQL guard against the source, wrapped
as ``SELECT <sql> AS name FROM table [LEFT JOIN …] [WHERE filter]``, plus the column check;
every verified plan is guarded and compiled. What fails is refused and never run.

The API planners read (stable)
------------------------------
``Engine.catalog(alias)`` returns the catalog with the file applied
(:func:`.apply.apply_layer`); a source without an entry (and no ``default``) is unchanged.

- ``Column.description``, ``Column.synonyms`` — from ``tables.T.columns.C``.
- ``Table.description``, ``Table.synonyms``, ``Table.time_column`` (the catalog's spelling).
- ``catalog.joins`` — the file's joins (``declared=True``, ``evidence='declared in <file>'``,
  ``role`` as written) replace every inferred join between the same two tables; ``drop: true``
  removes one.
- ``catalog.semantic`` — :class:`~aiser_jupyter.engine.catalog.semantics.Semantics` or None:

  - ``metrics``: :class:`~aiser_jupyter.engine.catalog.semantics.Metric` with ``name``,
    ``synonyms``, ``table``, ``sql`` (checked, in the source's dialect), ``tree()`` (a copy
    of the checked sqlglot expression), ``aggregate`` (a ChartPlan aggregate), ``filter`` /
    ``filter_tree()``, ``unit``, ``format``, ``description``; ``names()`` = name + synonyms.
  - ``dimensions``: :class:`~aiser_jupyter.engine.catalog.semantics.Dimension` with the same
    term fields and ``joins`` (the :class:`Join` steps from ``table`` to every other table
    its expression reads, in order).
  - ``verified``: :class:`~aiser_jupyter.engine.catalog.semantics.Verified` (question, plan,
    verified_by, verified_at).
  - ``metric(word)`` / ``dimension(word)``: lookup by name or synonym; ``digest``, ``path``.

- ``catalog.fingerprint`` includes the file's digest: editing the file changes it.

Provenance
----------
``plan.provenance.kind`` is ``"verified"`` (``provenance.verified`` names the question),
``"semantic"`` (``provenance.semantic`` names the metrics/dimensions used) or
``"inferred"``; ``provenance.basis()`` is the line shown to the user. A planner that builds
a plan from metrics or dimensions may set ``kind="semantic"`` and ``semantic=[names]``
itself; otherwise the engine sets it by finding the terms' expressions in the plan's SQL
(:func:`.provenance.mark_provenance`).
"""

from __future__ import annotations

from .load import DEFAULT_NAME, ENV_VAR, Loaded, load_file, load_text, semantic_path

__all__ = ["DEFAULT_NAME", "ENV_VAR", "Loaded", "load_file", "load_text", "semantic_path"]
