"""What the counter's screens ask of the core, whichever way the till runs.

The screens call one :class:`~ui.counter.port.Counter`: :class:`~ui.counter.local.LocalCounter`
runs commands on the chain's (or the store's own) database through the bus;
:class:`~ui.counter.central.CentralCounter` sends the same commands, built by the same edge
code, to the central service through :class:`posapp.central.till.Till`, and keeps working
offline as far as the till's policy allows.
"""
