"""Real components the tests need: skip where one is missing locally, fail in CI.

CI (``CI=true``) installs every one of them (scripts/system-deps.sh and the test
extra), so a missing one there is a broken setup, never a reason to skip.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NoReturn

import pytest

REPO = Path(__file__).resolve().parents[1]


def unavailable(reason: str) -> NoReturn:
    if os.environ.get("CI") == "true":
        pytest.fail(f"required in CI: {reason}", pytrace=False)
    pytest.skip(reason, allow_module_level=True)


def bench_file(name: str) -> Path:
    """A file of the shared benchmark, which lives outside the repository.

    ``$AISER_BENCH_DIR/<name>`` when that is set, else ``shared/bench/<name>`` in a folder
    that holds the checkout (``/work/shared/bench`` for ``/work/main`` and for a worktree
    in ``/work/wt/x``). Missing: skipped on a laptop, a failure in CI.
    """
    root = os.environ.get("AISER_BENCH_DIR")
    folders = [Path(root)] if root else [p / "shared" / "bench" for p in REPO.parents]
    for folder in folders:
        if (folder / name).exists():
            return folder / name
    unavailable(f"the benchmark file {name} is not present (set AISER_BENCH_DIR)")
