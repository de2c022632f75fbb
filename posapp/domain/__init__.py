"""Pure rules: errors, card lifecycle, tender allocation. No database, no Qt."""
