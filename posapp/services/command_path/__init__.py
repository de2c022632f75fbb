"""The one command path: commands, their codec, the dispatcher, and what a call runs with."""
