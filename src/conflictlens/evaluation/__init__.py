"""Measuring extraction against dev data (docs/design.md §4.4): `gold` (the gold types), `sets` and its format
readers, `match` (the one-to-one matching rule), `score` (scores with bootstrap intervals), `report` (tables
and JSON), `gate` (the CI floors), `training` (gold → examples for a user's own classifier)."""
