"""Cards: making them, finding them, reading them, caring for them, and expiring them."""
