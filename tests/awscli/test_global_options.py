"""--query and --endpoint-url: refused where the AWS CLI refuses them, with the place shown."""

from __future__ import annotations

import pytest

pytest.importorskip("awscli")

import oracle

from ec2shorthand import CommandLineError, parse_command

QUERIES = {
    "Reservations[0].Instances[*].InstanceId": None,
    "Reservations[0": ("it ends before the expression is complete", 14),
    "a..b": ("unexpected '.'", 2),
    "foo[?x==]": ("unexpected ']'", 8),
    "`bad": ("Unclosed ` delimiter", 0),
}
ENDPOINTS = {
    "http://localhost:4566": None,
    "https://ec2.eu-west-1.amazonaws.com": None,
    "localhost:4566": "the URL has no scheme",
    "http://[::1": "not a URL",
    "http://[::1]:4566": None,
    "http://[nothost]": "not a URL",
    "ftp://x": None,  # botocore checks the host, not the scheme
    "http://localhost.": None,
    "http://user@host": None,
    "http://": "the URL has no host",
    "http://-bad-.com": "is not a host name",
    "http://a_b.com": "is not a host name",
    "http://x..y": "is not a host name",
    "http://%41.com": "is not a host name",
    "//host": "the URL has no scheme",
}


def _outcome(argv: list[str]) -> CommandLineError | None:
    try:
        parse_command("describe-instances", argv)
    except CommandLineError as error:
        return error
    return None


@pytest.mark.parametrize("query", QUERIES)
def test_a_query_is_read_as_the_aws_cli_reads_it(query: str) -> None:
    error = _outcome(["--query", query])
    theirs = oracle.aws_request("describe-instances", ["--query", query])
    assert (error is None) == theirs.accepted
    if error is not None:
        problem, column = QUERIES[query]  # type: ignore[misc]
        assert error.msg == f"--query: not a JMESPath expression: {problem}"
        assert (error.doc, error.pos, error.location.item) == (query, column, 1)  # type: ignore[union-attr]
        assert "\n" not in error.msg


@pytest.mark.parametrize("url", ENDPOINTS)
def test_an_endpoint_is_read_as_the_aws_cli_reads_it(url: str) -> None:
    error = _outcome(["--endpoint-url", url])
    assert (error is None) == oracle.aws_request(
        "describe-instances", ["--endpoint-url", url]
    ).accepted
    if error is not None:
        assert str(ENDPOINTS[url]) in error.msg and error.doc == url
