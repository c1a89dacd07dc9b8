"""The AWS API model of ec2shorthand (installed as ec2shorthand.models)."""
