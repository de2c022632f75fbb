"""Back-office work: setting the chain up, products, batches, imports and exports,
documents, demo data, and the reconciliation queue."""
