"""Requests of customized operations back to command lines that send them, and stage-2 leftovers."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stage_one import StageOne, assert_same_as_cli

from ec2shorthand import ShorthandError, parse_command, to_argv

FEW = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("service", "operation", "request_"),
    [
        # Members whose options a customization removed: said in --cli-input-json.
        (
            "rds",
            "add-option-to-option-group",
            {
                "OptionGroupName": "g",
                "OptionsToInclude": [{"OptionName": "a"}],
                "OptionsToRemove": ["b"],
            },
        ),
        (
            "cloudsearch",
            "define-index-field",
            {
                "DomainName": "movies",
                "IndexField": {"IndexFieldName": "n", "IndexFieldType": "int"},
            },
        ),
        (
            "datapipeline",
            "put-pipeline-definition",
            {"pipelineId": "df-1", "pipelineObjects": [{"id": "a", "name": "a", "fields": []}]},
        ),
        ("emr", "list-clusters", {"ClusterStates": ["RUNNING"], "CreatedAfter": "2020"}),
        # Members customizations' options say: --count, --x / --no-x.
        ("ec2", "run-instances", {"ImageId": "ami-1", "MinCount": 1, "MaxCount": 3}),
        (
            "ec2",
            "modify-instance-attribute",
            {
                "InstanceId": "i-1",
                "EbsOptimized": {"Value": True},
                "SourceDestCheck": {"Value": False},
            },
        ),
        (
            "ses",
            "send-email",
            {
                "Source": "a@b",
                "Destination": {"ToAddresses": ["x@y"]},
                "Message": {"Subject": {"Data": "s"}, "Body": {"Text": {"Data": "t"}}},
            },
        ),
    ],
)
def test_requests_read_back_from_their_command_lines(
    service: str, operation: str, request_: dict[str, Any]
) -> None:
    argv = to_argv(operation, request_, service=service)
    assert parse_command(operation, argv, service=service, validate=False) == request_


def test_flags_and_count_are_written_as_such() -> None:
    argv = to_argv(
        "modify-instance-attribute",
        {"InstanceId": "i-1", "EbsOptimized": {"Value": True}, "EnaSupport": {"Value": False}},
    )
    assert argv.count("--ebs-optimized") == 1 and argv.count("--no-ena-support") == 1
    assert "--cli-input-json" not in argv
    assert to_argv("run-instances", {"MinCount": 2, "MaxCount": 2}) == ["--count=2"]


def test_requests_with_exact_decimals_have_no_command_line() -> None:
    params = parse_command(
        "put-metric-data",
        ["--namespace", "n", "--metric-name", "m", "--value", "1.5"],
        service="cloudwatch",
    )
    with pytest.raises(ShorthandError, match="exact decimals"):
        to_argv("put-metric-data", params, service="cloudwatch")


def test_protocol_names_stay_as_typed_in_the_request(cli: StageOne) -> None:
    # The AWS CLI's protocolarg turns tcp into "6" just before sending, not in the
    # request it builds: nothing to do at this step.
    argv = [
        "--network-acl-id",
        "acl-1",
        "--rule-number",
        "100",
        "--protocol",
        "tcp",
        "--rule-action",
        "allow",
        "--ingress",
        "--cidr-block",
        "10.0.0.0/8",
    ]
    params = assert_same_as_cli(cli, "ec2", "create-network-acl-entry", argv)
    assert params["Protocol"] == "tcp"


_COUNTS = st.text(alphabet=list("0123:_- x٣"), max_size=6)


@FEW
@given(_COUNTS)
def test_any_count_text_reads_as_the_aws_cli_reads_it(cli: StageOne, text: str) -> None:
    assert_same_as_cli(cli, "ec2", "run-instances", ["--image-id", "a", f"--count={text}"])


_PAIRS = st.lists(
    st.tuples(st.text("ab", min_size=1, max_size=2), st.text("12.x", min_size=1, max_size=3)),
    max_size=3,
).map(lambda pairs: ",".join(f"{k}={v}" for k, v in pairs))


@FEW
@given(_PAIRS, st.sampled_from(["--dimensions", "--statistic-values"]))
def test_metric_pairs_read_as_the_aws_cli_reads_them(
    cli: StageOne, pairs: str, option: str
) -> None:
    argv = ["--namespace", "n", f"{option}={pairs}"]
    assert_same_as_cli(cli, "cloudwatch", "put-metric-data", argv)


@FEW
@given(
    st.sampled_from(["Value=true", "Value=FALSE", "Value=x", "true", "", '{"Value":false}']),
    st.booleans(),
)
def test_any_bool_value_reads_as_the_aws_cli_reads_it(
    cli: StageOne, value: str, negative: bool
) -> None:
    argv = ["--vpc-id", "v", f"--enable-dns-support={value}"]
    if negative:
        argv.append("--no-enable-dns-support")
    assert_same_as_cli(cli, "ec2", "modify-vpc-attribute", argv)
