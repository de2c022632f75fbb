"""E-gift cards by e-mail: the SMTP transport and the message. No database here: the
deliveries, their claims and their states live in :mod:`posapp.services.delivery`."""
