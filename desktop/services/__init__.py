"""Use cases shared by the CLI and the GUI: they compose the stores, sync and domain."""
