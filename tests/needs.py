"""Real components the tests need: skip where one is missing locally, fail in CI.

CI (``CI=true``) installs every one of them (scripts/system-deps.sh and the test
extra), so a missing one there is a broken setup, never a reason to skip.
"""

from __future__ import annotations

import os
from typing import NoReturn

import pytest


def unavailable(reason: str) -> NoReturn:
    if os.environ.get("CI") == "true":
        pytest.fail(f"required in CI: {reason}", pytrace=False)
    pytest.skip(reason, allow_module_level=True)
