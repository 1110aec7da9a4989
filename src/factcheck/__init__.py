"""factcheck: a command-line fact-checker for the figures in governance and news writing."""

__version__ = "0.1.0"
