"""No rule of ours contradicts the API model: what we accept, botocore accepts."""

from __future__ import annotations

import functools
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

pytest.importorskip("awscli")

from operations import OPERATIONS
from schema_strategies import requests_for

from ec2shorthand import validate


@functools.cache
def _input_shape(operation: str) -> Any:
    import awscli  # noqa: F401  # first: botocore must be the AWS CLI's own copy
    import botocore.session
    from botocore import xform_name

    model = botocore.session.get_session().get_service_model("ec2")
    names = {xform_name(name, "-"): name for name in model.operation_names}
    return model.operation_model(names[operation]).input_shape


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_requests_we_accept_are_accepted_by_botocore(data: st.DataObject) -> None:
    from botocore.validate import ParamValidator

    operation = data.draw(st.sampled_from(OPERATIONS))
    request = data.draw(requests_for(operation))
    errors = [found for found in validate(operation, request) if found.severity == "error"]
    event("accepted by ec2shorthand" if not errors else "refused by ec2shorthand")
    if not errors:
        report = ParamValidator().validate(request, _input_shape(operation))
        assert not report.has_errors(), report.generate_report()
