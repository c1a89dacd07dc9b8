"""Which skeletons ``--generate-cli-skeleton`` prints in each version of the AWS CLI."""

from __future__ import annotations

from typing import Final

from .._core.version import CliVersion

__all__ = ["skeleton_kinds"]

# v1 prints JSON only; v2 adds the input skeleton as commented YAML.
_KINDS: Final[dict[CliVersion, tuple[str, ...]]] = {
    1: ("input", "output"),
    2: ("input", "output", "yaml-input"),
}


def skeleton_kinds(version: CliVersion) -> tuple[str, ...]:
    """The kinds of skeleton AWS CLI ``version`` prints (the first is the default)."""
    return _KINDS[version]
