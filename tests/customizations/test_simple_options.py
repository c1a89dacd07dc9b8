"""Structures said with simple options: cloudsearch, put-metric-data, send-email, rds --options."""

from __future__ import annotations

import decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stage_one import StageOne, assert_same_as_cli

from ec2shorthand import CommandLineError, ShorthandError, parse_command
from ec2shorthand.customizations._commas import split_on_commas


def _parse(service: str, operation: str, *argv: str) -> dict[str, object]:
    return parse_command(operation, list(argv), service=service, validate=False)


def test_index_field_options_go_into_the_options_of_its_type() -> None:
    params = _parse(
        "cloudsearch",
        "define-index-field",
        *("--domain-name", "d", "--name", "n", "--type", "INT", "--default-value", "5"),
        *("--facet-enabled", "yes", "--sort-enabled", "FALSE"),
    )
    assert params["IndexField"] == {
        "IndexFieldName": "n",
        "IndexFieldType": "INT",
        "IntOptions": {"DefaultValue": 5, "FacetEnabled": True, "SortEnabled": False},
    }
    latlon = _parse(
        "cloudsearch",
        "define-index-field",
        "--domain-name",
        "d",
        "--name",
        "n",
        "--type",
        "latlon",
        "--source-field",
        "s",
    )
    assert latlon["IndexField"]["LatLonOptions"] == {"SourceField": "s"}  # type: ignore[index]


def test_index_field_options_need_the_type() -> None:
    with pytest.raises(ShorthandError, match="needs --type"):
        _parse(
            "cloudsearch",
            "define-index-field",
            "--domain-name",
            "d",
            "--default-value",
            "1",
            "--cli-input-json",
            "{}",
        )


def test_expression_is_two_options() -> None:
    params = _parse(
        "cloudsearch",
        "define-expression",
        "--domain-name",
        "d",
        "--name",
        "n",
        "--expression",
        "a+b",
    )
    assert params["Expression"] == {"ExpressionValue": "a+b", "ExpressionName": "n"}


def test_metric_options_build_the_first_metric_with_exact_decimals() -> None:
    params = _parse(
        "cloudwatch",
        "put-metric-data",
        "--namespace",
        "n",
        "--metric-name",
        "m",
        "--value",
        "1.10",
        "--statistic-values",
        "Sum=2.50,Minimum=1",
        "--dimensions",
        'A="x,y",B=z',
        "--storage-resolution",
        "1",
    )
    assert params["MetricData"] == [
        {
            "MetricName": "m",
            "Value": decimal.Decimal("1.10"),
            "StatisticValues": {"Sum": decimal.Decimal("2.50"), "Minimum": decimal.Decimal(1)},
            "Dimensions": [{"Name": "A", "Value": "x,y"}, {"Name": "B", "Value": "z"}],
            "StorageResolution": 1,
        }
    ]


def test_metric_options_do_not_mix_with_metric_data_but_storage_resolution_does() -> None:
    with pytest.raises(CommandLineError, match="--unit: cannot be given with --metric-data"):
        _parse(
            "cloudwatch",
            "put-metric-data",
            "--namespace",
            "n",
            "--metric-data",
            "MetricName=m",
            "--unit",
            "",
        )
    params = _parse(
        "cloudwatch",
        "put-metric-data",
        "--namespace",
        "n",
        "--metric-data",
        "MetricName=m",
        "--storage-resolution",
        "1",
    )
    assert params["MetricData"] == [{"MetricName": "m", "StorageResolution": 1}]


def test_send_email_options() -> None:
    params = _parse(
        "ses",
        "send-email",
        "--from",
        "a@b",
        "--to",
        "x@y",
        "z@w",
        "--text",
        "t",
        "--subject",
        "",
    )
    assert params == {
        "Source": "a@b",
        "Destination": {"ToAddresses": ["x@y", "z@w"]},
        "Message": {"Subject": {}, "Body": {"Text": {"Data": "t"}}},
    }
    with pytest.raises(CommandLineError, match="--to: expected one value or more"):
        _parse("ses", "send-email", "--from", "a@b", "--to")
    with pytest.raises(CommandLineError, match="--html: cannot be given with --message"):
        _parse("ses", "send-email", "--from", "a@b", "--message", "{}", "--html", "h")


def test_option_group_lists_are_called_options() -> None:
    params = _parse(
        "rds",
        "remove-option-from-option-group",
        "--option-group-name",
        "g",
        "--options",
        "OEM",
        "APEX",
    )
    assert params == {"OptionGroupName": "g", "OptionsToRemove": ["OEM", "APEX"]}
    with pytest.raises(CommandLineError, match="unknown option"):
        _parse(
            "rds",
            "add-option-to-option-group",
            "--option-group-name",
            "g",
            "--options-to-remove",
            "OEM",
        )


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=list("ab=,\"'[]\\ \n"), max_size=14))
def test_commas_split_as_the_aws_cli_splits_them(text: str) -> None:
    pytest.importorskip("awscli")
    from awscli.utils import split_on_commas as theirs

    try:
        expected = theirs(text)
    except Exception:  # the AWS CLI fails on it (a ValueError, or an IndexError)
        with pytest.raises(ShorthandError):
            split_on_commas(text)
    else:
        assert split_on_commas(text) == expected


