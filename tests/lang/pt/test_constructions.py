"""The registry's construction examples and counter-examples written in this language."""

from ..constructions import language_tests

test_example_fires_its_construction, test_counter_example_does_not_fire_it = language_tests("pt")
