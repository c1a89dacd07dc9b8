"""CloudSearch's structures said as plain options: ``define-expression``, ``define-index-field``.

The AWS CLI's ``cloudsearch`` customization (built on its ``flatten`` one):

- ``define-expression``: ``--expression`` is the expression's text
  (``Expression.ExpressionValue``) and ``--name`` its name
  (``Expression.ExpressionName``), both required;
- ``define-index-field``: ``--index-field`` is gone; ``--name`` and ``--type``
  (required) give ``IndexField.IndexFieldName`` and ``IndexFieldType``, and the
  other options one member of the options structure the type names:
  ``--type double-array --default-value 1.5`` gives
  ``IndexField.DoubleArrayOptions.DefaultValue = 1.5``.

As in the AWS CLI: the ``*-enabled`` options are true unless given ``false``
(in any case), ``--default-value`` is a number for the numeric types, no
option is checked against the type (``--type text --sort-enabled true`` is
sent as it is), and ``--type`` keeps its spelling (``INT``) while the options
structure is named from it capitalized (``IntOptions``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .._awscli.arguments import Argument, ArgumentTable
from .._awscli.argv import Given
from .._awscli.customize import register
from .._awscli.reading import Reading
from .._core.errors import ShorthandError

_EXPRESSION, _FIELD = "Expression", "IndexField"
# The index field types whose default value is a number, and how it is read.
_NUMERIC_DEFAULTS: dict[str, Callable[[Any], Any]] = {
    "Int": int,
    "IntArray": int,
    "Double": float,
    "DoubleArray": float,
}


def _as_boolean(value: Any) -> bool:
    """The AWS CLI's reading: anything but "false" (any case) is true."""
    return not (isinstance(value, str) and value.lower() == "false")


class _Member(Argument):
    """One member of the structure ``structure``, given as a plain option."""

    structure: str = ""
    key: str = ""

    def add_to_params(self, params: dict[str, Any], given: Given, reading: Reading) -> None:
        params.setdefault(self.structure, {})[self.key] = given.value
        reading.record((self.structure, self.key), given)


class _FieldOption(Argument):
    """A member of the options structure the index field's type names (``IntOptions``)."""

    key: str = ""
    boolean: bool = False

    def add_to_params(self, params: dict[str, Any], given: Given, reading: Reading) -> None:
        value = _as_boolean(given.value) if self.boolean else given.value
        field = params.setdefault(_FIELD, {})
        if "IndexFieldType" not in field:
            raise ShorthandError(f"{given.option} needs --type: the options depend on the type")
        kind = _options_kind(field["IndexFieldType"])
        if self.key == "DefaultValue" and kind in _NUMERIC_DEFAULTS:
            try:
                value = _NUMERIC_DEFAULTS[kind](value)
            except (TypeError, ValueError):
                raise ShorthandError(
                    f"{value!r} is not a number, as the default value of a {kind} field must be"
                ) from None
        field.setdefault(f"{kind}Options", {})[self.key] = value
        reading.record((_FIELD, f"{kind}Options", self.key), given)


def _options_kind(field_type: Any) -> str:
    """``double-array`` -> ``DoubleArray`` (``latlon`` -> ``LatLon``), as the AWS CLI names it."""
    if not isinstance(field_type, str):
        raise ShorthandError(f"--type must be text, not {field_type!r}")
    kind = "".join(part.capitalize() for part in field_type.split("-"))
    return "LatLon" if kind == "Latlon" else kind


def _member(name: str, structure: str, key: str, doc: str) -> _Member:
    option = _Member(name, required=True, doc=doc)
    option.structure, option.key = structure, key
    return option


def _flatten_expression(table: ArgumentTable) -> None:
    table.add(_member("expression", _EXPRESSION, "ExpressionValue", "The expression to evaluate."))
    table.add(_member("name", _EXPRESSION, "ExpressionName", "The name of the expression."))


# option: (member of the options structure, read as a boolean, help)
_FIELD_OPTIONS = {
    "default-value": ("DefaultValue", False, "The field's value when a document has none."),
    "facet-enabled": ("FacetEnabled", True, "Whether facet information can be returned."),
    "search-enabled": ("SearchEnabled", True, "Whether the field is searchable."),
    "return-enabled": ("ReturnEnabled", True, "Whether the field can be returned."),
    "sort-enabled": ("SortEnabled", True, "Whether results can be sorted by the field."),
    "source-field": ("SourceField", False, "The source field to map to this field."),
    "highlight-enabled": ("HighlightEnabled", True, "Whether highlights can be returned."),
    "analysis-scheme": ("AnalysisScheme", False, "The analysis scheme of a text field."),
}


def _flatten_index_field(table: ArgumentTable) -> None:
    table.remove("index-field")
    table.add(_member("name", _FIELD, "IndexFieldName", "The name of the index field."))
    table.add(_member("type", _FIELD, "IndexFieldType", "The type of the index field."))
    for name, (key, boolean, doc) in _FIELD_OPTIONS.items():
        option = _FieldOption(name, doc=doc, type_label="boolean" if boolean else "string")
        option.key, option.boolean = key, boolean
        table.add(option)


register("cloudsearch", "cloudsearch", ("define-expression",), arguments=_flatten_expression)
register("cloudsearch", "cloudsearch", ("define-index-field",), arguments=_flatten_index_field)
