"""A progress line on stderr for a long run: ``ec2shorthand lint: 1200/6000 files``.

Only on a terminal (a log or a pipe gets none), only once the run has taken
a moment (a short run shows nothing), rewritten in place with ``\\r`` at most
a few times a second, and erased at the end so the summary line stands alone.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

__all__ = ["ProgressLine"]

# A run shorter than this shows no progress; the line is rewritten at most this often.
_DELAY = 0.5
_EVERY = 0.1
_ERASE = "\r\x1b[K"


class ProgressLine:
    """Called with (files done, files in all) as a run goes; ``close()`` erases the line."""

    def __init__(self, stream: TextIO, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._stream = stream
        self._clock = clock
        self._started = clock()
        self._shown_at: float | None = None

    @staticmethod
    def wanted(stream: TextIO) -> bool:
        """Whether ``stream`` is a terminal (a file, a pipe or a CI log gets no progress)."""
        isatty = getattr(stream, "isatty", None)
        return bool(isatty and isatty())

    def __call__(self, done: int, total: int) -> None:
        now = self._clock()
        if now - self._started < _DELAY or done >= total:
            return
        if self._shown_at is not None and now - self._shown_at < _EVERY:
            return
        self._shown_at = now
        self._stream.write(f"{_ERASE}ec2shorthand lint: {done}/{total} files")
        self._stream.flush()

    def close(self) -> None:
        if self._shown_at is not None:
            self._stream.write(_ERASE)
            self._stream.flush()
