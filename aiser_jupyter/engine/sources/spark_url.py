"""``sc://`` URLs of Spark Connect servers: parsed strictly, parameters allow-listed, the token masked.

The form is pyspark's: ``sc://host[:port]/;name=value;name=value`` (port 15002 by
default, values percent-encoded). The client turns every parameter it does not know
into a gRPC header, and ``session_id`` would join an existing server session with its
own settings and temporary views; so only the parameters below are accepted, the
rest are refused with ``AISER-SRC-PARAM`` before anything connects. ``catalog`` and
``database`` are the engine's own: the source opens with them current (the guard
allows plain table names only).

Two pyspark behaviours are closed here: a token sent to ``127.0.0.1`` makes the
client try TLS against a plain local server and retry for minutes (only the host
written ``localhost`` gets gRPC's local credentials), so a loopback address with a
token becomes ``localhost``; and a URL without a token never picks up
``SPARK_CONNECT_AUTHENTICATE_TOKEN`` from the environment (see :mod:`.spark_source`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import quote, unquote

from ...errors import error

__all__ = ["DEFAULT_PORT", "PARAMS", "SparkTarget", "parse_spark_url"]

DEFAULT_PORT = 15002
#: parameter -> what it is; ``token`` is a secret (masked in ``display``)
PARAMS = {
    "token": "the bearer token (write ;token=${VAR} to take it from the environment)",
    "use_ssl": "true for TLS without a token",
    "user_id": "the user name the server records",
    "catalog": "the catalog to open",
    "database": "the database (schema) whose tables are charted",
}
_HOST = re.compile(r"^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\[[0-9A-Fa-f:.]{2,45}\])$")
_KEY = re.compile(r"^[A-Za-z0-9_.-]{1,40}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_LOOPBACK = {"127.0.0.1", "[::1]"}
_FORM = "write it as sc://host:port/;token=${VAR}"


@dataclass(frozen=True)
class SparkTarget:
    """A checked ``sc://`` URL: where to connect, the client's parameters, what to open."""

    host: str
    port: int
    params: dict[str, str] = field(default_factory=dict)  #: token, use_ssl, user_id
    catalog: str | None = None
    database: str | None = None

    @property
    def token(self) -> str | None:
        return self.params.get("token")

    @property
    def display(self) -> str:
        """The URL for people: the token as ``***``."""
        shown = [f"{k}={'***' if k == 'token' else v}" for k, v in self._all().items()]
        return f"sc://{self.host}:{self.port}/" + "".join(f";{p}" for p in shown)

    def client_url(self) -> str:
        """The URL pyspark's channel builder parses: only checked parameters, each percent-encoded."""
        parts = "".join(f";{k}={quote(v, safe='')}" for k, v in self.params.items())
        return f"sc://{self.host}:{self.port}/{parts}"

    def _all(self) -> dict[str, str]:
        extra = {"catalog": self.catalog, "database": self.database}
        return {**self.params, **{k: v for k, v in extra.items() if v is not None}}


def parse_spark_url(url: str) -> SparkTarget:
    """``url`` checked (``AISER-SRC-SCHEME``/``AISER-SRC-PARAM``), never echoed in an error."""
    if not url[:5].lower() == "sc://" or _CONTROL.search(url):
        raise error("AISER-SRC-SCHEME", f"The Spark Connect URL could not be parsed; {_FORM}")
    rest = url[5:]
    if "?" in rest or "#" in rest:
        msg = f"A Spark Connect URL takes its parameters after '/;' as name=value pairs; {_FORM}"
        raise error("AISER-SRC-PARAM", msg)
    netloc, slash, tail = rest.partition("/")
    if "@" in netloc:
        msg = f"A Spark Connect URL takes no user or password before the host; {_FORM}"
        raise error("AISER-SRC-SCHEME", msg)
    if slash and tail and not tail.startswith(";"):
        msg = f"A Spark Connect URL has no path (a database is given as ;database=NAME); {_FORM}"
        raise error("AISER-SRC-SCHEME", msg)
    host, port = _host_port(netloc)
    params = _params(tail[1:] if tail else "")
    if params.get("use_ssl", "false") not in ("true", "false"):
        raise error("AISER-SRC-PARAM", "The URL parameter use_ssl is true or false")
    if host in _LOOPBACK and "token" in params and params.get("use_ssl") != "true":
        host = "localhost"  # gRPC local credentials: the token without TLS, on loopback only
    catalog, database = params.pop("catalog", None), params.pop("database", None)
    return SparkTarget(host=host, port=port, params=params, catalog=catalog, database=database)


def _host_port(netloc: str) -> tuple[str, int]:
    host, port_text = netloc, ""
    if netloc.startswith("["):
        end = netloc.find("]")
        host, port_text = netloc[: end + 1], netloc[end + 1 :].removeprefix(":")
    elif ":" in netloc:
        host, port_text = netloc.rsplit(":", 1)
    if not _HOST.match(host):
        msg = f"The Spark Connect URL needs a host name or address; {_FORM}"
        raise error("AISER-SRC-SCHEME", msg)
    if port_text and not (port_text.isdigit() and 0 < int(port_text) < 65536):
        msg = f"The port of a Spark Connect URL is a number from 1 to 65535; {_FORM}"
        raise error("AISER-SRC-SCHEME", msg)
    return host.lower(), int(port_text) if port_text else DEFAULT_PORT


def _params(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in filter(None, text.split(";")):
        key, eq, value = part.partition("=")
        name = key.strip().lower().replace("-", "_")
        if name not in PARAMS:
            shown = repr(key) if _KEY.match(key) else "a parameter"
            accepted = ", ".join(PARAMS)
            msg = (
                f"The URL parameter {shown} is not accepted for Spark Connect: it is not known to "
                f"be harmless (accepted: {accepted})"
            )
            raise error("AISER-SRC-PARAM", msg)
        value = unquote(value)
        if not eq or not value or _CONTROL.search(value) or name in out:
            msg = f"The URL parameter {name} needs one value, written {name}=VALUE"
            raise error("AISER-SRC-PARAM", msg)
        out[name] = value
    return out
