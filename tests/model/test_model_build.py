"""scripts/build_model.py: the committed model is what it builds; --check names what differs."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "scripts"
sys.path.insert(0, str(SCRIPTS))
from build_model import drift, render_service  # noqa: E402
from cli_facts import ExposedOperation, ServiceFacts  # noqa: E402


def test_check_passes_on_the_committed_model() -> None:
    pytest.importorskip("awscli")
    result = subprocess.run(
        [sys.executable, str(SCRIPTS / "build_model.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (result.returncode, result.stderr) == (0, "")


def test_check_passes_on_the_committed_v2_model() -> None:
    """v2's files are what the AWS CLI v2's own interpreter builds, beside the committed v1's."""
    from v2_oracle import require_v2

    result = subprocess.run(
        [str(require_v2()), str(SCRIPTS / "build_model.py"), "--cli-version", "2", "--check"],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,  # a hang guard only
    )
    assert (result.returncode, result.stderr) == (0, "")


def test_each_version_is_built_by_its_own_aws_cli() -> None:
    pytest.importorskip("awscli")
    result = subprocess.run(
        [sys.executable, str(SCRIPTS / "build_model.py"), "--cli-version", "2", "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "--cli-version 2 needs the AWS CLI v2's python" in result.stderr


def test_drift_names_changed_missing_and_stray_files(tmp_path: Path) -> None:
    (tmp_path / "same.model").write_bytes(b"same")
    (tmp_path / "changed.model").write_bytes(b"old")
    (tmp_path / "stray.model").write_bytes(b"stray")
    (tmp_path / "__pycache__").mkdir()  # not a file: ignored
    expected = {"same.model": b"same", "changed.model": b"new", "missing.model": b"x"}
    assert drift(tmp_path, expected) == [
        f"{tmp_path / 'changed.model'}: out of date (run scripts/build_model.py)",
        f"{tmp_path / 'missing.model'}: out of date (run scripts/build_model.py)",
        f"{tmp_path / 'stray.model'}: not built by scripts/build_model.py",
    ]


def test_a_service_file_keeps_only_what_its_operations_reach() -> None:
    model = {
        "metadata": {"endpointPrefix": "x", "protocol": "json", "apiVersion": "2020-01-01"},
        "operations": {
            "Put": {
                "name": "Put",
                "input": {"shape": "PutRequest"},
                "documentation": "<p>Puts a thing. More text.</p>",
                "errors": [{"shape": "Oops"}],
            },
            "Removed": {"name": "Removed", "input": {"shape": "Unused"}},
        },
        "shapes": {
            "PutRequest": {
                "type": "structure",
                "required": ["Tags"],
                "members": {
                    "Tags": {"shape": "TagMap", "documentation": "<p>The tags.</p>"},
                    "Token": {
                        "shape": "Name",
                        "idempotencyToken": True,
                        "locationName": "token",
                        "documentation": "<p>A name.</p>",
                    },
                },
                "documentation": "",
            },
            "TagMap": {
                "type": "map",
                "key": {"shape": "Name", "locationName": "Key"},
                "value": {"shape": "Name", "locationName": "Value"},
                "max": 50,
            },
            "Name": {"type": "string", "min": 1, "sensitive": True, "documentation": "A name."},
            "Unused": {"type": "structure", "members": {}},
            "Oops": {"type": "structure", "members": {}, "exception": True},
        },
    }
    facts = ServiceFacts("svc", "svc-model", (ExposedOperation("put", "Put", False),), (), False)
    data = render_service(facts, model, {})
    header_line, body = data.split(b"\n", 1)
    records = body.splitlines(keepends=True)
    assert [record.rstrip(b"\n") for record in records] == [
        b'{"name":"Put","input":"PutRequest","output":null,"doc":"Puts a thing."}',
        b'{"type":"string","min":1,"doc":"A name."}',
        b'{"type":"structure","members":{"Tags":{"shape":"TagMap","doc":"The tags."},'
        b'"Token":{"shape":"Name","idempotencyToken":true}},"required":["Tags"]}',
        b'{"type":"map","key":{"shape":"Name","locationName":"Key"},'
        b'"value":{"shape":"Name","locationName":"Value"},"max":50}',
    ]
    assert json.loads(header_line) == {
        "service": "svc",
        "model": "svc-model",
        "endpoint_prefix": "x",
        "protocol": "json",
        "api_version": "2020-01-01",
        "operations": ["put"],
        "shapes": ["Name", "PutRequest", "TagMap"],
        "offsets": list(itertools.accumulate(map(len, records), initial=0)),
    }
