"""``ec2shorthand migrate``: where a command means something else to the AWS CLI v2 than to v1.

Each ``aws`` command is read twice, as the AWS CLI v1 and as v2 reads it,
through the same pipeline; a rule (``migrate.*``, :mod:`.rules`) names each
difference, says what each version does, and, where the repair is proven,
carries the edits that make v2 do what v1 did.
"""
