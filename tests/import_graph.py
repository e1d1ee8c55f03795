"""The package's import graph and sizes, read with :mod:`ast` (nothing is imported).

Used by ``tests/test_architecture.py``; run it to see the state of the package::

    python tests/import_graph.py            # cycles, private imports, largest modules/functions
    python tests/import_graph.py --top 30   # longer lists

Rules of the graph (what ``test_architecture`` holds the package to):

* every ``import``/``from … import`` in a module is an edge, wherever it is written: at the
  top, inside a function, under ``if TYPE_CHECKING:`` — a dependency is a dependency;
* relative imports are resolved against the importing module's package (an ``__init__.py``
  is its package itself);
* a package's ``__init__.py`` is the node of the package: what it imports are the package's
  edges, and ``from pkg import name`` (``name`` not a submodule) is an edge to the package;
  ``from pkg import sub`` where ``sub`` is a submodule is an edge to ``pkg.sub``;
* importing ``a.b.c`` is an edge to ``a.b.c`` only, not to ``a`` and ``a.b`` (their
  ``__init__`` runs first, but that closes a cycle only if it imports back down, which is
  then an edge of its own);
* only modules of the package count; the standard library and third-party imports are
  looked at for one rule only: the engine imports nothing from Jupyter.
"""

from __future__ import annotations

import argparse
import ast
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

PACKAGE = "aiser_jupyter"
ROOT = Path(__file__).resolve().parents[1] / PACKAGE
#: modules the engine (``aiser_jupyter.engine``) must never import: it runs outside Jupyter.
JUPYTER = (
    "IPython",
    "ipykernel",
    "ipywidgets",
    "anywidget",
    "comm",
    "jupyter_server",
    "traitlets",
)
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 80


@dataclass(frozen=True)
class Import:
    """One import statement's view from the importing module."""

    source: str  #: the importing module
    target: str  #: the imported module, absolute (may be outside the package)
    names: tuple[str, ...]  #: names of ``from target import …`` (empty for ``import target``)
    line: int


@dataclass(frozen=True)
class Function:
    module: str
    qualname: str
    line: int
    lines: int


@dataclass
class Graph:
    """Modules of the package, their imports and sizes."""

    root: Path
    files: dict[str, Path] = field(default_factory=dict)  #: module → file
    lines: dict[str, int] = field(default_factory=dict)  #: module → line count
    imports: list[Import] = field(default_factory=list)  #: every import, resolved
    functions: list[Function] = field(default_factory=list)

    @property
    def package(self) -> str:
        return self.root.name

    @property
    def modules(self) -> set[str]:
        return set(self.files)

    def edges(self) -> dict[str, dict[str, list[int]]]:
        """module → imported module of the package → lines of the imports."""
        out: dict[str, dict[str, list[int]]] = {m: {} for m in self.files}
        for imp in self.imports:
            for target in self._targets(imp):
                if target != imp.source:
                    out[imp.source].setdefault(target, []).append(imp.line)
        for targets in out.values():
            for lines in targets.values():
                lines.sort()
        return out

    def _targets(self, imp: Import) -> Iterator[str]:
        if not imp.names:
            if imp.target in self.files:
                yield imp.target
            return
        to_package = False
        for name in imp.names:
            sub = f"{imp.target}.{name}"
            if sub in self.files:
                yield sub
            else:
                to_package = True
        if to_package and imp.target in self.files:
            yield imp.target

    def cycles(self) -> list[list[str]]:
        """The strongly connected components of more than one module, each sorted."""
        return [sorted(c) for c in _components(self.edges()) if len(c) > 1]

    def cycle_edges(self, component: Iterable[str]) -> list[tuple[str, str, list[int]]]:
        """The imports that keep ``component`` a cycle: (module, imported module, lines)."""
        inside = set(component)
        edges = self.edges()
        return [
            (source, target, lines)
            for source in sorted(inside)
            for target, lines in sorted(edges[source].items())
            if target in inside
        ]

    def private_imports(self) -> list[Import]:
        """``from module import _name`` where ``module`` is another module of the package and
        ``_name`` is not one of its submodules (private modules such as ``_magics`` are fine)."""
        found = []
        for imp in self.imports:
            if imp.target not in self.files or imp.target == imp.source:
                continue
            private = tuple(
                n
                for n in imp.names
                if n.startswith("_")
                and not n.startswith("__")
                and f"{imp.target}.{n}" not in self.files
            )
            if private:
                found.append(Import(imp.source, imp.target, private, imp.line))
        return found

    def jupyter_imports(self) -> list[Import]:
        """Imports of Jupyter packages by the engine (``<package>.engine`` and below)."""
        engine = f"{self.package}.engine"
        return [
            imp
            for imp in self.imports
            if (imp.source == engine or imp.source.startswith(engine + "."))
            and imp.target.split(".")[0] in JUPYTER
        ]

    def big_modules(self, limit: int = MAX_MODULE_LINES) -> list[tuple[str, int]]:
        return sorted(
            ((m, n) for m, n in self.lines.items() if n > limit), key=lambda x: (-x[1], x[0])
        )

    def big_functions(self, limit: int = MAX_FUNCTION_LINES) -> list[Function]:
        return sorted(
            (f for f in self.functions if f.lines > limit),
            key=lambda f: (-f.lines, f.module, f.line),
        )

    def location(self, module: str, line: int | None = None) -> str:
        path = self.files[module].relative_to(self.root.parent).as_posix()
        return path if line is None else f"{path}:{line}"


