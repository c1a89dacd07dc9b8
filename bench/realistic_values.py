"""Shorthand values as people write them, for the parser benchmark.

Quoted descriptions (both quote kinds), escapes, bare lists, nested lists and
structures, maps, and non-ASCII text: the inputs of real scripts and docs,
not only the fast cases. Every value is checked to parse the same with the
AWS CLI before it is timed.
"""

from __future__ import annotations

# The reference page's "Shorthand Syntax" line for --ip-permissions with every key and
# both entries of each list, values filled in, descriptions quoted as people write them.
_PAIR = (
    '{{Description="{what}",GroupId=sg-0123456789abcdef{n},GroupName=web-{n},'
    "PeeringStatus=active,UserId=123456789012,VpcId=vpc-1a2b3c4{n},"
    "VpcPeeringConnectionId=pcx-1a2b3c4{n}}}"
)
SYNTAX_LINE_QUOTED = ",".join(
    [
        "FromPort=22",
        "IpProtocol=tcp",
        'IpRanges=[{CidrIp=203.0.113.0/24,Description="SSH from office"},'
        '{CidrIp=198.51.100.0/24,Description="VPN users"}]',
        'Ipv6Ranges=[{CidrIpv6=2001:db8::/32,Description="SSH over v6"},'
        '{CidrIpv6=2001:db8:1::/48,Description="lab, v6"}]',
        'PrefixListIds=[{Description="S3 endpoints",PrefixListId=pl-63a5400a},'
        '{Description="DynamoDB",PrefixListId=pl-02cd2c6b}]',
        "ToPort=22",
        "UserIdGroupPairs=["
        + _PAIR.format(what="web tier", n=0)
        + ","
        + _PAIR.format(what="jump hosts", n=1)
        + "]",
    ]
)

# The three, then the rest.
SEED_ICMP = "IpProtocol=icmp,FromPort=3,ToPort=4,IpRanges=[{CidrIp=0.0.0.0/0}]"
TCP_QUOTED = 'IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=203.0.113.0/24,Description="SSH from office"}]'  # noqa: E501

VALUES: dict[str, str] = {
    "seed Example 2 (icmp)": SEED_ICMP,
    "tcp, quoted description": TCP_QUOTED,
    "Shorthand Syntax line, quoted": SYNTAX_LINE_QUOTED,
    "filter, bare list": "Name=tag:Env,Values=prod,staging,dev",
    "filter, one value": "Name=instance-state-name,Values=running",
    "tag, double quotes": 'Key=Name,Value="web server 01"',
    "tag, escaped single quote": "Key=Owner,Value='Jane O\\'Brien'",
    "tag, quotes inside quotes": "Key=Note,Value='He said \"hi\"'",
    "tag, non-ASCII": 'Key=Name,Value="café ☕ 東京"',
    "escaped comma": "Key=Path,Value=a\\,b\\,c",
    "block device mapping": (
        "DeviceName=/dev/sdh,Ebs={VolumeSize=100,VolumeType=gp3,DeleteOnTermination=true}"
    ),
    "tag specification": (
        'ResourceType=instance,Tags=[{Key=Name,Value=web},{Key=Env,Value="prod 1"}]'
    ),
    "map of strings": 'Variables={STAGE=prod,GREETING="hello, world",EMPTY=""}',
    "launch template": "LaunchTemplateId=lt-0abcd1234efgh5678,Version='$Latest'",
    "nested list": "Name=ports,Values=[80,443,8080]",
    "udp, two ranges": (
        'IpProtocol=udp,FromPort=53,ToPort=53,IpRanges=[{CidrIp=10.0.0.0/8,Description="DNS"},'
        '{CidrIp=172.16.0.0/12,Description="DNS, second"}]'
    ),
    "ipv6, quoted": (
        "IpProtocol=tcp,FromPort=443,ToPort=443,"
        'Ipv6Ranges=[{CidrIpv6=2001:db8::/32,Description="HTTPS over v6"}]'
    ),
    "source group, quoted": (
        "IpProtocol=tcp,FromPort=5432,ToPort=5432,"
        "UserIdGroupPairs=[{GroupId=sg-0123456789abcdef0,Description='from the app tier'}]"
    ),
    "ecs port mapping": "containerPort=80,hostPort=8080,protocol=tcp",
    "metric dimension": "Name=InstanceId,Value=i-1234567890abcdef0",
    "ten tags, quoted": "Tags=["
    + ",".join(f'{{Key=k{i},Value="value {i}"}}' for i in range(10))
    + "]",
    "spaces around separators": "Key = Name , Value = web",
    "structure in a structure": (
        "Placement={AvailabilityZone=us-east-1a,Tenancy=default},Monitoring={Enabled=true}"
    ),
}
