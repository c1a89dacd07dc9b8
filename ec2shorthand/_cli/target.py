"""Which operation a pasted command names: ``[aws] [GLOBAL OPTIONS] [SERVICE] OPERATION ...``."""

from __future__ import annotations

from collections.abc import Sequence

from .._awscli.global_options import GLOBAL_OPTIONS
from .._model.catalog import is_service

__all__ = ["DEFAULT_SERVICE", "split_target"]

DEFAULT_SERVICE = "ec2"
_TAKES_VALUE = {f"--{option.name}": option.takes_value for option in GLOBAL_OPTIONS}


def split_target(words: Sequence[str]) -> tuple[str, str | None, list[str]]:
    """``(service, operation, args)`` of a command as pasted (``aws`` and SERVICE optional).

    The AWS CLI's global options may stand before the service (``aws --region
    eu-west-1 ec2 ...``); they are kept, first among the arguments, where the
    AWS CLI reads them as well. The service is the next word when it names one
    (``s3api``); otherwise it is ec2 and that word is the operation. The
    operation is None when nothing names one (``aws ec2`` alone).
    """
    rest = list(words)
    if rest and rest[0] == "aws":
        rest = rest[1:]
    leading, rest = _leading_global_options(rest)
    service = DEFAULT_SERVICE
    if rest and is_service(rest[0]):  # (no service is also the name of an EC2 operation)
        service, rest = rest[0], rest[1:]
    if not rest or rest[0].startswith("-"):
        return service, None, leading + rest
    return service, rest[0], leading + rest[1:]


def _leading_global_options(words: list[str]) -> tuple[list[str], list[str]]:
    """The global options (with their values) the words start with, and the words after."""
    at = 0
    while at < len(words):
        name, equals, _ = words[at].partition("=")
        if name not in _TAKES_VALUE:
            break
        at += 2 if _TAKES_VALUE[name] and not equals else 1
    return words[:at], words[at:]
