"""Settings: their definitions and values in force, text limits, store codes."""
