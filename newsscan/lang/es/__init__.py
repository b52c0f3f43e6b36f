"""Language data for 'es' (files in this folder)."""
