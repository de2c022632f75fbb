"""E-gift card deliveries: scheduling with a sale or issue, the senders' claims and
results, and a manager's resend, reschedule and cancel (see docs/email.md)."""
