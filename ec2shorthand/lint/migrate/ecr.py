"""``migrate.ecr-get-login``: ``aws ecr get-login`` is gone in v2.

v1's ``get-login`` prints ``docker login -u AWS -p PASSWORD https://REGISTRY``,
which scripts run with ``$(...)`` or ``eval $(...)``. v2 has
``get-login-password``, whose output ``docker login --password-stdin`` reads.
The rewrite is made only where it is the same login: the command substitution
is the whole statement, the region and one registry id are written in it, and
nothing but ``--region``, ``--profile``, ``--registry-ids`` and the e-mail
flags is given.
"""

from __future__ import annotations

import re
import shlex

from ..hits import Hit
from .command_words import CommandWords, replacement

__all__ = ["ecr_hits"]

_RULE = "migrate.ecr-get-login"
_FLAGS = frozenset({"--no-include-email", "--include-email"})
_KEPT = frozenset({"--region", "--profile", "--registry-ids", *_FLAGS})
_ACCOUNT = re.compile(r"\d{12}")
_REGION = re.compile(r"[a-z]{2}(-[a-z]+)+-\d")
_OPENING = re.compile(r"(?:eval[ \t]+)?\$\([ \t]*$")
_STATEMENT_START = re.compile(r"(?:^|[;&|\n(])[ \t]*$")


def ecr_hits(words: CommandWords) -> list[Hit]:
    message = (
        "aws ecr get-login is v1's; v2 has no such command: use "
        "aws ecr get-login-password | docker login --username AWS --password-stdin REGISTRY"
    )
    span = words.whole_command_span()
    rewrite = _rewrite(words)
    fix = None
    if rewrite is not None:
        fix = replacement(rewrite[0], rewrite[1], "log in with get-login-password | docker login")
    return [words.hit(_RULE, message, span, fix)]


def _rewrite(words: CommandWords) -> tuple[tuple[int, int], str] | None:
    given = {option.name: option for option in words.options(_FLAGS)}
    if not set(given) <= _KEPT or any(not word.is_known for word in words.args):
        return None
    region = given.get("--region")
    registries = given.get("--registry-ids")
    region_text = None if region is None else region.value_text(words.args)
    account = None if registries is None else registries.value_text(words.args)
    after = None if registries is None or registries.value is None else registries.value + 1
    if after is not None and after < len(words.args) and not words.texts[after].startswith("--"):
        return None  # more than one registry: more than one login
    if not (region_text and _REGION.fullmatch(region_text)):
        return None
    if not (account and _ACCOUNT.fullmatch(account)):
        return None
    text = words.file_text
    start = words.command.aws.file_start
    opening = _OPENING.search(text, 0, start)
    end = words.end()
    close = re.compile(r"[ \t]*\)").match(text, end)
    if opening is None or close is None or not _STATEMENT_START.search(text, 0, opening.start()):
        return None
    profile = given.get("--profile")
    profile_text = None if profile is None else profile.value_text(words.args)
    login = ["aws", "ecr", "get-login-password", "--region", region_text]
    if profile_text is not None:
        login += ["--profile", profile_text]
    registry = f"{account}.dkr.ecr.{region_text}.amazonaws.com"
    new = f"{shlex.join(login)} | docker login --username AWS --password-stdin {registry}"
    return (opening.start(), close.end()), new
