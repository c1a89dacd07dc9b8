"""Find the data folders that ship inside the package, installed or in a source checkout.

Installed (wheel, sdist or editable), the top-level folders ``grammars/``,
``schemas/`` and ``models/`` are the subpackages ``ec2shorthand.grammars``,
``ec2shorthand.schemas`` and ``ec2shorthand.models``. Python started in the
root of a source checkout imports the source ``ec2shorthand/`` instead, where
those subpackages do not exist: the folders are then found beside it.
"""

from __future__ import annotations

import functools
import importlib
import tomllib
from importlib import metadata
from pathlib import Path

__all__ = ["DATA_FOLDERS", "data_folder", "open_grammar", "package_version"]

DATA_FOLDERS = ("grammars", "schemas", "models")


@functools.cache
def data_folder(name: str) -> Path:
    """The folder ``name`` (one of :data:`DATA_FOLDERS`) wherever this copy of the package has it.

    Raises:
        ValueError: ``name`` is not a data folder of the package.
        ModuleNotFoundError: the package is installed without the folder.
    """
    if name not in DATA_FOLDERS:
        raise ValueError(f"not a data folder of ec2shorthand: {name!r}")
    try:
        # The package's own folder: every install ships these as plain files (no zip
        # imports), and importlib.resources would cost a tenth of the cold start.
        package = importlib.import_module(f"{__package__}.{name}")
        return Path(next(iter(package.__path__)))
    except ModuleNotFoundError:
        source_root = Path(__file__).resolve().parent.parent
        # Only a source tree: a broken install must fail, not read some other `models/`.
        if not (source_root / "pyproject.toml").is_file():
            raise
        return source_root / name


def open_grammar(file_name: str) -> str:
    """The text of a grammar file in ``grammars/``."""
    return data_folder("grammars").joinpath(file_name).read_text(encoding="utf-8")


@functools.cache
def package_version() -> str:
    """This copy's version: its source tree's ``pyproject.toml``, else the installed metadata."""
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        project = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {})
    except (OSError, ValueError):  # installed: no pyproject.toml beside the package
        project = {}
    if project.get("name") == "ec2shorthand" and isinstance(project.get("version"), str):
        return str(project["version"])
    try:
        return metadata.version("ec2shorthand")
    except metadata.PackageNotFoundError:  # neither a source tree nor installed
        return "0+unknown"
