"""Small widgets and services shared by the window's views: one thumbnail cache, one switch."""
