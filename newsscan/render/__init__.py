"""Renderers: a rich table for people, JSON/JSONL for programs."""
