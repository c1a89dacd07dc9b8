#!/usr/bin/env bash
# Opens the office's SSH access.
set -euo pipefail
SG="${SG:-sg-0123456789abcdef0}"

aws ec2 authorize-security-group-ingress \
    --group-id "$SG" \
    --ip-permissions IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=203.0.113.0/24,Description=office}]
