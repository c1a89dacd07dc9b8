"""Parse, validate and write the AWS CLI's shorthand syntax.

>>> from ec2shorthand import parse_shorthand
>>> parse_shorthand("IpProtocol=tcp,FromPort=22,IpRanges=[{CidrIp=10.0.0.0/8}]")
{'IpProtocol': 'tcp', 'FromPort': '22', 'IpRanges': [{'CidrIp': '10.0.0.0/8'}]}

For your own command-line tool: ``ShorthandType`` and ``add_shorthand_argument``
(argparse), ``ec2shorthand.integrations.click_type`` (click; the ``click``
extra), ``ec2shorthand.integrations.typer_option`` (typer; the ``typer``
extra), ``syntax_docs`` (help for any schema) and ``member_schema`` (an AWS
operation's member as a schema of its own). No file is read unless a
``files=`` argument allows it.

Commands are read as the AWS CLI v2 by default; every function that reads,
checks or writes one takes ``cli_version=1`` or ``2`` (the default comes from
``EC2SHORTHAND_CLI_VERSION``, else 2).
"""

from . import customizations as _customizations  # noqa: F401  (registers the special cases)
from ._awscli.command import parse_command
from ._awscli.member_schema import member_schema
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
from ._model.schema_docs import MemberDoc, SyntaxDocs, syntax_docs
from ._model.writer import to_shorthand
from ._syntax.parse import parse_shorthand
from .integrations.argparse_type import ShorthandType, add_shorthand_argument

__all__ = [
    "CommandLineError",
    "Diagnostic",
    "DuplicateKeyError",
    "FileResolver",
    "InvalidRequestError",
    "Location",
    "MemberDoc",
    "OutOfScopeError",
    "ParamFileError",
    "ShorthandError",
    "ShorthandSyntaxError",
    "ShorthandType",
    "SyntaxDocs",
    "TypeCoercionError",
    "UnknownOperationError",
    "add_shorthand_argument",
    "coerce",
    "member_schema",
    "parse_command",
    "parse_shorthand",
    "syntax_docs",
    "to_argv",
    "to_command",
    "to_shorthand",
    "validate",
]
