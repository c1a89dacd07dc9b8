"""The AWS CLI's customizations, one module each, registered on import.

Importing this package registers every customization with
``ec2shorthand._awscli.customize``; the order of the imports below is the
order in which they change an argument table (the AWS CLI's registration
order), so options appear where the AWS CLI shows them.
"""

from . import cli_input, ec2_secgroup, skeleton_option  # noqa: F401  (registering)
