"""Attribution: who said what (claims.py's ClaimFinder, split by step like BBC's citron)."""
