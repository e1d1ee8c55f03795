"""Connection URLs: parsed by SQLAlchemy's own rules, driver parameters allow-listed, secrets masked.

A connection URL is code (Metabase CVE-2023-38646): its query parameters go to the
driver, and some drivers run SQL (MySQL ``init_command``), read files
(``read_default_file``, ``passfile``, ``service``), load code (ODBC ``driver`` paths)
or change the session (PostgreSQL ``options=-c …``, ``autocommit``, ClickHouse
settings such as ``readonly=0``). So only parameters known to be harmless for the
database are accepted — an allow-list per backend, compared after normalising case,
``-`` and ``_`` — and the driver then receives exactly the allow-list's spelling.
Everything else is refused with ``AISER-SRC-PARAM`` before any connection is made.

Masking and checking use the same parser as the connection (SQLAlchemy's
``make_url``), so what is hidden is exactly what the driver would send; a URL that
does not parse cleanly is refused and never echoed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...errors import error
from .base import DIALECTS

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

__all__ = [
    "ALLOWED_PARAMS",
    "check_url",
    "looks_like_url",
    "mask_url",
    "parse_url",
    "sqlite_url",
]


def _names(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: libpq connection keywords that only choose hosts, TLS, timeouts and labels. Refused on
#: purpose: ``options`` (runs ``-c`` settings at session start: search_path, roles),
#: ``passfile``/``service``/``servicefile`` (read files that set anything),
#: ``replication`` (replication commands), ``dbname`` (the URL's path says it),
#: ``sslkeylogfile`` (writes TLS secrets to a file). TLS file parameters (``sslrootcert``,
#: ``sslcert``, ``sslkey``, ``sslcrl``) are kept: libpq only uses them for the handshake.
_POSTGRES = _names(
    """
    host hostaddr port user password connect_timeout client_encoding application_name
    fallback_application_name keepalives keepalives_idle keepalives_interval keepalives_count
    tcp_user_timeout sslmode requiressl sslcompression sslcert sslkey sslpassword sslcertmode
    sslrootcert sslcrl sslcrldir sslsni sslnegotiation ssl_min_protocol_version
    ssl_max_protocol_version channel_binding require_auth gssencmode krbsrvname gsslib
    gssdelegation requirepeer target_session_attrs load_balance_hosts
    """
)
#: PyMySQL / mysqlclient / MariaDB Connector options for transport, TLS and timeouts.
#: Refused on purpose: ``init_command`` (runs SQL), ``read_default_file``/``read_default_group``
#: /``default_file`` (read an option file, which can hold init-command), ``local_infile``
#: and ``client_flag`` (LOCAL INFILE, multi-statements), ``autocommit``, ``sql_mode``,
#: ``plugin_dir``/``auth_plugin_map`` (load code), ``conv``/``cursorclass``.
_MYSQL = _names(
    """
    host port user password charset connect_timeout read_timeout write_timeout compress
    ssl_ca ssl_cert ssl_key ssl_capath ssl_cipher ssl_check_hostname ssl_verify_cert
    ssl_verify_identity ssl_disabled ssl_mode program_name unix_socket bind_address
    max_allowed_packet use_unicode binary_prefix server_public_key
    """
)
#: ClickHouse drivers turn unknown parameters into ClickHouse settings (``readonly=0``):
#: only connection options are accepted.
_CLICKHOUSE = _names(
    """
    protocol secure verify ca_cert ca_certs client_cert client_cert_key certfile keyfile
    compress compression connect_timeout send_receive_timeout client_name
    """
)

#: backend (the URL scheme before ``+``) -> parameter names accepted, in the driver's spelling.
#: A backend missing here accepts no parameters. ``duckdb`` and ``chdb`` take none.
ALLOWED_PARAMS: dict[str, frozenset[str]] = {
    "postgresql": _POSTGRES,
    "postgres": _POSTGRES,
    "redshift": _POSTGRES,  # psycopg2 underneath
    "mysql": _MYSQL,
    "mariadb": _MYSQL,
    # the file is opened read-only by :func:`sqlite_url`; ``uri``, ``mode`` and ``vfs`` would
    # let the URL choose how
    "sqlite": _names("timeout"),
    "clickhouse": _CLICKHOUSE,
    "clickhousedb": _CLICKHOUSE,
    # pyodbc builds "key=value;" strings: values are checked below; ``odbc_connect`` is refused
    "mssql": _names(
        "driver TrustServerCertificate Encrypt ApplicationIntent MultiSubnetFailover "
        "charset tds_version login_timeout timeout appname"
    ),
    "oracle": _names(
        "service_name tcp_connect_timeout retry_count retry_delay expire_time "
        "ssl_server_dn_match ssl_server_cert_dn"
    ),
    "snowflake": _names(
        "warehouse role application authenticator token login_timeout network_timeout "
        "client_session_keep_alive"
    ),
    "bigquery": _names(
        "location credentials_path credentials_base64 arraysize maximum_bytes_billed "
        "list_tables_page_size"
    ),
    "trino": _names("source http_scheme verify client_tags timezone access_token"),
    "databricks": _names("http_path catalog schema user_agent_entry"),
}

_SECRET_PARAM = re.compile(r"(pass|pwd|secret|token|key|credential|auth|signature|sig)", re.I)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+]*$")
#: a host as SQLAlchemy parses it: a name, an IPv4 or IPv6 address (with an optional zone)
_HOST = re.compile(r"^[\w.:%-]*$")
_SHOWN_KEY = re.compile(r"^[A-Za-z0-9_.-]{1,40}$")
#: characters that end a value in an ODBC connection string
_ODBC_SPECIAL = re.compile(r"[;{}]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _norm(name: str) -> str:
    return name.replace("-", "").replace("_", "").lower()


def _scheme(url: str) -> str:
    scheme = url.split(":", 1)[0]
    return scheme.lower() if _SCHEME.match(scheme) else ""


def parse_url(url: str) -> URL:
    """``url`` parsed by SQLAlchemy, or ``AISER-SRC-SCHEME`` without echoing any of it."""
    from sqlalchemy import exc
    from sqlalchemy.engine import make_url

    scheme = _scheme(url)
    backend = scheme.split("+", 1)[0]
    if backend not in DIALECTS:
        shown = f" {scheme!r}" if scheme else ""
        raise error("AISER-SRC-SCHEME", f"The URL scheme{shown} is not supported")
    unclear = (
        "The URL could not be parsed; percent-encode special characters in the user name and "
        "password (@ as %40, : as %3A, / as %2F)"
    )
    if url.count("@") > 1 or _CONTROL.search(url):
        raise error("AISER-SRC-SCHEME", unclear)
    try:
        parsed = make_url(url)
    except (exc.ArgumentError, ValueError):
        raise error("AISER-SRC-SCHEME", unclear) from None
    if not _HOST.match(parsed.host or ""):
        raise error("AISER-SRC-SCHEME", unclear)
    return parsed


def looks_like_url(text: str) -> bool:
    """Whether ``text``, which has no ``://``, reads like a malformed URL (that may hold a
    password) rather than a path: ``postgresql:/user:pw@host``, ``user:pw@host/db``."""
    return bool(re.match(r"^[A-Za-z][A-Za-z0-9+.-]+:", text)) or "@" in text


def check_url(url: str | URL) -> URL:
    """``url`` parsed, with every query parameter on its backend's allow-list (refused otherwise).

    Parameter names are compared ignoring case, ``-`` and ``_`` (``INIT-COMMAND`` is
    ``init_command``); the returned URL spells each one as the allow-list does, so the
    driver receives exactly the parameters that were checked.
    """
    parsed = parse_url(url) if isinstance(url, str) else url
    backend = parsed.get_backend_name()
    allowed = ALLOWED_PARAMS.get(backend, frozenset())
    canonical = {_norm(name): name for name in allowed}
    query: dict[str, str | tuple[str, ...]] = {}
    for key, value in parsed.query.items():
        name = canonical.get(_norm(key))
        if name is None:
            shown = repr(key) if _SHOWN_KEY.match(key) else "a parameter"
            accepted = ", ".join(sorted(allowed, key=str.lower)) or "none"
            msg = (
                f"The URL parameter {shown} is not accepted for {backend}: it is not known to be "
                f"harmless (accepted: {accepted})"
            )
            raise error("AISER-SRC-PARAM", msg)
        values = (value,) if isinstance(value, str) else tuple(value)
        if any(_CONTROL.search(v) for v in values) or (
            backend == "mssql" and any(_ODBC_SPECIAL.search(v) for v in values)
        ):
            msg = f"The value of the URL parameter {name!r} holds characters that are refused"
            raise error("AISER-SRC-PARAM", msg)
        if name == "driver" and any(re.search(r"[/\\]", v) for v in values):
            msg = "The ODBC driver must be named, not given as a file path"
            raise error("AISER-SRC-PARAM", msg)
        query[name] = value if isinstance(value, str) else tuple(value)
    return parsed.set(query=query)


def mask_url(url: str | URL) -> str:
    """``url`` for display: the password and secret-looking parameters as ``***``.

    Parsed as the connection parses it; a URL that does not parse shows only its
    scheme. A plain path (no ``://``) is returned as it is.
    """
    if isinstance(url, str):
        text = url
        if "://" not in text:
            return "***" if looks_like_url(text) else text
        try:
            url = parse_url(text)
        except Exception:
            scheme = _scheme(text)
            return f"{scheme}://***" if scheme else "***"
    shown = str(url.set(query={}).render_as_string(hide_password=True))
    query = "&".join(
        f"{key}={'***' if _SECRET_PARAM.search(key) else value}"
        for key, values in url.query.items()
        for value in ((values,) if isinstance(values, str) else values)
    )
    return f"{shown}?{query}" if query else shown


def sqlite_url(path: str, query: dict[str, str | tuple[str, ...]] | None = None) -> URL:
    """A SQLAlchemy URL that opens the existing SQLite file ``path`` read-only.

    ``mode=ro`` in a SQLite URI: nothing is created when the file is missing (the
    caller refuses that first) and the connection cannot write even if everything else
    failed. The path is percent-encoded, so ``?`` or ``#`` in a name stay in the name.
    """
    from urllib.parse import quote

    from sqlalchemy.engine import URL

    return URL.create(
        "sqlite",
        database=f"file:{quote(path, safe='/')}",
        query={**(query or {}), "mode": "ro", "uri": "true"},
    )
