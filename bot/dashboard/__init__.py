"""The secretariat dashboard (``gcmbot dashboard``): see :mod:`bot.dashboard.app`."""
