"""Language data for 'pt' (files in this folder)."""
