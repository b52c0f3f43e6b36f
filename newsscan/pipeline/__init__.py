"""The analysis pipeline, one module per stage, data flowing one way:

load -> clean -> language -> segment -> statements -> speakers -> actors -> agencies
"""
