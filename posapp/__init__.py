"""GiftPOS core: money, codes, domain rules, database, services and the command line."""

__version__ = "0.1.0"
