"""What a newcomer types wrong: --version, a misspelt subcommand or option, an unknown member."""

from __future__ import annotations

import io
import re
import tomllib
from pathlib import Path

from ec2shorthand._cli import run
from ec2shorthand._model.bundled import source_versions

ROOT = Path(__file__).resolve().parents[2]


def _run(argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    code = run(argv, stdout, stderr, io.StringIO(stdin))
    return code, stdout.getvalue(), stderr.getvalue()


def test_version_prints_the_package_and_the_model_versions() -> None:
    code, out, err = _run(["--version"])
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    (v1, v1_botocore), (v2, v2_botocore) = source_versions(1), source_versions(2)
    assert (code, err) == (0, "")
    assert out == (
        f"ec2shorthand {version}; models of the AWS CLI {v1} (botocore {v1_botocore}), "
        f"the AWS CLI {v2} (botocore {v2_botocore}); default: v2\n"
    )


def test_no_subcommand_is_still_a_usage_error() -> None:
    code, out, err = _run([])
    assert (code, out) == (2, "")
    assert "usage: ec2shorthand" in err


def test_a_misspelt_subcommand_gets_a_did_you_mean() -> None:
    code, out, err = _run(["lnit"])
    assert (code, out) == (2, "")
    assert err.startswith("ec2shorthand: unknown command 'lnit' (did you mean 'lint'?)\n")
    far = _run(["frobnicate"])[2]
    assert "did you mean" not in far and "'frobnicate'" in far and "lint" in far  # the choices


def test_a_misspelt_option_of_a_subcommand_shows_that_subcommands_usage() -> None:
    code, out, err = _run(["lint", "--formt", "json"])
    assert (code, out) == (2, "")
    assert "--formt: unknown option (did you mean --format?)" in err
    assert re.search(r"^usage: ec2shorthand lint ", err, flags=re.MULTILINE)
    assert "{parse,validate" not in err  # not the top-level usage


def test_a_misspelt_required_option_is_reported_as_unknown_first() -> None:
    code, out, err = _run(
        ["validate", "ec2", "create-tags", "--resources", "i-1", "--tagz", "Key=a,Value=b"]
    )
    assert code == 1
    first = (out + err).splitlines()[0]
    assert "--tagz: unknown option (did you mean --tags?)" in first, out + err


def test_to_shorthand_names_the_member_it_cannot_write() -> None:
    request = '{"GroupId": "sg-1a2b3c4d", "IpPermision": []}'
    code, out, err = _run(["to-shorthand", "revoke-security-group-ingress"], stdin=request)
    assert (code, out) == (1, "")
    assert "'IpPermision'" in err and "did you mean 'IpPermissions'?" in err, err


def test_a_misspelt_choice_gets_a_did_you_mean() -> None:
    code, out, err = _run(["lint", "--format", "jsn"])
    assert (code, out) == (2, "")
    assert "argument --format: invalid choice: 'jsn' (did you mean 'json'?)" in err
