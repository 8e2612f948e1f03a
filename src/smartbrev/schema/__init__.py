"""The briefing schema: the shipped versions, validation, the reference, migration."""