def build(root: Path = ROOT) -> Graph:
    """Parse every module under ``root`` (a package directory)."""
    graph = Graph(root)
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root.parent).with_suffix("")
        parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
        if any(not p.isidentifier() for p in parts):
            continue  # not importable (e.g. build output), not part of the package
        graph.files[".".join(parts)] = path
    for module, path in graph.files.items():
        text = path.read_text(encoding="utf-8")
        tree = ast.parse(text, filename=str(path))
        graph.lines[module] = len(text.splitlines())
        package = module if path.name == "__init__.py" else module.rpartition(".")[0]
        graph.imports.extend(_imports(tree, module, package))
        graph.functions.extend(_functions(tree, module))
    return graph


def _imports(tree: ast.Module, module: str, package: str) -> Iterator[Import]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(module, alias.name, (), node.lineno)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                if node.level > 1:
                    base = base[: len(base) - (node.level - 1)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            yield Import(module, target, tuple(a.name for a in node.names), node.lineno)


def _functions(tree: ast.Module, module: str) -> Iterator[Function]:
    def visit(node: ast.AST, prefix: str) -> Iterator[Function]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                name = f"{prefix}{child.name}"
                end = child.end_lineno or child.lineno
                yield Function(module, name, child.lineno, end - child.lineno + 1)
                yield from visit(child, f"{name}.")
            elif isinstance(child, ast.ClassDef):
                yield from visit(child, f"{prefix}{child.name}.")
            else:
                yield from visit(child, prefix)

    yield from visit(tree, "")


def _components(edges: dict[str, dict[str, list[int]]]) -> list[list[str]]:
    """Tarjan's strongly connected components, iteratively (no recursion limit)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in sorted(edges):
        if start in index:
            continue
        work = [(start, iter(sorted(edges[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in edges:
                    continue
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                found.append(component)
    return found


# ---------------------------------------------------------------- reports (also the test messages)


def report_cycles(graph: Graph) -> str:
    def short(module: str) -> str:
        return module.removeprefix(f"{graph.package}.")

    cycles = graph.cycles()
    out = [f"{len(cycles)} import cycle(s) among {graph.package}'s modules:"]
    for component in sorted(cycles, key=lambda c: (-len(c), c)):
        out.append(f"- {len(component)} modules: {', '.join(short(m) for m in component)}")
        for source, target, lines in graph.cycle_edges(component):
            where = ", ".join(str(n) for n in lines)
            out.append(
                f"    {short(source)} -> {short(target)}  ({graph.location(source)}:{where})"
            )
    return "\n".join(out)


def report_private(graph: Graph) -> str:
    found = graph.private_imports()
    out = [f"{len(found)} import(s) of another module's private names:"]
    out += [
        f"- {graph.location(i.source, i.line)}: from {i.target} import {', '.join(i.names)}"
        for i in found
    ]
    return "\n".join(out)


def report_modules(graph: Graph, top: int | None = None, limit: int = MAX_MODULE_LINES) -> str:
    big = graph.big_modules(limit)
    out = [f"{len(big)} module(s) over {limit} lines:"]
    out += [f"- {n:5d}  {graph.location(m)}" for m, n in big[:top]]
    return "\n".join(out)


def report_functions(graph: Graph, top: int | None = None, limit: int = MAX_FUNCTION_LINES) -> str:
    big = graph.big_functions(limit)
    out = [f"{len(big)} function(s) over {limit} lines:"]
    out += [f"- {f.lines:5d}  {graph.location(f.module, f.line)}  {f.qualname}" for f in big[:top]]
    return "\n".join(out)


def report_jupyter(graph: Graph) -> str:
    found = graph.jupyter_imports()
    out = [f"{len(found)} import(s) of Jupyter packages in the engine:"]
    out += [f"- {graph.location(i.source, i.line)}: {i.target}" for i in found]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=15, help="modules/functions listed (default 15)")
    parser.add_argument("--root", type=Path, default=ROOT, help="the package directory")
    args = parser.parse_args(argv)
    graph = build(args.root)
    edges = sum(len(t) for t in graph.edges().values())
    print(f"{len(graph.files)} modules, {edges} edges, {sum(graph.lines.values())} lines\n")
    for text in (
        report_cycles(graph),
        report_private(graph),
        report_jupyter(graph),
        report_modules(graph, args.top),
        report_functions(graph, args.top),
    ):
        print(text, end="\n\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
