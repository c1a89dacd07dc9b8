"""The files to lint, and the kind of each: shell, markdown, rst, yaml, makefile, dockerfile.

Folders are walked with ``.git`` and everything ``.gitignore`` files ignore
left out; files named on the command line are linted whatever ignores them
(``exclude`` in the configuration still applies).
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

from ._ignore import IgnoreRules
from .config import LintConfig

__all__ = ["UnreadablePath", "discover", "kind_of"]

_SUFFIXES = {
    ".sh": "shell",
    ".bash": "shell",
    ".md": "markdown",
    ".markdown": "markdown",
    ".rst": "rst",
    ".yml": "yaml",
    ".yaml": "yaml",
    ".mk": "makefile",
    ".adoc": "asciidoc",
    ".asciidoc": "asciidoc",
    ".ipynb": "notebook",
    ".tf": "terraform",
}
_MAKEFILES = frozenset({"Makefile", "makefile", "GNUmakefile"})
_SHEBANG = re.compile(rb"#![ \t]*\S*/(?:env[ \t]+)?(?:ba)?sh\b")
_SKIPPED_FOLDERS = frozenset({".git", ".hg", ".svn"})


class UnreadablePath(OSError):
    """A path named on the command line that does not exist or cannot be read."""


def kind_of(path: Path, config: LintConfig | None = None) -> str | None:
    """The kind of file ``path`` is, or None for a file the linter does not read."""
    if config is not None and config.kinds:
        relative = _relative(path, config.root)
        for pattern, kind in config.kinds.items():
            if fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(path.name, pattern):
                return kind
    name = path.name
    if name in _MAKEFILES:
        return "makefile"
    if name == "package.json":
        return "package_json"
    if name in ("Dockerfile", "Containerfile") or name.startswith("Dockerfile."):
        return "dockerfile"
    if name.lower().endswith(".dockerfile"):
        return "dockerfile"
    suffix = path.suffix.lower()
    if suffix in _SUFFIXES:
        return _SUFFIXES[suffix]
    if not suffix and _has_shell_shebang(path):
        return "shell"
    return None


def _has_shell_shebang(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return _SHEBANG.match(handle.readline(200)) is not None
    except OSError:
        return False


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def discover(paths: Sequence[str], config: LintConfig) -> Iterator[tuple[Path, str]]:
    """(path, kind) of every file to lint under ``paths``, in a stable order.

    Raises:
        UnreadablePath: a path given does not exist.
    """
    excluded = IgnoreRules().with_lines(config.root.resolve(), list(config.exclude))
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _walk(path, excluded, config)
        elif path.is_file():
            kind = kind_of(path, config)
            if kind is not None and not excluded.ignores(path.resolve(), is_folder=False):
                yield path, kind
        else:
            raise UnreadablePath(f"{given}: no such file or folder")


def _walk(top: Path, excluded: IgnoreRules, config: LintConfig) -> Iterator[tuple[Path, str]]:
    rules = _rules_above(top.resolve())
    stack = [(top, rules)]
    while stack:
        folder, rules = stack.pop()
        rules = rules.with_file(folder.resolve())
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name, reverse=True)
        except OSError as error:
            raise UnreadablePath(f"{folder}: {error.strerror}") from None
        files = []
        for entry in entries:
            path = Path(entry.path)
            resolved = path.resolve()
            is_folder = entry.is_dir(follow_symlinks=False)  # a linked folder may loop
            if entry.name in _SKIPPED_FOLDERS and is_folder:
                continue
            if rules.ignores(resolved, is_folder) or excluded.ignores(resolved, is_folder):
                continue
            if is_folder:
                stack.append((path, rules))
            elif entry.is_file():
                files.append(path)
        for path in reversed(files):
            kind = kind_of(path, config)
            if kind is not None:
                yield path, kind


def _rules_above(folder: Path) -> IgnoreRules:
    """The ``.gitignore`` rules of the folders above ``folder``, up to its repository's root."""
    chain = []
    for parent in folder.parents:
        chain.append(parent)
        if (parent / ".git").exists():
            break
    else:
        return IgnoreRules()
    rules = IgnoreRules()
    for parent in reversed(chain):
        rules = rules.with_file(parent)
    return rules
