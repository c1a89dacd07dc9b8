"""Values that name a local file: ``file://path`` (text) and ``fileb://path`` (bytes).

The AWS CLI reads such a value's file in place of the value; ec2shorthand does
the same wherever the AWS CLI does (``key@=`` in shorthand, option values).
"""

from __future__ import annotations

import os

from ._errors import ParamFileError

TEXT_PREFIX = "file://"
BYTES_PREFIX = "fileb://"


def names_file(value: str) -> bool:
    """Whether ``value`` is a ``file://`` or ``fileb://`` reference."""
    return value.startswith((TEXT_PREFIX, BYTES_PREFIX))


def read_paramfile(value: str) -> str | bytes:
    """The content of the file ``value`` names (``~`` and ``$VARS`` expanded).

    Text files are read as UTF-8 with universal newlines, as Python's text
    mode does; ``fileb://`` files are returned as bytes.
    """
    binary = value.startswith(BYTES_PREFIX)
    raw_path = value[len(BYTES_PREFIX if binary else TEXT_PREFIX) :]
    path = os.path.expandvars(os.path.expanduser(raw_path))
    try:
        if binary:
            with open(path, "rb") as handle:
                return handle.read()
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except UnicodeDecodeError:
        raise ParamFileError(
            f"the file {path!r} is not UTF-8 text; use fileb:// to pass its bytes"
        ) from None
    except OSError as error:
        raise ParamFileError(f"cannot read the file {path!r}: {error.strerror}") from None
    except ValueError:  # a NUL character in the path
        raise ParamFileError(f"{path!r} is not a file name") from None
