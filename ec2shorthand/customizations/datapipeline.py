"""Data Pipeline definitions and parameter values: put-pipeline-definition, activate-pipeline.

The AWS CLI's ``datapipeline`` customization:

- ``put-pipeline-definition``: ``--pipeline-objects`` is gone;
  ``--pipeline-definition`` (required) takes a definition file's JSON and
  gives ``pipelineObjects``, and the definition's ``parameters`` and
  ``values`` where the options below did not already give them
  (``_pipeline_definition`` translates);
- ``--parameter-objects`` takes such a JSON's ``parameters``;
- ``--parameter-values k=v ...`` (one or more; a key given again adds a
  value) and ``--parameter-values-uri`` (a JSON's ``values``) give
  ``parameterValues``; only one of them may give it, and a definition's own
  ``values`` count (as in the AWS CLI: ``--parameter-values-uri`` with a
  definition holding values is refused).

``activate-pipeline`` has the two parameter-values options.
"""

from __future__ import annotations

from typing import Any

from .._awscli.arguments import Argument, ArgumentTable, Reads
from .._awscli.argv import Given
from .._awscli.customize import register
from .._awscli.reading import Reading
from .._core.errors import ShorthandError
from .._syntax.documents import load_json
from . import _pipeline_definition as definition
from ._options import at_least_one

_VALUES = "parameterValues"


def _document(given: Given) -> Any:
    value = given.value
    text = value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
    return load_json(text)


def _refuse_second_values(params: dict[str, Any]) -> None:
    if params.get(_VALUES) is not None:
        raise ShorthandError(
            "parameter values are given twice: give --parameter-values or "
            "--parameter-values-uri (or the definition's values), one of them"
        )


class _Definition(Argument):
    def add_to_params(self, params: dict[str, Any], given: Given, reading: Reading) -> None:
        document = _document(given)
        params["pipelineObjects"] = definition.api_objects(document)
        parameters = definition.api_parameters(document)
        if "parameterObjects" not in params and parameters is not None:
            params["parameterObjects"] = parameters
        values = definition.api_values(document)
        if _VALUES not in params and values is not None:
            params[_VALUES] = values


class _ParameterObjects(Argument):
    def add_to_params(self, params: dict[str, Any], given: Given, reading: Reading) -> None:
        params["parameterObjects"] = definition.api_parameters(_document(given))


class _ValuesDocument(Argument):
    def add_to_params(self, params: dict[str, Any], given: Given, reading: Reading) -> None:
        _refuse_second_values(params)
        params[_VALUES] = definition.api_values(_document(given))


class _InlineValues(Argument):
    """``k=v ...``: split at the first ``=``; a key given again collects its values."""

    def add_to_params(self, params: dict[str, Any], given: Given, reading: Reading) -> None:
        _refuse_second_values(params)
        items = given.value
        if isinstance(items, bytes):
            raise ShorthandError(f"{given.option} takes KEY=VALUE texts, not bytes")
        values: dict[str, Any] = {}
        # A file's content stands for the list: the AWS CLI then takes it character by
        # character, as it iterates any text.
        for item in items:
            key, equals, value = item.partition("=")
            if not equals:
                raise ShorthandError(f"{item!r} is not KEY=VALUE", item, 0, end=len(item))
            if key not in values:
                values[key] = value
            elif isinstance(values[key], list):
                values[key].append(value)
            else:
                values[key] = [values[key], value]
        params[_VALUES] = definition.api_values({"values": values})
        reading.record((_VALUES,), given)


_VALUES_DOC = "Parameter values as KEY=VALUE (a key given again adds a value)."
_URI_DOC = "Parameter values as a JSON document's values (file://values.json)."


def _values_options(table: ArgumentTable) -> None:
    table.add(_InlineValues("parameter-values", reads=Reads.LIST, doc=_VALUES_DOC))
    table.add(_ValuesDocument("parameter-values-uri", doc=_URI_DOC))


def _put_definition(table: ArgumentTable) -> None:
    table.add(
        _Definition(
            "pipeline-definition",
            required=True,
            doc="The pipeline definition's JSON (file://definition.json).",
        )
    )
    table.add(
        _ParameterObjects(
            "parameter-objects", doc="Parameter objects as a JSON document's parameters."
        )
    )
    _values_options(table)
    table.remove("pipeline-objects")


def _check(reading: Reading) -> None:
    at_least_one(reading, "parameter-values")


register(
    "datapipeline",
    "datapipeline",
    ("put-pipeline-definition",),
    arguments=_put_definition,
    parsed=_check,
)
register(
    "datapipeline",
    "datapipeline",
    ("activate-pipeline",),
    arguments=_values_options,
    parsed=_check,
)
