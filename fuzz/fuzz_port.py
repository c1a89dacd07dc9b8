"""Fuzz the ``--port`` grammar (``parse_port``), alone and through ``parse_command``.

Run: ``python fuzz/fuzz_port.py [-atheris_runs=N] [libFuzzer flags]``.

Checked for every input, beyond ``_harness.guarded``'s rules: a value read is
two integers; an error points inside the text; the same text read through
``authorize-security-group-ingress --port`` gives the same range (or an error).
"""

from __future__ import annotations

import sys

from _harness import BadError, guarded, instrumented, run

with instrumented(__name__):
    import lark  # noqa: F401  (instrumented with the package)

    from ec2shorthand import parse_command
    from ec2shorthand.customizations.ec2_port import parse_port

TARGET = "port"
_GROUP = ["--group-id", "sg-1a2b3c4d", "--protocol", "tcp", "--cidr", "10.0.0.0/8"]


def one_input(data: bytes) -> None:
    """Read ``data`` (UTF-8, bad bytes replaced) as a --port value."""
    text = data.decode("utf-8", "replace")
    ports, _ = guarded(lambda: parse_port(text), needs_position=True)
    if ports is not None and not (
        isinstance(ports, tuple) and len(ports) == 2 and all(type(p) is int for p in ports)
    ):
        raise BadError(f"not a pair of integers: {ports!r:.300}")
    # Through the command line: "--port=TEXT" keeps a value starting with '-' a value.
    request, _ = guarded(
        lambda: parse_command(
            "authorize-security-group-ingress",
            [*_GROUP, f"--port={text}"],
            validate=False,
            files=None,
        )
    )
    if ports is not None and request is not None:
        permission = request["IpPermissions"][0]
        if (permission.get("FromPort"), permission.get("ToPort")) != ports:
            raise BadError(f"--port {text!r} gave {permission!r}, parse_port {ports!r}")


SEEDS = [b"22", b"22-25", b"3--1", b"all", b"-1"]

if __name__ == "__main__":
    run(TARGET, one_input, SEEDS, dictionary="port.dict")
    sys.exit(0)
