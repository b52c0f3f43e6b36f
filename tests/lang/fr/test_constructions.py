"""The registry's construction examples written in this language (it has no counter-examples yet)."""

from ..constructions import language_tests

test_example_fires_its_construction = language_tests("fr")[0]
