"""Documents as files become documents as text: loading and format detection, boilerplate cleaning,
publication dates and sentence excerpts. Depends on ``model`` only."""
