"""What a value must look like: botocore's types and the CIDR formats, as predicates.

One spelling of each, shared by the compiled checks (``checks``) and the
jsonschema validator (``validate``) that checks what they do not compile.
"""

from __future__ import annotations

import decimal
import re
from collections.abc import Callable
from typing import Any

__all__ = [
    "ARTICLES",
    "FORMATS",
    "FORMAT_NAMES",
    "TYPES",
    "is_integer",
    "is_ipv4_cidr",
    "is_ipv6_cidr",
    "is_timestamp",
]


def is_integer(value: Any) -> bool:
    """botocore's integers: Python ints, never bools (nor ``22.0``)."""
    return isinstance(value, int) and not isinstance(value, bool)


TYPES: dict[str, Callable[[Any], bool]] = {
    "string": lambda value: isinstance(value, str),
    "integer": is_integer,
    # botocore also takes a Decimal (put-metric-data's values are exact decimals).
    "number": lambda value: (
        isinstance(value, int | float | decimal.Decimal) and not isinstance(value, bool)
    ),
    "boolean": lambda value: isinstance(value, bool),
    "object": lambda value: isinstance(value, dict),
    "array": lambda value: isinstance(value, list),
    "null": lambda value: value is None,
}
# How a message names each type.
ARTICLES = {
    "integer": "an integer",
    "array": "a list",
    "object": "a structure",
    "string": "a string",
    "number": "a number",
    "boolean": "a boolean",
    "null": "null",
}

_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
# The usual spelling of an IPv4 CIDR, checked by one regex: ipaddress costs 16 µs a
# value, and 40,000 CIDRs in one request happen. Anything else asks ipaddress.
_IPV4_CIDR = re.compile(rf"{_OCTET}(?:\.{_OCTET}){{3}}/(?:3[0-2]|[12][0-9]|[0-9])", re.ASCII)


def is_ipv4_cidr(value: str) -> bool:
    """An IPv4 CIDR; raises ``ValueError`` for text ipaddress cannot read."""
    # A prefix length is required; host bits may be set (AWS canonicalizes them).
    if _IPV4_CIDR.fullmatch(value) is not None:
        return True
    import ipaddress  # only for what the regex does not take (and not at import)

    return "/" in value and bool(ipaddress.IPv4Network(value, strict=False))


def is_ipv6_cidr(value: str) -> bool:
    """An IPv6 CIDR; raises ``ValueError`` for text ipaddress cannot read."""
    import ipaddress

    return "/" in value and bool(ipaddress.IPv6Network(value, strict=False))


def is_timestamp(value: str) -> bool:
    """A timestamp botocore reads before it sends: seconds since the epoch, or a date and time.

    botocore (``parse_to_aware_datetime``) takes a number of seconds, else what
    ``dateutil``'s parser reads (ISO 8601, RFC 822, and looser forms such as
    ``Jan 31 2026``), with GMT as UTC; it refuses the rest (``2026-13-45``,
    ``yesterday``, the empty string) before sending. The same parser decides here.
    """
    import datetime

    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        try:
            datetime.datetime.fromtimestamp(seconds, datetime.UTC)
            return True
        except ValueError:  # NaN: botocore then asks dateutil, which refuses it
            pass
        except (OverflowError, OSError):  # infinite or past year 9999: botocore fails
            return False
    from dateutil import parser, tz

    try:
        parsed = parser.parse(value, tzinfos={"GMT": tz.tzutc()})
        if parsed.tzinfo is not None:
            parsed.astimezone(tz.tzutc())  # an offset past a day fails here, as in botocore
    except (ValueError, OverflowError, TypeError, AttributeError):  # dateutil raises all four
        return False
    return True


FORMATS: dict[str, Callable[[str], bool]] = {
    "ipv4-cidr": is_ipv4_cidr,
    "ipv6-cidr": is_ipv6_cidr,
    "timestamp": is_timestamp,
}
# How a message names a value of each format it is not.
FORMAT_NAMES = {
    "timestamp": (
        "a timestamp botocore reads: ISO 8601 (2026-01-31 or 2026-01-31T12:00:00Z) "
        "or seconds since the epoch"
    ),
}
