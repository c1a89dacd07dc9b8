"""``ec2shorthand lsp``: a language server for the ``aws`` commands in scripts, docs and CI files.

A front end like the command line: diagnostics are what ``lint`` finds in the
buffer (:mod:`.diagnostics`), hover is what ``explain`` says (:mod:`.hover`),
completion is the engine the shells use (:mod:`.complete`), all found from the
text before the cursor (:mod:`.cursor`). :mod:`.server` wires them to pygls.
"""
