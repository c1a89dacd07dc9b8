"""Rules read from a file's text around its commands: ``$?`` tested against 255, and
``api_versions`` settings."""

from __future__ import annotations

import re

from ..hits import Hit

__all__ = ["text_hits"]

# `[ $? -eq 255 ]`, `test "$?" != 255`, `(( $? == 255 ))`.
_RETURN_CODE = re.compile(
    r"""["']?\$\{?\?\}?["']?[ \t]*(?:-eq|-ne|==|!=|=)[ \t]*["']?255\b"""
    r"""|\(\([ \t]*\$?\?[ \t]*[!=]=[ \t]*255[ \t]*\)\)"""
)
_API_VERSIONS = re.compile(r"(?<![\w.-])api_versions\b")


def text_hits(text: str) -> list[Hit]:
    """The findings in shell text that has ``aws`` commands in it (offsets in ``text``)."""
    hits = [
        Hit(
            "migrate.return-code",
            "this tests the AWS CLI's exit code against 255: v1 exits 255 when a call fails, "
            "v2 exits 254 when the service refuses it, 253 for a bad configuration and 252 "
            "for a command it cannot read: test for failure, not for 255",
            match.start(),
            match.end(),
        )
        for match in _RETURN_CODE.finditer(text)
    ]
    hits += [
        Hit(
            "migrate.api-versions",
            "api_versions pins an API version in v1's configuration; v2 does not read it and "
            "calls the API version it ships",
            match.start(),
            match.end(),
        )
        for match in _API_VERSIONS.finditer(text)
    ]
    return hits
