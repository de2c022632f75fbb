"""Database: SQLAlchemy 2.x models, engine and transactions, Alembic migrations."""
