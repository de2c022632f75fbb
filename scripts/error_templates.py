"""Every refusal template of the core, found in the source, for the translators.

A refusal is raised as ``SomeError("literal template {name}", name=value)`` (see
``posapp.domain.errors``). This walks ``posapp/`` with ``ast``, without running it and without
Qt, and finds every call of a :class:`PosError` subclass (or of ``Phrase``) that takes a
template. The classes are learnt by importing the core's modules, so a subclass defined
anywhere in ``posapp`` counts.

``python scripts/error_templates.py OUT.py`` writes one ``QT_TRANSLATE_NOOP("errors", ...)``
line per template to ``OUT.py``, which ``make translations`` passes to ``pyside6-lupdate``
with ``ui/`` so that the templates land in the catalogues under the context ``errors``.
It exits with status 1, naming each, when a call does not pass a literal template whose
placeholders are exactly its keyword params.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import pkgutil
import string
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORE = ROOT / "posapp"
CONTEXT = "errors"


@dataclass(frozen=True)
class Site:
    """One call that builds a refusal (or a phrase of one)."""

    path: Path
    line: int
    template: str | None  # None: not a literal
    params: frozenset[str] | None  # None: passed with ``**``


def refusal_classes() -> set[str]:
    """The names of every class of the core built from a template."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import posapp
    from posapp.domain.errors import Phrase, PosError

    for module in pkgutil.walk_packages(posapp.__path__, "posapp."):
        if not module.name.endswith("__main__"):  # the entry point starts the app
            importlib.import_module(module.name)
    names = {Phrase.__name__}
    todo: list[type] = [PosError]
    while todo:
        cls = todo.pop()
        if "template" in inspect.signature(cls).parameters:
            names.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return names


def _name(node: ast.expr) -> str | None:
    return node.id if isinstance(node, ast.Name) else getattr(node, "attr", None)


def _own_inits(tree: ast.AST, classes: set[str]) -> set[ast.Call]:
    """The ``super().__init__(...)`` calls of classes derived from a refusal class that
    make their own template (a pass-through of their ``template`` argument is not one)."""
    found = set()
    for cls in ast.walk(tree):
        if not isinstance(cls, ast.ClassDef) or not {_name(b) for b in cls.bases} & classes:
            continue
        for node in ast.walk(cls):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "__init__" and isinstance(node.func.value, ast.Call)
                    and _name(node.func.value.func) == "super"
                    and not (node.args and _name(node.args[0]) == "template")):
                found.add(node)
    return found


def sites(source: str, path: Path, classes: set[str]) -> list[Site]:
    """Every call in ``source`` of a class in ``classes``, or of the constructor of a
    refusal class from its own subclass, as written."""
    found = []
    tree = ast.parse(source, str(path))
    inits = _own_inits(tree, classes)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        if _name(node.func) not in classes and node not in inits:
            continue
        first = node.args[0] if node.args else None
        template = first.value if isinstance(first, ast.Constant) else None
        keywords = [k.arg for k in node.keywords]
        found.append(Site(
            path, node.lineno, template if isinstance(template, str) else None,
            None if None in keywords else frozenset(k for k in keywords if k is not None)))
    return found


def placeholders(template: str) -> set[str]:
    """The names a template fills (``{name!r:>4}`` names ``name``); "" for ``{}``."""
    return {field.split(".")[0].split("[")[0]
            for _text, field, _spec, _conv in string.Formatter().parse(template)
            if field is not None}


def problem(site: Site) -> str | None:
    """Why ``site`` cannot be translated, or None."""
    if site.template is None:
        return "the template is not a literal string (an f-string, a variable, a sum)"
    if site.params is None:
        return "the params are passed with ** instead of by name"
    try:
        wanted = placeholders(site.template)
    except ValueError as exc:
        return f"the template is not a valid format string ({exc})"
    if not site.params and ("{{" in site.template or "}}" in site.template):
        return "a template without params is shown as written: write { and } once"
    if wanted != site.params:
        return (f"placeholders {sorted(wanted)} but params {sorted(site.params)}"
                " (write a literal { as {{)")
    return None


def core_sites(classes: set[str] | None = None) -> list[Site]:
    """Every refusal built in ``posapp/``."""
    names = refusal_classes() if classes is None else classes
    return [site for path in sorted(CORE.rglob("*.py"))
            for site in sites(path.read_text(encoding="utf-8"), path, names)]


def templates(found: list[Site]) -> list[str]:
    """The distinct templates, sorted."""
    return sorted({site.template for site in found if site.template is not None})


def noop_lines(texts: list[str]) -> str:
    """The templates as lupdate reads them: one ``QT_TRANSLATE_NOOP`` per line."""
    return "".join(f"QT_TRANSLATE_NOOP({json.dumps(CONTEXT)}, "
                   f"{json.dumps(text, ensure_ascii=False)})\n" for text in texts)


def main(argv: list[str]) -> int:
    found = core_sites()
    bad = [f"{site.path.relative_to(ROOT)}:{site.line}: {why}"
           for site in found if (why := problem(site)) is not None]
    if bad:
        print("\n".join(bad), file=sys.stderr)
        return 1
    text = noop_lines(templates(found))
    if argv:
        Path(argv[0]).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
