"""Which operation a pasted command names: ``[aws] [SERVICE] OPERATION ARGS...``."""

from __future__ import annotations

from collections.abc import Sequence

from .._model.catalog import is_service

__all__ = ["DEFAULT_SERVICE", "split_target"]

DEFAULT_SERVICE = "ec2"


def split_target(words: Sequence[str]) -> tuple[str, str | None, list[str]]:
    """``(service, operation, args)`` of a command as pasted (``aws`` and SERVICE optional).

    The service is the first word when it names one (``s3api``); otherwise it
    is ec2 and the first word is the operation. The operation is None when
    nothing names one.
    """
    rest = list(words)
    if rest and rest[0] == "aws":
        rest = rest[1:]
    service = DEFAULT_SERVICE
    if len(rest) >= 2 and not rest[1].startswith("-") and is_service(rest[0]):
        service, rest = rest[0], rest[1:]
    if not rest or rest[0].startswith("-"):
        return service, None, rest
    return service, rest[0], rest[1:]
