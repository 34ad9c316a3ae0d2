"""Seed articles (the demo corpus) and the codebook that drives extraction."""
