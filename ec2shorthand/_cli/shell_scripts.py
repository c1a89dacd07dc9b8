"""The completion scripts ``ec2shorthand completion bash|zsh|fish`` prints.

Each hands the line up to the cursor to ``__complete`` and gives the shell the
lines it prints (see ``completion.py`` for what each shell's lines hold). The
script names the Python that printed it, so completion works whether or not
that environment is active; ``aws`` is completed only when asked (``--aws``):
it replaces the AWS CLI's own completer, which knows no shorthand.
"""

from __future__ import annotations

import shlex
import sys

__all__ = ["SHELLS", "completion_script"]

SHELLS = ("bash", "zsh", "fish")

_BASH = """\
# ec2shorthand completion for bash: eval "$(ec2shorthand completion bash{aws_flag})"
_ec2shorthand_complete() {{
    local IFS=$'\\n'
    COMPREPLY=($({command} __complete --shell bash --word-breaks "$COMP_WORDBREAKS" \\
        -- "${{COMP_LINE:0:COMP_POINT}}" 2>/dev/null))
}}
{registrations}
"""
_BASH_REGISTER = "complete -o nospace -F _ec2shorthand_complete {program}"

_ZSH = """\
# ec2shorthand completion for zsh: eval "$(ec2shorthand completion zsh{aws_flag})"
_ec2shorthand_complete() {{
    local line typed="${{BUFFER[1,CURSOR]}}"
    local -a finished going
    for line in "${{(@f)$({command} __complete --shell zsh -- "$typed" 2>/dev/null)}}"; do
        [[ -z $line ]] && continue
        if [[ ${{line##*$'\\t'}} == 1 ]]; then
            finished+=("${{line%$'\\t'*}}")
        else
            going+=("${{line%$'\\t'*}}")
        fi
    done
    (( ${{#finished}} )) && compadd -- "${{finished[@]}}"
    (( ${{#going}} )) && compadd -S '' -- "${{going[@]}}"
    return 0
}}
(( $+functions[compdef] )) || {{ autoload -Uz compinit && compinit; }}
{registrations}
"""
_ZSH_REGISTER = "compdef _ec2shorthand_complete {program}"

_FISH = """\
# ec2shorthand completion for fish: ec2shorthand completion fish{aws_flag} | source
function __ec2shorthand_complete
    {command} __complete --shell fish -- (commandline -cp) 2>/dev/null
end
{registrations}
"""
_FISH_REGISTER = "complete -c {program} -f -a '(__ec2shorthand_complete)'"

_TEMPLATES = {
    "bash": (_BASH, _BASH_REGISTER),
    "zsh": (_ZSH, _ZSH_REGISTER),
    "fish": (_FISH, _FISH_REGISTER),
}


def completion_script(shell: str, *, aws: bool) -> str:
    """The script for ``shell`` (one of :data:`SHELLS`), registering ``aws`` too if ``aws``."""
    template, register = _TEMPLATES[shell]
    programs = ("ec2shorthand", "aws") if aws else ("ec2shorthand",)
    return template.format(
        command=f"{shlex.quote(sys.executable)} -m ec2shorthand",
        aws_flag=" --aws" if aws else "",
        registrations="\n".join(register.format(program=program) for program in programs),
    )
