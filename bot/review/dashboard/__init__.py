"""The secretariat dashboard (``gcmbot dashboard``): see :mod:`bot.review.dashboard.app`."""
