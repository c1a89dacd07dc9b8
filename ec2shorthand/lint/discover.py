"""The files to lint, and the kind of each: shell, markdown, rst, yaml, makefile, dockerfile.

Folders are walked as git sees them (:mod:`._walk`: ``.git`` and what
``.gitignore`` files ignore left out, links followed only inside the tree);
files named on the command line are linted whatever ignores them
(``exclude`` in the configuration still applies, so pre-commit's file lists
obey it). A named file of no kind the linter knows is read as shell when it
looks like a shell script, else reported as skipped: never counted as clean.
"""

from __future__ import annotations

import fnmatch
import os
import re
import stat
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pathspec import GitIgnoreSpec

from .._core.errors import ParamFileError
from .._core.files import read_regular_file
from ._ignore import compile_patterns
from ._walk import listed_files
from .config import LintConfig

__all__ = ["Discovery", "UnreadablePath", "discover", "kind_of"]

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
    # Only subprocess/os.system calls with a literal aws command are read: no Python is
    # taken for shell, so a .py file without one costs a parse and says nothing.
    ".py": "python",
}
_MAKEFILES = frozenset({"Makefile", "makefile", "GNUmakefile"})
_SHEBANG = re.compile(rb"#![ \t]*\S*/(?:env[ \t]+)?(?:ba)?sh\b")
# A line a shell would run as an aws command: what makes a named file of unknown kind shell.
# (A console transcript's "$ aws ..." is not: a shell reads "$" as the command.)
_AWS_LINE = re.compile(rb"^[ \t]*aws[ \t]+[a-z]", re.MULTILINE)
_SHEBANG_BYTES = 200


class UnreadablePath(OSError):
    """A path named on the command line that does not exist or cannot be read."""


@dataclass
class Discovery:
    """The files to lint with their kinds, and the named files skipped (with why)."""

    files: list[tuple[Path, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


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
    if not suffix and _SHEBANG.match(_head(path)):
        return "shell"
    return None


def _head(path: Path) -> bytes:
    """The first bytes of a regular file (b"" for anything else: a FIFO is not waited on)."""
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except (OSError, ValueError):
        return b""
    try:
        return os.read(descriptor, _SHEBANG_BYTES) if _is_regular(descriptor) else b""
    except OSError:
        return b""
    finally:
        os.close(descriptor)


def _is_regular(descriptor: int) -> bool:
    return stat.S_ISREG(os.fstat(descriptor).st_mode)


def _relative(path: Path, root: Path) -> str:
    # Not resolved: a link keeps its own name, and a loop raises nothing.
    relative = os.path.relpath(os.path.abspath(path), os.path.abspath(root))
    return relative.replace(os.sep, "/") if not relative.startswith("..") else path.as_posix()


def discover(paths: Sequence[str], config: LintConfig) -> Discovery:
    """The files to lint under ``paths`` (with their kinds), in a stable order.

    Raises:
        UnreadablePath: a path given does not exist, or is not a file or a folder.
    """
    found = Discovery()
    excluded = compile_patterns(config.exclude)
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for file in listed_files(path):
                kind = kind_of(file, config)
                if kind is not None and not _excluded(file, excluded, config):
                    found.files.append((file, kind))
            continue
        _check_named_file(given)
        if _excluded(path, excluded, config):
            continue
        kind = kind_of(path, config) or _looks_like_shell(path)
        if kind is None:
            found.skipped.append((given, "not a kind of file the linter reads"))
        else:
            found.files.append((path, kind))
    return found


def _check_named_file(given: str) -> None:
    try:
        mode = os.stat(given).st_mode
    except FileNotFoundError:
        raise UnreadablePath(f"{given}: no such file or folder") from None
    except (OSError, ValueError) as error:
        reason = error.strerror if isinstance(error, OSError) else "not a path"
        raise UnreadablePath(f"{given}: {reason}") from None
    if not stat.S_ISREG(mode):
        raise UnreadablePath(
            f"{given}: not a regular file (a FIFO, a device or a socket is not read: "
            "it could block or never end)"
        )


def _looks_like_shell(path: Path) -> str | None:
    """ "shell" for a file a shell would run: a shell shebang, or a line that runs aws."""
    try:
        data = read_regular_file(path)
    except ParamFileError as error:
        raise UnreadablePath(error.msg) from None
    return "shell" if _SHEBANG.match(data) or _AWS_LINE.search(data) else None


def _excluded(path: Path, excluded: GitIgnoreSpec, config: LintConfig) -> bool:
    if not excluded.patterns:
        return False
    relative = os.path.relpath(os.path.abspath(path), os.path.abspath(config.root))
    if relative == os.pardir or relative.startswith(os.pardir + os.sep):
        return False  # outside the folder the patterns are relative to
    return excluded.match_file(relative.replace(os.sep, "/"))
