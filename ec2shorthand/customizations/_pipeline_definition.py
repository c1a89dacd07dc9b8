"""A Data Pipeline definition file in the API's terms: objects, parameters, values.

The definition format (``{"objects": [...], "parameters": [...], "values":
{...}}``) is the one the console exports; the API wants each object as an
``id``, a ``name`` and a list of ``fields``. The AWS CLI's ``datapipeline``
customization translates, and this does the same:

- every key of an object but ``id`` and ``name`` becomes a field, in key
  order; a list gives one field per item; ``{"ref": ID}`` gives a
  ``refValue``, anything else a ``stringValue`` (taken as it is);
- a parameter's keys but ``id`` become its ``attributes``, the same way;
- each value (or each item of a list value) becomes ``{"id", "stringValue"}``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from .._core.errors import ShorthandError

__all__ = ["api_objects", "api_parameters", "api_values"]


def api_objects(definition: Any) -> list[dict[str, Any]]:
    """The definition's ``objects`` as the API's pipeline objects."""
    if not isinstance(definition, dict) or "objects" not in definition:
        raise ShorthandError('the pipeline definition has no "objects"')
    objects = []
    for element in _items(definition["objects"], "objects"):
        rest = dict(element)
        if "id" not in rest:
            raise ShorthandError(f'an object of the pipeline definition has no "id": {_json(rest)}')
        identifier = rest.pop("id")
        name = rest.pop("name", identifier)
        objects.append({"id": identifier, "name": name, "fields": _fields(rest)})
    return objects


def api_parameters(definition: Any) -> list[dict[str, Any]] | None:
    """The definition's ``parameters`` as the API's parameter objects (None without any)."""
    if not isinstance(definition, dict) or "parameters" not in definition:
        return None
    parameters = []
    for element in _items(definition["parameters"], "parameters"):
        rest = dict(element)
        if "id" not in rest:
            raise ShorthandError(f'a parameter of the definition has no "id": {_json(rest)}')
        identifier = rest.pop("id")
        parameters.append({"id": identifier, "attributes": _fields(rest)})
    return parameters


def api_values(definition: Any) -> list[dict[str, Any]] | None:
    """The definition's ``values`` as the API's parameter values (None without any)."""
    if not isinstance(definition, dict) or "values" not in definition:
        return None
    values = definition["values"]
    if not isinstance(values, dict):
        raise ShorthandError(f'"values" must be an object of parameter values, not {_json(values)}')
    return [
        {"id": key, "stringValue": item}
        for key, value in values.items()
        for item in (value if isinstance(value, list) else [value])
    ]


def _items(elements: Any, key: str) -> Iterable[dict[str, Any]]:
    if not isinstance(elements, list) or not all(isinstance(e, dict) for e in elements):
        raise ShorthandError(f'"{key}" must be a list of objects, not {_json(elements)}')
    return elements


def _fields(element: dict[str, Any]) -> list[dict[str, Any]]:
    fields = []
    for key in sorted(element):
        value = element[key]
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict) and list(item) == ["ref"]:
                fields.append({"key": key, "refValue": item["ref"]})
            else:
                fields.append({"key": key, "stringValue": item})
    return fields


def _json(value: Any) -> str:
    return json.dumps(value, default=str)[:200]
