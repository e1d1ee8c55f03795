"""One error root for the whole package.

Every refusal the user can see is an :class:`AiserError` with a stable ``code``
(``AISER-<AREA>-<NAME>``) and one sentence that says what to do. The table
:data:`CODES` is the single list of codes; the README's table is generated from it.
Adapters translate these errors (the magic into ``UsageError``, the CLI into an
exit status, the panel into an ``error`` message); nothing else catches them.
"""

from __future__ import annotations

from typing import Any

__all__ = ["CODES", "AiserError", "error"]

#: code -> the sentence that names the fix (shown after the specific message).
CODES: dict[str, str] = {
    # planning
    "AISER-PLAN-UNDERSTOOD": "Rephrase the question naming a measure and a column to group by, or write SQL in the cell.",
    "AISER-PLAN-UNSURE": "Rephrase with the column names shown, or pick one of the suggested questions.",
    "AISER-PLAN-NO-MEASURE": "Name what to measure (a numeric column, or 'number of …').",
    "AISER-PLAN-NO-DIMENSION": "Name a column to group by ('by region', 'per month').",
    "AISER-PLAN-NO-JOIN": "The tables involved are not related by a key; ask about one table or write the SQL join yourself.",
    "AISER-PLAN-INVALID": "The plan does not match the chart schema; fix the named field.",
    "AISER-PLAN-FIELD": "Use a column that the plan's SQL returns; the message lists them.",
    "AISER-PLAN-EMPTY": "The question is empty; type a question or a SELECT statement.",
    # SQL guard
    "AISER-SQL-PARSE": "Check the SQL syntax for this database's dialect.",
    "AISER-SQL-TOO-LONG": "Shorten the query; very long SQL is refused.",
    "AISER-SQL-MULTIPLE": "Send exactly one SELECT statement.",
    "AISER-SQL-NOT-SELECT": "Only read-only SELECT queries are run; remove the write or command.",
    "AISER-SQL-FUNCTION": "Use only analytic functions; file, network and system functions are refused.",
    "AISER-SQL-TABLE": "Query only tables of the connected source (see %chart sources / the catalog).",
    "AISER-SQL-CLAUSE": "Remove the locking or INTO clause; only plain reads are run.",
    "AISER-SQL-COLUMN": "Use columns that exist in the source; the message names the table's columns.",
    "AISER-SQL-DUPLICATE": "Give each output column its own name with AS (the message names the repeated one).",
    "AISER-SQL-UNSUPPORTED": "This database cannot compute that; choose another aggregate or chart type.",
    # database
    "AISER-DB-EXEC": "Check the SQL against the source's tables and columns; the database's message is above.",
    "AISER-DB-TIMEOUT": "The query ran past the time limit; narrow it or raise Aiser.timeout.",
    "AISER-DB-CANCELLED": "The query was cancelled; run the cell again to retry.",
    "AISER-DB-TOO-LARGE": "The result is larger than the row or size cap; aggregate more or add a filter.",
    "AISER-DB-EMPTY": "The query returned no rows; loosen its filters.",
    # sources
    "AISER-SRC-UNKNOWN": "Connect it first with %chart connect ALIAS URL, or pass a URL or file path.",
    "AISER-SRC-SCHEME": "Use a supported database URL scheme (duckdb, sqlite, postgresql, mysql, …) or a file path.",
    "AISER-SRC-PARAM": "Remove the URL parameter; only parameters known to be harmless for that database are accepted (the message lists them).",
    "AISER-SRC-CONNECT": "Check the URL, the server and the credentials (from environment variables).",
    "AISER-SRC-IN-USE": "Close your own connection to that DuckDB file (con.close()), or open it with plain duckdb.connect(path), and run the chart again.",
    "AISER-SRC-FILE": "Check the path; CSV, Parquet, JSON and DuckDB/SQLite files are supported.",
    "AISER-SRC-DRIVER": "Install the database driver named in the message.",
    "AISER-SRC-LINK": "Replace the link by a copy of the file, or move the file into the folder; links that lead out of a data folder are refused.",
    "AISER-SRC-PATH": "Rename the file or folder so that its name holds none of the characters the message names (the database would read them as settings or patterns).",
    "AISER-SRC-SHADOW": "Open a copy of the database without its own functions or macros named like built-in functions (the message names them).",
    "AISER-SRC-ALIAS": "Use an alias of letters, digits and underscores, starting with a letter.",
    "AISER-SRC-FRAME": "Pass a pandas, polars or Arrow table (or a dict of them by table name), or connect the kernel variable that holds one again: %chart connect ALIAS VARIABLE.",
    "AISER-SRC-STORED": "Connect the source yourself (%chart connect ALIAS URL, or --db ALIAS=URL on the command line) and keep only ALIAS in the notebook.",
    # LLM
    "AISER-LLM-CONFIG": "Set Aiser.model (or AISER_MODEL) and OPENAI_API_KEY / OPENAI_BASE_URL.",
    "AISER-LLM-TRANSPORT": "The model endpoint could not be reached; check OPENAI_BASE_URL and the network.",
    "AISER-LLM-TIMEOUT": "The model did not answer in time; retry or raise Aiser.timeout.",
    "AISER-LLM-RATE-LIMIT": "The model endpoint is rate-limiting; wait and retry.",
    "AISER-LLM-SERVER": "The model endpoint failed; retry later.",
    "AISER-LLM-AUTH": "The model endpoint refused the credentials; check OPENAI_API_KEY.",
    "AISER-LLM-REQUEST": "The model endpoint rejected the request; check Aiser.model.",
    "AISER-LLM-TRUNCATED": "The model's answer was cut off; retry, or raise the token limit.",
    "AISER-LLM-REFUSED": "The model refused to answer; rephrase the question.",
    "AISER-LLM-BAD-OUTPUT": "The model's answer was not a valid plan; retry or rephrase the question.",
    "AISER-LLM-BUDGET": "The configured LLM budget is used up; raise it or use the rules planner.",
    # dashboards
    "AISER-DASH-CHANGED": "The dashboard changed on disk since it was read; reload it and save again.",
    "AISER-DASH-INVALID": "The file is not a valid dashboard notebook; check its path, or fix or remove what the message names.",
    "AISER-DASH-NOT-FOUND": "Check the dashboard's path.",
    "AISER-DASH-PATH": "Name a file (not a folder) in a folder that exists; the panel and the MCP server write only inside their working folder.",
    # images
    "AISER-IMG-BROWSER": "Install Chromium (apt-get install chromium) or set BROWSER_PATH to a Chrome or Chromium executable; the rows and the plotly JSON do not need it.",
    "AISER-IMG-RENDER": "The chart could not be drawn as a PNG; use its plotly JSON, or retry.",
    # MCP server (agents)
    "AISER-MCP-ARGS": "Call the tool with the arguments its input schema names (the message says which one is wrong).",
    "AISER-MCP-SOURCE": "Use an alias from list_sources; the server opens only the sources in its own settings (--db ALIAS=URL or its --config file).",
    "AISER-MCP-INSTALL": "Install the MCP server's dependencies: pip install 'aiser-jupyter[mcp]'.",
    "AISER-MCP-CONFIG": 'Fix the server\'s settings: --db takes ALIAS=URL and --config a JSON file with a "sources" object of alias to URL.',
    # semantic layer file (aiser.semantic.yaml)
    "AISER-SEM-FILE": "Check the path given to %chart semantic, Aiser.semantic_path or AISER_SEMANTIC; the file must be readable YAML text.",
    "AISER-SEM-YAML": "Fix the YAML at the line named (indentation, a missing colon or an unclosed quote).",
    "AISER-SEM-FIELD": "Fix or remove the field named; aiser.semantic.schema.json lists what each entry takes.",
    "AISER-SEM-TABLE": "Name a table and columns of the source (the message lists them), or key the entry by the right source alias.",
    "AISER-SEM-SQL": "Fix the expression so it reads only this source's columns with analytic functions; `aiser-jupyter semantic check` tests the whole file.",
    "AISER-SEM-VERIFY": "Ask a question first: %chart verify saves the last question and its plan to the semantic file.",
    # evaluation
    "AISER-EVAL-FILE": "Pass a JSON-lines benchmark file whose items have question, db_path and the gold chart.",
    # protocol
    "AISER-PROTO-INVALID": "The panel sent a malformed message; reload the page.",
    "AISER-PROTO-TOO-LARGE": "The message is too large; shorten the question.",
    "AISER-PROTO-UNKNOWN": "The panel and the kernel run different aiser-jupyter versions; restart the kernel after upgrading.",
    "AISER-PROTO-KERNEL": "The kernel restarted or is not connected; ask again once it is running.",
    "AISER-PANEL-PLOTLY": "Reinstall plotly in JupyterLab's environment (it provides the chart renderer) and reload the page.",
    "AISER-INTERNAL": "This is a bug in aiser-jupyter; please report it with the question that caused it.",
}


class AiserError(Exception):
    """A refusal or failure the user should see, with a stable code.

    Parameters
    ----------
    code
        One of :data:`CODES`.
    message
        What went wrong, specific to this case (no secrets, no traceback).
    details
        Structured extras for programs (the panel, the eval), JSON-serialisable.
    """

    def __init__(self, code: str, message: str, **details: Any) -> None:
        if code not in CODES:
            msg = f"unknown error code {code!r}"
            raise ValueError(msg)
        self.code = code
        self.message = message.rstrip()
        self.details = details
        super().__init__(self.text)

    @property
    def hint(self) -> str:
        """The sentence that names the fix."""
        return CODES[self.code]

    @property
    def text(self) -> str:
        """``CODE: message. Hint`` — the one line shown to users."""
        message = self.message if self.message.endswith((".", "?", "!")) else self.message + "."
        return f"{self.code}: {message} {self.hint}"

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.text.removeprefix(f"{self.code}: ")}


def error(code: str, message: str, **details: Any) -> AiserError:
    """Build an :class:`AiserError` (``raise error(...)`` reads like a sentence)."""
    return AiserError(code, message, **details)
