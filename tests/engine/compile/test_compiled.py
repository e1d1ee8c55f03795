"""The compiled chart (compile/compiled.py): which column of the result each channel reads."""

from __future__ import annotations

from aiser_jupyter.engine.compile.compiled import Compiled, OutField


def chart() -> Compiled:
    return Compiled(
        sql="SELECT ...",
        dialect="duckdb",
        mark="bar",
        fields={
            "x": OutField(channel="x", alias="region", label="region", type="nominal"),
            "y": OutField(
                channel="y",
                alias="sum_revenue",
                label="Sum of revenue",
                type="quantitative",
                field="revenue",
                aggregate="sum",
            ),
        },
        aggregated=True,
    )


def test_a_channel_reads_its_alias_and_a_missing_one_nothing() -> None:
    compiled = chart()
    assert compiled.column("x") == "region" and compiled.column("y") == "sum_revenue"
    assert compiled.column("color") is None


def test_an_aggregated_field_is_a_measure() -> None:
    fields = chart().fields
    assert fields["y"].is_measure and not fields["x"].is_measure


def test_each_compiled_chart_has_its_own_notes_and_the_default_row_cap() -> None:
    first, second = chart(), chart()
    first.notes.append("returned no rows")
    assert second.notes == [] and first.max_rows == 5_000 and first.limit is None
