"""Language data for 'fr' (files in this folder)."""
