"""The package tree shows the flow: a package imports only packages listed before it (docs/design.md §5),
and no module imports itself back through others (function-level imports count; `TYPE_CHECKING` ones do not,
since they never run)."""

from __future__ import annotations

import ast
from pathlib import Path

import conflictlens

ROOT = Path(conflictlens.__file__).parent
GROUND = {"__init__", "config", "errors", "models", "taxonomy", "codes"}
ORDER = ["", "ingest", "nlp", "geo", "resources", "extract", "incidents", "store", "agreements", "export",
         "web", "scale", "evaluation", "cli"]


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(path: Path) -> set[str]:
    """conflictlens modules imported anywhere in the file (TYPE_CHECKING blocks left out)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = _module_name(path)
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("conflictlens"))
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("conflictlens"):
            for alias in node.names:  # `from conflictlens.geo import countries` imports a module
                sub = f"{node.module}.{alias.name}"
                found.add(sub if _known(sub) else node.module)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    found.discard(here)
    return found


def _known(module: str) -> bool:
    rel = Path(*module.split(".")[1:])
    return (ROOT / rel).with_suffix(".py").is_file() or (ROOT / rel / "__init__.py").is_file()


def _package(module: str) -> str:
    parts = module.split(".")
    if len(parts) == 1 or parts[1] in GROUND:
        return ""
    return parts[1]


def _graph() -> dict[str, set[str]]:
    return {_module_name(p): _imports(p) for p in ROOT.rglob("*.py") if "migrations" not in p.parts}


def test_every_package_is_in_the_documented_order() -> None:
    packages = {_package(m) for m in _graph()}
    assert packages <= set(ORDER), f"add {sorted(packages - set(ORDER))} to docs/design.md §5 and ORDER"


def test_packages_import_only_packages_listed_before_them() -> None:
    wrong = []
    for module, imported in _graph().items():
        mine = ORDER.index(_package(module))
        for other in imported:
            if ORDER.index(_package(other)) > mine:
                wrong.append(f"{module} imports {other}")
    assert not wrong, "imports against the flow:\n" + "\n".join(sorted(wrong))


def test_no_module_imports_itself_back() -> None:
    graph = _graph()
    cycles: list[str] = []
    state: dict[str, int] = {}  # 1 on the stack, 2 done

    def walk(node: str, stack: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if nxt == "conflictlens" or nxt.startswith(node + "."):
                continue  # a package importing its own modules in its __init__ is not a cycle
            if state.get(nxt) == 1:
                cycles.append(" -> ".join(stack[stack.index(nxt):] + [nxt]))
            elif nxt in graph and nxt not in state:
                walk(nxt, [*stack, nxt])
        state[node] = 2

    for module in sorted(graph):
        if module not in state:
            walk(module, [module])
    assert not cycles, "import cycles:\n" + "\n".join(cycles)
