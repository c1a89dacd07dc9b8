"""The AWS CLI's customizations, one module each, registered on import.

Importing this package registers every customization with
``ec2shorthand._awscli.customize``; the order of the imports below is the
order in which they change an argument table, check the options given and
finish a request. It is the AWS CLI's order where the order shows:

- renames first, so that later customizations see the new names;
- then the customizations of particular operations: the AWS CLI runs its
  handlers for one operation before those for every operation, so their
  options come before ``--cli-input-json``, and an ``outfile`` option they
  add is there when ``--cli-input-json`` looks for one (it is left out then);
- then those of every operation: the whole-request document, pagination
  (kinesis turns it off before pagination decides), the skeleton option;
- then the last steps of a request: EC2's default page size (after the
  whole-request document joins) and cloudsearchdomain's endpoint check;
- last, what the AWS CLI v2's client does with the finished request: it
  decodes blobs from base64 (``binary_format``).

Some apply to one version of the AWS CLI only (each says so where it
registers): v1's parameter-file exemptions, URL downloads and most hidden
aliases; v2's ``--cli-input-yaml``, ``yaml-input`` skeleton and binary format.
"""

# isort: off
from . import argrename  # noqa: F401  (registering, in this order)
from . import ec2_toplevel_bool  # noqa: F401
from . import ec2_run_instances  # noqa: F401
from . import ec2_bundle_instance  # noqa: F401
from . import ec2_password_data  # noqa: F401
from . import ec2_secgroup  # noqa: F401
from . import nested_blobs  # noqa: F401
from . import translate_files  # noqa: F401
from . import lambda_zip  # noqa: F401
from . import cloudsearch_flatten  # noqa: F401
from . import cloudwatch_metric_data  # noqa: F401
from . import ses_send_email  # noqa: F401
from . import rds_option_groups  # noqa: F401
from . import iot_outfiles  # noqa: F401
from . import iam_virtual_mfa  # noqa: F401
from . import s3_select_outfile  # noqa: F401
from . import cloudfront  # noqa: F401
from . import deploy_locations  # noqa: F401
from . import configservice_recorder  # noqa: F401
from . import datapipeline  # noqa: F401
from . import emr  # noqa: F401
from . import session_manager  # noqa: F401
from . import single_member_lists  # noqa: F401
from . import paramfile_exemptions  # noqa: F401
from . import url_values  # noqa: F401
from . import streaming_output  # noqa: F401
from . import cli_input  # noqa: F401
from . import kinesis_list_streams  # noqa: F401
from . import pagination  # noqa: F401
from . import skeleton_option  # noqa: F401
from . import ec2_page_size  # noqa: F401
from . import cloudsearchdomain_endpoint  # noqa: F401
from . import binary_format  # noqa: F401

# isort: on
