"""``http://`` and ``https://`` values: the AWS CLI v1 downloads them; v2 sends the text.

The AWS CLI v1 reads a value that starts with ``http://`` or ``https://`` as
a URL to fetch, and sends what it downloads instead (for every option but the
ones its parameter-file exemptions list, which keep URLs literally: those
options read no ``file://`` either). That request cannot be built offline:
``parse_command`` refuses it, and validation warns, saying how to keep the
URL. The AWS CLI v2 never downloads (no customization: the text is the value).
"""

from __future__ import annotations

import json
import shlex

from .._awscli.customize import ANY, Rule, register
from .._awscli.reading import Reading, looked_up
from .._core.diagnostics import Diagnostic

_RULE = "value.downloaded"
_PREFIXES = ("http://", "https://")


def _downloaded(reading: Reading) -> None:
    for given in reading.command.given.values():
        text = looked_up(given)
        if text is None or not text.startswith(_PREFIXES) or not given.items:
            continue
        item = given.items[0]
        member = given.argument.member or "Member"
        document = json.dumps({member: text})
        reading.cannot_build(
            Diagnostic(
                _RULE,
                "warning",
                "(the command line)",
                f"the AWS CLI v1 downloads {text!r} and sends what it holds instead of the "
                "URL, so this request cannot be built offline; to send the URL itself, give it "
                f"in --cli-input-json {shlex.quote(document)}, or set cli_follow_urlparam = "
                "false in the AWS CLI's config; the AWS CLI v2 (--cli-version 2) never "
                "downloads",
                option=given.option,
                doc=item.whole,
                location=item.location(),
            )
        )


register(
    "uri param (http, https)",
    ANY,
    parsed=_downloaded,
    versions=(1,),
    rules={_RULE: Rule("warning", "the AWS CLI v1 downloads http(s):// values (paramfile.py)")},
)