@pytest.mark.parametrize(
    ("service", "operation", "argv"),
    [
        (
            "cloudsearch",
            "define-expression",
            ["--domain-name", "d", "--name", "n", "--expression", "a+b"],
        ),
        ("cloudsearch", "define-expression", ["--domain-name", "d", "--expression", "a"]),
        (
            "cloudsearch",
            "define-index-field",
            [
                "--domain-name",
                "d",
                "--name",
                "n",
                "--type",
                "text",
                "--default-value",
                "5",
                "--highlight-enabled",
                "true",
                "--analysis-scheme",
                "s",
            ],
        ),
        (
            "cloudsearch",
            "define-index-field",
            [
                "--domain-name",
                "d",
                "--name",
                "n",
                "--type",
                "double-ARRAY",
                "--default-value",
                "1e3",
                "--return-enabled",
                "no",
            ],
        ),
        (
            "cloudsearch",
            "define-index-field",
            ["--domain-name", "d", "--name", "n", "--type", "int-array", "--default-value", "x"],
        ),
        (
            "cloudsearch",
            "define-index-field",
            ["--domain-name", "d", "--name", "n", "--type", "int", "--index-field", "x"],
        ),
        (
            "cloudsearch",
            "define-index-field",
            ["--domain-name", "d", "--name", "n", "--type", "latlon", "--facet-enabled", "False"],
        ),
        (
            "cloudwatch",
            "put-metric-data",
            [
                "--namespace",
                "n",
                "--metric-name",
                "m",
                "--value",
                "1e400",
                "--timestamp",
                "yesterday",
                "--unit",
                "Bytes",
            ],
        ),
        ("cloudwatch", "put-metric-data", ["--namespace", "n", "--value", "abc"]),
        ("cloudwatch", "put-metric-data", ["--namespace", "n", "--dimensions", "a"]),
        ("cloudwatch", "put-metric-data", ["--namespace", "n", "--dimensions", "a=b=c"]),
        ("cloudwatch", "put-metric-data", ["--namespace", "n", "--dimensions", "A=x\\,y,B=z"]),
        ("cloudwatch", "put-metric-data", ["--namespace", "n", "--dimensions", "A='x"]),
        (
            "cloudwatch",
            "put-metric-data",
            ["--namespace", "n", "--statistic-values", "SampleCount=3,Sum=1.5,Minimum=0,Maximum=1"],
        ),
        (
            "cloudwatch",
            "put-metric-data",
            [
                "--namespace",
                "n",
                "--metric-data",
                "MetricName=x,Value=1",
                "--storage-resolution",
                "1",
            ],
        ),
        (
            "cloudwatch",
            "put-metric-data",
            ["--namespace", "n", "--metric-data", "MetricName=x", "--value", "1"],
        ),
        (
            "cloudwatch",
            "put-metric-data",
            ["--namespace", "n", "--metric-name", "m", "--metric-data", "MetricName=x"],
        ),
        ("cloudwatch", "put-metric-data", ["--namespace", "n"]),
        (
            "ses",
            "send-email",
            [
                "--from",
                "a@b",
                "--to",
                "x@y",
                "z@w",
                "--cc",
                "c@d",
                "--bcc",
                "e@f",
                "--subject",
                "s",
                "--text",
                "t",
                "--html",
                "h",
            ],
        ),
        (
            "ses",
            "send-email",
            ["--from", "a@b", "--message", "Body={Text={Data=x}}", "--subject", "s"],
        ),
        ("ses", "send-email", ["--from", "a@b", "--message", "{}", "--subject", "s"]),
        ("ses", "send-email", ["--from", "a@b", "--to"]),
        ("ses", "send-email", ["--from", "a@b", "--destination", "ToAddresses=x", "--cc", ""]),
        ("ses", "send-email", ["--from", "a@b", "--html", "", "--text", "t"]),
        ("ses", "send-email", ["--source", "a@b"]),
        (
            "rds",
            "add-option-to-option-group",
            ["--option-group-name", "g", "--options", "OptionName=a", "--apply-immediately"],
        ),
        ("rds", "add-option-to-option-group", ["--option-group-name", "g", "--options-to-i", "x"]),
        ("rds", "remove-option-from-option-group", ["--option-group-name", "g", "--options", "a"]),
        ("rds", "modify-option-group", ["--option-group-name", "g"]),
    ],
)
def test_as_the_aws_cli(cli: StageOne, service: str, operation: str, argv: list[str]) -> None:
    assert_same_as_cli(cli, service, operation, argv)


def test_the_command_line_tool_prints_exact_decimals_as_numbers() -> None:
    import io
    import json

    from ec2shorthand._cli import run

    out, err = io.StringIO(), io.StringIO()
    argv = [
        "parse",
        "aws",
        "cloudwatch",
        "put-metric-data",
        "--namespace",
        "n",
        "--metric-name",
        "m",
        "--value",
        "1.25",
        "--storage-resolution",
        "1",
    ]
    assert run(argv, out, err, io.StringIO()) == 0, err.getvalue()
    metric = json.loads(out.getvalue())["MetricData"][0]
    assert metric == {"MetricName": "m", "Value": 1.25, "StorageResolution": 1}
