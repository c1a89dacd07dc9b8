"""``cloudwatch put-metric-data``: one metric said with simple options.

The AWS CLI's ``putmetricdata`` customization. ``--metric-data`` becomes
optional, and ``--metric-name``, ``--timestamp``, ``--unit``, ``--value``,
``--dimensions``, ``--statistic-values`` and ``--storage-resolution`` each fill
one member of the first metric (``MetricData[0]``, made when the request has
none), as the AWS CLI reads them:

- ``--value`` and the statistic values are exact decimals
  (:class:`decimal.Decimal`, as the AWS CLI sends them: ``1.10`` stays
  ``Decimal('1.10')``);
- ``--dimensions InstanceID=i-1,InstanceType=m1.small`` gives
  ``[{"Name": "InstanceID", "Value": "i-1"}, ...]`` and
  ``--statistic-values Sum=10,Minimum=1,...`` a map, both split by the AWS
  CLI's older comma rules (``_commas``), each part at its one ``=``;
- ``--timestamp`` is sent as typed; ``--storage-resolution`` is an integer.

All but ``--storage-resolution`` cannot go with ``--metric-data``;
``--storage-resolution`` goes into the first metric of ``--metric-data`` too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .._awscli.arguments import Argument, ArgumentTable
from .._awscli.argv import Given
from .._awscli.customize import register
from .._awscli.reading import Reading
from .._core.errors import ShorthandError
from ._commas import split_on_commas
from ._options import exclusive

if TYPE_CHECKING:
    import decimal

_METRICS = "MetricData"


def _decimal(value: Any) -> decimal.Decimal:
    if not isinstance(value, str):
        raise ShorthandError(f"a number is text, not {value!r}")
    import decimal  # only for put-metric-data's --value and --statistic-values

    try:
        return decimal.Decimal(value)
    except decimal.InvalidOperation:
        raise ShorthandError(f"{value!r} is not a number", value, 0, end=len(value)) from None


def _integer(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ShorthandError(f"{value!r} is not an integer") from None


def _pairs(value: Any) -> list[tuple[str, str]]:
    """``A=1,B=2`` as ``[("A", "1"), ("B", "2")]``: every part holds exactly one ``=``."""
    if not isinstance(value, str):
        raise ShorthandError(f"expected NAME=VALUE pairs, not {value!r}")
    pairs = []
    for part in split_on_commas(value):
        name, equals, rest = part.partition("=")
        if not equals or "=" in rest:
            raise ShorthandError(
                f"{part!r} is not NAME=VALUE (one '=' in each comma-separated part)",
                value,
                0,
                end=len(value),
            )
        pairs.append((name, rest))
    return pairs


def _dimensions(value: Any) -> list[dict[str, str]]:
    return [{"Name": name, "Value": text} for name, text in _pairs(value)]


def _statistics(value: Any) -> dict[str, decimal.Decimal]:
    return {name: _decimal(text) for name, text in _pairs(value)}


def _text(value: Any) -> Any:
    return value


# option: (member of the metric, how its value is read, help)
_OPTIONS: dict[str, tuple[str, Callable[[Any], Any], str]] = {
    "metric-name": ("MetricName", _text, "The name of the metric."),
    "timestamp": ("Timestamp", _text, "When the metric was measured (default: when received)."),
    "unit": ("Unit", _text, "The unit of the metric."),
    "value": ("Value", _decimal, "The value of the metric."),
    "dimensions": ("Dimensions", _dimensions, "The metric's dimensions: Name=Value,..."),
    "statistic-values": (
        "StatisticValues",
        _statistics,
        "Statistics of the metric: SampleCount=N,Sum=N,Minimum=N,Maximum=N.",
    ),
    "storage-resolution": ("StorageResolution", _integer, "1 for high resolution, else 60."),
}
_EXCLUSIVE = tuple(name for name in _OPTIONS if name != "storage-resolution")


class _MetricOption(Argument):
    """One member of the first metric."""

    key: str = ""
    read: Callable[[Any], Any] = staticmethod(_text)

    def add_to_params(self, params: dict[str, Any], given: Given, reading: Reading) -> None:
        value = self.read(given.value)
        metrics = params.setdefault(_METRICS, [{}])
        if not (isinstance(metrics, list) and metrics and isinstance(metrics[0], dict)):
            raise ShorthandError(f"--metric-data gives no first metric to put {self.key} in")
        metrics[0][self.key] = value
        reading.record((_METRICS, 0, self.key), given)


def _add_options(table: ArgumentTable) -> None:
    metric_data = table.get("metric-data")
    if metric_data is not None:
        metric_data.required = False
    for name, (key, read, doc) in _OPTIONS.items():
        option = _MetricOption(name, doc=doc)
        option.key, option.read = key, read
        table.add(option)


def _check(reading: Reading) -> None:
    exclusive(reading, ("metric-data",), _EXCLUSIVE)


register(
    "putmetricdata",
    "cloudwatch",
    ("put-metric-data",),
    arguments=_add_options,
    parsed=_check,
)
