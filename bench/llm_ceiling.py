"""The LLM path's ceiling: what ``--planner llm`` scores when the model answers perfectly.

A local OpenAI-compatible server (``tests/fake_llm.py``, real HTTP for the real
``openai`` client) answers every chat-completion request with the gold plan of the
benchmark item whose question the request carries — the plan ``eval/gold.py`` builds
from the item's gold SQL, double-quoted strings as written — as the JSON object the
planner's structured-output schema asks for. ``aiser-jupyter eval FILE --planner llm``
runs against it, and ``aiser-jupyter eval FILE --planner gold`` on the same items beside
it: whatever the LLM path scores below the gold planner, the engine lost on the way
(parsing, validation, the guard, the repair round).

    python bench/llm_ceiling.py [FILE.jsonl] [--limit N]

Prints both pass rates, the items the LLM path loses, and last ``pass_rate: 0.xxxx``
(the LLM path's).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
MODEL = "gold-plans"
_QUESTION = re.compile(r"<question>\n(.*?)\n</question>", re.S)


def default_file() -> Path | None:
    """``$AISER_BENCH_DIR/dev.jsonl``, else ``shared/bench/dev.jsonl`` in a folder holding
    the checkout (as ``tests/needs.py`` finds it), if present."""
    root = os.environ.get("AISER_BENCH_DIR")
    folders = [Path(root)] if root else [p / "shared" / "bench" for p in HERE.parents]
    return next((f / "dev.jsonl" for f in folders if (f / "dev.jsonl").exists()), None)


def gold_answers(items: list[dict[str, Any]]) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """A FakeLLM answer: the gold plan of the question in the request's last question turn.

    The plan is sent the way a strict structured-output model sends it: every property of
    the schema present, unset ones null, no provenance. A question of no item gets ``{}``
    (which the planner refuses), so a mismatch shows as a loss, never as a silent pass.
    """
    from aiser_jupyter.engine.eval.gold import gold_plan

    plans: dict[str, dict[str, Any]] = {}
    for item in items:
        plan = gold_plan(item).model_dump(mode="json", exclude={"provenance"})
        plans[item["question"].replace("</question>", "")] = plan

    def answer(body: dict[str, Any]) -> dict[str, Any]:
        asked = [
            found.group(1)
            for message in body.get("messages", [])
            if message.get("role") == "user"
            and (found := _QUESTION.search(str(message.get("content") or "")))
        ]
        plan = plans.get(asked[-1]) if asked else None
        return {"content": json.dumps(plan if plan is not None else {})}

    return answer


@dataclass
class Ceiling:
    """Both runs over the same items: pass rates and the ids each one passes."""

    n: int
    llm: float
    gold: float
    llm_passed: set[str] = field(default_factory=set)
    gold_passed: set[str] = field(default_factory=set)
    requests: int = 0

    @property
    def lost(self) -> list[str]:
        """Items the gold planner draws right and the LLM path does not."""
        return sorted(self.gold_passed - self.llm_passed)


def _eval(file: Path, planner: str, out: Path, env: dict[str, str]) -> dict[str, Any]:
    """``aiser-jupyter eval FILE --planner P --json``; the report and the per-item passes."""
    predictions = out / f"{planner}.jsonl"
    command = [sys.executable, "-m", "aiser_jupyter.cli", "eval", str(file)]
    command += ["--planner", planner, "--json", "--predictions", str(predictions)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        msg = f"aiser-jupyter eval --planner {planner} failed:\n{done.stderr[-2000:]}"
        raise RuntimeError(msg)
    report: dict[str, Any] = json.loads(done.stdout[: done.stdout.rindex("pass_rate:")])
    report["predictions"] = [json.loads(line) for line in predictions.read_text().splitlines()]
    return report


def measure(file: Path, items: list[dict[str, Any]] | None = None) -> Ceiling:
    """Serve the gold plans of ``items`` (default: all of ``file``) and run both evals."""
    tests = str(HERE.parent / "tests")  # the server the LLM tests use
    if tests not in sys.path:
        sys.path.insert(0, tests)
    from fake_llm import FakeLLM

    from aiser_jupyter.engine.eval.run import load_items
    from aiser_jupyter.engine.eval.score import score_prediction

    todo = items if items is not None else load_items(file)
    server = FakeLLM()
    server.models = [MODEL]
    server.default = gold_answers(todo)
    try:
        with tempfile.TemporaryDirectory(prefix="aiser-ceiling-") as tmp:
            out = Path(tmp)
            subset = out / "items.jsonl"  # db_path made absolute: the subset file lives here
            subset.write_text(
                "".join(
                    json.dumps({**i, "db_path": str((file.parent / i["db_path"]).resolve())}) + "\n"
                    for i in todo
                )
            )
            env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "AISER_"))}
            env |= {"OPENAI_BASE_URL": server.url, "AISER_MODEL": MODEL, "AISER_DATA_DIR": tmp}
            with ThreadPoolExecutor(2) as pool:
                runs = {p: pool.submit(_eval, subset, p, out, env) for p in ("llm", "gold")}
                reports = {p: run.result() for p, run in runs.items()}
    finally:
        server.close()
    by_id = {str(i["id"]): i for i in todo}
    passed = {
        planner: {
            p["id"] for p in report["predictions"] if score_prediction(p, by_id[p["id"]])["pass"]
        }
        for planner, report in reports.items()
    }
    return Ceiling(
        n=len(todo),
        llm=reports["llm"]["pass_rate"],
        gold=reports["gold"]["pass_rate"],
        llm_passed=passed["llm"],
        gold_passed=passed["gold"],
        requests=len(server.completions),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = default_file()
    parser.add_argument("file", nargs="?", default=str(default) if default else None)
    parser.add_argument("--limit", type=int, help="only the first N items")
    args = parser.parse_args()
    if not args.file:
        parser.error("no benchmark file given and shared/bench/dev.jsonl not found")
    from aiser_jupyter.engine.eval.run import load_items

    file = Path(args.file).resolve()
    items = load_items(file)[: args.limit]
    ceiling = measure(file, items)
    print(f"{ceiling.n} items, {ceiling.requests} chat completions served")
    print(f"gold planner:                    {ceiling.gold:.4f}")
    print(f"llm planner, gold plans served:  {ceiling.llm:.4f}")
    print(f"lost on the LLM path: {', '.join(ceiling.lost) or 'none'}")
    print(f"pass_rate: {ceiling.llm:.4f}")


if __name__ == "__main__":
    main()
