"""``--generate-cli-skeleton [input|output|yaml-input]``: every operation has it.

Given, the AWS CLI prints a skeleton instead of sending anything; reading
notes which kind was asked for (``ec2shorthand parse`` prints it).
"""

from __future__ import annotations

from typing import Any

from .._awscli.arguments import Argument, ArgumentTable, Reads
from .._awscli.argv import Given
from .._awscli.customize import ANY, register
from .._awscli.reading import Reading
from .._model.skeleton import SKELETON_KINDS


class _SkeletonOption(Argument):
    def add_to_params(self, params: dict[str, Any], given: Given, reading: Reading) -> None:
        reading.state["skeleton"] = given.value
        reading.state["skeleton_item"] = given.option_item


def _add_argument(table: ArgumentTable) -> None:
    if "outfile" in table:  # a streamed response: the AWS CLI offers no skeleton
        return
    table.add(
        _SkeletonOption(
            "generate-cli-skeleton",
            reads=Reads.OPTIONAL,
            const="input",
            choices=SKELETON_KINDS,
            doc="Print a skeleton: input (default), output or yaml-input.",
        )
    )


register("generatecliskeleton", ANY, arguments=_add_argument)
