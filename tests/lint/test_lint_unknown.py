"""Issue 18 item 1: a value the linter cannot know is never reported as wrong.

Only the part of a value an unknown covers is unknown: the rest is still checked.
"""

from __future__ import annotations

from lint_support import lint, rules

NODEGROUP = "aws eks update-nodegroup-config --cluster-name c --nodegroup-name n"


def test_several_variables_in_one_shorthand_value_are_unknown() -> None:
    assert rules(f"{NODEGROUP} --scaling-config desiredSize=$D,minSize=$MIN,maxSize=3\n") == []


def test_the_known_rest_of_a_value_with_variables_is_still_checked() -> None:
    (finding,) = lint(f"{NODEGROUP} --scaling-config desiredSize=$D,minSize=$MIN,maxSize=x\n")
    assert finding.rule == "input.type"
    assert "maxSize" in finding.message and "'x'" in finding.message
