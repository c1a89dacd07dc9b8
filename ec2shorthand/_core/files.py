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
    "FileTooLargeError",
    "Files",
    "NotRegularFileError",
    "names_file",
    "read_regular_file",
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
            # Under a base folder the path is already resolved: a symlink put there since
            # is not followed.
            return read_regular_file(path, self.max_bytes, follow_links=self.base_dir is None)
        except NotRegularFileError as error:
            raise ParamFileError(
                f'{error.msg}; give the text itself ("$(...)") in place of a process '
                "substitution <(...)"
            ) from None
        except FileTooLargeError as error:
            raise ParamFileError(
                f"{error.msg} (a program that uses ec2shorthand sets another: "
                "FileResolver(max_bytes=))"
            ) from None


class NotRegularFileError(ParamFileError):
    """The path names a FIFO, a device or a folder: reading it could block or never end."""


class FileTooLargeError(ParamFileError):
    """The file is larger than the limit for files read."""


def read_regular_file(
    path: str | os.PathLike[str], max_bytes: int = DEFAULT_MAX_BYTES, *, follow_links: bool = True
) -> bytes:
    """The bytes of the regular file at ``path``: the one reading every file read goes through.

    Opened without blocking (a FIFO with no writer must not hang us) and checked
    to be a regular file before a byte is read; read up to ``max_bytes``.

    Raises:
        ParamFileError: the file cannot be opened or read;
        NotRegularFileError: ``path`` is a FIFO, a device, a socket or a folder;
        FileTooLargeError: the file is larger than ``max_bytes``.
    """
    name = os.fspath(path)
    flags = os.O_RDONLY | os.O_NONBLOCK | (0 if follow_links else getattr(os, "O_NOFOLLOW", 0))
    try:
        descriptor = os.open(name, flags)
    except OSError as error:
        raise ParamFileError(f"cannot read the file {name!r}: {error.strerror}") from None
    except ValueError:  # a NUL character in the path
        raise ParamFileError(f"{name!r} is not a file name") from None
    # Checked before wrapping: os.fdopen itself refuses a folder, with an OSError.
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        raise NotRegularFileError(
            f"{name!r} is not a regular file; only files are read, not a FIFO, a device "
            "or a folder, which could block or never end"
        )
    try:
        with os.fdopen(descriptor, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as error:
        raise ParamFileError(f"cannot read the file {name!r}: {error.strerror}") from None
    if len(data) > max_bytes:
        raise FileTooLargeError(
            f"the file {name!r} is larger than {max_bytes} bytes, the limit for files read"
        )
    return data


class _NoFiles(FileResolver):
    """The policy that reads nothing."""

    # Said to whoever typed the value, often the user of a tool built on the library:
    # what the tool does, not the files= argument its author could pass (that is in the docs).
    def read(self, value: str) -> str | bytes:
        raise ParamFileError(
            f"this tool does not read files: give the value itself, not a "
            f"{value.split('//', 1)[0]}// name (file loading is off)"
        )

    def existing_file(self, raw_path: str) -> str | None:
        raise ParamFileError(
            "this tool does not read files, and a streamed body names one (file loading is off)"
        )

    def writable_path(self, raw_path: str) -> str | None:
        raise ParamFileError(
            "this tool does not write or look at files, and this option names one to write "
            "(file loading is off)"
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
