"""Export a dashboard notebook to one self-contained HTML file.

``aiser-jupyter export DASHBOARD.ipynb -o OUT.html [--no-refresh] [--db ALIAS=URL ...]``
"""

from __future__ import annotations

import argparse
import sys

from .errors import error

__all__ = ["add_arguments", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the ``export`` subcommand's arguments."""
    parser.add_argument("dashboard", metavar="DASHBOARD.ipynb", help="the dashboard notebook")
    parser.add_argument(
        "-o", "--out", required=True, metavar="OUT.html", help="the HTML file to write"
    )
    parser.add_argument(
        "--no-refresh",
        dest="refresh",
        action="store_false",
        help="use the results stored in the notebook instead of re-running the charts",
    )
    parser.add_argument(
        "--db",
        action="append",
        default=[],
        metavar="ALIAS=URL",
        help="connect a source the charts refer to by alias (repeatable); "
        "dashboards never store URLs, so non-demo sources need this to refresh",
    )


def run(args: argparse.Namespace) -> int:
    """Export; print where the file went and what the page says it left out."""
    # the engine when the command runs: `aiser-jupyter --help` stays quick
    from .engine.core import Engine
    from .engine.dashboards.export import export_html
    from .engine.sources.refs import is_alias
    from .engine.sources.urls import mask_url

    engine = Engine()
    try:
        for spec in args.db:
            alias, sep, target = spec.partition("=")
            if not sep or not target or not is_alias(alias.strip()):  # a URL without ALIAS=
                raise error(
                    "AISER-SRC-ALIAS",
                    f"--db expects ALIAS=URL, got {mask_url(spec)[:60]!r} (password hidden)",
                )
            engine.connect(alias.strip(), target.strip())
        report = export_html(args.dashboard, args.out, refresh=args.refresh, engine=engine)
    finally:
        engine.close()
    for note in report.notes:
        print(f"note: {note}", file=sys.stderr)
    print(
        f"wrote {report.path} ({report.charts} charts, {report.figures} figures, {report.bytes / 1e6:.1f} MB)"
    )
    return 0
