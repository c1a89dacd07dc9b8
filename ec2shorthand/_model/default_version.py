"""The AWS CLI version the model layer reads when its caller names none: v1, for now.

The engine reads every command as v1 until the version is threaded through it
(issue 19); a caller that knows its version passes it, and the public API
resolves its own default (2, see ``_core/version.py``) before it calls in. A
module of its own so that ``operation`` can name it without importing the
reader (``bundled``) at ``import ec2shorthand``.
"""

from __future__ import annotations

from typing import Final

from .._core.version import CliVersion

__all__ = ["LOADER_DEFAULT"]

LOADER_DEFAULT: Final[CliVersion] = 1
