"""Reading articles and extracting actors and stances from them."""
