"""Regenerate the error-code table in README.md from aiser_jupyter.errors.CODES."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from aiser_jupyter.errors import CODES  # noqa: E402


def table() -> str:
    rows = ["| code | what to do |", "|---|---|"] + [
        f"| `{code}` | {hint} |" for code, hint in CODES.items()
    ]
    return "\n".join(rows)


def render(readme: str) -> str:
    return re.sub(
        r"(<!-- codes:start -->\n).*?(<!-- codes:end -->)",
        lambda m: m[1] + table() + "\n" + m[2],
        readme,
        flags=re.S,
    )


if __name__ == "__main__":
    path = ROOT / "README.md"
    path.write_text(render(path.read_text()))
    print(f"updated {path}")
