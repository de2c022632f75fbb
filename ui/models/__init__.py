"""Qt item models: they page what services return and never compute business values."""
