"""The files under a folder that git would not ignore, each found once.

Inside a git work tree git itself lists them (``git ls-files -co
--exclude-standard``: tracked files and the untracked ones no ``.gitignore``,
``.git/info/exclude`` or ``core.excludesFile`` ignores): exact, and one
process however large the tree. Elsewhere (a release archive, no git, or git
stopped after ``_GIT_TIMEOUT`` seconds: its matcher can backtrack too) the
folders are walked once, each folder's ``.gitignore`` compiled once with
pathspec, and a path is checked against the files in force for it, the
deepest first: work in proportion to files times ``.gitignore`` files above
them, never files times all patterns of the tree.

Symbolic links: a link to a regular file inside the folder walked is linted
(under the link's name); a link that leads out of it, dangles or loops is
skipped, and a linked folder is never entered (what it points to inside the
tree is walked at its own path; outside it is not ours to read).
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

from pathspec import GitIgnoreSpec

from ._ignore import read_patterns

__all__ = ["git_files", "listed_files", "walk_files"]

_SKIPPED_FOLDERS = frozenset({".git", ".hg", ".svn"})
# git lists an 80,000-file tree in well under a second, but its own matcher backtracks
# without end on a hostile pattern (git 2.39: '*a*a*a*a*a*a*a*a*a*a*a*a*b' beside a
# 40-character name). Past this many seconds git is stopped and the tree walked here.
_GIT_TIMEOUT = 10.0


def listed_files(top: Path) -> Iterator[Path]:
    """Every file under ``top`` git does not ignore, in a stable order (files before folders)."""
    listed = git_files(top)
    found = listed if listed is not None else walk_files(top)
    inside = os.path.realpath(top)
    for path in sorted(found, key=_order):
        if _is_file_inside(path, inside):
            yield path


def _order(path: Path) -> tuple[tuple[int, str], ...]:
    # A folder's files first, then its folders, each by name: the order of a walk.
    *folders, name = path.parts
    return (*((1, folder) for folder in folders), (0, name))


def _is_file_inside(path: Path, inside: str) -> bool:
    """A regular file, or a link to one inside ``inside`` (a loop or a dangling link is not)."""
    try:
        mode = os.lstat(path).st_mode
        if stat.S_ISLNK(mode):
            if not stat.S_ISREG(os.stat(path).st_mode):
                return False
            target = os.path.realpath(path)
            return os.path.commonpath([target, inside]) == inside
    except (OSError, ValueError):  # ELOOP, vanished, or a path on another drive
        return False
    return stat.S_ISREG(mode)


def git_files(top: Path) -> list[Path] | None:
    """The files git lists under ``top``, or None outside a work tree or without git."""
    git = shutil.which("git")
    if git is None:
        return None
    try:
        done = subprocess.run(
            [git, "-C", str(top), "ls-files", "-co", "--exclude-standard", "-z"],
            capture_output=True,
            timeout=_GIT_TIMEOUT,
            check=False,
            env=_without_repository_overrides(),
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if done.returncode != 0:  # not a work tree (or one git refuses): walk it ourselves
        return None
    names = done.stdout.split(b"\0")
    return [top / os.fsdecode(name) for name in names if name and not name.endswith(b"/")]


# Set inside a git hook (GIT_DIR=.git, relative): they would make git read another
# repository, or take ``top`` for the work tree's root. The folder's own repository decides.
_REPOSITORY_OVERRIDES = frozenset(
    {"GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_COMMON_DIR", "GIT_PREFIX"}
)


def _without_repository_overrides() -> dict[str, str]:
    return {name: value for name, value in os.environ.items() if name not in _REPOSITORY_OVERRIDES}


def walk_files(top: Path) -> Iterator[Path]:
    """The files under ``top`` its ``.gitignore`` files and those above it do not ignore."""
    top_abs = os.path.abspath(top)
    stack = [(top, top_abs, _ignores_above(top_abs))]
    while stack:
        folder, folder_abs, ignores = stack.pop()
        own = read_patterns(os.path.join(folder_abs, ".gitignore"))
        if own is not None:
            ignores = [*ignores, (_as_base(folder_abs), own)]
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue  # unreadable: git skips it too
        for entry in entries:
            is_folder = entry.is_dir(follow_symlinks=False)
            if is_folder and entry.name in _SKIPPED_FOLDERS:
                continue
            entry_abs = os.path.join(folder_abs, entry.name)
            if ignored(entry_abs, is_folder, ignores):
                continue
            if is_folder:
                stack.append((Path(entry.path), entry_abs, ignores))
            else:
                yield Path(entry.path)


# (folder, its patterns): the folder absolute, ending with a separator.
Ignores = list[tuple[str, GitIgnoreSpec]]


def ignored(path: str, is_folder: bool, ignores: Ignores) -> bool:
    """Whether the ``.gitignore`` files in force ignore the absolute ``path``.

    The deepest file whose patterns match decides (git's precedence); each file
    is asked once, so a path costs the patterns in force for it, no more.
    """
    for base, spec in reversed(ignores):
        relative = path[len(base) :].replace(os.sep, "/") + ("/" if is_folder else "")
        decided = spec.check_file(relative).include
        if decided is not None:
            return decided
    return False


def _as_base(folder: str) -> str:
    return folder if folder.endswith(os.sep) else folder + os.sep


def _ignores_above(top: str) -> Ignores:
    """The ``.gitignore`` files of the folders above ``top``, up to its repository's root."""
    chain: list[str] = []
    for parent in Path(top).parents:
        chain.append(str(parent))
        if os.path.exists(os.path.join(parent, ".git")):
            break
    else:
        return []
    ignores: Ignores = []
    for folder in reversed(chain):
        spec = read_patterns(os.path.join(folder, ".gitignore"))
        if spec is not None:
            ignores.append((_as_base(folder), spec))
    return ignores
