"""JSON Schemas bundled with ec2shorthand (installed as ec2shorthand.schemas)."""
