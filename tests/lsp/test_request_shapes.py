"""Naming a request's operation from its keys: the shipped index and its rules."""

from __future__ import annotations

from generated import assert_up_to_date

from ec2shorthand._model.request_shapes import operations_shaped_like


def test_keys_of_one_operation_name_it() -> None:
    assert operations_shaped_like(["ImageId", "MinCount", "MaxCount"], 2) == [
        ("ec2", "run-instances")
    ]


def test_one_key_says_nothing_and_shared_keys_stay_ambiguous() -> None:
    assert len(operations_shaped_like(["DryRun"], 2)) != 1
    assert len(operations_shaped_like(["InstanceIds", "DryRun"], 2)) > 1


def test_a_file_name_picks_among_candidates() -> None:
    keys = ["InstanceIds", "DryRun"]
    assert operations_shaped_like(keys, 2, "describe-instances.json") == [
        ("ec2", "describe-instances")
    ]
    assert operations_shaped_like(keys, 2, "describe-instances-input.yaml") == [
        ("ec2", "describe-instances")
    ]


def test_unknown_keys_fit_nothing() -> None:
    assert operations_shaped_like(["ImageId", "NoSuchMember"], 2) == []


def test_the_shipped_index_is_what_the_models_give() -> None:
    assert_up_to_date("build_request_shapes.py")
