"""Bring remote data into the cache: fetch_* generators read a source, save_* upsert it."""
