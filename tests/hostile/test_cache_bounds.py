"""Caches stay bounded however many operations one process meets.

Every cached model, argument table, parser, check and service model was kept
for the life of the process (``functools.cache``): touching every operation
grew it by about 400 MB (883 MB in the issue's run, with more of the engine
touched). The caches keyed by operation, service or pattern now have a
``maxsize`` (``_core/caches.py``); the others take no argument or a handful
of fixed keys. Counted, not timed: cache sizes, and peak memory in a child.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterator
from typing import Any

from bounded import run_bounded

import ec2shorthand
from ec2shorthand._core.caches import OPERATIONS, SERVICES

# Unbounded caches whose keys are few and fixed (not the operations or patterns met).
FIXED_KEYS = {
    "ec2shorthand._resources.data_folder": "the three data folders' names",
    "ec2shorthand._syntax.grammar._tables_for": "one per grammar file of the package",
    "ec2shorthand._model.schemas._load": "the handful of schema files shipped",
}


def _caches() -> Iterator[tuple[str, Any]]:
    prefix = ec2shorthand.__name__ + "."
    for found in pkgutil.walk_packages(ec2shorthand.__path__, prefix):
        if found.name.endswith("__main__"):  # running it is the CLI
            continue
        module = importlib.import_module(found.name)
        for name, value in vars(module).items():
            if callable(getattr(value, "cache_info", None)) and value.__module__ == found.name:
                yield f"{found.name}.{name}", value


def test_every_cache_with_a_key_is_bounded() -> None:
    unbounded = [
        name
        for name, cached in _caches()
        if cached.cache_parameters()["maxsize"] is None
        and inspect.signature(cached).parameters
        and name not in FIXED_KEYS
    ]
    assert unbounded == []


def test_touching_hundreds_of_operations_keeps_the_caches_in_their_bounds() -> None:
    found = run_bounded(
        """
        from ec2shorthand import ShorthandError
        from ec2shorthand._awscli import arguments, checks, customize, parsers
        from ec2shorthand._awscli.command import check_command
        from ec2shorthand._model import bundled, operation
        from ec2shorthand._model.catalog import operation_names, service_names

        def touch():
            for service in service_names()[:150]:
                for name in operation_names(service)[:3]:
                    try:
                        check_command(name, [], service=service)
                    except ShorthandError:
                        pass
            caches = [operation._operation, arguments.argument_table, parsers._parser_for,
                      checks._schema_check, customize.customizations_for, bundled._service]
            return {f.__name__.lstrip("_"): f.cache_info().currsize for f in caches}
        measure(touch)
        """
    )
    assert found.outcome == "ok", found.details
    sizes = eval(found["value"])  # a dict of names to numbers, printed by the child
    assert sizes.pop("service") <= SERVICES
    assert sizes and all(size <= OPERATIONS for size in sizes.values()), sizes
    assert found.growth < 200 * 1024**2  # about 20 MB at 7f334ca, for 440 operations
