"""What the fork oracle's parent may compute once for all its children: pure caches only.

A child must behave exactly as a freshly started ``aws`` would. So the parent
fills only caches that hold pure functions of their keys, and never runs a
command or an event handler:

* The botocore loader's ``load_data_with_path`` caches the parsed JSON of one
  data file by its path. A child that finds an entry gets exactly the value it
  would have parsed itself. The parent does nothing to those values
  (``load_service_model``, which merges "extras" files into them in place, is
  not called here); what a child does to them (``service-data-loaded``
  handlers edit models in place) happens in the child's copy of memory only.
* Its directory listings (``list_available_services``,
  ``determine_latest_version``), cached the same way.
* ``botocore.xform_name`` memoizes a pure string function in a dict.
"""

from __future__ import annotations

import contextlib
from typing import Any

__all__ = ["Prewarmer"]

_COMMON_FILES = ("endpoints", "partitions", "sdk-default-configuration", "_retry")
_SERVICE_FILES = ("service-2", "endpoint-rule-set-1", "paginators-1", "waiters-2")


class Prewarmer:
    """Pre-parses data files in the pristine driver's loader: common ones, then per service."""

    def __init__(self, session: Any) -> None:
        self._loader = session.get_component("data_loader")
        self._services: set[str] = set()
        self.warmed: list[str] = []
        for name in _COMMON_FILES:
            self._load(name)

    def service(self, name: str) -> None:
        """Pre-parse one botocore service's files, once; a name botocore has not is ignored."""
        if name in self._services:
            return
        self._services.add(name)
        from botocore import xform_name

        for type_name in _SERVICE_FILES:
            if name not in self._loader.list_available_services(type_name=type_name):
                continue
            version = self._loader.determine_latest_version(name, type_name)
            model = self._load(f"{name}/{version}/{type_name}")
            self._load(f"{name}/{version}/{type_name}.sdk-extras")
            if type_name == "service-2" and isinstance(model, dict):
                _memoize_names(xform_name, model)

    def _load(self, path: str) -> Any:
        from botocore.exceptions import DataNotFoundError

        with contextlib.suppress(DataNotFoundError):  # a file this botocore does not ship
            data, _ = self._loader.load_data_with_path(path)
            self.warmed.append(path)
            return data
        return None


def _memoize_names(xform_name: Any, model: dict[str, Any]) -> None:
    """Call ``xform_name`` on the names a command turns into CLI and Python names."""
    for operation in model.get("operations", {}):
        xform_name(operation, "-")
        xform_name(operation)
    for shape in model.get("shapes", {}).values():
        for member in shape.get("members", {}):
            xform_name(member, "-")
