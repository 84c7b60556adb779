"""Incidents across documents, as pure functions on reports: `link` joins reports of one real event,
`reconcile` turns their claims into low/best/high casualty ranges, a contested flag and a grade. The store
calls them; so can a Spark job or a notebook."""
