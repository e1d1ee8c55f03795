"""Charts as PNG: one headless Chromium (the system's), kept open between images."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pngfile import decode_png

from aiser_jupyter.engine.figure.png import PngRenderer, find_browser
from aiser_jupyter.errors import AiserError

pytestmark = pytest.mark.slow


def _children() -> set[int]:
    """Process ids whose parent chain leads to this process (Linux /proc)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, frontier = set(), {os.getpid()}
    while frontier:
        frontier = {pid for pid, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_a_figure_becomes_a_png_of_the_asked_size_and_the_browser_closes(engine: object) -> None:
    answer = engine.ask("total revenue by region")  # type: ignore[attr-defined]
    before = _children()
    renderer = PngRenderer()
    try:
        renderer.warm()  # starts the browser in the background; render waits for it
        first = renderer.render(answer.plotly_json(), width=640, height=360)
        assert renderer.is_open and _children() - before, "no browser process was started"
        second = renderer.render(answer.plotly_json(), width=300, height=200, scale=2)
    finally:
        renderer.close()
    width, height, scanlines = decode_png(first)
    assert (width, height) == (640, 360)
    assert len(set(scanlines)) > 16, "the image is blank"
    assert decode_png(second)[:2] == (600, 400)
    assert not renderer.is_open
    left = {pid for pid in _children() - before if Path(f"/proc/{pid}").exists()}
    zombies = {pid for pid in left if " Z " in Path(f"/proc/{pid}/stat").read_text()}
    assert left == zombies, "the browser is still running after close()"


def test_a_missing_browser_is_a_coded_refusal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BROWSER_PATH", "/nonexistent/chromium")
    with pytest.raises(AiserError) as info:
        find_browser()
    assert info.value.code == "AISER-IMG-BROWSER"
    renderer = PngRenderer()
    renderer.warm()  # a background start keeps its error for the render that needs it
    with pytest.raises(AiserError) as info:
        renderer.render({"data": [], "layout": {}})
    assert info.value.code == "AISER-IMG-BROWSER" and "apt-get install chromium" in info.value.text


class PageError(Exception):
    """Stands for kaleido's JavascriptError: the page's script failed (it cannot be made to
    fail on demand, so the first draw is made to fail here; the second is the real one)."""


def test_an_error_in_the_page_is_drawn_again_once(engine: object) -> None:
    answer = engine.ask("total revenue by region")  # type: ignore[attr-defined]
    renderer = PngRenderer()
    try:
        renderer.open()
        real = renderer._kaleido.calc_fig
        calls: list[int] = []

        def flaky(figure: object, opts: object) -> object:
            calls.append(1)
            if len(calls) == 1:
                raise PageError("Plotly is not defined")
            return real(figure, opts=opts)

        renderer._kaleido.calc_fig = flaky
        png = renderer.render(answer.plotly_json(), width=320, height=200)
        assert decode_png(png)[:2] == (320, 200) and len(calls) == 2

        def broken(figure: object, opts: object) -> object:
            raise PageError("Plotly is not defined")

        renderer._kaleido.calc_fig = broken
        with pytest.raises(AiserError) as info:
            renderer.render(answer.plotly_json())
        assert info.value.code == "AISER-IMG-RENDER" and "PageError" in info.value.text
    finally:
        renderer.close()
