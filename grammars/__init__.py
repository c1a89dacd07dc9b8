"""Lark grammars for ec2shorthand (installed as ec2shorthand.grammars)."""
