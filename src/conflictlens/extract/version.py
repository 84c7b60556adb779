"""The extractor's version, stored on every record and document: the store re-codes a document whose stored
version differs (`conflictlens reextract`, and `ingest` of a document already stored).

The version names what the output depends on: "rules-<package version>+<12 hex digits>", the digits a SHA-256
of the packaged resources (word lists, triggers, actors, the gazetteer's tables, the agreement and access
patterns) and the rule code (every module of nlp/, geo/ and extract/ but the batch reader, and the taxonomy).
Any change to one of them is a new version, so documents coded before it are found and re-coded. The digest
reads file contents (line endings made LF) in the order of their package-relative paths, never dates or
absolute paths: the same source gives the same version on every machine and checkout. Computed on first use,
then cached for the process.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterator
from importlib import resources
from typing import TYPE_CHECKING

import conflictlens

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

RULE_PACKAGES = ("nlp", "geo", "extract", "resources")  # every file below these, with the exceptions below
RULE_MODULES = ("taxonomy.py",)
NOT_RULES = frozenset({"extract/batch.py"})  # reads inputs and numbers events for `code`: no coding decision
_SKIP_DIRS = frozenset({"__pycache__"})
_SKIP_SUFFIXES = (".pyc", ".pyo", "~")  # and dotfiles: an editor's or the OS's, not the project's


@functools.cache
def extractor_version() -> str:
    """'rules-<package version>+<12 hex digits of the rules digest>'; a user's own actors and places files
    (README: 'Your own actors and places') change the output, so they are part of the digest when present."""
    digest = rules_digest()
    user = user_data_digest()
    if user:
        digest = hashlib.sha256(f"{digest} {user}".encode()).hexdigest()
    return f"rules-{conflictlens.__version__}+{digest[:12]}"


def user_data_digest() -> str:
    """SHA-256 of the user's actors and places files ("" when there are none)."""
    from conflictlens.geo.sources import user_places_path
    from conflictlens.nlp.actor_data import user_actors_path

    digest, found = hashlib.sha256(), False
    for path in (user_actors_path(), user_places_path()):
        if path.is_file():
            found = True
            data = path.read_bytes().replace(b"\r\n", b"\n")
            for part in (path.name.encode("utf-8"), data):
                digest.update(len(part).to_bytes(8, "big"))
                digest.update(part)
    return digest.hexdigest() if found else ""


def rules_digest(root: Traversable | None = None) -> str:
    """SHA-256 over (path, contents) of every rule file, in path order."""
    root = root or resources.files(conflictlens)
    digest = hashlib.sha256()
    for path, item in sorted(_rule_files(root)):
        data = item.read_bytes().replace(b"\r\n", b"\n")
        for part in (path.encode("utf-8"), data):
            digest.update(len(part).to_bytes(8, "big"))
            digest.update(part)
    return digest.hexdigest()


def _rule_files(root: Traversable) -> Iterator[tuple[str, Traversable]]:
    for name in RULE_MODULES:
        yield name, root.joinpath(name)
    for package in RULE_PACKAGES:
        yield from _walk(root.joinpath(package), package)


def _walk(folder: Traversable, prefix: str) -> Iterator[tuple[str, Traversable]]:
    for item in folder.iterdir():
        path = f"{prefix}/{item.name}"
        if item.is_dir():
            if item.name not in _SKIP_DIRS:
                yield from _walk(item, path)
        elif not item.name.endswith(_SKIP_SUFFIXES) and not item.name.startswith(".") and path not in NOT_RULES:
            yield path, item


def __getattr__(name: str) -> str:
    """`EXTRACTOR_VERSION`, computed when first asked for (not at import)."""
    if name == "EXTRACTOR_VERSION":
        return extractor_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
