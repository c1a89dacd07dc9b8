"""``--generate-cli-skeleton [input|output]`` (v1), ``[input|output|yaml-input]`` (v2).

Given, the AWS CLI prints a skeleton instead of sending anything; reading
notes which kind was asked for (``ec2shorthand parse`` prints it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .._awscli.arguments import Argument, ArgumentTable, Reads
from .._awscli.argv import Given
from .._awscli.customize import ANY, register
from .._awscli.reading import Reading
from .._awscli.skeletons import skeleton_kinds


class _SkeletonOption(Argument):
    def add_to_params(self, params: dict[str, Any], given: Given, reading: Reading) -> None:
        reading.state["skeleton"] = given.value
        reading.state["skeleton_item"] = given.option_item


def _option(kinds: tuple[str, ...]) -> Callable[[ArgumentTable], None]:
    def add_argument(table: ArgumentTable) -> None:
        if "outfile" in table:  # a streamed response: the AWS CLI offers no skeleton
            return
        table.add(
            _SkeletonOption(
                "generate-cli-skeleton",
                reads=Reads.OPTIONAL,
                const="input",
                choices=kinds,
                doc=f"Print a skeleton: {', '.join(kinds[:-1])} or {kinds[-1]} (input by default).",
            )
        )

    return add_argument


register("generatecliskeleton", ANY, arguments=_option(skeleton_kinds(1)), versions=(1,))
register("generatecliskeleton", ANY, arguments=_option(skeleton_kinds(2)), versions=(2,))
