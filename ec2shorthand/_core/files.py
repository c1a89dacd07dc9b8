"""Reading the files that ``file://`` (text) and ``fileb://`` (bytes) values name, under a policy.

The AWS CLI reads such a file wherever it meets such a value. ec2shorthand
does so only when it is asked to, and never beyond what the policy allows:

- ``files=None`` (the library's default): no file is read; a value that names
  one is an error that says file loading is off.
- ``files=True``: read as the AWS CLI reads (``~`` and ``$VARS`` expanded,
  any path), within the limits below. ``parse_command`` uses this by default:
  it models a command run on the user's own machine.
- ``files=FileResolver(base_dir)``: read only files under ``base_dir`` (no
  ``..`` or symlink leads out of it).

Whatever the policy, only regular files are read (a FIFO would block, and
``/dev/zero`` never ends) and only up to ``max_bytes`` (64 MiB by default).
"""

from __future__ import annotations

import os
import stat
from typing import TypeAlias

from .errors import ParamFileError

__all__ = [
    "BYTES_PREFIX",
    "DEFAULT_MAX_BYTES",
    "PATHS_ONLY",
    "TEXT_PREFIX",
    "FileResolver",
    "Files",
    "names_file",
    "resolver_for",
]

TEXT_PREFIX = "file://"
BYTES_PREFIX = "fileb://"
DEFAULT_MAX_BYTES = 64 * 1024 * 1024


def names_file(value: object) -> bool:
    """Whether ``value`` is a ``file://`` or ``fileb://`` reference."""
    return isinstance(value, str) and value.startswith((TEXT_PREFIX, BYTES_PREFIX))


class FileResolver:
    """Reads ``file://`` and ``fileb://`` values, within limits.

    Args:
        base_dir: read only files inside this folder (after resolving ``..``
            and symbolic links); ``None`` reads any path, as the AWS CLI does.
        max_bytes: refuse files larger than this.

    Either of the wrong type, or a negative size: a :class:`ShorthandError`.
    """

    def __init__(
        self, base_dir: str | os.PathLike[str] | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES
    ) -> None:
        from .arguments import expect_path, expect_size

        expect_path(base_dir, "base_dir")
        self.base_dir = None if base_dir is None else os.path.realpath(base_dir)
        self.max_bytes = expect_size(max_bytes, "max_bytes")

    def read(self, value: str) -> str | bytes:
        """The content of the file ``value`` names: text for ``file://``, bytes for ``fileb://``."""
        from .arguments import expect_text

        expect_text(value, "value", "a file:// or fileb:// value")
        binary = value.startswith(BYTES_PREFIX)
        raw_path = value[len(BYTES_PREFIX if binary else TEXT_PREFIX) :]
        path = self._path(raw_path)
        data = self._read_bytes(path)
        if binary:
            return data
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise ParamFileError(
                f"the file {path!r} is not UTF-8 text; use fileb:// to pass its bytes"
            ) from None
        # Python's text mode, which the AWS CLI reads with: universal newlines.
        return text.replace("\r\n", "\n").replace("\r", "\n")

    def existing_file(self, raw_path: str) -> str | None:
        """The path of the regular file ``raw_path`` names, if this policy lets it be read.

        For a streamed body (``s3api put-object --body PATH``): the AWS CLI opens
        that file itself, so the path is checked here, not read.
        """
        path = self._path(raw_path)
        return path if os.path.isfile(path) else None

    def writable_path(self, raw_path: str) -> str | None:
        """The path ``raw_path`` names, if a file there could be written; else None.

        For an option naming where the AWS CLI writes part of the response
        (``iot create-keys-and-certificate --private-key-outfile PATH``): the AWS
        CLI refuses the command when the file's folder is not writable. Nothing
        is written here.
        """
        path = self._path(raw_path)
        try:
            folder = os.path.dirname(os.path.abspath(path))
        except ValueError:  # a NUL character in the path
            return None
        return path if os.access(folder, os.W_OK) else None

    def _path(self, raw_path: str) -> str:
        if self.base_dir is None:
            return os.path.expandvars(os.path.expanduser(raw_path))
        # Under a base folder nothing is expanded: the text says where, plainly.
        if "\x00" in raw_path:
            raise ParamFileError(f"{raw_path!r} is not a file name")
        path = os.path.realpath(os.path.join(self.base_dir, raw_path))
        if os.path.commonpath([path, self.base_dir]) != self.base_dir:
            raise ParamFileError(
                f"{raw_path!r} lies outside {self.base_dir!r}, the only folder files are read from"
            )
        return path

    def _read_bytes(self, path: str) -> bytes:
        try:
            # Non-blocking: opening a FIFO with no writer must not hang us. Under a base
            # folder the path is already resolved: a symlink put there since is not followed.
            flags = os.O_RDONLY | os.O_NONBLOCK
            if self.base_dir is not None:
                flags |= getattr(os, "O_NOFOLLOW", 0)
            descriptor = os.open(path, flags)
        except OSError as error:
            raise ParamFileError(f"cannot read the file {path!r}: {error.strerror}") from None
        except ValueError:  # a NUL character in the path
            raise ParamFileError(f"{path!r} is not a file name") from None
        # Checked before wrapping: os.fdopen itself refuses a folder, with an OSError.
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            os.close(descriptor)
            raise ParamFileError(
                f"{path!r} is not a regular file; only files are read, not a FIFO, a device "
                "or a process substitution <(...), which could block or never end: give the "
                'text itself ("$(...)")'
            )
        try:
            with os.fdopen(descriptor, "rb") as handle:
                data = handle.read(self.max_bytes + 1)
        except OSError as error:
            raise ParamFileError(f"cannot read the file {path!r}: {error.strerror}") from None
        if len(data) > self.max_bytes:
            raise ParamFileError(
                f"the file {path!r} is larger than {self.max_bytes} bytes, the limit for files "
                "read (a program that uses ec2shorthand sets another: FileResolver(max_bytes=))"
            )
        return data


class _NoFiles(FileResolver):
    """The policy that reads nothing."""

    def read(self, value: str) -> str | bytes:
        raise ParamFileError(
            f"{value.split('//', 1)[0]}// values are not read here: file loading is off "
            "(pass files=True or files=FileResolver(folder) to allow it)"
        )

    def existing_file(self, raw_path: str) -> str | None:
        raise ParamFileError(
            "a streamed body names a file, and files are not read here: file loading is off "
            "(pass files=True or files=FileResolver(folder) to allow it)"
        )

    def writable_path(self, raw_path: str) -> str | None:
        raise ParamFileError(
            "this option names a file to write, and files are not looked at here: file "
            "loading is off (pass files=True or files=FileResolver(folder) to allow it)"
        )


class _PathsOnly(_NoFiles):
    """Reads no file, but answers whether a named path exists or could be written.

    For reading back a command line ec2shorthand wrote itself (``to_argv``): its
    paths come from the request (a streamed body), and no content is read.
    """

    existing_file = FileResolver.existing_file
    writable_path = FileResolver.writable_path


PATHS_ONLY: FileResolver = _PathsOnly()

# What the public functions take as their ``files=`` argument.
Files: TypeAlias = FileResolver | bool | None
_AS_THE_AWS_CLI = FileResolver()
_NOTHING = _NoFiles()


def resolver_for(files: Files) -> FileResolver:
    """The resolver a ``files=`` argument stands for."""
    if files is None or files is False:
        return _NOTHING
    if files is True:
        return _AS_THE_AWS_CLI
    return files
