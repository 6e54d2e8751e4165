"""One module per ``gcmbot`` subcommand (see :mod:`bot.cli`)."""
