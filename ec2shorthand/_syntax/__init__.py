"""The syntax layer: shorthand text to an untyped tree and back, with positions.

Nothing here knows a schema or an AWS operation.
"""
