"""Helpers the tests and benchmarks share; no tests here."""
