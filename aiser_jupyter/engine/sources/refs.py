"""Source references: an alias resolves; only what the user typed is opened.

Plans, dashboards, panel messages and plan cells name a source by alias. A URL, a
path or ``${VAR}`` is opened only when a person typed it (``%chart connect``,
``%%chart --db``, ``aiser-jupyter ask --db`` / ``export --db ALIAS=URL``, the Python
API), and ``${VAR}`` is filled from the environment only there — a notebook someone
sent you cannot make the kernel connect anywhere or send your environment's secrets.
"""

from __future__ import annotations

import os
import re
from collections.abc import Container
from pathlib import Path
from urllib.parse import quote

from ...errors import AiserError, error
from .urls import parse_url

__all__ = ["alias_of", "expand_env", "is_alias", "new_alias", "stored_source_error"]

_ALIAS = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,63}$")


def is_alias(ref: str) -> bool:
    """Whether ``ref`` is a source alias (letters, digits, underscores; a letter first)."""
    return isinstance(ref, str) and bool(_ALIAS.match(ref))


def stored_source_error(ref: object) -> AiserError:
    """The refusal of a stored source that is not an alias (the text itself is not echoed)."""
    text = ref if isinstance(ref, str) else ""
    what = (
        "holds ${…}"
        if "${" in text
        else "is a URL"
        if "://" in text or re.match(r"^[a-z][a-z0-9+]*:", text)
        else "is a path"
        if "/" in text or "\\" in text or "." in text
        else "is not an alias"
    )
    msg = (
        f"A source kept in a notebook, plan or message must be the alias of a source you "
        f"connected; this one {what} and is not opened"
    )
    return error("AISER-SRC-STORED", msg)


def expand_env(target: str) -> str:
    """Replace ``${VAR}`` by the environment variable, so secrets stay out of notebooks.

    Only for what the user typed (:meth:`Engine.connect`, :meth:`Engine.user_source`);
    never for anything read from a notebook, a plan or a message. In a URL's user, password
    or parameters (``?key=`` and Spark Connect's ``;key=``) the value is one value,
    percent-encoded, so a ``@``, ``;``, ``&`` or ``%`` in a secret cannot change the URL;
    elsewhere (a whole URL, a host, a path) it is pasted as it is.
    """

    def value(match: re.Match[str]) -> str:
        name = match[1]
        if name not in os.environ:
            msg = f"The environment variable {name} used in the connection is not set"
            raise error("AISER-SRC-CONNECT", msg)
        raw = os.environ[name]
        return quote(raw, safe="") if _in_url_value(target, match.start()) else raw

    return re.sub(r"\$\{(\w+)\}", value, target)


def _in_url_value(target: str, at: int) -> bool:
    """Whether position ``at`` of the URL ``target`` is in its user, password or parameters."""
    if "://" not in target:
        return False
    netloc = target.index("://") + 3
    ends = [i for c in "/?;#" if (i := target.find(c, netloc)) >= 0]
    host_end = min(ends, default=len(target))
    userinfo_end = target.rfind("@", netloc, host_end)
    if netloc <= at < userinfo_end:
        return True
    params = [i for c in "?;" if (i := target.find(c, host_end)) >= 0]
    return bool(params) and at > min(params)


def alias_of(source: str) -> tuple[str, list[str]]:
    """An alias for ``source``; a URL or a path is reduced to an alias (never stored)."""
    if _ALIAS.match(source):
        return source, []
    stem = (
        re.sub(r"\W+", "_", Path(source.split("?", 1)[0].rstrip("/")).stem).strip("_").lower()
        or "db"
    )
    alias = (stem if stem[0].isalpha() else f"db_{stem}")[:64]
    note = (
        f"The source is stored by its alias {alias!r} only (never its URL); to refresh this chart, "
        f"connect it first (%chart connect {alias} URL, or --db {alias}=URL on the command line)."
    )
    return alias, [note]


def new_alias(ref: str, taken: Container[str]) -> str:
    """An alias for a URL or path used directly as a source, from the database name or host
    of a URL (never its user, password or parameters) or the file name of a path."""
    if "://" in ref:
        try:
            url = parse_url(ref)
            name = Path(url.database or "").stem or url.host or url.get_backend_name()
        except AiserError:
            name = "db"
    else:
        name = Path(ref.rstrip("/")).stem
    stem = re.sub(r"\W+", "_", name).strip("_").lower() or "db"
    stem = stem if stem[0].isalpha() else f"db_{stem}"
    alias, n = stem[:40], 2
    while alias in taken:
        alias, n = f"{stem[:40]}_{n}", n + 1
    return alias
