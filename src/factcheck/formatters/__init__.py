"""Output formats.  Each registry dict here drives a command's ``--format`` choices."""
