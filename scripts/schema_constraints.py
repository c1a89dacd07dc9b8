"""The API's documented rules that JSON Schema can express, laid over the generated shapes.

botocore's model gives the shapes and types but none of the limits the EC2
documentation states. Each entry adds keywords to one member of one request
structure (``*``: the request itself), with the source it comes from. Rule
ids are those of ec2shorthand's diagnostics (``ec2shorthand/_rules.py``).

A pattern ends in ``(?![\\s\\S])`` rather than ``$``: in Python's ``re``
(which jsonschema uses), ``$`` also matches before a final newline, so
``"SSH\\n"`` would pass ``^...$``. The lookahead means end of text in both
Python and ECMA-262 regexes.
"""

from __future__ import annotations

from typing import Any

_END = r"(?![\s\S])"
# Page: "Allowed characters are a-z, A-Z, 0-9, spaces, and ._-:/()#,@[]+=;{}!$*".
# The current API reference also allows '&' (botocore's model docs), so it is allowed here.
_DESCRIPTION = {
    "maxLength": 255,
    "pattern": r"^[a-zA-Z0-9 ._\-:/()#,@\[\]+=&;{}!$*]*" + _END,
}
# AWS ids: a prefix and 8 or 17 lower-case hexadecimal digits (sg-1a2b3c4d, sg-0123456789abcdef0).
_SECURITY_GROUP_ID = {"pattern": r"^sg-(?:[0-9a-f]{8}|[0-9a-f]{17})" + _END}
_ACCOUNT_ID = {"pattern": r"^[0-9]{12}" + _END}
# tcp, udp, icmp, icmpv6, -1 or a number 0-255; `all` is accepted here (the AWS
# CLI's own example pages use it) and warned about by rule ip-protocol.all.
_IP_PROTOCOL = {
    "pattern": r"^(?:tcp|udp|icmp|icmpv6|all|-1|25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])" + _END
}
# The widest bounds of any protocol: -1 (all ICMP types or codes) to 65535.
# Which bounds apply to which protocol is a cross-field rule (ports.*, icmp.*).
_PORT = {"minimum": -1, "maximum": 65535}

# structure name -> member -> keywords to add
CONSTRAINTS: dict[str, dict[str, dict[str, Any]]] = {
    "IpRange": {"Description": _DESCRIPTION, "CidrIp": {"format": "ipv4-cidr"}},
    "Ipv6Range": {"Description": _DESCRIPTION, "CidrIpv6": {"format": "ipv6-cidr"}},
    "PrefixListId": {
        "Description": _DESCRIPTION,
        "PrefixListId": {"pattern": r"^pl-(?:[0-9a-f]{8}|[0-9a-f]{17})" + _END},
    },
    "UserIdGroupPair": {
        "Description": _DESCRIPTION,
        "GroupId": _SECURITY_GROUP_ID,
        "UserId": _ACCOUNT_ID,
    },
    "SecurityGroupRuleDescription": {"Description": _DESCRIPTION},
    "IpPermission": {"IpProtocol": _IP_PROTOCOL, "FromPort": _PORT, "ToPort": _PORT},
    "*": {
        "GroupId": _SECURITY_GROUP_ID,
        "CidrIp": {"format": "ipv4-cidr"},
        "IpProtocol": _IP_PROTOCOL,
        "FromPort": _PORT,
        "ToPort": _PORT,
        "SourceSecurityGroupOwnerId": _ACCOUNT_ID,
    },
}

# Page: "You must specify either the security group ID or the security group
# name in the request." Added where a request has both members.
ONE_GROUP = {"oneOf": [{"required": ["GroupId"]}, {"required": ["GroupName"]}]}
