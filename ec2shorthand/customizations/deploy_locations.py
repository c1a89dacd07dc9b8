"""CodeDeploy's revision by location: ``aws deploy ... --s3-location``, ``--github-location``.

The AWS CLI's ``codedeploy`` customization, on ``create-deployment``,
``get-application-revision`` and ``register-application-revision``:
``--revision`` becomes optional, and

- ``--s3-location bucket=B,key=K,bundleType=zip[,eTag=E][,version=V]`` gives
  ``revision = {"revisionType": "S3", "s3Location": {...}}``;
- ``--github-location repository=R,commitId=C`` gives
  ``revision = {"revisionType": "GitHub", "gitHubLocation": {...}}``.

Each takes shorthand or JSON; the keys named above must be there (and not
empty), others are dropped. They replace any ``--revision``, and of the two,
``--github-location`` (the later) wins.
"""

from __future__ import annotations

from typing import Any

from .._awscli.arguments import Argument, ArgumentTable
from .._awscli.argv import Given
from .._awscli.customize import register
from .._awscli.reading import Reading
from .._core.errors import ShorthandError
from ._structures import structure_value

_OPERATIONS = ("create-deployment", "get-application-revision", "register-application-revision")


class _Location(Argument):
    """A revision location: its required keys, optional keys, and how the revision says it."""

    kind: str = ""
    location: str = ""
    required_keys: tuple[str, ...] = ()
    optional_keys: tuple[str, ...] = ()

    def add_to_params(self, params: dict[str, Any], given: Given, reading: Reading) -> None:
        value, form = structure_value(given, reading)
        if not isinstance(value, dict) or not all(value.get(k) for k in self.required_keys):
            keys = ", ".join(self.required_keys[:-1]) + f" and {self.required_keys[-1]}"
            raise ShorthandError(f"{given.option} must give {keys}")
        location = {key: value[key] for key in self.required_keys}
        location |= {key: value[key] for key in self.optional_keys if key in value}
        params["revision"] = {"revisionType": self.kind, self.location: location}
        reading.record(("revision", self.location), given, form)


def _location(
    name: str, kind: str, location: str, required: tuple[str, ...], optional: tuple[str, ...]
) -> _Location:
    keys = ", ".join(f"{key}=..." for key in (*required, *optional))
    option = _Location(name, type_label="structure", doc=f"The revision's location: {keys}.")
    option.kind, option.location = kind, location
    option.required_keys, option.optional_keys = required, optional
    return option


def _add_options(table: ArgumentTable) -> None:
    revision = table.get("revision")
    if revision is not None:
        revision.required = False
    table.add(
        _location(
            "s3-location", "S3", "s3Location", ("bucket", "key", "bundleType"), ("eTag", "version")
        )
    )
    table.add(
        _location("github-location", "GitHub", "gitHubLocation", ("repository", "commitId"), ())
    )


register("codedeploy location arguments", "deploy", _OPERATIONS, arguments=_add_options)
