"""A chart as a PNG image, drawn offline by one long-lived headless Chromium (kaleido).

Opening Chromium costs 3-4 s; drawing a chart in an open one 0.2-0.4 s. So a
:class:`PngRenderer` opens the browser on the first image and keeps it until
:meth:`PngRenderer.close`. It runs kaleido's asyncio API on its own thread and loop, so
callers in any thread (or inside another event loop) get a plain blocking
:meth:`PngRenderer.render`.

Nothing is fetched from the network: MathJax (kaleido loads it from a CDN by default)
is off, plotly.js is the copy installed with plotly, and every request the page could
still make goes to a closed local port (``proxy_server``). The browser is the system's
Chromium (``BROWSER_PATH`` or the ``PATH``); kaleido's download helpers are never called.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import threading
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any

from ...errors import AiserError, error

__all__ = ["PngRenderer", "find_browser"]

#: Names of a Chromium-based browser on the PATH, in order of preference.
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
#: Where the page's network requests go: a closed port, so nothing leaves the machine.
NO_NETWORK = "http://127.0.0.1:9"


def find_browser() -> str:
    """The system's Chromium: ``BROWSER_PATH`` when set, else the first on the ``PATH``."""
    configured = os.environ.get("BROWSER_PATH")
    if configured:
        if os.path.isfile(configured) and os.access(configured, os.X_OK):
            return configured
        msg = f"BROWSER_PATH names no executable file ({os.path.basename(configured)})"
        raise error("AISER-IMG-BROWSER", msg)
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    raise error("AISER-IMG-BROWSER", "No Chromium or Chrome was found on the PATH")


class PngRenderer:
    """Draw plotly figures as PNG with one headless Chromium kept open between images.

    Parameters
    ----------
    browser
        Path of a Chromium or Chrome executable; default: :func:`find_browser`.
    timeout
        Seconds to open the browser, and again to draw one image.

    Examples
    --------
    >>> with PngRenderer() as renderer:                      # doctest: +SKIP
    ...     png = renderer.render(answer.plotly_json())
    """

    def __init__(self, browser: str | None = None, *, timeout: float = 30.0) -> None:
        self._browser = browser
        self._timeout = timeout
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._kaleido: Any = None

    def __enter__(self) -> PngRenderer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def is_open(self) -> bool:
        return self._kaleido is not None

    def open(self) -> None:
        """Start the browser now (the first :meth:`render` does it otherwise)."""
        with self._lock:
            self._ensure_open()

    def warm(self) -> None:
        """Start the browser in the background (a render waits for it); errors wait for render."""
        if self._kaleido is None:
            threading.Thread(target=self._warm, name="aiser-png-warm", daemon=True).start()

    def _warm(self) -> None:
        with contextlib.suppress(AiserError):
            self.open()

    def render(
        self, figure: dict[str, Any], *, width: int = 800, height: int = 500, scale: float = 1.0
    ) -> bytes:
        """``figure`` (plotly JSON) as PNG bytes of ``width`` x ``height`` CSS pixels times ``scale``.

        Raises
        ------
        AiserError
            ``AISER-IMG-BROWSER`` when no browser can be started, ``AISER-IMG-RENDER``
            when drawing fails or takes longer than the timeout.
        """
        opts = {"format": "png", "width": int(width), "height": int(height), "scale": scale}
        with self._lock:  # one image at a time: kaleido runs one tab
            self._ensure_open()
            for attempt in (1, 2):
                try:
                    data = self._call(self._kaleido.calc_fig(figure, opts=opts))
                    break
                except AiserError:
                    raise
                except Exception as exc:
                    # an error in the page (its script not ready on a busy machine) is drawn
                    # again once, in the same tab; a second failure is the chart's own
                    if attempt == 2:
                        msg = f"The chart could not be drawn as an image ({type(exc).__name__})"
                        raise error("AISER-IMG-RENDER", msg) from None
        if not isinstance(data, bytes) or not data.startswith(b"\x89PNG\r\n\x1a\n"):
            raise error("AISER-IMG-RENDER", "The browser returned something that is not a PNG")
        return data

    def close(self) -> None:
        """Close the browser and stop the renderer's thread (a later render opens them again)."""
        with self._lock:
            loop, kaleido = self._loop, self._kaleido
            self._kaleido = None
            if loop is None:
                return
            if kaleido is not None:
                # a browser that is gone already raises here; the loop is stopped either way
                with contextlib.suppress(Exception):
                    self._call(kaleido.close())
            loop.call_soon_threadsafe(loop.stop)
            if self._thread is not None:
                self._thread.join(10)
            loop.close()
            self._loop, self._thread = None, None

    # ------------------------------------------------------------------ internals
    def _ensure_open(self) -> None:
        if self._kaleido is not None:
            return
        browser = self._browser or find_browser()
        try:
            import kaleido
        except ImportError:
            msg = "kaleido is not installed (pip install 'aiser-jupyter[mcp]')"
            raise error("AISER-IMG-BROWSER", msg) from None
        if self._loop is None:
            self._loop = asyncio.new_event_loop()
            self._thread = threading.Thread(
                target=self._loop.run_forever, name="aiser-png", daemon=True
            )
            self._thread.start()

        async def start() -> Any:
            k = kaleido.Kaleido(
                n=1, timeout=self._timeout, mathjax=False, path=browser, proxy_server=NO_NETWORK
            )
            await k.open()
            return k

        try:
            self._kaleido = self._call(start())
        except Exception as exc:
            msg = f"The browser at {browser} could not be started ({type(exc).__name__})"
            raise error("AISER-IMG-BROWSER", msg) from None

    def _call(self, coroutine: Any) -> Any:
        assert self._loop is not None
        future = asyncio.run_coroutine_threadsafe(coroutine, self._loop)
        try:
            return future.result(self._timeout + 5)
        except FutureTimeout:
            future.cancel()
            msg = f"Drawing took longer than {self._timeout:g} s"
            raise error("AISER-IMG-RENDER", msg) from None
