"""The LLM planner: a question becomes a :class:`ChartPlan` through any OpenAI-compatible endpoint.

Chat completions with structured output — the plan's JSON Schema as
``response_format`` ``json_schema`` (strict), falling back to JSON mode and then to
tool calling for servers that reject it (the working mode is remembered per
endpoint and model in the store). The answer is validated like any untrusted
input: the pydantic model, then the guard and the compiler (``context.validate``,
no data read), with at most one repair round that sends the complaint back.

Transport faults end in ``AISER-LLM-*`` errors: at most :data:`MAX_ATTEMPTS`
attempts for 408/409/429/5xx (honouring ``Retry-After``), none for other 4xx.
The API key is passed to the ``openai`` client only; it is never logged or stored.
"""

from __future__ import annotations

import logging
import os
import random
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any

from ....errors import AiserError, error
from ...plan import ChartPlan, Provenance
from ...store.db import Store, endpoint_label, open_store, plan_cache_key
from ...store.usage import check_budget, estimate_cost
from ..base import PlanContext
from ..honesty import check_plan
from .output import llm_json_schema, parse_plan, reply_text
from .prompts import HISTORY_TURNS, build_messages, conversation, repair_message

if TYPE_CHECKING:
    from ...catalog.model import Catalog
    from ...config import EngineConfig

__all__ = ["MAX_ATTEMPTS", "MODES", "LLMPlanner"]

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 3
MODES = ("json_schema", "json_object", "tools")
RETRY_STATUS = {408, 409, 429}
MAX_BACKOFF = 30.0
DEFAULT_MODEL = "gpt-4o-mini"
_discovered_models: dict[str, str] = {}


@dataclass
class _Reply:
    text: str
    prompt_tokens: int
    completion_tokens: int


class _Unsupported(Exception):
    """The endpoint rejected the structured-output mode (HTTP 400/404/422 on it)."""


