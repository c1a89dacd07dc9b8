"""``ssm start-session`` and ``ecs execute-command``: requests as they are; the plugin is not ours.

The AWS CLI runs these two operations through its own command classes, which
start the Session Manager plugin (``session-manager-plugin``, a separate
program) once the API has answered. Their options and the request the AWS
CLI builds are the generic ones (with ``--non-interactive`` for ``ecs
execute-command``: a rename, in ``argrename``).

Without the plugin installed the AWS CLI refuses: ``ecs execute-command``
checks for it before sending the request, ``ssm start-session`` after
(the session is then ended). Whether a plugin is installed is a fact about
the machine that will run the command, like its profiles and credentials,
which ec2shorthand does not look at: it returns the request the AWS CLI
sends where the plugin is installed, for both.
"""

from __future__ import annotations

from .._awscli.customize import register

# No hook: the request is the generic one. Registered so that the operations show as
# customized, with this module's account of what the AWS CLI does besides.
register("sessionmanager", "ssm", ("start-session",))
register("ecs executecommand", "ecs", ("execute-command",))
