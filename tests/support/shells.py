"""Type a line into a real interactive shell on a pseudo-terminal, press TAB, run it.

The shell is bash or zsh, started without the user's files; ``aws`` and
``ec2shorthand`` are shell functions that print each argument they get as
``<ARG>`` on a line of its own, so what the completion put on the line is
read back exactly as the command would have received it. Input is handed
over at once: the shell reads it key by key, finishing a completion before it
reads the next key. The child is waited for with a hang guard only.
"""

from __future__ import annotations

import os
import pty
import re
import select
import shutil
import signal

__all__ = ["ShellMissing", "type_and_run"]

_HANG_GUARD = 120  # seconds of silence: a shell quiet that long is stuck
_ARGUMENT = re.compile(r"^<(.*)>\r?$", re.MULTILINE)

_STARTS = {
    "bash": ["bash", "--norc", "--noprofile", "-i"],
    "zsh": ["zsh", "-f", "-i"],
}
_ECHO_ARGUMENTS = "{name}() {{ printf '<%s>\\n' \"$@\"; }}"


class ShellMissing(Exception):
    """The shell is not installed."""


def type_and_run(shell: str, script: str, keys: str, env: dict[str, str]) -> list[str]:
    """Source ``script`` in ``shell``, type ``keys`` (with ``\\t`` for TAB), press Enter.

    Returns the arguments the command received.
    """
    argv = _STARTS[shell]
    if shutil.which(argv[0]) is None:
        raise ShellMissing(argv[0])
    setup = [_ECHO_ARGUMENTS.format(name=name) for name in ("aws", "ec2shorthand")]
    setup.append(script)
    typed = "\n".join(setup) + "\n" + keys + "\nexit\n"
    pid, fd = pty.fork()
    if pid == 0:  # the child: the shell (never the test run going on twice)
        try:
            os.execvpe(argv[0], argv, env)
        finally:
            os._exit(127)
    output = _talk(fd, pid, typed.encode())
    return _ARGUMENT.findall(output.decode("utf-8", "replace"))


def _talk(fd: int, pid: int, typed: bytes) -> bytes:
    received = b""
    os.write(fd, typed)
    quiet = 0  # seconds in a row with nothing from the shell: a hang guard, not a measure
    while quiet < _HANG_GUARD:
        ready, _, _ = select.select([fd], [], [], 1.0)
        if not ready:
            if os.waitpid(pid, os.WNOHANG)[0]:
                return received
            quiet += 1
            continue
        quiet = 0
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the shell exited and the terminal closed
            break
        if not chunk:
            break
        received += chunk
    else:
        os.kill(pid, signal.SIGKILL)
        raise AssertionError(f"the shell said nothing for {_HANG_GUARD} s:\n{received!r}")
    os.waitpid(pid, 0)
    return received
