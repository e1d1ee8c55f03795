"""A real kernel interrupt, for the tests of cancelling a running query.

The kernel's interrupt is a SIGINT to the process's main thread; here a timer thread
sends it while the main thread waits in ``Source.run``. Tests that use it also need the
``sigint_raises`` fixture (Python's own SIGINT handler, whatever the run started with).
"""

from __future__ import annotations

import signal
import threading
import time


def interrupt_after(delay: float) -> dict[str, float]:
    """SIGINT to the main thread ``delay`` seconds after a query started running.

    Waiting for the query's worker thread (not a fixed time from now) keeps the test
    right on a loaded machine, where getting to the query may take longer than ``delay``.
    """
    sent: dict[str, float] = {}
    main = threading.main_thread().ident
    assert main is not None

    def fire() -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not any(
            t.name == "aiser-query" and t.is_alive() for t in threading.enumerate()
        ):
            time.sleep(0.01)
        time.sleep(delay)
        sent["at"] = time.monotonic()
        signal.pthread_kill(main, signal.SIGINT)

    threading.Thread(target=fire, daemon=True).start()
    return sent
