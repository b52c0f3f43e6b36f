"""Language data for 'en' (files in this folder)."""
