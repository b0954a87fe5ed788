"""The two local SQLite stores: the rebuildable cache and the irreplaceable casework."""
