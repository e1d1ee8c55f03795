"""Long queries show "querying 42%" in the cell output, updated in place and removed when done."""

from __future__ import annotations

import pytest
from IPython.core.interactiveshell import InteractiveShell
from IPython.utils.capture import capture_output

from aiser_jupyter._magics import Progress


@pytest.fixture(autouse=True)
def shell() -> InteractiveShell:
    return InteractiveShell.instance()


def test_progress_is_one_output_updated_in_place_then_emptied() -> None:
    progress = Progress()
    with capture_output() as captured:
        progress("planning")  # stages other than progress are not shown in the cell
        progress("querying")
        progress("querying 42%")
        progress("querying 57%")
        progress.close()
    shown = captured.outputs
    assert len(shown) == 3
    ids = {o.transient["display_id"] for o in shown}
    assert len(ids) == 1  # the same output each time
    assert "querying 42%" in shown[0].data["text/markdown"]
    assert shown[1].update and "querying 57%" in shown[1].data["text/markdown"]
    assert shown[2].update and shown[2].data == {"text/plain": ""}


def test_a_fast_query_shows_no_progress() -> None:
    progress = Progress()
    with capture_output() as captured:
        progress("querying")
        progress("rendering")
        progress.close()
    assert captured.outputs == []
