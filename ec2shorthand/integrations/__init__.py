"""ec2shorthand inside your own command-line tool: a structured option read as shorthand or JSON.

- ``argparse_type``: :class:`ShorthandType` (an argparse ``type=``) and
  :func:`add_shorthand_argument` (the option with generated help). Both are
  also importable from ``ec2shorthand``.
- ``click_type``: ``ShorthandParamType`` (a ``click.ParamType``),
  ``shorthand_option`` and ``shorthand_help``; needs ``pip install 'ec2shorthand[click]'``.
- ``typer_option``: ``shorthand_option`` (a ``typer.Option`` for ``Annotated``)
  and ``shorthand_parser`` (a ``parser=``); needs ``pip install 'ec2shorthand[typer]'``.

Nothing here reads a file unless it is given ``files=``.
"""
