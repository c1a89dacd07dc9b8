"""EC2's IP protocols: the names it takes, their numbers, and what "all" is.

One spelling for every customization that reads or checks a protocol: the
security-group options and rules, and ``protocolarg`` (network ACL entries).
"""

from __future__ import annotations

__all__ = ["ALL_PROTOCOLS", "ICMP_LIKE", "NAMED", "NUMBER_OF", "TCP_LIKE", "is_protocol_number"]

# What the AWS CLI's --protocol takes by name, and the number EC2 knows each by.
NUMBER_OF = {"tcp": "6", "udp": "17", "icmp": "1", "icmpv6": "58"}
NAMED = ("tcp", "udp", "icmp")
# "-1" is every protocol (the AWS CLI's `all` becomes it).
ALL_PROTOCOLS = "-1"
# Spellings of a protocol that has ports, by the protocol they stand for.
TCP_LIKE = {"tcp": "tcp", "6": "tcp", "udp": "udp", "17": "udp"}
# Spellings of a protocol whose "ports" are an ICMP type and code.
ICMP_LIKE = {"icmp": "icmp", "1": "icmp", "icmpv6": "icmpv6", "58": "icmpv6"}


def is_protocol_number(text: str) -> bool:
    """Whether ``text`` is written as a protocol number (digits only)."""
    return text.isascii() and text.isdigit()
