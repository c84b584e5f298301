"""The bottom layer: catalogue, validation, images and jobs. No Qt, no network."""
