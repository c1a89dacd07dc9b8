"""ec2shorthand inside your own command-line tool: a structured option read as shorthand or JSON.

- ``argparse_type``: :class:`ShorthandType` (an argparse ``type=``) and
  :func:`add_shorthand_argument` (the option with generated help). Both are
  also importable from ``ec2shorthand``.
- ``click_type``: ``ShorthandParamType`` (a ``click.ParamType``, also for
  typer) and ``shorthand_option``; needs ``pip install 'ec2shorthand[click]'``.

Nothing here reads a file unless it is given ``files=``.
"""
