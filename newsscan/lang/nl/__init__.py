"""Language data for 'nl' (files in this folder)."""
