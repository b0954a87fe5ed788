"""Everything Qt. Thin: widgets call services through the worker bridge."""
