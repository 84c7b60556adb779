"""Writing records out: JSON lines and ACLED-compatible CSV (incident or report level)."""
