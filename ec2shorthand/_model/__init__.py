"""The API model layer: the bundled AWS model and what is built from it."""
