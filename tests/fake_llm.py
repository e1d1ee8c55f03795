"""A real OpenAI-compatible HTTP server on 127.0.0.1 with scripted answers.

It implements ``GET /v1/models`` and ``POST /v1/chat/completions`` (plain and
``stream: true`` server-sent events) and records every request, so the tests (and
``bench/llm_ceiling.py``) drive the real ``openai`` client over real HTTP.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Answer = dict[str, Any]
Script = Answer | Callable[[dict[str, Any]], Answer]

__all__ = ["Answer", "FakeLLM", "Script"]


class FakeLLM:
    """Scripted answers, in order; each is a dict (see :meth:`_respond`) or a callable of the
    request's JSON body. ``default`` (the same) answers when the script is empty."""

    def __init__(self) -> None:
        self.script: deque[Script] = deque()
        self.default: Script | None = None
        self.requests: list[dict[str, Any]] = []
        self.models = ["test-model"]
        self.reject_formats: set[str] = set()  #: structured-output modes answered with HTTP 400
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def answer(self, *answers: Script) -> FakeLLM:
        self.script.extend(answers)
        return self

    @property
    def completions(self) -> list[dict[str, Any]]:
        """The JSON bodies of the chat-completion requests received."""
        return [r["json"] for r in self.requests if r["path"].endswith("/chat/completions")]

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    # ------------------------------------------------------------------ HTTP
    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # keep test output clean
                pass

            def do_GET(self) -> None:
                fake.requests.append(
                    {
                        "method": "GET",
                        "path": self.path,
                        "headers": {k.lower(): v for k, v in self.headers.items()},
                        "json": None,
                    }
                )
                if self.path.rstrip("/").endswith("/models"):
                    data = [
                        {"id": m, "object": "model", "created": 0, "owned_by": "test"}
                        for m in fake.models
                    ]
                    self._json(200, {"object": "list", "data": data})
                else:
                    self._json(404, {"error": {"message": "not found"}})

            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                body = json.loads(raw or b"{}")
                fake.requests.append(
                    {
                        "method": "POST",
                        "path": self.path,
                        "headers": {k.lower(): v for k, v in self.headers.items()},
                        "json": body,
                        "raw": raw.decode(),
                    }
                )
                if not self.path.endswith("/chat/completions"):
                    self._json(404, {"error": {"message": "not found"}})
                    return
                fmt = (body.get("response_format") or {}).get("type") or (
                    "tools" if body.get("tools") else None
                )
                if fmt in fake.reject_formats:
                    self._json(
                        400,
                        {
                            "error": {
                                "message": f"{fmt} is not supported",
                                "type": "invalid_request_error",
                            }
                        },
                    )
                    return
                item = fake.script.popleft() if fake.script else fake.default
                if item is None:
                    self._json(500, {"error": {"message": "no scripted answer left"}})
                    return
                self._respond(item(body) if callable(item) else item, body)

            def _respond(self, item: Answer, body: dict[str, Any]) -> None:
                """``status``, ``headers``, ``delay`` (s), ``raw`` body, or a completion from
                ``plan`` (dict) / ``content`` (str), ``finish_reason``, ``refusal``."""
                time.sleep(item.get("delay", 0))
                status = item.get("status", 200)
                if status != 200 or "raw" in item:
                    self._json(
                        status,
                        item.get("raw", {"error": {"message": f"scripted {status}"}}),
                        item.get("headers", {}),
                    )
                    return
                content = item.get("content")
                if content is None and "plan" in item:
                    content = json.dumps(item["plan"])
                message: dict[str, Any] = {
                    "role": "assistant",
                    "content": content,
                    "refusal": item.get("refusal"),
                }
                if body.get("tools") and content is not None:
                    name = body["tools"][0]["function"]["name"]
                    message = {
                        "role": "assistant",
                        "content": None,
                        "tool_calls": [
                            {
                                "id": "call_1",
                                "type": "function",
                                "function": {"name": name, "arguments": content},
                            }
                        ],
                    }
                finish = item.get(
                    "finish_reason", "tool_calls" if "tool_calls" in message else "stop"
                )
                usage = {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120}
                if body.get("stream"):
                    self._stream(body, message, finish, usage)
                    return
                self._json(
                    200,
                    {
                        "id": "chatcmpl-1",
                        "object": "chat.completion",
                        "created": int(time.time()),
                        "model": body.get("model", "test-model"),
                        "choices": [
                            {
                                "index": 0,
                                "message": message,
                                "finish_reason": finish,
                                "logprobs": None,
                            }
                        ],
                        "usage": usage,
                    },
                    item.get("headers", {}),
                )

            def _stream(
                self,
                body: dict[str, Any],
                message: dict[str, Any],
                finish: str,
                usage: dict[str, int],
            ) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Connection", "close")
                self.end_headers()
                text = message.get("content") or ""
                base = {
                    "id": "chatcmpl-1",
                    "object": "chat.completion.chunk",
                    "created": 0,
                    "model": body.get("model", "test-model"),
                }
                pieces = [text[i : i + 16] for i in range(0, len(text), 16)] or [""]
                for piece in pieces:
                    chunk = {
                        **base,
                        "choices": [
                            {"index": 0, "delta": {"content": piece}, "finish_reason": None}
                        ],
                    }
                    self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                last = {
                    **base,
                    "choices": [{"index": 0, "delta": {}, "finish_reason": finish}],
                    "usage": usage,
                }
                self.wfile.write(f"data: {json.dumps(last)}\n\ndata: [DONE]\n\n".encode())
                self.wfile.flush()
                self.close_connection = True

            def _json(
                self, status: int, payload: Any, headers: dict[str, str] | None = None
            ) -> None:
                data = json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    for key, value in (headers or {}).items():
                        self.send_header(key, value)
                    self.end_headers()
                    self.wfile.write(data)
                except (
                    BrokenPipeError,
                    ConnectionResetError,
                ):  # the client gave up (timeout tests)
                    pass

        return Handler
