"""The AWS CLI's argument layer: argument tables, argv, option values, files, the command pipeline.

Customizations (``ec2shorthand.customizations``) plug in through
``customize``; nothing here imports them.
"""