class LLMPlanner:
    """Plans with a chat-completions model (OpenAI, Azure-style gateways, Ollama, vLLM, …).

    Parameters
    ----------
    config
        ``model``, ``base_url``, ``api_key`` (else the ``openai`` client's
        ``OPENAI_API_KEY`` / ``OPENAI_BASE_URL``), ``llm_timeout``, ``send_samples``,
        ``llm_max_tokens``, prices and budgets.
    """

    name = "llm"

    def __init__(self, config: EngineConfig) -> None:
        self.config = config
        self.base_url = config.base_url or os.environ.get("OPENAI_BASE_URL") or None
        self._model = config.model or os.environ.get("AISER_MODEL") or None
        self._client: Any = None
        self._store: Store | None = None
        self._store_failed = False

    # ------------------------------------------------------------------ setup
    @property
    def endpoint(self) -> str:
        return endpoint_label(self.base_url)

    @property
    def model_label(self) -> str:
        """The model name as configured (``"auto"`` when discovered from ``/v1/models``)."""
        return self._model or "auto"

    def _get_client(self) -> Any:
        if self._client is None:
            import openai

            key = self.config.api_key or os.environ.get("OPENAI_API_KEY")
            if not key and not self.base_url:
                raise error(
                    "AISER-LLM-CONFIG", "No API key or endpoint is configured for the llm planner"
                )
            # Local servers (Ollama, vLLM, LM Studio) need no key; the client insists on one.
            self._client = openai.OpenAI(
                api_key=key or "no-key",
                base_url=self.base_url,
                timeout=self.config.llm_timeout,
                max_retries=0,
            )
        return self._client

    def model(self) -> str:
        """The configured model, else the endpoint's first listed model, else a default."""
        if self._model:
            return self._model
        if not self.base_url:
            return DEFAULT_MODEL
        if self.endpoint not in _discovered_models:
            page = self._call(lambda: self._get_client().models.list())
            ids = [m.id for m in getattr(page, "data", [])]
            if not ids:
                raise error(
                    "AISER-LLM-CONFIG", "The endpoint lists no models and none is configured"
                )
            _discovered_models[self.endpoint] = ids[0]
        return _discovered_models[self.endpoint]

    def store(self) -> Store | None:
        if self._store is None and not self._store_failed:
            try:
                self._store = open_store(self.config)
            except Exception as exc:  # a broken metadata DB must not stop planning
                log.warning("aiser metadata store unavailable: %s", type(exc).__name__)
                self._store_failed = True
        return self._store

    # ------------------------------------------------------------------ planning
    def cache_key(self, question: str, catalog: Catalog, context: PlanContext) -> str:
        """The plan-cache key: the question, schema fingerprint, dialect, endpoint, model,
        forced mark, whether samples are sent, and the conversation so far (so a follow-up
        never reuses a stand-alone plan)."""
        turns = conversation(question, context.history)[-HISTORY_TURNS:]
        talk = [[t.question, t.plan.model_dump(mode="json", exclude={"provenance"})] for t in turns]
        return plan_cache_key(
            question.strip().lower(),
            catalog.fingerprint,
            context.dialect,
            self.endpoint,
            self.model_label,
            context.mark,
            self.config.send_samples,
            talk,
        )

    def plan(self, question: str, catalog: Catalog, context: PlanContext) -> ChartPlan:
        """Ask the model for a plan, validate it and repair it once if needed."""
        model = self.model()
        messages: list[dict[str, Any]] = build_messages(
            question, catalog, context, samples=self.config.send_samples
        )
        started = time.perf_counter()
        tokens = [0, 0]
        notes: list[str] = []
        for round_ in (1, 2):
            reply = self._complete(model, messages)
            tokens[0] += reply.prompt_tokens
            tokens[1] += reply.completion_tokens
            try:
                plan = parse_plan(reply.text)
            except ValueError as exc:
                problem: str = str(exc)
                refusal: AiserError | None = None
            else:
                try:
                    read = context.validate(plan) if context.validate is not None else None
                except AiserError as exc:
                    problem, refusal = exc.text, exc
                else:
                    notes += [n for n in read or () if n not in notes]
                    plan.provenance = Provenance(
                        planner="llm",
                        model=model,
                        prompt_tokens=tokens[0],
                        completion_tokens=tokens[1],
                        latency_ms=round((time.perf_counter() - started) * 1000, 2),
                        notes=notes,
                    )
                    # the title says what the plan computes; words it leaves out are said
                    return check_plan(question, plan, catalog, context.dialect, refuse=False)
            if round_ == 2:
                if refusal is not None:
                    raise AiserError(
                        refusal.code,
                        f"The model's plan was refused after one repair: {refusal.message}",
                        **refusal.details,
                    )
                raise error("AISER-LLM-BAD-OUTPUT", f"After one repair, {problem}")
            messages += [
                {"role": "assistant", "content": reply.text[:8_000]},
                repair_message(problem),
            ]
            notes.append("The model's first plan was repaired.")
        raise AssertionError("unreachable")  # pragma: no cover

    # ------------------------------------------------------------------ transport
    def _complete(self, model: str, messages: list[dict[str, Any]]) -> _Reply:
        """One completion, in the remembered structured-output mode or the first that works."""
        store = self.store()
        known = store.get_capability(self.endpoint, model) if store else None
        modes = MODES[MODES.index(known) :] if known in MODES else MODES
        for mode in modes:
            try:
                reply = self._complete_in(mode, model, messages)
            except _Unsupported:
                log.info("endpoint rejected structured-output mode %s", mode)
                continue
            if store and mode != known:
                store.set_capability(self.endpoint, model, mode)
            return reply
        raise error(
            "AISER-LLM-REQUEST",
            f"The endpoint rejected every structured-output mode "
            f"({', '.join(modes)}) for model {model!r}",
        )

    def _complete_in(self, mode: str, model: str, messages: list[dict[str, Any]]) -> _Reply:
        kwargs: dict[str, Any] = {
            "model": model,
            "messages": messages,
            "max_tokens": self.config.llm_max_tokens,
            "temperature": 0,
        }
        if mode == "json_schema":
            kwargs["response_format"] = {
                "type": "json_schema",
                "json_schema": {
                    "name": "chart_plan",
                    "strict": True,
                    "schema": llm_json_schema(strict=True),
                },
            }
        elif mode == "json_object":
            kwargs["response_format"] = {"type": "json_object"}
        else:
            kwargs["tools"] = [
                {
                    "type": "function",
                    "function": {
                        "name": "chart_plan",
                        "description": "Return the chart plan.",
                        "parameters": llm_json_schema(strict=False),
                    },
                }
            ]
            kwargs["tool_choice"] = {"type": "function", "function": {"name": "chart_plan"}}
        store = self.store()
        if store:
            check_budget(store, self.config)
        started = time.perf_counter()
        completion = self._call(
            lambda: self._get_client().chat.completions.create(**kwargs),
            unsupported=mode != "tools",
        )
        latency = (time.perf_counter() - started) * 1000
        usage = getattr(completion, "usage", None)
        prompt_tokens = int(getattr(usage, "prompt_tokens", 0) or 0)
        completion_tokens = int(getattr(usage, "completion_tokens", 0) or 0)
        if store:
            store.add_usage(
                model=model,
                endpoint=self.endpoint,
                prompt_tokens=prompt_tokens,
                completion_tokens=completion_tokens,
                latency_ms=round(latency, 2),
                cost_usd=estimate_cost(model, prompt_tokens, completion_tokens, self.config.prices),
            )
        return _Reply(reply_text(completion), prompt_tokens, completion_tokens)

    def _call(self, request: Any, *, unsupported: bool = False) -> Any:
        """Run ``request`` with retries for 408/409/429/5xx; map failures to ``AISER-LLM-*``."""
        import openai

        for attempt in range(1, MAX_ATTEMPTS + 1):
            try:
                return request()
            except openai.APITimeoutError:
                raise error(
                    "AISER-LLM-TIMEOUT",
                    f"No answer from the model endpoint within {self.config.llm_timeout:g} s",
                ) from None
            except openai.APIConnectionError:
                raise error(
                    "AISER-LLM-TRANSPORT", f"Could not connect to {self.endpoint}"
                ) from None
            except openai.APIStatusError as exc:
                status = exc.status_code
                if status in RETRY_STATUS or status >= 500:
                    wait = _retry_after(exc.response.headers, attempt)
                    if attempt < MAX_ATTEMPTS and wait <= max(MAX_BACKOFF, self.config.llm_timeout):
                        time.sleep(wait)
                        continue
                    raise self._status_error(exc, attempts=attempt) from None
                if unsupported and status in (400, 404, 415, 422):
                    raise _Unsupported(status) from None
                raise self._status_error(exc, attempts=attempt) from None
        raise AssertionError("unreachable")  # pragma: no cover

    def _status_error(self, exc: Any, *, attempts: int) -> AiserError:
        status = exc.status_code
        said = self._redact(_server_message(exc))
        where = f"{self.endpoint} answered HTTP {status}" + (f" ({said})" if said else "")
        tries = f" after {attempts} attempts" if attempts > 1 else ""
        if status == 429:
            return error("AISER-LLM-RATE-LIMIT", where + tries, status=status, attempts=attempts)
        if status == 408:
            return error("AISER-LLM-TIMEOUT", where + tries, status=status, attempts=attempts)
        if status in (401, 403):
            return error("AISER-LLM-AUTH", where, status=status)
        if status >= 500 or status == 409:
            return error("AISER-LLM-SERVER", where + tries, status=status, attempts=attempts)
        return error("AISER-LLM-REQUEST", where, status=status)

    def _redact(self, text: str) -> str:
        key = self.config.api_key or os.environ.get("OPENAI_API_KEY")
        return text.replace(key, "***") if key else text


def _retry_after(headers: Any, attempt: int) -> float:
    """Seconds to wait: ``retry-after-ms``, ``Retry-After`` (seconds or date), else backoff."""
    try:
        if (ms := headers.get("retry-after-ms")) is not None:
            return max(0.0, float(ms) / 1000)
        if (value := headers.get("retry-after")) is not None:
            try:
                return max(0.0, float(value))
            except ValueError:
                return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError, OverflowError):
        pass
    backoff: float = min(MAX_BACKOFF, 0.5 * 2.0 ** (attempt - 1))
    return backoff * (0.75 + random.random() / 2)


def _server_message(exc: Any) -> str:
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        inner = body.get("error", body)
        text = inner.get("message") if isinstance(inner, dict) else inner
        if text:
            return str(text)[:200]
    return ""
