"""The editorial linter: rules over the briefing model, configuration, suppression, fixes."""
