"""The package's data files (grammars, schemas, the model), installed or in a source tree.

Installed, the top-level folders ``grammars/``, ``schemas/`` and ``models/``
are the packages ``ec2shorthand.grammars`` (and so on). Python started in a
source checkout imports the source ``ec2shorthand/`` instead, where those
packages do not exist: there the folders are found beside it.
"""

from __future__ import annotations

import functools
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

__all__ = ["data_folder", "open_grammar"]

_SOURCE_ROOT = Path(__file__).resolve().parent.parent


@functools.cache
def data_folder(name: str) -> Traversable:
    """The data folder ``name`` (``grammars``, ``schemas``, ``models``)."""
    try:
        return resources.files(f"ec2shorthand.{name}")
    except ModuleNotFoundError:
        folder = _SOURCE_ROOT / name
        if not folder.is_dir():  # pragma: no cover - a broken install
            raise
        return folder


def open_grammar(file_name: str) -> str:
    """The text of a grammar file."""
    return data_folder("grammars").joinpath(file_name).read_text(encoding="utf-8")
