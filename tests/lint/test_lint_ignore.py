"""``.gitignore`` patterns as git reads them: pathspec, with git's segment globs, against git."""

from __future__ import annotations

import shutil
import subprocess
import warnings
from pathlib import Path

import pytest
from bounded import run_bounded
from hypothesis import given, settings
from hypothesis import strategies as st

from ec2shorthand.lint._ignore import compile_patterns

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is the oracle")


@pytest.fixture(scope="module")
def git_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    repo = tmp_path_factory.mktemp("oracle")
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    return repo


def git_ignored(repo: Path, patterns: list[str], names: list[str]) -> set[str]:
    """The names git ignores under ``patterns`` (none of them need exist).

    The patterns are in ``d/.gitignore`` and the names asked as ``d/NAME``: a name
    that starts with ':' is then not read as pathspec magic.
    """
    (repo / "d").mkdir(exist_ok=True)
    (repo / "d" / ".gitignore").write_text("".join(p + "\n" for p in patterns), encoding="utf-8")
    done = subprocess.run(
        ["git", "-C", str(repo), "check-ignore", "--no-index", "-z", "--stdin"],
        input="".join(f"d/{name}\0" for name in names).encode(),
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode in (0, 1), done.stderr
    return {name.decode()[2:] for name in done.stdout.split(b"\0") if name}


def ours(patterns: list[str], names: list[str]) -> set[str]:
    spec = compile_patterns(patterns)
    return {name for name in names if spec.check_file(name).include}


# The pieces patterns are made of: every kind of bracket expression git reads differently
# from Python's re (reversed ranges, classes, a leading ']', unclosed brackets), stars, escapes.
PIECES = [
    "a", "b", "1", "-", ":", " ", "*", "**", "?", "\\*", "\\[",
    "[a-b]", "[b-a]", "[!a]", "[^b]", "[]a]", "[!]]", "[a-]", "[-b]", "[\\]]",
    "[[:alpha:]]", "[[:space:]]", "[[:digit:]]", "[[:punct:]]", "[[:bogus:]]", "[", "]",
]  # fmt: skip
NAME_CHARS = "ab1-]*[:! "


@needs_git
@settings(max_examples=60)
@given(
    patterns=st.lists(
        st.lists(st.sampled_from(PIECES), min_size=1, max_size=5).map("".join),
        min_size=1,
        max_size=4,
    ).map(lambda patterns: [("!" if n % 3 == 2 else "") + p for n, p in enumerate(patterns)]),
    names=st.lists(
        st.text(NAME_CHARS, min_size=1, max_size=6).filter(lambda n: n.strip() == n),
        min_size=1,
        max_size=12,
        unique=True,
    ),
)
def test_the_same_names_as_git_check_ignore(
    git_repo: Path, patterns: list[str], names: list[str]
) -> None:
    assert ours(patterns, names) == git_ignored(git_repo, patterns, names)


@needs_git
@pytest.mark.parametrize(
    ("patterns", "names"),
    [
        (["[b-a]"], ["a", "b", "[b-a]", "-"]),
        (["[!b-a]y"], ["ay", "by", "y"]),
        (["[[:space:]]x"], [" x", ":x", "]x", "sx"]),
        (["build/", "*.log", "!keep.log"], ["build/x", "src/build/y", "a.log", "keep.log"]),
        (["/top.sh", "docs/**/*.md"], ["top.sh", "a/top.sh", "docs/a/b/c.md", "docs/c.md"]),
        (["*a*a*a*a*a*a*a*a*a*a*a*a*b"], ["a" * 200, "a" * 40 + "b", "ab"]),
    ],
)
def test_hostile_and_ordinary_patterns_as_git(
    git_repo: Path, patterns: list[str], names: list[str]
) -> None:
    assert ours(patterns, names) == git_ignored(git_repo, patterns, names)


def test_a_posix_class_gives_no_warning() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert ours(["[[:space:]]x", "[[:alpha:]][[:digit:]]"], [" x", ":x", "a1"]) == {" x", "a1"}


def test_many_stars_beside_a_long_name_do_not_backtrack() -> None:
    # Python's re took 2 s for 30 characters and doubled with each one more; a hang
    # guard only: the match is one pass over the name.
    found = run_bounded(
        """
        from ec2shorthand.lint._ignore import compile_patterns
        spec = compile_patterns(["*a*a*a*a*a*a*a*a*a*a*a*a*b", "**/*a*a*a*a*a*a*a*a*a*c/"])
        name = "a" * 5000
        measure(lambda: [spec.check_file(name).include, spec.check_file(name + "/x/").include,
                         spec.check_file(name + "b").include], size=len(name))
        """
    )
    assert (found.outcome, found["value"]) == ("ok", "[None, None, True]")
