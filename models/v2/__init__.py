"""The AWS CLI v2's model files that differ from v1's."""
