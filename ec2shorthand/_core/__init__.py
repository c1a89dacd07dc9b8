"""The bottom layer: errors, locations, diagnostics and tree walks, each spelled once."""
