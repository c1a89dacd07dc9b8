"""The model layer: operations, their schemas, coercion, validation, skeletons and syntax docs."""
