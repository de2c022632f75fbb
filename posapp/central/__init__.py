"""The chain's central service (``posapp serve``) and the tills' client of it.

The service runs every command through the same :func:`posapp.services.command_path.bus.dispatch`
as a till does in-process; tills enrol once with a one-time code and then present
a terminal credential, and staff sign in with their PIN through the service.
"""
