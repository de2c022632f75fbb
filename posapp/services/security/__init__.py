"""Who may act: staff, PINs and sign-in, registered terminals, key files."""
