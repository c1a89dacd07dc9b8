"""The stage-1 oracle's questions asked of the AWS CLI v2 (tests/support/v2_oracle.py).

``V2StageOne.run`` answers as ``StageOne.run`` does, from the v2 fork
oracle's record: ``params`` at ``calling-command``, accepted when the command
reached its client's ``before-parameter-build`` (v2 decodes blobs and checks
the region between the two, so a command refused there is refused by the CLI).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from stage_one import CliResult

__all__ = ["UnknownToV2", "V2StageOne"]


class UnknownToV2(Exception):
    """The AWS CLI v2 has no such operation: its model (botocore 2.36.7's) differs from v1's.

    Until ec2shorthand ships the v2 model, a v1 operation read as v2 is read
    with v1's model; the differential leaves such operations out.
    """


def _comparable(value: Any) -> Any:
    """The record's tagged values in ``stage_one.comparable``'s spelling (bytes)."""
    if isinstance(value, dict):
        if list(value) == ["$bytes"]:
            return {"bytes": value["$bytes"]}
        return {key: _comparable(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_comparable(item) for item in value]
    return value


class V2StageOne:
    """The AWS CLI v2, asked as the v1 stage-one oracle is."""

    def __init__(self, oracle: Any) -> None:
        self._oracle = oracle

    def run(self, argv: Sequence[str], *, files: Mapping[str, bytes] = {}) -> CliResult:
        record = self._oracle.run(list(argv), files=files)
        if record["status"] == "cli-error" and "invalid choice" in record.get("stderr", ""):
            raise UnknownToV2(" ".join(argv[:2]))
        accepted = bool(record.get("reached_parameter_build"))
        params = _comparable(record["params"]) if record.get("calling_commands") else None
        return CliResult(
            params, 0 if accepted else record.get("exit_code"), record.get("stderr", "")
        )
