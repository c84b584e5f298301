"""Storyreel."""
