"""The AWS CLI's customizations, one module each, registered on import.

Importing this package registers every customization with
``ec2shorthand._awscli.customize``; the order of the imports below is the
order in which they change an argument table and finish a request (the AWS
CLI's order), so options appear where the AWS CLI shows them and, say, a
whole-request document joins before EC2's default page size is decided.
"""

from . import (  # noqa: F401  (registering)
    argrename,
    cli_input,
    ec2_page_size,
    ec2_secgroup,
    pagination,
    paramfile_exemptions,
    single_member_lists,
    skeleton_option,
    streaming_output,
)
