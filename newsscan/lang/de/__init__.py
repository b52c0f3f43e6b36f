"""German language data (files in this folder)."""
