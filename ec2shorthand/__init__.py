"""Parse, validate and write the AWS CLI's shorthand syntax.

>>> from ec2shorthand import parse_shorthand
>>> parse_shorthand("IpProtocol=tcp,FromPort=22,IpRanges=[{CidrIp=10.0.0.0/8}]")
{'IpProtocol': 'tcp', 'FromPort': '22', 'IpRanges': [{'CidrIp': '10.0.0.0/8'}]}
"""

from ._coerce import coerce
from ._command import parse_command
from ._diagnostics import Diagnostic, InvalidRequestError
from ._errors import (
    CommandLineError,
    DuplicateKeyError,
    ParamFileError,
    ShorthandError,
    ShorthandSyntaxError,
    TypeCoercionError,
    UnknownOperationError,
)
from ._shorthand import parse_shorthand
from ._to_argv import to_argv, to_command
from ._validate import validate
from ._writer import to_shorthand

__all__ = [
    "CommandLineError",
    "Diagnostic",
    "DuplicateKeyError",
    "InvalidRequestError",
    "ParamFileError",
    "ShorthandError",
    "ShorthandSyntaxError",
    "TypeCoercionError",
    "UnknownOperationError",
    "coerce",
    "parse_command",
    "parse_shorthand",
    "to_argv",
    "to_command",
    "to_shorthand",
    "validate",
]
