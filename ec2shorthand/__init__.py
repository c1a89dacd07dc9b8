"""Parse, validate and write the AWS CLI's shorthand syntax.

>>> from ec2shorthand import parse_shorthand
>>> parse_shorthand("IpProtocol=tcp,FromPort=22,IpRanges=[{CidrIp=10.0.0.0/8}]")
{'IpProtocol': 'tcp', 'FromPort': '22', 'IpRanges': [{'CidrIp': '10.0.0.0/8'}]}
"""

from . import customizations as _customizations  # noqa: F401  (registers the special cases)
from ._awscli.command import parse_command
from ._awscli.to_argv import to_argv, to_command
from ._awscli.validate import validate
from ._core.diagnostics import Diagnostic, InvalidRequestError
from ._core.errors import (
    CommandLineError,
    DuplicateKeyError,
    OutOfScopeError,
    ParamFileError,
    ShorthandError,
    ShorthandSyntaxError,
    TypeCoercionError,
    UnknownOperationError,
)
from ._core.files import FileResolver
from ._core.location import Location
from ._model.coerce import coerce
from ._model.writer import to_shorthand
from ._syntax.parse import parse_shorthand

__all__ = [
    "CommandLineError",
    "Diagnostic",
    "DuplicateKeyError",
    "FileResolver",
    "InvalidRequestError",
    "Location",
    "OutOfScopeError",
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
