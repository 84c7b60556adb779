"""Language stages: sentence splitting, spaCy, event triggers, actors, dates, numbers, claims."""
