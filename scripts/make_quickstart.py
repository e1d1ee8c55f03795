"""Write notebooks/quickstart.ipynb (run once when the walk-through changes; the file is committed)."""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

CELLS = [
    (
        "md",
        "# aiser-jupyter quickstart\n\nAsk a database a question in plain words and get an interactive chart, "
        "built from SQL that ran in the database. This walk-through uses the built-in **demo** data — a small "
        "retail shop (regions, categories, products, customers, orders and order lines over 2023–2025) — and "
        "needs no API key: with no LLM configured, an offline rule-based planner answers.",
    ),
    ("code", "%load_ext aiser_jupyter"),
    (
        "md",
        "## Ask a question\n\nA `%%chart` cell takes a question in its body. The first run builds the demo "
        "database into your cache directory (about a second).",
    ),
    ("code", "%%chart\ntotal revenue by region"),
    ("code", "%%chart\nmonthly revenue since 2023 as a line"),
    (
        "md",
        '## Refine it\n\n`--type` forces a chart type; words in the question work too ("as a pie", "top 10").',
    ),
    ("code", "%%chart --type pie\nshare of revenue by category"),
    ("code", "%%chart --show-sql\ntop 10 products by quantity sold"),
    (
        "md",
        "## Keep the answer\n\n`-o NAME` stores the answer: `.df` has the plotted rows, `.sql` the query that "
        "ran, `.plan` the plan (SQL + chart spec) and `.figure` the plotly figure.",
    ),
    ("code", "%%chart -o weekdays\nhow many orders per weekday"),
    ("code", "print(weekdays.sql)\nweekdays.df"),
    (
        "md",
        "## Chart your own SQL\n\nA cell body that is a `SELECT` is charted directly, through the same safety "
        "checks (only read-only queries on the source's tables run).",
    ),
    (
        "code",
        "%%chart\nSELECT c.segment, COUNT(*) AS customers\nFROM customers AS c\nGROUP BY c.segment\nORDER BY customers DESC",
    ),
    (
        "md",
        "## Connect your data\n\n`%chart connect ALIAS TARGET` opens a SQLAlchemy URL "
        "(`postgresql://user:${PGPASSWORD}@host/db` — `${VAR}` reads a secret from the environment, so it never "
        "lands in the notebook), a DuckDB or SQLite file, a CSV/Parquet/JSON file or a folder of them. Here, a CSV:",
    ),
    (
        "code",
        "import pathlib, tempfile\n\nfolder = pathlib.Path(tempfile.mkdtemp())\n"
        "(folder / 'visits.csv').write_text(\n"
        "    'day,city,visitors\\n2024-01-01,Oslo,120\\n2024-01-01,Rome,340\\n'\n"
        "    '2024-01-02,Oslo,150\\n2024-01-02,Rome,310\\n2024-01-03,Oslo,90\\n2024-01-03,Rome,400\\n'\n)\n"
        "%chart connect visits {folder}/visits.csv\n%chart sources",
    ),
    ("code", "%%chart --db visits\ntotal visitors by city"),
    ("code", "%chart use demo"),
    (
        "md",
        "## Next\n\n- Configure an LLM: `%config Aiser.model = 'gpt-4o-mini'` plus `OPENAI_API_KEY` "
        "(and `OPENAI_BASE_URL` for Ollama, vLLM or LM Studio).\n- Open the chat panel from the right sidebar.\n"
        "- `%%chart --save sales.ipynb` keeps charts in a dashboard notebook; `aiser-jupyter export` turns it "
        "into one HTML file.",
    ),
]


def main() -> None:
    nb = new_notebook()
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nb.cells = [
        new_markdown_cell(src) if kind == "md" else new_code_cell(src) for kind, src in CELLS
    ]
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"quickstart-{i:02d}"
    nbformat.validate(nb)
    path = Path(__file__).resolve().parent.parent / "notebooks" / "quickstart.ipynb"
    nbformat.write(nb, path)
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
