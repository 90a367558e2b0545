"""Import circles in feedback_gui (groups of modules that import each other), three ways of counting an import:

    python benchmarks/import_circles.py [ROOT] [-v]

top     - imports run when the module is imported (module level, not under ``if TYPE_CHECKING``)
runtime - every import that can run (inside functions too), not under ``if TYPE_CHECKING``
all     - every import statement, type-checking ones included (what a reader sees)

With ``-v`` each circle's modules are listed. Issue 17 measured 3 circles (42 modules) counted the last way
before the move to one package per panel, and none after.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

MODES = ("top", "runtime", "all")


def modules(root: Path) -> dict[str, tuple[Path, bool]]:
    """Every module of the package under ``root``: its dotted name, its file, and whether it is a package."""
    found = {}
    for path in (root / "feedback_gui").rglob("*.py"):
        parts = list(path.relative_to(root).with_suffix("").parts)
        package = parts[-1] == "__init__"
        found[".".join(parts[:-1] if package else parts)] = (path, package)
    return found


def _targets(name: str, package: bool, node: ast.Import | ast.ImportFrom) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if node.level:
        base = name.split(".") if package else name.split(".")[:-1]
        base = base[: len(base) - (node.level - 1)]
        prefix = ".".join(base + ([node.module] if node.module else []))
    else:
        prefix = node.module or ""
    return [prefix] + [f"{prefix}.{alias.name}" for alias in node.names]


def _collect(body: list[ast.stmt], mode: str, out: list[ast.Import | ast.ImportFrom]) -> None:
    for node in body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            out.append(node)
        elif isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            if mode == "all":
                _collect(node.body, mode, out)
            _collect(node.orelse, mode, out)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            if mode != "top":
                _collect(node.body, mode, out)
        else:
            for field in ("body", "orelse", "finalbody", "handlers"):
                inner = getattr(node, field, None)
                if isinstance(inner, list):
                    _collect(inner, mode, out)


def graph(found: dict[str, tuple[Path, bool]], mode: str) -> dict[str, set[str]]:
    """Which modules each module imports, counted the ``mode`` way."""
    edges: dict[str, set[str]] = {name: set() for name in found}
    for name, (path, package) in found.items():
        statements: list[ast.Import | ast.ImportFrom] = []
        _collect(ast.parse(path.read_text(encoding="utf-8")).body, mode, statements)
        for node in statements:
            edges[name].update(t for t in _targets(name, package, node) if t in found and t != name)
    return edges


def circles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    sys.setrecursionlimit(10_000)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                out.append(sorted(group))

    for v in edges:
        if v not in index:
            visit(v)
    return out


def main() -> int:
    """Print the circles counted each way."""
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    root = Path(args[0]) if args else Path(__file__).resolve().parents[1]
    found = modules(root)
    print(f"{len(found)} modules")
    for mode in MODES:
        groups = circles(graph(found, mode))
        print(f"{mode:8s} circles {len(groups)}, modules in circles {sum(map(len, groups))}")
        if "-v" in sys.argv:
            for group in sorted(groups, key=len, reverse=True):
                print("   ", len(group), [name.removeprefix("feedback_gui.") for name in group])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
