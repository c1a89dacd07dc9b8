"""``ec2 get-password-data --priv-launch-key PATH``: a key to decrypt the response with.

The AWS CLI's ``decryptpassword`` customization. The option adds nothing to
the request: the AWS CLI decrypts the returned password with that private
key afterwards. It refuses the command when the path (``~`` and ``$VARS``
expanded) is no file; so does this, where files may be looked at (not with
``files=None``).
"""

from __future__ import annotations

from typing import Any

from .._awscli.arguments import Argument, ArgumentTable
from .._awscli.argv import Given
from .._awscli.customize import register
from .._awscli.reading import Reading
from .._core.errors import ShorthandError
from .._core.files import resolver_for


class _LaunchKey(Argument):
    def add_to_params(self, params: dict[str, Any], given: Given, reading: Reading) -> None:
        value = given.value
        if not value or reading.files is resolver_for(None):
            return
        if not isinstance(value, str) or reading.files.existing_file(value) is None:
            raise ShorthandError(
                f"{given.option} must be the path of the private key file the instance was "
                "launched with (no such file)",
                value if isinstance(value, str) else None,
                0 if isinstance(value, str) else None,
            )


def _add_option(table: ArgumentTable) -> None:
    table.add(
        _LaunchKey(
            "priv-launch-key",
            doc="The private key file the instance was launched with: the AWS CLI decrypts "
            "the password with it (nothing is sent).",
        )
    )


register("decryptpassword", "ec2", ("get-password-data",), arguments=_add_option)
