"""The API client, downloads, polling and the engine that runs jobs. Async, no Qt."""
