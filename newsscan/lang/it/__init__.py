"""Language data for 'it' (files in this folder)."""
