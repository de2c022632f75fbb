"""Manager tools: the card grid, a card's detail with its actions, the all-cards history."""
