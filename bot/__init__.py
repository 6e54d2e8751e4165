"""GCM Help Desk: the assistant (settings, answer engine, channels, question log)."""
__version__ = "0.1.0"
