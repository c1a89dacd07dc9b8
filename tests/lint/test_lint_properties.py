"""Any text, in any kind of file: the linter never fails, and every finding lies in the file."""

from __future__ import annotations

from hypothesis import event, given
from hypothesis import strategies as st

from ec2shorthand.lint import lint_text
from ec2shorthand.lint.extract import KINDS

# Pieces of aws commands and of the syntax around them, so that the text often holds a command.
PIECES = st.sampled_from(
    [
        "aws ",
        "ec2 ",
        "authorize-security-group-ingress ",
        "revoke-security-group-egress ",
        "s3 cp ",
        "--group-id ",
        "--ip-permissions ",
        "--protocol tcp ",
        "--port all ",
        "--cidr ",
        "IpProtocol=tcp,FromPort=22,ToPort=22,",
        "IpRanges=[{CidrIp=10.0.0.0/8,Description=x}]",
        "'",
        '"',
        "$'\\n'",
        "\\",
        "\\\n",
        "\n",
        "\t",
        " ",
        "$X",
        "${{ a }}",
        "$(",
        ")",
        "`",
        "{",
        "}",
        "[",
        "]",
        "*",
        ",",
        "#",
        "# ec2shorthand: ignore[shell]\n",
        "```sh\n",
        "```\n",
        "::\n\n    ",
        "run: |\n  ",
        "script:\n  - ",
        "\tx:\n",
        "RUN ",
        "$ ",
        "é",
        "日",
        "<<EOF\n",
    ]
)
STARTS = st.sampled_from(["", "aws ec2 authorize-security-group-ingress ", "aws s3 cp "])
TEXTS = st.builds(
    lambda start, pieces: start + "".join(pieces),
    STARTS,
    st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=40),
)


@given(text=TEXTS, kind=st.sampled_from(KINDS))
def test_the_linter_never_fails_and_findings_lie_in_the_file(text: str, kind: str) -> None:
    lines = text.split("\n")
    findings = lint_text("f", text, kind)
    event(f"findings: {min(len(findings), 3)}")
    for finding in findings:
        assert 1 <= finding.line <= finding.end_line <= len(lines)
        assert 1 <= finding.column <= len(lines[finding.line - 1]) + 1
        assert finding.end_column <= len(lines[finding.end_line - 1]) + 2
        if finding.end_line == finding.line:
            assert finding.end_column > finding.column
