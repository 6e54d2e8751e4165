"""One module per ``gcmbot bench`` target: ``HELP``, ``add_arguments(parser)``, ``run(args) -> int``."""
