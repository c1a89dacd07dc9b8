"""The linter's settings: ``[tool.ec2shorthand]`` in ``pyproject.toml``, and the command line.

.. code-block:: toml

    [tool.ec2shorthand]
    select = ["shell", "shorthand", "ports.bounds"]   # rule ids or their prefixes (default: all)
    ignore = ["value.url-fetched"]
    severity = { "shell.glob" = "error" }
    wrappers = ["run_aws", "$AWS"]                   # commands that run aws, as written
    exclude = ["vendor/", "docs/old/*.md"]           # .gitignore-style patterns
    kinds = { "scripts/*.in" = "shell" }             # file patterns read as a kind
    fail-on = "warning"                              # error (default), warning or note
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, cast

from .._core.errors import ParamFileError, ShorthandError
from .._core.files import read_regular_file
from .._core.version import CliVersion, cli_version
from ._ignore import PatternError, compile_patterns
from .extract import KINDS
from .rules import SEVERITIES, Severity, names_no_rule, names_rule

__all__ = ["ConfigError", "LintConfig", "load_config"]

_KEYS = frozenset(
    {"select", "ignore", "severity", "wrappers", "exclude", "kinds", "fail-on", "cli-version"}
)


class ConfigError(ValueError):
    """The configuration is not valid (a usage error: exit 2)."""


@dataclass(frozen=True)
class LintConfig:
    select: tuple[str, ...] = ()  # empty: every rule
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    wrappers: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    kinds: Mapping[str, str] = field(default_factory=dict)
    fail_on: Severity = "error"
    # The AWS CLI version commands are read as (cli-version = 1 or 2); None: the default.
    cli_version: CliVersion | None = None
    root: Path = field(default_factory=Path.cwd)  # patterns are relative to it

    def enabled(self, rule: str) -> bool:
        selected = not self.select or any(names_rule(pattern, rule) for pattern in self.select)
        return selected and not any(names_rule(pattern, rule) for pattern in self.ignore)

    def severity_of(self, rule: str, default: Severity) -> Severity:
        for pattern in sorted(self.severity, key=len, reverse=True):  # the most specific wins
            if names_rule(pattern, rule):
                return self.severity[pattern]
        return default

    def with_options(
        self,
        *,
        select: Sequence[str] = (),
        ignore: Sequence[str] = (),
        wrappers: Sequence[str] = (),
        fail_on: str | None = None,
    ) -> LintConfig:
        """This configuration, with the command line's options over it."""
        for option, patterns in (("--select", select), ("--ignore", ignore)):
            _known_rules(patterns, option)
        return replace(
            self,
            select=tuple(select) or self.select,
            ignore=self.ignore + tuple(ignore),
            wrappers=self.wrappers + tuple(wrappers),
            fail_on=_severity(fail_on, "--fail-on") if fail_on else self.fail_on,
        )


def load_config(explicit: Path | None = None, start: Path | None = None) -> LintConfig:
    """The settings of ``explicit``, or of the nearest ``pyproject.toml`` above ``start``."""
    path = explicit or _nearest_pyproject(start or Path.cwd())
    if path is None:
        return LintConfig()
    tool = _read_toml(path).get("tool", {})
    if not isinstance(tool, dict):
        raise ConfigError(f"{path}: 'tool' must be a table ([tool]), not {_kind(tool)}")
    table = tool.get("ec2shorthand", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.ec2shorthand] must be a table, not {_kind(table)}")
    return _parse(table, path)


def _read_toml(path: Path) -> dict[str, Any]:
    """The TOML document at ``path``; a usage error, with the place, if it is not one."""
    try:
        data = read_regular_file(path)  # a FIFO or /dev/zero is refused, not waited on
    except ParamFileError as error:
        raise ConfigError(f"cannot read {path}: {error.msg}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise ConfigError(
            f"{path}: not UTF-8 text (byte {data[error.start]:#04x} at line {line})"
        ) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None


def _kind(value: object) -> str:
    names = {str: "a string", list: "an array", bool: "a boolean", int: "a number"}
    return names.get(type(value), f"a {type(value).__name__}")


def _nearest_pyproject(start: Path) -> Path | None:
    for folder in (start.resolve(), *start.resolve().parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def _parse(table: dict[str, Any], path: Path) -> LintConfig:
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise ConfigError(f"{path}: unknown key(s) in [tool.ec2shorthand]: {', '.join(unknown)}")
    severity = _table(table, "severity", path)
    kinds = _table(table, "kinds", path)
    for pattern, kind in kinds.items():
        if kind not in KINDS:
            raise ConfigError(f"{path}: kinds: {pattern!r} = {kind!r}: use one of {KINDS}")
    for key in ("select", "ignore"):
        _known_rules(_strings(table, key, path), f"{path}: {key}")
    _known_rules(severity, f"{path}: severity")
    try:
        compile_patterns(_strings(table, "exclude", path), strict=True)
    except PatternError as error:
        raise ConfigError(f"{path}: exclude: {error}") from None
    return LintConfig(
        select=_strings(table, "select", path),
        ignore=_strings(table, "ignore", path),
        severity={rule: _severity(value, f"{path}: severity") for rule, value in severity.items()},
        wrappers=_strings(table, "wrappers", path),
        exclude=_strings(table, "exclude", path),
        kinds=kinds,
        fail_on=_severity(table.get("fail-on", "error"), f"{path}: fail-on"),
        cli_version=_version(table.get("cli-version"), f"{path}: cli-version"),
        root=path.parent,
    )


def _version(value: object, where: str) -> CliVersion | None:
    if value is None:
        return None
    try:
        return cli_version(value, origin=where)
    except ShorthandError as error:
        raise ConfigError(str(error)) from None


def _strings(table: dict[str, Any], key: str, path: Path) -> tuple[str, ...]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ConfigError(f"{path}: {key} must be a list of strings")
    return tuple(value)


def _table(table: dict[str, Any], key: str, path: Path) -> dict[str, str]:
    value = table.get(key, {})
    if not isinstance(value, dict) or not all(isinstance(item, str) for item in value.values()):
        raise ConfigError(f"{path}: {key} must be a table of strings")
    return cast(dict[str, str], value)


def _known_rules(patterns: Iterable[str], where: str) -> None:
    problem = names_no_rule(patterns)
    if problem is not None:
        raise ConfigError(f"{where}: {problem}")


def _severity(value: object, where: str) -> Severity:
    if value not in SEVERITIES:
        raise ConfigError(f"{where}: {value!r} is not one of {', '.join(SEVERITIES)}")
    return value
