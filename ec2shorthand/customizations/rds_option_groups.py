"""``rds add-option-to-option-group`` and ``remove-option-from-option-group``: ``--options``.

The AWS CLI's ``rds`` customization replaces ``modify-option-group`` with two
commands that both call ``ModifyOptionGroup`` (the bundled model lists them
so). In each, the list the command is about is called ``--options``
(``OptionsToInclude``, ``OptionsToRemove``) and the other one is gone.
"""

from __future__ import annotations

from .._awscli.arguments import ArgumentTable
from .._awscli.customize import register

# operation: (its list option, the other list option)
_OPTIONS = {
    "add-option-to-option-group": ("options-to-include", "options-to-remove"),
    "remove-option-from-option-group": ("options-to-remove", "options-to-include"),
}


def _rename(table: ArgumentTable) -> None:
    kept, removed = _OPTIONS[table.operation.name]
    table.rename(kept, "options")
    table.remove(removed)


register("rds option-group split", "rds", tuple(_OPTIONS), arguments=_rename)
