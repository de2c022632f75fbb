"""The counter: selling cards, goods sales paid with cards, holds, spending, voids and refunds."""
